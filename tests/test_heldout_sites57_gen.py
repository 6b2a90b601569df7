# ruff: noqa: E501  (HTML patterns read best on one line)
"""The fifty-seventh held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites57.py does)."""

from __future__ import annotations

import html
import json
import random
import re
from datetime import date
from decimal import Decimal
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites55
import tests.heldout_sites56
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites57 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    kowhai,
    liffeyside,
    maplereel,
    protea,
    seatsnap,
    showkhidki,
    site_pages,
    southcross,
    starlite,
)
from tests.heldout_sites57.common import ADVICE, NEW_STYLES, TEMPLATES, Classes, facts57
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites56_gen import EARLIER as BEFORE_SITES56

COUNT = 30
EARLIER = BEFORE_SITES56 | set(tests.heldout_sites55.DESIGNS) | set(tests.heldout_sites56.DESIGNS)  # fmt: skip
ALONGSIDE = (58, 59, 60)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (starlite, seatsnap, southcross, showkhidki, liffeyside, maplereel, protea, kowhai)
}
# each site: its brand, its market's English, its two markups, the words of its facts that
# set it apart, and its classification board's five certificates
IDEAS = {
    "starlite": ("Starlite Cinemas", "en-GB", ("starlite-filmfacts", "starlite-spec-cards"), ("Certificate", "Series", "Showing from"), ("U", "PG", "12A", "15", "18")),
    "seatsnap": ("SeatSnap", "en-US", ("seatsnap-qa-rows", "seatsnap-pills"), ("Directed By", "Release Date", "Tickets on sale"), ("G", "PG", "PG-13", "R", "NC-17")),
    "southcross": ("Southern Cross Cinemas", "en-AU", ("southcross-attrs", "southcross-spec-groups"), ("Classification", "Opens", "Director of photography"), ("G", "PG", "M", "MA15+", "R18+")),
    "showkhidki": ("ShowKhidki", "en-IN", ("khidki-detail-rows", "khidki-about-chips"), ("Music Director", "DOP", "Booking opens"), ("U", "UA 7+", "UA 13+", "UA 16+", "A")),
    "liffeyside": ("Liffeyside Cinemas", "en-IE", ("liffeyside-grid", "liffeyside-tagged-lines"), ("IFCO cert", "Released", "Production company"), ("G", "PG", "12A", "15A", "18")),
    "maplereel": ("Maple Reel Theatres", "en-CA", ("maplereel-role-terms", "maplereel-outputs"), ("Screenwriter", "Original score", "Opening at Maple Reel"), ("G", "PG", "14A", "18A", "R")),
    "protea": ("Protea Cinemas", "en-ZA", ("protea-meta-items", "protea-pipe-entries"), ("Age restriction", "Executive producer"), ("A", "PG", "13", "16", "18")),
    "kowhai": ("Kōwhai Cinemas", "en-NZ", ("kowhai-facts", "kowhai-ticket-lines"), ("Screenplay", "Duration", "Opens at Kōwhai"), ("G", "PG", "M", "R16", "R18")),
}  # fmt: skip
# each new markup's tell, the string grepped for in every earlier generator
TELLS = {
    "starlite-filmfacts": "sl-filmfacts__label",
    "starlite-spec-cards": "film-spec__name",
    "seatsnap-qa-rows": "movie-detail-label",
    "seatsnap-pills": "snap-meta-pill__k",
    "southcross-attrs": "movie-attr__heading",
    "southcross-spec-groups": "sx-spec-group__title",
    "khidki-detail-rows": "__detail-label",
    "khidki-about-chips": "kh-about-chip",
    "liffeyside-grid": "film-grid__head",
    "liffeyside-tagged-lines": "lf-line__tag",
    "maplereel-role-terms": "mr-moviefact__lbl",
    "maplereel-outputs": "mr-spec__k",
    "protea-meta-items": "pc-movie-meta__title",
    "protea-pipe-entries": "pc-info-tab__entry",
    "kowhai-facts": "kw-fact__label",
    "kowhai-ticket-lines": "kw-ticket-line",
}
# the sites' names, none of them in an earlier generator (case-insensitive)
NAMES = ("Starlite", "SeatSnap", "Southern Cross Cinemas", "ShowKhidki", "Liffeyside", "Maple Reel", "Protea Cinemas", "Kōwhai", "Kowhai")  # fmt: skip
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-cinema-facts="{style}"' for style in TEMPLATES} | {
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "dl": "<dt>",
    "table": "<tr><th>",
}
# the markets that write a numeric date day first (or year first), and those month first
DAY_FIRST = ("starlite", "southcross", "liffeyside", "kowhai")
WITH_MONEY = ("seatsnap", "southcross", "showkhidki")


