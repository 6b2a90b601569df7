# ruff: noqa: E501  (HTML patterns read best on one line)
"""The forty-fifth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites45.py does)."""

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
from tests.heldout_sites2.kit import esc
from tests.heldout_sites2.records import Money
from tests.heldout_sites45 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    afi_catalog,
    bibliocommons,
    disneyplus,
    fandom_wiki,
    kinolorber,
    moviesanywhere,
    redbox,
    site_pages,
    tribute_ca,
)
from tests.heldout_sites45.common import (
    NEW_STYLES,
    Classes,
    canadian_date,
    facts45,
    short_date,
    us_date,
)
from tests.test_heldout_sites44_gen import EARLIER as BEFORE_SITES44
from tests.test_heldout_sites44_gen import _pairs as pairs44

COUNT = 30
EARLIER = BEFORE_SITES44 | set(tests.heldout_sites43.DESIGNS) | set(tests.heldout_sites44.DESIGNS)
ALONGSIDE = (46, 47, 48)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        disneyplus,
        moviesanywhere,
        afi_catalog,
        fandom_wiki,
        redbox,
        tribute_ca,
        bibliocommons,
        kinolorber,
    )
}
# the real site each design models (as its docstring names it), the language its pages
# declare, the body class its pages carry, and the words its facts use that set it apart
IDEAS = {
    "disneyplus": ("Disney+", "en-US", "dsp-app", ("Duration", "Release", "Rating", "Genre")),
    "moviesanywhere": ("Movies Anywhere", "en-US", "mva-locker", ("Directed By", "Written By", "Runtime", "Rated", "Release Date")),
    "afi_catalog": ("AFI Catalog", "en-US", "afi-catalog", ("Duration(in mins)", "Photography", "Production Company", "Release Date")),
    "fandom_wiki": ("Fandom", "en-US", "fdw-wiki", ("Directed by", "Written by", "Running time", "Release date", "Box office")),
    "redbox": ("Redbox", "en-US", "rbx-ondemand", ("Runtime", "Rating", "Release Date", "Studio")),
    "tribute_ca": ("Tribute.ca", "en-CA", "trb-movie", ("Director(s)", "Writer(s)", "Running time", "Production Year")),
    "bibliocommons": ("BiblioCommons", "en-CA", "bcx-record", ("Genre/Form", "Running Time", "MPAA Rating", "Original Release")),
    "kinolorber": ("Kino Lorber", "en-US", "kin-film", ("Director", "Runtime", "Rating", "Release Date")),
}  # fmt: skip
# the certificates each design's ratings come from
CERTS = {
    "disneyplus": {"G", "PG", "PG-13", "TV-14", "TV-MA"},
    "tribute_ca": {"G", "PG", "14A", "18A", "R"},
}
MPA = {"G", "PG", "PG-13", "R", "NC-17"}


@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


_CACHE: dict[tuple[str, int], list[SitePage]] = {}


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0:
        return site_pages(design, count, seed)
    if (design, 0) not in _CACHE:
        _CACHE[design, 0] = _first_80(design, 0)
    return _CACHE[design, 0][:count]


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
    (None: none of them; a table's or a definition list's are read by values_after); the
    names a value shows on lines or items of their own are read as one list, 'A, B'."""
    if "pi-data-label" in markup:
        rows = re.findall(
            r'<h3 class="pi-data-label pi-secondary-font">([^<]*)</h3><div class="pi-data-value pi-font">((?:[^<]|<br>)*)</div>',
            markup,
        )
        return [(k, v.replace("<br>", ", ")) for k, v in rows]
    if "<tr><td><strong>" in markup:
        return re.findall(r"<tr><td><strong>([^<]*):</strong></td><td>([^<]*)</td></tr>", markup)
    if "<dd><ul><li>" in markup:
        lists = re.findall(r"<dt>([^<]*)</dt><dd><ul>((?:<li>[^<]*</li>)+)</ul></dd>", markup)
        return [(k, ", ".join(re.findall(r"<li>([^<]*)</li>", items))) for k, items in lists]
    return pairs44(markup)


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's or an
    earlier set's pairs, or a table's or definition list's next text after the label."""
    pairs = _pairs(markup)
    if pairs is not None:
        return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]
    found = []  # a label is a table's row header or a definition list's term, never a value
    for m in re.finditer(
        rf"<(?:th|dt)>\s*{re.escape(html.escape(label, quote=False))}:?\s*<", markup
    ):
        nxt = re.search(r">([^<]*[^\s<][^<]*)<", markup[m.end() - 1 :])
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    return found


