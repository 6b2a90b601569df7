"""The `marquee` command line. Each command is a thin shell over a library function."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import typer

from marquee.errors import StorageUnavailable

# rich_markup_mode=None: click's plain help, where a metavar replaces typer's <str>/<bool> tags
app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    help="marquee: crawl, parse, normalize and load ReelGuide title pages.",
)
EXIT_USAGE = 2


def _fail(message: str) -> NoReturn:
    """One line on stderr, exit 2: for mistakes in what was asked, not a traceback."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _print_version(wanted: bool) -> None:
    if wanted:
        from marquee import __version__

        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def main(
    _version: bool = typer.Option(
        False, "--version", is_eager=True, callback=_print_version, help="print the version"
    ),
) -> None:
    """marquee: crawl, parse, normalize and load ReelGuide title pages."""


@app.command()
def version() -> None:
    """Print marquee's version."""
    from marquee import __version__

    typer.echo(__version__)


db_app = typer.Typer(
    no_args_is_help=True, add_completion=False, rich_markup_mode=None, help="Database schema."
)
app.add_typer(db_app, name="db")
DB_OPTION_HELP = "database URL (default $MARQUEE_DB_URL, else sqlite:///marquee.db)"
SPOOL_OPTION_HELP = "spool directory (default $MARQUEE_SPOOL_DIR, else ./spool)"


def _check_db(url: str | None) -> str | None:
    """A mistyped or unsupported URL (given or from $MARQUEE_DB_URL) stops here, before work."""
    from marquee.db.engine import UnsupportedDatabaseURL, check_db_url

    try:
        check_db_url(url)
    except UnsupportedDatabaseURL as error:
        _fail(str(error))
    return url


def _db_option() -> Any:
    return typer.Option(None, "--db", metavar="URL", help=DB_OPTION_HELP, callback=_check_db)


def _check_output(path: Path | None) -> None:
    """A file we can write, or one line and exit 2 before any work is done."""
    if path is None or str(path) == "-":
        return
    if path.is_dir():
        _fail(f"--output {path}: is a folder, not a file")
    if not path.parent.is_dir():
        _fail(f"--output {path}: no folder {path.parent}")
    existed = path.exists()
    try:
        with path.open("a", encoding="utf-8"):
            pass
    except OSError as error:
        _fail(f"--output {path}: cannot write: {error.strerror or error}")
    if not existed:
        path.unlink()


@contextmanager
def _closed_stdout_is_fine() -> Iterator[None]:
    """`marquee export | head`: the reader left; stop quietly, exit 0."""
    try:
        yield
    except BrokenPipeError:
        # Python would flush stdout again at exit and complain: point it at /dev/null.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


def _storage_exit(error: StorageUnavailable) -> typer.Exit:
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(2)


@db_app.command("upgrade")
def db_upgrade(db: str | None = _db_option()) -> None:
    """Create the schema, or migrate it to the latest revision."""
    from marquee.db.commands import upgrade

    try:
        revision = upgrade(db)
    except StorageUnavailable as error:
        raise _storage_exit(error) from error
    typer.echo(f"database at revision {revision}")


@db_app.command("dictionary")
def db_dictionary(
    output: Path | None = typer.Option(  # noqa: B008
        None, "--output", "-o", metavar="FILE", help="file (default: stdout)"
    ),
) -> None:
    """Print the data dictionary generated from the models (docs/schema.md)."""
    from marquee.db.dictionary import render

    _check_output(output)
    if output is None:
        typer.echo(render(), nl=False)
    else:
        output.write_text(render(), encoding="utf-8")


@app.command()
def rejects(db: str | None = _db_option()) -> None:
    """List the pages that could not become records and are not resolved yet."""
    from rich.console import Console

    from marquee.db.commands import rejects_table

    try:
        table = rejects_table(db)
    except StorageUnavailable as error:
        raise _storage_exit(error) from error
    Console().print(table)


@app.command()
def replay(
    db: str | None = _db_option(),
    spool: Path | None = typer.Option(None, "--spool", metavar="DIR", help=SPOOL_OPTION_HELP),  # noqa: B008
    any_database: bool = typer.Option(
        False, "--any-database", help="also replay batches kept for another database URL"
    ),
) -> None:
    """Write the batches kept in the spool after failed writes; exit 1 if some still fail."""
    from marquee.db.commands import replay as replay_spool

    try:
        result = replay_spool(db, spool, any_database=any_database)
    except StorageUnavailable as error:
        raise _storage_exit(error) from error
    counts = ", ".join(f"{name} {value}" for name, value in result.counts.as_dict().items())
    typer.echo(f"replayed {len(result.written)} batch(es): {counts}")
    for path, reason in result.failed:
        typer.echo(f"still failing: {path}: {reason}", err=True)
    for path in result.other_database:
        typer.echo(f"left for another database (see --any-database): {path}", err=True)
    raise typer.Exit(1 if result.failed else 0)


