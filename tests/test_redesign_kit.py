"""Tests of the redesign kit itself (not of the parser): determinism, honest expected records,
distractors that are really other titles', and every catalogued mechanism in use."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.redesign_kit import (
    DEV_SEEDS,
    JUDGE_SEEDS,
    SPEC_KEYS,
    KitPage,
    kit_page,
    kit_pages,
    sample_records,
    score,
)
from tests.redesign_kit.forms import (
    DATE_STYLES,
    MONEY_STYLES,
    RUNTIME_STYLES,
    VOTES_STYLES,
    date_text,
    iso_duration,
    money_text,
    runtime_text,
    votes_text,
)

SEEDS = range(0, 240)
SPEC = Path(__file__).parent / "fixtures" / "SPEC.md"
CATALOGUE = {
    "dl", "th-table", "card-group", "tiles", "colon-list", "dot-list", "split", "details",
    "tabpanel", "aria-label-icon", "svg-title-icon", "i-title-icon", "aria-label-value",
    "aria-labelledby", "sr-only", "hero-line", "h1-text", "h1-spans", "h1-year-span",
    "h1-logo-img", "cast-figure", "cast-as", "cast-parens", "cast-table", "cast-list",
    "crew-lines", "credit-line", "stream-logos", "stream-aria-label", "stream-segments",
    "stream-text", "jsonld-single", "jsonld-graph", "jsonld-array", "jsonld-mainentity",
    "jsonld-typelist", "jsonld-partial", "microdata", "rdfa", "opengraph", "absent",
    "canonical-link", "page-url", "url-path", "youtube-iframe", "imdb-link", "tagline-quoted",
    "about-section", "viewers-section",
}  # fmt: skip


@cache
def pages() -> tuple[KitPage, ...]:
    return tuple(kit_pages(SEEDS))


def page_text(page: KitPage) -> str:
    return html.unescape(page.html)


def spec_keys_from_spec_md() -> set[str]:
    rows = re.findall(r"^\| ([\w, ]+) \|", SPEC.read_text(encoding="utf-8"), flags=re.M)[1:]
    return {key.strip() for row in rows for key in row.split(",")}


def spec_keys_from_fixture() -> list[str]:
    record = json.loads((SPEC.parent / "expected" / "v2-heat.json").read_text(encoding="utf-8"))
    return list(record)


def money_forms(money: dict[str, str], countries: list[str]) -> set[str]:
    return {money_text(money, style, countries) for style in MONEY_STYLES}


def value_forms(key: str, value: Any, record: dict[str, Any]) -> set[str]:
    """The ways a scalar value may read on a kit page (visible text or schema.org)."""
    if key == "release_date":
        return {date_text(value, style) for style in DATE_STYLES}
    if key == "runtime_minutes":
        forms = {runtime_text(value, style) for style in RUNTIME_STYLES}
        hours = {f"{value // 60} hours"} if value % 60 == 0 else set()
        return forms | hours | {iso_duration(value), f'"{value * 60}"'}
    if key == "user_rating_count":
        forms = {votes_text(value, style) for style in VOTES_STYLES}
        return forms | {f'"ratingCount": {value}', f'content="{value}"'}
    if key in ("budget", "box_office"):
        return money_forms(value, record["countries"])
    if key == "trailer_url":
        return {value.rsplit("=", 1)[1]}
    return {str(value)}


def missing_values(page: KitPage) -> list[str]:
    text, expected = page_text(page), page.expected
    record = next(r for r in sample_records() if r["source_id"] == expected["source_id"])
    missing = []
    for key, value in expected.items():
        if value in (None, []) or key in ("source_id", "kind", "studios_total", "streaming"):
            continue
        if isinstance(value, list):
            items = [v for c in value for v in (c.values() if isinstance(c, dict) else [c]) if v]
            missing += [f"{key}: {item}" for item in items if str(item) not in text]
        elif not any(form in text for form in value_forms(key, value, record)):
            missing.append(f"{key}: {value}")
    return missing


def test_same_seed_gives_the_same_page() -> None:
    assert kit_page(17) == kit_page(17)
    assert kit_page(1003).html == kit_page(1003).html


def test_seeds_vary_the_design_and_the_record() -> None:
    sample = pages()[:60]
    assert len({p.expected["source_id"] for p in sample}) >= 15
    assert len({tuple(sorted(p.mechanisms.items())) for p in sample}) == len(sample)
    assert len({re.sub(r"\W", "", p.html[:400]) for p in sample}) > 10


def test_dev_and_judge_seeds_do_not_overlap() -> None:
    assert not set(DEV_SEEDS) & set(JUDGE_SEEDS)
    assert len(DEV_SEEDS) == len(JUDGE_SEEDS) == 1000


def test_expected_keys_are_the_spec_keys() -> None:
    assert set(SPEC_KEYS) == spec_keys_from_spec_md()
    assert list(SPEC_KEYS) == spec_keys_from_fixture()
    for page in pages():
        assert list(page.expected) == list(SPEC_KEYS), page.name
        assert set(page.mechanisms) == set(SPEC_KEYS), page.name


def test_page_names_urls_and_source_ids_agree() -> None:
    for page in pages():
        assert page.url == "https://www.reelguide.example/" + page.expected["source_id"]
        assert page.name == f"kit-{page.seed}-{page.expected['source_id'].split('/')[1]}"
        assert page.url.split("/")[3] == page.expected["kind"]
        if page.mechanisms["source_id"] == "canonical-link":
            assert f'<link rel="canonical" href="{page.url}">' in page.html


@pytest.mark.parametrize("seed", SEEDS)
def test_every_expected_value_is_on_the_page(seed: int) -> None:
    page = pages()[seed]
    assert page.expected["title"] and page.mechanisms["title"].startswith("h1")
    assert missing_values(page) == []


def test_streaming_and_studio_counts_are_on_the_page() -> None:
    for page in pages():
        text, expected = page_text(page), page.expected
        if expected["streaming"]:
            info = expected["streaming"]
            assert f"{info['platform_count']} " in text or f"({info['platform_count']} " in text
            assert all(name in text for name in info["platforms"]), page.name
            assert date_text(info["verified_on"], "long-us") in text
        extra = (expected["studios_total"] or 0) - len(expected["studios"])
        if extra:
            assert f"+{extra} more" in text, page.name


def test_dropped_fields_are_nowhere_on_the_page() -> None:
    dropped = 0
    for page in pages():
        text = page_text(page)
        record = next(r for r in sample_records() if r["source_id"] == page.expected["source_id"])
        for key in (
            "tagline",
            "synopsis",
            "audience_summary",
            "imdb_id",
            "budget",
            "box_office",
            "release_date",
        ):
            if record[key] and page.expected[key] is None:
                dropped += 1
                forms = value_forms(key, record[key], record)
                assert not any(form in text for form in forms), (page.name, key)
    assert dropped > 50


def test_year_only_hero_gives_no_date() -> None:
    cases = [p for p in pages() if p.mechanisms["release_year"] == "hero-line"]
    assert cases
    for page in cases:
        assert page.expected["release_date"] is None
        assert str(page.expected["release_year"]) in page.html


def test_schema_org_cast_has_no_characters() -> None:
    cases = [p for p in pages() if p.mechanisms["cast"].split("+")[0] in SCHEMA_TAGS]
    assert cases
    for page in cases:
        assert all(credit["character"] is None for credit in page.expected["cast"])


SCHEMA_TAGS = {
    "jsonld-single",
    "jsonld-graph",
    "jsonld-array",
    "jsonld-mainentity",
    "jsonld-typelist",
    "jsonld-partial",
    "microdata",
    "rdfa",
    "opengraph",
}


def test_distractors_are_on_the_page_and_are_not_the_titles_values() -> None:
    seen: set[str] = set()
    for page in pages():
        text, expected = page_text(page), page.expected
        record = next(r for r in sample_records() if r["source_id"] == expected["source_id"])
        for key, values in page.distractors.items():
            seen.add(key)
            for value in values:
                assert value != expected[key] and value != record[key], (page.name, key, value)
                assert not isinstance(value, str) or value not in _names(expected), (page.name, key)
                forms = {str(value)} if isinstance(value, str | int) else set()
                forms |= value_forms(key, value, record)
                assert any(form in text for form in forms), (page.name, key, value)
    assert {
        "title",
        "release_year",
        "runtime_minutes",
        "content_rating",
        "user_rating_count",
        "release_date",
        "directors",
        "writers",
        "cast",
        "budget",
    } <= seen


def _names(expected: dict[str, Any]) -> set[str]:
    return (
        set(expected["directors"])
        | set(expected["writers"])
        | {c["actor"] for c in expected["cast"]}
    )


def test_every_catalogued_mechanism_appears_across_the_seeds() -> None:
    tags = {tag for page in pages() for m in page.mechanisms.values() for tag in m.split("+")}
    assert CATALOGUE - tags == set()


def test_every_sample_record_is_used() -> None:
    used = {page.expected["source_id"] for page in pages()}
    assert used == {record["source_id"] for record in sample_records()}


def test_pages_carry_the_skeleton_variations() -> None:
    joined = "".join(page.html for page in pages()[:80])
    for marker in (
        "<main",
        "<article",
        '<div id="__next"',
        "css-",
        "title-page__",
        '<script id="__NEXT_DATA__"',
        'role="dialog"',
        "<footer",
        "<nav",
    ):
        assert marker in joined, marker


def test_score_of_the_expected_records_is_perfect() -> None:
    report = score((page, page.expected) for page in pages()[:40])
    assert report.overall() == 1.0 and report.rejected == 0 and not report.misses


def test_score_counts_a_reject_as_every_field_wrong() -> None:
    page = pages()[0]
    report = score([(page, None)])
    assert report.rejected == 1 and report.overall() == 0.0
    assert len(report.misses) == len(SPEC_KEYS) and not report.leaks


def test_score_flags_a_distractor_value_as_a_leak() -> None:
    page = next(p for p in pages() if p.distractors.get("runtime_minutes"))
    got = dict(page.expected, runtime_minutes=page.distractors["runtime_minutes"][0])
    report = score([(page, got)])
    assert [(m.field, m.leak) for m in report.misses] == [("runtime_minutes", True)]
    assert report.accuracy("runtime_minutes") == 0.0


def test_score_flags_a_review_read_as_the_viewers_summary() -> None:
    page = next(p for p in pages() if p.distractors.get("audience_summary"))
    review = page.distractors["audience_summary"][0]
    got = dict(page.expected, audience_summary=f"Jonas Kerr {review} Rated 8/10.")
    assert [m.leak for m in score([(page, got)]).misses] == [True]


def test_pages_do_not_depend_on_the_process() -> None:
    """Same seed, same bytes in a fresh interpreter with another hash seed."""
    code = "from tests.redesign_kit import kit_page; print(kit_page(1234).html)"
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
    )
    assert run.stdout == kit_page(1234).html + "\n"


def test_labelled_facts_name_a_label_that_is_on_the_page() -> None:
    labelled = 0
    for page in pages():
        for mechanism in page.mechanisms.values():
            for tag in mechanism.split("+"):
                if tag.startswith("label="):
                    labelled += 1
                    assert tag[6:] in page_text(page), (page.name, tag)
    assert labelled > 1000


def test_schema_only_fields_are_not_shown_as_text() -> None:
    checked = 0
    for page in pages():
        text, expected = page_text(page), page.expected
        if page.mechanisms["runtime_minutes"] in SCHEMA_TAGS:
            checked += 1
            shown = {runtime_text(expected["runtime_minutes"], s) for s in RUNTIME_STYLES}
            assert not any(f">{form}<" in text for form in shown), page.name
        if page.mechanisms["release_date"] in SCHEMA_TAGS and expected["release_date"]:
            checked += 1
            shown = {date_text(expected["release_date"], s) for s in DATE_STYLES[:3]}
            assert not any(form in text for form in shown), page.name
    assert checked > 10
