# ruff: noqa: E501  (HTML patterns read best on one line)
"""The fifty-fifth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites55.py does)."""

from __future__ import annotations

import html
import importlib
import json
import random
import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites53
import tests.heldout_sites54
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites55 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    dstvguide,
    foxtelguide,
    freeviewuk,
    rtlistings,
    site_pages,
    skyguide,
    tvguidemag,
    tvnzguide,
    tvtonight,
)
from tests.heldout_sites55.common import (
    ADVICE,
    NEW_STYLES,
    TEMPLATES,
    Classes,
    clock,
    dmy_short,
    facts55,
    ordinal_date,
    uk_date,
    us_date,
    weekday_dmy,
    words_hm,
)
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites54_gen import EARLIER as BEFORE_SITES54

COUNT = 24
EARLIER = BEFORE_SITES54 | set(tests.heldout_sites53.DESIGNS) | set(tests.heldout_sites54.DESIGNS)  # fmt: skip
ALONGSIDE = (56,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        rtlistings,
        tvguidemag,
        tvtonight,
        foxtelguide,
        skyguide,
        freeviewuk,
        tvnzguide,
        dstvguide,
    )
}
# each guide: what its docstring calls it, its language tag, its two markups, and the words
# its facts use that set it apart
IDEAS = {
    "rtlistings": ("Radio Times", "en-GB", ("rt-facts", "rt-infogrid"), ("Composer", "Certificate", "Series so far")),
    "tvguidemag": ("TV Guide", "en-US", ("tvg-details", "tvg-keyvalue"), ("Screenwriter", "Director of Photography", "TV rating", "Original release")),
    "tvtonight": ("TV Tonight", "en-AU", ("tvt-showinfo", "tvt-specs"), ("Cinematography", "Classification", "Released", "Production")),
    "foxtelguide": ("Foxtel", "en-AU", ("fxtl-meta", "fxtl-attrs"), ("Writer(s)", "Producers", "Rating")),
    "skyguide": ("Sky", "en-GB", ("sky-epg", "sky-meta"), ("Written by", "Cinematography by", "Age rating", "Cinema release")),
    "freeviewuk": ("Freeview", "en-GB", ("fv-blocks", "fv-table"), ("Directed by", "Photography", "Length", "Number of series")),
    "tvnzguide": ("TVNZ", "en-NZ", ("tvnz-details", "tvnz-facts"), ("Score", "Camera", "Classification")),
    "dstvguide": ("DStv", "en-ZA", ("dstv-event", "dstv-metadata"), ("Director of photography", "Age restriction")),
}  # fmt: skip
# each guide's country's classification board, as its pages name the certificates
BOARDS = {
    "rtlistings": {"U", "PG", "12", "15", "18"},
    "tvguidemag": {"TV-G", "TV-PG", "TV-14", "TV-MA"},
    "tvtonight": {"G", "PG", "M", "MA15+", "R18+"},
    "foxtelguide": {"G", "PG", "M", "MA15+", "R18+"},
    "skyguide": {"U", "PG", "12", "15", "18"},
    "freeviewuk": {"U", "PG", "12", "15", "18"},
    "tvnzguide": {"G", "PG", "M", "R16", "R18"},
    "dstvguide": {"A", "PG", "13", "16", "18"},
}
COUNTRY = {
    "rtlistings": "gb",
    "tvguidemag": "us",
    "tvtonight": "au",
    "foxtelguide": "au",
    "skyguide": "gb",
    "freeviewuk": "gb",
    "tvnzguide": "nz",
    "dstvguide": "za",
}
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-guide-facts="{style}"' for style in TEMPLATES} | {
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "dl": "<dt>",
    "table": "<tr><th>",
}


