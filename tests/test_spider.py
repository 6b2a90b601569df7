"""The titles spider's decisions: which URLs are titles, lastmod, conditional requests; and
the middlewares' Retry-After reading."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from marquee.middlewares import retry_after_seconds
from marquee.spiders.titles import TitlesSpider, is_title_url, parse_lastmod

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
SITE = "http://127.0.0.1:8000"


def test_title_urls_are_movie_and_show_pages_on_the_site_only() -> None:
    assert is_title_url(f"{SITE}/movie/heat", SITE)
    assert is_title_url(f"{SITE}/show/the-office", SITE)
    assert not is_title_url(f"{SITE}/movies", SITE)
    assert not is_title_url(f"{SITE}/movie/heat/reviews", SITE)
    assert not is_title_url("http://elsewhere.example/movie/heat", SITE)


@pytest.mark.parametrize(
    "url",
    [
        "file://127.0.0.1:8000/movie/heat",  # the same host and port, read from disk
        "ftp://127.0.0.1:8000/movie/heat",
        "s3://127.0.0.1:8000/movie/heat",
        "data:text/html,<h1>Heat</h1>",
        "https://127.0.0.1:8000/movie/heat",  # another scheme is another origin
        "http://127.0.0.1:8001/movie/heat",  # another port is another origin
        "http://127.0.0.2:8000/movie/heat",
        "http://127.0.0.1.evil.example:8000/movie/heat",
        "http:///movie/heat",
    ],
)
def test_a_title_path_off_the_sites_origin_is_no_title_url(url: str) -> None:
    assert not is_title_url(url, SITE)


def test_lastmod_dates_and_datetimes_become_aware_utc() -> None:
    assert parse_lastmod("2026-03-05") == dt.datetime(2026, 3, 5, tzinfo=dt.UTC)
    assert parse_lastmod("2026-03-05T10:00:00Z") == dt.datetime(2026, 3, 5, 10, tzinfo=dt.UTC)
    assert parse_lastmod("2026-03-05T12:00:00+02:00") == dt.datetime(
        2026, 3, 5, 10, tzinfo=dt.UTC
    )
    assert parse_lastmod("yesterday") is None
    assert parse_lastmod(None) is None


def _spider(full: bool = False) -> TitlesSpider:
    spider = TitlesSpider()
    spider.full = full
    state = SimpleNamespace(fetched_at=NOW, etag='"abc"', last_modified="Sun, 01 Mar 2026")
    spider.fetch_state = {f"{SITE}/movie/heat": state}
    return spider


def test_unchanged_known_title_gets_a_conditional_request() -> None:
    headers = _spider()._conditional_headers(f"{SITE}/movie/heat", NOW - dt.timedelta(days=1))
    assert headers == {"If-None-Match": '"abc"', "If-Modified-Since": "Sun, 01 Mar 2026"}


def test_known_title_without_lastmod_gets_a_conditional_request() -> None:
    assert _spider()._conditional_headers(f"{SITE}/movie/heat", None)


def test_lastmod_newer_than_the_last_fetch_is_fetched_outright() -> None:
    assert _spider()._conditional_headers(f"{SITE}/movie/heat", NOW + dt.timedelta(hours=1)) == {}


def test_new_titles_and_full_runs_are_fetched_outright() -> None:
    assert _spider()._conditional_headers(f"{SITE}/movie/new", None) == {}
    assert _spider(full=True)._conditional_headers(f"{SITE}/movie/heat", None) == {}


def test_retry_after_in_seconds_or_as_a_date() -> None:
    assert retry_after_seconds(b"7", NOW) == 7.0
    assert retry_after_seconds("Sun, 01 Mar 2026 12:00:30 GMT", NOW) == 30.0
    assert retry_after_seconds("Sun, 01 Mar 2026 11:00:00 GMT", NOW) == 0.0
    assert retry_after_seconds("later", NOW) is None
    assert retry_after_seconds(None, NOW) is None
