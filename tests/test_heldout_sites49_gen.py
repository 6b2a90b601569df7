# ruff: noqa: E501  (HTML patterns read best on one line)
"""The forty-ninth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites49.py does)."""

from __future__ import annotations

import html
import json
import random
import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites45
import tests.heldout_sites46
import tests.heldout_sites47
import tests.heldout_sites48
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites49 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    broadwayhd,
    dekkoo,
    fandor,
    hidive,
    kocowa,
    magellantv,
    nebula,
    ovid,
    site_pages,
)
from tests.heldout_sites49.common import (
    NEW_STYLES,
    TEMPLATES,
    Classes,
    facts49,
    short_date,
    us_date,
)
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites48_gen import EARLIER as BEFORE_SITES48

COUNT = 20
EARLIER = (
    BEFORE_SITES48
    | set(tests.heldout_sites45.DESIGNS)
    | set(tests.heldout_sites46.DESIGNS)
    | set(tests.heldout_sites47.DESIGNS)
    | set(tests.heldout_sites48.DESIGNS)
)
ALONGSIDE = (50,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m for m in (hidive, nebula, magellantv, dekkoo, ovid, fandor, kocowa, broadwayhd)
}
# each service: what its docstring calls it, its two markups, and the words its facts use
# that set it apart
IDEAS = {
    "hidive": ("HIDIVE", ("hd-specs", "hd-grid"), ("Script", "Character Design", "Run Time", "Premiere")),
    "nebula": ("Nebula", ("nb-testid", "nb-chips"), ("Category", "Length", "Maturity rating", "Published")),
    "magellantv": ("MagellanTV", ("mtv-table", "mtv-icons"), ("Production Year", "Duration", "Rated", "Gross")),
    "dekkoo": ("Dekkoo", ("dk-columns", "dk-inline"), ("Screenplay", "Running Time", "Studio")),
    "ovid": ("OVID.tv", ("ov-credits", "ov-card"), ("Screenwriter", "Original Score", "Director of Photography", "Released")),
    "fandor": ("Fandor", ("fd-meta", "fd-table"), ("Writers", "Length", "Production Co.")),
    "kocowa": ("KOCOWA", ("kc-info", "kc-bar"), ("OST", "Original Release", "Screenwriter")),
    "broadwayhd": ("BroadwayHD", ("bh-playbill", "bh-details"), ("Directed by", "Music and Lyrics", "Lighting Design")),
}  # fmt: skip
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-pane="{style}"' for style in TEMPLATES} | {
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "dl": "<dt>",
    "table": "<tr><th>",
}


@cache  # every test reads the same pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 80:
        return site_pages(design, count, seed)
    return _first_80(design, 0)[:count]


def _pattern(style: str) -> re.Pattern[str]:
    """A component's one fact as a pattern: the label and the value each a group."""
    item = TEMPLATES[style][1]
    out = re.escape(item)
    for hole, group in (
        ("{k}", r'(?P<k>[^<"]*?)'),
        ("{v}", r'(?P<v>[^<"]*)'),
        ("{slug}", r'[^"]*'),
    ):
        out = out.replace(re.escape(hole), group)
    return re.compile(out)


PATTERNS = {style: _pattern(style) for style in TEMPLATES}


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs as a reader sees them in this set's component markups or an
    earlier set's (None: none of them)."""
    for style, pattern in PATTERNS.items():
        if MARKERS[style] in markup:
            return [(m.group("k"), m.group("v")) for m in pattern.finditer(markup)]
    return pairs44(markup)


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's or an earlier
    set's pairs, or a table's or definition list's next text after the label."""
    pairs = _pairs(markup)
    if pairs is not None:
        return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]
    found = []
    for m in re.finditer(rf">\s*{re.escape(html.escape(label))}:?\s*<", markup):
        nxt = re.search(r">([^<]*[^\s<][^<]*)<", markup[m.end() - 1 :])
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    return found


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    assert {"reelguide_govuk", "deadline", "reelguide_lite", "disneyplus"} <= EARLIER
    for n in (45, 46, 47, 48):
        assert set(getattr(tests, f"heldout_sites{n}").DESIGNS) <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_no_earlier_generator_modelled_these_services() -> None:
    """The services' names occur in earlier generators only as platforms in where-to-watch
    blocks, never as a design's module."""
    names = {p.stem for p in checks.earlier_generators(49, alongside=ALONGSIDE)}
    assert not names & set(DESIGNS)