@cache  # every test reads the same pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 80:
        return site_pages(design, count, seed)
    return _first_80(design, 0)[:count]


def _pattern(style: str) -> re.Pattern[str]:
    """A component's one fact as a pattern: the label and the value each a group (a label
    written twice, in an attribute and as text, is the same label both times)."""
    out = re.escape(TEMPLATES[style][1])
    out = out.replace(re.escape("{k}"), r'(?P<k>[^<"]*?)', 1)
    for hole, group in (("{k}", r"(?P=k)"), ("{v}", r'(?P<v>[^<"]*)'), ("{slug}", r'[^"]*')):
        out = out.replace(re.escape(hole), group)
    return re.compile(out)


PATTERNS = {style: _pattern(style) for style in TEMPLATES}


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs as a reader sees them in this set's markups or an earlier set's
    (None: none of them)."""
    for style, pattern in PATTERNS.items():
        if MARKERS[style] in markup:
            return [(m.group("k"), m.group("v")) for m in pattern.finditer(markup)]
    return pairs44(markup)


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's or an
    earlier set's pairs, or a table's or definition list's next text after the label."""
    pairs = _pairs(markup)
    if pairs is not None:
        return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]
    found = []
    for m in re.finditer(rf"<(?:dt|th)>\s*{re.escape(html.escape(label))}:?\s*<", markup):
        nxt = re.search(r">([^<]*[^\s<][^<]*)<", markup[m.end() - 1 :])
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    return found


