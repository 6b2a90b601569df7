"""Database faults during `marquee crawl`, end to end, and a layout change seen as a coverage
drop. A database is only stopped when private (tests/pgserver.py) or locked by this test."""

from __future__ import annotations

import contextlib
import re
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from marquee.db import schema
from tests.crawling import ALL_TITLES, SLOW, finish, recorded, site, start_crawl, wait_for_titles
from tests.databases import temporary_pg_database
from tests.pgserver import private_postgres
from tests.reliability import (
    assert_accounting,
    count_rows,
    crawl_env,
    query,
    run_crawl,
    stored_titles,
)
from tests.tcpproxy import tcp_proxy


def _credits_doubled(db_url: str) -> int:
    c = schema.credits
    key = (c.c.title_id, c.c.person_id, c.c.role, c.c.character)
    dupes = sa.select(*key).group_by(*key).having(sa.func.count() > 1).subquery()
    return int(next(iter(query(db_url, sa.select(sa.func.count()).select_from(dupes))[0].values())))


def _everything_once(db_url: str) -> None:
    assert set(stored_titles(db_url)) == {path.lstrip("/") for path in ALL_TITLES}
    assert count_rows(db_url, schema.titles) == len(ALL_TITLES)
    assert count_rows(db_url, schema.pages) == len(ALL_TITLES)
    assert _credits_doubled(db_url) == 0


def _spooled(workdir: Path) -> list[Path]:
    return sorted((workdir / "spool").glob("*.json*"))


# --- PostgreSQL stopped mid-crawl, then restarted -------------------------------------------


def test_postgres_stopped_mid_crawl_fails_loudly_and_the_next_run_writes_the_spool(tmp_path):
    with private_postgres() as pg, site() as server:
        crawl = start_crawl(server, pg.url, tmp_path)
        wait_for_titles(server, crawl, 8)
        pg.stop()
        returncode, output = finish(crawl)
        seen_by_first = server.requests()
        assert returncode == 2, output[-3000:]
        assert "FAILED" in output and "storage unavailable" in output
        assert "run not recorded" in output  # its end is kept too
        assert any(p.name.startswith("batch-") for p in _spooled(tmp_path))

        pg.start()
        server.clear_log()
        second = run_crawl(server, pg.url, tmp_path, settings=SLOW)
        first = recorded(pg.url, returncode, output)
        assert second.returncode == 0, second.output[-3000:]
        assert_accounting(second, server, pg.url)
        server.log[:] = seen_by_first
        assert_accounting(first, server, pg.url)

        assert first.status == "failed" and first.counts["failed_by_reason"]["storage"] > 0
        assert second.counts["replayed"]["runs"] == [first.run_id]
        assert second.counts["replayed"]["batches"] >= 1
        assert _spooled(tmp_path) == []
        _everything_once(pg.url)


# --- SQLite held locked by another connection -----------------------------------------------


def _lock(path: Path) -> sqlite3.Connection:
    blocker = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN EXCLUSIVE")
    return blocker


def test_sqlite_locked_for_a_moment_is_waited_out(tmp_path):
    db_file = tmp_path / "marquee.db"
    db_url = f"sqlite:///{db_file}?timeout=0.3"
    with site() as server:
        crawl = start_crawl(server, db_url, tmp_path)
        wait_for_titles(server, crawl, 6)
        blocker = _lock(db_file)
        threading.Timer(1.0, blocker.rollback).start()
        returncode, output = finish(crawl)
        done = recorded(db_url, returncode, output)
    blocker.close()
    assert done.returncode == 0, output[-3000:]
    assert "retrying after OperationalError" in output
    assert_accounting(done, server, db_url)
    assert done.counts["failed"] == 0 and _spooled(tmp_path) == []
    _everything_once(db_url)


