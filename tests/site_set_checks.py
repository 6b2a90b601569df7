"""Checks of a held-out site generator itself (not the parser), shared by the generator tests
of the whole-site sets: the expected records follow the spec, fields are sometimes absent,
designs differ, rails carry other titles' values, pages are of a real page's size."""

from __future__ import annotations

import pathlib
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


def deterministic_per_seed(render: Callable[[int], Sequence[Page]]) -> None:
    """The same seed renders the same pages; another seed other titles and markup."""
    first, again, other = render(3), render(3), render(4)
    assert [(p.url, p.html, p.expected) for p in first] == [
        (p.url, p.html, p.expected) for p in again]
    assert [p.expected for p in first] != [p.expected for p in other]
    assert [p.html for p in first] != [p.html for p in other]


def markup_varies_from_page_to_page(pages: Sequence[Page]) -> None:
    """Class hashes change per deploy, and the wording or structure differs too."""
    classes = {tuple(sorted(set(re.findall(r'class="([^"]*)"', p.html)))) for p in pages}
    assert len(classes) == len(pages)
    shapes = {re.sub(r"-[0-9a-f]{5}\b", "", re.sub(r">[^<]*<", "><", p.html)) for p in pages}
    assert len(shapes) == len(pages)


def spec_keys_and_source_id(pages: Iterable[Page], keys: Sequence[str], design: str) -> None:
    for page in pages:
        assert tuple(page.expected) == tuple(keys)
        assert page.design == design
        kind, slug = page.expected["source_id"].split("/")
        assert page.url == f"https://www.reelguide.example/{kind}/{slug}"
        assert kind == page.expected["kind"] in ("movie", "show")
        assert (page.expected["seasons"] is not None) == (kind == "show")
        assert f'href="{page.url}"' in page.html  # the canonical link


def expected_strings_on_the_page(
    pages: Iterable[Page], page_text: Callable[[Any], str], strings: Callable[[Any], Iterable[str]]
) -> None:
    for page in pages:
        text = page_text(page)
        for value in strings(page):
            assert value in text, (page.url, value)


def earlier_generators(number: int, alongside: tuple[int, ...] = ()) -> list[pathlib.Path]:
    """The source files of the held-out generators written before site set `number` (the
    kits tests/heldout .. heldout6 and sites sets of a lower number): a set's claim that its
    markups or languages are new holds against those, not against sets written after it nor
    against sets written at the same time by another writer, blind to it (`alongside`)."""
    root = pathlib.Path(__file__).parent
    found = []
    for folder in root.glob("heldout*"):
        digits = folder.name.removeprefix("heldout_sites")
        order = 0 if not folder.name.startswith("heldout_sites") else int(digits or 1)
        if order < number and order not in alongside:
            found += sorted(folder.glob("*.py"))
    return found