_TEXTS: dict[int, tuple[SitePage, str]] = {}


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name, label or show things, entities decoded
    (read once a page: the rails' checks read each page six times)."""
    known = _TEXTS.get(id(page))
    if known is None or known[0] is not page:
        known = _TEXTS[id(page)] = (page, _page_text(page))
    return known[1]


def _page_text(page: SitePage) -> str:
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


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def _labels(design: str) -> set[str]:
    site = MODULES[design].SITE
    return set(site.words.labels.values()) | {site.later} | EXTRA[design]


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


@cache
def _earlier_source() -> str:
    earlier = checks.earlier_generators(57, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 57))
    assert any("heldout_sites56/" in str(p) for p in earlier)
    assert any("heldout_sites55/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    assert {"reelguide_embed", "reelguide_feed", "cinemaclock", "atomtickets"} <= EARLIER
    for n in range(2, 57):
        module = getattr(tests, f"heldout_sites{n}", None)
        if module is None:  # a set not imported by the chain: import it here
            module = __import__(f"tests.heldout_sites{n}", fromlist=["DESIGNS"])
        assert not set(module.DESIGNS) & set(DESIGNS), n
    assert not EARLIER & set(DESIGNS)


def test_no_earlier_generator_names_these_sites() -> None:
    """The chains and ticket sellers are invented, and no earlier set used their names
    (earlier sets modelled real chains: Cineworld, ODEON, HOYTS, AMC, Vue, Ster-Kinekor...)."""
    source = _earlier_source().lower()
    for name in (*NAMES, *DESIGNS):
        assert name.lower() not in source, name
    for real in ("cineworld", "hoyts", "ster-kinekor", "cinemaclock"):
        assert real in source, real


def test_each_site_speaks_its_markets_english() -> None:
    for d in DESIGNS:
        brand, lang, _, _, _ = IDEAS[d]
        assert brand in (MODULES[d].__doc__ or ""), d
        for page in rendered(d, 5):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == lang, d
            assert brand in page_text(page), (d, page.url)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_site_wears_its_own_markup_and_words(design: str) -> None:
    _, _, styles, words, _ = IDEAS[design]
    site = MODULES[design].SITE
    assert set(styles) <= set(site.styles), design
    labels = set(site.words.labels.values()) | {site.later}
    assert set(words) <= labels, (design, set(words) - labels)


def test_the_sites_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    heads = {d: tuple(MODULES[d].SITE.words.heads.values()) for d in DESIGNS}
    assert len(set(heads.values())) == 8
    assert len({MODULES[d].SITE.later for d in DESIGNS}) >= 7


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them its own, the
    third an earlier set's."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) == 2
    pages = rendered(design, 80)
    for style in styles:
        having = sum(MARKERS[style] in details(p) for p in pages)
        assert 0 < having < len(pages), (style, having)
    assert sum(sum(MARKERS[s] in details(p) for s in styles) == 1 for p in pages) == len(pages)


def test_every_new_markup_is_used_by_one_design() -> None:
    used = [s for m in MODULES.values() for s in m.SITE.styles if s in NEW_STYLES]
    assert sorted(used) == sorted(NEW_STYLES) == sorted(TELLS) and len(used) == 16


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier_source()
    c = Classes("x", random.Random(1))
    for style, tell in TELLS.items():
        assert tell in facts57(c, style, [("Genre", "Drama")]), style
        assert tell not in source, tell
    assert "data-cinema-facts=" not in source


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Length", "111 mins"),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Format", "IMAX"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Length", "111 mins"),
        ("Genre", "Drama"),
        ("Format", "IMAX"),
    ]
    for style in NEW_STYLES:
        out = facts57(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 mins"], style
    expect = {
        "starlite-filmfacts": '<span class="sl-filmfacts__label">Length</span><span class="sl-filmfacts__value">111 mins</span>',
        "starlite-spec-cards": '<h4 class="film-spec__name">Length</h4><p class="film-spec__data">111 mins</p>',
        "seatsnap-qa-rows": '<span data-qa="movie-detail-label">Length</span><span data-qa="movie-detail-value">111 mins</span>',
        "seatsnap-pills": '<abbr class="snap-meta-pill__k" title="Length">Length</abbr> <span class="snap-meta-pill__v">111 mins</span>',
        "southcross-attrs": '<span class="movie-attr__heading">Length:</span> <span class="movie-attr__content">111 mins</span>',
        "southcross-spec-groups": '<h5 class="sx-spec-group__title">Length</h5><div class="sx-spec-group__body">111 mins</div>',
        "khidki-detail-rows": '<label class="__detail-label">Length</label><div class="__detail-text">111 mins</div>',
        "khidki-about-chips": '<li class="kh-about-chip" data-chip-label="Length"><small>Length</small> 111 mins</li>',
        "liffeyside-grid": '<td class="film-grid__head">Length</td><td class="film-grid__cell">111 mins</td>',
        "liffeyside-tagged-lines": '<p class="lf-line"><em class="lf-line__tag">Length</em> &mdash; 111 mins</p>',
        "maplereel-role-terms": '<span class="mr-moviefact__lbl">Length</span> <span class="mr-moviefact__val">111 mins</span>',
        "maplereel-outputs": '<span class="mr-spec__k">Length</span> <output class="mr-spec__v">111 mins</output>',
        "protea-meta-items": '<strong class="pc-movie-meta__title">Length</strong><br><span class="pc-movie-meta__text">111 mins</span>',
        "protea-pipe-entries": '<li class="pc-info-tab__entry"><b>Length</b> | 111 mins</li>',
        "kowhai-facts": '<span class="kw-fact__label">Length</span><span class="kw-fact__value">111 mins</span>',
        "kowhai-ticket-lines": '<span class="kw-ticket-line__key">Length</span> <span class="kw-ticket-line__val">111 mins</span>',
    }
    assert set(expect) == set(NEW_STYLES)
    for style, piece in expect.items():
        assert piece in facts57(c, style, rows), style


def test_every_value_sits_after_its_label_in_the_sites_markup() -> None:
    """The value follows its label in document order in every new markup, and is never one
    of the design's labels."""
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


def test_director_of_photography_and_abbreviations_are_read_right() -> None:
    """'Director of Photography' (SeatSnap), 'Director of photography' (Southern Cross) and
    'DOP' (ShowKhidki) are not the director."""
    for design, trap, own in (
        ("seatsnap", "Director of Photography", "Directed By"),
        ("southcross", "Director of photography", "Director"),
        ("showkhidki", "DOP", "Director"),
        ("showkhidki", "Music Director", "Director"),
    ):
        assert trap in (label(design, "camera"), label(design, "music"))
        assert own == label(design, "director")
        for page in rendered(design, COUNT):
            markup = details(page)
            found = values_after(markup, trap)
            assert len(found) == 1 and found[0] not in page.expected["directors"], page.url
            want = page.expected["directors"]
            assert values_after(markup, own) == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "starlite": r"[\d,]+ want to see",
        "seatsnap": r"[\d,]+ interested",
        "southcross": r"[\d,]+ on watchlists",
        "showkhidki": r"[\d,]+ are interested",
        "liffeyside": r"[\d,]+ interested",
        "maplereel": r"[\d,]+ watching this",
        "protea": r"[\d ]+ added to wishlists",
        "kowhai": r"[\d,]+ keen to see",
    }
    assert set(words) == set(DESIGNS)
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


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


