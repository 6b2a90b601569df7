# ruff: noqa: E501  (HTML patterns read best on one line)
"""The fifty-third held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites53.py does)."""

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

import tests.heldout_sites51
import tests.heldout_sites52
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites53 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    aspendiscovery,
    evergreenopac,
    kohaopac,
    polarisvega,
    primove,
    sirsienterprise,
    site_pages,
    spydus,
    worldcatdiscovery,
)
from tests.heldout_sites53.common import (
    NEW_STYLES,
    TEMPLATES,
    Classes,
    dmy_short,
    facts53,
    iso_or_dmy,
    ordinal_date,
    physical,
    short_date,
    uk_date,
    us_date,
    words_hm,
)
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites52_gen import EARLIER as BEFORE_SITES52

COUNT = 30
EARLIER = BEFORE_SITES52 | set(tests.heldout_sites51.DESIGNS) | set(tests.heldout_sites52.DESIGNS)  # fmt: skip
ALONGSIDE = (54,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        kohaopac,
        aspendiscovery,
        polarisvega,
        sirsienterprise,
        primove,
        worldcatdiscovery,
        spydus,
        evergreenopac,
    )
}
# each system: what its docstring calls it, its language tag, its two markups, and the words
# its facts use that set it apart
IDEAS = {
    "kohaopac": ("Koha", "en-GB", ("koha-summary", "koha-marcview"), ("Screenwriter", "Photography", "BBFC certificate", "Year of original release")),
    "aspendiscovery": ("Aspen Discovery", "en-US", ("aspen-rows", "aspen-panels"), ("Run Time", "Release Date", "Cinematographer")),
    "polarisvega": ("Polaris Vega", "en-US", ("vega-fields", "polaris-full"), ("Director of photography", "MPAA rating", "Theatrical release")),
    "sirsienterprise": ("SirsiDynix Enterprise", "en-AU", ("ent-elements", "ent-children"), ("Screenplay", "Classification", "Cinematography")),
    "primove": ("Primo VE", "en-GB", ("primo-elements", "primo-service"), ("Screenplay by", "BBFC classification", "Original date")),
    "worldcatdiscovery": ("WorldCat Discovery", "en-US", ("wcd-details", "wcd-notes"), ("Screenwriters", "Camera", "Audience rating")),
    "spydus": ("Spydus", "en-AU", ("spydus-fd", "spydus-lines"), ("Form/Genre", "Country of origin", "Release")),
    "evergreenopac": ("Evergreen", "en-CA", ("eg-rdetail", "eg-bibdetail"), ("Written by", "Produced by", "Run time", "Year of release")),
}  # fmt: skip
# each library's country's classification board, as its records name the certificates
BOARDS = {
    "kohaopac": {"U", "PG", "12", "15", "18"},
    "aspendiscovery": {"G", "PG", "PG-13", "R", "NC-17"},
    "polarisvega": {"G", "PG", "PG-13", "R", "NC-17"},
    "sirsienterprise": {"G", "PG", "M", "MA15+", "R18+"},
    "primove": {"U", "PG", "12A", "15", "18"},
    "worldcatdiscovery": {"G", "PG", "PG-13", "R", "NC-17"},
    "spydus": {"G", "PG", "M", "MA15+", "R18+"},
    "evergreenopac": {"G", "PG", "14A", "18A", "R"},
}
COUNTRY = {
    "kohaopac": "gb",
    "aspendiscovery": "us",
    "polarisvega": "us",
    "sirsienterprise": "au",
    "primove": "gb",
    "worldcatdiscovery": "us",
    "spydus": "au",
    "evergreenopac": "ca",
}
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-record-display="{style}"' for style in TEMPLATES} | {
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
    for n in (51, 52):
        assert set(getattr(tests, f"heldout_sites{n}").DESIGNS) <= EARLIER, n
    # the best-known library catalogue and library streaming names were taken by earlier sets
    assert {"bibliocommons", "kanopy", "hoopla"} <= EARLIER
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
def test_each_system_names_itself_and_wears_its_markups(design: str) -> None:
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


