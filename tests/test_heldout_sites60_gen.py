# ruff: noqa: E501  (HTML patterns read best on one line)
"""The sixtieth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites60.py does)."""

from __future__ import annotations

import html
import importlib
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
from tests.heldout_sites60 import (
    DESIGNS,
    HOSTS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    anidb,
    animeplanet,
    anisearch,
    kitsu,
    livechart,
    mydramalist,
    queuebox,
    site_pages,
    tvtime,
)
from tests.heldout_sites60.common import GLOSS, GLOSSES, NEW_STYLES, TEMPLATES, Classes, facts60
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites56_gen import EARLIER as BEFORE_SITES56

COUNT = 30
EARLIER = BEFORE_SITES56 | set(tests.heldout_sites55.DESIGNS) | set(tests.heldout_sites56.DESIGNS)  # fmt: skip
ALONGSIDE = (57, 58, 59)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (kitsu, anidb, animeplanet, livechart, mydramalist, anisearch, tvtime, queuebox)
}
# each site: the name its docstring gives, its host, its two markups, and the words its facts
# use that set it apart
IDEAS = {
    "kitsu": ("Kitsu", "kitsu.example", ("kitsu-media-summary", "kitsu-media-detail"), ("Script", "Episode Length", "Age Rating", "Start Date")),
    "anidb": ("AniDB", "anidb.example", ("anidb-definitionlist", "anidb-infobox"), ("Direction", "Tags", "Animation Work", "Aired")),
    "animeplanet": ("Anime-Planet", "anime-planet.example", ("ap-entrybar", "ap-md-info"), ("Length", "Content Rating", "Start")),
    "livechart": ("LiveChart.me", "livechart.example", ("lc-info-bar", "lc-card-meta"), ("Premiered", "Duration", "Rating", "Aired", "Studios")),
    "mydramalist": ("MyDramaList", "mydramalist.example", ("mdl-list-item", "mdl-box-kv"), ("Screenwriter", "Duration", "Content Rating", "Aired")),
    "anisearch": ("aniSearch", "anisearch.example", ("as-details-row", "as-header-line"), ("Main genres", "Published", "Runtime")),
    "tvtime": ("TV Time", "tvtime.example", ("tvt-show-facts", "tvt-chips"), ("Directed by", "Premiered", "Rated")),
    "queuebox": ("Queuebox", "queuebox.example", ("qb-pairs", "qb-side-lines"), ("Released in", "Certification", "Revenue")),
}  # fmt: skip
# each new markup's tell, the string grepped for in every earlier generator
TELLS = {
    "kitsu-media-summary": "media-summary__label",
    "kitsu-media-detail": "media-detail__key",
    "anidb-definitionlist": "g_definitionlist",
    "anidb-infobox": "infobox_label",
    "ap-entrybar": "entryBar__label",
    "ap-md-info": "md-info__k",
    "lc-info-bar": "info-bar__label",
    "lc-card-meta": "anime-card__meta-k",
    "mdl-list-item": "list-item p-a-0",
    "mdl-box-kv": "mdl-kv__k",
    "as-details-row": "details-row__label",
    "as-header-line": "as-fact__header",
    "tvt-show-facts": "show-facts__title",
    "tvt-chips": "tvt-chip__k",
    "qb-pairs": "qb-pair__term",
    "qb-side-lines": "qb-side-line__k",
}
# each site's own names, none of them in an earlier generator
SITE_WORDS = {
    "kitsu": ("Kitsu", "kitsu.example", "Kitsu Pro"),
    "anidb": ("AniDB", "anidb.example", "MyList"),
    "animeplanet": ("Anime-Planet", "anime-planet.example", "Won't Watch"),
    "livechart": ("LiveChart", "livechart.example"),
    "mydramalist": ("MyDramaList", "mydramalist.example", "MDL Premium"),
    "anisearch": ("aniSearch", "anisearch.example"),
    "tvtime": ("TV Time", "tvtime.example"),
    "queuebox": ("Queuebox", "queuebox.example"),
}
MPA = ("G", "PG", "PG-13", "R", "NC-17")
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-tracker-markup="{style}"' for style in TEMPLATES} | {
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
    """A component's one fact as a pattern: the label and the value each a group (a label
    written twice, as Starlight's aside does, is the same label both times)."""
    item = TEMPLATES[style][1]
    out = re.escape(item)
    out = out.replace(re.escape("{k}"), r'(?P<k>[^<"]*?)', 1)
    for hole, group in (
        ("{k}", r"(?P=k)"),
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
    for m in re.finditer(rf"<(?:dt|th)>\s*{re.escape(html.escape(label))}:?\s*<", markup):
        nxt = re.search(r">([^<]*[^\s<][^<]*)<", markup[m.end() - 1 :])
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    return found


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    every: set[str] = set()
    for n in ("", *range(2, 57)):  # every earlier set's DESIGNS (sites54's EARLIER lacks sites25)
        every |= set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS)
    assert not every & set(DESIGNS)
    assert set(tests.heldout_sites55.DESIGNS) | set(tests.heldout_sites56.DESIGNS) <= EARLIER
    # the sites of this theme earlier sets modelled one at a time
    assert {"myanimelist", "trakt", "tvmaze", "thetvdb", "simkl", "anilist", "serializd"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_each_site_is_english_on_its_own_host() -> None:
    assert sorted(HOSTS.values()) == sorted(h for _, h, _, _ in IDEAS.values())
    for d in DESIGNS:
        name, host, _, _ = IDEAS[d]
        assert name in (MODULES[d].__doc__ or ""), d
        for page in rendered(d, 5):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == "en-US", d
            assert page.url.startswith(f"https://{host}/"), page.url
            assert name in page_text(page), (d, page.url)
            assert "reelguide.example" not in page.html, page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_each_site_wears_its_own_markup_and_words(design: str) -> None:
    _, _, styles, words = IDEAS[design]
    assert set(styles) <= set(MODULES[design].SITE.styles), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-title-page">' in page.html, page.url


def test_the_sites_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 11, (d, other, shared)


@cache  # two tests grep the same files: read them once a process
def _earlier_source() -> str:
    earlier = checks.earlier_generators(60, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 60))
    assert any("heldout_sites56/" in str(p) for p in earlier)
    assert any("heldout_sites55/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_no_earlier_generator_modelled_these_sites() -> None:
    """The theme's sites earlier sets did model (MyAnimeList, Trakt, TVmaze, TheTVDB, Simkl,
    AniList, Serializd) are left alone; these eight are named by no earlier generator."""
    source = _earlier_source()
    for design in DESIGNS:
        assert not re.search(rf"\b{design}\b", source, re.I), design
        for word in SITE_WORDS[design]:
            assert word not in source, (design, word)
    for used in ("myanimelist", "trakt", "tvmaze", "thetvdb", "simkl", "anilist", "serializd"):
        assert used in source, used


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them its team's
    own, the third an earlier set's."""
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
        assert tell in facts60(c, style, [("Genre", "Drama")]), style
        assert tell not in source, tell
    assert "data-tracker-markup=" not in source


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Length", "111 mins"),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Colour", "Colour"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Length", "111 mins"),
        ("Genre", "Drama"),
        ("Colour", "Colour"),
    ]
    for style in NEW_STYLES:
        out = facts60(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 mins"], style
    shown = {style: facts60(c, style, rows) for style in NEW_STYLES}
    expect = {
        "kitsu-media-summary": '<li class="media-summary__item"><strong class="media-summary__label">Length</strong> <span class="media-summary__value">111 mins</span></li>',
        "kitsu-media-detail": '<span class="media-detail__key">Length</span> <span class="media-detail__val">111 mins</span>',
        "anidb-definitionlist": '<tr class="g_odd length"><th class="field">Length</th><td class="value">111 mins</td></tr>',
        "anidb-infobox": '<span class="infobox_label">Length</span><span class="infobox_value">111 mins</span>',
        "ap-entrybar": '<span class="entryBar__label">Length</span> <span class="entryBar__value">111 mins</span>',
        "ap-md-info": '<p class="md-info__row"><em class="md-info__k">Length</em> 111 mins</p>',
        "lc-info-bar": '<div class="info-bar__label">Length</div><div class="info-bar__value">111 mins</div>',
        "lc-card-meta": '<div class="anime-card__meta" data-meta="length"><span class="anime-card__meta-k">Length</span> <span class="anime-card__meta-v">111 mins</span></div>',
        "mdl-list-item": '<li class="list-item p-a-0"><b class="inline">Length:</b> 111 mins</li>',
        "mdl-box-kv": '<span class="mdl-kv__k">Length:</span> <span class="mdl-kv__v">111 mins</span>',
        "as-details-row": '<span class="details-row__label">Length</span><span class="details-row__value">111 mins</span>',
        "as-header-line": '<li class="as-fact"><span class="as-fact__header">Length:</span> 111 mins</li>',
        "tvt-show-facts": '<span class="show-facts__title">Length</span><span class="show-facts__text">111 mins</span>',
        "tvt-chips": '<span class="tvt-chip" data-chip="length"><i class="tvt-chip__k">Length</i> 111 mins</span>',
        "qb-pairs": '<span class="qb-pair__term">Length</span><span class="qb-pair__desc">111 mins</span>',
        "qb-side-lines": '<p class="qb-side-line"><span class="qb-side-line__k">Length:</span> 111 mins</p>',
    }
    assert set(expect) == set(NEW_STYLES)
    for style, piece in expect.items():
        assert piece in shown[style], style


def test_every_value_sits_after_its_label_in_the_teams_markup() -> None:
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


def test_director_of_photography_is_not_the_director() -> None:
    """'Director of Photography' (Kitsu, LiveChart, aniSearch) begins with a director's word
    and is not the director; nor is TV Time's 'Cinematography by'."""
    for design, trap, own in (
        ("kitsu", "Director of Photography", "Director"),
        ("livechart", "Director of Photography", "Director"),
        ("anisearch", "Director of Photography", "Director"),
        ("tvtime", "Cinematography by", "Directed by"),
        ("anidb", "Photography", "Direction"),
    ):
        assert trap == label(design, "camera") and own == label(design, "director")
        for page in rendered(design, COUNT):
            markup = details(page)
            found = values_after(markup, trap)
            assert len(found) == 1 and found[0] not in page.expected["directors"], page.url
            want = page.expected["directors"]
            assert values_after(markup, own) == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "kitsu": r"[\d,]+ library entries",
        "anidb": r"[\d,]+ in MyList",
        "animeplanet": r"[\d,]+ members",
        "livechart": r"[\d,]+ tracking",
        "mydramalist": r"[\d,]+ watchers",
        "anisearch": r"[\d,]+ on lists",
        "tvtime": r"[\d,]+ followers",
        "queuebox": r"in [\d,]+ lists",
    }
    assert set(words) == set(DESIGNS)
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


