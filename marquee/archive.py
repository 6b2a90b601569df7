"""The page archive: every fetched response kept in gzipped WARC files, one set per run.

`WarcArchive` writes (one file at a time, rotated by size); `read_archive` yields the
responses back, with their file and byte offset, for `marquee reparse`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date, iso_date_to_datetime
from warcio.warcwriter import WARCWriter

MAX_FILE_BYTES = 1 << 30
# the body is stored as received, after de-chunking: the header would mislead a reader
_DROPPED_HEADERS = frozenset({"transfer-encoding"})


@dataclass(frozen=True, slots=True)
class ArchiveLocation:
    path: str
    offset: int


@dataclass(frozen=True, slots=True)
class ArchivedResponse:
    url: str
    body: bytes
    headers: dict[str, str]
    fetched_at: dt.datetime
    status: int  # 0: no HTTP answer in the record (see `is_http`)
    path: str
    offset: int
    cut: bool = False  # the record ends before its WARC Content-Length: the file was cut

    @property
    def is_http(self) -> bool:
        """False for a record of another scheme (a file:// or ftp:// response archived by a
        marquee that fetched them): warcio reads no status line or headers from it."""
        return self.url.lower().startswith(("http:", "https:"))


def run_directory(archive_dir: Path | str, run_name: str) -> Path:
    return Path(archive_dir) / run_name


class WarcArchive:
    """Writes responses to <dir>/<run>/marquee-<run>-NNNNN.warc.gz; not thread-safe."""

    def __init__(self, directory: Path | str, run_name: str, *,
                 max_file_bytes: int = MAX_FILE_BYTES) -> None:
        self.directory = run_directory(directory, run_name)
        self.run_name = run_name
        self.max_file_bytes = max_file_bytes
        self.files: list[Path] = []
        self.records = 0
        self._file: BinaryIO | None = None
        self._writer: WARCWriter | None = None

    def write(
        self, *, url: str, status: int, reason: str, headers: Iterable[tuple[str, str]],
        body: bytes, fetched_at: dt.datetime,
    ) -> ArchiveLocation:
        writer, handle = self._current()
        kept = [(name, value) for name, value in headers if name.lower() not in _DROPPED_HEADERS]
        http_headers = StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": _warc_date(fetched_at)},
        )
        offset = handle.tell()
        writer.write_record(record)
        handle.flush()  # in the OS's hands at once: a killed crawl's pages can be recovered
        self.records += 1
        return ArchiveLocation(str(self.files[-1]), offset)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        self._file = self._writer = None

    def _current(self) -> tuple[WARCWriter, BinaryIO]:
        if self._file is not None and self._file.tell() >= self.max_file_bytes:
            self.close()
        if self._file is None or self._writer is None:
            self._open_next()
        assert self._file is not None and self._writer is not None
        return self._writer, self._file

    def _open_next(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"marquee-{self.run_name}-{len(self.files):05d}.warc.gz"
        self._file = path.open("xb")
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.1")
        self.files.append(path)
        info = {"software": "marquee", "format": "WARC File Format 1.1", "run": self.run_name}
        self._writer.write_record(self._writer.create_warcinfo_record(path.name, info))


def _warc_date(moment: dt.datetime) -> str:
    utc = moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment
    return str(datetime_to_iso_date(utc, use_micros=True))


def archive_files(path: Path | str) -> list[Path]:
    """A WARC file itself, or every *.warc.gz / *.warc under a directory, in name order."""
    root = Path(path)
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.name.endswith((".warc.gz", ".warc")))


@dataclass(frozen=True, slots=True)
class DamagedRecord:
    """A record that could not be read: skipped, and reading goes on at the next record."""

    path: str
    offset: int
    error: str

    def __str__(self) -> str:
        return f"{self.path} at byte {self.offset}: {self.error}"


_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_START = b"WARC/1."


def read_archive(
    paths: Iterable[Path | str], damaged: list[DamagedRecord] | None = None
) -> Iterator[ArchivedResponse]:
    """Every response record, in file order; bodies decoded as they were handed to parsing.

    A record that cannot be read (corrupt bytes) is added to `damaged` and skipped: reading
    resumes at the next record start found after it, so one bad record loses only itself.
    """
    for path in paths:
        with Path(path).open("rb") as handle:
            gzipped = handle.read(3) == _GZIP_MAGIC
            start: int | None = 0
            while start is not None:
                handle.seek(start)
                start = yield from _read_from(handle, str(path), start, gzipped, damaged)


def read_record(path: Path | str, offset: int) -> ArchivedResponse | None:
    """The response record at `offset` of a WARC file (pages.archive_offset); None when
    there is none there or it cannot be read."""
    try:
        with Path(path).open("rb") as handle:
            handle.seek(offset)
            records = _read_from(handle, str(path), offset, False, None)
            return next(records, None)
    except OSError:
        return None


def _read_from(
    handle: BinaryIO, path: str, start: int, gzipped: bool, damaged: list[DamagedRecord] | None
) -> Generator[ArchivedResponse, None, int | None]:
    """Records from `start`; on a damaged one, returns where to resume (None: the end)."""
    records = ArchiveIterator(handle)
    records.offset = start
    at = start
    try:
        for record in records:
            at = records.offset
            if record.rec_type == "response":
                # the body first: asking for the offset reads the record to its end
                body = record.content_stream().read()
                cut = record.raw_stream.limit > 0
                yield _archived(record, body, path, records.get_record_offset(), cut)
            at = -1
    except Exception as error:  # warcio and zlib raise many kinds for bad bytes
        at = records.offset if at < 0 else at
        if damaged is not None:
            text = "".join(c if c.isprintable() else "?" for c in str(error))
            damaged.append(DamagedRecord(path, at, f"{type(error).__name__}: {text}"[:160]))
        return _next_start(handle, at + 1, gzipped)
    return None


def _next_start(handle: BinaryIO, position: int, gzipped: bool) -> int | None:
    marker = _GZIP_MAGIC if gzipped else _WARC_START
    handle.seek(position)
    chunk_size, carried = 1 << 20, b""
    while chunk := handle.read(chunk_size):
        data = carried + chunk
        found = data.find(marker)
        if found >= 0 and (gzipped or found == 0 or data[found - 1 : found] == b"\n"):
            return position - len(carried) + found
        carried = data[-len(marker) :]
        position += len(chunk)
    return None


def _archived(record: Any, body: bytes, path: str, offset: int, cut: bool) -> ArchivedResponse:
    rec_headers, http_headers = record.rec_headers, record.http_headers
    fetched = iso_date_to_datetime(rec_headers.get_header("WARC-Date")).replace(tzinfo=dt.UTC)
    url = rec_headers.get_header("WARC-Target-URI") or ""
    if http_headers is None or not url.lower().startswith(("http:", "https:")):
        http_headers = StatusAndHeaders("0", [])  # not HTTP: no status, no headers
    return ArchivedResponse(
        url=url,
        body=body,
        headers=dict(http_headers.headers),
        fetched_at=fetched,
        status=int(http_headers.get_statuscode() or 0),
        path=path,
        offset=offset,
        cut=cut,
    )
