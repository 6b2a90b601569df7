"""The `marquee` command line. Each command is a thin shell over a library function."""

from __future__ import annotations

from pathlib import Path

import typer

from marquee.errors import StorageUnavailable

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


@app.callback()
def main() -> None:
    """marquee: crawl, parse, normalize and load ReelGuide title pages."""


@app.command()
def version() -> None:
    """Print marquee's version."""
    from marquee import __version__

    typer.echo(__version__)


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


if __name__ == "__main__":
    app()