SCALE = {"": 1, "M": 10**6, "B": 10**9}
SIGNS = {"$": "USD", "US$": "USD", "A$": "AUD", "₹": "INR"}


def read_money(text: str) -> tuple[int, str]:
    """What a reader makes of a budget: '$' and 'US$' are US dollars, 'A$' Australian, '₹'
    rupees (Indian digit grouping: the commas are only separators); then the figure and its
    magnitude letter."""
    m = re.fullmatch(r"(US\$|A\$|\$|₹)([\d,]+(?:\.\d+)?)(|M|B)", text)
    assert m, text
    amount = Decimal(m.group(2).replace(",", "")) * SCALE[m.group(3)]
    assert amount == int(amount), text
    return int(amount), SIGNS[m.group(1)]


@pytest.mark.parametrize("design", WITH_MONEY)
def test_money_reads_back_as_the_record_says(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 80):
        for key in ("budget", "box_office"):
            m = page.expected[key]
            if not m:
                continue
            shown = site.money(Money(int(m["amount"]), m["currency"]))
            assert read_money(shown) == (int(m["amount"]), m["currency"]), shown
            assert shown in html.unescape(details(page)), (page.url, shown)
            seen[m["currency"]] = seen.get(m["currency"], 0) + 1
    if design == "seatsnap":
        assert set(seen) == {"USD"} and seen["USD"] > 10, seen
    else:
        assert len(seen) == 2 and min(seen.values()) > 3, (design, seen)


def test_only_the_ticket_sellers_and_one_chain_give_money() -> None:
    for design in DESIGNS:
        hidden = {"budget", "box_office"} <= NOT_SHOWN[design]
        assert hidden == (design not in WITH_MONEY), design


def test_money_formats() -> None:
    assert seatsnap.money(Money(150000000, "USD")) == "$150M"
    assert seatsnap.money(Money(1200000000, "USD")) == "$1.2B"
    assert seatsnap.money(Money(800000, "USD")) == "$800,000"
    assert southcross.money(Money(5400000, "AUD")) == "A$5,400,000"
    assert southcross.money(Money(150000000, "USD")) == "US$150,000,000"
    assert showkhidki.money(Money(1200000000, "INR")) == "₹1,20,00,00,000"
    assert showkhidki.money(Money(4500000, "INR")) == "₹45,00,000"
    assert showkhidki.money(Money(150000000, "USD")) == "$150,000,000"


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert starlite.date_(d, True) == "7 Oct 1995" and starlite.date_(d, False) == "07/10/1995"
    assert seatsnap.date_(d, True) == "Oct 7, 1995" and seatsnap.date_(d, False) == "10/07/1995"
    assert southcross.date_(d, True) == "7 October 1995"
    assert (
        showkhidki.date_(d, True) == "7 Oct, 1995"
        and showkhidki.date_(d, False) == "7 October 1995"
    )
    assert liffeyside.date_(d, True) == "Saturday 7 October 1995"
    assert (
        maplereel.date_(d, True) == "October 7, 1995" and maplereel.date_(d, False) == "1995-10-07"
    )
    assert protea.date_(d, False) == "1995/10/07"
    assert kowhai.date_(d, False) == "07/10/1995"
    assert (
        starlite.running(111, True) == "1hr 51mins" and starlite.running(111, False) == "111 mins"
    )
    assert seatsnap.running(111, True) == "1 hr 51 min" and seatsnap.running(120, True) == "2 hr"
    assert (
        southcross.running(111, False) == "1h 51m" and southcross.running(111, True) == "111 mins"
    )
    assert showkhidki.running(111, True) == "1h 51m" and showkhidki.running(45, True) == "45m"
    assert liffeyside.running(111, True) == "1 hour 51 minutes"
    assert maplereel.running(111, True) == "1 h 51 min"
    assert protea.running(111, True) == "1 hr 51 mins" and protea.running(111, False) == "111 min"
    assert kowhai.running(111, True) == "1h 51min" and kowhai.running(111, False) == "111 mins"
    assert protea.votes(1234) == "1 234 ratings" and seatsnap.votes(1) == "1 audience rating"
    assert maplereel.votes(1234) == "(1,234 guest ratings)"