@app.command()
def parse(
    paths: list[Path] = typer.Argument(..., help="HTML files or directories"),  # noqa: B008
    output: str = typer.Option(
        "-", "--output", "-o", metavar="FILE", help="JSON lines file (default: stdout)"
    ),
) -> None:
    """Parse saved pages offline to JSON lines; rejects on stderr, non-zero exit if any."""
    from marquee.parse_command import NoPagesFound, run_parse

    _check_output(Path(output))
    try:
        with _closed_stdout_is_fine():
            status = run_parse(paths, output)
    except NoPagesFound as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"--output {output}: {error.strerror or error}")
    raise typer.Exit(status)


def _fetch_time(text: str | None) -> dt.datetime | None:
    if text is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        _fail(f"--fetched-at {text!r}: not an ISO 8601 time (2026-03-01T12:00:00+00:00)")
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


@app.command()
def reparse(
    paths: list[Path] = typer.Argument(..., help="HTML files, directories, WARC files"),  # noqa: B008
    db: str | None = _db_option(),
    jobs: int | None = typer.Option(
        None, "--jobs", "-j", metavar="N", help="worker processes (default: auto)"
    ),
    fetched_at: str | None = typer.Option(
        None,
        "--fetched-at",
        metavar="TIME",
        help="fetch time of loose HTML files, ISO 8601 (default: each file's modification time)",
    ),
) -> None:
    """Re-parse saved pages offline into the database; non-zero exit if any write failed."""
    from marquee.reparse import NoPagesFound
    from marquee.reparse import main as reparse_main

    try:
        status = reparse_main(paths, db, jobs, _fetch_time(fetched_at))
    except (NoPagesFound, FileNotFoundError, StorageUnavailable) as error:
        _fail(str(error))
    raise typer.Exit(status)


@app.command()
def learn(
    paths: list[Path] = typer.Argument(  # noqa: B008
        None, help="saved pages or WARC files of the new layout (not with --show/--forget)"
    ),
    db: str | None = _db_option(),
    show: bool = typer.Option(False, "--show", help="print the learned locators in use"),
    show_all: bool = typer.Option(False, "--all", help="with --show: retired ones too"),
    forget: int | None = typer.Option(
        None, "--forget", metavar="ID", help="retire one learned locator (ids: --show)"
    ),
) -> None:
    """Learn where a redesign puts each field from the records already stored."""
    from rich.console import Console

    from marquee.db import learned as stored
    from marquee.db import open_database
    from marquee.learn_command import listing_lines, print_summary, run_learn
    from marquee.reparse import NoPagesFound

    if (show or forget is not None) == bool(paths):
        _fail("give saved pages to learn from, or --show, or --forget ID")
    console = Console()
    try:
        with open_database(_check_db(db)) as database:
            if show:
                for line in listing_lines(stored.listing(database, retired=show_all)):
                    console.print(line, markup=False, highlight=False, soft_wrap=True)
            elif forget is not None:
                if not stored.forget(database, forget):
                    _fail(f"--forget {forget}: no learned locator in use with that id")
                console.print(f"retired learned locator {forget}")
            else:
                print_summary(run_learn(paths, database), console)
    except (NoPagesFound, FileNotFoundError) as error:
        _fail(str(error))
    except StorageUnavailable as error:
        raise _storage_exit(error) from error


@app.command()
def diff(
    paths: list[Path] = typer.Argument(  # noqa: B008
        None, help="HTML files, directories, WARC files (default: the last run's archive)"
    ),
    db: str | None = _db_option(),
    fmt: str = typer.Option("text", "--format", metavar="FORMAT", help="text, json or html"),
    examples: int = typer.Option(5, "--examples", metavar="N", help="examples per change"),
    jobs: int | None = typer.Option(
        None, "--jobs", "-j", metavar="N", help="worker processes (default: auto)"
    ),
    fallback: list[Path] = typer.Option(  # noqa: B008
        [], "--fallback", metavar="PATH", help="pages to use when no PATH and no archive"
    ),
) -> None:
    """What re-parsing saved pages would change in the database, without writing: exit 0 when
    nothing would change, 1 when something would."""
    from marquee.diff import DiffFormat
    from marquee.diff import main as diff_main
    from marquee.reparse import NoPagesFound

    try:
        chosen = DiffFormat(fmt)
    except ValueError:
        _fail(f"--format {fmt!r}: choose text, json or html")
    if examples < 0:
        _fail("--examples: give 0 or more")
    try:
        with _closed_stdout_is_fine():
            status = diff_main(paths or [], db, chosen, examples=examples, jobs=jobs,
                               fallback=fallback)  # fmt: skip
    except (NoPagesFound, FileNotFoundError, StorageUnavailable) as error:
        _fail(str(error))
    raise typer.Exit(status)


