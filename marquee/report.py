"""`marquee report`: one self-contained HTML file on the last crawl runs, for operators.

The last run's summary and accounting, charts over the last N runs (plotly, its JavaScript
inlined: nothing is fetched when the file is opened), field coverage per run as a heat map,
drift alarms, rejects by reason with example URLs, and the fields that changed most.
Columns and tables added by later migrations (crawl_runs.drift, title_changes) are read
when the database has them.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from marquee.crawl import DEGRADED, FINISHED, CrawlOptions, Thresholds, crawl_settings, judge
from marquee.db import open_database
from marquee.db.engine import read_connection
from marquee.db.rows import as_utc

DEFAULT_RUNS = 20
EXAMPLE_URLS = 3
CHANGED_FIELDS = 10
SERIES = ("requests", "stored", "rejected", "skipped", "failed")
STATUS_COLOURS = {FINISHED: "#2e7d32", DEGRADED: "#ef6c00", "interrupted": "#6d4c41",
                  "failed": "#c62828", "abandoned": "#616161", "running": "#1565c0"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Run:
    id: int
    status: str
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    counts: Mapping[str, Any]
    coverage: Mapping[str, float]
    drift: Any  # crawl_runs.drift when the database has that column, else None

    @property
    def label(self) -> str:
        return f"run {self.id}"

    @property
    def duration_s(self) -> float | None:
        stored = self.counts.get("duration_s")
        if isinstance(stored, int | float):
            return float(stored)
        if self.started_at and self.finished_at:
            return (self.finished_at - self.started_at).total_seconds()
        return None

    @property
    def pages_per_s(self) -> float | None:
        """Title pages answered per second (304s included: an incremental run is mostly 304s)."""
        duration, requests = self.duration_s, self.counts.get("requests")
        return round(requests / duration, 2) if duration and isinstance(requests, int) else None


@dataclass(frozen=True, slots=True)
class RejectGroup:
    reason: str
    count: int
    examples: list[str]


@dataclass(frozen=True, slots=True)
class ReportData:
    runs: list[Run]  # oldest first
    alarms: dict[int, list[str]]  # run id -> why it is not well
    rejects: list[RejectGroup]
    changes: list[tuple[str, int]]  # (field, changes) in the last run, when history is kept


# --- reading ----------------------------------------------------------------------------------


def _table(conn: sa.Connection, name: str) -> sa.Table | None:
    """The table as the database has it (with columns later migrations added), or None."""
    if not sa.inspect(conn).has_table(name):
        return None
    return sa.Table(name, sa.MetaData(), autoload_with=conn)


def load_runs(conn: sa.Connection, limit: int) -> list[Run]:
    """The last `limit` crawl runs (not re-parse runs), oldest first."""
    runs = _table(conn, "crawl_runs")
    assert runs is not None, "not a marquee database"
    stmt = sa.select(runs).order_by(runs.c.id.desc())
    found = []
    for row in conn.execute(stmt).mappings():
        if (row["options"] or {}).get("command") == "reparse":
            continue
        found.append(_run(row))
        if len(found) == limit:
            break
    return found[::-1]


def _run(row: sa.RowMapping) -> Run:
    return Run(
        id=row["id"], status=row["status"], started_at=as_utc(row["started_at"]),
        finished_at=as_utc(row["finished_at"]), counts=row["counts"] or {},
        coverage=row["coverage"] or {}, drift=row.get("drift"),
    )  # fmt: skip


def alarms(runs: Sequence[Run], thresholds: Thresholds | None = None) -> dict[int, list[str]]:
    """Each run's drift when recorded; else, for a run not finished, why (the status rules of
    marquee.crawl applied again to its stored counts, against the last finished run before)."""
    thresholds = thresholds or Thresholds.from_settings(crawl_settings(CrawlOptions()))
    found: dict[int, list[str]] = {}
    previous: Mapping[str, float] | None = None
    for run in runs:
        reasons = _drift_lines(run.drift)
        if run.status != FINISHED:
            reasons += _status_reasons(run, previous, thresholds)
        if reasons:
            found[run.id] = reasons
        if run.status == FINISHED:
            previous = run.coverage
    return found


def _drift_lines(drift: Any) -> list[str]:
    if not drift:
        return []
    if isinstance(drift, Mapping):
        return [f"drift in {key}: {_short(value)}" for key, value in drift.items()]
    if isinstance(drift, list):
        return [f"drift: {_short(item)}" for item in drift]
    return [f"drift: {_short(drift)}"]


def _short(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, default=str, sort_keys=True)


def _status_reasons(
    run: Run, previous: Mapping[str, float] | None, thresholds: Thresholds
) -> list[str]:
    try:
        _, reasons = judge(run.counts, run.coverage, previous, thresholds)
    except (KeyError, TypeError, ZeroDivisionError):
        reasons = []  # counts from an older or abandoned run: the status says what is known
    if run.counts.get("abandoned"):
        reasons.append(f"abandoned: {run.counts['abandoned']}")
    return [f"{run.status}: {reason}" for reason in reasons] or [run.status]


def reject_groups(conn: sa.Connection, examples: int = EXAMPLE_URLS) -> list[RejectGroup]:
    """Unresolved rejects by reason, most frequent first, with a few example URLs each."""
    rejects = _table(conn, "rejects")
    assert rejects is not None, "not a marquee database"
    stmt = (sa.select(rejects.c.reason, rejects.c.url).where(rejects.c.resolved_at.is_(None))
            .order_by(rejects.c.reason, rejects.c.url))  # fmt: skip
    counts: dict[str, int] = {}
    urls: dict[str, list[str]] = {}
    for reason, url in conn.execute(stmt):
        counts[reason] = counts.get(reason, 0) + 1
        shown = urls.setdefault(reason, [])
        if len(shown) < examples and url not in shown:
            shown.append(url)
    order = sorted(counts, key=lambda reason: (-counts[reason], reason))
    return [RejectGroup(reason, counts[reason], urls[reason]) for reason in order]


def largest_changes(conn: sa.Connection, run_id: int | None) -> list[tuple[str, int]]:
    """Fields most often changed by the run, when the database keeps title history."""
    changes = _table(conn, "title_changes")
    if changes is None or run_id is None or "field" not in changes.c:
        return []
    count = sa.func.count().label("n")
    stmt = (sa.select(changes.c.field, count).where(changes.c.run_id == run_id)
            .group_by(changes.c.field).order_by(count.desc(), changes.c.field)
            .limit(CHANGED_FIELDS))  # fmt: skip
    return [(field, int(n)) for field, n in conn.execute(stmt)]


def read_report_data(engine: sa.Engine, limit: int) -> ReportData:
    with read_connection(engine) as conn:
        runs = load_runs(conn, limit)
        last = runs[-1].id if runs else None
        return ReportData(runs, alarms(runs), reject_groups(conn), largest_changes(conn, last))


# --- charts -------------------------------------------------------------------------------------


def _figure_html(figure: Any, div_id: str) -> str:
    import plotly.io as pio

    config = {"displaylogo": False, "responsive": True}
    return str(pio.to_html(figure, include_plotlyjs=False, full_html=False, div_id=div_id,
                           config=config))  # fmt: skip


def counts_chart(runs: Sequence[Run]) -> str:
    import plotly.graph_objects as go

    layout = {"title": "Requests and outcomes per run", "height": 360,
              "xaxis": {"type": "category"}, "hovermode": "x unified"}  # fmt: skip
    figure = go.Figure(layout=layout)
    labels = [run.label for run in runs]
    for key in SERIES:
        values = [run.counts.get(key) for run in runs]
        figure.add_trace(go.Scatter(x=labels, y=values, name=key, mode="lines+markers"))
    return _figure_html(figure, "chart-counts")


def rate_chart(runs: Sequence[Run]) -> str:
    import plotly.graph_objects as go

    colours = [STATUS_COLOURS.get(run.status, "#9e9e9e") for run in runs]
    bar = go.Bar(x=[run.label for run in runs], y=[run.pages_per_s for run in runs],
                 marker_color=colours, text=[run.status for run in runs])  # fmt: skip
    layout = {"title": "Title pages per second (colour: status)", "height": 320,
              "xaxis": {"type": "category"}, "yaxis": {"title": "pages/s"}}  # fmt: skip
    return _figure_html(go.Figure(bar, layout=layout), "chart-rate")


def coverage_chart(runs: Sequence[Run]) -> str:
    import plotly.graph_objects as go

    fields = sorted({key for run in runs for key in run.coverage})
    z = [[run.coverage.get(key) for run in runs] for key in fields]
    heat = go.Heatmap(z=z, x=[run.label for run in runs], y=fields, zmin=0, zmax=1,
                      colorscale="Viridis", colorbar={"title": "share"},
                      hovertemplate="%{x}, %{y}: %{z:.0%}<extra></extra>")  # fmt: skip
    layout = {"title": "Field coverage per run (share of records with the field)",
              "height": max(320, 22 * len(fields) + 120), "xaxis": {"type": "category"},
              "yaxis": {"autorange": "reversed"}}  # fmt: skip
    return _figure_html(go.Figure(heat, layout=layout), "chart-coverage")


# --- the page -----------------------------------------------------------------------------------

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; color: #222; }
h1 { margin-bottom: 0.2rem; } .muted { color: #666; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.status { font-weight: bold; padding: 0.1rem 0.4rem; border-radius: 0.2rem; color: white; }
.holds { color: #2e7d32; } .broken { color: #c62828; font-weight: bold; }
.chart { margin: 1rem 0; }
"""


