"""Accuracy of marquee.extract on held-out set 6 (tests/heldout6).

Run: python -m benchmarks.heldout6 [--seeds 0-149] [--mismatches 30]
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from tests.heldout6 import SPEC_KEYS, design_of, page


def _seeds(spec: str) -> list[int]:
    out: list[int] = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="0-149")
    ap.add_argument("--mismatches", type=int, default=30)
    args = ap.parse_args(argv)
    from marquee.extract import extract

    field_ok: Counter[str] = Counter()
    design_ok: Counter[str] = Counter()
    design_n: Counter[str] = Counter()
    total = ok = rejects = 0
    mism: list[tuple[int, str, str, Any, Any]] = []
    seeds = _seeds(args.seeds)
    for seed in seeds:
        url, html, exp = page(seed)
        design = design_of(seed)
        got: dict[str, Any] | None
        try:
            r = extract(url, html.encode("utf-8"))
            got = r.spec_dict() if hasattr(r, "spec_dict") else None
        except Exception:  # any failure is a reject
            got = None
        if got is None:
            rejects += 1
        for k in SPEC_KEYS:
            total += 1
            design_n[design] += 1
            g = got.get(k) if got is not None else "<reject>"
            if got is not None and g == exp[k]:
                ok += 1
                field_ok[k] += 1
                design_ok[design] += 1
            elif len(mism) < args.mismatches:
                mism.append((seed, design, k, exp[k], g))
    n = len(seeds)
    print(f"overall: {ok}/{total} = {ok / total:.1%}   pages: {n}   rejects: {rejects}")
    print("per field:")
    for k in SPEC_KEYS:
        print(f"  {k:20s} {field_ok[k]:4d}/{n}  {field_ok[k] / n:.1%}")
    print("per design:")
    for d in sorted(design_n):
        print(f"  {d:20s} {design_ok[d] / design_n[d]:.1%}")
    print(f"first {len(mism)} mismatches:")
    for seed, d, k, e, g in mism:
        print(f"  seed {seed} [{d}] {k}: expected {e!r} got {g!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
