"""Finding the pages to re-parse: HTML files, directories and WARC archives."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path

import pytest

from marquee.archive import WarcArchive
from marquee.reparse import (
    PARALLEL_MIN_PAGES,
    Inputs,
    NoPagesFound,
    SavedFile,
    _chunks,
    choose_jobs,
    discover,
    iter_tasks,
    outcomes,
)

FETCHED = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)


def _touch(path: Path, text: str = "<html></html>") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _warc(directory: Path, pages: dict[str, bytes]) -> list[Path]:
    archive = WarcArchive(directory, "run1")
    for url, body in pages.items():
        archive.write(
            url=url,
            status=200,
            reason="OK",
            headers=[("Content-Type", "text/html")],
            body=body,
            fetched_at=FETCHED,
        )
    archive.close()
    return archive.files


def test_directories_are_searched_recursively_in_name_order(tmp_path: Path) -> None:
    b = _touch(tmp_path / "b.html")
    a = _touch(tmp_path / "sub" / "a.htm")
    _touch(tmp_path / "notes.txt")
    inputs = discover([tmp_path])
    assert inputs.html_files == [b, a]
    assert inputs.warc_files == []


def test_explicit_files_and_warc_archives_are_told_apart(tmp_path: Path) -> None:
    page = _touch(tmp_path / "one.HTML")
    warc_files = _warc(tmp_path / "archive", {"https://x.example/movie/a": b"<html>a</html>"})
    inputs = discover([page, tmp_path / "archive"])
    assert inputs.html_files == [page]
    assert inputs.warc_files == warc_files


def test_fixture_pages_are_all_found(fixtures_dir: Path) -> None:
    inputs = discover([fixtures_dir / "pages"])
    assert len(inputs.html_files) == len(list((fixtures_dir / "pages").glob("*.html")))
    assert inputs.exact_pages == len(inputs.html_files)


def test_nothing_to_reparse_is_an_error(tmp_path: Path) -> None:
    _touch(tmp_path / "readme.txt")
    with pytest.raises(NoPagesFound):
        discover([tmp_path])


def test_an_explicit_file_of_another_kind_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(NoPagesFound, match="not an HTML"):
        discover([_touch(tmp_path / "data.json")])


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        discover([tmp_path / "missing"])


def test_tasks_carry_warc_records_with_their_offsets(tmp_path: Path) -> None:
    page = _touch(tmp_path / "p.html")
    pages = {"https://x.example/movie/a": b"<html>a</html>", "https://x.example/movie/b": b"b"}
    warc_files = _warc(tmp_path / "archive", pages)
    tasks = list(iter_tasks(Inputs(html_files=[page], warc_files=warc_files)))
    assert tasks[0] == SavedFile(page)
    archived = tasks[1:]
    assert [(t.url, t.body, t.fetched_at) for t in archived] == [  # type: ignore[union-attr]
        (url, body, FETCHED) for url, body in pages.items()
    ]
    offsets = [t.offset for t in archived]  # type: ignore[union-attr]
    assert offsets[0] > 0 and offsets[1] > offsets[0]  # the warcinfo record comes first


def test_small_inputs_stay_in_process_and_large_ones_use_every_core(tmp_path: Path) -> None:
    few = Inputs(html_files=[tmp_path / f"{i}.html" for i in range(3)], warc_files=[])
    many = Inputs(
        html_files=[tmp_path / f"{i}.html" for i in range(PARALLEL_MIN_PAGES)], warc_files=[]
    )
    assert choose_jobs(few, None) == 1
    assert choose_jobs(many, None) == (os.cpu_count() or 1)
    assert choose_jobs(few, 2) == 2


def test_chunks_keep_order_and_size() -> None:
    tasks = [SavedFile(Path(f"{i}.html")) for i in range(7)]
    chunks = list(_chunks(tasks, 3))
    assert [len(c) for c in chunks] == [3, 3, 1]
    assert [t for c in chunks for t in c] == tasks


def test_archived_responses_a_crawl_would_not_parse_are_skipped_and_counted(
    tmp_path: Path,
) -> None:
    archive = WarcArchive(tmp_path, "crawl")
    responses = [
        ("https://x.example/robots.txt", 200, "text/plain"),
        ("https://x.example/sitemap_index.xml", 200, "application/xml"),
        ("https://x.example/movie/a", 304, "text/html"),
        ("https://x.example/movie/gone", 404, "text/html; charset=utf-8"),
        ("https://x.example/movie/b", 200, "text/html; charset=utf-8"),
    ]
    for url, status, content_type in responses:
        archive.write(url=url, status=status, reason="", headers=[("Content-Type", content_type)],
                      body=b"<html></html>", fetched_at=FETCHED)  # fmt: skip
    archive.close()
    skipped: Counter[str] = Counter()
    tasks = list(iter_tasks(Inputs(html_files=[], warc_files=archive.files), skipped))
    assert [t.url for t in tasks] == ["https://x.example/movie/b"]  # type: ignore[union-attr]
    assert skipped == {
        "not HTML (text/plain)": 1,
        "not HTML (application/xml)": 1,
        "HTTP 304": 1,
        "HTTP 404": 1,
    }


def test_worker_outcomes_come_in_input_order(tmp_path: Path) -> None:
    # the first page is parsed by the parent before the pool starts, the rest in chunks
    files = [_touch(tmp_path / f"p{n:03d}.html", f"<html><title>{n}</title></html>")
             for n in range(150)]  # fmt: skip
    found = outcomes([SavedFile(path, FETCHED) for path in files], jobs=2)
    assert [page.archive_path for _, page in found] == [str(path) for path in files]
    assert list(outcomes([], jobs=2)) == []
