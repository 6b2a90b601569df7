"""Accuracy of marquee.extract on held-out set 3 (tests/heldout3).

    python -m benchmarks.heldout3 [--seeds 0-199]

Prints per-field and per-design accuracy, the rejects and the first mismatches.
A page the parser rejects (anything but a TitleRecord) counts every field wrong.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from typing import Any

from marquee.extract import extract
from marquee.items import TitleRecord
from tests.heldout3 import design_of, page, spec_keys


def seed_range(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 110 else text[:107] + "..."


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.heldout3")
    ap.add_argument("--seeds", default="0-199")
    ap.add_argument("--show", type=int, default=40, help="how many mismatches to print")
    args = ap.parse_args(argv)
    keys = spec_keys()
    field_ok: Counter[str] = Counter()
    design_ok: Counter[str] = Counter()
    design_n: Counter[str] = Counter()
    design_pages: defaultdict[str, list[int]] = defaultdict(list)
    rejects: list[tuple[int, str]] = []
    mismatches: list[tuple[int, str, str, Any, Any]] = []
    seeds = seed_range(args.seeds)
    for seed in seeds:
        url, html, expected = page(seed)
        design = design_of(seed)
        try:
            result: Any = extract(url, html.encode("utf-8"))
        except Exception as exc:  # a crash counts as a reject
            result = exc
        got: dict[str, Any] | None = result.spec_dict() if isinstance(result, TitleRecord) else None
        if got is None:
            rejects.append((seed, f"{design}: {type(result).__name__} {str(result)[:80]}"))
        perfect = True
        for k in keys:
            value = got.get(k) if got is not None else "<reject>"
            ok = got is not None and value == expected[k]
            field_ok[k] += ok
            design_ok[design] += ok
            design_n[design] += 1
            if not ok:
                perfect = False
                if got is not None:
                    mismatches.append((seed, design, k, expected[k], value))
        design_pages[design].append(perfect)
    n = len(seeds)
    print(f"heldout3: {n} pages, {len(keys)} fields")
    print("\nper field:")
    for k in keys:
        print(f"  {k:20} {field_ok[k] / n:7.1%}")
    print("\nper design:              fields   perfect pages")
    for d in sorted(design_n):
        pages = design_pages[d]
        print(f"  {d:20} {design_ok[d] / design_n[d]:7.1%}   {sum(pages)}/{len(pages)}")
    total = sum(field_ok.values()) / (n * len(keys)) if n else 0.0
    print(f"\noverall field accuracy {total:.1%}; rejects {len(rejects)}")
    for seed, why in rejects[:20]:
        print(f"  reject seed {seed}: {why}")
    print(f"\nmismatches: {len(mismatches)} (first {args.show})")
    for seed, design, k, exp, value in mismatches[: args.show]:
        print(f"  seed {seed} [{design}] {k}: expected {short(exp)} got {short(value)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