def _e(value: object) -> str:
    return html.escape(str(value))


def _status(status: str) -> str:
    colour = STATUS_COLOURS.get(status, "#9e9e9e")
    return f'<span class="status" style="background:{colour}">{_e(status)}</span>'


SUMMARY_KEYS = ("requests", "pages", "inserted", "updated", "unchanged", "stored", "rejected",
                "skipped", "failed", "http_requests", "retries")


def _summary(run: Run) -> str:
    c = run.counts
    rows = "".join(f'<tr><th>{_e(key)}</th><td class="n">{_e(c.get(key, ""))}</td></tr>'
                   for key in SUMMARY_KEYS)
    duration = run.duration_s
    took = "unknown" if duration is None else str(dt.timedelta(seconds=round(duration)))
    return (f"<h2>Last run: {_e(run.label)} {_status(run.status)}</h2>"
            f"<p>started {_e(_when(run.started_at))}, finished {_e(_when(run.finished_at))},"
            f" took {_e(took)}</p>"
            f"{_invariant(c)}<table id='last-run-counts'>{rows}</table>")  # fmt: skip


def _when(moment: dt.datetime | None) -> str:
    return "unknown" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def _invariant(counts: Mapping[str, Any]) -> str:
    """requests = stored + rejected + skipped + failed, and whether it holds."""
    parts = [counts.get(key) for key in ("requests", "stored", "rejected", "skipped", "failed")]
    if any(not isinstance(part, int) for part in parts):
        return "<p class='muted'>accounting: not recorded for this run</p>"
    requests, stored, rejected, skipped, failed = (int(p) for p in parts if isinstance(p, int))
    gap = requests - (stored + rejected + skipped + failed)
    verdict = ("<span class='holds'>holds</span>" if gap == 0
               else f"<span class='broken'>{gap} requests unaccounted for</span>")  # fmt: skip
    return (f"<p id='invariant'>requests {requests} = stored {stored} + rejected {rejected}"
            f" + skipped {skipped} + failed {failed}: {verdict}</p>")


