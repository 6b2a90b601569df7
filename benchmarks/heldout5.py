"""Held-out set 5: parse six unseen ReelGuide redesigns and score the records field by field.

    python -m benchmarks.heldout5 [--seeds 0-179]

Pages come from tests/heldout5 (design = seed % 6). Anything but a TitleRecord is a reject:
every field of that page counts as wrong. Prints overall, per-field and per-design accuracy,
the rejects, and the first mismatches. Always exits 0.
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from marquee.extract import extract
from tests.heldout5 import SPEC_KEYS, design_of, page


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        if "-" in part:
            lo, hi = part.split("-")
            out.extend(range(int(lo), int(hi) + 1))
        elif part:
            out.append(int(part))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seeds", default="0-179")
    ap.add_argument("--show", type=int, default=40, help="how many mismatches to print")
    args = ap.parse_args(argv)
    ok_field: Counter[str] = Counter()
    ok_design: Counter[str] = Counter()
    n_design: Counter[str] = Counter()
    rejects: list[tuple[int, str, str]] = []
    mismatches: list[tuple[int, str, str, Any, Any]] = []
    seeds = _seeds(args.seeds)
    for seed in seeds:
        url, html, expected = page(seed)
        design = design_of(seed)
        try:
            result: Any = extract(url, html.encode("utf-8"))
        except Exception as exc:
            result = exc
        got: dict[str, Any] | None = None
        if hasattr(result, "spec_dict") and type(result).__name__ == "TitleRecord":
            got = result.spec_dict()
        else:
            rejects.append((seed, design, repr(result)[:160]))
        for key in SPEC_KEYS:
            n_design[design] += 1
            value = None if got is None else got.get(key)
            if got is not None and value == expected[key]:
                ok_field[key] += 1
                ok_design[design] += 1
            elif got is not None:
                mismatches.append((seed, design, key, expected[key], value))
    total = len(seeds)
    cells = total * len(SPEC_KEYS)
    print(f"pages: {total}  fields: {cells}  overall: {sum(ok_field.values()) / max(cells, 1):.1%}")
    print(f"rejects: {len(rejects)}")
    for seed, design, why in rejects[:10]:
        print(f"  seed {seed} [{design}]: {why}")
    print("\nper field:")
    for key in SPEC_KEYS:
        print(f"  {key:<20} {ok_field[key] / max(total, 1):7.1%}  ({ok_field[key]}/{total})")
    print("\nper design:")
    for design in sorted(n_design):
        print(f"  {design:<16} {ok_design[design] / n_design[design]:7.1%}")
    print(f"\nmismatches: {len(mismatches)} (first {args.show})")
    for seed, design, key, want, have in mismatches[: args.show]:
        print(f"  seed {seed} [{design}] {key}: expected {want!r} got {have!r}"[:400])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
