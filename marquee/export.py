"""Export stored titles: JSON lines in the record spec's shape, or flat CSV / Parquet tables;
or the whole database as a SQLite snapshot (marquee.snapshot) that Datasette opens.

Records are rebuilt from the tables (scalar columns, money, streaming, the ordered
many-to-many lists and the credits in billing order) and streamed in partitions,
so memory stays flat however large the database is.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import sqlalchemy as sa

from marquee.db import open_database, schema
from marquee.db.engine import read_connection
from marquee.db.rows import as_utc
from marquee.items import SPEC_KEYS, CastCredit, MoneyValue, Streaming, TitleRecord
from marquee.snapshot import write_snapshot

if TYPE_CHECKING:
    import pyarrow as pa

PARTITION_ROWS = 500
LIST_SEPARATOR = "; "


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"
    SQLITE = "sqlite"


# --- reading records back from the tables --------------------------------------------------


def iter_records(
    conn: sa.Connection, *, partition_rows: int = PARTITION_ROWS
) -> Iterator[TitleRecord]:
    """Every stored title as a record, ordered by source_id, streamed partition by partition."""
    stmt = sa.select(schema.titles).order_by(schema.titles.c.source_id, schema.titles.c.source)
    result = conn.execute(stmt, execution_options={"yield_per": partition_rows})
    for partition in result.partitions():
        yield from records_for(conn, partition)


def records_for(conn: sa.Connection, rows: Sequence[sa.Row[Any]]) -> Iterator[TitleRecord]:
    ids = [row.id for row in rows]
    lists = {name: _linked_names(conn, name, ids) for name in schema.LINKS}
    credits = _credits(conn, ids)
    for row in rows:
        yield _record(
            row,
            {name: names.get(row.id, []) for name, names in lists.items()},
            credits.get(row.id, {}),
        )


def _linked_names(conn: sa.Connection, name: str, ids: list[int]) -> dict[int, list[str]]:
    vocabulary, link, column = schema.LINKS[name]
    stmt = (
        sa.select(link.c.title_id, vocabulary.c.name)
        .join(vocabulary, vocabulary.c.id == link.c[column])
        .where(link.c.title_id.in_(ids))
        .order_by(link.c.title_id, link.c.position)
    )
    names: dict[int, list[str]] = defaultdict(list)
    for title_id, value in conn.execute(stmt):
        names[title_id].append(value)
    return names


Credit = tuple[str, str | None]  # person, character


def _credits(conn: sa.Connection, ids: list[int]) -> dict[int, dict[str, list[Credit]]]:
    credits, people = schema.credits, schema.people
    stmt = (
        sa.select(credits.c.title_id, credits.c.role, people.c.name, credits.c.character)
        .join(people, people.c.id == credits.c.person_id)
        .where(credits.c.title_id.in_(ids))
        .order_by(credits.c.title_id, credits.c.role, credits.c.ordinal)
    )
    found: dict[int, dict[str, list[Credit]]] = defaultdict(lambda: defaultdict(list))
    for title_id, role, name, character in conn.execute(stmt):
        found[title_id][role].append((name, character))
    return found


def _record(
    row: sa.Row[Any], lists: dict[str, list[str]], credits: dict[str, list[Credit]]
) -> TitleRecord:
    scalars = {key: getattr(row, key) for key in _SCALAR_KEYS}
    return TitleRecord(
        **scalars,
        genres=lists["genres"],
        countries=lists["countries"],
        studios=lists["studios"],
        budget=_money(row.budget_amount, row.budget_currency),
        box_office=_money(row.box_office_amount, row.box_office_currency),
        streaming=_streaming(row, lists["platforms"]),
        directors=[name for name, _ in credits.get("director", [])],
        writers=[name for name, _ in credits.get("writer", [])],
        cast=[CastCredit(actor=name, character=role) for name, role in credits.get("cast", [])],
        fetched_at=as_utc(row.fetched_at),
        unparsed=row.unparsed or [],
        learned=row.learned or [],
    )


_SCALAR_KEYS = (
    "source_id",
    "kind",
    "title",
    "tagline",
    "synopsis",
    "audience_summary",
    "release_date",
    "release_year",
    "runtime_minutes",
    "content_rating",
    "user_rating_count",
    "studios_total",
    "imdb_id",
    "trailer_url",
    "seasons",
    "url",
    "parser_version",
    "content_sha256",
    "layout",
)


def _money(amount: Any, currency: str | None) -> MoneyValue | None:
    return None if amount is None else MoneyValue(amount=amount, currency=currency)


def _streaming(row: sa.Row[Any], platforms: list[str]) -> Streaming | None:
    if not row.streaming_listed:
        return None
    return Streaming(
        available=row.streaming_available,
        platform_count=row.streaming_platform_count,
        platforms=platforms,
        verified_on=row.streaming_verified_on,
    )


# --- writers ---------------------------------------------------------------------------------


def write_jsonl(records: Iterable[TitleRecord], out: IO[str], *, spec_only: bool = False) -> int:
    count = 0
    for record in records:
        data = record.spec_dict() if spec_only else record.model_dump(mode="json")
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        count += 1
    return count


FLAT_COLUMNS: tuple[str, ...] = (
    *(key for key in SPEC_KEYS if key not in {"budget", "box_office", "streaming", "cast"}),
    "budget_amount",
    "budget_currency",
    "box_office_amount",
    "box_office_currency",
    "streaming_available",
    "streaming_platform_count",
    "streaming_platforms",
    "streaming_verified_on",
    "cast",
    "cast_characters",
    "url",
    "fetched_at",
    "parser_version",
    "content_sha256",
    "layout",
)
_LIST_COLUMNS = frozenset(
    {
        "genres",
        "countries",
        "studios",
        "directors",
        "writers",
        "streaming_platforms",
        "cast",
        "cast_characters",
    }
)


def flat_row(record: TitleRecord) -> dict[str, Any]:
    """One title as one flat row; list fields stay lists (CSV joins them, Parquet keeps them)."""
    data = record.model_dump()
    budget, box_office, streaming = record.budget, record.box_office, record.streaming
    data.update(
        budget_amount=budget.amount if budget else None,
        budget_currency=budget.currency if budget else None,
        box_office_amount=box_office.amount if box_office else None,
        box_office_currency=box_office.currency if box_office else None,
        streaming_available=streaming.available if streaming else None,
        streaming_platform_count=streaming.platform_count if streaming else None,
        streaming_platforms=list(streaming.platforms) if streaming else [],
        streaming_verified_on=streaming.verified_on if streaming else None,
        cast=[credit.actor for credit in record.cast],
        cast_characters=[credit.character or "" for credit in record.cast],
        kind=record.kind.value,
    )
    return {column: data[column] for column in FLAT_COLUMNS}


def write_csv(records: Iterable[TitleRecord], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(_csv_cells(flat_row(record)))
        count += 1
    return count


def _csv_cells(row: dict[str, Any]) -> dict[str, Any]:
    return {
        key: LIST_SEPARATOR.join(value) if key in _LIST_COLUMNS else _csv_scalar(value)
        for key, value in row.items()
    }


def _csv_scalar(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


@functools.cache
def parquet_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema(
        [
            pa.field(column, _type)
            for column, _type in {
                **{key: pa.string() for key in FLAT_COLUMNS},
                **{key: pa.list_(pa.string()) for key in _LIST_COLUMNS},
                "release_date": pa.date32(),
                "streaming_verified_on": pa.date32(),
                "fetched_at": pa.timestamp("us", tz="UTC"),
                "release_year": pa.int32(),
                "runtime_minutes": pa.int32(),
                "user_rating_count": pa.int64(),
                "studios_total": pa.int32(),
                "seasons": pa.int32(),
                "streaming_platform_count": pa.int32(),
                "streaming_available": pa.bool_(),
                "budget_amount": pa.decimal128(24, 4),
                "box_office_amount": pa.decimal128(24, 4),
            }.items()
        ]
    )


def write_parquet(
    records: Iterable[TitleRecord], path: Path, *, rows_per_group: int = PARTITION_ROWS
) -> int:
    # pyarrow (with numpy, ~30 MB) only when Parquet is written: this module is imported by
    # every crawl and reparse (marquee.db.learned reads stored records through it)
    import pyarrow as pa
    import pyarrow.parquet as pq

    count, schema = 0, parquet_schema()
    with pq.ParquetWriter(path, schema) as writer:
        for chunk in _chunks((flat_row(record) for record in records), rows_per_group):
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- the command -----------------------------------------------------------------------------


def export(
    engine: sa.Engine,
    fmt: ExportFormat,
    output: Path | None,
    stdout: IO[str],
    *,
    spec_only: bool = False,
) -> int:
    """Write every stored title to `output` (or `stdout`); returns how many were written."""
    if fmt in (ExportFormat.PARQUET, ExportFormat.SQLITE) and output is None:
        raise ValueError(f"{fmt.value} is binary: give --output FILE")
    if fmt is ExportFormat.SQLITE:
        assert output is not None
        return write_snapshot(engine, output)["titles"]
    with read_connection(engine) as conn:  # on SQLite, writers go on while we read
        records = iter_records(conn)
        if fmt is ExportFormat.PARQUET:
            assert output is not None
            return write_parquet(records, output)
        with ExitStack() as stack:
            out = (
                stdout
                if output is None
                else stack.enter_context(output.open("w", encoding="utf-8", newline=""))
            )
            if fmt is ExportFormat.CSV:
                return write_csv(records, out)
            return write_jsonl(records, out, spec_only=spec_only)


def main(
    db_url: str | None, fmt: ExportFormat, output: Path | None, *, spec_only: bool = False
) -> int:
    """`marquee export`: returns how many titles were written."""
    with open_database(db_url) as db:
        count = export(db.engine, fmt, output, sys.stdout, spec_only=spec_only)
    if output is not None:
        print(f"exported {count} titles to {output}", file=sys.stderr)
    return count