@app.command()
def export(
    fmt: str = typer.Option(
        ..., "--format", metavar="FORMAT", help="jsonl, csv, parquet or sqlite (whole database)"
    ),
    db: str | None = _db_option(),
    output: Path | None = typer.Option(  # noqa: B008
        None, "--output", "-o", metavar="FILE", help="file (default: stdout)"
    ),
    spec_only: bool = typer.Option(False, "--spec-only", help="JSON lines: spec keys only"),
) -> None:
    """Export stored titles: JSON lines in the record spec's shape, flat CSV / Parquet, or the
    whole database as a SQLite snapshot (for `marquee browse`)."""
    from marquee.export import ExportFormat
    from marquee.export import main as export_main

    try:
        chosen = ExportFormat(fmt)
    except ValueError:
        _fail(f"--format {fmt!r}: choose jsonl, csv, parquet or sqlite")
    _check_output(output)
    try:
        with _closed_stdout_is_fine():
            export_main(db, chosen, output, spec_only=spec_only)
    except (StorageUnavailable, ValueError) as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"--output {output}: {error.strerror or error}")


@app.command()
def report(
    db: str | None = _db_option(),
    output: Path = typer.Option(  # noqa: B008
        Path("report.html"), "--output", "-o", metavar="FILE", help="HTML file to write"
    ),
    runs: int = typer.Option(20, "--runs", metavar="N", min=1, help="how many last runs"),
) -> None:
    """Write one self-contained HTML page on the last crawl runs: summary, charts, alarms."""
    from marquee.report import main as report_main

    _check_output(output)
    try:
        shown = report_main(db, output, runs)
    except StorageUnavailable as error:
        raise _storage_exit(error) from error
    except OSError as error:
        _fail(f"--output {output}: {error.strerror or error}")
    typer.echo(f"report on {shown} run(s) written to {output}")


@app.command()
def browse(
    db: str | None = _db_option(),
    port: int = typer.Option(8001, "--port", metavar="PORT", help="port on 127.0.0.1"),
) -> None:
    """Browse the tables in Datasette (a PostgreSQL database through a SQLite snapshot)."""
    from marquee.browse import serve

    if not 1 <= port <= 65535:
        _fail(f"--port {port}: not a TCP port: choose 1 to 65535")
    try:
        serve(db, port, note=typer.echo)
    except FileNotFoundError as error:
        _fail(str(error))
    except StorageUnavailable as error:
        raise _storage_exit(error) from error


@app.command()
def crawl(
    site: str | None = typer.Option(
        None, "--site", metavar="URL", help="site base URL (default $MARQUEE_SITE)"
    ),
    db: str | None = _db_option(),
    limit: int | None = typer.Option(
        None, "--limit", metavar="N", help="most title pages to request"
    ),
    full: bool = typer.Option(False, "--full", help="fetch every title, no conditional requests"),
    archive_dir: str | None = typer.Option(
        None, "--archive-dir", metavar="DIR", help="WARC archive directory"
    ),
    jobdir: str | None = typer.Option(
        None, "--jobdir", metavar="DIR", help="pause/resume state directory"
    ),
    setting: list[str] = typer.Option(  # noqa: B008
        [], "--set", "-s", metavar="NAME=VALUE", help="Scrapy setting NAME=VALUE"
    ),
    learn_layout: bool = typer.Option(
        False,
        "--learn",
        help="when the run ends degraded by coverage, learn the new layout from earlier copies"
        " of its titles and re-parse its pages",
    ),
    frontier: str | None = typer.Option(
        None, "--frontier", metavar="URL",
        help="redis://HOST:PORT/DB shared by the workers of one run (this process is one)",
    ),
    run: str | None = typer.Option(
        None, "--run", metavar="NAME", help="the distributed run's name (default: site and date)"
    ),
    workers: int | None = typer.Option(
        None, "--workers", metavar="N", min=1, help="start N local worker processes of one run"
    ),
    status: bool = typer.Option(False, "--status", help="with --frontier: the run's progress"),
) -> None:
    """Crawl the site; exit 0 finished, 1 degraded or interrupted, 2 failed."""
    from marquee.crawl import CrawlOptions, default_run_name, parse_setting_pairs, run_crawl
    from marquee.progress import progress

    try:
        extra = parse_setting_pairs(setting)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--set") from error
    if (frontier or workers) and jobdir:
        _fail("--jobdir is for a single-process crawl: a distributed run's state is in Redis")
    if workers and not frontier:
        from marquee.workers import LOCAL_FRONTIER

        frontier = LOCAL_FRONTIER
        run = run or f"{default_run_name(site or _site_default())}-{os.getpid()}"
    if frontier:
        run = run or default_run_name(site or _site_default())
        _check_frontier(frontier, run, status=status)
    elif status or run:
        _fail("--status and --run need --frontier URL")
    options = CrawlOptions(site=site, db_url=db, limit=limit, full=full,
                           archive_dir=archive_dir, jobdir=jobdir, settings=extra,
                           frontier=frontier, run=run)  # fmt: skip
    if workers:
        from marquee.workers import report, run_workers

        raise typer.Exit(report(run_workers(options, workers), typer.echo))
    with progress("crawling") as tick:
        result = run_crawl(options, on_page=tick)
    typer.echo(result.summary)
    for lost in result.errors:
        typer.echo(f"error: {lost}", err=True)
    if learn_layout and _healable(result):
        _heal(db, result)
    raise typer.Exit(result.exit_status)