def test_all_eight_are_english_us() -> None:
    for d in DESIGNS:
        for page in rendered(d, 5):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == "en-US", d


def test_all_eight_are_the_services_own() -> None:
    for design in DESIGNS:
        for page in rendered(design, 5):
            assert MODULES[design].CHROME.brand in page.html, (design, page.url)
            assert "ReelGuide" not in page_text(page), (design, page.url)
            assert page.url.startswith("https://www.reelguide.example/")


@pytest.mark.parametrize("design", DESIGNS)
def test_each_service_is_named_and_wears_its_markups(design: str) -> None:
    service, styles, words = IDEAS[design]
    assert service in (MODULES[design].__doc__ or ""), design
    assert service == MODULES[design].SERVICE, design
    assert set(styles) <= set(MODULES[design].SITE.styles), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-{design}">' in page.html, page.url


def test_the_services_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 11, (d, other, shared)


def _earlier_source() -> str:
    earlier = checks.earlier_generators(49, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 49))
    assert any("heldout_sites48/" in str(p) for p in earlier)
    assert any("heldout_sites45/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them the service's
    own, the third an earlier set's."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) == 2
    pages = rendered(design, 60)
    for style in styles:
        having = sum(MARKERS[style] in details(p) for p in pages)
        assert 0 < having < len(pages), (style, having)
    assert sum(sum(MARKERS[s] in details(p) for s in styles) == 1 for p in pages) == len(pages)


def test_every_new_markup_is_used_by_one_design() -> None:
    used = [s for m in MODULES.values() for s in m.SITE.styles if s in NEW_STYLES]
    assert sorted(used) == sorted(NEW_STYLES) and len(used) == 16


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier_source()
    for tell in (
        "specs-list",
        "info-grid",
        "metadata-item",
        "chip__label",
        "label-cell",
        "icon-fact",
        "dk-col",
        "dk-inline",
        "film-credits",
        "filmcard",
        "movie-meta",
        "fandor-specs",
        "content-info",
        "info-bar",
        'class="blind"',
        "playbill",
        "show-details",
        "data-pane=",
    ):
        assert tell not in source, tell


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Length", "111 min"),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Color", "Color"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Length", "111 min"),
        ("Genre", "Drama"),
        ("Color", "Color"),
    ]
    for style in NEW_STYLES:
        out = facts49(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 min"], style
    out = facts49(c, "hd-grid", rows)
    assert (
        '<h4 class="info-grid__heading" id="hd-length">Length</h4><p class="info-grid__text">111 min</p>'
        in out
    )
    assert 'aria-labelledby="hd-length"' in out
    out = facts49(c, "mtv-icons", rows)
    assert (
        'aria-label="Length" width="16" height="16"><use href="#mtv-length"></use></svg><span class="icon-fact__text">111 min</span>'
        in out
    )
    assert '<dt class="blind">Length</dt><dd class="info-bar__val">111 min</dd>' in facts49(
        c, "kc-bar", rows
    )
    assert '<td class="fandor-specs__k">Length:</td>' in facts49(c, "fd-table", rows)
    assert (
        '<span class="playbill__role">Length</span><br><span class="playbill__name">111 min</span>'
        in facts49(c, "bh-playbill", rows)
    )
    assert facts49(c, "nb-testid", rows).count('data-testid="metadata-item"') == 4
    assert facts49(c, "dk-inline", rows).count('<b class="dk-inline__key">') == 4
    assert facts49(c, "table", rows).count("<tr><th>") == 4


def test_labels_only_in_an_attribute_are_the_facts_labels() -> None:
    """MagellanTV's icons carry the label only as the svg's accessible name (aria-label); the
    label is one of the design's own and the value not one."""
    seen = 0
    for page in rendered("magellantv", COUNT):
        markup = details(page)
        if MARKERS["mtv-icons"] not in markup:
            continue
        pairs = _pairs(markup) or []
        assert pairs and all(html.unescape(k) in _labels("magellantv") for k, _ in pairs), page.url
        assert not any(html.unescape(v) in _labels("magellantv") for _, v in pairs), page.url
        text = re.sub(r"<[^>]+>", "\n", markup)
        assert not any(html.unescape(k) in text.split("\n") for k, _ in pairs), page.url
        seen += 1
    assert seen > 3


def test_screen_reader_labels_are_the_facts_labels() -> None:
    """Kocowa's info bar keeps each label in a visually hidden ('blind') <dt>."""
    seen = 0
    for page in rendered("kocowa", COUNT):
        markup = details(page)
        if MARKERS["kc-bar"] not in markup:
            continue
        pairs = _pairs(markup) or []
        assert pairs and markup.count('<dt class="blind">') == len(pairs), page.url
        assert all(html.unescape(k) in _labels("kocowa") for k, _ in pairs), page.url
        seen += 1
    assert seen > 3


def test_director_of_photography_is_not_the_director() -> None:
    """OVID's 'Director of Photography' begins with the director's label, 'Director'."""
    assert label("ovid", "camera") == "Director of Photography"
    for page in rendered("ovid", COUNT):
        markup = details(page)
        dop = values_after(markup, "Director of Photography")
        assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
        want = page.expected["directors"]
        assert values_after(markup, "Director") == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "hidive": r"In [\d,]+ queues",
        "nebula": r"[\d,]+ views",
        "magellantv": r"[\d,]+ plays",
        "dekkoo": r"Favorited [\d,]+ times",
        "ovid": r"[\d,]+ screenings",
        "fandor": r"Watched [\d,]+ times",
        "kocowa": r"[\d,]+ hearts",
        "broadwayhd": r"[\d,]+ streams",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd = Money(3600000, "USD")
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert short_date(d, True) == "Oct 7, 1995"
    assert hidive.running(111, True) == "1h 51m" and hidive.running(111, False) == "111 min"
    assert hidive.votes(1234) == "(1,234 ratings)"
    assert nebula.running(111, True) == "111 minutes" and nebula.running(24, False) == "24 min"
    assert magellantv.running(111, True) == "111 min" and magellantv.running(120, False) == "2h"
    assert magellantv.votes(1) == "1 rating"
    assert dekkoo.running(111, True) == "1 hr 51 min" and dekkoo.running(111, False) == "111 mins"
    assert dekkoo.votes(1234) == "1,234 votes"
    assert ovid.running(111, True) == "111 minutes"
    assert fandor.running(111, False) == "1h 51m" and fandor.votes(1234) == "1,234 user ratings"
    assert kocowa.running(45, True) == "45m" and kocowa.running(60, False) == "60 min"
    assert broadwayhd.running(111, True) == "1 hr 51 mins"
    assert broadwayhd.running(150, True) == "2 hrs 30 mins"
    assert (
        broadwayhd.running(120, True) == "2 hrs" and broadwayhd.running(121, True) == "2 hrs 1 min"
    )
    assert (
        broadwayhd.running(45, True) == "45 mins"
        and broadwayhd.running(111, False) == "111 minutes"
    )
    for m in MODULES.values():
        assert m.SITE.money(usd) == "$3,600,000"
        assert m.SITE.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    dates = {m.NAME: m.SITE.date for m in MODULES.values()}
    assert dates["hidive"] is short_date and dates["kocowa"] is short_date
    assert dates["dekkoo"] is short_date and dates["nebula"] is us_date


def test_certificates_are_the_boards_ratings() -> None:
    for design in DESIGNS:
        board = (
            {"TV-Y7", "TV-PG", "TV-14", "TV-MA"}
            if design in ("hidive", "kocowa")
            else {"G", "PG", "PG-13", "R", "NC-17"}
        )
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= board and len(seen) >= 3, (design, seen)


def test_dates_are_month_first() -> None:
    d = date(1995, 10, 27)
    for design in DESIGNS:
        site = MODULES[design].SITE
        assert not site.date(d, True).startswith("27"), design
        assert "10/27/1995" in {site.date(d, True), site.date(d, False)}, design


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("hidive", "Plans"),
        ("nebula", "Subscribe"),
        ("magellantv", "Membership"),
        ("dekkoo", "Plans"),
        ("ovid", "Subscribe"),
        ("fandor", "Rent or subscribe"),
        ("kocowa", "KOCOWA+ Plans"),
        ("broadwayhd", "Subscribe"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(r"[$£]\d", block.group(1)), (design, page.url)
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in block.group(1)
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert site.money(Money(int(m["amount"]), m["currency"])) not in block.group(1)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 60):
        e, markup = page.expected, details(page)

        def under(key: str, want: set[str] | None) -> None:
            found = values_after(markup, label(design, key))  # noqa: B023
            if want is None:
                assert not found, (page.url, key, found)  # noqa: B023
            else:
                assert found and found[0] in want, (page.url, key, found, want)  # noqa: B023
                seen[key] = seen.get(key, 0) + 1

        suffix = site.per_episode if e["kind"] == "show" else ""
        n = e["runtime_minutes"]
        under("runtime", {site.runtime(n, long) + suffix for long in (True, False)} if n else None)
        d = date.fromisoformat(e["release_date"]) if e["release_date"] else None
        under("released", {site.date(d, long) for long in (True, False)} if d else None)
        for key, rec in (
            ("director", "directors"),
            ("writer", "writers"),
            ("genre", "genres"),
            ("country", "countries"),
            ("studio", "studios"),
        ):
            under(key, {", ".join(e[rec])} if e[rec] else None)
        under("rating", {e["content_rating"]} if e["content_rating"] else None)
        under("seasons", {str(e["seasons"])} if e["seasons"] else None)
        under("year", {str(e["release_year"])} if e["release_year"] else None)
        for key in ("budget", "box_office"):
            m = e[key]
            under(key, {site.money(Money(int(m["amount"]), m["currency"]))} if m else None)
        if e["user_rating_count"]:
            assert site.votes(e["user_rating_count"]) in page_text(page), page.url
    assert all(n > 3 for n in seen.values()) and len(seen) >= 8, seen


@pytest.mark.parametrize("design", DESIGNS)
def test_a_later_date_under_the_trap_label_is_after_the_release(design: str) -> None:
    site = MODULES[design].SITE
    later = 0
    for page in rendered(design, 80):
        found = values_after(details(page), site.later)
        released = page.expected["release_date"]
        if not released:
            assert not found, page.url
            continue
        d = date.fromisoformat(released)
        for value in found:
            dates = {
                site.date(d.fromordinal(d.toordinal() + k), long)
                for k in range(7, 401)
                for long in (True, False)
            }
            assert value in dates, (page.url, value)
            later += 1
    assert later > 5


@pytest.mark.parametrize("design", DESIGNS)
def test_crew_in_other_jobs_is_never_a_director_writer_or_actor(design: str) -> None:
    traps = [label(design, k) for k in ("music", "producer", "camera")]
    for page in rendered(design, COUNT):
        found = [v for t in traps for v in values_after(details(page), t)]
        assert len(found) == 3, (page.url, found)
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
            assert name not in [c["actor"] for c in e["cast"]], (page.url, name)


@pytest.mark.parametrize("design", DESIGNS)
def test_episodes_carry_their_own_directors(design: str) -> None:
    shows = [p for p in rendered(design, 80) if p.expected["kind"] == "show"]
    episodic = [p for p in shows if "-episode-" in p.html]
    assert episodic
    for page in episodic:
        names = re.findall(r"</p><p>[^<]*?(?::|by) ([^<]+?)</p>", page.html)
        assert names, page.url
        assert not {html.unescape(n) for n in names} & set(page.expected["directors"]), page.url


def test_view_counters_are_not_the_votes() -> None:
    for design in DESIGNS:
        seen = 0
        for page in rendered(design, COUNT):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views, (design, page.url)
            count = int(re.sub(r"\D", "", html.unescape(views.group(1))))
            assert count != page.expected["user_rating_count"]
            seen += page.expected["user_rating_count"] is not None
        assert seen > 10 or "user_rating_count" in NOT_SHOWN[design], design


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in details(p)]
        assert 0 < len(folded) < len(pages), design
        for page in folded:
            fold = re.search(r'aria-controls="([^"]+)">[^<]+</button></h2><div id="\1"', page.html)
            assert fold, page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_weigh_what_real_pages_weigh(design: str) -> None:
    """The front end's CSS, the icon sprite and the config blob bring a page to 40-80 KB."""
    for page in rendered(design, 10):
        assert 40_000 <= len(page.html.encode("utf-8")) <= 80_000, (page.url, len(page.html))
        prefix = MODULES[design].SITE.prefix
        config = re.search(
            rf'<script type="application/json" id="{prefix}-config">(.*?)</script>', page.html
        )
        assert config and f'<style id="{prefix}-design-system">' in page.html, page.url
        blob = json.loads(config.group(1))
        assert set(blob) == {"routes", "flags", "strings", "build"}
        assert page.expected["title"] not in config.group(1), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_deterministic_per_seed(design: str) -> None:
    checks.deterministic_per_seed(lambda seed: site_pages(design, 5, seed=seed))


