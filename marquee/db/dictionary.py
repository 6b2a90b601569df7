"""The data dictionary (docs/schema.md), generated from the table definitions so it cannot drift."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from marquee.db.schema import metadata

_PG: sa.Dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
_SQLITE: sa.Dialect = sqlite.dialect()

HEADER = """\
# Data dictionary

Generated from `marquee/db/schema.py` by `marquee db dictionary --output docs/schema.md`;
do not edit by hand (a test fails when this file and the models disagree).

## How the tables are written
- One row in `titles` per natural key (`source`, `source_id`). Credits and the
  genre / country / studio / platform links keep page order in `ordinal` / `position` (0-based).
- `record_hash` is the SHA-256 of the normalized record (spec fields, `url`, `layout`, `unparsed`;
  not `fetched_at`, `parser_version`, `content_sha256`). Equal hash: nothing is written except
  `last_seen_at`, which moves forward to the new fetch time; the run counts it *unchanged*.
- A record never overwrites one from a newer fetch (`fetched_at`); an unknown fetch time counts
  as older than any known one. Within one batch the newest record per key wins, then the last.
- Text is `TEXT` everywhere, without length limits. NUL and other control characters (except tab,
  newline, carriage return) are removed before writing; PostgreSQL refuses NUL in text.
- Money is an amount `NUMERIC(24, 4)` plus an ISO 4217 currency. An amount that does not fit
  (10^20 or more) is stored as null and reported in `unparsed` with reason "amount too large to
  store". On SQLite amounts have NUMERIC affinity: exact up to 15 significant digits.
- Times are UTC. PostgreSQL stores `timestamptz`; SQLite stores ISO text without offset.
- `pages` has one row per (url, content hash, parser version); a later fetch of identical bytes
  moves its `fetched_at`, `etag`, `last_modified`, `run_id` forward. Each rejected page has one
  `rejects` row; a later successful parse of the same URL sets `resolved_at`.
- Each update of a title (never an insert or an unchanged record) writes what it changed into
  `title_changes`: one row per column changed, per list item (genres, countries, studios,
  platforms, cast, directors, writers) added or removed, and one per list reordered. Analysts
  read it through the view `v_changes` (docs/queries.md).
- `crawl_runs.profile` holds the distribution of each run's records (share null, medians and
  spreads, distinct values); `crawl_runs.drift` names what drifted from the last finished runs
  (a drift ends the run `degraded`).
"""


def render() -> str:
    tables = sorted(metadata.tables.values(), key=lambda table: table.name)
    return HEADER + "".join(_table(table) for table in tables)


def _table(table: sa.Table) -> str:
    lines = [f"\n## `{table.name}`", "", table.comment or "", ""]
    lines.append("| column | PostgreSQL | SQLite | null | default | key | description |")
    lines.append("|---|---|---|---|---|---|---|")
    lines += [_column(column) for column in table.columns]
    lines += _constraints(table)
    return "\n".join(lines) + "\n"


def _column(column: sa.Column[object]) -> str:
    cells = [
        f"`{column.name}`",
        column.type.compile(dialect=_PG),
        column.type.compile(dialect=_SQLITE),
        "yes" if column.nullable else "no",
        _default(column),
        _key(column),
        (column.comment or "").replace("|", "\\|"),
    ]
    return "| " + " | ".join(cells) + " |"


def _default(column: sa.Column[object]) -> str:
    default = column.server_default
    if isinstance(default, sa.DefaultClause):
        arg = default.arg
        text = arg if isinstance(arg, str) else str(arg.compile(dialect=_PG))
        return f"`{text}`"
    return ""


def _key(column: sa.Column[object]) -> str:
    parts = ["PK"] if column.primary_key else []
    parts += [f"→ `{fk.target_fullname}`" for fk in column.foreign_keys]
    return ", ".join(parts)


def _constraints(table: sa.Table) -> list[str]:
    lines = []
    for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
        if isinstance(constraint, sa.UniqueConstraint):
            lines.append(f"- unique ({_names(constraint.columns)})")
        elif isinstance(constraint, sa.CheckConstraint):
            lines.append(f"- check `{constraint.sqltext}`")
    for index in sorted(table.indexes, key=lambda i: str(i.name)):
        lines.append(f"- index `{index.name}` ({_names(index.columns)})")
    return ["", *lines] if lines else []


def _names(columns: sa.sql.base.ReadOnlyColumnCollection[str, sa.Column[object]]) -> str:
    return ", ".join(column.name for column in columns)
