"""A batch is written with the cyclic garbage collector paused, and it is always restored."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from marquee.db import WriteCounts, batch, open_database
from marquee.db.store import Database
from tests.db_records import all_sample_records, items


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    with open_database(db_url) as database:
        yield database


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """gc.isenabled() as the batch saw it while de-duplicating."""
    states: list[bool] = []
    original = batch._dedupe_titles

    def spy(*args: Any) -> Any:
        states.append(gc.isenabled())
        return original(*args)

    monkeypatch.setattr(batch, "_dedupe_titles", spy)
    return states


def test_collector_paused_during_the_batch_and_enabled_after(
    db: Database, seen: list[bool]
) -> None:
    records = all_sample_records()
    counts = db.write_batch(items(records))
    assert counts.inserted > 0
    assert seen == [False]
    assert gc.isenabled()


def test_collector_enabled_again_when_the_batch_fails(
    db: Database, seen: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(batch, "_write_pages", broken)
    with pytest.raises(RuntimeError, match="boom"):
        db.write_batch(items(all_sample_records()))
    assert seen == [False]
    assert gc.isenabled()


def test_collector_disabled_by_the_caller_stays_disabled(db: Database, seen: list[bool]) -> None:
    gc.disable()
    try:
        assert db.write_batch(items(all_sample_records()[:1])) == WriteCounts(inserted=1)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False]