@pytest.mark.parametrize("design", DESIGNS)
def test_markup_varies_from_page_to_page(design: str) -> None:
    checks.markup_varies_from_page_to_page(rendered(design, 12, seed=2))


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_has_the_spec_keys_and_source_id(design: str) -> None:
    checks.spec_keys_and_source_id(rendered(design, COUNT), SPEC_KEYS, design)


@pytest.mark.parametrize("design", DESIGNS)
def test_every_expected_string_is_on_the_page(design: str) -> None:
    checks.expected_strings_on_the_page(
        rendered(design, COUNT), page_text, lambda p: strings(p.expected)
    )


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_values_follow_the_spec(design: str) -> None:
    checks.expected_values_follow_the_spec(rendered(design, COUNT))


@pytest.mark.parametrize("design", DESIGNS)
def test_fields_are_absent_on_some_titles_and_present_on_others(design: str) -> None:
    checks.fields_absent_on_some_and_present_on_others(
        rendered(design, 80), SPEC_KEYS, NOT_SHOWN[design]
    )


def test_designs_differ() -> None:
    checks.designs_differ({d: rendered(d, 1, seed=0)[0] for d in DESIGNS})


@pytest.mark.parametrize("design", DESIGNS)
def test_rail_titles_values_differ_from_the_titles_own(design: str) -> None:
    checks.rail_values_differ(rendered(design, COUNT), page_text, nulls_may_match=True)


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_have_real_size_furniture(design: str) -> None:
    checks.real_size_furniture(rendered(design, 10), ("window.__",))
    assert all('role="dialog"' in p.html for p in rendered(design, 10))


