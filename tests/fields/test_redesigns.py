"""Redesigns never seen: the redesign kit's judging seeds, read with no code change.

The kit (tests/redesign_kit) renders the sample records into random redesigns of the title
page; the parser is developed on DEV_SEEDS and judged here on a fixed slice of JUDGE_SEEDS.
Each field must be right on at least 97% of the pages, and no field may ever hold a value
of a rail, an episode or a review (a leak).
"""

from __future__ import annotations

from functools import cache

import pytest

from marquee.extract import extract
from marquee.items import TitleRecord
from tests.redesign_kit import JUDGE_SEEDS, SPEC_KEYS, Report, kit_pages, score

SEEDS = range(JUDGE_SEEDS.start, JUDGE_SEEDS.start + 300)
FIELD_ACCURACY = 0.97


@cache
def _report() -> Report:
    def read(html: str, url: str) -> dict[str, object] | None:
        found = extract(url, html.encode("utf-8"))
        return found.spec_dict() if isinstance(found, TitleRecord) else None

    return score((page, read(page.html, page.url)) for page in kit_pages(SEEDS))


def test_no_kit_page_is_rejected() -> None:
    assert _report().rejected == 0


@pytest.mark.parametrize("field", SPEC_KEYS)
def test_field_is_read_on_unseen_redesigns(field: str) -> None:
    report = _report()
    misses = [m for m in report.misses if m.field == field][:3]
    assert report.accuracy(field) >= FIELD_ACCURACY, [
        (m.seed, m.mechanism, m.expected, m.got) for m in misses
    ]


def test_no_field_is_filled_from_a_rail_an_episode_or_a_review() -> None:
    assert [(m.seed, m.field, m.got) for m in _report().leaks] == []