def test_numeric_dates_follow_the_market() -> None:
    """The UK, Australia, Ireland and New Zealand write a numeric date day first; the US month
    first; Canada as ISO; South Africa year first with slashes; India names the month both
    ways. The day here is past the twelfth, so no page's date reads two ways."""
    d = date(1995, 6, 25)
    want = {
        "starlite": "25/06/1995",
        "southcross": "25/06/1995",
        "liffeyside": "25/06/1995",
        "kowhai": "25/06/1995",
        "seatsnap": "06/25/1995",
        "maplereel": "1995-06-25",
        "protea": "1995/06/25",
        "showkhidki": "25 June 1995",
    }
    assert set(want) == set(DESIGNS)
    for design, shown in want.items():
        site = MODULES[design].SITE
        assert site.date(d, False) == shown, design
        assert "June" in site.date(d, True) or "Jun" in site.date(d, True), design


def test_certificates_are_the_markets_board() -> None:
    for design in DESIGNS:
        board = IDEAS[design][4]
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= set(board) and len(seen) >= 3, (design, seen)
        assert set(MODULES[design].BOARD.values()) == set(board), design
        assert tuple(MODULES[design].TIERS) == board, design


ADVICE_LABELS = {
    "starlite": "Consumer advice",
    "seatsnap": "Rating reason",
    "southcross": "Consumer advice",
    "showkhidki": "Advisory",
    "liffeyside": "Consumer advice",
    "maplereel": "Rating info",
    "protea": "Consumer advice",
    "kowhai": "Descriptive note",
}


def test_board_advice_is_beside_the_certificate_never_in_it() -> None:
    """The board's advice sits in its own row; the certificate's row holds the certificate
    alone, and the advice matches the certificate's tier."""
    assert set(ADVICE_LABELS) == set(DESIGNS)
    for design, advice_label in ADVICE_LABELS.items():
        assert advice_label in EXTRA[design], design
        for page in rendered(design, COUNT):
            markup, e = details(page), page.expected
            found = values_after(markup, advice_label)
            if not e["content_rating"]:
                assert not found, page.url
                continue
            assert values_after(markup, label(design, "rating")) == [e["content_rating"]], page.url
            assert len(found) == 1, (page.url, found)
            tier = IDEAS[design][4].index(e["content_rating"])
            text = found[0].removeprefix("for ").lower()
            assert text in {a.lower() for a in ADVICE[tier]}, (page.url, text)


HEADS = {
    "starlite": "Times &amp; tickets",
    "seatsnap": "Showtimes",
    "southcross": "Sessions",
    "showkhidki": "Showtimes",
    "liffeyside": "Showtimes &amp; prices",
    "maplereel": "Showtimes",
    "protea": "Showtimes",
    "kowhai": "Times &amp; tickets",
}
CURRENCY = {
    "starlite": "£",
    "seatsnap": "$",
    "southcross": "$",
    "showkhidki": "₹",
    "liffeyside": "€",
    "maplereel": "$",
    "protea": "R",
    "kowhai": "NZ$",
}


def test_showtimes_widgets_carry_prices_fees_and_formats_not_the_facts() -> None:
    assert set(HEADS) == set(DESIGNS) == set(CURRENCY)
    for design, head in HEADS.items():
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block, (design, page.url)
            widget = block.group(1)
            assert re.search(rf"{re.escape(CURRENCY[design])}\d", widget), page.url
            assert re.search(r"fee", widget, re.I) and 'role="tablist"' in widget, page.url
            assert re.search(r'data-format="[^"]+"', widget) and re.search(r">\d\d:\d\d<", widget)
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in widget
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert site.money(Money(int(m["amount"]), m["currency"])) not in widget
            assert str(e["release_year"]) not in widget and e["title"] not in widget


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 80):
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
        names = re.findall(r"</p><p>[^<]*?(?::|[bB]y) ([^<]+?)</p>", page.html)
        assert names, page.url
        assert not {html.unescape(n) for n in names} & set(page.expected["directors"]), page.url


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 80)
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
        assert set(json.loads(config.group(1))) == {"routes", "flags", "strings", "build"}
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


def test_the_captions_label_is_drawn_by_the_stylesheet_alone() -> None:
    found = _own_pages("caption")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and all(html.unescape(k) in _labels(design) for k, _ in pairs), page.url
        text = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
        visible = re.sub(r"<[^>]+>", "\n", text)
        assert not any(k in visible.split("\n") for k, _ in pairs), page.url


def test_tiles_put_the_value_before_its_label() -> None:
    found = _own_pages("stats")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<sub>") == len(pairs), page.url
        assert all(html.unescape(k) in _labels(design) for k, _ in pairs), page.url
