"""`marquee browse`: Datasette on a marquee database, described by the data dictionary.

Datasette's metadata is written from the table definitions (table and column descriptions,
units), the example queries of docs/queries.md become canned queries, and the tables and views
analysts filter most are faceted by genre, country, certificate and currency. Datasette reads
SQLite: a PostgreSQL database is browsed through a snapshot (marquee.snapshot).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from marquee.db import open_database, resolve_db_url
from marquee.db.schema import metadata

QUERIES_DOC = Path(__file__).resolve().parent.parent / "docs" / "queries.md"
DEFAULT_PORT = 8001
UNITS = {"runtime_minutes": "min"}  # Pint units: Datasette shows "110 min" and filters by unit
TIME_TYPES = (sa.DateTime,)
FACETS: dict[str, list[str]] = {
    "titles": ["kind", "content_rating", "budget_currency", "box_office_currency"],
    "v_titles": ["kind", "content_rating", "budget_currency", "box_office_currency"],
    "v_title_genres": ["genre", "kind"],
    "v_title_countries": ["country", "kind"],
    "v_title_platforms": ["platform", "streaming_available"],
    "v_title_studios": ["studio"],
    "rejects": ["reason"],
    "crawl_runs": ["status"],
}
VIEWS = {
    "v_titles": "One row per title, with money, ratio and streaming columns (docs/queries.md).",
    "v_cast": "One row per cast credit, in billing order (1 = top billed).",
    "v_credits": "One row per credit of any role: cast, director, writer.",
    "v_title_genres": "One row per (title, genre), in page order.",
    "v_title_countries": "One row per (title, country of production), in page order.",
    "v_title_studios": "One row per (title, studio shown), in page order.",
    "v_title_platforms": "One row per (title, streaming platform).",
}
_BLOCK = re.compile(r"^### (.+?)\n+```sql\n-- name: (\w+)\n(.*?)```", re.DOTALL | re.MULTILINE)


def canned_queries(doc: Path = QUERIES_DOC) -> dict[str, dict[str, str]]:
    """docs/queries.md's questions, each a Datasette canned query titled by its question;
    none when the docs are not beside the package (an installed wheel)."""
    if not doc.is_file():
        return {}
    return {name: {"title": title.strip(), "sql": sql.strip().rstrip(";")}
            for title, name, sql in _BLOCK.findall(doc.read_text(encoding="utf-8"))}  # fmt: skip


def column_description(column: sa.Column[Any]) -> str:
    """The dictionary's comment, with the unit a reader needs: minutes, ISO 4217, UTC."""
    text = column.comment or ""
    if column.name in UNITS:
        text = f"{text} (minutes)".strip() if "minute" not in text else text
    elif column.name.endswith("_currency") and "ISO 4217" not in text:
        text = f"{text} ISO 4217 currency code".strip()
    elif isinstance(column.type, TIME_TYPES) and "UTC" not in text:
        text = f"{text} (UTC)".strip()
    return text


def _table_metadata(table: sa.Table) -> dict[str, Any]:
    found: dict[str, Any] = {
        "description": table.comment or "",
        "columns": {column.name: column_description(column) for column in table.columns},
    }
    units = {name: unit for name, unit in UNITS.items() if name in table.columns}
    if units:
        found["units"] = units
    if table.name in FACETS:
        found["facets"] = FACETS[table.name]
    return found


def _view_metadata(name: str, description: str) -> dict[str, Any]:
    found: dict[str, Any] = {"description": description}
    if name == "v_titles":
        found["units"] = UNITS
    if name in FACETS:
        found["facets"] = FACETS[name]
    return found


def datasette_metadata(database: str, doc: Path = QUERIES_DOC) -> dict[str, Any]:
    """Datasette's metadata for the database named `database` (its file's stem)."""
    tables = {table.name: _table_metadata(table) for table in metadata.sorted_tables}
    tables.update({name: _view_metadata(name, text) for name, text in VIEWS.items()})
    tables["alembic_version"] = {"hidden": True}
    return {
        "title": "marquee",
        "description": "ReelGuide titles crawled by marquee. Times are UTC, money amounts"
        " come with an ISO 4217 currency, runtimes are in minutes (per episode for shows).",
        "databases": {database: {"tables": tables, "queries": canned_queries(doc)}},
    }


@contextmanager
def sqlite_file(db_url: str | None, note: Callable[[str], object]) -> Iterator[Path]:
    """The SQLite file to browse: the database itself, or a snapshot of a PostgreSQL one
    (removed afterwards). Raises FileNotFoundError for a SQLite file that is not there."""
    resolved = make_url(resolve_db_url(db_url))
    if resolved.get_backend_name() == "sqlite":
        path = Path(resolved.database or "")
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such database file (run `marquee demo` first)")
        open_database(db_url).close()  # the views are there however old the file is
        yield path
        return
    from marquee.snapshot import snapshot_of

    with tempfile.TemporaryDirectory(prefix="marquee-browse-") as folder, \
            open_database(db_url) as db:  # fmt: skip
        target = Path(folder) / "marquee.db"
        with snapshot_of(db.engine, target) as copied:
            note(f"snapshot of {db.url}: {copied['titles']} titles in {target}")
            yield target


def datasette_app(path: Path) -> Any:
    """The Datasette ASGI app on `path`, with marquee's metadata."""
    from datasette.app import Datasette

    settings = {"sql_time_limit_ms": 5000, "default_facet_size": 20}
    return Datasette(files=[str(path)], metadata=datasette_metadata(path.stem),
                     settings=settings).app()  # fmt: skip


def serve(db_url: str | None, port: int, note: Callable[[str], object] = print) -> None:
    """Serve Datasette on 127.0.0.1:`port` until interrupted."""
    import uvicorn

    with sqlite_file(db_url, note) as path:
        note(f"browse {path} at http://127.0.0.1:{port}/")
        uvicorn.run(datasette_app(path), host="127.0.0.1", port=port, log_level="warning")
