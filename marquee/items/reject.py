"""A page that could not become a valid record, and why."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reject:
    url: str
    reason: str
    details: str | None
    content_sha256: str
    parser_version: str
    fetched_at: dt.datetime | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {
            "url": self.url,
            "reason": self.reason,
            "details": self.details,
            "content_sha256": self.content_sha256,
            "parser_version": self.parser_version,
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
        }
