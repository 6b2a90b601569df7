# ruff: noqa: E501  (HTML patterns read best on one line)
"""The sixty-sixth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites66.py does)."""

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

import tests.heldout_sites61
import tests.heldout_sites62
import tests.heldout_sites63
import tests.heldout_sites64
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites66 import (
    DESIGNS,
    HOSTS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    datacanon,
    encyclomirror,
    filmsociety,
    folia,
    linkedfilm,
    mobipedia,
    pocketpedia,
    screenfans,
    site_pages,
)
from tests.heldout_sites66.common import (
    NEW_STYLES,
    PLACES,
    SEVERAL,
    TEMPLATES,
    Classes,
    facts60,
    lead,
    place,
    slug,
)
from tests.test_heldout_sites64_gen import EARLIER as BEFORE_SITES64

COUNT = 30
# sites64's EARLIER stops at sites60 (sites61-64 were written alongside each other): each of
# the four is unioned in here
EARLIER = (
    BEFORE_SITES64
    | set(tests.heldout_sites61.DESIGNS)
    | set(tests.heldout_sites62.DESIGNS)
    | set(tests.heldout_sites63.DESIGNS)
    | set(tests.heldout_sites64.DESIGNS)
)
ALONGSIDE = (65, 67)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        folia,
        pocketpedia,
        encyclomirror,
        screenfans,
        datacanon,
        linkedfilm,
        filmsociety,
        mobipedia,
    )
}
# each site: the name its docstring gives, its host, its <html lang>, its two markups, and
# words its facts use that set it apart
IDEAS = {
    "folia": (
        "Folia",
        "folia.example",
        "en-US",
        ("folia-infocard", "folia-chips"),
        ("Directed by", "Screenplay by", "Running time", "Release dates", "Box office"),
    ),
    "pocketpedia": (
        "Pocketpedia",
        "pocketpedia.example",
        "en-GB",
        ("pocketpedia-infobox", "pocketpedia-flat"),
        ("Directed by", "Written by", "Running time", "Release date", "No. of series"),
    ),
    "encyclomirror": (
        "Encyclomirror",
        "encyclomirror.example",
        "en",
        ("encyclomirror-sidebar", "encyclomirror-bullets"),
        ("Directed by", "Screenplay by", "Country of origin", "Release", "Box office"),
    ),
    "screenfans": (
        "Screenfans Wiki",
        "screenfans.example",
        "en-US",
        ("screenfans-portable", "screenfans-tabber"),
        ("Director", "Writer(s)", "Runtime", "Release date", "Gross"),
    ),
    "datacanon": (
        "Datacanon",
        "datacanon.example",
        "en",
        ("datacanon-statements", "datacanon-compact"),
        ("director", "screenwriter", "duration", "publication date", "cost"),
    ),
    "linkedfilm": (
        "Linkedfilm",
        "linkedfilm.example",
        "en",
        ("linkedfilm-triples", "linkedfilm-turtle"),
        ("dbo:director", "dbo:writer", "dbo:runtime", "dbo:releaseDate", "dbp:gross"),
    ),
    "filmsociety": (
        "Harbour Film Society Wiki",
        "harbourfilmsociety.example",
        "en-IE",
        ("filmsociety-card", "filmsociety-minutes"),
        ("Directed by", "Screenplay by", "Running time", "Release dates", "Box office"),
    ),
    "mobipedia": (
        "Mobipedia",
        "mobipedia.example",
        "en-AU",
        ("mobipedia-collapsible", "mobipedia-pairs"),
        ("Director", "Screenplay", "Length", "Released", "Box office"),
    ),
}
# a distinctive piece of each new markup, grepped for in every earlier generator
TELLS = {
    "folia-infocard": "folia-infocard__val",
    "folia-chips": "folia-factchip__body",
    "pocketpedia-infobox": "pp-ibox-label",
    "pocketpedia-flat": "pp-flatbox-k",
    "encyclomirror-sidebar": "em-fact-lbl",
    "encyclomirror-bullets": "em-keyfact-name",
    "screenfans-portable": "sfw-infobox__value",
    "screenfans-tabber": "sfw-tabrow-d",
    "datacanon-statements": "dcn-mainsnak",
    "datacanon-compact": "dcn-snak-value",
    "linkedfilm-triples": "lf-literal",
    "linkedfilm-turtle": "lf-turtle-o",
    "filmsociety-card": "fsw-filmcard-entry",
    "filmsociety-minutes": "fsw-note-head",
    "mobipedia-collapsible": "mbp-kv-value",
    "mobipedia-pairs": "mbp-pair-text",
}
MARKERS = {style: f'data-local-facts="{style}"' for style in TEMPLATES} | {
    "dl": "<dt>",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "caption": "<p data-caption=",
    "stats": 'data-layout="tiles"',
    "sprite": "/static/icons.svg#",
    "frames": "<turbo-frame ",
    "prose": 'data-facts="prose"',
    "kv": "<p><var>",
}


