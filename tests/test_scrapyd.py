"""Deployment on Scrapyd, for real: a Scrapyd on a free loopback port, the project deployed
with scrapyd-deploy as the README says, `titles` scheduled against the fixture site into
SQLite and into PostgreSQL, and the rows and the run row checked."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from marquee.db import schema
from tests.crawling import ALL_TITLES, site
from tests.redisserver import free_port
from tests.reliability import FAST, REPO, count_rows, latest_run, stored_titles

BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Scrapyd:
    url: str
    folder: Path

    def get(self, path: str, **query: str) -> Any:
        address = f"{self.url}/{path}?{urllib.parse.urlencode(query)}"
        with urllib.request.urlopen(address, timeout=30) as answer:
            return json.load(answer)

    def post(self, path: str, fields: list[tuple[str, str]]) -> Any:
        data = urllib.parse.urlencode(fields).encode()
        with urllib.request.urlopen(f"{self.url}/{path}", data=data, timeout=30) as answer:
            return json.load(answer)


def _outside_env() -> dict[str, str]:
    """No PYTHONPATH to this checkout: a job's marquee is the deployed egg's."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scrapyd]:
    folder = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (folder / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\n"
        f"eggs_dir = {folder / 'eggs'}\nlogs_dir = {folder / 'logs'}\n"
        f"dbs_dir = {folder / 'dbs'}\nitems_dir =\npoll_interval = 0.5\nmax_proc = 2\n"
    )
    process = subprocess.Popen([str(BIN / "scrapyd")], cwd=folder, env=_outside_env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    server = Scrapyd(f"http://127.0.0.1:{port}", folder)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                server.get("daemonstatus.json")
                break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None, "no scrapyd"
                time.sleep(0.2)
        _deploy(server)
        yield server
    finally:
        process.terminate()
        process.wait(10)


def _deploy(server: Scrapyd) -> None:
    """scrapyd-deploy from a copy of the project (it writes a setup.py and build files)."""
    project = server.folder / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, project / name)
    shutil.copytree(REPO / "marquee", project / "marquee",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    config = (REPO / "scrapy.cfg").read_text().replace("http://localhost:6800/", server.url)
    (project / "scrapy.cfg").write_text(config)
    done = subprocess.run([str(BIN / "scrapyd-deploy"), "default", "-p", "marquee"],
                          cwd=project, env=_outside_env(), capture_output=True, text=True,
                          timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    answer = json.loads(done.stdout[done.stdout.index("{"):])
    assert answer["status"] == "ok" and answer["spiders"] == 1, done.stdout


def test_the_deployed_project_lists_its_spider(scrapyd):
    assert scrapyd.get("listspiders.json", project="marquee")["spiders"] == ["titles"]


def test_a_scheduled_crawl_stores_every_title_and_its_run(scrapyd, db_url, tmp_path):
    with site() as server:
        settings = {**FAST, "MARQUEE_SITE": server.base, "MARQUEE_DB_URL": db_url,
                    "MARQUEE_ARCHIVE_DIR": str(tmp_path / "archive"),
                    "MARQUEE_SPOOL_DIR": str(tmp_path / "spool")}  # fmt: skip
        fields = [("project", "marquee"), ("spider", "titles"),
                  *(("setting", f"{k}={v}") for k, v in settings.items())]  # fmt: skip
        job = scrapyd.post("schedule.json", fields)
        assert job["status"] == "ok", job
        _wait_for(scrapyd, job["jobid"])
    log = next((scrapyd.folder / "logs").rglob(f"{job['jobid']}.log")).read_text()
    assert "Traceback" not in log, log[-3000:]
    assert set(stored_titles(db_url)) == {path.lstrip("/") for path in ALL_TITLES}
    assert count_rows(db_url, schema.pages) == len(ALL_TITLES)
    run = latest_run(db_url)
    assert run["status"] == "finished", run["counts"]
    assert run["counts"]["requests"] == run["counts"]["stored"] == len(ALL_TITLES)


def _wait_for(scrapyd: Scrapyd, job_id: str) -> None:
    deadline = time.monotonic() + 180
    while True:
        jobs = scrapyd.get("listjobs.json", project="marquee")
        if any(job["id"] == job_id for job in jobs["finished"]):
            return
        assert time.monotonic() < deadline, jobs
        time.sleep(0.5)
