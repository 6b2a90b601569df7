"""Drift alarms: a run's records profiled field by field and compared with the last finished runs.

Coverage says whether a field is filled; a profile says what it is filled with. A runtime read
from the wrong element is still a runtime, but the run's median and spread of runtimes move
away from those of the runs before it, and that ends the run `degraded` with the figures named.

A profile (stored in `crawl_runs.profile`): share of records with each spec field, median and
quartiles of runtime, votes and each currency's budget and box office, the count of each
certificate and currency, share of titles with cast and mean cast size.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from marquee.items import SPEC_KEYS, TitleRecord

NUMBERS = ("runtime_minutes", "user_rating_count")
MONEY = ("budget", "box_office")
VALUES = ("content_rating", "budget_currency", "box_office_currency")
MAX_VALUES = 100  # distinct values kept per field in a profile (a broken reader may make many)


@dataclass(frozen=True, slots=True)
class DriftLimits:
    """Thresholds (marquee.settings MARQUEE_DRIFT_*, defaults documented there)."""

    runs: int = 5
    min_records: int = 20
    min_values: int = 10
    share_change: float = 0.20
    median_change: float = 0.25
    spread_ratio: float = 2.0
    new_value_share: float = 0.10
    cast_size_change: float = 0.25

    @classmethod
    def from_settings(cls, settings: Any = None) -> DriftLimits:
        """From Scrapy settings (a crawl), else from marquee.settings itself (a re-parse)."""
        if settings is None:
            from marquee import settings as module

            settings = vars(module)
        defaults = cls()
        return cls(**{
            name: type(getattr(defaults, name))(settings.get(f"MARQUEE_DRIFT_{name.upper()}"))
            for name in (f.name for f in fields(cls))
        })  # fmt: skip


# --- profiling, one record at a time ----------------------------------------------------------


@dataclass
class Profiler:
    records: int = 0
    numbers: dict[str, list[float]] = field(default_factory=dict)
    values: dict[str, Counter[str]] = field(default_factory=dict)
    with_cast: int = 0
    cast_members: int = 0

    def add(self, record: TitleRecord) -> None:
        self.records += 1
        for name in NUMBERS:
            self._number(name, getattr(record, name))
        for name in MONEY:
            money = getattr(record, name)
            if money is not None:
                self._number(f"{name} {money.currency or '?'}", float(money.amount))
                self._value(f"{name}_currency", money.currency or "?")
        if record.content_rating is not None:
            self._value("content_rating", record.content_rating)
        self.with_cast += bool(record.cast)
        self.cast_members += len(record.cast)

    def _number(self, name: str, value: float | None) -> None:
        if value is not None:
            self.numbers.setdefault(name, []).append(value)

    def _value(self, name: str, value: str) -> None:
        self.values.setdefault(name, Counter())[value] += 1

    def profile(self, filled: Mapping[str, float]) -> dict[str, Any]:
        """JSON-ready; `filled`: share of records with each spec field (the run's coverage)."""
        cast = {"share": self.with_cast / self.records if self.records else 0.0,
                "mean": self.cast_members / self.with_cast if self.with_cast else 0.0}  # fmt: skip
        return {
            "records": self.records,
            "filled": dict(filled),
            "numbers": {name: _quartiles(values) for name, values in sorted(self.numbers.items())},
            "values": {
                name: dict(counts.most_common(MAX_VALUES))
                for name, counts in sorted(self.values.items())
            },
            "cast": {key: round(value, 4) for key, value in cast.items()},
        }


def _quartiles(values: Sequence[float]) -> dict[str, float]:
    if len(values) < 2:
        low = median = high = values[0]
    else:
        low, median, high = statistics.quantiles(values, n=4)
    return {"n": len(values), "p25": low, "median": median, "p75": high}


# --- comparing with the last finished runs ----------------------------------------------------


def find_drift(
    profile: Mapping[str, Any], previous: Sequence[Mapping[str, Any]], limits: DriftLimits
) -> list[dict[str, Any]]:
    """What drifted from `previous` (the last finished runs' profiles, newest first), each as
    {field, measure, value, baseline, text}; nothing when either side has too few records."""
    base = [p for p in previous if p.get("records", 0) >= limits.min_records][: limits.runs]
    if profile.get("records", 0) < limits.min_records or not base:
        return []
    return [
        *_filled_drift(profile, base, limits),
        *_number_drift(profile, base, limits),
        *_value_drift(profile, base, limits),
        *_cast_drift(profile, base, limits),
    ]


def _drift(name: str, measure: str, value: float, baseline: float, text: str) -> dict[str, Any]:
    return {"field": name, "measure": measure, "value": round(value, 4),
            "baseline": round(baseline, 4), "text": text}  # fmt: skip


def _baseline(base: Sequence[Mapping[str, Any]], *path: str) -> float | None:
    """The median over the previous runs of the figure at `path`, where they have it."""
    found = []
    for profile in base:
        value: Any = profile
        for key in path:
            value = value.get(key) if isinstance(value, Mapping) else None
        if isinstance(value, int | float):
            found.append(float(value))
    return statistics.median(found) if found else None


def _filled_drift(
    profile: Mapping[str, Any], base: Sequence[Mapping[str, Any]], limits: DriftLimits
) -> list[dict[str, Any]]:
    out = []
    for name in SPEC_KEYS:
        now, before = profile["filled"].get(name, 0.0), _baseline(base, "filled", name)
        if before is not None and abs(now - before) > limits.share_change:
            text = f"{name}: share null {1 - now:.0%}, last runs {1 - before:.0%}"
            out.append(_drift(name, "share null", 1 - now, 1 - before, text))
    return out


def _number_drift(
    profile: Mapping[str, Any], base: Sequence[Mapping[str, Any]], limits: DriftLimits
) -> list[dict[str, Any]]:
    out = []
    for name, now in profile["numbers"].items():
        enough = [p for p in base if p["numbers"].get(name, {}).get("n", 0) >= limits.min_values]
        if now["n"] < limits.min_values or not enough:
            continue
        median = _baseline(enough, "numbers", name, "median")
        if median and abs(now["median"] - median) / abs(median) > limits.median_change:
            text = f"{name}: median {now['median']:g}, last runs {median:g}"
            out.append(_drift(name, "median", now["median"], median, text))
        spread, before = now["p75"] - now["p25"], _spread(enough, name)
        if before and not 1 / limits.spread_ratio <= spread / before <= limits.spread_ratio:
            text = f"{name}: spread (p75 - p25) {spread:g}, last runs {before:g}"
            out.append(_drift(name, "spread", spread, before, text))
    return out


def _spread(base: Sequence[Mapping[str, Any]], name: str) -> float | None:
    spreads = [p["numbers"][name]["p75"] - p["numbers"][name]["p25"]
               for p in base if name in p.get("numbers", {})]  # fmt: skip
    return statistics.median(spreads) if spreads else None


def _value_drift(
    profile: Mapping[str, Any], base: Sequence[Mapping[str, Any]], limits: DriftLimits
) -> list[dict[str, Any]]:
    out = []
    for name, counts in profile["values"].items():
        total = sum(counts.values())
        seen = {value for p in base for value in p.get("values", {}).get(name, {})}
        if total < limits.min_values or not seen:
            continue
        new = {value: n for value, n in counts.items() if value not in seen}
        share = sum(new.values()) / total
        if share > limits.new_value_share:
            shown = ", ".join(sorted(new)[:5])
            text = f"{name}: {share:.0%} of values never seen in the last runs ({shown})"
            out.append(_drift(name, "new values", share, 0.0, text))
    return out


def _cast_drift(
    profile: Mapping[str, Any], base: Sequence[Mapping[str, Any]], limits: DriftLimits
) -> list[dict[str, Any]]:
    out = []
    share, before = profile["cast"]["share"], _baseline(base, "cast", "share")
    if before is not None and abs(share - before) > limits.share_change:
        text = f"cast: share of titles with cast {share:.0%}, last runs {before:.0%}"
        out.append(_drift("cast", "share with cast", share, before, text))
    mean, before = profile["cast"]["mean"], _baseline(base, "cast", "mean")
    if before and abs(mean - before) / before > limits.cast_size_change:
        text = f"cast: mean cast size {mean:.1f}, last runs {before:.1f}"
        out.append(_drift("cast", "mean size", mean, before, text))
    return out
