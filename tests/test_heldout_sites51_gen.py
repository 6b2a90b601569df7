# ruff: noqa: E501  (HTML patterns read best on one line)
"""The fifty-first held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites51.py does)."""

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

import tests.heldout_sites49
import tests.heldout_sites50
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites51 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    clickview,
    ifiplayer,
    learningonscreen,
    nfbfilms,
    ngataonga,
    site_pages,
    tg4player,
    togglesg,
    wavesott,
)
from tests.heldout_sites51.common import (
    NEW_STYLES,
    TEMPLATES,
    Classes,
    dashed_date,
    dmy_short,
    facts51,
    indian_grouped,
    iso_or_dmy,
    ordinal_date,
    uk_date,
    weekday_dmy,
)
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites50_gen import EARLIER as BEFORE_SITES50

COUNT = 30
EARLIER = BEFORE_SITES50 | set(tests.heldout_sites49.DESIGNS) | set(tests.heldout_sites50.DESIGNS)  # fmt: skip
ALONGSIDE = (52,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        learningonscreen,
        tg4player,
        ifiplayer,
        nfbfilms,
        clickview,
        ngataonga,
        togglesg,
        wavesott,
    )
}
# each service: what its docstring calls it, its language tag, its two markups, and the words
# its facts use that set it apart
IDEAS = {
    "learningonscreen": ("Box of Broadcasts", "en-GB", ("bob-meta", "bob-citation"), ("Certificate", "Release date", "Photography")),
    "tg4player": ("TG4", "en-IE", ("tg4-panel", "tg4-eolas"), ("Age rating", "First released", "Takings", "Series producer")),
    "ifiplayer": ("Irish Film Institute", "en-IE", ("ifi-catalogue", "ifi-tabs"), ("Screenwriter", "Length", "Premiered", "Country of production")),
    "nfbfilms": ("National Film Board of Canada", "en-CA", ("nfb-credits", "nfb-specs"), ("Script", "Running time", "Cinematography by")),
    "clickview": ("ClickView", "en-AU", ("cv-grid", "cv-lines"), ("Subject", "Director of photography", "Distributor")),
    "ngataonga": ("Ngā Taonga", "en-NZ", ("nt-record", "nt-fields"), ("Camera operator", "Country of origin", "Classification")),
    "togglesg": ("Mediacorp", "en-SG", ("mw-info", "mw-tags"), ("Release Date", "Studio", "Cinematography")),
    "wavesott": ("Prasar Bharati", "en-IN", ("waves-meta", "waves-facts"), ("Story &amp; Screenplay", "Music Director", "DOP", "Banner")),
}  # fmt: skip
# each service's classification board, as its pages name the certificates
BOARDS = {
    "learningonscreen": {"U", "PG", "12A", "15", "18"},
    "tg4player": {"G", "PG", "12A", "15A", "18"},
    "ifiplayer": {"G", "PG", "12A", "16", "18"},
    "nfbfilms": {"G", "PG", "14A", "18A", "R"},
    "clickview": {"G", "PG", "M", "MA15+", "R18+"},
    "ngataonga": {"G", "PG", "M", "R16", "R18"},
    "togglesg": {"G", "PG", "PG13", "NC16", "M18"},
    "wavesott": {"U", "UA 7+", "UA 13+", "UA 16+", "A"},
}
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-markup="{style}"' for style in TEMPLATES} | {
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "dl": "<dt>",
    "table": "<tr><th>",
}


