"""Accuracy of marquee.extract on the independent held-out redesigns (tests/heldout).

Run: python -m benchmarks.heldout [--seeds 0-199] [--mismatches 40] [--design NAME]

Prints per-field accuracy, per-design accuracy, rejects and the first mismatches.
Always exits 0: this is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

from marquee.extract import extract
from tests.heldout import SPEC_KEYS, design_name, heldout_page


def parse_seeds(text: str) -> list[int]:
    seeds: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            lo, hi = part.split("-", 1)
            seeds.extend(range(int(lo), int(hi) + 1))
        else:
            seeds.append(int(part))
    return seeds


def short(value: Any, width: int = 110) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 3] + "..."


def run(seeds: list[int], max_mismatches: int, design: str | None) -> None:
    right: Counter[str] = Counter()
    total = 0
    rejects: list[tuple[int, str]] = []
    by_design: dict[str, list[int]] = {}
    mismatches: list[tuple[int, str, str, Any, Any]] = []
    for seed in seeds:
        name = design_name(seed)
        if design and name != design:
            continue
        url, html, expected = heldout_page(seed)
        total += 1
        got: dict[str, Any] | None
        try:
            result = extract(url, html.encode("utf-8"))
            got = result.spec_dict() if hasattr(result, "spec_dict") else None
            if got is None:
                rejects.append((seed, str(getattr(result, "reason", result))[:100]))
        except Exception as exc:  # a crash counts as a reject
            got = None
            rejects.append((seed, f"{type(exc).__name__}: {exc}"[:100]))
        ok_fields = 0
        for key in SPEC_KEYS:
            value = None if got is None else got.get(key)
            if got is not None and value == expected[key]:
                right[key] += 1
                ok_fields += 1
            elif got is not None:
                mismatches.append((seed, name, key, expected[key], value))
        stats = by_design.setdefault(name, [0, 0, 0])
        stats[0] += ok_fields
        stats[1] += len(SPEC_KEYS)
        stats[2] += ok_fields == len(SPEC_KEYS)
    if not total:
        print("no pages")
        return
    only = f", design {design}" if design else ""
    print(f"held-out pages: {total}  (seeds {seeds[0]}-{seeds[-1]}{only})")
    print(f"rejects: {len(rejects)}")
    for seed, why in rejects[:10]:
        print(f"  seed {seed} [{design_name(seed)}]: {why}")
    print()
    print(f"{'field':<20} {'accuracy':>9}  right/total")
    for key in SPEC_KEYS:
        print(f"{key:<20} {right[key] / total:>9.1%}  {right[key]}/{total}")
    all_right = sum(right.values())
    cells = total * len(SPEC_KEYS)
    print(f"{'ALL FIELDS':<20} {all_right / cells:>9.1%}  {all_right}/{cells}")
    print()
    print(f"{'design':<20} {'fields':>7} {'pages fully right':>18}")
    for name, (ok, n, full) in sorted(by_design.items()):
        pages = n // len(SPEC_KEYS)
        print(f"{name:<20} {ok / n:>7.1%} {full:>10}/{pages}")
    print()
    print(f"mismatches: {len(mismatches)} (first {min(max_mismatches, len(mismatches))})")
    for seed, name, key, exp, got in mismatches[:max_mismatches]:
        print(f"  seed {seed} [{name}] {key}:")
        print(f"    expected {short(exp)}\n    got      {short(got)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--seeds", default="0-199", help="e.g. 0-199 or 1,5,9-12")
    ap.add_argument("--mismatches", type=int, default=40, help="how many mismatches to list")
    ap.add_argument("--design", default=None, help="only pages of this design")
    args = ap.parse_args(argv)
    run(parse_seeds(args.seeds), args.mismatches, args.design)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