def test_the_systems_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 11, (d, other, shared)


@cache  # two tests grep the same sources
def _earlier_source() -> str:
    earlier = checks.earlier_generators(53, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 53))
    assert any("heldout_sites52/" in str(p) for p in earlier)
    assert any("heldout_sites51/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them the system's
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
        "results_summary",
        "marcview",
        "result-label",
        "moreDetails",
        "vega-record",
        "fulldisplay",
        "displayElement",
        "detailChildField",
        "item-details-element",
        "prm-service-details",
        "wcd-detail",
        "bib-note",
        "fd-caption",
        "spd-record",
        "rdetail_",
        "bibdetail",
        "data-record-display=",
    ):
        assert tell not in source, tell


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Length", "111 min."),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Edition", "Widescreen edition"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Length", "111 min."),
        ("Genre", "Drama"),
        ("Edition", "Widescreen edition"),
    ]
    for style in NEW_STYLES:
        out = facts53(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 min."], style
    assert (
        '<span class="results_summary length"><span class="label">Length: </span>111 min.</span>'
        in facts53(c, "koha-summary", rows)
    )
    assert (
        '<td class="marcview__tag">Length</td><td class="marcview__subfields">111 min.</td>'
        in facts53(c, "koha-marcview", rows)
    )
    assert (
        '<div class="result-label col-sm-4 col-xs-12">Length</div><div class="result-value col-sm-8 col-xs-12">111 min.</div>'
        in facts53(c, "aspen-rows", rows)
    )
    assert (
        '<h4 class="panel-title">Length</h4></div><div class="panel-body">111 min.</div>'
        in facts53(c, "aspen-panels", rows)
    )
    assert (
        '<td class="fulldisplay-label">Length</td><td class="fulldisplay-data">111 min.</td>'
        in facts53(c, "polaris-full", rows)
    )
    assert (
        '<div class="displayElementLabel text-p">Length</div><div class="displayElementText text-p">111 min.</div>'
        in facts53(c, "ent-elements", rows)
    )
    assert (
        '<span class="bold-text">Length</span><div class="item-details-element">111 min.</div>'
        in facts53(c, "primo-elements", rows)
    )
    assert facts53(c, "primo-service", rows).count('class="layout-column display-label"') == 4
    assert (
        '<li class="bib-note"><span class="bib-note__type">Length</span> 111 min.</li>'
        in facts53(c, "wcd-notes", rows)
    )
    assert (
        '<p class="spd-record-line"><span class="spd-caption">Length</span> 111 min.</p>'
        in facts53(c, "spydus-lines", rows)
    )
    assert (
        '<p class="bibdetail-line"><span class="bibdetail-term">Length:</span> 111 min.</p>'
        in facts53(c, "eg-bibdetail", rows)
    )
    assert facts53(c, "table", rows).count("<tr><th>") == 4


def test_the_accordion_panels_are_all_open() -> None:
    """Aspen's 'More Details' panels could be collapsed; every page renders them all open
    (class 'active', nothing hidden), so each value is in view."""
    found = _own_pages("aspen-panels")
    assert len(found) > 3
    for _design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("active moreDetailsPanel") == len(pairs), page.url
        assert " hidden" not in markup.split('data-record-display="aspen-panels"')[1], page.url


def test_every_value_sits_after_its_label_in_the_systems_markup() -> None:
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


@pytest.mark.parametrize("design", ["polarisvega", "primove"])
def test_director_of_photography_is_not_the_director(design: str) -> None:
    """Vega's and Primo's 'Director of photography' begins with a director's word; the
    director is 'Director'."""
    assert label(design, "camera") == "Director of photography"
    for page in rendered(design, COUNT):
        markup = details(page)
        dop = values_after(markup, "Director of photography")
        assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
        want = page.expected["directors"]
        assert values_after(markup, "Director") == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "kohaopac": r"Issued [\d,]+ times",
        "aspendiscovery": r"Checked out [\d,]+ times",
        "polarisvega": r"[\d,]+ checkouts",
        "sirsienterprise": r"Borrowed [\d,]+ times",
        "primove": r"[\d,]+ views",
        "worldcatdiscovery": r"Held by [\d,]+ libraries",
        "spydus": r"[\d,]+ loans",
        "evergreenopac": r"[\d,]+ circulations",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert uk_date(d, True) == "7 October 1995" and uk_date(d, False) == "07/10/1995"
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert short_date(d, True) == "Oct 7, 1995" and dmy_short(d, True) == "7 Oct 1995"
    assert ordinal_date(d, True) == "7th October 1995" and iso_or_dmy(d, False) == "1995-10-07"
    assert words_hm(111) == "1 hour 51 minutes" and words_hm(45) == "45 minutes"
    assert (
        kohaopac.running(111, True) == "111 minutes" and kohaopac.running(111, False) == "111 mins"
    )
    assert aspendiscovery.running(111, True) == "1 hr. 51 min."
    assert (
        aspendiscovery.running(120, True) == "2 hr."
        and aspendiscovery.running(45, True) == "45 min."
    )
    assert aspendiscovery.running(111, False) == "111 min."
    assert (
        polarisvega.running(111, True) == "1h 51m" and polarisvega.running(111, False) == "111 min"
    )
    assert (
        sirsienterprise.running(111, True) == "1 hr 51 min"
        and sirsienterprise.running(111, False) == "111 mins"
    )
    assert (
        primove.running(111, True) == "1 hour 51 minutes"
        and primove.running(111, False) == "111 mins"
    )
    assert (
        worldcatdiscovery.running(111, False) == "111 min."
        and spydus.running(111, True) == "1h 51m"
    )
    assert (
        evergreenopac.running(111, True) == "1 hr. 51 min."
        and evergreenopac.running(111, False) == "111 min."
    )
    assert kohaopac.votes(1) == "1 vote" and aspendiscovery.votes(1234) == "1,234 patron ratings"
    money = {d: MODULES[d].SITE.money for d in DESIGNS}
    usd, eur = Money(3600000, "USD"), Money(7200000, "EUR")
    for design in DESIGNS:
        want = "$3,600,000" if COUNTRY[design] == "us" else "US$3,600,000"
        assert money[design](usd) == want, design
        assert money[design](Money(540000000, "JPY")) == "JPY 540,000,000", design
        assert money[design](eur) == "€7,200,000", design
    assert money["kohaopac"](Money(2400000, "GBP")) == "£2,400,000"
    assert money["evergreenopac"](Money(3600000, "CAD")) == "CA$3,600,000"
    assert money["spydus"](Money(7200000, "AUD")) == "A$7,200,000"
    assert money["sirsienterprise"](Money(7200000, "AUD")) == "A$7,200,000"


def test_only_us_pages_write_a_bare_dollar() -> None:
    """'$' alone is USD under the spec: US catalogues write their own dollars so; the others
    mark every dollar (US$, A$, CA$, NZ$)."""
    for design in DESIGNS:
        if COUNTRY[design] == "us":
            continue
        for page in rendered(design, COUNT):
            body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
            assert not re.search(r"(?<![A-Z])\$\d", body), (design, page.url)


def test_certificates_are_the_boards_ratings() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 60)} - {None}
        assert seen <= BOARDS[design] and len(seen) >= 3, (design, seen)


