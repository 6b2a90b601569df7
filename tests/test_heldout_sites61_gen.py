# ruff: noqa: E501  (HTML patterns read best on one line)
"""The sixty-first held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites61.py does)."""

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

import tests.heldout_sites57
import tests.heldout_sites58
import tests.heldout_sites59
import tests.heldout_sites60
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites61 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    fieldnote,
    gravemoss,
    lanternbox,
    nitratehouse,
    puddlejump,
    quaystream,
    sakuraline,
    site_pages,
    tidepool,
)
from tests.heldout_sites61.common import ADVICE, NEW_STYLES, TEMPLATES, Classes, facts61
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites60_gen import EARLIER as BEFORE_SITES60

COUNT = 30
# sites57-60 were written alongside each other (each one's EARLIER stops at sites56): all four
EARLIER = (
    BEFORE_SITES60
    | set(tests.heldout_sites57.DESIGNS)
    | set(tests.heldout_sites58.DESIGNS)
    | set(tests.heldout_sites59.DESIGNS)
    | set(tests.heldout_sites60.DESIGNS)
)
ALONGSIDE = (62, 63, 64)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        lanternbox,
        tidepool,
        sakuraline,
        nitratehouse,
        gravemoss,
        fieldnote,
        puddlejump,
        quaystream,
    )
}
# each service: its brand, its market's English, its two markups, the words of its facts that
# set it apart, and its maturity ratings' five tiers
IDEAS = {
    "lanternbox": ("Lanternbox", "en-US", ('lanternbox-about-grid', 'lanternbox-modal-tags'), ("Maturity rating", "Release date", "Added",), ('TV-Y', 'TV-G', 'TV-PG', 'TV-14', 'TV-MA')),
    "tidepool": ("Tidepool TV", "en-CA", ('tidepool-testid-rows', 'tidepool-infobox'), ("Rated", "Premiered", "Free on Tidepool since",), ('G', 'PG', '14A', '18A', 'R')),
    "sakuraline": ("Sakuraline", "en-US", ('sakuraline-series-info', 'sakuraline-chips'), ("Content Rating", "First Aired", "English Dub Added",), ('TV-Y7', 'TV-G', 'TV-PG', 'TV-14', 'TV-MA')),
    "nitratehouse": ("Nitrate House", "en-US", ('nitratehouse-credit-lines', 'nitratehouse-index-card'), ("Rated", "Released", "Restoration added",), ('G', 'PG', 'PG-13', 'R', 'NC-17')),
    "gravemoss": ("Gravemoss", "en-US", ('gravemoss-tags', 'gravemoss-dossier'), ("Rated", "Release Date", "Unearthed on Gravemoss",), ('G', 'PG', 'PG-13', 'R', 'NC-17')),
    "fieldnote": ("Fieldnote", "en-AU", ('fieldnote-factfile', 'fieldnote-notes'), ("Classification", "Released", "Added to Fieldnote",), ('G', 'PG', 'M', 'MA15+', 'R18+')),
    "puddlejump": ("Puddlejump", "en-US", ('puddlejump-bubbles', 'puddlejump-grownups'), ("Age rating", "Premiere date", "New on Puddlejump",), ('TV-Y', 'TV-Y7', 'TV-G', 'TV-PG', 'TV-14')),
    "quaystream": ("Quaystream", "en-GB", ('quaystream-programme-info', 'quaystream-spec-lines'), ("Certificate", "First shown", "Available until",), ('U', 'PG', '12', '15', '18')),
}  # fmt: skip
# each new markup's tell, the string grepped for in every earlier generator
TELLS = {
    "lanternbox-about-grid": "lbx-about-cell__k",
    "lanternbox-modal-tags": "lbx-modal-about__label",
    "tidepool-testid-rows": "tp-details-key",
    "tidepool-infobox": "tp-infobox__key",
    "sakuraline-series-info": "sk-series-info__heading",
    "sakuraline-chips": "sk-details-chip__name",
    "nitratehouse-credit-lines": "nh-credit-line__role",
    "nitratehouse-index-card": "nh-index-card__field",
    "gravemoss-tags": "gm-crypt-tag__k",
    "gravemoss-dossier": "gm-dossier__label",
    "fieldnote-factfile": "fn-factfile__term",
    "fieldnote-notes": "fn-notes-pair__k",
    "puddlejump-bubbles": "pj-bubble__label",
    "puddlejump-grownups": "pj-grownups__k",
    "quaystream-programme-info": "qs-programme-info__label",
    "quaystream-spec-lines": "qs-spec-line__name",
}
# the services' names, none of them in an earlier generator (case-insensitive)
NAMES = ("Lanternbox", "Tidepool TV", "Sakuraline", "Nitrate House", "Gravemoss", "Fieldnote", "Puddlejump", "Quaystream")  # fmt: skip
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-stream-facts="{style}"' for style in TEMPLATES} | {
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "dl": "<dt>",
    "table": "<tr><th>",
}
DAY_FIRST = ("fieldnote", "quaystream")


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
    earlier = checks.earlier_generators(61, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 61))
    assert any("heldout_sites60/" in str(p) for p in earlier)
    assert any("heldout_sites57/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    assert {"starlite", "reelguide_embed", "kitsu", "hidive"} <= EARLIER
    every: set[str] = set()
    for n in ("", *range(2, 61)):  # every earlier set's DESIGNS (sites54's EARLIER lacks sites25)
        every |= set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS)
    assert not every & set(DESIGNS)
    assert every <= EARLIER | set(importlib.import_module("tests.heldout_sites25").DESIGNS)
    for n in (57, 58, 59, 60):
        assert set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS) <= EARLIER, n
    assert not EARLIER & set(DESIGNS)


