"""What the spider hands on: a fetched title page, or the outcome of a title request that
produced no page to parse (not modified, forbidden, failed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str
    status: int
    body: bytes
    fetched_at: dt.datetime
    headers: dict[str, str] = field(default_factory=dict)
    archive_path: str | None = None
    archive_offset: int | None = None

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


class Outcome(StrEnum):
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    url: str
    outcome: Outcome
    reason: str