def test_the_watch_status_widget_counts_members_not_votes() -> None:
    for design in DESIGNS:
        statuses = MODULES[design].STATUSES
        for page in rendered(design, 10):
            buttons = re.findall(
                r'data-status="[^"]+">([^<]+)</button> <span>([\d,]+)</span>', page.html
            )
            assert [b for b, _ in buttons] == list(statuses), page.url


SCALE = {"": 1, "M": 10**6, " million": 10**6, "B": 10**9, " billion": 10**9}
FULL = ("queuebox",)  # the money in full, in the title's own currency
MONEYED = ("tvtime", "queuebox")  # the only sites that show a budget and a gross


def read_money(text: str) -> tuple[int, str]:
    """What a reader makes of a budget: a bare '$' is US dollars, else the currency's code;
    the figure, then the magnitude word or letter."""
    code, rest = ("USD", text[1:]) if text.startswith("$") else text.split(" ", 1)
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(|M|B| million| billion)", rest)
    assert m, text
    amount = Decimal(m.group(1).replace(",", "")) * SCALE[m.group(2)]
    assert amount == int(amount), text
    return int(amount), code


@pytest.mark.parametrize("design", MONEYED)
def test_money_reads_back_as_the_record_says(design: str) -> None:
    """Every budget and gross, as the site prints it, reads back to the record's amount and
    currency; Queuebox in the title's own money, TV Time in US dollars."""
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
    if design in FULL:
        assert len(seen) > 1 and seen.get("USD", 0) > 3, (design, seen)
    else:
        assert set(seen) == {"USD"} and seen["USD"] > 10, (design, seen)