@cache  # every test reads the same pages a design: render them once a process
def _first_60(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 60, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 60:
        return site_pages(design, count, seed)
    return _first_60(design, 0)[:count]


# a value: text, a reference's footnote mark after it, or an item page's qualifier in it
V = r'(?:[^<]|<sup class="reference"><a href="#cite_note-\d+">\[\d+\]</a></sup>|<span class="dcn-qualifier">[^<]*</span>|<br>)*?'


def _pattern(style: str) -> re.Pattern[str]:
    item = TEMPLATES[style][1]
    out = re.escape(item)
    for hole, group in (
        ("{k}", r'(?P<k>[^<"]*?)'),
        ("{v}", rf"(?P<v>{V})"),
        ("{slug}", r'[^"]*'),
    ):
        out = out.replace(re.escape(hole), group)
    return re.compile(out)


PATTERNS = {style: _pattern(style) for style in TEMPLATES}


# the earlier markups this set reuses, each read by a pattern of its own (value first in the
# tiles; the label only an svg's title in the sprite rows; the definition list by its <dt>)
EARLIER_PAIRS = {
    "kv": re.compile(rf"<p><var>([^<]*)</var> <samp>({V})</samp></p>"),
    "frames": re.compile(
        rf'<turbo-frame id="[^"]*"><header>([^<]*)</header><div>({V})</div></turbo-frame>'
    ),
    "caption": re.compile(rf'<p data-caption="([^"]*)">({V})</p>'),
    "leaders": re.compile(
        rf'<p><span>([^<]*)</span><span aria-hidden="true">&hellip;</span><span>({V})</span></p>'
    ),
    "sprite": re.compile(rf'<svg title="([^"]*)"[^>]*><use [^>]*></use></svg> <span>({V})</span>'),
    "dl": re.compile(rf"<dt>([^<]*)</dt>\s*<dd>({V})</dd>"),
}


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs in this set's markups or the two earlier ones above (None: none of
    them)."""
    for style, pattern in PATTERNS.items():
        if MARKERS[style] in markup:
            return [(m.group("k"), m.group("v")) for m in pattern.finditer(markup)]
    if MARKERS["stats"] in markup:
        return [(k, v) for v, k in re.findall(rf"<li><b>({V})</b><sub>([^<]*)</sub></li>", markup)]
    for style, earlier in EARLIER_PAIRS.items():
        if MARKERS[style] in markup:
            return earlier.findall(markup)
    return None


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's pairs, or
    an earlier set's markup as the forty-fourth set's test reads it."""
    if 'data-facts="prose"' in markup:  # each sentence opens with its fact's own words
        opening = lead(label) + " "
        found = []
        for hook, sentence in re.findall(rf'<span data-fact="([^"]*)">({V})</span>', markup):
            text = html.unescape(sentence)
            if hook == slug(label):
                assert text.startswith(opening) and text.endswith("."), text
                found.append(text[len(opening) : -1])
        return found
    pairs = _pairs(markup)
    assert pairs is not None, markup[:200]
    return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]


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


@cache  # several tests grep the same files: read them once a process
def _earlier_source() -> str:
    earlier = checks.earlier_generators(66, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 66))
    for n in (61, 62, 63, 64):
        assert any(f"heldout_sites{n}/" in str(p) for p in earlier), n
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    every: set[str] = set()
    for n in ("", *range(2, 65)):  # every earlier set's DESIGNS (sites54's EARLIER lacks sites25)
        every |= set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS)
    assert every <= EARLIER | set(importlib.import_module("tests.heldout_sites25").DESIGNS)
    assert not every & set(DESIGNS)
    for n in (61, 62, 63, 64):
        assert set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS) <= EARLIER, n
    assert not EARLIER & set(DESIGNS)


