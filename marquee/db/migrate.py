"""Alembic, configured in code: the migrations ship inside the package, no alembic.ini.

Alembic reads its scripts from a folder. Installed from a zipped egg (a Scrapyd deployment)
the package has none: the scripts are then copied once per process to a temporary folder.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from marquee.db.engine import read_connection

MIGRATIONS = Path(__file__).parent / "migrations"


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
    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: sa.Engine) -> str | None:
    with read_connection(engine) as conn:
        return MigrationContext.configure(conn).get_current_revision()


MIGRATION_LOCK = 0x6D617271  # "marq": one migrating process at a time on PostgreSQL


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the database to `revision` (no-op when it is there already)."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        command.upgrade(alembic_config(conn), revision)
