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


# modules of long tests (the learning judges take 20-40 s each): run first, so that under
# pytest-xdist the short tests fill both workers at the end instead of one worker finishing
# a long test minutes after the other ran out of work
_LONG_FIRST = ("tests/test_learn_judge.py", "tests/fields/test_heldout_sets.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def long_first(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return 0 if path in _LONG_FIRST else 1

    items.sort(key=long_first)  # stable: the order within each group is kept
