"""RecordWriter: batching, counts, spill to the spool, and `marquee replay` / `marquee rejects`."""

from __future__ import annotations

import json

import sqlalchemy as sa
from typer.testing import CliRunner

from marquee.cli import app
from marquee.db import WriteCounts, open_database, schema, spool
from marquee.db.engine import create_engine
from marquee.db.store import Database
from marquee.pipelines import RecordWriter
from tests.db_records import BASE, all_sample_records, items, reject
from tests.pgserver import free_port


def _titles(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(schema.titles)).scalar_one())


def _dead_database() -> Database:
    url = f"postgresql://postgres@127.0.0.1:{free_port()}/nothing"
    return Database(create_engine(url), attempts=1, backoff=0)


def test_writer_flushes_full_batches_and_the_rest_on_close(db_url, tmp_path):
    db = open_database(db_url)
    writer = RecordWriter(db, batch_size=3, spool_dir=tmp_path)
    records = [r for r in all_sample_records() if r.source_id != "movie/heat"][:7]
    for item, page in items(records):
        writer.add(item, page)
    assert _titles(db) == 6
    assert writer.close() == WriteCounts(inserted=7)
    assert _titles(db) == 7
    db.close()


def test_writer_counts_rejects_and_updates_across_batches(db_url, tmp_path):
    db = open_database(db_url)
    records = all_sample_records()[:4]
    writer = RecordWriter(db, batch_size=2, spool_dir=tmp_path)
    for item, page in items([*records, reject(BASE + "movie/gone"), *records[:2]]):
        writer.add(item, page)
    assert writer.close() == WriteCounts(inserted=4, unchanged=2, rejected=1)
    db.close()


def test_spilled_batch_is_json_lines_of_record_and_page(tmp_path):
    writer = RecordWriter(_dead_database(), batch_size=100, spool_dir=tmp_path, pause=0)
    records = all_sample_records()[:2]
    bad = reject(BASE + "movie/gone")
    for item, page in items([*records, bad]):
        writer.add(item, page)
    assert writer.close() == WriteCounts(failed=3)
    [path] = sorted(tmp_path.glob("batch-*.jsonl"))
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert lines[0]["items"] == 3 and "cannot write to" in lines[0]["reason"]
    assert [line["type"] for line in lines[1:]] == ["title", "title", "reject"]
    loaded, _ = spool.load_batch(path)
    assert [item for item, _ in loaded] == [*records, bad]
    assert [page for _, page in loaded] == [page for _, page in items([*records, bad])]


def test_replay_leaves_batches_kept_for_another_database(db_url, tmp_path):
    writer = RecordWriter(_dead_database(), batch_size=2, spool_dir=tmp_path, pause=0)
    for item, page in items(all_sample_records()[:3]):
        writer.add(item, page)
    writer.close()
    result = CliRunner().invoke(app, ["replay", "--db", db_url, "--spool", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "replayed 0 batch(es)" in result.output
    assert result.output.count("left for another database") == 2
    assert len(list(tmp_path.glob("batch-*.jsonl"))) == 2
    db = open_database(db_url)
    assert _titles(db) == 0
    db.close()


def test_replay_command_writes_the_spool_and_empties_it(db_url, tmp_path):
    writer = RecordWriter(_dead_database(), batch_size=2, spool_dir=tmp_path, pause=0)
    for item, page in items(all_sample_records()[:5]):
        writer.add(item, page)
    writer.close()
    assert len(list(tmp_path.glob("batch-*.jsonl"))) == 3
    command = ["replay", "--db", db_url, "--spool", str(tmp_path), "--any-database"]
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 0, result.output
    assert "replayed 3 batch(es): inserted 5, updated 0, unchanged 0" in result.output
    assert list(tmp_path.glob("batch-*.jsonl")) == []


def test_replay_into_an_unreachable_database_fails_and_keeps_the_spool(tmp_path):
    writer = RecordWriter(_dead_database(), batch_size=2, spool_dir=tmp_path, pause=0)
    for item, page in items(all_sample_records()[:1]):
        writer.add(item, page)
    writer.close()
    dead = f"postgresql://postgres@127.0.0.1:{free_port()}/nothing"
    result = CliRunner().invoke(app, ["replay", "--db", dead, "--spool", str(tmp_path)])
    assert result.exit_code == 2
    assert "cannot open database" in result.output
    assert len(list(tmp_path.glob("batch-*.jsonl"))) == 1


def test_rejects_command_lists_unresolved_rejects_with_reasons(db_url, tmp_path):
    db = open_database(db_url)
    db.write_batch(items([reject(BASE + "movie/soft-404", reason="no title on the page")]))
    db.close()
    result = CliRunner().invoke(app, ["rejects", "--db", db_url], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "Unresolved rejects: 1" in result.output
    assert "movie/soft-404" in result.output and "no title on the page" in result.output
