"""What a write did: the numbers every run reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass
class WriteCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    failed: int = 0

    def __add__(self, other: WriteCounts) -> WriteCounts:
        return WriteCounts(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())
