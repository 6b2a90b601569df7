"""Third held-out set: accuracy of extract() on title-page redesigns nobody on the project has
seen (tests/heldout2), per field and per design.

    .venv/bin/python -m benchmarks.heldout2 [--seeds 0-199] [--show 40]

A seed whose result is not a TitleRecord (a reject) counts every field of it as wrong.
Always exits 0: this is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from typing import Any

from marquee.extract import extract
from tests.heldout2 import DESIGN_NAMES, SPEC_KEYS, design_of, page


def parse_seeds(text: str) -> list[int]:
    seeds: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if "-" in part:
            lo, hi = part.split("-", 1)
            seeds.extend(range(int(lo), int(hi) + 1))
        elif part:
            seeds.append(int(part))
    return seeds


def short(value: Any, limit: int = 90) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seeds", default="0-199", help="e.g. 0-199 or 0-9,40,41")
    ap.add_argument("--show", type=int, default=40, help="how many mismatches to print")
    args = ap.parse_args(argv)
    seeds = parse_seeds(args.seeds)

    right: Counter[str] = Counter()
    design_right: Counter[str] = Counter()
    design_total: Counter[str] = Counter()
    design_pages: Counter[str] = Counter()
    design_perfect: Counter[str] = Counter()
    rejects: list[tuple[int, str, str]] = []
    mismatches: list[tuple[int, str, str, Any, Any]] = []
    kinds: defaultdict[str, Counter[str]] = defaultdict(Counter)

    for seed in seeds:
        url, html, expected = page(seed)
        design = design_of(seed)
        design_pages[design] += 1
        design_total[design] += len(SPEC_KEYS)
        result = extract(url, html.encode("utf-8"))
        spec = getattr(result, "spec_dict", None)
        if spec is None:
            rejects.append((seed, design, short(getattr(result, "reason", result), 120)))
            continue
        got = spec()
        perfect = True
        for key in SPEC_KEYS:
            if got.get(key) == expected[key]:
                right[key] += 1
                design_right[design] += 1
            else:
                perfect = False
                mismatches.append((seed, design, key, expected[key], got.get(key)))
                kinds[key][design] += 1
        if perfect:
            design_perfect[design] += 1

    n = len(seeds)
    print(f"held-out set 2: {n} pages, {len(DESIGN_NAMES)} designs, {len(rejects)} rejects\n")
    print(f"{'field':<18} {'right':>7} {'accuracy':>9}")
    for key in SPEC_KEYS:
        print(f"{key:<18} {right[key]:>7} {100 * right[key] / n:>8.1f}%")
    total_right = sum(right.values())
    print(
        f"{'ALL FIELDS':<18} {total_right:>7} {100 * total_right / (n * len(SPEC_KEYS)):>8.1f}%\n"
    )

    print(f"{'design':<18} {'pages':>5} {'fields':>8} {'perfect pages':>14}")
    for d in DESIGN_NAMES:
        if design_pages[d]:
            acc = 100 * design_right[d] / design_total[d]
            print(
                f"{d:<18} {design_pages[d]:>5} {acc:>7.1f}% "
                f"{design_perfect[d]:>8}/{design_pages[d]}"
            )
    print()

    if rejects:
        print("rejects:")
        for seed, design, reason in rejects:
            print(f"  seed {seed} ({design}): {reason}")
        print()

    if mismatches:
        print("wrong fields by design:")
        for key in SPEC_KEYS:
            if kinds[key]:
                by = ", ".join(f"{d} {c}" for d, c in kinds[key].most_common())
                print(f"  {key}: {by}")
        print()
        print(f"first {min(args.show, len(mismatches))} of {len(mismatches)} mismatches:")
        for seed, design, key, exp, got in mismatches[: args.show]:
            print(f"  seed {seed} ({design}) {key}: expected {short(exp)} got {short(got)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