def _alarms(runs: Sequence[Run], found: Mapping[int, list[str]]) -> str:
    rows = "".join(f"<tr><td>{_e(run.label)}</td><td>{_status(run.status)}</td>"
                   f"<td>{'<br>'.join(_e(line) for line in found[run.id])}</td></tr>"
                   for run in reversed(runs) if run.id in found)  # fmt: skip
    if not rows:
        return "<h2>Alarms</h2><p id='alarms'>none: every run shown finished without drift</p>"
    return ("<h2>Alarms</h2><table id='alarms'><tr><th>run</th><th>status</th><th>why</th></tr>"
            f"{rows}</table>")


def _rejects(groups: Sequence[RejectGroup]) -> str:
    if not groups:
        return "<h2>Rejects</h2><p id='rejects'>no unresolved rejects</p>"
    rows = "".join(f"<tr><td>{_e(g.reason)}</td><td class='n'>{g.count}</td><td>"
                   + "<br>".join(f"<a href='{_e(url)}'>{_e(url)}</a>" for url in g.examples)
                   + "</td></tr>" for g in groups)  # fmt: skip
    return ("<h2>Rejects by reason (unresolved)</h2><table id='rejects'><tr><th>reason</th>"
            f"<th>pages</th><th>examples</th></tr>{rows}</table>")


def _changes(changes: Sequence[tuple[str, int]]) -> str:
    if not changes:
        return ""
    rows = "".join(f"<tr><td>{_e(f)}</td><td class='n'>{n}</td></tr>" for f, n in changes)
    return ("<h2>Largest changes in the last run</h2><table id='changes'><tr><th>field</th>"
            f"<th>changes</th></tr>{rows}</table>")


def render(data: ReportData, *, generated: dt.datetime | None = None) -> str:
    """The whole page; plotly's JavaScript is inlined once, in the head."""
    from plotly.offline import get_plotlyjs

    when = (generated or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    head = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>marquee runs</title><style>{STYLE}</style>"
            f"<script>{get_plotlyjs()}</script></head><body>")  # fmt: skip
    intro = (f"<h1>marquee: crawl runs</h1><p class='muted'>generated {when};"
             f" the last {len(data.runs)} crawl runs (re-parse runs are not shown)</p>")
    if not data.runs:
        body = "<p id='no-runs'>No crawl run in this database yet.</p>"
        return head + intro + body + _rejects(data.rejects) + "</body></html>"
    charts = "".join(f"<div class='chart'>{chart(data.runs)}</div>"
                     for chart in (counts_chart, rate_chart, coverage_chart))  # fmt: skip
    return (head + intro + _summary(data.runs[-1]) + _alarms(data.runs, data.alarms) + charts
            + _rejects(data.rejects) + _changes(data.changes) + "</body></html>")


def main(db_url: str | None, output: Path, runs: int = DEFAULT_RUNS) -> int:
    """`marquee report`: writes `output`; returns how many runs it shows."""
    with open_database(db_url) as db:
        data = read_report_data(db.engine, runs)
    output.write_text(render(data), encoding="utf-8")
    return len(data.runs)
