"""Accuracy of marquee.extract on the second held-out site set (tests/heldout_sites2).

Run: python -m benchmarks.sites2 [--designs a,b] [--count 40] [--seed 0] [--mismatches 20]
The same runner judges any held-out site set (`main(argv, heldout=<its package>)`;
benchmarks/sites3.py does so for tests/heldout_sites3).

Per design and per field: right/total (spec dicts compared field by field for equality),
rejects, how many wrong values were another title's (a rail's), and each design's first
mismatches with expected and got.
A measurement, not a gate: exits 0.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from types import ModuleType
from typing import Any

import tests.heldout_sites2
from marquee.extract import extract
from tests.heldout_sites2 import SPEC_KEYS, SitePage


def score(page: SitePage) -> dict[str, Any] | None:
    """The spec dict marquee.extract gives for the page, or None for a reject."""
    result: Any = extract(page.url, page.html.encode("utf-8"))
    spec = getattr(result, "spec_dict", None)
    return spec() if callable(spec) else None


def run_design(design: str, count: int, seed: int, mismatches: list[str], limit: int,
               heldout: ModuleType = tests.heldout_sites2) -> tuple[Counter[str], int, int]:
    """Right answers per field (key "*" counts pages right in every field), rejects, pages."""
    right: Counter[str] = Counter()
    rejects, shown = 0, 0
    pages: list[SitePage] = heldout.site_pages(design, count, seed)
    for page in pages:
        got = score(page)
        if got is None:
            rejects += 1
            continue
        right["*"] += all(got.get(key) == page.expected[key] for key in SPEC_KEYS)
        for key in SPEC_KEYS:
            if got.get(key) == page.expected[key]:
                right[key] += 1
                continue
            right["rail"] += _from_rail(page, key, got.get(key))
            if shown < limit:
                shown += 1
                mismatches.append(f"{design} {page.url} {key}: expected "
                                  f"{_short(page.expected[key])} got {_short(got.get(key))}")
    return right, rejects, len(pages)


# keys whose rail values always differ from the title's own (tests/heldout_sites2/records.py,
# whose titles every held-out site set from the second on draws)
RAIL_KEYS = ("title", "source_id", "release_date", "release_year", "runtime_minutes",
             "content_rating", "user_rating_count")


def _from_rail(page: SitePage, key: str, value: Any) -> bool:
    """A wrong value that is some other title's own value for that key."""
    return (key in RAIL_KEYS and value is not None
            and any(o.get(key) == value for o in page.others))


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:157] + "..."


def main(argv: list[str] | None = None, heldout: ModuleType = tests.heldout_sites2,
         description: str = __doc__.splitlines()[0]) -> None:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--designs", default=",".join(heldout.DESIGNS))
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mismatches", type=int, default=20, help="shown per design")
    args = parser.parse_args(argv)
    designs = [d.strip() for d in args.designs.split(",") if d.strip()]
    by_field: dict[str, Counter[str]] = {}
    totals: dict[str, tuple[int, int]] = {}
    mismatches: list[str] = []
    for design in designs:
        right, rejects, pages = run_design(design, args.count, args.seed, mismatches,
                                           args.mismatches, heldout)
        by_field[design] = right
        totals[design] = (rejects, pages)
    _report(designs, by_field, totals, mismatches)


def _report(designs: list[str], by_field: dict[str, Counter[str]],
            totals: dict[str, tuple[int, int]], mismatches: list[str]) -> None:
    print("per design (fields right / fields total, pages with every field right, rejects)")
    for design in designs:
        rejects, pages = totals[design]
        right = sum(by_field[design][key] for key in SPEC_KEYS)
        total = pages * len(SPEC_KEYS)
        print(f"  {design:<12} {right:>5}/{total:<5} {right / max(total, 1):6.1%}  "
              f"whole pages {by_field[design]['*']}/{pages}  rejects {rejects}/{pages}  "
              f"rail values taken {by_field[design]['rail']}")
    print("per field (right / total, over all designs; then per design)")
    width = max(len(d) for d in designs)
    print(" " * 20 + " ".join(f"{d[:width]:>{width}}" for d in designs))
    grand = sum(p for _, p in totals.values())
    for key in SPEC_KEYS:
        right = sum(by_field[d][key] for d in designs)
        cells = " ".join(f"{by_field[d][key]:>{width}}" for d in designs)
        print(f"  {key:<18}{cells}  {right}/{grand} {right / max(grand, 1):.1%}")
    print(f"first mismatches per design ({len(mismatches)} in all)")
    for line in mismatches:
        print("  " + line)


if __name__ == "__main__":
    main()
