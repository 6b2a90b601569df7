"""robots.txt failing in each way, and crawler traps stopped by the limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faultserver import FaultServer, RobotsMode
from tests.reliability import TITLE_PATH, assert_accounting, run_crawl, stored_titles

TITLES = ["/movie/heat", "/movie/amelie"]


def robots_server(mode: RobotsMode) -> FaultServer:
    return FaultServer(robots=mode, sitemap=TITLES, related=False)


@pytest.mark.parametrize("mode", ["ok", "404", "html"])
def test_robots_readable_or_absent_means_crawl(
    mode: RobotsMode, db_url: str, tmp_path: Path
) -> None:
    # 2xx is obeyed (an HTML page holds no rules), 4xx means no rules: the crawl goes on,
    # finding the sitemap index at its usual place when robots.txt names none
    with robots_server(mode) as server:
        crawl = run_crawl(server, db_url, tmp_path)
        assert_accounting(crawl, server, db_url)
    assert (crawl.status, crawl.returncode) == ("finished", 0)
    assert sorted(stored_titles(db_url)) == ["movie/amelie", "movie/heat"]
    assert server.hits("/robots.txt") == 1  # the spider's request is the policy's too


def test_robots_txt_is_fetched_once_and_its_rules_obeyed(db_url: str, tmp_path: Path) -> None:
    # the rules come from the spider's own robots.txt request, not from a second fetch
    server = FaultServer(sitemap=TITLES, related=False, disallow=["/movie/amelie"])
    with server:
        crawl = run_crawl(server, db_url, tmp_path)
    assert server.hits("/robots.txt") == 1
    assert server.hits("/movie/amelie") == 0
    # both titles were requests of the run; the disallowed one never reached the server
    assert (crawl.counts["requests"], crawl.counts["unaccounted"]) == (2, 0)
    assert crawl.counts["skipped_by_reason"] == {"robots_disallowed": 1}
    assert sorted(stored_titles(db_url)) == ["movie/heat"]


@pytest.mark.parametrize("mode", ["500", "hang"])
def test_robots_unreachable_fails_closed(mode: RobotsMode, db_url: str, tmp_path: Path) -> None:
    # 5xx after retries or a timeout: the site's rules are unknown, so nothing is fetched
    with robots_server(mode) as server:
        crawl = run_crawl(server, db_url, tmp_path, settings={"DOWNLOAD_TIMEOUT": "1"})
        assert_accounting(crawl, server, db_url)
        asked = [e.path for e in server.requests() if TITLE_PATH.match(e.path)]
    assert (crawl.status, crawl.returncode) == ("failed", 2)
    assert crawl.counts["robots_unreachable"]
    assert asked == [] and stored_titles(db_url) == {}
    assert "robots.txt unreachable" in crawl.output


def trap_server() -> FaultServer:
    return FaultServer(sitemap=["/movie/trap-0"], related=False)


def test_a_link_trap_is_stopped_by_the_page_limit(db_url: str, tmp_path: Path) -> None:
    with trap_server() as server:
        crawl = run_crawl(server, db_url, tmp_path, "--limit", "6",
                          settings={"DEPTH_LIMIT": "0"})  # fmt: skip
        assert_accounting(crawl, server, db_url)
    assert crawl.counts["requests"] == 6
    assert sorted(stored_titles(db_url)) == sorted(f"movie/trap-{n}" for n in range(6))
    assert crawl.counts["page_limit_reached"] >= 1  # the trap's next link, refused
    assert "page_limit_reached" in crawl.output


def test_a_link_trap_is_stopped_by_the_depth_limit(db_url: str, tmp_path: Path) -> None:
    # robots 0, index 1, sitemap 2, trap-0 3, ... : depth 7 reaches trap-4
    with trap_server() as server:
        crawl = run_crawl(server, db_url, tmp_path, settings={"DEPTH_LIMIT": "7"})
        assert_accounting(crawl, server, db_url)
    assert sorted(stored_titles(db_url)) == sorted(f"movie/trap-{n}" for n in range(5))
    assert crawl.counts["depth_limit_reached"] >= 1
    assert "depth_limit_reached" in crawl.output
