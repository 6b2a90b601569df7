# ruff: noqa: E501  (HTML patterns read best on one line)
"""The forty-sixth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites46.py does)."""

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

import tests.heldout_sites43
import tests.heldout_sites44
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites46 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    reelguide_amp,
    reelguide_assistant,
    reelguide_digest,
    reelguide_eink,
    reelguide_export,
    reelguide_kiosk,
    reelguide_lite,
    reelguide_wiki,
    site_pages,
)
from tests.heldout_sites46.common import (
    NEW_STYLES,
    PROSE,
    Classes,
    ap_date,
    facts46,
    lead,
    short_date,
    slug,
    us_date,
)
from tests.test_heldout_sites44_gen import EARLIER as BEFORE_SITES44
from tests.test_heldout_sites44_gen import _pairs as pairs44

COUNT = 30
EARLIER = BEFORE_SITES44 | set(tests.heldout_sites43.DESIGNS) | set(tests.heldout_sites44.DESIGNS)
ALONGSIDE = (45, 47, 48)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        reelguide_lite,
        reelguide_kiosk,
        reelguide_eink,
        reelguide_digest,
        reelguide_amp,
        reelguide_wiki,
        reelguide_assistant,
        reelguide_export,
    )
}
# each relaunch's device or delivery: what its docstring calls it, and the words its facts use
# that set it apart
IDEAS = {
    "reelguide_lite": ("low-bandwidth", ("Runtime", "Released", "Rated", "Gross", "Camera")),
    "reelguide_kiosk": ("kiosk", ("Screenwriter", "Director of photography", "Running time", "Release date", "Rating")),
    "reelguide_eink": ("e-ink", ("Photographed by", "Duration", "MPA rating", "Production", "Gross")),
    "reelguide_digest": ("digest", ("Screenplay", "Score", "In theaters", "Rated", "Box office")),
    "reelguide_amp": ("AMP", ("Release", "Production company", "Runtime", "Rating", "Gross")),
    "reelguide_wiki": ("wiki", ("No. of seasons", "Production companies", "Running time", "Release date", "MPA rating")),
    "reelguide_assistant": ("assistant", ("Length", "Released", "Composer", "Cinematographer", "Studio")),
    "reelguide_export": ("export", ("Director(s)", "Writer(s)", "Genre(s)", "Run time", "Studio(s)")),
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
    if 'data-view="sheet"' in markup:
        heads = re.findall(r'<th abbr="([^"]*)" scope="col">([^<]*)</th>', markup)
        assert all(a == b for a, b in heads), heads
        cells = re.findall(r"<td>([^<]*)</td>", markup)
        assert len(heads) == len(cells), (heads, cells)
        return [(a, v) for (a, _), v in zip(heads, cells, strict=True)]
    if "</strong> &mdash; " in markup:
        return re.findall(r"<p><strong>([^<]*)</strong> &mdash; ([^<]*)</p>", markup)
    if 'aria-pressed="false"' in markup:
        return re.findall(
            r'<button type="button" aria-pressed="false"><span>([^<]*)</span><span>([^<]*)</span></button>',
            markup,
        )
    return pairs44(markup)


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
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    assert set(tests.heldout_sites43.DESIGNS) | set(tests.heldout_sites44.DESIGNS) <= EARLIER
    assert {"reelguide_qwik", "reelguide_solid", "reelguide_ledger", "kinoafisha"} <= EARLIER
    assert all(d.startswith("reelguide_") for d in DESIGNS)
    assert not EARLIER & set(DESIGNS)
    assert ALONGSIDE == (45, 47, 48)


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
def test_each_relaunch_names_its_idea_and_wears_it(design: str) -> None:
    idea, words = IDEAS[design]
    assert idea in (MODULES[design].__doc__ or ""), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-{design.split("_")[1]}">' in page.html, page.url


def test_the_relaunches_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 11, (d, other, shared)


def _earlier_source() -> str:
    earlier = checks.earlier_generators(46, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 46))
    assert any("heldout_sites44/" in str(p) for p in earlier)
    assert any("heldout_sites43/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


REDESIGNS = (33, 35, 38, 40, 42, 44)  # the earlier sets that relaunched ReelGuide


def _reelguide_redesigns() -> str:
    redesigns = ""
    for n in REDESIGNS:
        for f in sorted(pathlib.Path(__file__).parent.glob(f"heldout_sites{n}/*.py")):
            redesigns += f.read_text(encoding="utf-8")
    assert "ReelGuide" in redesigns
    return redesigns


def test_earlier_reelguide_redesigns_had_other_ideas() -> None:
    """sites33, 35, 38, 40, 42 and 44 relaunched ReelGuide too; none as these."""
    redesigns = _reelguide_redesigns()
    for design in DESIGNS:
        assert design not in redesigns, design
    for label in (
        "Photographed by",
        "No. of seasons",
        "Genre(s)",
        "Encore screening",
        "Digital release date",
        "Home media",
        "On home video",
    ):
        assert f'"{label}"' not in redesigns, label
    for word in ("kiosk", "e-ink", "digest", "assistant", "AMP HTML", "data export"):
        assert not re.search(rf"\b{re.escape(word)}\b", redesigns, re.I), word


def test_no_earlier_reelguide_used_these_words_for_these_facts() -> None:
    """No earlier ReelGuide design words its length, release, rating, studio, budget and
    gross as any one of these does."""
    keys = ("runtime", "released", "rating", "studio", "budget", "box_office")
    files = [
        f.read_text(encoding="utf-8")
        for n in REDESIGNS
        for f in sorted(pathlib.Path(__file__).parent.glob(f"heldout_sites{n}/*.py"))
    ]
    for design in DESIGNS:
        labels = MODULES[design].SITE.words.labels
        for source in files:
            assert not all(f'"{k}": "{labels[k]}"' in source for k in keys), design


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
    "sheet": 'data-view="sheet"',
    "dashes": "</strong> &mdash; ",
    "pressed": 'aria-pressed="false"',
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "prose": 'data-facts="prose"',
    "kv": "<p><var>",
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
    assert used.count("sheet") >= 5 and used.count("dashes") >= 5 and used.count("pressed") >= 3
    assert len(used) >= 16


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier_source()
    for tell in ("<th abbr", "&mdash;", "aria-pressed", 'data-view="sheet"'):
        assert tell not in source, tell


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
    sheet = facts46(c, "sheet", rows)
    assert sheet.count("<th abbr=") == 4 and sheet.count("<td>") == 4
    assert '<th abbr="Length" scope="col">Length</th>' in sheet and "<td>111 min</td>" in sheet
    assert sheet.count("<tr>") == 2 and _pairs(sheet) == want
    lines = facts46(c, "dashes", rows)
    assert lines.count("&mdash;") == 4 and "<p><strong>Length</strong> &mdash; 111 min</p>" in lines
    assert _pairs(lines) == want
    tiles = facts46(c, "pressed", rows)
    assert tiles.count('aria-pressed="false"') == 4
    assert (
        '<button type="button" aria-pressed="false"><span>Length</span><span>111 min</span></button>'
        in tiles
    )
    assert _pairs(tiles) == want
    outs = (sheet, lines, tiles)
    assert all("Year" not in x for x in outs)
    assert all(values_after(x, "Length") == ["111 min"] for x in outs)
    assert all(values_after(x, "Director") == ["Ada Gallo, Bruno Sato"] for x in outs)
    assert facts46(c, "table", rows).count("<tr><th>") == 4
    assert facts46(c, "kv", rows).count("<var>") == 4
    assert facts46(c, "caption", rows).count("data-caption=") == 4
    assert facts46(c, "prose", rows).count("<span data-fact=") == 4


def test_the_sheets_header_row_names_each_value_under_it() -> None:
    found = _own_pages("sheet")
    assert len(found) > 20
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url
        rows = re.findall(r"<tr>(.*?)</tr>", markup)
        assert len(rows) == 2 and "<td>" not in rows[0] and "<th" not in rows[1], page.url


def test_dash_lines_hold_a_bold_label_a_dash_and_a_value() -> None:
    found = _own_pages("dashes")
    assert len(found) > 20
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("&mdash;") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url


def test_touch_tiles_put_the_label_over_the_value() -> None:
    found = _own_pages("pressed")
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count('aria-pressed="false"') == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_every_label_has_its_own_sentence_opening() -> None:
    """The designs that write the facts as sentences give each fact label an opening of its
    own (the rows the record has no key for read 'Label: value.')."""
    for design in DESIGNS:
        styles = MODULES[design].SITE.styles
        for key, text in MODULES[design].SITE.words.labels.items():
            if "prose" in styles and key != "year":
                assert text in PROSE, (design, text)


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
    """The kiosk's 'Director of photography' begins with its director's label, 'Director'."""
    assert label("reelguide_kiosk", "camera") == "Director of photography"
    assert label("reelguide_kiosk", "director") == "Director"
    for page in rendered("reelguide_kiosk", COUNT):
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
            hook = slug(label(design, "director"))
            directed = [s for h, s in sentences if h == hook]
            assert len(directed) == bool(page.expected["directors"]), page.url
            assert '" data-facts="prose">' in markup and "</span> <span" in markup
    assert found > 5


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
        "reelguide_lite": r"[\d,]+ visits",
        "reelguide_kiosk": r"[\d,]+ seats sold today",
        "reelguide_eink": r"[\d,]+ highlights",
        "reelguide_digest": r"[\d,]+ opens",
        "reelguide_amp": r"[\d,]+ shares",
        "reelguide_wiki": r"[\d,]+ page views",
        "reelguide_assistant": r"Asked [\d,]+ times",
        "reelguide_export": r"[\d,]+ downloads",
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
    assert ap_date(d, True) == "Oct. 7, 1995" and ap_date(date(1995, 3, 3), True) == "March 3, 1995"
    assert reelguide_lite.runtime(111, True) == "1h 51m"
    assert reelguide_lite.runtime(111, False) == "111 min"
    assert reelguide_lite.votes(1234) == "1,234 votes" and reelguide_lite.votes(1) == "1 vote"
    assert reelguide_kiosk.running_time(111, True) == "1 hr 51 min"
    assert reelguide_kiosk.running_time(120, True) == "2 hr"
    assert reelguide_kiosk.running_time(111, False) == "111 min"
    assert reelguide_eink.duration(111, True) == "111 minutes"
    assert reelguide_eink.duration(111, False) == "1 hr 51 min"
    assert reelguide_eink.votes(1234) == "(1,234 ratings)"
    assert reelguide_digest.runtime(45, True) == "45m"
    assert (
        reelguide_amp.runtime(111, True) == "1h 51m" and reelguide_amp.runtime(111, False) == "111m"
    )
    assert reelguide_amp.votes(1234) == "1,234 user ratings"
    assert reelguide_wiki.running_time(111, True) == "111 minutes"
    assert reelguide_wiki.votes(1) == "1 community rating"
    assert reelguide_assistant.length(111, True) == "1 hour 51 minutes"
    assert reelguide_assistant.length(120, True) == "2 hours"
    assert reelguide_assistant.length(61, True) == "1 hour 1 minute"
    assert reelguide_assistant.length(111, False) == "111 minutes"
    assert reelguide_assistant.votes(1234) == "based on 1,234 ratings"
    assert reelguide_export.run_time(111, True) == "111 min"
    assert reelguide_export.run_time(111, False) == "1h 51m"
    assert reelguide_export.iso_date(d, True) == "1995-10-07"
    assert reelguide_export.iso_date(d, False) == "10/07/1995"
    for m in MODULES.values():
        assert m.SITE.money(usd) == "$3,600,000"
        assert m.SITE.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    dates = {m.NAME: m.SITE.date for m in MODULES.values()}
    assert dates["reelguide_eink"] is ap_date and dates["reelguide_lite"] is short_date
    assert dates["reelguide_kiosk"] is us_date and dates["reelguide_digest"] is short_date


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
        assert "10/27/1995" in {site.date(d, True), site.date(d, False)}, design


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


def test_the_prose_hooks_name_their_facts_label() -> None:
    found = _own_pages("prose")
    assert len(found) > 5
    for design, page, markup in found:
        for hook, sentence in _prose_pairs(markup):
            labels = [k for k in _labels(design) if slug(html.unescape(k)) == hook]
            assert len(labels) == 1, (page.url, hook)
            assert html.unescape(sentence).startswith(html.unescape(lead(labels[0])) + " ")


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("reelguide_lite", "Watch it"),
        ("reelguide_kiosk", "Concessions"),
        ("reelguide_eink", "Reader Plus"),
        ("reelguide_digest", "This week’s deals"),
        ("reelguide_amp", "Where to rent"),
        ("reelguide_wiki", "Support the wiki"),
        ("reelguide_assistant", "Rent or buy"),
        ("reelguide_export", "Export plans"),
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


# each relaunch's device or delivery, as its pages wear it


def test_the_amp_page_carries_the_amp_runtime_and_amp_elements() -> None:
    for page in rendered("reelguide_amp", COUNT):
        h = page.html
        assert '<script async src="https://cdn.ampproject.org/v0.js"></script>' in h, page.url
        assert "<style amp-boilerplate>" in h and "<img " not in h and "<iframe" not in h
        assert re.search(r'<amp-img [^>]*alt="[^"]*"[^>]*></amp-img>', h), page.url
        if page.expected["trailer_url"]:
            video = page.expected["trailer_url"].rsplit("=", 1)[1]
            assert re.search(rf'<amp-iframe [^>]*src="[^"]*/embed/{video}\?', h), page.url


def test_the_wiki_has_its_tabs_and_a_later_last_edited_date() -> None:
    for page in rendered("reelguide_wiki", COUNT):
        h = page.html
        assert re.search(r'aria-label="Namespaces">.*?Article.*?Talk.*?View history</a></nav>', h)
        edited = re.search(r"last edited on November (\d+), 2026, at", h)
        assert edited, page.url
        released = page.expected["release_date"]
        assert released is None or released < f"2026-11-{int(edited.group(1)):02d}"


def test_the_digest_lays_its_column_out_in_a_table_with_inline_styles() -> None:
    for page in rendered("reelguide_digest", COUNT):
        h = page.html
        assert '<table role="presentation" width="100%"' in h and "</main></td></tr></table>" in h
        assert h.count('<section style="max-width:600px') >= 3, page.url


def test_the_assistant_answers_the_users_question_about_the_title() -> None:
    for page in rendered("reelguide_assistant", COUNT):
        asked = re.search(
            r'data-turn="user"><h2>You asked</h2><p>&ldquo;([^<]*)\?&rdquo;</p>', page.html
        )
        assert asked and html.unescape(asked.group(1)).endswith(page.expected["title"]), page.url
        assert page.html.index('data-turn="user"') < page.html.index("<h1")


def test_the_kiosk_the_eink_and_the_wiki_page_show_a_poster_named_for_the_title() -> None:
    for design in ("reelguide_kiosk", "reelguide_eink", "reelguide_wiki"):
        for page in rendered(design, 10):
            poster = re.search(
                r'<img class="[a-z]+-poster-[0-9a-f]{5}" [^>]*alt="([^"]*)"', page.html
            )
            assert poster and html.unescape(poster.group(1)) == page.expected["title"], page.url


def test_the_export_dates_are_iso_in_the_long_form() -> None:
    seen = 0
    for page in rendered("reelguide_export", COUNT):
        released = page.expected["release_date"]
        found = values_after(details(page), "Release date")
        if released and found and found[0] == released:
            seen += 1
    assert seen > 3
