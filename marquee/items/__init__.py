"""Typed records: the boundary between parsing and storage.

Records are strict (unknown fields forbidden) and serialise exactly in the
record spec's JSON shape (tests/fixtures/SPEC.md), plus provenance keys.
"""

from marquee.items.page import PageMeta
from marquee.items.reject import Reject
from marquee.items.title import (
    PROVENANCE_KEYS,
    SPEC_KEYS,
    CastCredit,
    FieldIssue,
    Kind,
    MoneyValue,
    Streaming,
    TitleRecord,
)

__all__ = [
    "PROVENANCE_KEYS",
    "SPEC_KEYS",
    "CastCredit",
    "FieldIssue",
    "Kind",
    "MoneyValue",
    "PageMeta",
    "Reject",
    "Streaming",
    "TitleRecord",
]