def test_dates_are_written_as_the_country_writes_them() -> None:
    d = date(1995, 10, 27)
    for design in DESIGNS:
        site = MODULES[design].SITE
        forms = {site.date(d, True), site.date(d, False)}
        joined = " | ".join(forms)
        if COUNTRY[design] == "us":
            assert "10/27/1995" in joined and "27/10" not in joined, design
            assert "October 27, 1995" in forms or "Oct 27, 1995" in forms, design
        else:
            assert "10/27" not in joined and "October 27" not in joined, design
            assert all(
                f.index("27") < f.index("1995") for f in forms if not f.startswith("1995")
            ), design


def test_the_cataloguers_lines_say_the_titles_running_time_and_year() -> None:
    """The physical description gives the title's own minutes (none for a series' set, none
    when the record has no running time); the 'Originally released' note gives the title's
    own year and is absent when the record has none; the publication statement's year is the
    disc's, never before the title's."""
    seen = 0
    for design in DESIGNS:
        desc, note, pub = (MODULES[design].RECORD[i] for i in (2, 3, 0))
        for page in rendered(design, COUNT):
            e, markup = page.expected, details(page)
            [line] = values_after(markup, desc)
            minutes = re.findall(r"\((\d+) min\.\)", line)
            if e["kind"] == "movie" and e["runtime_minutes"]:
                assert minutes == [str(e["runtime_minutes"])], page.url
                seen += 1
            else:
                assert not minutes, page.url
            notes = values_after(markup, note)
            if e["release_year"]:
                assert notes and notes[0].endswith(f" in {e['release_year']}."), page.url
            else:
                assert not notes, page.url
            [statement] = values_after(markup, pub)
            year = int(re.findall(r"\[(\d{4})\]$", statement)[0])
            assert year >= (e["release_year"] or 0) and year <= 2026, page.url
    assert seen > 20
    for design in DESIGNS:
        for page in rendered(design, 10):
            [subjects] = values_after(details(page), "Subjects")
            assert re.fullmatch(
                r"[^;]+ -- Fiction\. ; [^;]+ -- Drama\. ; [^;]+\. ; [^;]+\.", subjects
            )
            series = values_after(details(page), "Series")
            assert all(int(v.split(" ; ")[1]) != page.expected["seasons"] for v in series)
    assert physical(None, "dvd-us") == "1 videodisc : sound, color ; 4 3/4 in."


