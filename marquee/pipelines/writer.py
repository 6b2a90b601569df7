"""The batching record writer: buffers items, writes batches, never drops one (Scrapy-free)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marquee.db import Database, WriteCounts, spool
from marquee.db.batch import Item
from marquee.errors import StorageUnavailable
from marquee.items import PageMeta, Reject, TitleRecord

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WriteFailure:
    """A batch that could not be written, and where it is kept for `marquee replay`."""

    path: Path
    items: int
    reason: str


class RecordWriter:
    def __init__(
        self,
        db: Database,
        *,
        batch_size: int = 500,
        run_id: int | None = None,
        spool_dir: Path | None = None,
        attempts: int = 2,
        pause: float = 2.0,
        on_written: Callable[[list[Item]], None] | None = None,
    ) -> None:
        self.db = db
        self.batch_size = batch_size
        self.run_id = run_id
        self.spool_dir = spool.spool_dir(spool_dir)
        self.attempts = attempts
        self.pause = pause
        self.counts = WriteCounts()
        self.failures: list[WriteFailure] = []
        self.on_written = on_written  # told of each batch once it is in the database
        self._buffer: list[Item] = []

    def add(self, item: TitleRecord | Reject, page: PageMeta) -> None:
        self._buffer.append((item, page))
        if len(self._buffer) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            batch, self._buffer = self._buffer, []
            self._write(batch)

    def close(self) -> WriteCounts:
        self.flush()
        return self.counts

    def _write(self, batch: list[Item]) -> None:
        if self.failures:
            # the database failed this run: keep later batches behind the first one, in order,
            # so that replay never writes an older version of a title over a newer one
            self._spill(batch, f"after an earlier failure: {self.failures[0].reason}")
            return
        reason = ""
        for attempt in range(1, self.attempts + 1):
            try:
                self.counts += self.db.write_batch(batch, run_id=self.run_id)
            except StorageUnavailable as exc:
                reason = str(exc)
                log.warning("batch of %d not written (attempt %d): %s", len(batch), attempt, exc)
                if attempt < self.attempts:
                    time.sleep(self.pause)
            else:
                if self.on_written is not None:
                    self.on_written(batch)
                return
        self._spill(batch, reason)

    def _spill(self, batch: list[Item], reason: str) -> None:
        path = spool.save_batch(
            self.spool_dir,
            batch,
            run_id=self.run_id,
            reason=reason,
            database=spool.database_identity(self.db),
        )
        log.error("kept %d items in %s for `marquee replay`: %s", len(batch), path, reason)
        self.failures.append(WriteFailure(path=path, items=len(batch), reason=reason))
        self.counts.failed += len(batch)