def test_schema_org_is_on_some_pages_of_every_design() -> None:
    share = {d: sum(bool(schema_blocks(p)) for p in rendered(d, 30)) for d in DESIGNS}
    assert all(0 < n < 30 for n in share.values()), share


@pytest.mark.parametrize("design", DESIGNS)
def test_schema_org_says_only_what_the_record_says(design: str) -> None:
    for page in rendered(design, COUNT):
        e = page.expected
        for block in schema_blocks(page):
            assert block["name"] == e["title"] and block["url"] == page.url
            for key, rec in (("director", "directors"), ("author", "writers")):
                if key in block:
                    assert [p["name"] for p in block[key]] == e[rec]
            assert block.get("genre", e["genres"]) == e["genres"]
            assert block.get("contentRating", e["content_rating"]) == e["content_rating"]
            assert block.get("datePublished", e["release_date"]) == e["release_date"]
            assert block.get("numberOfSeasons", e["seasons"]) == e["seasons"]
            if "aggregateRating" in block:
                assert block["aggregateRating"]["ratingCount"] == e["user_rating_count"]


def _own_pages(style: str) -> list[tuple[str, SitePage, str]]:
    found = []
    for design in DESIGNS:
        if style not in MODULES[design].SITE.styles:
            continue
        for page in rendered(design, COUNT):
            markup = details(page)
            if MARKERS[style] in markup:
                found.append((design, page, markup))
    return found