@cache  # every test reads the same pages a design: render them once a process
def _first_60(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 60, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 60:
        return site_pages(design, count, seed)
    return _first_60(design, 0)[:count]


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
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS) == len(BOARDS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    for n in (49, 50):
        assert set(getattr(tests, f"heldout_sites{n}").DESIGNS) <= EARLIER, n
    # the better-known players of the theme were all taken by earlier sets
    assert {
        "iplayer",
        "rteplayer",
        "cbcgem",
        "iview",
        "sbsondemand",
        "tvnzplus",
        "mewatch",
    } <= EARLIER
    assert {"sabcplus", "kanopy", "s4cclic", "nzonscreen", "bfiplayer"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_the_names_are_new_to_every_earlier_generator() -> None:
    source = _earlier_source().lower()
    for design in DESIGNS:
        assert design not in source, design


def test_each_page_speaks_its_countrys_english() -> None:
    for d in DESIGNS:
        for page in rendered(d, 3):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == IDEAS[d][1], d
            assert page.url.startswith("https://www.reelguide.example/")


@pytest.mark.parametrize("design", DESIGNS)
def test_each_service_names_itself_and_wears_its_markups(design: str) -> None:
    system, _lang, styles, words = IDEAS[design]
    assert system in (MODULES[design].__doc__ or ""), design
    assert set(styles) <= set(MODULES[design].SITE.styles), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    brand = MODULES[design].CHROME.brand
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-{design}">' in page.html, page.url
        assert html.unescape(brand) in page_text(page), page.url


def test_the_services_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 11, (d, other, shared)


@cache  # two tests grep the same sources
def _earlier_source() -> str:
    earlier = checks.earlier_generators(51, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 51))
    assert any("heldout_sites50/" in str(p) for p in earlier)
    assert any("heldout_sites49/" in str(p) for p in earlier)
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
        "programme-meta",
        "citation-field",
        "info-panel__",
        'class="eolas"',
        "catalogue-entry",
        "film-tab-panel",
        "credits-group",
        "nfb-spec",
        "cv-metadata",
        "resource-details",
        "collection-record",
        "field-item",
        "mw-detail-info",
        "ott-tag",
        "waves-meta",
        "synopsis-facts",
        "data-markup=",
    ):
        assert tell not in source, tell


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Length", "111 min"),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Colour", "Colour"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Length", "111 min"),
        ("Genre", "Drama"),
        ("Colour", "Colour"),
    ]
    for style in NEW_STYLES:
        out = facts51(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 min"], style
    assert '<p class="citation-field"><em>Length:</em> 111 min</p>' in facts51(
        c, "bob-citation", rows
    )
    assert '<tr class="eolas__row"><th scope="row">Length</th><td>111 min</td></tr>' in facts51(
        c, "tg4-eolas", rows
    )
    assert (
        '<h3 class="film-tab-panel__heading">Length</h3><p class="film-tab-panel__text">111 min</p>'
        in facts51(c, "ifi-tabs", rows)
    )
    assert (
        '<h4 class="credits-group__role">Director</h4><p class="credits-group__names">Ada Gallo, Bruno Sato</p>'
        in facts51(c, "nfb-credits", rows)
    )
    assert 'data-field="length"><label class="cv-metadata-cell__label">Length</label>' in facts51(
        c, "cv-grid", rows
    )
    assert '<strong class="resource-details__term">Length</strong>: 111 min</li>' in facts51(
        c, "cv-lines", rows
    )
    assert (
        '<h5 class="field-label">Length</h5><div class="field-items"><div class="field-item even">111 min</div>'
        in facts51(c, "nt-fields", rows)
    )
    assert facts51(c, "waves-meta", rows).count('role="rowheader"') == 4
    assert '<b class="synopsis-facts__k">Length</b> &ndash; 111 min</p>' in facts51(
        c, "waves-facts", rows
    )
    assert facts51(c, "table", rows).count("<tr><th>") == 4


def test_the_tab_panels_are_all_shown() -> None:
    """IFI Player's tab panels could hide all but one; every page renders them all, none
    hidden, so each value is in view."""
    found = _own_pages("ifi-tabs")
    assert len(found) > 3
    for _design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count('role="tabpanel"') == len(pairs), page.url
        assert " hidden" not in markup.split('data-markup="ifi-tabs"')[1], page.url


def test_every_value_sits_after_its_label_in_the_services_markup() -> None:
    """The value follows its label in document order in every new markup (no attribute
    labels, no value-first tiles), and is never one of the design's labels."""
    for design in DESIGNS:
        for style in IDEAS[design][2]:
            for own, page, markup in _own_pages(style):
                if own != design:
                    continue
                pairs = _pairs(markup) or []
                assert pairs and all(html.unescape(k) in _labels(design) for k, _ in pairs), (
                    page.url
                )
                assert not any(html.unescape(v) in _labels(design) for _, v in pairs), page.url
                for k, v in pairs:
                    at = markup.index(k)
                    assert markup.index(v, at + len(k)) > at, page.url


def test_director_of_photography_is_not_the_director() -> None:
    """ClickView's 'Director of photography' begins with a director's word; the director is
    'Director'."""
    assert label("clickview", "camera") == "Director of photography"
    for page in rendered("clickview", COUNT):
        markup = details(page)
        dop = values_after(markup, "Director of photography")
        assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
        want = page.expected["directors"]
        assert values_after(markup, "Director") == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "learningonscreen": r"In [\d,]+ playlists",
        "tg4player": r"[\d,]+ plays",
        "ifiplayer": r"Viewed [\d,]+ times",
        "nfbfilms": r"[\d,]+ views",
        "clickview": r"Used in [\d,]+ classrooms",
        "ngataonga": r"[\d,]+ views",
        "togglesg": r"[\d,]+ views",
        "wavesott": r"[\d,]+ views",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert uk_date(d, True) == "7 October 1995" and uk_date(d, False) == "07/10/1995"
    assert dmy_short(d, True) == "7 Oct 1995" and weekday_dmy(d, True) == "Sat 7 Oct 1995"
    assert ordinal_date(d, True) == "7th October 1995"
    assert [
        ordinal_date(date(1995, 10, n), True).split()[0] for n in (1, 2, 3, 11, 12, 13, 21, 22, 23)
    ] == ["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "22nd", "23rd"]
    assert iso_or_dmy(d, False) == "1995-10-07" and dashed_date(d, False) == "07-10-1995"
    assert indian_grouped(288000000) == "28,80,00,000" and indian_grouped(3600000) == "36,00,000"
    assert indian_grouped(999) == "999" and indian_grouped(12345) == "12,345"
    assert learningonscreen.running(111, True) == "111 mins"
    assert learningonscreen.running(111, False) == "1 hr 51 mins"
    assert learningonscreen.running(120, False) == "2 hrs"
    assert tg4player.running(111, True) == "1h 51m" and tg4player.running(111, False) == "111 min"
    assert ifiplayer.running(111, True) == "111 min"
    assert nfbfilms.running(111, True) == "1 h 51 min" and nfbfilms.running(120, True) == "2 h"
    assert clickview.running(111, False) == "111 mins" and clickview.votes(1) == "1 teacher rating"
    assert ngataonga.running(111, True) == "111 minutes"
    assert (
        ngataonga.running(111, False) == "01:51:00" and ngataonga.running(45, False) == "00:45:00"
    )
    assert togglesg.running(111, True) == "1h 51min" and togglesg.running(111, False) == "111min"
    assert wavesott.running(111, True) == "1 hr 51 mins" and wavesott.running(45, True) == "45 mins"
    money = {d: MODULES[d].SITE.money for d in DESIGNS}
    usd, eur = Money(3600000, "USD"), Money(7200000, "EUR")
    for design in DESIGNS:
        assert money[design](usd) in ("US$3,600,000",), design
        assert money[design](Money(540000000, "JPY")) == "JPY 540,000,000", design
        assert money[design](eur) in ("€7,200,000", "EUR 7,200,000"), design
    assert money["learningonscreen"](Money(2400000, "GBP")) == "£2,400,000"
    assert money["tg4player"](eur) == "€7,200,000"
    assert money["nfbfilms"](Money(3600000, "CAD")) == "CA$3,600,000"
    assert money["clickview"](Money(7200000, "AUD")) == "A$7,200,000"
    assert money["wavesott"](Money(288000000, "INR")) == "₹28,80,00,000"
    assert money["togglesg"](Money(288000000, "INR")) == "INR 288,000,000"


def test_no_page_writes_a_bare_dollar() -> None:
    """'$' alone is USD under the spec: the pages mark every dollar (US$, A$, CA$, NZ$, S$)."""
    for design in DESIGNS:
        for page in rendered(design, COUNT):
            body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
            assert not re.search(r"(?<![A-Z])\$\d", body), (design, page.url)


def test_certificates_are_the_boards_ratings() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 60)} - {None}
        assert seen <= BOARDS[design] and len(seen) >= 3, (design, seen)


