"""Scoring parser output against kit pages: accuracy per field and per mechanism, and leaks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .render import KitPage

PROSE_FIELDS = frozenset({"tagline", "synopsis", "audience_summary"})


@dataclass(frozen=True)
class Miss:
    seed: int
    field: str
    expected: Any
    got: Any
    mechanism: str
    leak: bool
    rejected: bool


@dataclass
class Report:
    """Counts of [right, total] per field and per mechanism tag; every miss, leaks flagged."""

    pages: int = 0
    rejected: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    mechanisms: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[Miss] = field(default_factory=list)

    @property
    def leaks(self) -> list[Miss]:
        return [miss for miss in self.misses if miss.leak]

    def accuracy(self, name: str) -> float:
        right, total = self.fields[name]
        return right / total if total else 1.0

    def overall(self) -> float:
        right = sum(r for r, _ in self.fields.values())
        total = sum(t for _, t in self.fields.values())
        return right / total if total else 1.0


def score(pages_and_records: Iterable[tuple[KitPage, dict[str, Any] | None]]) -> Report:
    """`None` for a rejected page: every field of it counts wrong."""
    report = Report()
    for page, got in pages_and_records:
        report.pages += 1
        if got is None:
            report.rejected += 1
        for name, expected in page.expected.items():
            value = None if got is None else got.get(name)
            _count(report, page, name, expected, value, got is None)
    return report


def _count(
    report: Report, page: KitPage, name: str, expected: Any, got: Any, rejected: bool
) -> None:
    right = not rejected and got == expected
    mechanism = page.mechanisms.get(name, "absent")
    report.fields[name][0] += right
    report.fields[name][1] += 1
    for tag in mechanism.split("+"):
        report.mechanisms[tag][0] += right
        report.mechanisms[tag][1] += 1
    if not right:
        leak = not rejected and is_leak(name, got, page.distractors.get(name, []))
        report.misses.append(Miss(page.seed, name, expected, got, mechanism, leak, rejected))


def is_leak(name: str, got: Any, distractors: list[Any]) -> bool:
    """The wrong value is (or, for a list, holds) a value of another title shown on the page;
    for prose, holds another text (a review read as the viewers' summary)."""
    if got in (None, []) or not distractors:
        return False
    if name in PROSE_FIELDS and isinstance(got, str):
        return any(isinstance(text, str) and text in got for text in distractors)
    if isinstance(got, list):
        items = [item["actor"] if isinstance(item, dict) else item for item in got]
        return any(item in distractors for item in items)
    return got in distractors
