"""The WARC page archive: what is written comes back byte for byte, with its metadata."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

from marquee.archive import ArchiveLocation, WarcArchive, archive_files, read_archive

FETCHED = dt.datetime(2026, 3, 5, 10, 11, 12, 345678, tzinfo=dt.UTC)


def _write(archive: WarcArchive, url: str, body: bytes) -> ArchiveLocation:
    headers = [("Content-Type", "text/html"), ("ETag", '"abc"'), ("Transfer-Encoding", "chunked")]
    return archive.write(url=url, status=200, reason="OK", headers=headers, body=body,
                         fetched_at=FETCHED)


def test_round_trip_keeps_body_url_time_status_headers_and_offset(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, "run-1")
    bodies = {f"http://127.0.0.1/movie/m{i}": b"<html>%d</html>" % i * (i + 1) for i in range(5)}
    locations = {url: _write(archive, url, body) for url, body in bodies.items()}
    archive.close()

    read = list(read_archive(archive_files(tmp_path)))

    assert [r.url for r in read] == list(bodies)
    for record in read:
        assert record.body == bodies[record.url]
        assert record.fetched_at == FETCHED
        assert record.status == 200
        assert record.headers["ETag"] == '"abc"'
        assert "Transfer-Encoding" not in record.headers
        location = locations[record.url]
        assert (record.path, record.offset) == (location.path, location.offset)


def test_records_are_separate_gzip_members_readable_at_their_offset(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, "run-2")
    location = _write(archive, "http://127.0.0.1/movie/x", b"payload-x")
    archive.close()
    with open(location.path, "rb") as handle:
        handle.seek(location.offset)
        member = gzip.GzipFile(fileobj=handle).read(4096)
    assert member.startswith(b"WARC/1.1\r\n")
    assert b"WARC-Target-URI: http://127.0.0.1/movie/x" in member


def test_files_rotate_by_size_within_one_run_directory(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, "run-3", max_file_bytes=2_000)
    for i in range(20):
        _write(archive, f"http://127.0.0.1/movie/{i}", bytes(range(256)) * 8)
    archive.close()
    files = archive_files(tmp_path / "run-3")
    assert len(files) > 1
    assert all(f.parent == tmp_path / "run-3" for f in files)
    assert len(list(read_archive(files))) == 20


def test_gzip_content_encoding_is_decoded_on_read(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, "run-4")
    archive.write(url="http://127.0.0.1/movie/z", status=200, reason="OK",
                  headers=[("Content-Encoding", "gzip")], body=gzip.compress(b"<html>z</html>"),
                  fetched_at=FETCHED)
    archive.close()
    (record,) = read_archive(archive_files(tmp_path))
    assert record.body == b"<html>z</html>"