def test_dates_are_day_first() -> None:
    d = date(1995, 10, 27)
    for design in DESIGNS:
        site = MODULES[design].SITE
        forms = {site.date(d, True), site.date(d, False)}
        assert "10/27" not in "".join(forms) and "October 27" not in "".join(forms), design
        assert (
            any("27" in f.split()[0] or f.startswith(("27", "Fri 27")) for f in forms)
            or "1995-10-27" in forms
        ), design
        assert all(f.index("27") < f.index("1995") for f in forms if not f.startswith("1995")), (
            design
        )


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}
PRICE_HEADS = {
    "learningonscreen": ("Order a copy", "£"),
    "tg4player": ("TG4 Shop", "€"),
    "ifiplayer": ("Become an IFI member", "€"),
    "nfbfilms": ("Buy or license", "CA$"),
    "clickview": ("Subscribe your school", "A$"),
    "ngataonga": ("Access and copies", "NZ$"),
    "togglesg": ("Rent or Buy", "S$"),
    "wavesott": ("Plans", "₹"),
}


def test_prices_are_in_local_money_and_not_the_money_or_the_dates() -> None:
    for design, (head, mark) in PRICE_HEADS.items():
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(rf"{re.escape(mark)}\d", block.group(1)), (design, page.url)
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
    for page in rendered(design, 60):
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
    shows = [p for p in rendered(design, 60) if p.expected["kind"] == "show"]
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
    """The design system's CSS, the icon sprite and the config blob bring a page to 40-80 KB."""
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
        rendered(design, 60), SPEC_KEYS, NOT_SHOWN[design]
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
    return {html.unescape(k) for k in site.words.labels.values()} | {site.later} | EXTRA[design]


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
    return html.unescape(str(MODULES[design].SITE.words.labels[key]))


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
        assert pairs and all(html.unescape(k) in _labels(design) for k, _ in pairs), page.url
        text = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
        visible = re.sub(r"<[^>]+>", "\n", text)
        assert not any(html.unescape(k) in visible.split("\n") for k, _ in pairs), page.url


def test_tiles_put_the_value_before_its_label() -> None:
    found = _own_pages("stats")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<sub>") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(html.unescape(v) in _labels(design) for _, v in pairs), page.url


def test_leader_lines_hold_a_label_a_hidden_leader_and_a_value() -> None:
    found = _own_pages("leaders")
    assert len(found) > 2
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("&hellip;") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
