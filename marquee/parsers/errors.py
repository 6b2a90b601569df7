"""Parser errors: a selector that must match found nothing, or too much."""

from __future__ import annotations

from marquee.errors import PageRejected


class FieldShapeError(PageRejected):
    """A required part of the page is missing or ambiguous: the page becomes a reject."""

    def __init__(self, field: str, reason: str, details: str | None = None) -> None:
        super().__init__(reason, details)
        self.field = field