def test_the_earlier_wiki_designs_are_there_and_these_are_other_kinds() -> None:
    """The theme is partly old (an English Wikipedia article, a fan wiki's portable infobox, a
    wiki in Wikipedia's words): this set takes readers, mirrors, dumps, item and resource pages
    and a film society's wiki, which no earlier generator names."""
    every: set[str] = set()
    for n in ("", *range(2, 65)):
        every |= set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS)
    assert {"enwiki", "fandom_wiki", "reelguide_wiki"} <= every
    source = _earlier_source().lower()
    for word in ("wikiwand", "kiwix", "wikidata", "dbpedia", "film society wiki", "society's wiki"):
        assert word not in source, word


def test_each_site_is_in_english_on_its_own_host() -> None:
    assert sorted(HOSTS.values()) == sorted(h for _, h, _, _, _ in IDEAS.values())
    for d in DESIGNS:
        name, host, lang, _, _ = IDEAS[d]
        assert lang.split("-")[0] == "en"
        assert name in (MODULES[d].__doc__ or ""), d
        for page in rendered(d, 5):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == lang, d
            assert page.url.startswith(f"https://{host}/"), page.url
            assert name in page_text(page), (d, page.url)
            assert "reelguide.example" not in page.html, page.url


def test_no_earlier_generator_names_these_sites() -> None:
    source = _earlier_source().lower()
    for design in DESIGNS:
        assert design not in source, design  # nor as a part of a longer word
        assert HOSTS[design] not in source, design
        assert IDEAS[design][0].lower() not in source, design


@pytest.mark.parametrize("design", DESIGNS)
def test_each_site_wears_its_own_markup_and_words(design: str) -> None:
    _, _, _, styles, words = IDEAS[design]
    assert set(styles) <= set(MODULES[design].SITE.styles), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-title-page">' in page.html, page.url


