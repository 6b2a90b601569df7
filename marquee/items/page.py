"""What we know about one fetched or re-read page, apart from its parsed content."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PageMeta:
    url: str
    content_sha256: str
    parser_version: str
    fetched_at: dt.datetime | None = None
    http_status: int | None = None
    # where the saved copy is: a file path, or a WARC file and the record's byte offset
    archive_path: str | None = None
    archive_offset: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # the saved copy is known to be incomplete (cut short): it may create a title, never
    # replace one read from a complete copy
    partial: bool = False