def test_the_holdings_say_nothing_of_the_title_but_their_own() -> None:
    """Due dates are in December 2026 or January 2027, never the title's release; the other
    editions' years are later than the title's; the hold count is no vote count."""
    for design in DESIGNS:
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(
                r'-availability-[0-9a-f]{5}"><h2>[^<]+</h2>(.*?)</aside>', page.html, re.S
            )
            assert block, (design, page.url)
            text = block.group(1)
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in text
            for year in re.findall(r"<li>[^<]*\((\d{4})\)</li>", text):
                assert e["release_year"] is None or int(year) > e["release_year"], page.url
            waiting = re.search(r"<p>(\d+) \w+ on (\d+) copies</p>", text)
            assert waiting and int(waiting.group(1)) != e["user_rating_count"], page.url
            assert re.search(r"Due |Available|In transit", text), page.url


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


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


def test_the_cast_note_in_running_prose_is_the_cast() -> None:
    """Some pages give the cast as the cataloguer's note, 'Cast: Ada Gallo (Mrs. Reyes), Bruno
    Sato.', instead of cards: the actors in order, each role in parentheses after its actor."""
    seen = 0
    for design in DESIGNS:
        for page in rendered(design, COUNT):
            note = re.search(r'-castnote-[0-9a-f]{5}">Cast: (.*?)\.</p>', page.html)
            cast = page.expected["cast"]
            if note is None:
                continue
            seen += 1
            want = ", ".join(
                c["actor"] + (f" ({c['character']})" if c["character"] else "") for c in cast
            )
            assert html.unescape(note.group(1)) == want, page.url
            assert "-person-" not in page.html.split("-castnote-")[1].split("</section>")[0]
    assert seen > 20


@pytest.mark.parametrize("design", DESIGNS)
def test_the_credits_note_names_crew_in_other_jobs(design: str) -> None:
    for page in rendered(design, COUNT):
        [credits] = values_after(details(page), "Credits")
        m = re.fullmatch(r"Editor, (.+) ; sound, (.+) ; production designer, (.+)\.", credits)
        assert m, page.url
        e = page.expected
        own = e["directors"] + e["writers"] + [c["actor"] for c in e["cast"]]
        assert not set(m.groups()) & set(own), page.url