def test_money_formats() -> None:
    assert tvtime.money(Money(150000000, "USD")) == "$150M"
    assert tvtime.money(Money(1200000000, "USD")) == "$1.2B"
    assert tvtime.money(Money(800000, "USD")) == "$800,000"
    assert queuebox.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    assert queuebox.money(Money(3600000, "USD")) == "$3,600,000"
    for design in DESIGNS:
        shown = {"budget", "box_office"} - NOT_SHOWN[design]
        assert bool(shown) == (design in MONEYED), design


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert kitsu.date_(d, True) == "Oct 7, 1995"
    assert kitsu.date_(d, False) == "1995-10-07"
    assert anidb.date_(d, True) == "7 Oct 1995"
    assert anidb.date_(d, False) == "07.10.1995"
    assert animeplanet.date_(d, True) == "October 7, 1995"
    assert animeplanet.date_(d, False) == "10/07/1995"
    assert livechart.date_(d, True) == "Oct 7, 1995"
    assert mydramalist.date_(d, False) == "1995-10-07"
    assert anisearch.date_(d, True) == "7 October 1995"
    assert tvtime.date_(d, False) == "10/07/1995"
    assert queuebox.date_(d, True) == "Oct 7, 1995"
    assert kitsu.running(111, True) == "111 minutes"
    assert kitsu.running(111, False) == "1h 51m"
    assert kitsu.running(24, False) == "24m"
    assert anidb.running(111, False) == "111 min"
    assert animeplanet.running(111, True) == "1 hr 51 min"
    assert livechart.running(24, True) == "24 min."
    assert livechart.running(111, True) == "1 hr. 51 min."
    assert mydramalist.running(120, True) == "2 hr."
    assert anisearch.running(111, True) == "111 min"
    assert tvtime.running(111, True) == "1h 51m"
    assert queuebox.running(111, False) == "111 mins"
    assert livechart.SITE.per_episode == " per ep."
    assert kitsu.votes(1234) == "from 1,234 ratings"
    assert mydramalist.votes(1) == "scored by 1 user"
    assert anisearch.votes(1234) == "based on 1,234 ratings"


