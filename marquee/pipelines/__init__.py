"""Batching writers (and, later, the Scrapy item pipeline over them).

The writer is imported on first use, not with the package: the extraction worker process
imports marquee.pipelines.extraction, which needs no database code (~1.5 s and ~30 MB).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marquee.pipelines.writer import RecordWriter, WriteFailure

__all__ = ["RecordWriter", "WriteFailure"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from marquee.pipelines import writer

        return getattr(writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
