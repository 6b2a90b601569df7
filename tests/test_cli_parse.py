"""`marquee parse`: files and directories in, JSON lines out, rejects on stderr, exit status."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from marquee.cli import app
from marquee.items import SPEC_KEYS
from marquee.parse_command import run_parse

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_directory_recursively_with_one_reject(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(PAGES / "v2-heat.html", nested / "heat.html")
    shutil.copy(PAGES / "v1-titanic.html", tmp_path / "titanic.htm")
    shutil.copy(PAGES / "v2-soft-404.html", tmp_path / "a" / "gone.html")
    (tmp_path / "notes.txt").write_text("not a page")
    out, err = tmp_path / "out.jsonl", io.StringIO()
    status = run_parse([tmp_path], str(out), err)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert status == 1
    assert sorted(r["source_id"] for r in records) == ["movie/heat", "movie/titanic"]
    assert list(records[0])[: len(SPEC_KEYS)] == list(SPEC_KEYS)
    assert "gone.html: rejected: no title on the page" in err.getvalue()


def test_all_good_exits_zero_and_writes_stdout() -> None:
    result = CliRunner().invoke(app, ["parse", str(PAGES / "v2-heat.html"), "--output", "-"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["url"] == "https://www.reelguide.example/movie/heat"
    assert record["budget"] == {"amount": "60000000", "currency": "USD"}


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    err = io.StringIO()
    assert run_parse([tmp_path / "nope.html"], str(tmp_path / "o.jsonl"), err) == 2
    assert "unreadable" in err.getvalue()


def test_console_script_over_the_sample() -> None:
    marquee = Path(sys.executable).with_name("marquee")
    done = subprocess.run([str(marquee), "parse", str(PAGES)], capture_output=True, text=True)
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == len(list(PAGES.glob("*.html"))) - 1
    assert "v2-soft-404.html: rejected: no title on the page" in done.stderr
