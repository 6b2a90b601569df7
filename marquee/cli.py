"""The `marquee` command line. Each command is a thin shell over a library function."""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


@app.callback()
def main() -> None:
    """marquee: crawl, parse, normalize and load ReelGuide title pages."""


@app.command()
def version() -> None:
    """Print marquee's version."""
    from marquee import __version__

    typer.echo(__version__)


if __name__ == "__main__":
    app()