def test_the_sites_word_their_facts_each_their_own_way() -> None:
    """The readers and mirrors share Wikipedia's infobox words; each vocabulary is its own all
    the same, and the item and resource pages share none of it."""
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in ("datacanon", "linkedfilm"):
        for other in DESIGNS:
            if other != d:
                assert not set(vocab[d]) & set(vocab[other]), (d, other)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them its own, the
    third an earlier set's."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) == 2
    pages = rendered(design, 60)
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


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    money = folia.money(Money(25_000_000, "USD"))
    rows: list[tuple[str, str | list[str]]] = [
        ("Directed by", ["Ada Gallo", "Bruno Sato"]),
        ("Running time", "111 minutes"),
        ("Year", ""),
        ("Box office", money),
    ]
    want = [
        ("Directed by", "Ada Gallo, Bruno Sato"),
        ("Running time", "111 minutes"),
        ("Box office", money),
    ]
    for style in NEW_STYLES:
        out = facts60(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Running time") == ["111 minutes"], style
    chips = facts60(c, "folia-chips", rows)
    assert (
        '<article class="folia-factchip" data-prop="running-time"><h4 class="folia-factchip__title">Running time</h4><p class="folia-factchip__body">111 minutes</p></article>'
        in chips
    )
    snaks = facts60(c, "datacanon-statements", rows)
    assert '<div class="dcn-refs"><span class="dcn-refs-toggle">1 reference</span></div>' in snaks


def _own_labels(design: str) -> set[str]:
    site = MODULES[design].SITE
    extra = {k for k, _ in site.extra_rows(None, random.Random(0))}
    return set(site.words.labels.values()) | {site.later} | extra


def test_every_value_sits_after_its_label_in_the_sites_markup() -> None:
    for design in DESIGNS:
        own = IDEAS[design][3]
        for page in rendered(design, COUNT):
            markup = details(page)
            if not any(MARKERS[s] in markup for s in own):
                continue
            pairs = _pairs(markup) or []
            assert pairs, page.url
            assert all(html.unescape(k) in _own_labels(design) for k, _ in pairs), page.url
            assert not any(html.unescape(v) in _own_labels(design) for _, v in pairs), page.url
            for k, v in pairs:
                at = markup.index(k)
                assert markup.index(v, at + len(k)) > at, page.url


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
        shown = SEVERAL.get(design, site.date)
        under("released", {shown(d, long) for long in (True, False)} if d else None)
        for key, rec in (
            ("director", "directors"),
            ("writer", "writers"),
            ("genre", "genres"),
            ("country", "countries"),
            ("studio", "studios"),
        ):
            under(key, {", ".join(e[rec])} if e[rec] else None)
        rating = e["content_rating"]
        under("rating", {rating} if rating else None)
        under("seasons", {str(e["seasons"])} if e["seasons"] else None)
        under("year", {str(e["release_year"])} if e["release_year"] else None)
        for key in ("budget", "box_office"):
            m = e[key]
            under(key, {site.money(Money(int(m["amount"]), m["currency"]))} if m else None)
        if e["user_rating_count"]:
            assert " ".join(site.votes(e["user_rating_count"]).split()) in page_text(page)
    assert all(n > 3 for n in seen.values()) and len(seen) >= 8, seen


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    where = f"({place(d)})"
    assert folia.date_(d, True) == f"October 7, 1995 {where}"
    assert folia.date_(d, False) == f"1995-10-07 {where}"
    assert pocketpedia.date_(d, True) == f"7 October 1995 {where}"
    assert pocketpedia.date_(d, False) == f"07/10/1995 {where}"
    assert encyclomirror.date_(d, False) == "10/07/1995"
    assert screenfans.date_(d, True) == "October 7, 1995"
    assert (
        datacanon.date_(d, True)
        == f'7 October 1995 <span class="dcn-qualifier">place of publication: {place(d)}</span>'
    )
    assert datacanon.date_(d, False) == "7 October 1995"
    assert linkedfilm.date_(d, True) == "1995-10-07 (xsd:date)"
    assert filmsociety.date_(d, False) == f"07.10.1995 {where}"
    assert mobipedia.date_(d, True) == f"7 Oct 1995 {where}"
    assert where[1:-1] in PLACES
    assert folia.running(111, True) == "111 minutes"
    assert screenfans.running(111, True) == "1h 51m" and screenfans.running(120, True) == "2h"
    assert datacanon.running(111, True) == "111 minute"
    assert linkedfilm.running(111, True) == "111.0 (minutes)"
    assert mobipedia.running(111, True) == "1 hr 51 min" and mobipedia.running(45, True) == "45 min"
    assert filmsociety.votes(1234) == "1,234 members' votes"
    assert filmsociety.votes(1) == "1 members' vote"


def test_money_formats() -> None:
    def mark(n: int) -> str:
        return f'<sup class="reference"><a href="#cite_note-{n}">[{n}]</a></sup>'

    def n(amount: int) -> int:
        return 1 + amount // 100_000 % 9

    assert folia.money(Money(25_000_000, "USD")) == "$25 million" + mark(n(25_000_000))
    assert folia.money(Money(25_300_000, "EUR")) == "€25.3 million" + mark(n(25_300_000))
    assert folia.money(Money(1_250_000_000, "USD")) == "$1.25 billion" + mark(n(1_250_000_000))
    assert folia.money(Money(2_650_224_413, "USD")) == "$2,650,224,413" + mark(n(2_650_224_413))
    assert folia.money(Money(800_000, "GBP")) == "£800,000" + mark(n(800_000))
    assert folia.money(Money(3_600_000_000, "JPY")) == "JPY 3.6 billion" + mark(n(3_600_000_000))
    assert pocketpedia.money(Money(25_000_000, "USD")) == "$25,000,000" + mark(n(25_000_000))
    assert screenfans.money(Money(25_000_000, "AUD")) == "A$25,000,000"
    assert datacanon.money(Money(25_000_000, "USD")) == "25,000,000 United States dollar"
    assert datacanon.money(Money(25_000_000, "DEM")) == "25,000,000 Deutsche Mark"
    assert set(datacanon.UNITS) >= {"USD", "EUR", "GBP", "JPY", "CNY", "KRW", "INR", "BRL"}


@pytest.mark.parametrize("design", DESIGNS)
def test_money_is_on_some_pages(design: str) -> None:
    pages = rendered(design, 60)
    assert sum(bool(p.expected["budget"]) for p in pages) > 5
    assert sum(bool(p.expected["box_office"]) for p in pages) > 5


def test_a_reference_mark_is_no_part_of_the_amount() -> None:
    """Six sites print a footnote's mark after an amount: the amount is the text before it."""
    for design in (
        "folia",
        "pocketpedia",
        "encyclomirror",
        "linkedfilm",
        "filmsociety",
        "mobipedia",
    ):
        seen = 0
        for page in rendered(design, COUNT):
            e = page.expected
            for key in ("budget", "box_office"):
                if e[key]:
                    shown = MODULES[design].SITE.money(
                        Money(int(e[key]["amount"]), e[key]["currency"])
                    )
                    assert re.fullmatch(r"[^<]+<sup class=\"reference\">.*</sup>", shown), shown
                    seen += 1
        assert seen > 5, design


def test_certificates_only_where_a_site_shows_one() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 60)} - {None}
        if design in ("screenfans", "datacanon", "linkedfilm", "filmsociety"):
            assert len(seen) >= 3, design
        else:
            assert not seen and "content_rating" in NOT_SHOWN[design], design


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


