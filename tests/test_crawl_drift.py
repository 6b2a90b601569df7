"""Drift alarms at the end of a crawl: a site whose runtimes moved ends the run degraded."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

from marquee.devserver import RunningServer
from tests.test_crawl import crawl, query
from tests.test_crawl import site as site  # the fixture
from tests.test_drift import WRONG_RUNTIME, moved_runtimes


def _runs(db_url: str) -> list[tuple[str, Any]]:
    rows = query(db_url, "SELECT status, drift FROM crawl_runs ORDER BY id")
    return [(status, json.loads(d) if isinstance(d, str) else d) for status, d in rows]


def _move_every_runtime(server: RunningServer) -> None:
    public = server.site.base_url.encode(), b"https://www.reelguide.example"
    for path, page in list(server.site.pages.items()):
        if path.startswith(("/movie/", "/show/")):
            body = moved_runtimes(page.render().replace(*public))
            put = partial(server.site.put, path, body, page.lastmod, in_sitemap=page.in_sitemap)
            server.call(put)


def test_runtimes_read_from_another_element_end_the_run_degraded_a_normal_run_does_not(
    site: RunningServer, db_url: str, tmp_path: Path
) -> None:
    assert crawl(site, db_url, tmp_path / "a1").returncode == 0
    normal = crawl(site, db_url, tmp_path / "a2", "--full")
    assert normal.returncode == 0, normal.stdout + normal.stderr
    assert "drift" not in normal.stdout

    _move_every_runtime(site)
    assert WRONG_RUNTIME.encode() in site.site.pages["/movie/heat"].render()
    moved = crawl(site, db_url, tmp_path / "a3", "--full")

    assert moved.returncode == 1, moved.stdout + moved.stderr
    assert "DEGRADED" in moved.stdout
    assert "drift: runtime_minutes: median 12" in moved.stdout
    statuses = [status for status, _ in _runs(db_url)]
    assert statuses == ["finished", "finished", "degraded"]
    drift = _runs(db_url)[-1][1]
    assert {d["field"] for d in drift} == {"runtime_minutes"}
    assert next(d for d in drift if d["measure"] == "median")["value"] == 12
    assert _runs(db_url)[1][1] == []
