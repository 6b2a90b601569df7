# ruff: noqa: E501  (HTML patterns read best on one line)
"""The forty-second held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites42.py does)."""

from __future__ import annotations

import html
import json
import pathlib
import random
import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites39
import tests.heldout_sites40
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites42 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    reelguide_blazor,
    reelguide_elm,
    reelguide_flutter,
    reelguide_hotwire,
    reelguide_liveview,
    reelguide_qwik,
    reelguide_remix,
    reelguide_solid,
    site_pages,
)
from tests.heldout_sites42.common import (
    ICONS,
    NEW_STYLES,
    PROSE,
    Classes,
    ap_date,
    facts42,
    lead,
    short_date,
    slug,
    us_date,
    weekday_date,
)
from tests.test_heldout_sites40_gen import EARLIER as BEFORE_SITES40
from tests.test_heldout_sites40_gen import _pairs as pairs40

COUNT = 30
EARLIER = BEFORE_SITES40 | set(tests.heldout_sites39.DESIGNS) | set(tests.heldout_sites40.DESIGNS)
ALONGSIDE = (41,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        reelguide_qwik,
        reelguide_remix,
        reelguide_hotwire,
        reelguide_flutter,
        reelguide_elm,
        reelguide_blazor,
        reelguide_liveview,
        reelguide_solid,
    )
}
# each redesign's stack: the tells its pages carry, and what its docstring names
STACKS = {
    "reelguide_qwik": ("Qwik", ('q:container="paused"', 'id="qwikloader"', "qwik/json", "on:click=")),
    "reelguide_remix": ("Remix", ("window.__remixContext", 'data-route-id="routes/title.$slug"', "modulepreload")),
    "reelguide_hotwire": ("Hotwire", ('name="turbo-cache-control"', "@hotwired/turbo-rails", 'data-controller="watchlist"')),
    "reelguide_flutter": ("Flutter", ("<flutter-view", "<flt-semantics-host>", "flutter_bootstrap.js")),
    "reelguide_elm": ("Elm", ('<div id="elm-root">', "Elm.Main.init(", "elm.min.js")),
    "reelguide_blazor": ("Blazor", ("_framework/blazor.web.js", "<!--Blazor:{", "<section b-7k2m9x1q4z ")),
    "reelguide_liveview": ("Phoenix LiveView", ("data-phx-main", "phx-click=", "phx-track-static")),
    "reelguide_solid": ("SolidStart", ('data-hk="0-0-0-0"', "window._$HY", "/rgk/_build/")),
}  # fmt: skip


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


