"""Mistakes on the command line end in one line on stderr and exit 2, never a traceback."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marquee import __version__
from marquee.cli import app
from marquee.db import open_database
from tests.db_records import all_sample_records, items

PAGES = Path(__file__).parent / "fixtures" / "pages"
ROOT = Path(__file__).parent.parent
MARQUEE = [sys.executable, "-m", "marquee.cli"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's package, wherever the cwd
runner = CliRunner()

DB_COMMANDS = [
    ["db", "upgrade"],
    ["rejects"],
    ["replay"],
    ["reparse", str(PAGES / "v2-heat.html")],
    ["export", "--format", "jsonl"],
    ["crawl", "--site", "http://127.0.0.1:9"],
    ["demo"],
]


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize("url", ["notaurl", "mysql://user:secret@db.example/marquee"])
@pytest.mark.parametrize("command", DB_COMMANDS, ids=lambda c: c[0])
def test_an_unsupported_database_url_is_one_line_and_exit_2(
    command: list[str], url: str, tmp_path: Path
) -> None:
    result = runner.invoke(app, [*command, "--db", url])
    assert result.exit_code == 2, result.output
    line = one_error_line(result.stderr)
    assert "sqlite:///PATH" in line and "postgresql://" in line
    assert "secret" not in line  # the password is never echoed


def test_an_unsupported_url_from_the_environment_stops_the_real_crawl_command(
    tmp_path: Path,
) -> None:
    env = {**ENV, "MARQUEE_DB_URL": "notaurl"}
    done = subprocess.run(
        [*MARQUEE, "crawl", "--site", "http://127.0.0.1:9"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "unsupported database URL 'notaurl'" in one_error_line(done.stderr)


def unwritable_file(tmp_path: Path) -> Path:
    """A file path this process cannot write to (root ignores permission bits)."""
    if os.geteuid() == 0:
        return Path("/proc/version")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    return locked / "out.jsonl"


def bad_outputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    return {
        "missing folder": (tmp_path / "no" / "such" / "out.jsonl", "no folder"),
        "a folder": (tmp_path, "is a folder"),
        "not writable": (unwritable_file(tmp_path), "cannot write"),
    }


def test_a_bad_export_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    for case, (target, words) in bad_outputs(tmp_path).items():
        command = ["export", "--db", db_url, "--format", "csv", "-o", str(target)]
        result = runner.invoke(app, command)
        assert result.exit_code == 2, (case, result.output)
        assert words in one_error_line(result.stderr), case
    assert not (tmp_path / "no").exists()


def test_a_bad_parse_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for case, (target, words) in bad_outputs(tmp_path).items():
        result = runner.invoke(app, ["parse", str(PAGES / "v2-heat.html"), "-o", str(target)])
        assert result.exit_code == 2, (case, result.output)
        assert words in one_error_line(result.stderr), case


def test_a_good_output_check_leaves_no_file_behind_when_the_database_fails(
    tmp_path: Path,
) -> None:
    target = tmp_path / "out.jsonl"
    db_url = f"sqlite:///{tmp_path / 'missing-folder' / 'm.db'}"
    result = runner.invoke(app, ["export", "--db", db_url, "--format", "jsonl", "-o", str(target)])
    assert result.exit_code == 2
    assert not target.exists()


def test_parse_of_a_folder_without_html_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a page")
    result = runner.invoke(app, ["parse", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "no HTML files" in one_error_line(result.stderr)


BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def test_a_binary_file_is_rejected_as_not_html(tmp_path: Path) -> None:
    (tmp_path / "poster.html").write_bytes(BINARY)
    (tmp_path / "noise.htm").write_bytes(bytes(range(32)) * 64)
    result = runner.invoke(app, ["parse", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "poster.html: rejected: not HTML (binary data" in result.stderr
    assert "noise.htm: rejected: not HTML (binary data" in result.stderr
    assert "unknown layout" not in result.stderr


def test_a_page_with_a_stray_nul_is_still_a_page(tmp_path: Path) -> None:
    page = (PAGES / "v2-heat.html").read_bytes().replace(b"</title>", b"\x00</title>", 1)
    (tmp_path / "heat.html").write_bytes(page)
    result = runner.invoke(app, ["parse", str(tmp_path)])
    assert result.exit_code == 0, result.output


def test_reparse_stores_a_binary_file_as_a_not_html_reject(tmp_path: Path) -> None:
    (tmp_path / "poster.html").write_bytes(BINARY)
    shutil.copy(PAGES / "v2-heat.html", tmp_path / "heat.html")
    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    result = runner.invoke(app, ["reparse", str(tmp_path), "--db", db_url])
    assert result.exit_code == 0, result.output
    with open_database(db_url) as db:
        rows = db.unresolved_rejects()
    assert [(r["reason"], r["url"].endswith("poster.html")) for r in rows] == [("not HTML", True)]


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_serve_fixtures_on_an_impossible_port_is_one_line(port: str) -> None:
    done = subprocess.run(
        [*MARQUEE, "serve-fixtures", "--port", port],
        capture_output=True, text=True, timeout=60, env=ENV,
    )  # fmt: skip
    assert done.returncode == 2
    line = one_error_line(done.stderr)
    assert "not a TCP port" in line and "OverflowError" not in line


def test_export_into_a_closed_pipe_exits_0_quietly(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    with open_database(db_url) as db:
        db.write_batch(items(all_sample_records()))
    export = subprocess.Popen(
        [*MARQUEE, "export", "--db", db_url, "--format", "jsonl"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV,
    )  # fmt: skip
    assert export.stdout is not None and export.stderr is not None
    export.stdout.close()  # like `| head -0`: the reader is gone before the first line
    stderr = export.stderr.read().decode()
    assert export.wait(60) == 0, stderr
    assert stderr == ""


def test_a_pipe_closed_after_some_lines_is_fine_too(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    with open_database(db_url) as db:
        db.write_batch(items(all_sample_records()))
    done = subprocess.run(
        f"set -o pipefail; {shlex.join(MARQUEE)} export --db {db_url} --format jsonl | head -1",
        shell=True, capture_output=True, text=True, timeout=60, executable="/bin/bash", env=ENV,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and len(done.stdout.splitlines()) == 1


def test_version_option() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == __version__


def _commands() -> list[list[str]]:
    return [[], ["db"], ["db", "upgrade"], ["db", "dictionary"], *(
        [name] for name in ("version", "rejects", "replay", "parse", "reparse", "export",
                            "crawl", "serve-fixtures", "demo")
    )]  # fmt: skip


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "marquee")
def test_help_shows_metavars_not_type_tags_and_the_database_default(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert not re.search(r"<(bool|str|int|path|list\[str\])>", result.stdout), result.stdout
    if "--db" in result.stdout:
        assert "sqlite:///marquee.db" in result.stdout


def test_a_read_only_check_never_touches_an_existing_output(tmp_path: Path) -> None:
    target = tmp_path / "keep.jsonl"
    target.write_text("old\n")
    bad = f"sqlite:///{tmp_path / 'missing' / 'm.db'}"
    runner.invoke(app, ["export", "--db", bad, "--format", "jsonl", "-o", str(target)])
    assert target.read_text() == "old\n"