def _labels(design: str) -> set[str]:
    site = MODULES[design].SITE
    return set(site.words.labels.values()) | {site.later} | EXTRA[design]


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name, label or show things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(
        re.findall(r'(?:alt|title|aria-label|content|label|value|data-value)="([^"]*)"', body)
    )
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def details(page: SitePage) -> str:
    """The facts block alone (the menus, rails and episodes carry some label words too)."""
    found = re.search(r'-details-[0-9a-f]{5}">(.*?)</section>', page.html, re.S)
    assert found, page.url
    return found.group(1)


def label(design: str, key: str) -> str:
    return str(MODULES[design].SITE.words.labels[key])


def schema_blocks(page: SitePage) -> list[Any]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.html, re.S)
    return [json.loads(block) for block in found]


def strings(expected: dict[str, Any]) -> list[str]:
    found = [expected[k] for k in ("title", "synopsis", "content_rating") if expected[k]]
    for key in ("genres", "countries", "studios", "directors", "writers"):
        found += expected[key]
    for credit in expected["cast"]:
        found += [v for v in credit.values() if v]
    return found


def test_the_captions_label_is_drawn_by_the_stylesheet_alone() -> None:
    found = _own_pages("caption")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and all(k in _labels(design) for k, _ in pairs), page.url
        text = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
        visible = re.sub(r"<[^>]+>", "\n", text)
        assert not any(k in visible.split("\n") for k, _ in pairs), page.url


def test_tiles_put_the_value_before_its_label() -> None:
    found = _own_pages("stats")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<sub>") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_leader_lines_hold_a_label_a_hidden_leader_and_a_value() -> None:
    found = _own_pages("leaders")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("&hellip;") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
