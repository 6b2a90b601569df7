"""Batching writers (and, later, the Scrapy item pipeline over them)."""

from marquee.pipelines.writer import RecordWriter, WriteFailure

__all__ = ["RecordWriter", "WriteFailure"]
