"""Checks of a held-out site generator itself (not the parser), shared by the generator tests
of the whole-site sets: the expected records follow the spec, fields are sometimes absent,
designs differ, rails carry other titles' values, pages are of a real page's size."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from tests.heldout_sites2.site import SitePage as Page


def expected_values_follow_the_spec(pages: Iterable[Page]) -> None:
    for page in pages:
        e = page.expected
        if e["release_date"]:
            assert e["release_year"] == int(e["release_date"][:4])
        if e["studios_total"] is not None:
            assert e["studios_total"] >= len(e["studios"]) >= 1
        else:
            assert e["studios"] == []
        if e["streaming"]:
            assert e["streaming"]["platform_count"] == len(e["streaming"]["platforms"])
        for money in (e["budget"], e["box_office"]):
            assert money is None or (money["amount"].isdigit() and len(money["currency"]) == 3)
        if e["trailer_url"]:
            assert e["trailer_url"].startswith("https://www.youtube.com/watch?v=")


def fields_absent_on_some_and_present_on_others(
    pages: Sequence[Page], keys: Iterable[str], not_shown: Iterable[str]
) -> None:
    for key in keys:
        if key in ("source_id", "kind", "title"):
            continue
        present = sum(1 for p in pages if p.expected[key] not in (None, []))
        if key in not_shown:
            assert present == 0, key
        else:
            assert 0 < present < len(pages), (key, present)


def designs_differ(first_pages: Mapping[str, Page]) -> None:
    skeletons = {d: re.sub(r">[^<]*<", "><", p.html)[:3000] for d, p in first_pages.items()}
    assert len(set(skeletons.values())) == len(first_pages)


def rail_values_differ(pages: Iterable[Page], page_text: Callable[[Any], str],
                       nulls_may_match: bool = False) -> None:
    """`nulls_may_match`: a rating or count that neither title has is no shared value (a set
    whose designs never show one, tests/heldout_sites6)."""
    for page in pages:
        assert page.others
        for other in page.others:
            for key in ("title", "release_year", "runtime_minutes", "content_rating",
                        "user_rating_count", "source_id"):
                if nulls_may_match and other[key] is None and page.expected[key] is None:
                    continue
                assert other[key] != page.expected[key], (page.url, key)
            assert other["source_id"].split("/")[1] in page.html
            assert other["title"] in page_text(page)  # the rail is on the page, a real trap


def real_size_furniture(pages: Iterable[Page], app_state: tuple[str, ...]) -> None:
    for page in pages:
        assert len(page.html) > 6000
        assert "<footer" in page.html and "<style" in page.html
        assert "<nav" in page.html or "<header" in page.html
        assert any(marker in page.html for marker in app_state)  # the app's state script
