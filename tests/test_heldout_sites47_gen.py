# ruff: noqa: E501  (HTML patterns read best on one line)
"""The forty-seventh held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites47.py does)."""

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

import tests.heldout_sites43
import tests.heldout_sites44
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites47 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    avclub,
    deadline,
    guardian,
    hollywoodreporter,
    indiewire,
    littlewhitelies,
    site_pages,
    slant,
    timeout,
)
from tests.heldout_sites47.common import (
    NEW_STYLES,
    Classes,
    facts47,
    rated_runtime,
    short_date,
    uk_date,
    us_date,
    weekday_date,
)
from tests.test_heldout_sites44_gen import EARLIER as BEFORE_SITES44
from tests.test_heldout_sites44_gen import _pairs as pairs44

COUNT = 20
EARLIER = BEFORE_SITES44 | set(tests.heldout_sites43.DESIGNS) | set(tests.heldout_sites44.DESIGNS)
ALONGSIDE = (45, 46, 48)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        deadline,
        hollywoodreporter,
        indiewire,
        slant,
        avclub,
        guardian,
        timeout,
        littlewhitelies,
    )
}
# each publication: the real site its docstring names, its language, and the words its facts
# use that set it apart
IDEAS = {
    "deadline": ("Deadline", "en-US", ("Screenwriter", "Running time", "Distributor", "Director of photography")),
    "hollywoodreporter": ("The Hollywood Reporter", "en-US", ("Screenwriter", "Production companies", "Director of photography")),
    "indiewire": ("IndieWire", "en-US", ("Writers", "Runtime", "Cinematographer", "Distributor")),
    "slant": ("Slant Magazine", "en-US", ("Running Time", "Release Date", "Box Office", "Screenwriter")),
    "avclub": ("The A.V. Club", "en-US", ("Screenplay", "Score", "Rated", "In theaters", "Gross")),
    "guardian": ("The Guardian", "en-GB", ("Production year", "Cert (UK)", "Directors", "UK release date")),
    "timeout": ("Time Out", "en-GB", ("Duration", "Certificate", "Production company")),
    "littlewhitelies": ("Little White Lies", "en-GB", ("Directed by", "Written by", "Released", "Running time")),
}  # fmt: skip
US = [d for d in IDEAS if IDEAS[d][1] == "en-US"]
UK = [d for d in IDEAS if IDEAS[d][1] == "en-GB"]


