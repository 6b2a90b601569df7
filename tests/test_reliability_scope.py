"""Security and scope: only http and https URLs on the site's exact origin (scheme, host and
port) are requested, from sitemaps, links and redirects alike. One crawl meets a sitemap
index and a title sitemap listing file://, ftp://, s3://, data:, another port, another
scheme and another host, and title pages redirecting (or meta-refreshing) off the origin; a
second server on another port sees whether anything leaks there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy.core.downloader.handlers import DownloadHandlers
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from marquee.archive import archive_files, read_archive
from marquee.spiders.titles import TitlesSpider
from tests import reliability
from tests.faultserver import FaultServer
from tests.reliability import Crawl, assert_accounting, fault_url, mount, reasons, run_crawl

TITLES = ["/movie/heat", "/movie/amelie", "/show/breaking-bad", "/movie/parasite"]
# title pages that redirect (or refresh) to `redirect_targets[name]`, set once ports are known
OFF_ORIGIN_REDIRECTS = ["/redirect/to/port", "/redirect/to/file", "/redirect/to/scheme",
                        "/redirect/to/ftp", "/refresh/to/port"]  # fmt: skip
SECRET = "marquee-secret-9f2c1"  # in a local file a file:// URL names; must never be read
module_db = reliability.module_db


@pytest.fixture(scope="module")
def other_port() -> Iterator[FaultServer]:
    """The site's host on another port: another origin, whose log must stay empty."""
    with FaultServer(sitemap=[], offsite=False) as server:
        yield server


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("local") / "passwd"
    path.write_text(f"root:x:0:0:{SECRET}:/root:/bin/sh\n")
    return path


@pytest.fixture(scope="module")
def server(other_port: FaultServer, secret_file: Path) -> Iterator[FaultServer]:
    srv = mount(*OFF_ORIGIN_REDIRECTS, "/redirect/to/sitemap-port", titles=TITLES)
    with srv:
        site, elsewhere = f"127.0.0.1:{srv.port}", f"127.0.0.1:{other_port.port}"
        srv.redirect_targets = {
            "port": f"http://{elsewhere}/movie/heat",
            "file": f"file://{site}{secret_file}",
            "scheme": f"https://{site}/movie/heat",
            "ftp": f"ftp://{elsewhere}/movie/heat",
            "sitemap-port": f"http://{elsewhere}/sitemaps/titles-1.xml",
        }
        srv.index_extra = [
            f"file://{site}{secret_file}",  # the reported attack: read and archived
            f"ftp://{elsewhere}/sitemaps/titles-1.xml",
            f"http://{elsewhere}/sitemaps/titles-1.xml",
            f"{srv.base}/redirect/to/sitemap-port",  # on the site, redirected off it
        ]
        srv.sitemap_extra = [
            f"file://{site}/movie/heat",
            f"file://{site}{secret_file}",
            f"ftp://{site}/movie/heat",  # the site's own port: the FTP client waited forever
            f"ftp://{elsewhere}/movie/heat",
            "s3://reelguide-archive/movie/heat",
            "data:text/html,<title>Heat</title>",
            f"https://{site}/movie/amelie",
            f"http://{elsewhere}/movie/heat",
            f"http://127.0.0.2:{srv.port}/movie/heat",
        ]
        yield srv


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("crawl")


@pytest.fixture(scope="module")
def crawl(server: FaultServer, other_port: FaultServer, module_db: str, workdir: Path) -> Crawl:
    server.clear_log()
    other_port.clear_log()
    # the sitemap redirect's path is also mounted as a title; only the sitemap entry is used
    server.sitemap = [*TITLES, *(fault_url(path) for path in OFF_ORIGIN_REDIRECTS)]
    # the timeout is the guard: an ftp:// request once ignored DOWNLOAD_TIMEOUT and hung
    return run_crawl(server, module_db, workdir, timeout=90)


def test_only_http_and_https_download_handlers_are_on() -> None:
    settings = Settings()
    settings.setmodule("marquee.settings")
    handlers = settings.getwithbase("DOWNLOAD_HANDLERS")
    assert {scheme for scheme, path in handlers.items() if path} == {"http", "https"}
    settings.set("TWISTED_REACTOR_ENABLED", False)  # building the handlers needs no reactor
    loaded = DownloadHandlers(get_crawler(TitlesSpider, settings.copy_to_dict()))
    assert all(loaded._get_handler(s) is None for s in ("file", "ftp", "s3", "data"))


def test_accounting_holds(crawl: Crawl, server: FaultServer, module_db: str) -> None:
    assert_accounting(crawl, server, module_db)
    assert crawl.counts["requests"] == len(TITLES) + len(OFF_ORIGIN_REDIRECTS)
    assert crawl.counts["stored"] == len(TITLES)


def test_nothing_off_the_origin_is_requested(
    crawl: Crawl, server: FaultServer, other_port: FaultServer
) -> None:
    assert (other_port.log, other_port.connections) == ([], 0)  # no http, ftp or TLS there
    assert server.requests(host="127.0.0.2") == []
    # every connection to the site's port carried a plain HTTP request (no TLS attempt), and
    # every request the downloader sent is one the site's server logged (none to file:, data:)
    assert server.connections == len(server.log)
    assert crawl.counts["http_requests"] == len(server.log)


def test_no_local_file_is_read_or_archived(
    crawl: Crawl, server: FaultServer, workdir: Path
) -> None:
    archived = list(read_archive(archive_files(workdir / "archive")))
    assert archived and all(record.url.startswith(f"{server.base}/") for record in archived)
    assert not any(SECRET.encode() in record.body for record in archived)


def test_out_of_scope_urls_are_counted_by_reason(crawl: Crawl) -> None:
    # listed: index 1 file, 1 ftp, 1 port; titles 2 file, 2 ftp, 1 each of s3, data, scheme,
    # port, host. Redirected: port, file, scheme, ftp; refreshed: port; a sitemap: port
    assert crawl.counts["out_of_scope"] == {
        "scheme_file": 4, "scheme_ftp": 4, "scheme_s3": 1, "scheme_data": 1,
        "other_scheme": 2, "other_port": 5, "other_host": 1,
    }  # fmt: skip
    assert "out of scope (scheme_file), not requested" in crawl.output


def test_title_redirects_off_the_origin_fail_as_offsite(crawl: Crawl, server: FaultServer) -> None:
    for fault in OFF_ORIGIN_REDIRECTS:
        assert server.hits(fault_url(fault)) == 1  # the site's own answer, nothing after it
    assert reasons(crawl, "failed") == {"offsite": len(OFF_ORIGIN_REDIRECTS)}


def test_a_sitemap_redirected_off_the_origin_is_a_discovery_failure(crawl: Crawl) -> None:
    assert crawl.counts["discovery_failures"] == {"sitemap_offsite": 1}


def test_the_crawl_ends_and_says_why_it_is_degraded(crawl: Crawl) -> None:
    assert (crawl.status, crawl.returncode) == ("degraded", 1)
    assert "discovery failures" in crawl.output


def test_robots_txt_is_fetched_once(crawl: Crawl, server: FaultServer) -> None:
    assert server.hits("/robots.txt") == 1