def test_the_glossed_rating_is_the_code_before_the_dash() -> None:
    """LiveChart and MyDramaList print 'PG-13 - Teens 13 or older': the rating is 'PG-13'."""
    assert set(GLOSSES) == {"livechart", "mydramalist"}
    for code, text in GLOSS.items():
        assert text.split(" - ", 1)[0] == code
    for design in GLOSSES:
        seen = 0
        for page in rendered(design, 80):
            code = page.expected["content_rating"]
            found = values_after(details(page), label(design, "rating"))
            assert found == ([GLOSS[code]] if code else []), page.url
            seen += bool(code)
        assert seen > 10, design


def test_certificates_are_the_mpas() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        if "content_rating" in NOT_SHOWN[design]:
            assert not seen, design
            continue
        assert seen <= set(MPA) and len(seen) >= 3, (design, seen)
        assert set(MODULES[design].BOARD.values()) == set(MPA), design


def test_dates_are_month_first_named_iso_or_dotted_day_first() -> None:
    """A numeric date is month first with slashes ('06/05/1995'), ISO ('1995-06-05'), or day
    first with dots as Europe writes it (AniDB's '05.06.1995'); a date with the month's name
    may put the day first ('5 Jun 1995')."""
    d = date(1995, 6, 5)
    for design in DESIGNS:
        site = MODULES[design].SITE
        assert site.date(d, False) in ("06/05/1995", "1995-06-05", "05.06.1995"), design
        assert re.search(r"\bJune?\b", site.date(d, True)), design
        assert re.search(r"\b0?5\b", site.date(d, True)), design
    assert anidb.date_(d, False) == "05.06.1995"


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


WIDGETS = {
    "kitsu": "Library",
    "anidb": "MyList",
    "animeplanet": "My Anime",
    "livechart": "Track",
    "mydramalist": "Add to List",
    "anisearch": "Your List",
    "tvtime": "Your progress",
    "queuebox": "Track it",
}


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design in DESIGNS:
        head = WIDGETS[design]
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(r"\$\d", block.group(1)), (design, page.url)
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in block.group(1)
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert site.money(Money(int(m["amount"]), m["currency"])) not in block.group(1)


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
        gloss = GLOSSES.get(design, {})
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
        rating = e["content_rating"]
        under("rating", {gloss.get(rating, rating)} if rating else None)
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
    """checks.spec_keys_and_source_id, on the site's own host."""
    host = HOSTS[design]
    for page in rendered(design, COUNT):
        assert tuple(page.expected) == tuple(SPEC_KEYS)
        assert page.design == design
        kind, slug = page.expected["source_id"].split("/")
        assert page.url == f"https://{host}/{kind}/{slug}"
        assert kind == page.expected["kind"] in ("movie", "show")
        assert (page.expected["seasons"] is not None) == (kind == "show")
        assert f'<link rel="canonical" href="{page.url}">' in page.html
        assert f'href="https://www.reelguide.example/{kind}/{slug}"' not in page.html


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


def test_each_page_is_canonical_on_its_own_host() -> None:
    for design in DESIGNS:
        for page in rendered(design, 5):
            for other, host in HOSTS.items():
                assert (f'<link rel="canonical" href="https://{host}/' in page.html) == (
                    other == design
                )


def test_the_themes_sidebar_vocabulary_is_there() -> None:
    """The anime databases' sidebar words the theme names: 'Aired', 'Premiered', 'Episodes',
    'Duration: 24 min. per ep.', 'Studios', 'Producers', 'Licensors', 'Source', 'Rating:
    PG-13 - Teens 13 or older'; none of the rows without a record key is a record's label."""
    words: set[str] = set()
    for design in DESIGNS:
        words |= _labels(design)
    for word in ("Aired", "Premiered", "Episodes", "Studios", "Producers", "Licensors", "Source"):
        assert word in words, word
    assert livechart.running(24, True) + livechart.SITE.per_episode == "24 min. per ep."
    assert GLOSS["PG-13"] == "PG-13 - Teens 13 or older"
    for design in DESIGNS:
        assert not EXTRA[design] & set(MODULES[design].SITE.words.labels.values()), design
    shows = [p for p in rendered("livechart", 80) if p.expected["kind"] == "show"]
    assert shows and all(" per ep." in details(p) for p in shows if p.expected["runtime_minutes"])