def test_the_prose_block_opens_each_sentence_with_its_label() -> None:
    found = [p for p in rendered("filmsociety", 60) if 'data-facts="prose"' in details(p)]
    assert found
    for page in found:
        text = details(page)
        assert "Directed by: " in text or not page.expected["directors"], page.url
        assert lead("Box office") == "Box office:"


@pytest.mark.parametrize("design", DESIGNS)
def test_episodes_carry_their_own_directors(design: str) -> None:
    shows = [p for p in rendered(design, 60) if p.expected["kind"] == "show"]
    episodic = [p for p in shows if "-episode-" in p.html]
    assert episodic
    for page in episodic:
        names = re.findall(r"</p><p>[^<]*?: ([^<]+?)</p>", page.html)
        assert names, page.url
        assert not {html.unescape(n) for n in names} & set(page.expected["directors"]), page.url


def test_view_counters_are_not_the_votes() -> None:
    for design in DESIGNS:
        seen = 0
        for page in rendered(design, COUNT):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views, (design, page.url)
            number = re.search(r"\d[\d,]*", views.group(1))
            assert number, page.url
            count = int(number.group(0).replace(",", ""))
            assert views.group(1) == html.escape(MODULES[design].SITE.views(count))
            assert count != page.expected["user_rating_count"]
            seen += page.expected["user_rating_count"] is not None
        if design == "filmsociety":
            assert seen > 10, design
        else:
            assert not seen and "user_rating_count" in NOT_SHOWN[design], design


def test_the_lists_widget_counts_members_and_its_price_is_no_money() -> None:
    for design in DESIGNS:
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            block = re.search(r'<ul role="radiogroup">(.*?)</aside>', page.html, re.S)
            assert block and len(re.findall(r"data-list=", block.group(1))) == 4, page.url
            e = page.expected
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert html.escape(
                    site.money(Money(int(m["amount"]), m["currency"]))
                ) not in block.group(1)


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in p.html]
        assert 0 < len(folded) < len(pages), design


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_weigh_what_real_pages_weigh(design: str) -> None:
    for page in rendered(design, 10):
        assert 40_000 <= len(page.html.encode("utf-8")) <= 90_000, (page.url, len(page.html))
        prefix = MODULES[design].SITE.prefix
        config = re.search(
            rf'<script type="application/json" id="{prefix}-config">(.*?)</script>', page.html
        )
        assert config and f'<style id="{prefix}-design-system">' in page.html, page.url
        assert page.expected["title"] not in config.group(1), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_deterministic_per_seed(design: str) -> None:
    checks.deterministic_per_seed(lambda seed: site_pages(design, 5, seed=seed))


@pytest.mark.parametrize("design", DESIGNS)
def test_markup_varies_from_page_to_page(design: str) -> None:
    checks.markup_varies_from_page_to_page(rendered(design, 12, seed=2))


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_has_the_spec_keys_and_source_id(design: str) -> None:
    host = HOSTS[design]
    for page in rendered(design, COUNT):
        assert tuple(page.expected) == tuple(SPEC_KEYS)
        assert page.design == design
        kind, slug = page.expected["source_id"].split("/")
        assert page.url == f"https://{host}/{kind}/{slug}"
        assert kind == page.expected["kind"] in ("movie", "show")
        assert (page.expected["seasons"] is not None) == (kind == "show")
        assert f'<link rel="canonical" href="{page.url}">' in page.html


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


@pytest.mark.parametrize("design", ("folia", "filmsociety"))
def test_release_dates_list_the_release_first_and_a_wider_one_under_it(design: str) -> None:
    """'Release dates' as a wiki's infobox lists them, each with its place: the record's date is
    the first line's, the earliest."""
    site = MODULES[design].SITE
    seen = 0
    for page in rendered(design, COUNT):
        found = values_after(details(page), label(design, "released"))
        if not page.expected["release_date"]:
            assert not found, page.url
            continue
        d = date.fromisoformat(page.expected["release_date"])
        first, second = found[0].split("<br>")
        assert first in {site.date(d, long) for long in (True, False)}, page.url
        assert re.search(r"\(([^)]*)\)$", second) and not second.startswith(first), page.url
        seen += 1
    assert seen > 5 and design in SEVERAL