@cache  # every test reads the same 40 pages a design: render them once a process
def _first_40(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 40, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0:
        return site_pages(design, count, seed)
    return _first_40(design, 0)[:count]


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name, label or show things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(
        re.findall(r'(?:alt|title|aria-label|content|label|value|data-value)="([^"]*)"', body)
    )
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs as a reader sees them in this set's markups or an earlier one's
    (None: none of them)."""
    if 'data-box="credits"' in markup:
        box = re.search(r'data-box="credits">(.*?)</p>', markup, re.S)
        assert box
        return re.findall(r"<strong>([^<]*):</strong> ([^<]*?)\s*(?:<br />|$)", box.group(1))
    if 'data-box="factline"' in markup:  # read as text: '&amp;' in a name is no separator
        box = re.search(r'data-box="factline">([^<]*)</p>', markup)
        assert box
        text = html.unescape(box.group(1))
        return [(k, html.escape(v)) for k, _, v in (p.partition(": ") for p in text.split("; "))]
    if 'data-box="paired"' in markup:
        return re.findall(r'<th scope="row">([^<]*)</th><td>([^<]*)</td>', markup)
    if "<tr><th>" in markup:  # an earlier set's table: a genre 'Music' is not the label
        return re.findall(r"<tr><th>([^<]*)</th><td>([^<]*)</td></tr>", markup)
    return pairs44(markup)


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's or an
    earlier set's pairs, or a table's next text after the label."""
    pairs = _pairs(markup)
    if pairs is not None:
        return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]
    found = []  # a table's: the next text after the label
    for m in re.finditer(rf">\s*{re.escape(label)}:?\s*<", markup):
        nxt = re.search(r">([^<]*[^\s<][^<]*)<", markup[m.end() - 1 :])
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    return found


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


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    assert set(tests.heldout_sites43.DESIGNS) | set(tests.heldout_sites44.DESIGNS) <= EARLIER
    assert {"telegraph", "reelguide_almanac", "variety", "empire"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_each_page_is_in_its_sites_english() -> None:
    for d in DESIGNS:
        for page in rendered(d, 3):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == IDEAS[d][1], d


@pytest.mark.parametrize("design", DESIGNS)
def test_each_design_names_its_site_and_wears_its_words(design: str) -> None:
    brand, _, words = IDEAS[design]
    assert brand in (MODULES[design].__doc__ or ""), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert brand in page_text(page), page.url
        assert re.search(rf'<body class="{prefix}-[a-z]+">', page.html), page.url


def test_the_sites_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 12, (d, other, shared)


def _earlier_source() -> str:
    earlier = checks.earlier_generators(47, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 47))
    assert any("heldout_sites44/" in str(p) for p in earlier)
    assert any("heldout_sites43/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


@pytest.mark.parametrize("design", DESIGNS)
def test_deterministic_per_seed(design: str) -> None:
    checks.deterministic_per_seed(lambda seed: site_pages(design, 3, seed=seed))


@pytest.mark.parametrize("design", DESIGNS)
def test_markup_varies_from_page_to_page(design: str) -> None:
    checks.markup_varies_from_page_to_page(rendered(design, 12))


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
    pages = rendered(design, 40)
    if all(p.expected["release_year"] for p in pages):  # a year is rarely missing: read more
        pages = pages + site_pages(design, 40, seed=1)
    checks.fields_absent_on_some_and_present_on_others(pages, SPEC_KEYS, NOT_SHOWN[design])


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


MARKERS = {
    "credits": 'data-box="credits"',
    "factline": 'data-box="factline"',
    "paired": 'data-box="paired"',
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "table": "<tr><th>",
}


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them this set's own."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) >= 2
    pages = rendered(design, 40)
    for style in styles:
        having = sum(MARKERS[style] in details(p) for p in pages)
        assert 0 < having < len(pages), (style, having)
    assert sum(sum(MARKERS[s] in details(p) for s in styles) == 1 for p in pages) == len(pages)


def test_every_new_markup_is_used() -> None:
    used = [s for m in MODULES.values() for s in m.SITE.styles if s in NEW_STYLES]
    assert all(used.count(s) >= 4 for s in NEW_STYLES), used
    assert len(used) >= 16


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier_source()
    for tell in ("<br />", 'data-box="', '</td><th scope="row">'):
        assert tell not in source, tell
    assert not re.search(r'"; "\.join\(f"\{k\}: \{v\}"', source)


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Running time", "111 min"),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Festival", "Sundance"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Running time", "111 min"),
        ("Genre", "Drama"),
        ("Festival", "Sundance"),
    ]
    box = facts47(c, "credits", rows)
    assert box.count("<br />") == 3 and "<strong>Running time:</strong> 111 min<br />" in box
    assert _pairs(box) == want
    line = facts47(c, "factline", rows)
    assert "Director: Ada Gallo, Bruno Sato; Running time: 111 min; Genre: Drama;" in line
    assert "<strong>" not in line and _pairs(line) == want
    kick = facts47(c, "paired", rows)
    assert kick.count("<tr>") == 2 and kick.count('<th scope="row">') == 4
    assert (
        '<th scope="row">Director</th><td>Ada Gallo, Bruno Sato</td><th scope="row">Running time</th>'
        in kick
    )
    assert _pairs(kick) == want
    outs = (box, line, kick)
    assert all("Year" not in x for x in outs)
    assert all(values_after(x, "Running time") == ["111 min"] for x in outs)
    assert all(values_after(x, "Director") == ["Ada Gallo, Bruno Sato"] for x in outs)
    assert facts47(c, "table", rows).count("<tr><th>") == 4
    assert facts47(c, "stats", rows).count("<sub>") == 4


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 40):
        e, markup = page.expected, details(page)

        def under(key: str, want: set[str] | None) -> None:
            if not label(design, key):
                return  # The Hollywood Reporter's rating and length: see below
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
    assert all(n > 3 for n in seen.values()) and len(seen) >= 7, seen


