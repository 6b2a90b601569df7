"""The eighteenth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites18.py does)."""

from __future__ import annotations

import functools
import html
import json
import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites16
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites18 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    beletfilm,
    britbox,
    chaupal,
    havnarbio,
    lemartv,
    ohogujarati,
    rokuchannel,
    site_pages,
    tatarkino,
)
from tests.heldout_sites18.common import Classes, facts18
from tests.test_heldout_sites16_gen import EARLIER as BEFORE_SITES16

COUNT = 30
EARLIER = BEFORE_SITES16 | set(tests.heldout_sites16.DESIGNS)
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (ohogujarati, chaupal, tatarkino, beletfilm, havnarbio, lemartv, britbox, rokuchannel)
}
LOCALIZED = ("ohogujarati", "chaupal", "tatarkino", "beletfilm", "havnarbio", "lemartv")


@functools.cache
@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    return _first_80(design, seed)[:count] if seed == 0 else site_pages(design, count, seed)


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name or label things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(re.findall(r'(?:alt|title|aria-label|content|label)="([^"]*)"', body))
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` as a whole text node: the next text (a
    <dd>, <td>, definition, <legend>'s paragraph, the rest of a <dfn> or <b> line), or every
    <dd> that follows a <dt>, joined as one value."""
    found = []
    for m in re.finditer(rf">\s*{re.escape(label)}:?\s*<", markup):
        rest = markup[m.end() - 1 :]
        dds = re.match(r"</dt>((?:<dd>[^<]*</dd>)+)", rest)
        if dds:
            names = re.findall(r"<dd>([^<]*)</dd>", dds.group(1))
            found.append(", ".join(html.unescape(n) for n in names))
            continue
        nxt = re.search(r">([^<]*[^\s<][^<]*)<", rest)
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    return found


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


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("chaupal", 3)] == [p.html for p in rendered("chaupal", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES)
    assert "peacock" in EARLIER and "hulu" in EARLIER and "metacritic" in EARLIER
    assert not EARLIER & set(DESIGNS)


def test_designs_in_other_languages_are_the_localized_ones() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS}
    other = {d for d, m in langs.items() if m and not m.group(1).startswith("en")}
    assert other == set(LOCALIZED), langs
    assert {m.group(1) for m in langs.values() if m} == {
        "gu",
        "pa",
        "tt",
        "tk",
        "fo",
        "ps",
        "en-GB",
        "en-US",
    }
    assert all('<html lang="ps" dir="rtl">' in p.html for p in rendered("lemartv", 5))


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


def test_schema_org_is_on_some_designs_and_some_pages_only() -> None:
    share = {d: sum(bool(schema_blocks(p)) for p in rendered(d, 20)) for d in DESIGNS}
    assert share["chaupal"] == share["havnarbio"] == 0, share
    assert all(0 < n < 20 for d, n in share.items() if d not in ("chaupal", "havnarbio")), share


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
            if "aggregateRating" in block:
                assert block["aggregateRating"]["ratingCount"] == e["user_rating_count"]


@pytest.mark.parametrize("design", DESIGNS)
def test_each_new_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three or four, at least two of
    them this set's own."""
    markers = {
        "terms": '<div role="term">',
        "fieldset": "<legend>",
        "pairs": "</td><th>",
        "multidd": "</dd><dd>",
        "dfn": "<dfn>",
        "dl": "<dl class=",
        "lines": "</b> ",
        "caption": "<caption>",
    }
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) >= 3 and len(styles & {"terms", "fieldset", "pairs", "multidd", "dfn"}) >= 2
    pages = rendered(design, 60)
    for style in styles:
        having = sum(markers[style] in p.html for p in pages)
        assert 0 < having < len(pages), (style, having)


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", __import__("random").Random(1))
    rows = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Runtime", "111 min"),
        ("Year", ""),
        ("Genre", ["Drama"]),
    ]
    terms = facts18(c, "terms", rows)
    assert re.findall(
        r'<div role="term">([^<]*)</div><div role="definition">([^<]*)</div>', terms
    ) == [("Director", "Ada Gallo, Bruno Sato"), ("Runtime", "111 min"), ("Genre", "Drama")]
    fields = facts18(c, "fieldset", rows)
    assert re.findall(r"<legend>([^<]*)</legend><p>([^<]*)</p>", fields)[1] == (
        "Runtime",
        "111 min",
    )
    pairs = facts18(c, "pairs", rows)
    assert re.findall(r"<tr>(.*?)</tr>", pairs) == [
        "<th>Director</th><td>Ada Gallo, Bruno Sato</td><th>Runtime</th><td>111 min</td>",
        "<th>Genre</th><td>Drama</td>",
    ]
    multi = facts18(c, "multidd", rows)
    assert "<dt>Director</dt><dd>Ada Gallo</dd><dd>Bruno Sato</dd><dt>Runtime</dt>" in multi
    assert "Year" not in multi + pairs + terms + fields
    assert re.findall(r"<dfn>([^<]*)</dfn> ([^<]*)</p>", facts18(c, "dfn", rows))[0] == (
        "Director",
        "Ada Gallo, Bruno Sato",
    )


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, COUNT):
        e, markup = page.expected, page.html

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
        ):
            under(key, {", ".join(e[rec])} if e[rec] else None)
        under("rating", {e["content_rating"]} if e["content_rating"] else None)
        under("seasons", {str(e["seasons"])} if e["seasons"] else None)
        under("year", {str(e["release_year"])} if e["release_year"] else None)
        if "studios" not in site.hidden:
            under("studio", {", ".join(e["studios"])} if e["studios"] else None)
        for key in ("budget", "box_office"):
            if key not in site.hidden:
                m = e[key]
                under(key, {site.money(Money(int(m["amount"]), m["currency"]))} if m else None)
        if e["user_rating_count"]:
            assert site.votes(e["user_rating_count"]) in page_text(page), page.url
    assert all(n > 3 for n in seen.values()) and len(seen) >= 9, seen


@pytest.mark.parametrize("design", DESIGNS)
def test_a_later_date_under_the_trap_label_is_after_the_release(design: str) -> None:
    site = MODULES[design].SITE
    later = 0
    for page in rendered(design, 80):
        found = values_after(page.html, site.later)
        released = page.expected["release_date"]
        if not released:
            assert not found, page.url
            continue
        d = date.fromisoformat(released)
        for value in found:
            days = [
                k
                for k in range(7, 401)
                if value
                in {site.date(d.fromordinal(d.toordinal() + k), long) for long in (True, False)}
            ]
            assert days, (page.url, value)
            later += 1
    assert later > 5


@pytest.mark.parametrize("design", DESIGNS)
def test_crew_in_other_jobs_is_never_a_director_writer_or_actor(design: str) -> None:
    traps = [label(design, k) for k in ("music", "producer", "camera")]
    for page in rendered(design, COUNT):
        found = [v for t in traps for v in values_after(page.html, t)]
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
        names = re.findall(r"</p><p>[^<]*?(?::|by) ([^<|·]+?)(?: [|·] |</p>)", page.html)
        assert names, page.url
        assert not {html.unescape(n) for n in names} & set(page.expected["directors"]), page.url


def test_view_counters_are_not_the_votes() -> None:
    for design in ("ohogujarati", "chaupal", "tatarkino", "beletfilm", "lemartv"):
        seen = 0
        for page in rendered(design, COUNT):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views, (design, page.url)
            count = int(re.sub(r"\D", "", html.unescape(views.group(1))))
            assert count != page.expected["user_rating_count"]
            seen += page.expected["user_rating_count"] is not None
        assert seen > 10


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert [ohogujarati.indian(n) for n in (7, 999, 1000, 123456, 1234567, 30000000)] == [
        "7",
        "999",
        "1,000",
        "1,23,456",
        "12,34,567",
        "3,00,00,000",
    ]
    assert ohogujarati.tarikh(d, True) == "7 ઑક્ટોબર 1995"
    assert ohogujarati.tarikh(d, False) == "07/10/1995"
    assert ohogujarati.samay(111, True) == "1 કલાક 51 મિનિટ"
    assert ohogujarati.samay(120, True) == "2 કલાક" and ohogujarati.samay(45, True) == "45 મિનિટ"
    assert ohogujarati.mat(1234567) == "(12,34,567 મત)"
    assert chaupal.miti(d, True) == "7 ਅਕਤੂਬਰ 1995" and chaupal.miti(d, False) == "07-10-1995"
    assert chaupal.miad(111, True) == "1 ਘੰਟਾ 51 ਮਿੰਟ" and chaupal.miad(125, True) == "2 ਘੰਟੇ 5 ਮਿੰਟ"
    assert chaupal.votan(1) == "(1 ਵੋਟ)" and chaupal.votan(123456) == "(1,23,456 ਵੋਟਾਂ)"
    assert tatarkino.kon(d, True) == "1995 елның 7 октябре"
    assert tatarkino.kon(d, False) == "07.10.1995"
    assert (
        tatarkino.ozynlyk(111, True) == "1 сәг. 51 мин."
        and tatarkino.ozynlyk(111, False) == "111 мин."
    )
    assert tatarkino.tavysh(1234) == "(1 234 тавыш)"
    assert tatarkino.akcha(Money(3600000, "USD")) == "3 600 000 $"
    assert tatarkino.akcha(Money(70000000, "CNY")) == "70 000 000 CNY"
    assert [beletfilm.ordinal(n) for n in (1, 6, 9, 10, 20, 26, 27, 30)] == [
        "1-nji",
        "6-njy",
        "9-njy",
        "10-njy",
        "20-nji",
        "26-njy",
        "27-nji",
        "30-njy",
    ]
    assert (
        beletfilm.sene(d, True) == "7-nji oktýabr 1995" and beletfilm.sene(d, False) == "07.10.1995"
    )
    assert beletfilm.dowam(111, True) == "1 sag 51 min" and beletfilm.ses(1234) == "(1 234 ses)"
    assert havnarbio.dagfesting(d, True) == "7. oktober 1995"
    assert havnarbio.dagfesting(d, False) == "07.10.1995"
    assert (
        havnarbio.longd(111, True) == "1 t. 51 min." and havnarbio.longd(111, False) == "111 min."
    )
    assert lemartv.neta(d, True) == "7 اکتوبر 1995" and lemartv.neta(d, False) == "1995/10/07"
    assert lemartv.moda(111, True) == "1 ساعت 51 دقیقې" and lemartv.moda(120, True) == "2 ساعته"
    assert lemartv.moda(1, False) == "1 دقیقه"
    assert lemartv.raye(1) == "(1 رایه)" and lemartv.raye(1234) == "(1,234 رایې)"
    assert britbox.shown(d, True) == "7 October 1995" and britbox.shown(d, False) == "07/10/1995"
    assert britbox.duration(111, True) == "1h 51m" and britbox.duration(111, False) == "111 mins"
    assert rokuchannel.us_date(d, True) == "October 7, 1995"
    assert rokuchannel.us_date(d, False) == "10/07/1995"
    assert (
        rokuchannel.runtime(111, True) == "1 hr 51 min" and rokuchannel.runtime(120, True) == "2 hr"
    )


def test_certificates_are_the_local_classes() -> None:
    allowed = {
        "ohogujarati": {"U", "U/A 7+", "U/A 13+", "U/A 16+", "A"},
        "chaupal": {"U", "UA 7+", "UA 13+", "UA 16+", "A"},
        "tatarkino": {"0+", "6+", "12+", "16+", "18+"},
        "beletfilm": {"0+", "6+", "12+", "16+", "18+"},
        "havnarbio": {"Loyvd fyri øll", "7 ár", "11 ár", "15 ár"},
        "lemartv": {"0+", "7+", "13+", "16+", "18+"},
        "britbox": {"U", "PG", "12", "15", "18"},
    }
    for design, marks in allowed.items():
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= marks and len(seen) >= 3, (design, seen)


def test_distributors_are_companies_other_than_the_studios() -> None:
    for design, trap in (("tatarkino", "Прокатчы"), ("havnarbio", "Útleigari")):
        named = 0
        for page in rendered(design, COUNT):
            for company in values_after(page.html, trap):
                assert company not in page.expected["studios"], (page.url, company)
                named += 1
        assert 0 < named < COUNT, (design, named)


def test_cinemas_show_a_poster_and_streaming_services_a_backdrop() -> None:
    for design in DESIGNS:
        poster = MODULES[design].SITE.art == "poster"
        for page in rendered(design, 5):
            assert ("-poster-" in page.html) == poster and ("-backdrop-" in page.html) != poster
    assert {d for d in DESIGNS if MODULES[d].SITE.art == "poster"} == {"tatarkino", "havnarbio"}
