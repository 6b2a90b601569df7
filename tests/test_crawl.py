"""End-to-end crawls of the local fixture site over real HTTP on 127.0.0.1.

Each crawl runs `python -m marquee.cli crawl` in a subprocess (the Twisted reactor starts
once per process), against a FixtureServer running in this process, so tests can change the
site between runs and read the server's request log.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from marquee.archive import archive_files, read_archive
from marquee.db import resolve_db_url
from marquee.devserver import FixtureServer, RunningServer, serve_in_thread, site_factory

# 23 titles in the sitemap, 3 more (the legacy-layout pages 117-119) only reachable by links
SITEMAP_TITLES = 23
LINKED_ONLY = {"movie/crown-orchard-light-117", "movie/ferry-empire-118",
               "movie/northern-distant-119"}
ALL_TITLES = SITEMAP_TITLES + len(LINKED_ONLY)
# loopback, our own server: no throttling, no waiting between retries
FAST = ["--set", "AUTOTHROTTLE_ENABLED=False", "--set", "DOWNLOAD_DELAY=0",
        "--set", "MARQUEE_RETRY_BACKOFF_BASE=0"]


@pytest.fixture
def site() -> Iterator[RunningServer]:
    with serve_in_thread() as server:
        yield server


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'crawl.db'}"


def crawl(
    server: RunningServer, db_url: str, archive: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "marquee.cli", "crawl", "--site", server.base_url,
               "--db", db_url, "--archive-dir", str(archive), *FAST, *args]
    env = {**os.environ, "MARQUEE_LOG_LEVEL": "WARNING"}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def query(db_url: str, sql: str) -> list[Any]:
    engine = sa.create_engine(resolve_db_url(db_url))
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.text(sql)))
    finally:
        engine.dispose()


def last_run(db_url: str) -> dict[str, Any]:
    row = query(db_url, "SELECT status, counts, coverage FROM crawl_runs ORDER BY id DESC")[0]
    counts, coverage = (json.loads(v) if isinstance(v, str) else v for v in row[1:])
    return {"status": row[0], "counts": counts, "coverage": coverage}


def title_ids(db_url: str) -> set[str]:
    return {row[0] for row in query(db_url, "SELECT source_id FROM titles")}


def title_requests(server: RunningServer) -> list[tuple[str, int]]:
    return [(p, s) for p, s in server.server.log if p.startswith(("/movie/", "/show/"))]


def assert_accounted(counts: dict[str, Any]) -> None:
    parts = counts["stored"] + counts["rejected"] + counts["skipped"] + counts["failed"]
    assert counts["requests"] == parts
    assert counts["unaccounted"] == 0
    assert counts["stored"] == counts["inserted"] + counts["updated"] + counts["unchanged"]


# --- discovery, storage, archive ----------------------------------------------------------------


def test_full_crawl_discovers_sitemap_and_related_titles(
    site: RunningServer, db_url: str, tmp_path: Path
) -> None:
    done = crawl(site, db_url, tmp_path / "archive")

    assert done.returncode == 0, done.stdout + done.stderr
    assert "FINISHED" in done.stdout
    paths = [path for path, _ in site.server.log]
    assert paths[:1] == ["/robots.txt"]
    assert "/sitemap_index.xml" in paths and "/sitemaps/titles-1.xml" in paths
    assert len(title_ids(db_url)) == ALL_TITLES
    assert title_ids(db_url) >= LINKED_ONLY
    requested = title_requests(site)
    assert len(requested) == len(set(requested)) == ALL_TITLES  # each title once
    run = last_run(db_url)
    assert run["status"] == "finished"
    assert run["counts"]["requests"] == run["counts"]["inserted"] == ALL_TITLES
    assert_accounted(run["counts"])
    assert run["coverage"]["title"] == 1.0
    assert 0 < run["coverage"]["cast"] < 1.0


def test_archive_holds_every_response_byte_identical(
    site: RunningServer, sqlite_url: str, tmp_path: Path
) -> None:
    crawl(site, sqlite_url, tmp_path / "archive")

    archived = list(read_archive(archive_files(tmp_path / "archive")))

    assert len(archived) == len(site.server.log)  # robots.txt and sitemaps too
    pages = site.site.pages
    for record in archived:
        path = record.url.removeprefix(site.base_url)
        if path in pages:
            assert record.body == pages[path].render()
            headers = {name.lower(): value for name, value in record.headers.items()}
            assert headers["etag"] == pages[path].etag
            assert record.status == 200
    stored = query(sqlite_url, "SELECT url, archive_path, archive_offset FROM pages")
    assert len(stored) == ALL_TITLES
    located = {(r.url, r.path, r.offset) for r in archived}
    assert {(url, path, offset) for url, path, offset in stored} <= located


def test_reparse_of_the_archive_rebuilds_identical_tables(
    site: RunningServer, sqlite_url: str, tmp_path: Path
) -> None:
    assert crawl(site, sqlite_url, tmp_path / "archive").returncode == 0
    rebuilt = f"sqlite:///{tmp_path / 'rebuilt.db'}"

    marquee = [sys.executable, "-m", "marquee.cli"]
    reparse = subprocess.run([*marquee, "reparse", str(tmp_path / "archive"), "--db", rebuilt],
                             capture_output=True, text=True, timeout=300)

    assert reparse.returncode == 0, reparse.stderr
    exports = [
        subprocess.run([*marquee, "export", "--format", "jsonl", "--db", url],
                       capture_output=True, text=True, timeout=300, check=True).stdout
        for url in (sqlite_url, rebuilt)
    ]
    assert exports[0].count("\n") == ALL_TITLES
    assert exports[0] == exports[1]
    columns = "source_id, title, release_year, record_hash, content_sha256, fetched_at, url"
    tables = [query(url, f"SELECT {columns} FROM titles ORDER BY source_id")
              for url in (sqlite_url, rebuilt)]
    assert tables[0] == tables[1]


# --- incremental re-crawl -----------------------------------------------------------------------


def test_second_run_fetches_nothing_when_nothing_changed(
    site: RunningServer, db_url: str, tmp_path: Path
) -> None:
    assert crawl(site, db_url, tmp_path / "a1").returncode == 0
    site.server.log.clear()

    again = crawl(site, db_url, tmp_path / "a2")

    assert again.returncode == 0, again.stdout + again.stderr
    statuses = [status for _, status in title_requests(site)]
    assert statuses == [304] * ALL_TITLES
    counts = last_run(db_url)["counts"]
    assert counts["skipped_by_reason"] == {"not_modified": ALL_TITLES}
    assert counts["stored"] == counts["pages"] == 0
    assert_accounted(counts)
    assert last_run(db_url)["status"] == "finished"


def test_changed_pages_are_refetched_and_updated(
    site: RunningServer, sqlite_url: str, tmp_path: Path
) -> None:
    assert crawl(site, sqlite_url, tmp_path / "a1").returncode == 0
    site.server.log.clear()
    heat, bao = site.site.pages["/movie/heat"], site.site.pages["/movie/bao"]
    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    public = site.site.base_url.encode(), b"https://www.reelguide.example"
    # heat: newer sitemap lastmod (fetched outright); bao: same lastmod, new content (ETag)
    new_heat = heat.render().replace(*public).replace(b">Heat</h1>", b">Heat (Director's Cut)</h1>")
    new_bao = bao.render().replace(*public).replace(b"Bao", b"Bao Redux")
    site.call(lambda: site.site.put("/movie/heat", new_heat, tomorrow))
    site.call(lambda: site.site.put("/movie/bao", new_bao, bao.lastmod))

    again = crawl(site, sqlite_url, tmp_path / "a2")

    assert again.returncode == 0, again.stdout + again.stderr
    fetched = {path for path, status in title_requests(site) if status == 200}
    assert fetched == {"/movie/heat", "/movie/bao"}
    titles = dict(query(sqlite_url, "SELECT source_id, title FROM titles"))
    assert titles["movie/heat"] == "Heat (Director's Cut)"
    assert titles["movie/bao"] == "Bao Redux"
    counts = last_run(sqlite_url)["counts"]
    assert (counts["updated"], counts["skipped"]) == (2, ALL_TITLES - 2)
    assert_accounted(counts)


def test_full_forces_every_page_and_unchanged_pages_write_nothing(
    site: RunningServer, sqlite_url: str, tmp_path: Path
) -> None:
    assert crawl(site, sqlite_url, tmp_path / "a1").returncode == 0
    site.server.log.clear()

    again = crawl(site, sqlite_url, tmp_path / "a2", "--full")

    assert again.returncode == 0
    assert [status for _, status in title_requests(site)] == [200] * ALL_TITLES
    counts = last_run(sqlite_url)["counts"]
    assert counts["unchanged"] == ALL_TITLES
    assert_accounted(counts)


# --- limits -------------------------------------------------------------------------------------


def test_page_limit_caps_title_requests(
    site: RunningServer, sqlite_url: str, tmp_path: Path
) -> None:
    done = crawl(site, sqlite_url, tmp_path / "a", "--limit", "5")

    assert done.returncode == 0, done.stdout + done.stderr
    assert len(title_requests(site)) == 5
    assert len(title_ids(sqlite_url)) == 5
    assert_accounted(last_run(sqlite_url)["counts"])


def test_depth_limit_stops_following_related_links(
    site: RunningServer, sqlite_url: str, tmp_path: Path
) -> None:
    # robots.txt 0 -> sitemap index 1 -> sitemap 2 -> title 3 -> related title 4
    done = crawl(site, sqlite_url, tmp_path / "a", "--set", "DEPTH_LIMIT=3")

    assert done.returncode == 0
    assert len(title_ids(sqlite_url)) == SITEMAP_TITLES
    assert not LINKED_ONLY & title_ids(sqlite_url)


def test_a_link_trap_ends_at_the_page_limit(tmp_path: Path, sqlite_url: str) -> None:
    with serve_in_thread(server=FixtureServer(site_factory(5_000))) as trap:
        done = crawl(trap, sqlite_url, tmp_path / "a", "--limit", "40", "--set", "DEPTH_LIMIT=0")
        assert done.returncode == 0, done.stdout + done.stderr
        assert len(title_requests(trap)) == 40


# --- robots.txt policy --------------------------------------------------------------------------


def _robots(server: RunningServer, status: int, body: bytes = b"") -> None:
    async def handler(_request: object) -> Any:
        from marquee.devserver import HttpResponse

        return HttpResponse(status, body, {"Content-Type": "text/plain"})

    server.server.routes["/robots.txt"] = handler


def test_robots_disallow_is_obeyed(site: RunningServer, sqlite_url: str, tmp_path: Path) -> None:
    extra = b"Disallow: /search\nDisallow: /movie/heat"
    rules = site.site.robots.replace(b"Disallow: /search", extra)
    _robots(site, 200, rules)

    done = crawl(site, sqlite_url, tmp_path / "a")

    assert done.returncode == 0
    assert "/movie/heat" not in {path for path, _ in site.server.log}
    counts = last_run(sqlite_url)["counts"]
    assert counts["skipped_by_reason"] == {"robots_disallowed": 1}
    assert "movie/heat" not in title_ids(sqlite_url)
    assert_accounted(counts)


def test_robots_5xx_fails_closed_and_marks_nothing_gone(
    site: RunningServer, sqlite_url: str, tmp_path: Path
) -> None:
    assert crawl(site, sqlite_url, tmp_path / "a1").returncode == 0
    site.server.log.clear()
    _robots(site, 503)

    failed = crawl(site, sqlite_url, tmp_path / "a2")

    assert failed.returncode == 2
    assert "FAILED" in failed.stdout and "robots.txt unreachable" in failed.stdout
    assert title_requests(site) == []
    run = last_run(sqlite_url)
    assert run["status"] == "failed"
    assert run["counts"]["robots_unreachable"]
    assert len(title_ids(sqlite_url)) == ALL_TITLES  # a failed run never marks titles gone


def test_robots_404_means_no_rules(site: RunningServer, sqlite_url: str, tmp_path: Path) -> None:
    _robots(site, 404, b"not found")

    done = crawl(site, sqlite_url, tmp_path / "a")

    assert done.returncode == 0, done.stdout
    assert len(title_ids(sqlite_url)) == ALL_TITLES  # found through /sitemap_index.xml


def test_scrapy_crawl_titles_runs_the_same_spider_and_pipeline(
    site: RunningServer, tmp_path: Path
) -> None:
    db_url = f"sqlite:///{tmp_path / 'scrapy.db'}"
    repo = Path(__file__).resolve().parent.parent  # scrapy.cfg names marquee.settings
    env = {**os.environ, "MARQUEE_SITE": site.base_url, "MARQUEE_DB_URL": db_url,
           "MARQUEE_ARCHIVE_DIR": str(tmp_path / "archive"), "MARQUEE_LOG_LEVEL": "WARNING",
           "MARQUEE_SPOOL_DIR": str(tmp_path / "spool")}  # fmt: skip
    command = [sys.executable, "-m", "scrapy", "crawl", "titles",
               "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0"]  # fmt: skip
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    [(status, titles)] = query(
        db_url, "SELECT status, (SELECT count(*) FROM titles) FROM crawl_runs"
    )
    assert (status, titles) == ("finished", 26)
