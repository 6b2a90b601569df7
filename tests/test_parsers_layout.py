"""Layout detection and raw fields of both layouts (text as on the page, not normalized)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marquee.errors import PageRejected
from marquee.parsers import Layout, parse_page, related_title_urls
from marquee.parsers.layout import detect_layout
from marquee.parsers.page import parse_html

PAGES = Path(__file__).parent / "fixtures" / "pages"


def raw(name: str):  # type: ignore[no-untyped-def]
    path = PAGES / f"{name}.html"
    return parse_page(path.as_uri(), path.read_bytes())


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("v2-heat", Layout.CURRENT),
        ("v2-bao", Layout.CURRENT),
        ("v1-titanic", Layout.LEGACY),
        ("v2-soft-404", Layout.CURRENT),
    ],
)
def test_detect_layout(name: str, layout: Layout) -> None:
    assert detect_layout(parse_html((PAGES / f"{name}.html").read_bytes())) is layout


def test_an_unknown_layout_is_read_and_rejected_only_for_what_it_lacks() -> None:
    with pytest.raises(PageRejected) as caught:
        parse_page("https://x/movie/a", b"<html><body><h1>Heat</h1><p>text</p></body></html>")
    assert caught.value.reason == "no title on the page"
    facts = b"<html><body><h1>Heat</h1><p>Runtime: 2h 50m</p></body></html>"
    raw = parse_page("https://x/movie/a", facts)
    assert (raw.layout, raw.title, raw.runtime) == (Layout.UNKNOWN, "Heat", "2h 50m")


def test_empty_page_is_rejected() -> None:
    with pytest.raises(PageRejected) as caught:
        parse_page("https://x/movie/a", b"  ")
    assert caught.value.reason == "empty page"


def test_current_raw_fields_are_page_text() -> None:
    page = raw("v2-leaving-las-vegas")
    assert page.url == "https://www.reelguide.example/movie/leaving-las-vegas"
    assert (page.title, page.tagline) == ("Leaving Las Vegas", "I love you... The way you are.")
    assert (page.runtime, page.budget, page.user_rating_count) == (
        "1h 51m",
        "$3,600,000",
        "1,600 votes",
    )
    assert page.studios == ["Initial Productions"] and page.studios_more == 1
    assert page.trailer_id == "u5RE6rK3TkQ"
    assert page.streaming is not None
    assert page.streaming.status == "Not Currently Available On"
    assert page.streaming.count == "(7 platforms)"
    assert page.streaming.verified == "February 21, 2026"
    assert page.synopsis is not None and page.synopsis.endswith("a chance at mercy.")
    assert page.cast[0] == ("Nicolas Cage", "Ben Sanderson")


def test_legacy_raw_fields() -> None:
    page = raw("v1-the-office")
    assert (page.title, page.title_year, page.kind) == ("The Office", "2005", "Series")
    assert page.genres == ["Comedy"] and page.seasons == "9"
    assert page.writers == ["Greg Daniels", "Ricky Gervais", "Stephen Merchant"]
    assert page.cast[-1] == ("Ed Helms", "Andy Bernard")


def test_legacy_empty_role_is_no_character() -> None:
    assert raw("v1-ferry-empire-118").cast[1] == ("Ines Dubois", None)


def test_related_title_urls_are_absolute_and_exclude_the_page() -> None:
    body = (PAGES / "v2-heat.html").read_bytes()
    urls = related_title_urls("https://www.reelguide.example/movie/heat", body)
    assert urls[0] == "https://www.reelguide.example/show/light-glass-112"
    assert len(urls) == 6
    assert "https://www.reelguide.example/movie/heat" not in urls