def _healable(result: Any) -> bool:
    """Degraded because fields were missing (a key field's coverage fell, or any field's
    share of nulls drifted up), with an archive to learn from."""
    from marquee.crawl import DEGRADED

    nulls_rose = any(found["measure"] == "share null" and found["value"] > found["baseline"]
                     for found in result.drift)
    coverage = nulls_rose or any("coverage" in reason for reason in result.reasons)
    return bool(result.status == DEGRADED and coverage and result.counts.get("archive_dir"))


def _heal(db: str | None, result: Any) -> None:
    from marquee.db import open_database
    from marquee.learn_command import heal, heal_lines

    typer.echo(f"learning the new layout from run {result.run_id}'s archive (--learn)")
    try:
        with open_database(db) as database:
            healed = heal(database, result.run_id, Path(result.counts["archive_dir"]),
                          result.coverage)  # fmt: skip
    except StorageUnavailable as error:
        raise _storage_exit(error) from error
    for line in heal_lines(healed):
        typer.echo(line)


def _site_default() -> str:
    from marquee import settings

    return settings.MARQUEE_SITE


def _check_frontier(url: str, run: str, *, status: bool) -> None:
    """Redis answers and the run can take a worker (or, with --status, its progress)."""
    from marquee.frontier import Frontier, FrontierUnavailable, check_run_name, connect

    try:
        check_run_name(run)
        frontier = Frontier(connect(url), run)
        progress = frontier.progress()
    except (FrontierUnavailable, ValueError) as error:
        _fail(str(error))
    if status:
        for name, value in progress.items():
            typer.echo(f"{name}: {value}")
        raise typer.Exit(0)
    if progress["finished_run_id"] is not None:
        _fail(f"run {run} has finished (crawl run {progress['finished_run_id']}):"
              " a new --run NAME starts a new run")  # fmt: skip


@app.command("serve-fixtures")
def serve_fixtures(
    port: int = typer.Option(
        8080, "--port", metavar="PORT", help="port on 127.0.0.1 (0: any free port)"
    ),
    pages: int | None = typer.Option(
        None, "--pages", metavar="N", help="synthesize N distinct title pages"
    ),
) -> None:
    """Serve the bundled ReelGuide fixture site (robots.txt, sitemaps, title pages)."""
    from marquee.devserver import check_port, serve_forever

    try:
        check_port(port)
        serve_forever(port=port, pages=pages, on_ready=lambda url: typer.echo(f"serving {url}"))
    except (ValueError, OSError) as error:
        _fail(f"--port {port}: {getattr(error, 'strerror', None) or error}")


@app.command()
def demo(
    db: str = typer.Option(
        "sqlite:///marquee.db", "--db", metavar="URL", help="database URL", callback=_check_db
    ),
    archive_dir: str = typer.Option(
        "archive", "--archive-dir", metavar="DIR", help="WARC archive directory"
    ),
) -> None:
    """Start the local fixture site, crawl it into ./marquee.db, print the summary and a query."""
    from marquee.demo import run_demo

    terminal = sys.stdout.isatty()
    raise typer.Exit(run_demo(db_url=db, archive_dir=archive_dir, echo=typer.echo,
                              terminal=terminal))  # fmt: skip


if __name__ == "__main__":
    app()
