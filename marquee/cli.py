"""The `marquee` command line. Each command is a thin shell over a library function."""

from __future__ import annotations

from pathlib import Path

import typer

from marquee.errors import StorageUnavailable

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="marquee: crawl, parse, normalize and load ReelGuide title pages.",
)


@app.callback()
def main() -> None:
    """marquee: crawl, parse, normalize and load ReelGuide title pages."""


@app.command()
def version() -> None:
    """Print marquee's version."""
    from marquee import __version__

    typer.echo(__version__)


db_app = typer.Typer(no_args_is_help=True, add_completion=False, help="Database schema.")
app.add_typer(db_app, name="db")
DB_OPTION_HELP = "database URL (default $MARQUEE_DB_URL, else sqlite:///marquee.db)"
SPOOL_OPTION_HELP = "spool directory (default $MARQUEE_SPOOL_DIR, else ./spool)"


def _storage_exit(error: StorageUnavailable) -> typer.Exit:
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(2)


@db_app.command("upgrade")
def db_upgrade(db: str | None = typer.Option(None, "--db", help=DB_OPTION_HELP)) -> None:
    """Create the schema, or migrate it to the latest revision."""
    from marquee.db.commands import upgrade

    try:
        revision = upgrade(db)
    except StorageUnavailable as error:
        raise _storage_exit(error) from error
    typer.echo(f"database at revision {revision}")


@db_app.command("dictionary")
def db_dictionary(
    output: Path | None = typer.Option(None, "--output", "-o", help="file (default: stdout)"),  # noqa: B008
) -> None:
    """Print the data dictionary generated from the models (docs/schema.md)."""
    from marquee.db.dictionary import render

    if output is None:
        typer.echo(render(), nl=False)
    else:
        output.write_text(render(), encoding="utf-8")


@app.command()
def rejects(db: str | None = typer.Option(None, "--db", help=DB_OPTION_HELP)) -> None:
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
    db: str | None = typer.Option(None, "--db", help=DB_OPTION_HELP),
    spool: Path | None = typer.Option(None, "--spool", help=SPOOL_OPTION_HELP),  # noqa: B008
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
    output: str = typer.Option("-", "--output", "-o", help="JSON lines file (default: stdout)"),
) -> None:
    """Parse saved pages offline to JSON lines; rejects on stderr, non-zero exit if any."""
    from marquee.parse_command import run_parse

    raise typer.Exit(run_parse(paths, output))


@app.command()
def reparse(
    paths: list[Path] = typer.Argument(..., help="HTML files, directories, WARC files"),  # noqa: B008
    db: str | None = typer.Option(None, "--db", help="database URL (default $MARQUEE_DB_URL)"),
    jobs: int | None = typer.Option(None, "--jobs", "-j", help="worker processes (default: auto)"),
) -> None:
    """Re-parse saved pages offline into the database; non-zero exit if any write failed."""
    from marquee.reparse import NoPagesFound
    from marquee.reparse import main as reparse_main

    try:
        status = reparse_main(paths, db, jobs)
    except (NoPagesFound, FileNotFoundError) as error:
        raise typer.BadParameter(str(error), param_hint="PATHS") from error
    except StorageUnavailable as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    raise typer.Exit(status)


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", help="jsonl, csv or parquet"),
    db: str | None = typer.Option(None, "--db", help="database URL (default $MARQUEE_DB_URL)"),
    output: Path | None = typer.Option(None, "--output", "-o", help="file (default: stdout)"),  # noqa: B008
    spec_only: bool = typer.Option(False, "--spec-only", help="JSON lines: spec keys only"),
) -> None:
    """Export stored titles: JSON lines in the record spec's shape, or flat CSV / Parquet."""
    from marquee.export import ExportFormat
    from marquee.export import main as export_main

    try:
        chosen = ExportFormat(fmt)
    except ValueError:
        hint = f"{fmt!r}: choose jsonl, csv or parquet"
        raise typer.BadParameter(hint, param_hint="--format") from None
    try:
        export_main(db, chosen, output, spec_only=spec_only)
    except (StorageUnavailable, ValueError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error


@app.command()
def crawl(
    site: str | None = typer.Option(None, "--site", help="site base URL (default $MARQUEE_SITE)"),
    db: str | None = typer.Option(None, "--db", help="database URL (default $MARQUEE_DB_URL)"),
    limit: int | None = typer.Option(None, "--limit", help="most title pages to request"),
    full: bool = typer.Option(False, "--full", help="fetch every title, no conditional requests"),
    archive_dir: str | None = typer.Option(None, "--archive-dir", help="WARC archive directory"),
    jobdir: str | None = typer.Option(None, "--jobdir", help="pause/resume state directory"),
    setting: list[str] = typer.Option([], "--set", "-s", help="Scrapy setting NAME=VALUE"),  # noqa: B008
) -> None:
    """Crawl the site; exit 0 finished, 1 degraded or interrupted, 2 failed."""
    from marquee.crawl import CrawlOptions, parse_setting_pairs, run_crawl

    try:
        extra = parse_setting_pairs(setting)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--set") from error
    options = CrawlOptions(site=site, db_url=db, limit=limit, full=full,
                           archive_dir=archive_dir, jobdir=jobdir, settings=extra)
    result = run_crawl(options)
    typer.echo(result.summary)
    raise typer.Exit(result.exit_status)


@app.command("serve-fixtures")
def serve_fixtures(
    port: int = typer.Option(8080, "--port", help="port on 127.0.0.1 (0: any free port)"),
    pages: int | None = typer.Option(None, "--pages", help="synthesize N distinct title pages"),
) -> None:
    """Serve the bundled ReelGuide fixture site (robots.txt, sitemaps, title pages)."""
    from marquee.devserver import serve_forever

    serve_forever(port=port, pages=pages, on_ready=lambda url: typer.echo(f"serving {url}"))


@app.command()
def demo(
    db: str = typer.Option("sqlite:///marquee.db", "--db", help="database URL"),
    archive_dir: str = typer.Option("archive", "--archive-dir", help="WARC archive directory"),
) -> None:
    """Start the local fixture site, crawl it into ./marquee.db, print the summary and a query."""
    from marquee.demo import run_demo

    raise typer.Exit(run_demo(db_url=db, archive_dir=archive_dir, echo=typer.echo))


if __name__ == "__main__":
    app()