def test_the_hollywood_reporter_closes_its_credits_with_rating_and_length() -> None:
    site = hollywoodreporter.SITE
    assert rated_runtime("R", "1 hour 51 minutes") == "Rated R, 1 hour 51 minutes"
    assert rated_runtime(None, "111 minutes") == "111 minutes"
    assert rated_runtime("PG-13", "") == "Rated PG-13"
    both = 0
    for page in rendered("hollywoodreporter", 60):
        e, markup = page.expected, details(page)
        assert "Rated" not in values_after(markup, "Rating") + values_after(markup, "Rated")
        suffix = site.per_episode if e["kind"] == "show" else ""
        n = e["runtime_minutes"]
        lengths = {site.runtime(n, long) + suffix for long in (True, False)} if n else {""}
        want = {rated_runtime(e["content_rating"], x) for x in lengths}
        if want == {""}:
            assert "rated-runtime" not in markup and not re.search(r"<br />\n(Rated|\d)", markup)
            continue
        found = re.search(r'(?:<br />\n|<p data-box="rated-runtime">)([^<]*)</p>', markup)
        assert found and html.unescape(found.group(1)) in want, (page.url, want)
        both += bool(e["content_rating"] and n)
    assert both > 10


def test_the_review_compares_the_title_with_other_films() -> None:
    for design in DESIGNS:
        for page in rendered(design, 10):
            para = re.search(r"</h2><p>Comparisons with ([^<]*)</p></article>", page.html)
            assert para, (design, page.url)
            years = re.findall(r"\((\d{4})\)", para.group(1))
            lengths = re.findall(r"(\d+) minutes", para.group(1))
            assert len(years) == 2 and len(lengths) == 1, page.url
            assert int(lengths[0]) >= 100, page.url  # the other film's, not the title's


def test_critics_grades_and_scores_are_not_the_rating() -> None:
    """IndieWire's and The A.V. Club's letter 'Grade', Slant's, The Guardian's and Time Out's
    stars and Little White Lies' three scores sit beside the rating; the record has no key
    for them."""
    for design, labels in (
        ("indiewire", ("Grade",)),
        ("avclub", ("Grade",)),
        ("slant", ("Star rating",)),
        ("guardian", ("Our rating",)),
        ("timeout", ("Time Out rating",)),
        ("littlewhitelies", ("Anticipation", "Enjoyment", "In Retrospect")),
    ):
        for page in rendered(design, COUNT):
            for name in labels:
                found = values_after(details(page), name)
                assert len(found) == 1 and found[0] != page.expected["content_rating"], page.url


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