def _prose_pairs(markup: str) -> list[tuple[str, str]]:
    """(the fact's hook, the sentence) for each sentence of the prose block."""
    return re.findall(r'<span data-fact="([^"]*)">([^<]*)</span>', markup)


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs as a reader sees them in this set's markups or an earlier one's
    (None: none of them); the prose block's are read by values_after."""
    if "icons.svg#" in markup:
        return re.findall(
            r'<li><svg title="([^"]*)" width="20" height="20"><use href="/[a-z]+/static/icons\.svg#[a-z]+">'
            r"</use></svg> <span>([^<]*)</span></li>",
            markup,
        )
    if "<turbo-frame " in markup:
        return re.findall(
            r'<turbo-frame id="fact_[a-z0-9_]*"><header>([^<]*)</header><div>([^<]*)</div></turbo-frame>',
            markup,
        )
    return pairs40(markup)


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: the prose sentence that
    states that fact (its opening words taken off), this set's or an earlier set's pairs."""
    if 'data-facts="prose"' in markup:
        opening = html.unescape(lead(label)) + " "
        found = []
        for hook, sentence in _prose_pairs(markup):
            text = html.unescape(sentence)
            if hook == slug(html.unescape(label)):
                assert text.startswith(opening) and text.endswith("."), text
                found.append(text[len(opening) : -1])
        return found
    pairs = _pairs(markup)
    if pairs is not None:
        return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]
    found = []  # a table's or a definition list's: the next text after the label
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
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    assert set(tests.heldout_sites39.DESIGNS) | set(tests.heldout_sites40.DESIGNS) <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_all_eight_are_us_english() -> None:
    for d in DESIGNS:
        m = re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html)
        assert m and m.group(1) == "en-US", d


def test_all_eight_are_reelguides_own() -> None:
    for design in DESIGNS:
        for page in rendered(design, 5):
            assert "ReelGuide" in page_text(page), (design, page.url)
            assert page.url.startswith("https://www.reelguide.example/")


@pytest.mark.parametrize("design", DESIGNS)
def test_each_redesign_names_its_stack_and_carries_its_tells(design: str) -> None:
    name, tells = STACKS[design]
    assert name in (MODULES[design].__doc__ or ""), design
    for page in rendered(design, 10):
        for tell in tells:
            assert tell in page.html, (page.url, tell)
        scripts = re.findall(r"<script\b(?![^>]*ld\+json)[^>]*>(.*?)</script>", page.html, re.S)
        assert page.expected["title"] not in "".join(scripts), page.url  # app state: no facts


def test_the_stacks_tells_are_each_designs_own() -> None:
    for design, (_name, tells) in STACKS.items():
        for other in DESIGNS:
            if other != design:
                page = rendered(other, 1)[0]
                assert not any(tell in page.html for tell in tells), (design, other)


def _earlier_source() -> str:
    earlier = checks.earlier_generators(42, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 42))
    assert any("heldout_sites40/" in str(p) for p in earlier)
    assert any("heldout_sites39/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_no_earlier_generator_used_these_stacks() -> None:
    source = _earlier_source()
    for word in ("Qwik", "Remix", "Hotwire", "Flutter", "Blazor", "LiveView", "SolidStart"):
        assert not re.search(rf"\b{word}\b", source, re.I), word
    assert not re.search(r"\bElm\b", source), "Elm"
    for tell in (
        "q:container",
        "qwikloader",
        "__remixContext",
        "data-route-id",
        "turbo-frame",
        "turbo-cache-control",
        "flt-semantics",
        "flutter-view",
        "Elm.Main",
        "elm-root",
        "_framework/blazor",
        "<!--Blazor:",
        "data-phx-",
        "phx-click",
        "data-hk=",
        "_$HY",
    ):
        assert tell not in source, tell


def test_earlier_reelguide_redesigns_used_other_stacks() -> None:
    """sites33, 35, 38 and 40 redesigned ReelGuide too; none on these stacks."""
    redesigns = ""
    for n in (33, 35, 38, 40):
        for f in pathlib.Path(__file__).parent.glob(f"heldout_sites{n}/*.py"):
            redesigns += f.read_text(encoding="utf-8")
    assert "ReelGuide" in redesigns
    for name, tells in STACKS.values():
        assert not re.search(rf"\b{name}\b", redesigns, re.I), name
        assert not any(tell in redesigns for tell in tells), name


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
        site_pages(design, 160), SPEC_KEYS, NOT_SHOWN[design]
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
    "sprite": "/static/icons.svg#",
    "prose": 'data-facts="prose"',
    "frames": '<turbo-frame id="fact_',
    "kv": "<p><var>",
    "described": "aria-description=",
    "cypress": 'data-cy="fact-',
    "layout": 'role="presentation"',
    "icons": '<use href="#ic-',
    "dl": "<dt>",
    "table": "<tr><th>",
}


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them this set's own."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) >= 2
    pages = rendered(design, 60)
    for style in styles:
        having = sum(MARKERS[style] in details(p) for p in pages)
        assert 0 < having < len(pages), (style, having)
    assert sum(sum(MARKERS[s] in details(p) for s in styles) == 1 for p in pages) == len(pages)


def test_every_new_markup_is_used() -> None:
    used = [s for m in MODULES.values() for s in m.SITE.styles if s in NEW_STYLES]
    assert used.count("sprite") == used.count("prose") == 8 and used.count("frames") == 1
    assert [d for d in DESIGNS if "frames" in MODULES[d].SITE.styles] == ["reelguide_hotwire"]


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier_source()
    for tell in ("icons.svg", "<svg title=", "data-facts=", "data-fact=", "turbo-frame"):
        assert tell not in source, tell
    assert not re.search(r"<svg [^>]*title=", source)
    assert "Runs {" not in source and "Filed under" not in source


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Runtime", "111 min"),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Color", "Color"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Runtime", "111 min"),
        ("Genre", "Drama"),
        ("Color", "Color"),
    ]
    icons = facts42(c, "sprite", rows, prefix="rgq")
    assert icons.count('<use href="/rgq/static/icons.svg#') == icons.count("<svg title=") == 4
    assert (
        '<svg title="Runtime" width="20" height="20"><use href="/rgq/static/icons.svg#clock">'
        in icons
    )
    assert 'icons.svg#info"' in icons and "<title>" not in icons and _pairs(icons) == want
    prose = facts42(c, "prose", rows)
    assert prose.count("<span data-fact=") == 4 and 'data-facts="prose"' in prose
    assert (
        '<span data-fact="director">Directed by Ada Gallo, Bruno Sato.</span> '
        '<span data-fact="runtime">Runs 111 min.</span> '
        '<span data-fact="genre">Filed under Drama.</span> '
        '<span data-fact="color">Color: Color.</span>'
    ) in prose
    frames = facts42(c, "frames", rows)
    assert frames.count("<turbo-frame ") == frames.count("<header>") == 4
    assert (
        '<turbo-frame id="fact_runtime"><header>Runtime</header><div>111 min</div></turbo-frame>'
        in frames
    )
    assert _pairs(frames) == want
    outs = (icons, prose, frames)
    assert all("Year" not in x for x in outs)
    assert all(values_after(x, "Runtime") == ["111 min"] for x in outs)
    assert all(values_after(x, "Director") == ["Ada Gallo, Bruno Sato"] for x in outs)
    assert facts42(c, "table", rows).count("<tr><th>") == 4
    assert facts42(c, "kv", rows).count("<var>") == 4


def test_every_label_has_its_own_icon_and_sentence_opening() -> None:
    """The designs' fact labels each get a named icon and a prose opening of their own kind
    (the rows the record has no key for read 'Label: value.' by the info icon)."""
    for design in DESIGNS:
        for key, text in MODULES[design].SITE.words.labels.items():
            assert text in ICONS, (design, text)
            if key in ("director", "writer", "runtime", "rating", "genre", "budget"):
                assert text in PROSE, (design, text)
    openings = {PROSE[k] for k in ("Director", "Producer", "Cinematography", "Music", "Writer")}
    assert len(openings) == 5 and all(o.endswith(" by") for o in openings)


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


def test_director_of_photography_is_not_the_director() -> None:
    """Elm's 'Director of photography' begins with the director's label."""
    assert label("reelguide_elm", "camera") == "Director of photography"
    for page in rendered("reelguide_elm", COUNT):
        markup = details(page)
        dop = values_after(markup, "Director of photography")
        assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
        want = page.expected["directors"]
        assert values_after(markup, "Director") == ([", ".join(want)] if want else []), page.url


def test_prose_states_each_fact_in_one_sentence_of_its_own() -> None:
    found = 0
    for design in DESIGNS:
        for page in rendered(design, COUNT):
            markup = details(page)
            if 'data-facts="prose"' not in markup:
                continue
            found += 1
            sentences = _prose_pairs(markup)
            hooks = [h for h, _ in sentences]
            assert len(hooks) == len(set(hooks)), page.url
            assert all(s.endswith(".") for _, s in sentences), page.url
            directed = [s for _, s in sentences if s.startswith("Directed by ")]
            assert len(directed) == bool(page.expected["directors"]), page.url
            assert '" data-facts="prose">' in markup and "</span> <span" in markup
    assert found > 40


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
        "reelguide_qwik": "watchlist saves",
        "reelguide_remix": "followers",
        "reelguide_hotwire": "page views",
        "reelguide_flutter": "plays",
        "reelguide_elm": "added to lists",
        "reelguide_blazor": "watchlists",
        "reelguide_liveview": "online now",
        "reelguide_solid": "shares",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and views.group(1).endswith(" " + word), (design, page.url)


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd = Money(3600000, "USD")
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert short_date(d, True) == "Oct 7, 1995" and short_date(d, False) == "10/07/1995"
    assert weekday_date(date(1995, 10, 27), True) == "Friday, October 27, 1995"
    assert weekday_date(d, False) == "10/07/1995"
    assert ap_date(d, True) == "Oct. 7, 1995" and ap_date(date(1995, 3, 3), True) == "March 3, 1995"
    assert ap_date(date(1995, 9, 1), True) == "Sept. 1, 1995" and ap_date(d, False) == "10/07/1995"
    assert (
        reelguide_qwik.runtime(111, True) == "1h 51m"
        and reelguide_qwik.runtime(111, False) == "111 min"
    )
    assert reelguide_remix.run_time(111, True) == "111 minutes"
    assert reelguide_remix.run_time(111, False) == "1 hr 51 min"
    assert reelguide_remix.run_time(120, False) == "2 hr"
    assert reelguide_remix.long_date(d, True) == "October 7, 1995"
    assert reelguide_remix.long_date(d, False) == "1995-10-07"
    assert (
        reelguide_hotwire.length(111, True) == "1 hr 51 min"
        and reelguide_hotwire.length(111, False) == "111 min"
    )
    assert (
        reelguide_flutter.runtime(111, True) == "1h 51min"
        and reelguide_flutter.runtime(111, False) == "111 min"
    )
    assert (
        reelguide_elm.runtime(111, True) == "111 min"
        and reelguide_elm.runtime(111, False) == "1h 51m"
    )
    assert reelguide_elm.votes(1234) == "(1,234 ratings)" and reelguide_elm.votes(1) == "(1 rating)"
    assert reelguide_blazor.running_time(111, True) == "1 h 51 min"
    assert reelguide_blazor.votes(1234) == "1,234 member ratings"
    assert reelguide_liveview.runtime(111, False) == "111 minutes"
    assert (
        reelguide_solid.duration(111, True) == "1h 51m"
        and reelguide_solid.duration(111, False) == "111m"
    )
    assert reelguide_solid.votes(1) == "1 fan rating"
    for m in MODULES.values():
        assert m.SITE.money(usd) == "$3,600,000"
        assert m.SITE.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    dates = {m.NAME: m.SITE.date for m in MODULES.values()}
    assert dates["reelguide_blazor"] is weekday_date and dates["reelguide_liveview"] is ap_date
    assert dates["reelguide_qwik"] is short_date and dates["reelguide_hotwire"] is us_date


def test_certificates_are_the_mpa_ratings() -> None:
    mpa = {"G", "PG", "PG-13", "R", "NC-17"}
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= mpa and len(seen) >= 3, (design, seen)


def test_us_dates_are_month_first() -> None:
    d = date(1995, 10, 27)
    for design in DESIGNS:
        site = MODULES[design].SITE
        assert not site.date(d, True).startswith("27"), design
        assert site.date(d, False) in ("10/27/1995", "1995-10-27"), design


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


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


def test_sprite_icons_are_labelled_by_their_title_attribute_alone() -> None:
    found = _own_pages("sprite")
    assert len(found) > 40
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        prefix = MODULES[design].SITE.prefix
        assert pairs and markup.count(f'<use href="/{prefix}/static/icons.svg#') == len(pairs)
        assert "<title>" not in markup and "aria-label" not in markup, page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url
        icons = re.findall(r'<svg title="([^"]*)"[^>]*><use href="[^"]*#([a-z]+)"', markup)
        assert all(icon == ICONS.get(html.unescape(k), "info") for k, icon in icons), page.url


def test_turbo_frames_hold_a_header_label_and_a_value() -> None:
    found = _own_pages("frames")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<turbo-frame ") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        ids = re.findall(r'<turbo-frame id="([^"]*)"><header>([^<]*)</header>', markup)
        assert all(i == "fact_" + slug(html.unescape(k)).replace("-", "_") for i, k in ids)
        assert len({i for i, _ in ids}) == len(ids), page.url


def test_the_prose_hooks_name_their_facts_label() -> None:
    found = _own_pages("prose")
    assert len(found) > 40
    for design, page, markup in found:
        for hook, sentence in _prose_pairs(markup):
            labels = [k for k in _labels(design) if slug(html.unescape(k)) == hook]
            assert len(labels) == 1, (page.url, hook)
            assert html.unescape(sentence).startswith(html.unescape(lead(labels[0])) + " ")


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("reelguide_qwik", "Showtimes near you"),
        ("reelguide_remix", "ReelGuide Premium"),
        ("reelguide_hotwire", "Rent or buy"),
        ("reelguide_flutter", "Pick your plan"),
        ("reelguide_elm", "Tickets"),
        ("reelguide_blazor", "Rent or buy"),
        ("reelguide_liveview", "Watch party pass"),
        ("reelguide_solid", "Fan shop"),
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


def test_flutter_shows_no_imdb_link() -> None:
    assert "imdb_id" in NOT_SHOWN["reelguide_flutter"]
    for page in rendered("reelguide_flutter", COUNT):
        assert "imdb.com" not in page.html and page.expected["imdb_id"] is None
