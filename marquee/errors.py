"""The exception tree: each class names the decision it asks of the caller."""

from __future__ import annotations


class MarqueeError(Exception):
    """Base of marquee's own errors."""


class PageRejected(MarqueeError):
    """The page cannot become a record: keep it, record a reject with this reason."""

    def __init__(self, reason: str, details: str | None = None) -> None:
        super().__init__(reason if details is None else f"{reason}: {details}")
        self.reason = reason
        self.details = details


class StorageUnavailable(MarqueeError):
    """The database cannot be reached or written: retry later; the batch is kept."""
