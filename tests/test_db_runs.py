"""Runs end truthfully: a run whose process died is closed as "abandoned" by the next run."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from marquee.db import open_database, schema
from marquee.db.runs import gone_reason, this_process
from marquee.db.store import Database
from tests.db_records import all_sample_records, items

ROOT = Path(__file__).parent.parent
# A run started, a batch written under it, then the process waits to be killed.
STARTS_A_RUN = """
import sys, time
from marquee.db import open_database
from tests.db_records import all_sample_records, items
db = open_database(sys.argv[1])
run_id = db.start_run(site="reelguide", options={"command": "test"})
db.write_batch(items(all_sample_records()[:3]), run_id=run_id)
print(run_id, flush=True)
time.sleep(600)
"""


def _run(db: Database, run_id: int) -> dict[str, Any]:
    r = schema.crawl_runs
    with db.engine.connect() as conn:
        return dict(conn.execute(sa.select(r).where(r.c.id == run_id)).mappings().one())


def _insert_run(db: Database, **values: Any) -> int:
    row = {"site": "reelguide", "status": "running", **values}
    stmt = sa.insert(schema.crawl_runs).values(row).returning(schema.crawl_runs.c.id)
    return int(db.transaction(lambda conn: conn.execute(stmt).scalar_one()))


def test_a_sigkilled_run_is_closed_as_abandoned_by_the_next_run(db_url: str) -> None:
    open_database(db_url).close()  # migrated before the child starts
    child = subprocess.Popen(
        [sys.executable, "-c", STARTS_A_RUN, db_url],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert child.stdout is not None
    killed_id = int(child.stdout.readline())
    with open_database(db_url) as db:
        assert _run(db, killed_id)["status"] == "running"
        assert _run(db, killed_id)["pid"] == child.pid
        other = db.start_run(site="reelguide", options={})  # the child is alive: left alone
        assert _run(db, killed_id)["status"] == "running"
        db.finish_run(other, status="finished", counts={}, coverage={})

        child.send_signal(signal.SIGKILL)
        child.wait(10)
        next_id = db.start_run(site="reelguide", options={})
        killed = _run(db, killed_id)
    assert killed["status"] == "abandoned"
    assert killed["finished_at"] is not None
    assert killed["counts"]["abandoned"] == f"process {child.pid} on {socket.gethostname()} is gone"
    assert killed["counts"]["pages_stored"] == 3  # what is known: the pages it wrote
    assert next_id > killed_id


def test_a_live_run_and_another_hosts_run_are_left_running(db_url: str) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        with open_database(db_url) as db:
            live = _insert_run(db, host=socket.gethostname(), pid=sleeper.pid)
            elsewhere = _insert_run(db, host="another-host", pid=999_999_999)
            legacy = _insert_run(db)  # started before runs recorded their process
            db.start_run(site="reelguide", options={})
            assert [_run(db, i)["status"] for i in (live, elsewhere, legacy)] == ["running"] * 3
    finally:
        sleeper.kill()
        sleeper.wait(10)


def test_a_reused_pid_or_a_restarted_host_means_the_process_is_gone() -> None:
    me = this_process()
    assert me.process is not None
    boot, namespace, start = me.process.split("/", 2)
    assert gone_reason(me.host, me.pid, me.process) is None
    reused = f"{boot}/{namespace}/{int(start) - 1}"  # our pid, an earlier process's start time
    assert gone_reason(me.host, me.pid, reused) == f"process {me.pid} on {me.host} is gone"
    rebooted = f"another-boot/{namespace}/{start}"
    assert "has restarted" in str(gone_reason(me.host, me.pid, rebooted))
    in_a_container = f"{boot}/pid:[1]/{start}"
    assert gone_reason(me.host, 999_999_999, in_a_container) is None  # cannot tell from here


def test_a_reparse_whose_database_went_away_is_abandoned_next_time(
    db_url: str, tmp_path: Path
) -> None:
    """The run's end could not be written; once its process has exited the next run closes it."""
    script = (
        "import sys\n"
        "from marquee.db import open_database\n"
        "db = open_database(sys.argv[1])\n"
        "print(db.start_run(site='reelguide', options={'command': 'reparse'}), flush=True)\n"
    )  # and exits: as when finish_run raised StorageUnavailable
    done = subprocess.run(
        [sys.executable, "-c", script, db_url], capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
    )  # fmt: skip
    run_id = int(done.stdout)
    with open_database(db_url) as db:
        assert _run(db, run_id)["status"] == "running"
        db.write_batch(items(all_sample_records()[:1]))  # writing alone closes nothing
        assert _run(db, run_id)["status"] == "running"
        db.start_run(site="reelguide", options={})
        assert _run(db, run_id)["status"] == "abandoned"
