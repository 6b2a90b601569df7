"""Migrations, URL resolution, engine settings and the generated data dictionary."""

from __future__ import annotations

import doctest
import threading
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from typer.testing import CliRunner

from marquee.cli import app
from marquee.db import engine, history, migrate, open_database, resolve_db_url, rows, upsert
from marquee.db.dictionary import render
from marquee.db.schema import metadata

DOCS = Path(__file__).parent.parent / "docs" / "schema.md"


def test_migrations_build_exactly_the_models(db_url):
    db = open_database(db_url)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()


def test_head_is_the_newest_script_and_an_empty_database_has_no_revision(tmp_path):
    # open_database compares with HEAD without importing Alembic: it must name the last script
    assert migrate.head_revision() == migrate.HEAD
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD
    engine.dispose()


def test_db_upgrade_command_creates_and_then_keeps_the_schema(db_url):
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(app, ["db", "upgrade", "--db", db_url])
        assert result.exit_code == 0, result.output
        assert f"revision {migrate.head_revision()}" in result.output
    engine = sa.create_engine(resolve_db_url(db_url))
    assert set(metadata.tables) <= set(sa.inspect(engine).get_table_names())
    engine.dispose()


def test_open_database_without_upgrade_leaves_an_empty_database_empty(db_url):
    db = open_database(db_url, upgrade=False)
    assert sa.inspect(db.engine).get_table_names() == []
    db.close()


def test_url_resolution_prefers_argument_then_environment(monkeypatch):
    monkeypatch.delenv("MARQUEE_DB_URL", raising=False)
    assert resolve_db_url() == "sqlite:///marquee.db"
    monkeypatch.setenv("MARQUEE_DB_URL", "postgresql://u@h:5432/env")
    assert resolve_db_url() == "postgresql+psycopg://u@h:5432/env"
    assert resolve_db_url("sqlite:///arg.db") == "sqlite:///arg.db"


def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'x.db'}")
    with db.engine.connect() as conn:
        pragmas = [conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in
                   ("journal_mode", "busy_timeout", "foreign_keys")]  # fmt: skip
    assert pragmas == ["wal", 30000, 1]
    db.close()


def test_foreign_keys_are_enforced(db_url):
    db = open_database(db_url)
    bad = sa.insert(metadata.tables["credits"]).values(
        title_id=999, person_id=999, role="cast", ordinal=0
    )
    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(bad)
    db.close()


def test_committed_data_dictionary_matches_the_models():
    hint = "regenerate: marquee db dictionary -o docs/schema.md"
    assert DOCS.read_text(encoding="utf-8") == render(), hint


def test_dictionary_documents_every_column():
    text = render()
    for table in metadata.tables.values():
        assert f"## `{table.name}`" in text
        for column in table.columns:
            assert f"| `{column.name}` |" in text


def test_processes_opening_an_empty_database_at_once_migrate_it_once(db_url):
    errors: list[BaseException] = []

    def opener() -> None:
        try:
            open_database(db_url).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    db = open_database(db_url, upgrade=False)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()


@pytest.mark.parametrize("module", [engine, history, rows, upsert])
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
