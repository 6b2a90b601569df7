"""`marquee parse`: saved HTML pages in, one JSON record per line out, offline.

Rejected pages go to stderr with their reason; the exit status is non-zero when any
page was rejected or a path could not be read. A saved file's URL is its canonical
link, else its file:// URL.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from marquee.extract import extract
from marquee.items import Reject

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
EXIT_OK, EXIT_REJECTED, EXIT_UNREADABLE = 0, 1, 2


@dataclass(slots=True)
class ParseSummary:
    records: int = 0
    rejects: int = 0
    unreadable: int = 0

    @property
    def exit_status(self) -> int:
        if self.unreadable:
            return EXIT_UNREADABLE
        return EXIT_REJECTED if self.rejects else EXIT_OK


def html_files(paths: Sequence[Path]) -> Iterator[Path]:
    """The given files, and the HTML files under the given directories (recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in HTML_SUFFIXES)
        else:
            yield path


def parse_files(paths: Sequence[Path], out: TextIO, err: TextIO) -> ParseSummary:
    summary = ParseSummary()
    for path in html_files(paths):
        try:
            body = path.read_bytes()
        except OSError as error:
            summary.unreadable += 1
            err.write(f"{path}: unreadable: {error.strerror or error}\n")
            continue
        result = extract(path.resolve().as_uri(), body)
        if isinstance(result, Reject):
            summary.rejects += 1
            err.write(f"{path}: rejected: {result.reason} ({result.details})\n")
        else:
            summary.records += 1
            out.write(result.model_dump_json() + "\n")
    return summary


@contextmanager
def _output(target: str) -> Iterator[TextIO]:
    if target == "-":
        yield sys.stdout
        return
    with open(target, "w", encoding="utf-8") as handle:
        yield handle


def run_parse(paths: Sequence[Path], output: str = "-", err: TextIO | None = None) -> int:
    """Parse the pages to `output` ("-" is stdout); return the process exit status."""
    errors = err if err is not None else sys.stderr
    with _output(output) as out:
        summary = parse_files(paths, out, errors)
    errors.write(f"{summary.records} records, {summary.rejects} rejected\n")
    return summary.exit_status