def test_sqlite_locked_for_good_is_spooled_then_replayed(tmp_path):
    db_file = tmp_path / "marquee.db"
    db_url = f"sqlite:///{db_file}?timeout=0.2"
    with site() as server:
        crawl = start_crawl(server, db_url, tmp_path)
        wait_for_titles(server, crawl, 6)
        blocker = _lock(db_file)
        returncode, output = finish(crawl)
    blocker.rollback()
    blocker.close()
    assert returncode == 2, output[-3000:]
    assert "FAILED" in output and "database is locked" in output

    replay = subprocess.run(
        [sys.executable, "-m", "marquee.cli", "replay", "--db", db_url],
        cwd=tmp_path, env=crawl_env(tmp_path), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert replay.returncode == 0, replay.stdout + replay.stderr
    assert _spooled(tmp_path) == []
    failed = recorded(db_url, returncode, output)
    assert failed.status == "failed" and failed.counts["failed_by_reason"]["storage"] > 0
    assert_accounting(failed, server, db_url)
    _everything_once(db_url)


# --- two crawls into one PostgreSQL database at once ----------------------------------------


def test_two_crawls_into_one_postgres_database_at_once(pg_database, tmp_path):
    dirs = [tmp_path / "a", tmp_path / "b"]
    with site() as server:
        for workdir in dirs:
            workdir.mkdir()
        crawls = [start_crawl(server, pg_database, d, settings={"DOWNLOAD_DELAY": "0"})
                  for d in dirs]  # fmt: skip
        outputs = [finish(crawl) for crawl in crawls]
    for returncode, output in outputs:
        done = recorded(pg_database, returncode, output)
        assert done.returncode == 0, output[-3000:]
        assert "deadlock" not in output.lower()
        assert_accounting(done, server, pg_database)
        assert done.counts["requests"] == len(ALL_TITLES)
    _everything_once(pg_database)


# --- a layout change: coverage of key fields falls ------------------------------------------


def _new_layout(page: bytes) -> bytes:
    """The Details section and the JSON-LD gone: most years, genres and runtimes with them."""
    page = re.sub(rb'<section[^>]*id="details".*?</section>', b"", page, flags=re.S)
    return re.sub(rb'<script type="application/ld\+json">.*?</script>', b"", page, flags=re.S)


def test_a_key_field_coverage_drop_degrades_the_run(db_url, tmp_path):
    with site() as server:
        good = run_crawl(server, db_url, tmp_path)
        assert good.status == "finished", good.output[-3000:]
        server.clear_log()
        server.rewrite = _new_layout
        changed = run_crawl(server, db_url, tmp_path)
    assert changed.returncode == 1, changed.output[-3000:]
    assert changed.status == "degraded" and "DEGRADED" in changed.output
    assert "coverage of release_year fell to 24% (last good run 100%)" in changed.output
    assert_accounting(changed, server, db_url)
    assert changed.counts["stored"] == len(ALL_TITLES)


# --- the database unreachable and the spool on a full disk -----------------------------------


@contextlib.contextmanager
def _full_disk(path: Path) -> Iterator[Path]:
    """A 64 KB tmpfs mounted at `path` and filled: every write there fails with ENOSPC."""
    path.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(path)], check=True)
    try:
        with contextlib.suppress(OSError), (path / "filler").open("wb") as filler:
            filler.write(b"\0" * (1 << 20))
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


class _Outage:
    """The crawl's database made unreachable mid-crawl, then reachable again."""

    def __init__(self, url: str, cut: Callable[[], None], restore: Callable[[], None]) -> None:
        self.url, self.cut, self.restore = url, cut, restore


@contextlib.contextmanager
def _outage(kind: str, workdir: Path) -> Iterator[_Outage]:
    if kind == "sqlite":  # held by this test's own connection
        db_file = workdir / "marquee.db"
        held: list[sqlite3.Connection] = []
        yield _Outage(f"sqlite:///{db_file}?timeout=0.2", lambda: held.append(_lock(db_file)),
                      lambda: held.pop().rollback())  # fmt: skip
        return
    with temporary_pg_database() as url:  # behind a proxy this test cuts
        target = sa.make_url(url)
        with tcp_proxy(target.host or "127.0.0.1", target.port or 5432) as proxy:
            via = target.set(host="127.0.0.1", port=proxy.port).render_as_string(False)
            yield _Outage(via, proxy.cut, proxy.restore)


def _output_until(process: subprocess.Popen[str], text: str, then: Callable[[], None]) -> str:
    """The process's whole output; `then` is called as soon as a line holding `text` shows."""
    assert process.stdout is not None
    lines, called = [], False
    for line in process.stdout:
        lines.append(line)
        if text in line and not called:
            then()
            called = True
    process.wait(90)
    return "".join(lines)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_batch_neither_written_nor_spooled_is_counted_lost_and_the_crawl_exits_2(
    kind, tmp_path
):
    """The reparse case (tests/test_reparse_partial.py) in a crawl, on a real full disk: the
    batch is counted `lost` (and failed), the run ends `failed` with one `error:` line, and
    no spool file is left. The database comes back once the loss is logged, so the run's end
    is recorded."""
    with _full_disk(tmp_path / "spool") as spool, _outage(kind, tmp_path) as outage:
        with site() as server:
            crawl = start_crawl(server, outage.url, tmp_path)
            wait_for_titles(server, crawl, 6)
            outage.cut()
            output = _output_until(crawl, "records lost", outage.restore)
            run = recorded(outage.url, crawl.returncode, output)
            assert_accounting(run, server, outage.url)
        titles = count_rows(outage.url, schema.titles)
        assert sorted(p.name for p in spool.iterdir()) == ["filler"]  # no partial spool file

    assert run.returncode == 2, output[-3000:]
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, errors
    lost = re.fullmatch(rf"error: (\d+) records lost: not written, and not kept in {spool}:"
                        r" No space left on device", errors[0])  # fmt: skip
    assert lost, errors
    assert run.status == "failed" and "FAILED" in output
    assert run.counts["lost"] == int(lost.group(1)) > 0
    assert run.counts["failed_by_reason"]["storage"] == run.counts["lost"]  # none kept
    assert titles == run.counts["stored"]  # what was not lost is in the database
