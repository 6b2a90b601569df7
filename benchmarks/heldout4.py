"""Held-out set #4: parser accuracy on six independent ReelGuide redesigns.

python -m benchmarks.heldout4 [--seeds 0-179]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from typing import Any

from marquee.extract import extract
from tests.heldout4 import DESIGNS, page


def parse_seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(range(int(a), int(b) + 1))
        elif part:
            out.append(int(part))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seeds", default="0-179")
    ap.add_argument("--show", type=int, default=40, help="mismatches to print")
    args = ap.parse_args(argv)
    seeds = parse_seeds(args.seeds)

    field_ok: Counter[str] = Counter()
    field_n: Counter[str] = Counter()
    design_ok: Counter[int] = Counter()
    design_n: Counter[int] = Counter()
    rejects: list[tuple[int, str]] = []
    mismatches: list[tuple[int, str, Any, Any]] = []
    per_design_field: dict[int, Counter[str]] = defaultdict(Counter)

    for seed in seeds:
        url, html, expected = page(seed)
        design = seed % len(DESIGNS)
        got: dict[str, Any] | None
        try:
            rec = extract(url, html.encode("utf-8"))
            got = rec.spec_dict() if hasattr(rec, "spec_dict") else None
            if got is None:
                rejects.append((seed, type(rec).__name__))
        except Exception as exc:  # a crash counts as a reject
            got = None
            rejects.append((seed, f"{type(exc).__name__}: {exc}"[:120]))
        for key, want in expected.items():
            field_n[key] += 1
            design_n[design] += 1
            have = got.get(key) if got is not None else "<reject>"
            if got is not None and have == want:
                field_ok[key] += 1
                design_ok[design] += 1
            else:
                per_design_field[design][key] += 1
                if got is not None:
                    mismatches.append((seed, key, want, have))

    total_ok = sum(field_ok.values())
    total_n = sum(field_n.values())
    print(f"heldout4: {len(seeds)} pages, {len(DESIGNS)} designs")
    print(f"overall field accuracy: {total_ok}/{total_n} = {total_ok / max(total_n, 1):.1%}")
    print("\nper field:")
    for key in field_n:
        ok, n = field_ok[key], field_n[key]
        print(f"  {key:18s} {ok:4d}/{n:<4d} {ok / n:7.1%}")
    print("\nper design:")
    for d in sorted(design_n):
        worst = ", ".join(f"{k}:{v}" for k, v in per_design_field[d].most_common(5))
        name = DESIGNS[d].__name__
        print(f"  {d} {name:18s} {design_ok[d] / design_n[d]:7.1%}   misses: {worst}")
    print(f"\nrejects: {len(rejects)}")
    for seed, why in rejects[:10]:
        print(f"  seed {seed}: {why}")
    print(f"\nmismatches: {len(mismatches)} (first {args.show})")
    for seed, key, want, have in mismatches[: args.show]:
        w = json.dumps(want, ensure_ascii=False)[:150]
        h = json.dumps(have, ensure_ascii=False, default=str)[:150]
        print(f"  seed {seed} d{seed % len(DESIGNS)} {key}: expected {w}\n{'':20s}got      {h}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
