"""`marquee report`: several runs (one degraded, one re-parse) read back from SQLite and
PostgreSQL, and the HTML page drawn by headless Chromium with nothing fetched."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

from PIL import Image

from marquee.db import open_database
from marquee.db.rows import utcnow
from marquee.items import PageMeta, Reject
from marquee.report import alarms, read_report_data, render
from tests.browser import DRAWN, visit
from tests.test_export import load_sample

FIELDS = ("title", "release_year", "runtime_minutes", "genres", "budget")
GOOD = dict.fromkeys(FIELDS, 0.9)


def _counts(requests: int, stored: int, rejected: int, skipped: int, failed: int) -> dict[str, Any]:
    return {
        "requests": requests, "pages": stored + rejected, "inserted": stored, "updated": 0,
        "unchanged": 0, "stored": stored, "rejected": rejected, "skipped": skipped,
        "failed": failed, "rejected_by_reason": {}, "skipped_by_reason": {},
        "failed_by_reason": {"http_500": failed} if failed else {}, "discovery_failures": {},
        "unaccounted": requests - stored - rejected - skipped - failed, "duration_s": 10.0,
        "http_requests": requests, "retries": 0, "finish_reason": "finished",
    }  # fmt: skip


def _reject(url: str, reason: str) -> tuple[Reject, PageMeta]:
    reject = Reject(url=url, reason=reason, details=None, content_sha256=url[-1] * 64,
                    parser_version="test-1", fetched_at=utcnow())  # fmt: skip
    return reject, PageMeta(reject.url, reject.content_sha256, reject.parser_version)


SITE = "https://www.reelguide.example"
REJECTS = [_reject(f"{SITE}/movie/gone-{n}", "no title on the page") for n in range(4)]
REJECTS += [_reject(f"{SITE}/show/odd-{n}", "not HTML") for n in range(5, 7)]


def make_runs(db_url: str) -> list[int]:
    """finished, degraded (a fifth of the requests failed, titles fell), re-parse, finished."""
    load_sample(db_url)
    made = []
    runs = [
        ("finished", _counts(40, 38, 2, 0, 0), GOOD, {}),
        ("degraded", _counts(40, 25, 2, 5, 8), {**GOOD, "title": 0.3}, {}),
        ("finished", {"pages": 3, "inserted": 0}, GOOD, {"command": "reparse"}),
        ("finished", _counts(50, 10, 0, 40, 0), GOOD, {}),
    ]
    with open_database(db_url) as db:
        for status, counts, coverage, options in runs:
            run_id = db.start_run(site="reelguide", options=options)
            db.finish_run(run_id, status=status, counts=counts, coverage=coverage)
            made.append(run_id)
        db.write_batch(REJECTS, run_id=made[-1])
    return made


def test_runs_alarms_and_rejects_are_read_back(db_url: str) -> None:
    first, degraded, _reparse, last = make_runs(db_url)
    with open_database(db_url) as db:
        data = read_report_data(db.engine, 10)
        assert [run.id for run in read_report_data(db.engine, 2).runs] == [degraded, last]
    assert [run.id for run in data.runs] == [first, degraded, last]  # no re-parse run
    assert data.runs[-1].pages_per_s == 5.0
    assert data.alarms == {degraded: [
        "degraded: 8 of 40 requests failed",
        "degraded: coverage of title fell to 30% (last good run 90%)",
    ]}  # fmt: skip
    assert [(g.reason, g.count) for g in data.rejects] == [
        ("no title on the page", 4), ("not HTML", 2)]  # fmt: skip
    assert data.rejects[0].examples == [url for url in (r.url for r, _ in REJECTS[:3])]
    assert data.changes == []  # no title history in this database


def test_drift_recorded_by_a_run_is_an_alarm_even_when_it_finished() -> None:
    from marquee.report import Run

    run = Run(7, "finished", None, None, _counts(1, 1, 0, 0, 0), GOOD,
              drift={"runtime_minutes": {"mean": [110, 55]}})  # fmt: skip
    assert alarms([run]) == {7: ['drift in runtime_minutes: {"mean": [110, 55]}']}


def test_an_empty_database_gives_a_page_saying_so(tmp_path: Path) -> None:
    with open_database(f"sqlite:///{tmp_path / 'empty.db'}") as db:
        page = render(read_report_data(db.engine, 5))
    assert "No crawl run in this database yet." in page and "no unresolved rejects" in page


def _report(db_url: str, output: Path) -> None:
    command = [sys.executable, "-m", "marquee.cli", "report", "--db", db_url,
               "--output", str(output), "--runs", "10"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert f"report on 3 run(s) written to {output}" in done.stdout


def _inked(png: bytes) -> float:
    """Share of the picture that is not background white."""
    histogram = Image.open(io.BytesIO(png)).convert("L").histogram()
    return sum(histogram[:230]) / sum(histogram)


def test_the_report_opens_offline_and_every_chart_is_drawn(db_url: str, tmp_path: Path) -> None:
    _, degraded, _, _ = make_runs(db_url)
    output = tmp_path / "report.html"
    _report(db_url, output)
    assert "<script src" not in output.read_text() and "<link" not in output.read_text()
    with visit(output.as_uri(), tmp_path / "report.png") as page:
        assert page.requests == [output.as_uri()]  # nothing fetched but the file itself
        assert page.errors == []
        charts = page.evaluate(DRAWN)
        assert [chart["id"] for chart in charts] == ["chart-counts", "chart-rate", "chart-coverage"]
        for chart in charts:
            assert chart["marks"] > 10 and chart["traces"] >= 1, chart
            assert chart["width"] > 500 and chart["height"] > 250, chart
        assert page.page is not None
        shots = [element.screenshot() for element in page.page.query_selector_all(".chart")]
        text = page.evaluate("() => document.body.innerText")
    assert all(_inked(shot) > 0.03 for shot in shots)
    assert "holds" in text  # the last run's accounting
    assert f"run {degraded}" in text and "8 of 40 requests failed" in text
    assert "no title on the page" in text and f"{SITE}/movie/gone-0" in text
    assert (tmp_path / "report.png").stat().st_size > 50_000


def test_bad_options_stop_before_any_work(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from marquee.cli import app

    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    runner = CliRunner()
    no_runs = runner.invoke(app, ["report", "--db", db_url, "--runs", "0"])
    assert no_runs.exit_code == 2 and "--runs" in no_runs.output
    no_folder = runner.invoke(app, ["report", "--db", db_url, "-o", str(tmp_path / "x" / "r.html")])
    assert no_folder.exit_code == 2 and "no folder" in no_folder.stderr
    assert not (tmp_path / "m.db").exists()


def test_drift_stored_in_crawl_runs_is_read_when_the_column_is_there(db_url: str) -> None:
    """The drift column comes with the history migration; added here when it is not yet."""
    import sqlalchemy as sa

    *_, last = make_runs(db_url)
    with open_database(db_url) as db:
        with db.engine.begin() as conn:
            if "drift" not in {c["name"] for c in sa.inspect(conn).get_columns("crawl_runs")}:
                kind = "JSONB" if conn.dialect.name == "postgresql" else "JSON"
                conn.execute(sa.text(f"ALTER TABLE crawl_runs ADD COLUMN drift {kind}"))
            runs = sa.table("crawl_runs", sa.column("id"), sa.column("drift", sa.JSON))
            drift = {"runtime_minutes": "median 112 -> 58"}
            conn.execute(sa.update(runs).where(runs.c.id == last).values(drift=drift))
        data = read_report_data(db.engine, 10)
    assert data.alarms[last] == ["drift in runtime_minutes: median 112 -> 58"]
    assert "drift in runtime_minutes: median 112 -&gt; 58" in render(data)


def test_the_fields_changed_most_by_the_last_run_come_from_title_history() -> None:
    import sqlalchemy as sa

    from marquee.report import largest_changes

    engine = sa.create_engine("sqlite://")
    changes = sa.Table("title_changes", sa.MetaData(),
                       sa.Column("id", sa.Integer, primary_key=True),
                       sa.Column("field", sa.Text), sa.Column("run_id", sa.Integer))  # fmt: skip
    with engine.begin() as conn:
        changes.create(conn)
        rows = [("runtime_minutes", 2)] * 3 + [("genres", 2)] * 5 + [("budget", 1)] * 9
        conn.execute(sa.insert(changes), [{"field": f, "run_id": r} for f, r in rows])
        assert largest_changes(conn, 2) == [("genres", 5), ("runtime_minutes", 3)]
        assert largest_changes(conn, None) == []


def test_alarms_apply_the_thresholds_the_crawl_was_judged_by() -> None:
    from marquee.crawl import Thresholds
    from marquee.report import Run

    runs = [Run(1, "finished", None, None, _counts(40, 40, 0, 0, 0), GOOD, None),
            Run(2, "degraded", None, None, _counts(40, 32, 0, 0, 8), GOOD, None)]  # fmt: skip
    assert alarms(runs) == {2: ["degraded: 8 of 40 requests failed"]}
    assert alarms(runs, Thresholds(max_failure_rate=0.5)) == {2: ["degraded"]}