def details(page: SitePage) -> str:
    """The facts block alone (the menus, rails and episodes carry some label words too), to
    its own closing </section> (the infobox's groups are sections inside it)."""
    start = re.search(r'-details-[0-9a-f]{5}">', page.html)
    assert start, page.url
    depth, at = 1, start.end()
    for tag in re.finditer(r"<(/?)section\b", page.html[at:]):
        depth += -1 if tag.group(1) else 1
        if not depth:
            return page.html[at : at + tag.start()]
    raise AssertionError(page.url)


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
    assert {"wetv", "kinoafisha", "reelguide_ledger", "reelguide_timeline"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def _earlier_source() -> str:
    earlier = checks.earlier_generators(45, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 45))
    assert any("heldout_sites44/" in str(p) for p in earlier)
    assert any("heldout_sites43/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


@cache
def _earlier() -> str:
    return _earlier_source()


def test_no_earlier_generator_modelled_these_sites() -> None:
    """No earlier generator names these sites (Disney+ appears there only as a streaming
    service among others, never as a design: no earlier design's name holds 'disney' but
    'disneyhulu', the Hulu-on-Disney+ hub)."""
    source = _earlier().lower()
    for name in (
        "movies anywhere",
        "afi catalog",
        "portable-infobox",
        "redbox on demand",
        "bibliocommons",
        "kino lorber's",
        "tribute.ca movie",
    ):
        assert name not in source, name
    assert not {d for d in EARLIER if "disney" in d} - {"disneyhulu"}
    for design in DESIGNS:
        assert f'NAME = "{design}"' not in _earlier(), design


@pytest.mark.parametrize("design", DESIGNS)
def test_each_design_names_its_site_and_wears_it(design: str) -> None:
    site, lang, body, words = IDEAS[design]
    module = MODULES[design]
    assert site in (module.__doc__ or "").split("\n")[0], design
    labels = set(module.SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    for page in rendered(design, 10):
        assert f'<html lang="{lang}"' in page.html, page.url
        assert page.html.count(f'<body class="{body}">') == 1, page.url
        assert module.CHROME.brand in page.html, page.url
        assert "ReelGuide" not in page_text(page), page.url
        assert page.url.startswith("https://www.reelguide.example/")


def test_the_sites_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8


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


MARKERS = {
    "infobox": 'class="pi-data-label',
    "tdstrong": "<tr><td><strong>",
    "ddlist": "<dd><ul><li>",
    "stats": 'data-layout="tiles"',
    "dl": "</dt><dd>",
    "table": "<tr><th>",
}


def _wears(style: str, markup: str) -> bool:
    """Whether the facts are in this markup (a value-list definition list is not a plain one)."""
    if style == "dl":
        return MARKERS["dl"] in markup and MARKERS["ddlist"] not in markup
    return MARKERS[style] in markup


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them this set's own."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) >= 2
    pages = rendered(design, 60)
    for style in styles:
        having = sum(_wears(style, details(p)) for p in pages)
        assert 0 < having < len(pages), (style, having)
    assert sum(sum(_wears(s, details(p)) for s in styles) == 1 for p in pages) == len(pages)


def test_every_new_markup_is_used() -> None:
    used = [s for m in MODULES.values() for s in m.SITE.styles if s in NEW_STYLES]
    assert used.count("infobox") >= 1 and used.count("tdstrong") >= 6
    assert used.count("ddlist") == 8 and len(used) >= 16


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier()
    for tell in ("pi-data-label", "pi-data-value", "pi-header", "portable-infobox", "<dd><ul>"):
        assert tell not in source, tell
    assert not re.search(r"<td[^>]*><strong>", source)
    assert not re.search(r"<dd>\s*<ul", source)


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
    box = facts45(c, "infobox", rows, keys=("director", "runtime", "genre", ""))
    assert box.count('<div class="pi-item pi-data ') == 4 and box.count("pi-header pi-") == 2
    assert (
        '<h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Production</h2>'
        in box
    )
    assert 'data-source="director"' in box and ">Ada Gallo<br>Bruno Sato</div>" in box
    assert _pairs(box) == want
    small = facts45(c, "tdstrong", rows)
    assert "<tr><td><strong>Length:</strong></td><td>111 min</td></tr>" in small
    assert small.count("<strong>") == 4 and "<th" not in small and _pairs(small) == want
    lists = facts45(c, "ddlist", rows)
    assert "<dt>Director</dt><dd><ul><li>Ada Gallo</li><li>Bruno Sato</li></ul></dd>" in lists
    assert "<dt>Length</dt><dd><ul><li>111 min</li></ul></dd>" in lists
    assert lists.count("<ul>") == 4 and _pairs(lists) == want
    outs = (box, small, lists)
    assert all("Year" not in x for x in outs)
    assert all(values_after(x, "Length") == ["111 min"] for x in outs)
    assert all(values_after(x, "Director") == ["Ada Gallo, Bruno Sato"] for x in outs)
    assert facts45(c, "table", rows).count("<tr><th>") == 4
    assert facts45(c, "dl", rows).count("<dt>") == 4


def test_many_valued_facts_list_each_name_on_its_own() -> None:
    found = _own_pages("ddlist")
    assert len(found) > 40
    split = 0
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<dd><ul><li>") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        e = page.expected
        for key, rec in (("director", "directors"), ("writer", "writers"), ("genre", "genres")):
            if len(e[rec]) > 1 and label(design, key):
                items = "".join(f"<li>{esc(n)}</li>" for n in e[rec])
                assert f"<dt>{label(design, key)}</dt><dd><ul>{items}</ul></dd>" in markup, page.url
                split += 1
    assert split > 20


def test_layout_tables_bold_their_labels_in_plain_cells() -> None:
    found = _own_pages("tdstrong")
    assert len(found) > 40
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<strong>") == len(pairs) and "<th" not in markup, page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_the_infobox_groups_the_credits_under_production() -> None:
    found = _own_pages("infobox")
    assert len(found) > 5
    for design, page, markup in found:
        groups = re.findall(r'pi-secondary-background">([^<]*)</h2>((?:(?!</section>).)*)', markup)
        assert groups, page.url
        credits = {
            label(design, k)
            for k in ("director", "writer", "music", "producer", "camera", "studio")
        }
        for name, body in groups:
            inside = set(re.findall(r'pi-data-label pi-secondary-font">([^<]*)</h3>', body))
            assert (name == "Production") == bool(inside & credits), (page.url, name)
            assert name == "Details" or inside <= credits, (page.url, name)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 60):
        e, markup = page.expected, details(page)

        def under(key: str, want: set[str] | None) -> None:
            text = label(design, key)
            if not text:  # the site has no such fact: the record's value is null
                assert want is None, (page.url, key)  # noqa: B023
                return
            found = values_after(markup, text)  # noqa: B023
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


@pytest.mark.parametrize("design", [d for d in DESIGNS if MODULES[d].SITE.later])
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


def test_disney_plus_shows_the_year_alone() -> None:
    """Disney+'s 'Release' is the year: no release day on its pages, the record's is null."""
    assert "release_date" in NOT_SHOWN["disneyplus"] and not disneyplus.SITE.later
    for page in rendered("disneyplus", COUNT):
        assert page.expected["release_date"] is None
        year = page.expected["release_year"]
        assert values_after(details(page), "Release") == ([str(year)] if year else [])


@pytest.mark.parametrize("design", DESIGNS)
def test_crew_in_other_jobs_is_never_a_director_writer_or_actor(design: str) -> None:
    traps = [label(design, k) for k in MODULES[design].SITE.traps]
    assert traps and all(traps)
    for page in rendered(design, COUNT):
        found = [v for t in traps for v in values_after(details(page), t)]
        assert len(found) == len(traps), (page.url, found)
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
            assert name not in [c["actor"] for c in e["cast"]], (page.url, name)


@pytest.mark.parametrize("design", ["bibliocommons", "kinolorber"])
def test_director_of_photography_is_not_the_director(design: str) -> None:
    """'Director of Photography' begins with the director's label 'Director'."""
    assert label(design, "camera") == "Director of Photography"
    assert label(design, "director") == "Director"
    for page in rendered(design, COUNT):
        markup = details(page)
        dop = values_after(markup, "Director of Photography")
        assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
        want = page.expected["directors"]
        assert values_after(markup, "Director") == ([", ".join(want)] if want else []), page.url


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


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "disneyplus": r"[\d,]+ added to Watchlist",
        "moviesanywhere": r"[\d,]+ in collections",
        "afi_catalog": r"[\d,]+ page views",
        "fandom_wiki": r"Viewed [\d,]+ times",
        "redbox": r"[\d,]+ rentals",
        "tribute_ca": r"[\d,]+ want to see",
        "bibliocommons": r"[\d,]+ holds on \d+ copies",
        "kinolorber": r"[\d,]+ followers",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd = Money(3600000, "USD")
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert short_date(d, True) == "Oct 7, 1995" and short_date(d, False) == "10/07/1995"
    assert canadian_date(d, True) == "October 7, 1995" and canadian_date(d, False) == "1995-10-07"
    assert disneyplus.duration(111, True) == "1h 51m" and disneyplus.duration(111, False) == "111m"
    assert disneyplus.duration(120, True) == "2h"
    assert moviesanywhere.runtime(111, True) == "1 hr 51 min"
    assert moviesanywhere.runtime(111, False) == "111 min"
    assert moviesanywhere.votes(1234) == "1,234 ratings" and moviesanywhere.votes(1) == "1 rating"
    assert afi_catalog.minutes(111, True) == afi_catalog.minutes(111, False) == "111"
    assert fandom_wiki.running_time(111, True) == "111 minutes"
    assert fandom_wiki.running_time(111, False) == "1 hour 51 minutes"
    assert fandom_wiki.running_time(61, False) == "1 hour 1 minute"
    assert fandom_wiki.running_time(120, False) == "2 hours"
    assert fandom_wiki.wiki_date(d, False) == "October 7, 1995"
    assert redbox.runtime(111, True) == "111 min" and redbox.runtime(111, False) == "1h 51m"
    assert redbox.release(d, True) == "10/07/1995" and redbox.release(d, False) == "October 7, 1995"
    assert redbox.votes(1234) == "(1,234 ratings)"
    assert tribute_ca.running_time(111, False) == "1h 51min"
    assert tribute_ca.votes(1234) == "Fan rating (1,234 votes)"
    assert tribute_ca.votes(1) == "Fan rating (1 vote)"
    assert bibliocommons.running_time(111, True) == "111 min."
    assert bibliocommons.running_time(111, False) == "1 hr. 51 min."
    assert kinolorber.running_time(111, True) == "111 minutes"
    assert kinolorber.running_time(120, False) == "2 hr."
    for m in MODULES.values():
        assert m.SITE.money(usd) == "$3,600,000"
        assert m.SITE.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    dates = {m.NAME: m.SITE.date for m in MODULES.values()}
    assert dates["tribute_ca"] is canadian_date is dates["bibliocommons"]
    assert dates["moviesanywhere"] is short_date and dates["kinolorber"] is us_date


def test_certificates_are_each_sites_own() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        if "content_rating" in NOT_SHOWN[design]:
            assert not seen, design
            continue
        assert seen <= CERTS.get(design, MPA) and len(seen) >= 3, (design, seen)
    assert {"14A", "18A"} & {p.expected["content_rating"] for p in rendered("tribute_ca", 80)}


def test_us_dates_are_month_first() -> None:
    d = date(1995, 10, 27)
    for design in DESIGNS:
        site = MODULES[design].SITE
        assert not site.date(d, True).startswith("27"), design
        assert not site.date(d, False).startswith("27"), design


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def _own_pages(style: str) -> list[tuple[str, SitePage, str]]:
    found = []
    for design in DESIGNS:
        if style not in MODULES[design].SITE.styles:
            continue
        for page in rendered(design, COUNT):
            markup = details(page)
            if _wears(style, markup):
                found.append((design, page, markup))
    return found


def _labels(design: str) -> set[str]:
    site = MODULES[design].SITE
    return set(site.words.labels.values()) | {site.later} | EXTRA[design]


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("disneyplus", "Choose your plan"),
        ("moviesanywhere", "Buy from a retailer"),
        ("afi_catalog", "Support the AFI Catalog"),
        ("fandom_wiki", "Go ad-free"),
        ("redbox", "Ways to Watch"),
        ("tribute_ca", "Showtimes near you"),
        ("bibliocommons", "Borrowing"),
        ("kinolorber", "Buy on disc"),
    ):
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
