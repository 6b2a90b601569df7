"""`marquee parse`: saved HTML pages in, one JSON record per line out, offline.

Rejected pages go to stderr with their reason; the exit status is non-zero when any
page was rejected or a path could not be read. A saved file's URL is its canonical
link, else its file:// URL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from marquee.items import Reject, TitleRecord

if TYPE_CHECKING:
    from marquee.parsers.learned import LearnedLayout

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
EXIT_OK, EXIT_REJECTED, EXIT_UNREADABLE = 0, 1, 2
NOT_HTML = "not HTML"
_SNIFF_BYTES = 4096
# Leading bytes of formats saved by mistake where pages were expected.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
    b"\xfd7zXZ", b"\x7fELF", b"RIFF", b"\x00\x00\x01\x00", b"SQLite format 3",
)  # fmt: skip
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x0b\x1b")
# every byte but the controls text does not use: deleting them leaves the controls, counted in C
_NOT_CONTROL = bytes(b for b in range(256) if b >= 0x20 or b in _TEXT_CONTROLS)


class NoPagesFound(ValueError):
    """The paths given hold no HTML file: nothing to parse is an error."""


def not_markup(body: bytes) -> str | None:
    """Why `body` cannot be an HTML page (binary data), else None.

    Decided on the first 4 KB, before the parser is asked, so that an image or an archive
    is rejected as "not HTML", not as a page of an unknown layout. A few stray NULs in a
    page (they happen) do not make it binary; UTF-16 text (a BOM) is left to the decoder.

    >>> not_markup(b"\\x89PNG\\r\\n\\x1a\\n..."), not_markup(b"<html><title>x\\x00</title>")
    ('binary data (starts like an image or archive)', None)
    >>> not_markup(bytes(range(32)) * 8)
    'binary data (81% control bytes)'
    """
    head = body[:_SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    if head.lstrip().startswith(_BINARY_MAGIC):
        return "binary data (starts like an image or archive)"
    controls = len(head.translate(None, _NOT_CONTROL))
    if head and controls * 10 > len(head):
        return f"binary data ({controls * 100 // len(head)}% control bytes)"
    return None


def not_html_reject(url: str, body: bytes, fetched_at: dt.datetime | None = None) -> Reject | None:
    """A "not HTML" reject for binary input, else None (the page goes to extract())."""
    from marquee.parsers import PARSER_VERSION

    details = not_markup(body)
    if details is None:
        return None
    sha = hashlib.sha256(body).hexdigest()
    return Reject(url, NOT_HTML, details, sha, PARSER_VERSION, fetched_at)


def extract_input(
    url: str,
    body: bytes,
    headers: dict[str, str] | None = None,
    fetched_at: dt.datetime | None = None,
    learned: Sequence[LearnedLayout] = (),
) -> TitleRecord | Reject:
    """extract(), after the input layer's own check that the bytes are markup at all."""
    from marquee.extract import extract  # not at CLI start-up

    rejected = not_html_reject(url, body, fetched_at)
    if rejected is not None:
        return rejected
    return extract(url, body, headers, fetched_at=fetched_at, learned=learned)


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
    files = list(html_files(paths))
    if not files:
        raise NoPagesFound(f"no HTML files (.html, .htm, .xhtml) in {', '.join(map(str, paths))}")
    for path in files:
        try:
            body = path.read_bytes()
        except OSError as error:
            summary.unreadable += 1
            err.write(f"{path}: unreadable: {error.strerror or error}\n")
            continue
        result = extract_input(path.resolve().as_uri(), body)
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