@pytest.mark.parametrize("design", ["deadline", "hollywoodreporter"])
def test_director_of_photography_is_not_the_director(design: str) -> None:
    """The trade papers' 'Director of photography' begins with their director's label."""
    assert label(design, "camera") == "Director of photography"
    for page in rendered(design, COUNT):
        markup = details(page)
        dop = values_after(markup, "Director of photography")
        assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
        want = page.expected["directors"]
        assert values_after(markup, "Director") == ([", ".join(want)] if want else []), page.url


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
    assert [d for d in DESIGNS if "user_rating_count" not in NOT_SHOWN[d]] == ["timeout"]


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "deadline": r"[\d,]+ Comments",
        "hollywoodreporter": r"[\d,]+ shares",
        "indiewire": r"[\d,]+ shares",
        "slant": r"[\d,]+ views",
        "avclub": r"[\d,]+ comments",
        "guardian": r"[\d,]+ comments",
        "timeout": r"[\d,]+ saves",
        "littlewhitelies": r"[\d,]+ reads",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd = Money(3600000, "USD")
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert short_date(d, True) == "Oct 7, 1995" and uk_date(d, True) == "7 October 1995"
    assert weekday_date(date(1995, 10, 27), True) == "Friday, October 27, 1995"
    assert timeout.release_date(date(1995, 10, 27), True) == "Friday 27 October 1995"
    assert timeout.release_date(d, False) == "07/10/1995"
    assert littlewhitelies.release_date(d, True) == "7 Oct 1995"
    assert deadline.running_time(111, True) == "1 hr 51 min"
    assert deadline.running_time(111, False) == "111 min"
    assert hollywoodreporter.running_time(111, True) == "1 hour 51 minutes"
    assert hollywoodreporter.running_time(120, True) == "2 hours"
    assert hollywoodreporter.running_time(61, True) == "1 hour 1 minute"
    assert hollywoodreporter.running_time(111, False) == "111 minutes"
    assert indiewire.running_time(111, True) == "111 minutes"
    assert indiewire.running_time(111, False) == "1h 51m"
    assert slant.running_time(111, True) == "111 min"
    assert avclub.running_time(111, False) == "1 hr. 51 min."
    assert guardian.running_time(111, True) == "111 mins"
    assert guardian.running_time(111, False) == "1hr 51mins"
    assert timeout.running_time(111, False) == "1 hr 51 mins"
    assert littlewhitelies.running_time(111, False) == "1 hour 51 minutes"
    assert littlewhitelies.running_time(45, False) == "45 minutes"
    assert timeout.votes(1234) == "(1,234 ratings)" and timeout.votes(1) == "(1 rating)"
    for m in MODULES.values():
        assert m.SITE.money(usd) == "$3,600,000"
        assert m.SITE.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    dates = {m.NAME: m.SITE.date for m in MODULES.values()}
    assert dates["hollywoodreporter"] is weekday_date and dates["guardian"] is uk_date
    assert dates["deadline"] is us_date and dates["indiewire"] is short_date


def test_certificates_are_the_countrys_ratings() -> None:
    mpa = {"G", "PG", "PG-13", "R", "NC-17"}
    bbfc = {"U", "PG", "12A", "15", "18"}
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 40)} - {None}
        assert seen <= (mpa if design in US else bbfc) and len(seen) >= 3, (design, seen)


def test_dates_are_month_first_in_the_us_and_day_first_in_the_uk() -> None:
    d = date(1995, 10, 27)
    for design in DESIGNS:
        site = MODULES[design].SITE
        numeric = "10/27/1995" if design in US else "27/10/1995"
        assert numeric in {site.date(d, True), site.date(d, False)}, design
        assert bool(re.search(r"\b27 Oct", site.date(d, True))) == (design in UK), design


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def _labels(design: str) -> set[str]:
    site = MODULES[design].SITE
    return (set(site.words.labels.values()) - {""}) | {site.later} | EXTRA[design]


@pytest.mark.parametrize("style", NEW_STYLES)
def test_the_new_markups_hold_only_the_designs_labels(style: str) -> None:
    found = 0
    for design in DESIGNS:
        if style not in MODULES[design].SITE.styles:
            continue
        for page in rendered(design, COUNT):
            markup = details(page)
            if MARKERS[style] not in markup:
                continue
            found += 1
            pairs = _pairs(markup) or []
            assert pairs and all(k in _labels(design) for k, _ in pairs), page.url
            assert not any(v in _labels(design) for _, v in pairs), page.url
    assert found > 20


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("deadline", "Subscribe to Deadline"),
        ("hollywoodreporter", "Subscribe"),
        ("indiewire", "IndieWire Premium"),
        ("slant", "Support Slant"),
        ("avclub", "A.V. Club membership"),
        ("guardian", "Support the Guardian"),
        ("timeout", "Book tickets"),
        ("littlewhitelies", "Buy the issue"),
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