def test_no_earlier_generator_names_these_services() -> None:
    """The services are invented, and no earlier set used their names (earlier sets modelled
    real services: Tubi, Pluto TV, Peacock, HIDIVE, Fandor, ARROW...)."""
    source = _earlier_source().lower()
    for name in (*NAMES, *DESIGNS):
        assert name.lower() not in source, name
    for real in ("tubi", "peacock", "hidive", "fandor"):
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
        assert tell in facts61(c, style, [("Genre", "Drama")]), style
        assert tell not in source, tell
    assert "data-stream-facts=" not in source


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
        out = facts61(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 mins"], style
    expect = {
        "lanternbox-about-grid": '<span class="lbx-about-cell__k">Length</span><span class="lbx-about-cell__v">111 mins</span>',
        "lanternbox-modal-tags": '<span class="lbx-modal-about__label">Length:</span> <span class="lbx-modal-about__item">111 mins</span>',
        "tidepool-testid-rows": '<span data-testid="tp-details-key">Length</span><span data-testid="tp-details-val">111 mins</span>',
        "tidepool-infobox": '<b class="tp-infobox__key">Length</b> <i class="tp-infobox__sep">/</i> <span class="tp-infobox__val">111 mins</span>',
        "sakuraline-series-info": '<h6 class="sk-series-info__heading">Length</h6><p class="sk-series-info__text">111 mins</p>',
        "sakuraline-chips": '<li class="sk-details-chip" data-chip="length"><span class="sk-details-chip__name">Length</span> <span class="sk-details-chip__value">111 mins</span></li>',
        "nitratehouse-credit-lines": '<span class="nh-credit-line__role">Length</span> <span class="nh-credit-line__names">111 mins</span>',
        "nitratehouse-index-card": '<td class="nh-index-card__field">Length.</td><td class="nh-index-card__entry">111 mins</td>',
        "gravemoss-tags": '<span class="gm-crypt-tag__k">Length</span><span class="gm-crypt-tag__v">111 mins</span>',
        "gravemoss-dossier": '<article class="gm-dossier__entry" aria-label="Length"><h3 class="gm-dossier__label">Length</h3><div class="gm-dossier__body">111 mins</div></article>',
        "fieldnote-factfile": '<dt class="fn-factfile__term">Length</dt><dd class="fn-factfile__desc">111 mins</dd>',
        "fieldnote-notes": '<strong class="fn-notes-pair__k">Length</strong><br><span class="fn-notes-pair__v">111 mins</span>',
        "puddlejump-bubbles": '<span class="pj-bubble__label">Length</span><span class="pj-bubble__value">111 mins</span>',
        "puddlejump-grownups": '<p class="pj-grownups__row"><span class="pj-grownups__k">Length:</span> 111 mins</p>',
        "quaystream-programme-info": '<span class="qs-programme-info__label">Length</span><span class="qs-programme-info__value">111 mins</span>',
        "quaystream-spec-lines": '<span class="qs-spec-line__name">Length</span> <span class="qs-spec-line__data">111 mins</span>',
    }
    assert set(expect) == set(NEW_STYLES)
    for style, piece in expect.items():
        assert piece in facts61(c, style, rows), style


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


def test_director_words_in_other_jobs_are_read_right() -> None:
    """'Director of Photography' (Tidepool), 'Director of photography' (Quaystream), 'Art
    Director' (Sakuraline) and 'Animation Director' (Puddlejump) are not the director."""
    for design, trap, own in (
        ("tidepool", "Director of Photography", "Directed by"),
        ("quaystream", "Director of photography", "Director"),
        ("sakuraline", "Art Director", "Director"),
        ("puddlejump", "Animation Director", "Director"),
    ):
        assert trap == label(design, "camera")
        assert own == label(design, "director")
        for page in rendered(design, COUNT):
            markup = details(page)
            found = values_after(markup, trap)
            assert len(found) == 1 and found[0] not in page.expected["directors"], page.url
            want = page.expected["directors"]
            assert values_after(markup, own) == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {m.NAME: m.SITE.views(12345) for m in MODULES.values()}
    want = {
        "lanternbox": "12,345 added to My List",
        "tidepool": "12,345 views this week",
        "sakuraline": "12,345 in queues",
        "nitratehouse": "12,345 members watched this month",
        "gravemoss": "12,345 dared to watch",
        "fieldnote": "12,345 saved this",
        "puddlejump": "12,345 kids loved this",
        "quaystream": "12,345 watching now",
    }
    assert words == want
    for design in DESIGNS:
        tail = want[design].removeprefix("12,345 ")
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(rf"[\d,]+ {re.escape(tail)}", views.group(1)), page.url


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


def test_no_service_gives_money_or_a_where_to_watch_block() -> None:
    for design in DESIGNS:
        assert {"budget", "box_office", "streaming", "audience_summary"} <= NOT_SHOWN[design]
        for page in rendered(design, COUNT):
            assert page.expected["budget"] is None and page.expected["box_office"] is None
            assert page.expected["streaming"] is None
            assert label(design, "budget") not in details(page), page.url


def test_only_gravemoss_shows_a_tagline_and_in_a_q_without_quotes() -> None:
    for design in DESIGNS:
        assert ("tagline" in NOT_SHOWN[design]) == (design != "gravemoss"), design
    shown = 0
    for page in rendered("gravemoss", COUNT):
        tagline = page.expected["tagline"]
        if tagline:
            shown += 1
            assert f"<q>{html.escape(tagline)}</q>" in page.html, page.url
            assert not tagline.startswith(('"', "“"))
        else:
            assert "<q>" not in page.html, page.url
    assert shown > 5


def test_only_the_ones_with_an_imdb_link_give_an_imdb_id() -> None:
    for design in DESIGNS:
        for page in rendered(design, COUNT):
            imdb = page.expected["imdb_id"]
            assert (imdb is not None) == ("imdb.com/title/" in page.html), page.url
            if imdb:
                assert f"imdb.com/title/{imdb}" in page.html


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert lanternbox.date_(d, True) == "Oct 7, 1995" and lanternbox.date_(d, False) == "10/07/1995"
    assert tidepool.date_(d, True) == "October 7, 1995" and tidepool.date_(d, False) == "1995-10-07"
    assert sakuraline.date_(d, True) == "October 7, 1995"
    assert nitratehouse.date_(d, True) == "Oct. 7, 1995"
    assert nitratehouse.date_(date(1995, 3, 7), True) == "March 7, 1995"
    assert gravemoss.date_(d, False) == "10/07/1995"
    assert (
        fieldnote.date_(d, True) == "7 October 1995" and fieldnote.date_(d, False) == "07/10/1995"
    )
    assert puddlejump.date_(d, False) == "10/07/1995"
    assert quaystream.date_(d, False) == "07/10/1995"
    assert lanternbox.running(111, True) == "1h 51m" and lanternbox.running(111, False) == "111m"
    assert lanternbox.running(120, True) == "2h" and lanternbox.running(45, True) == "45m"
    assert tidepool.running(111, True) == "1 hr 51 min" and tidepool.running(45, True) == "45 min"
    assert (
        sakuraline.running(111, True) == "1h 51min" and sakuraline.running(111, False) == "111 min"
    )
    assert nitratehouse.running(111, True) == "1 hour 51 minutes"
    assert nitratehouse.running(111, False) == "111 minutes"
    assert (
        gravemoss.running(111, True) == "1 hr 51 mins"
        and gravemoss.running(111, False) == "111 mins"
    )
    assert fieldnote.running(120, True) == "2 hr" and puddlejump.running(111, True) == "1 hr 51 min"
    assert (
        quaystream.running(111, True) == "1hr 51mins"
        and quaystream.running(111, False) == "111 mins"
    )
    assert lanternbox.votes(1234) == "(1,234 ratings)" and lanternbox.votes(1) == "(1 rating)"
    assert sakuraline.votes(1234) == "1,234 ratings" and gravemoss.votes(1) == "1 fan rating"
    assert quaystream.votes(1234) == "1,234 viewer ratings"


def test_numeric_dates_follow_the_market() -> None:
    """Australia and the UK write a numeric date day first, the US month first, Canada as
    ISO. The day here is past the twelfth, so no page's date reads two ways."""
    d = date(1995, 6, 25)
    for design in DESIGNS:
        site = MODULES[design].SITE
        lang = IDEAS[design][1]
        want = {"en-US": "06/25/1995", "en-CA": "1995-06-25"}.get(lang, "25/06/1995")
        assert site.date(d, False) == want, design
        assert (design in DAY_FIRST) == (want == "25/06/1995"), design
        assert "June" in site.date(d, True) or "Jun" in site.date(d, True), design


def test_ratings_are_the_services_own_scale() -> None:
    for design in DESIGNS:
        board = IDEAS[design][4]
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= set(board) and len(seen) >= 3, (design, seen)
        assert set(MODULES[design].BOARD.values()) == set(board), design
        assert tuple(MODULES[design].TIERS) == board, design


def test_descriptors_are_beside_the_rating_never_in_it() -> None:
    """The descriptors sit in their own row; the rating's row holds the rating alone, and the
    descriptors match the rating's tier."""
    for design in DESIGNS:
        descriptors = MODULES[design].DESCRIPTORS
        assert descriptors in EXTRA[design], design
        for page in rendered(design, COUNT):
            markup, e = details(page), page.expected
            found = values_after(markup, descriptors)
            if not e["content_rating"]:
                assert not found, page.url
                continue
            assert values_after(markup, label(design, "rating")) == [e["content_rating"]], page.url
            assert len(found) == 1, (page.url, found)
            tier = IDEAS[design][4].index(e["content_rating"])
            assert found[0] in ADVICE[tier], (page.url, found)


CURRENCY = {"lanternbox": "$", "tidepool": "CA$", "sakuraline": "$", "nitratehouse": "$", "gravemoss": "$", "fieldnote": "A$", "puddlejump": "$", "quaystream": "£"}  # fmt: skip


def _panel(design: str, page: SitePage) -> str:
    block = re.search(
        r'<aside class="[a-z]+-plans-[0-9a-f]{5}"><h2>[^<]+</h2>(.*?)</aside>', page.html, re.S
    )
    assert block, (design, page.url)
    return block.group(1)


def test_watch_panels_carry_plans_languages_and_notices_not_the_facts() -> None:
    assert set(CURRENCY) == set(DESIGNS)
    for design in DESIGNS:
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            widget = _panel(design, page)
            assert re.search(rf"{re.escape(CURRENCY[design])}\d", widget) or "Free" in widget, (
                page.url
            )
            assert "Audio" in widget or "Soundtrack" in widget, page.url
            assert 'role="status"' in widget, page.url
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in widget
            assert e["release_year"] is None or str(e["release_year"]) not in widget, page.url
            assert e["title"] not in widget, page.url
            options = re.findall(r'<option value="(\d+)"', widget)
            if e["kind"] == "show" and e["seasons"]:
                assert options == [str(n) for n in range(1, e["seasons"] + 1)], page.url
            else:
                assert not options, page.url


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


@pytest.mark.parametrize("design", DESIGNS)
def test_the_coming_soon_shelf_holds_other_titles_with_days_not_years(design: str) -> None:
    brand = IDEAS[design][0]
    for page in rendered(design, COUNT):
        shelf = re.search(
            rf"<h2>Coming soon to {re.escape(html.escape(brand))}</h2><ul>(.*?)</ul>", page.html
        )
        assert shelf, page.url
        items = re.findall(
            r'<a href="/(movie|show)/([^"]+)">([^<]+)</a> <time>([^<]+)</time>', shelf.group(1)
        )
        assert len(items) == 3, page.url
        own = page.expected["source_id"]
        rails = {o["source_id"] for o in page.others}
        for kind, slug, _, when in items:
            assert f"{kind}/{slug}" != own and f"{kind}/{slug}" in rails, page.url
            assert re.fullmatch(r"Coming [A-Z][a-z]{2} \d{1,2}", when), (page.url, when)
