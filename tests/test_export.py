"""Export: records rebuilt from the tables, as JSON lines, CSV and Parquet, on both databases."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from marquee.cli import app
from marquee.db import open_database
from marquee.export import (
    FLAT_COLUMNS,
    LIST_SEPARATOR,
    ExportFormat,
    export,
    iter_records,
)
from marquee.items import SPEC_KEYS, MoneyValue, PageMeta, TitleRecord

EXPECTED = Path(__file__).parent / "fixtures" / "expected"


def sample_records() -> list[TitleRecord]:
    """The expected records of the sample, one per source_id, as if parsed (no parser needed)."""
    records: dict[str, TitleRecord] = {}
    for path in sorted(EXPECTED.glob("*.json")):
        data = json.loads(path.read_text())
        if data.get("reject") or data["source_id"] in records:
            continue
        records[data["source_id"]] = TitleRecord(
            **data,
            url=f"https://www.reelguide.example/{data['source_id']}",
            parser_version="test-1",
            content_sha256=hashlib.sha256(path.name.encode()).hexdigest(),
            layout="legacy" if path.name.startswith("v1-") else "current",
        )
    return list(records.values())


def load_sample(db_url: str) -> list[TitleRecord]:
    records = sample_records()
    items = [(r, PageMeta(r.url, r.content_sha256, r.parser_version)) for r in records]
    with open_database(db_url) as db:
        counts = db.write_batch(items)
    assert counts.inserted == len(records)
    return sorted(records, key=lambda r: r.source_id)


def _export_text(db_url: str, fmt: ExportFormat, **options: bool) -> str:
    out = io.StringIO()
    with open_database(db_url) as db:
        export(db.engine, fmt, None, out, **options)
    return out.getvalue()


def test_jsonl_gives_back_every_record_in_spec_shape_ordered_by_source_id(db_url: str) -> None:
    records = load_sample(db_url)
    lines = _export_text(db_url, ExportFormat.JSONL).splitlines()
    exported = [json.loads(line) for line in lines]
    assert [row["source_id"] for row in exported] == [r.source_id for r in records]
    for row, record in zip(exported, records, strict=True):
        assert {key: row[key] for key in SPEC_KEYS} == record.spec_dict(), record.source_id
        assert (row["url"], row["layout"]) == (record.url, record.layout)


def test_spec_only_leaves_provenance_out(db_url: str) -> None:
    records = load_sample(db_url)
    first = json.loads(_export_text(db_url, ExportFormat.JSONL, spec_only=True).splitlines()[0])
    assert tuple(first) == SPEC_KEYS
    assert first == records[0].spec_dict()


def test_records_stream_in_partitions_without_changing_the_result(db_url: str) -> None:
    records = load_sample(db_url)
    with open_database(db_url) as db, db.engine.connect() as conn:
        small = [r.spec_dict() for r in iter_records(conn, partition_rows=3)]
    assert small == [r.spec_dict() for r in records]


def test_csv_is_one_flat_row_per_title_with_lists_joined(db_url: str) -> None:
    records = load_sample(db_url)
    rows = list(csv.DictReader(io.StringIO(_export_text(db_url, ExportFormat.CSV))))
    assert len(rows) == len(records)
    assert tuple(rows[0]) == FLAT_COLUMNS
    heat = next(row for row in rows if row["source_id"] == "movie/heat")
    record = next(r for r in records if r.source_id == "movie/heat")
    assert heat["genres"] == LIST_SEPARATOR.join(record.genres)
    assert heat["cast"].split(LIST_SEPARATOR) == [c.actor for c in record.cast]
    assert heat["cast_characters"].split(LIST_SEPARATOR)[0] == record.cast[0].character
    assert record.budget is not None
    assert (heat["budget_amount"], heat["budget_currency"]) == ("60000000", "USD")
    assert heat["release_date"] == "1995-12-15"
    assert heat["streaming_available"] == "true"
    assert heat["seasons"] == ""


def test_parquet_keeps_lists_decimals_and_dates(db_url: str, tmp_path: Path) -> None:
    records = load_sample(db_url)
    target = tmp_path / "titles.parquet"
    with open_database(db_url) as db:
        assert export(db.engine, ExportFormat.PARQUET, target, io.StringIO()) == len(records)
    table = pq.read_table(target)
    assert tuple(table.column_names) == FLAT_COLUMNS
    rows = table.to_pylist()
    assert [row["source_id"] for row in rows] == [r.source_id for r in records]
    for row, record in zip(rows, records, strict=True):
        assert row["genres"] == record.genres
        assert row["directors"] == record.directors
        assert row["release_date"] == record.release_date
        expected_budget = record.budget.amount if record.budget else None
        assert row["budget_amount"] == expected_budget
    assert isinstance(rows[0]["runtime_minutes"], int | None)


def test_parquet_needs_an_output_file(db_url: str) -> None:
    with open_database(db_url) as db, pytest.raises(ValueError, match="--output"):
        export(db.engine, ExportFormat.PARQUET, None, io.StringIO())


def test_an_empty_database_exports_nothing(db_url: str) -> None:
    assert _export_text(db_url, ExportFormat.JSONL) == ""
    assert _export_text(db_url, ExportFormat.CSV).splitlines() == [",".join(FLAT_COLUMNS)]


def test_money_without_a_currency_and_null_streaming_survive(db_url: str) -> None:
    record = sample_records()[0].model_copy(
        update={"budget": MoneyValue(amount=Decimal("12.5")), "streaming": None}
    )
    with open_database(db_url) as db:
        db.write_batch([(record, PageMeta(record.url, record.content_sha256, "test-1"))])
    row = json.loads(_export_text(db_url, ExportFormat.JSONL))
    assert row["budget"] == {"amount": "12.5", "currency": None}
    assert row["streaming"] is None


def test_the_command_writes_a_file_and_refuses_unknown_formats(db_url: str, tmp_path: Path) -> None:
    records = load_sample(db_url)
    runner = CliRunner()
    target = tmp_path / "titles.csv"
    done = runner.invoke(app, ["export", "--db", db_url, "--format", "csv", "-o", str(target)])
    assert done.exit_code == 0, done.output
    assert f"exported {len(records)} titles" in done.stderr
    assert len(target.read_text().splitlines()) == len(records) + 1
    refused = runner.invoke(app, ["export", "--db", db_url, "--format", "xml"])
    assert refused.exit_code == 2
    assert "choose jsonl, csv, parquet or sqlite" in refused.output
    no_file = runner.invoke(app, ["export", "--db", db_url, "--format", "parquet"])
    assert no_file.exit_code == 2
    assert "--output" in no_file.stderr
