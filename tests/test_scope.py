"""The one origin check: which URLs the crawl may request (marquee.scope)."""

from __future__ import annotations

import doctest

import pytest

from marquee import scope
from marquee.scope import out_of_scope, same_origin

SITE = "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/movie/heat",
        "HTTP://127.0.0.1:8000/movie/heat",
        "http://user@127.0.0.1:8000/sitemap_index.xml",
        " http://127.0.0.1:8000/show/x ",
    ],
)
def test_the_sites_origin_is_in_scope(url: str) -> None:
    assert same_origin(url, SITE)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file://127.0.0.1:8000/etc/passwd", "scheme_file"),  # the reported attack
        ("file:///etc/passwd", "scheme_file"),
        ("ftp://127.0.0.1:8000/movie/heat", "scheme_ftp"),
        ("s3://bucket/movie/heat", "scheme_s3"),
        ("data:text/html,<h1>x</h1>", "scheme_data"),
        ("javascript:alert(1)", "scheme_javascript"),
        ("/movie/heat", "scheme_none"),  # relative: never handed on unjoined
        ("https://127.0.0.1:8000/movie/heat", "other_scheme"),
        ("http://127.0.0.1:8001/movie/heat", "other_port"),
        ("http://127.0.0.1/movie/heat", "other_port"),  # port 80
        ("http://127.0.0.2:8000/movie/heat", "other_host"),
        ("http://127.0.0.1.evil.example:8000/", "other_host"),
        ("http://evil.example#@127.0.0.1:8000/", "other_host"),
        ("http://127.0.0.1:8000@evil.example/", "other_host"),
        ("http://127.0.0.1:99999/", "bad_url"),
        ("http:///movie/heat", "bad_url"),
    ],
)
def test_anything_else_is_out_of_scope_with_a_reason(url: str, why: str) -> None:
    assert out_of_scope(url, SITE) == why


def test_default_ports_are_the_same_origin() -> None:
    assert same_origin("https://www.reelguide.example:443/a", "https://www.reelguide.example")
    assert not same_origin("https://www.reelguide.example:8443/a", "https://www.reelguide.example")


def test_doctests() -> None:
    assert doctest.testmod(scope).failed == 0
