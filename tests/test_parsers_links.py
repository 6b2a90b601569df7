"""The byte-level link pass the spider uses against the tree-based reader."""

from __future__ import annotations

import itertools
from pathlib import Path
from urllib.parse import urljoin

import pytest

from marquee.devserver import Site
from marquee.parsers import common, related_title_urls
from marquee.parsers.links import title_links

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted([*FIXTURES.glob("pages/*.html"), *FIXTURES.glob("variants/*.html")])
BASE = "https://www.reelguide.example"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_same_links_as_the_tree_reader_on_fixture_pages(path: Path) -> None:
    url, body = f"{BASE}/movie/{path.stem}", path.read_bytes()
    assert title_links(url, body) == related_title_urls(url, body)


def test_same_links_on_synthesized_site_pages() -> None:
    site = Site.synthesized("http://127.0.0.1:8000", 60)
    found = 0
    for path, page in site.pages.items():
        url, body = f"http://127.0.0.1:8000{path}", page.render()
        links = title_links(url, body)
        assert links == related_title_urls(url, body)
        found += len(links)
    assert found > 60  # the synthesized pages link to their neighbours


EDGE_CASES = {
    "comment": b'<html><body><!-- <a href="/movie/old">x</a> --><a href="/show/new">y</a>',
    "script": b'<body><script>var a = \'<a href="/movie/in-js">\';</script><a href="/movie/b">',
    "entities": b'<body><a href="/movie/tom&amp;jerry">x</a><a href=/show/bare>b</a>',
    "single quotes and order": b"<body><a class='c' href='/movie/q' title='t'>q</a>",
    "relative to canonical": b'<head><link href="https://www.reelguide.example/show/x"'
    b' rel="canonical"></head><body><a href="../movie/rel">r</a><a href="/show/x">self</a>',
    "og url": b'<head><meta property="og:url" content="/movie/canon"></head>'
    b'<body><a href="/movie/canon#cast">self</a><a href="/movie/other">o</a>',
    "off-title": b'<body><a href="/people/p">p</a><a href="/movie/a/b">deep</a>'
    b'<a href="https://elsewhere.example/movie/z">z</a>',
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_edge_cases_match_the_tree_reader(name: str) -> None:
    url, body = f"{BASE}/movie/page", EDGE_CASES[name]
    assert title_links(url, body) == related_title_urls(url, body)


def test_edge_case_results() -> None:
    url = f"{BASE}/movie/page"
    assert title_links(url, EDGE_CASES["comment"]) == [f"{BASE}/show/new"]
    assert title_links(url, EDGE_CASES["script"]) == [f"{BASE}/movie/b"]
    assert title_links(url, EDGE_CASES["entities"]) == [
        f"{BASE}/movie/tom&jerry", f"{BASE}/show/bare"
    ]
    assert title_links(url, EDGE_CASES["relative to canonical"]) == [f"{BASE}/movie/rel"]
    assert title_links(url, EDGE_CASES["og url"]) == [f"{BASE}/movie/other"]


def test_utf16_page_goes_to_the_tree_reader() -> None:
    body = '<html><body><a href="/movie/wide">w</a></body></html>'.encode("utf-16")
    url = f"{BASE}/movie/page"
    assert title_links(url, body) == related_title_urls(url, body) == [f"{BASE}/movie/wide"]


_PIECES = ("https://", "http://", "HTTP://", "//", "/", "", "www.x.example", "a", "/b", "?q", "#f",
           ";p", " ", "\t", "%20", "..", "/../", "é", ":80", "@")  # fmt: skip
_BASES = ("https://www.reelguide.example/movie/heat", "file:///saved/heat.html", "http://a/b?c#d")


def test_canonical_link_shortcut_gives_what_urljoin_gives() -> None:
    """Every href of up to three pieces, against urljoin itself."""
    hrefs = {"".join(p).strip() for n in (1, 2, 3) for p in itertools.product(_PIECES, repeat=n)}
    shortcut = [href for href in hrefs if common._PLAIN_ABSOLUTE.fullmatch(href)]
    assert len(shortcut) > 100  # the shortcut is taken, and checked, for many of them
    for base in _BASES:
        for href in hrefs:
            assert common._joined(base, href) == urljoin(base, href), (base, href)