@cache  # every test reads the same pages a design: render them once a process
def _first_40(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 40, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 40:
        return site_pages(design, count, seed)
    return _first_40(design, 0)[:count]


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


def _all_earlier_designs() -> set[str]:
    """Every earlier set's DESIGNS, read from the packages themselves (sites1 to sites54)."""
    found: set[str] = set()
    for n in ["", *map(str, range(2, 55))]:
        found |= set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS)
    return found


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS) == len(BOARDS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    # the fifty-fourth set's EARLIER holds every set up to the fifty-second but the
    # twenty-fifth (the chain lost it at the twenty-eighth set, which chained from the
    # twenty-sixth's EARLIER alone): so the names are also checked against every set's
    # DESIGNS directly
    for n in [*range(2, 25), *range(26, 53)]:
        module = importlib.import_module(f"tests.heldout_sites{n}")
        assert set(module.DESIGNS) <= BEFORE_SITES54, n
    for n in (53, 54):
        assert set(getattr(tests, f"heldout_sites{n}").DESIGNS) <= EARLIER, n
    assert not EARLIER & set(DESIGNS)
    assert not _all_earlier_designs() & set(DESIGNS)


def test_the_bare_guide_names_were_taken_or_named_before() -> None:
    source = _earlier_source().lower()
    assert "radiotimes" in source and "tvnz" in source and "foxtel" in source


def test_each_page_speaks_its_countrys_english() -> None:
    for d in DESIGNS:
        for page in rendered(d, 3):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == IDEAS[d][1], d
            assert page.url.startswith("https://www.reelguide.example/")


@pytest.mark.parametrize("design", DESIGNS)
def test_each_guide_names_itself_and_wears_its_markups(design: str) -> None:
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


def test_the_guides_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 12, (d, other, shared)


@cache  # two tests grep the same sources
def _earlier_source() -> str:
    earlier = checks.earlier_generators(55, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 55))
    assert any("heldout_sites54/" in str(p) for p in earlier)
    assert any("heldout_sites53/" in str(p) for p in earlier)
    assert any("heldout_sites25/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them the guide's
    own, the third an earlier set's."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) == 2
    pages = rendered(design, 40)
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
        "rt-programme-facts",
        "rt-fact",
        "rt-infogrid",
        "c-programDetails",
        "o-tvgKeyValue",
        "tvt-showinfo",
        "tvt-specs",
        "fxtl-",
        "data-meta-key",
        "sky-epg",
        "sky-synopsis",
        "fv-programme",
        "fv-info",
        "tvnz-show",
        "tvnz-detail",
        "tvnz-facts",
        "dstv-",
        "data-guide-facts=",
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
        out = facts55(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 min."], style
    assert (
        '<strong class="rt-fact__label">Length</strong> <span class="rt-fact__value">111 min.</span>'
        in facts55(c, "rt-facts", rows)
    )
    assert (
        '<th scope="row" class="rt-infogrid__key">Length</th><td class="rt-infogrid__val">111 min.</td>'
        in facts55(c, "rt-infogrid", rows)
    )
    assert (
        '<h3 class="c-programDetails_label">Length</h3><p class="c-programDetails_value">111 min.</p>'
        in facts55(c, "tvg-details", rows)
    )
    assert '<p class="tvt-showinfo__line"><b>Length:</b> 111 min.</p>' in facts55(
        c, "tvt-showinfo", rows
    )
    assert 'data-meta-key="length"' in facts55(c, "fxtl-meta", rows)
    assert (
        '<label class="fxtl-attr__name">Length</label> <output class="fxtl-attr__value">111 min.</output>'
        in facts55(c, "fxtl-attrs", rows)
    )
    assert '<p class="sky-synopsis-meta__item"><em>Length</em> 111 min.</p>' in facts55(
        c, "sky-meta", rows
    )
    assert '<tr class="fv-info-table__row"><td>Length</td><td>111 min.</td></tr>' in facts55(
        c, "fv-table", rows
    )
    assert (
        '<abbr class="dstv-metadata__key">Length</abbr> <span class="dstv-metadata__val">111 min.</span>'
        in facts55(c, "dstv-metadata", rows)
    )
    assert facts55(c, "table", rows).count("<tr><th>") == 4


def test_every_value_sits_after_its_label_in_the_guides_markup() -> None:
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


@pytest.mark.parametrize("design", ["tvguidemag", "dstvguide"])
def test_director_of_photography_is_not_the_director(design: str) -> None:
    """TV Guide's and DStv's camera label begins with a director's word; the director is
    'Director'."""
    camera = label(design, "camera")
    assert camera.lower() == "director of photography"
    for page in rendered(design, COUNT):
        markup = details(page)
        dop = values_after(markup, camera)
        assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
        want = page.expected["directors"]
        assert values_after(markup, "Director") == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "rtlistings": r"Reminder set by [\d,]+ readers",
        "tvguidemag": r"Tracked by [\d,]+ users",
        "tvtonight": r"[\d,]+ readers viewed this",
        "foxtelguide": r"Set to record [\d,]+ times",
        "skyguide": r"Added to [\d,]+ planners",
        "freeviewuk": r"[\d,]+ reminders set",
        "tvnzguide": r"[\d,]+ views on TVNZ\+",
        "dstvguide": r"[\d,]+ viewers set a reminder",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert uk_date(d, True) == "7 October 1995" and uk_date(d, False) == "07/10/1995"
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert dmy_short(d, True) == "7 Oct 1995" and weekday_dmy(d, True) == "Sat 7 Oct 1995"
    assert ordinal_date(d, True) == "7th October 1995"
    assert dstvguide.za_date(d, True) == "7 October 1995"
    assert dstvguide.za_date(d, False) == "1995/10/07"
    assert words_hm(111) == "1 hour 51 minutes" and words_hm(45) == "45 minutes"
    assert clock(21, 30, True) == "9:30pm" and clock(21, 30, False) == "21:30"
    assert clock(12, 0, True) == "12:00pm" and clock(9, 5, True) == "9:05am"
    want = {
        "rtlistings": ("1 hr 51 mins", "2 hr", "45 mins", "111 mins"),
        "tvguidemag": ("1 hr 51 min", "2 hr", "45 min", "111 min"),
        "tvtonight": ("1h 51m", "2h", "45 mins", "111 mins"),
        "foxtelguide": ("1 hr 51 min", "2 hr", "45 min", "111 min"),
        "skyguide": ("1h 51m", "2h", "45 mins", "111 mins"),
        "freeviewuk": ("1 hour 51 minutes", "2 hours", "45 minutes", "111 minutes"),
        "tvnzguide": ("1h 51m", "2h", "45 mins", "111 mins"),
        "dstvguide": ("1h 51m", "2h", "45 min", "111 min"),
    }
    for design, (long, even, short, plain) in want.items():
        running = MODULES[design].running
        assert running(111, True) == long and running(120, True) == even, design
        assert running(45, True) == short and running(111, False) == plain, design
    assert rtlistings.votes(1) == "1 reader rating"
    assert tvguidemag.votes(1234) == "1,234 user ratings"
    money = {d: MODULES[d].SITE.money for d in DESIGNS}
    usd, eur = Money(3600000, "USD"), Money(7200000, "EUR")
    for design in DESIGNS:
        want_usd = "$3,600,000" if COUNTRY[design] == "us" else "US$3,600,000"
        assert money[design](usd) == want_usd, design
        assert money[design](Money(540000000, "JPY")) == "JPY 540,000,000", design
        assert money[design](eur) == "€7,200,000", design
    assert money["skyguide"](Money(2400000, "GBP")) == "£2,400,000"
    assert money["dstvguide"](Money(36000000, "ZAR")) == "ZAR 36,000,000"
    assert money["tvnzguide"](Money(3600000, "NZD")) == "NZ$3,600,000"
    assert money["foxtelguide"](Money(7200000, "AUD")) == "A$7,200,000"


def test_only_us_pages_write_a_bare_dollar() -> None:
    """'$' alone is USD under the spec: the US guide writes its own dollars so; the others
    mark every dollar (US$, A$, NZ$), prices of packs and plans included."""
    for design in DESIGNS:
        if COUNTRY[design] == "us":
            continue
        for page in rendered(design, COUNT):
            body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
            assert not re.search(r"(?<![A-Z])\$\d", body), (design, page.url)


def test_certificates_are_the_boards_ratings() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 40)} - {None}
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
            assert "10/27/" not in joined and "October 27" not in joined, design
            assert all(
                f.index("27") < f.index("1995") for f in forms if not f.startswith("1995")
            ), design


