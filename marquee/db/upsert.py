"""Dialect INSERT ... ON CONFLICT, chunked under the drivers' parameter limits."""

from __future__ import annotations

import json
import operator
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

if TYPE_CHECKING:
    import psycopg  # imported by the PostgreSQL engine itself: a SQLite run never loads it

T = TypeVar("T")
PARAM_LIMITS = {"sqlite": 32766, "postgresql": 65535}
MAX_ROWS_PER_STATEMENT = 1000


def rows_per_statement(dialect: str, columns: int) -> int:
    """How many rows of `columns` parameters fit in one statement (with a margin).

    >>> rows_per_statement("sqlite", 40), rows_per_statement("postgresql", 3)
    (816, 1000)
    """
    limit = PARAM_LIMITS.get(dialect, 999) - 100
    return max(1, min(MAX_ROWS_PER_STATEMENT, limit // max(1, columns)))


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert(conn: sa.Connection, table: sa.Table) -> Any:
    """The dialect's INSERT construct, which knows ON CONFLICT."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"no upsert for {conn.dialect.name}")


def execute_chunked(conn: sa.Connection, stmt: Any, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    if conn.dialect.name == "sqlite" and sqlite_executemany(conn, stmt, rows):
        return
    size = rows_per_statement(conn.dialect.name, len(rows[0]))
    for chunk in chunked(rows, size):
        conn.execute(stmt, list(chunk))


def sqlite_executemany(conn: sa.Connection, stmt: Any, rows: Sequence[dict[str, Any]]) -> bool:
    """sqlite3's own executemany of `stmt`, values converted by SQLAlchemy's bind processors.

    Stores exactly what SQLAlchemy's executemany stores, without its per-row overhead. False
    (nothing done) when the statement has parameters other than the rows' columns.
    """
    names = list(rows[0])
    dialect = conn.dialect
    compiled = stmt.compile(dialect=dialect, column_keys=names)
    order: Sequence[str] | None = compiled.positiontup
    if order is None or not set(order) <= set(names):
        return False
    pick = operator.itemgetter(*order)  # a tuple for two names or more, else the value itself
    picked = map(pick, rows) if len(order) > 1 else ((pick(row),) for row in rows)
    columns: list[Iterable[Any]] = list(zip(*picked, strict=True))
    for index, name in enumerate(order):
        process = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            columns[index] = map(process, columns[index])
    values = list(zip(*columns, strict=True))
    cast("sqlite3.Connection", conn.connection.dbapi_connection).executemany(
        compiled.string, values
    )
    return True


def upsert_rows(
    conn: sa.Connection,
    table: sa.Table,
    keys: Sequence[str],
    update: Sequence[str],
    rows: Sequence[dict[str, Any]],
    where: Callable[[Any], Any] | None = None,
    returning: Sequence[Any] = (),
) -> list[sa.Row[Any]]:
    """INSERT ... ON CONFLICT (keys) DO UPDATE for rows de-duplicated by key.

    PostgreSQL: COPY into a temporary staging table, then one INSERT ... SELECT in key order,
    returning `returning` for the rows inserted or updated (not those the WHERE refused).
    Elsewhere: executemany of the dialect's upsert, returning nothing.
    """
    if not rows:
        return []
    if conn.dialect.name != "postgresql":
        execute_chunked(conn, upsert_do_update(conn, table, keys, update, where), rows)
        return []
    names = list(rows[0])
    stage = _copy_to_stage(conn, table, names, rows)
    source = sa.select(*(stage.c[name] for name in names)).order_by(*(stage.c[k] for k in keys))
    stmt = postgresql.insert(table).from_select(names, source)
    condition = None if where is None else where(stmt.excluded)
    values = {name: stmt.excluded[name] for name in update}
    stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_=values, where=condition)
    if not returning:
        conn.execute(stmt)
        return []
    return list(conn.execute(stmt.returning(*returning)).all())


def _copy_to_stage(
    conn: sa.Connection, table: sa.Table, names: list[str], rows: Sequence[dict[str, Any]]
) -> sa.TableClause:
    quote = conn.dialect.identifier_preparer.quote
    stage = f"_stage_{table.name}"  # one per transaction: dropped at COMMIT or ROLLBACK
    columns = ", ".join(quote(name) for name in names)
    conn.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {stage} ON COMMIT DROP AS"
        f" SELECT {columns} FROM {table.name} WITH NO DATA"
    )
    from psycopg.types.json import Jsonb

    json_columns = {name for name in names if isinstance(table.c[name].type, sa.JSON)}
    pg = cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)
    with pg.cursor() as cursor, cursor.copy(f"COPY {stage} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([_copy_value(row[n], Jsonb if n in json_columns else None)
                            for n in names])  # fmt: skip
    return sa.table(stage, *(sa.column(name) for name in names))


def _copy_value(value: Any, as_json: Callable[[Any], Any] | None) -> Any:
    return as_json(value) if as_json is not None and value is not None else value


def insert_rows(
    conn: sa.Connection, table: sa.Table, names: Sequence[str], values: Sequence[tuple[Any, ...]]
) -> None:
    """Plain INSERT of new child rows (ints and text: no type conversion needed).

    The driver's own bulk path, in the connection's transaction: COPY on PostgreSQL (about
    twice executemany), sqlite3's executemany of tuples elsewhere.
    """
    if not values:
        return
    columns = ", ".join(conn.dialect.identifier_preparer.quote(name) for name in names)
    raw = conn.connection.dbapi_connection
    if conn.dialect.name == "postgresql":
        pg = cast("psycopg.Connection[Any]", raw)
        with (
            pg.cursor() as cursor,
            cursor.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy,
        ):
            for value in values:
                copy.write_row(value)
    elif conn.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in names)
        cast("sqlite3.Connection", raw).executemany(
            f"INSERT INTO {table.name} ({columns}) VALUES ({marks})", values
        )
    else:
        execute_chunked(conn, sa.insert(table), [dict(zip(names, v, strict=True)) for v in values])


def upsert_do_nothing(conn: sa.Connection, table: sa.Table, keys: Sequence[str]) -> Any:
    return insert(conn, table).on_conflict_do_nothing(index_elements=list(keys))


def upsert_do_update(
    conn: sa.Connection,
    table: sa.Table,
    keys: Sequence[str],
    update: Sequence[str],
    where: Callable[[Any], Any] | None = None,
) -> Any:
    """ON CONFLICT (keys) DO UPDATE SET update = EXCLUDED.update [WHERE where(EXCLUDED)]."""
    stmt = insert(conn, table)
    values = {name: stmt.excluded[name] for name in update}
    condition = None if where is None else where(stmt.excluded)
    return stmt.on_conflict_do_update(index_elements=list(keys), set_=values, where=condition)


def in_values(conn: sa.Connection, column: Any, values: Sequence[Any]) -> list[Any]:
    """`column IN (values)` conditions, chunked under the parameter limits.

    On PostgreSQL one `column = ANY(:array)`: one parameter, a short statement psycopg caches.
    """
    ordered = sorted(set(values))
    if conn.dialect.name == "postgresql":
        array = sa.bindparam("values", ordered, type_=postgresql.ARRAY(column.type))
        return [column == sa.any_(array)]
    if conn.dialect.name == "sqlite":
        # one JSON array read by json_each: the statement is compiled once, where an expanding
        # IN renders its hundreds of parameters into the SQL on every execution
        listed = sa.bindparam("values", json.dumps(ordered, ensure_ascii=False), type_=sa.String)
        return [column.in_(sa.select(sa.column("value")).select_from(sa.func.json_each(listed)))]
    size = rows_per_statement(conn.dialect.name, 1)
    return [column.in_(chunk) for chunk in chunked(ordered, size)]


def select_in(
    conn: sa.Connection, columns: Sequence[Any], column: Any, values: Sequence[Any], *where: Any
) -> list[sa.Row[Any]]:
    """SELECT columns WHERE column IN (values) [AND where...]."""
    out: list[sa.Row[Any]] = []
    for condition in in_values(conn, column, values):
        out.extend(conn.execute(sa.select(*columns).where(condition, *where)).all())
    return out
