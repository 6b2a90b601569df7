"""Alembic, configured in code: the migrations ship inside the package, no alembic.ini.

Alembic reads its scripts from a folder. Installed from a zipped egg (a Scrapyd deployment)
the package has none: the scripts are then copied once per process to a temporary folder.
Alembic is imported only to migrate: its import is ~0.15 s of every command's start-up, and a
database already at `HEAD` needs none of it.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from marquee.db.engine import read_connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "0007"  # the newest script's revision (tests/test_db_schema.py holds it to the scripts)
VERSION_TABLE = "alembic_version"


@functools.cache
def migrations_folder() -> Path:
    """The migration scripts as a real folder: the package's own, or a copy out of a zip."""
    if MIGRATIONS.is_dir():
        return MIGRATIONS
    folder = Path(tempfile.mkdtemp(prefix="marquee-migrations-"))
    atexit.register(shutil.rmtree, folder, True)
    _copy_tree(resources.files("marquee.db") / "migrations", folder / "migrations")
    return folder / "migrations"


def _copy_tree(source: Traversable, target: Path) -> None:
    target.mkdir()
    for entry in source.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                _copy_tree(entry, target / entry.name)
        elif not entry.name.endswith((".pyc", ".pyo")):
            (target / entry.name).write_bytes(entry.read_bytes())


def alembic_config(connection: sa.Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest revision as Alembic reads it from the scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: sa.Engine) -> str | None:
    """The database's revision (None: not migrated yet), read as Alembic reads it."""
    with read_connection(engine) as conn:
        if not sa.inspect(conn).has_table(VERSION_TABLE):
            return None
        stmt = sa.text(f"SELECT version_num FROM {VERSION_TABLE}")
        versions = list(conn.execute(stmt).scalars())
    # several rows are no revision of this linear history: upgrade() lets Alembic say so
    return versions[0] if len(versions) == 1 else None


MIGRATION_LOCK = 0x6D617271  # "marq": one migrating process at a time on PostgreSQL


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the database to `revision` (no-op when it is there already)."""
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        command.upgrade(alembic_config(conn), revision)
