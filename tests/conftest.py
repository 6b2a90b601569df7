"""Shared fixtures. Storage tests take `db_url` and so run on SQLite and on the real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.databases import temporary_pg_database

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def pg_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the shared server, dropped afterwards."""
    with temporary_pg_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of each supported kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'marquee.db'}"
    else:
        yield request.getfixturevalue("pg_database")


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