def _guide_value(design: str, page: SitePage, which: int) -> list[str]:
    return values_after(details(page), MODULES[design].GUIDE[which])


def _dates(site: Any, first: date, days: int) -> dict[str, date]:
    """Each date of `days` days from `first`, as the design writes it (both forms)."""
    found = {}
    for k in range(days):
        day = first.fromordinal(first.toordinal() + k)
        for long in (True, False):
            found[site.date(day, long)] = day
    return found


def test_the_guides_own_lines_are_no_release_date() -> None:
    """The channel is one of the guide's; the next airing is a December 2026 date and a time,
    the catch-up window ends later still; the advice is viewer advice, never a certificate."""
    for design in DESIGNS:
        site = MODULES[design].SITE
        december = _dates(site, date(2026, 12, 1), 70)
        for page in rendered(design, COUNT):
            [channel] = _guide_value(design, page, 0)
            assert channel in MODULES[design].CHANNEL_LIST, page.url
            [nxt] = _guide_value(design, page, 1)
            day, time = nxt.rsplit(", ", 1)
            assert day in december and december[day] >= date(2026, 12, 7), (page.url, nxt)
            assert re.fullmatch(r"\d{1,2}:\d\d(am|pm)?", time), page.url
            [until] = _guide_value(design, page, 2)
            assert until in december and december[until] > december[day], page.url
            [advice] = _guide_value(design, page, 3)
            assert all(a in ADVICE for a in advice.split(", ")), page.url
            assert advice != page.expected["content_rating"], page.url


def test_the_airings_say_nothing_of_the_title_but_their_own() -> None:
    """Airings are in December 2026, never the title's release; each slot's length is not
    the title's runtime; the 'Tonight on' grid names no title; the pack's price is a price."""
    for design in DESIGNS:
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(
                r'-availability-[0-9a-f]{5}"><h2>[^<]+</h2>(.*?)</aside>',
                page.html,
                re.S,
            )
            assert block, (design, page.url)
            text = block.group(1)
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in text
            assert text.count(" 2026</td>") == 3, page.url
            for slot in re.findall(r"<td>(\d+) mins</td>", text):
                assert int(slot) != e["runtime_minutes"], page.url
            assert e["title"] not in html.unescape(text), page.url
            assert re.search(r"(£|\$|R)\d+\.\d\d", html.unescape(text)), page.url


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 40):
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
    for page in rendered(design, 40):
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
    shows = [p for p in rendered(design, 40) if p.expected["kind"] == "show"]
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
        pages = rendered(design, 40)
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
        rendered(design, 40), SPEC_KEYS, NOT_SHOWN[design]
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
    assert len(found) > 2
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
    """Some pages give the cast as the 'Cast:' line, 'Cast: Ada Gallo (Mrs. Reyes), Bruno
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
