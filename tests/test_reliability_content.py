"""Bad input that arrives intact: error pages answered 200, charsets that lie, broken markup,
control characters, an overlong title, one title under two URLs. One crawl, many checks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from marquee.db import schema
from tests import reliability
from tests.faultserver import CHARSET_TITLE, CONTROL_TITLE_CLEAN, LONG_TITLE, FaultServer
from tests.reliability import (
    Crawl,
    assert_accounting,
    fault_url,
    mount,
    query,
    reasons,
    run_crawl,
    stored_rejects,
    stored_titles,
)

module_db = reliability.module_db
ERROR_PAGES = ["/soft-404", "/maintenance"]
CHARSETS = ["/charset/cp1252-as-utf8", "/charset/utf8-as-cp1252"]
FAULTS = [*ERROR_PAGES, *CHARSETS, "/malformed", "/control-chars", "/long-title"]
TITLES = ["/movie/heat", "/movie/heat-1995", "/movie/amelie"]


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with mount(*FAULTS, titles=TITLES) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server: FaultServer, module_db: str, tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    return run_crawl(server, module_db, tmp_path_factory.mktemp("crawl"))


@pytest.fixture(scope="module")
def titles(crawl: Crawl, module_db: str) -> dict[str, dict[str, Any]]:
    return stored_titles(module_db)


def test_accounting_holds(crawl: Crawl, server: FaultServer, module_db: str) -> None:
    assert_accounting(crawl, server, module_db)
    assert crawl.counts["requests"] == len(FAULTS) + len(TITLES)
    assert crawl.counts["failed"] == 0


def test_error_pages_are_rejected_with_a_reason_not_stored(
    crawl: Crawl, module_db: str, titles: dict[str, dict[str, Any]]
) -> None:
    rejected = {row["url"].rsplit("/", 1)[-1]: row for row in stored_rejects(module_db)}
    for fault in ERROR_PAGES:
        row = rejected[fault_url(fault).rsplit("/", 1)[-1]]
        assert row["reason"], row
    assert crawl.counts["rejected"] == len(ERROR_PAGES)
    assert sum(reasons(crawl, "rejected").values()) == len(ERROR_PAGES)
    assert not any("fault-" in key or "sorry" in str(row["title"]).lower()
                   for key, row in titles.items())  # fmt: skip


@pytest.mark.parametrize("case", ["cp1252-as-utf8", "utf8-as-cp1252"])
def test_a_lying_charset_still_gives_clean_text(
    titles: dict[str, dict[str, Any]], case: str
) -> None:
    assert titles[f"movie/charset-{case}"]["title"] == CHARSET_TITLE


def test_malformed_markup_still_makes_a_record(titles: dict[str, dict[str, Any]]) -> None:
    row = titles["movie/malformed"]
    assert (row["title"], row["kind"]) == ("Malformed Markup", "movie")
    assert row["imdb_id"] == "tt0113277"  # a field after the broken tags is still read


def test_control_characters_are_cleaned_out(titles: dict[str, dict[str, Any]]) -> None:
    row = titles["movie/control-chars"]
    assert row["title"] == CONTROL_TITLE_CLEAN
    assert row["tagline"] == "A Los Angeles crime saga."


def test_a_300_character_title_is_stored_whole(titles: dict[str, dict[str, Any]]) -> None:
    assert titles["movie/long-title"]["title"] == LONG_TITLE
    assert len(LONG_TITLE) == 300


def test_one_title_under_two_urls_is_stored_once(
    crawl: Crawl, module_db: str, titles: dict[str, dict[str, Any]]
) -> None:
    assert [key for key in titles if key.startswith("movie/heat")] == ["movie/heat"]
    pages = query(module_db, sa.select(schema.pages.c.url, schema.pages.c.outcome))
    heat_pages = sorted(p["url"].rsplit("/", 1)[-1] for p in pages if "/movie/heat" in p["url"])
    assert heat_pages == ["heat", "heat-1995"]
    # both URLs are counted (the second as an unchanged record), the row is written once
    assert crawl.counts["stored"] == len(titles) + 1
    assert crawl.counts["inserted"] == len(titles)
