"""Parser accuracy on redesign-kit pages: per field, per mechanism, rejects and leaks.

    .venv/bin/python -m benchmarks.redesigns [--seeds 1000-1099] [--dev] [--worst 45]

Judge seeds (1000-1999) by default; --dev uses the development seeds (0-999) instead.
Exits 0 always: this prints figures, it does not gate.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from marquee.extract import extract
from tests.redesign_kit import DEV_SEEDS, JUDGE_SEEDS, KitPage, Report, kit_pages, score
from tests.redesign_kit.score import Miss

PER_FIELD = 3


def parse_seeds(text: str | None, dev: bool) -> range:
    if text is None:
        base = DEV_SEEDS if dev else JUDGE_SEEDS
        return range(base.start, base.start + 100)
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def record_of(page: KitPage) -> dict[str, Any] | None:
    """The parser's record for a kit page; None when it rejects the page (or crashes on it)."""
    try:
        result = extract(page.url, page.html.encode("utf-8"))
    except Exception as error:  # a crash scores like a reject, and is said
        print(f"  crash on seed {page.seed}: {type(error).__name__}: {error}")
        return None
    spec_dict = getattr(result, "spec_dict", None)
    return spec_dict() if spec_dict else None


def print_table(title: str, rows: dict[str, list[int]]) -> None:
    print(f"\n{title}")
    for name, (right, total) in sorted(rows.items(), key=lambda item: item[1][0] / item[1][1]):
        print(f"  {name:<24} {right / total:7.1%}  ({right}/{total})")


def short(value: Any, width: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def print_misses(title: str, misses: list[Miss], limit: int) -> None:
    """A few examples of each field, the most-missed fields first (rejected pages left out)."""
    misses = [miss for miss in misses if not miss.rejected]
    print(f"\n{title} ({len(misses)} on pages not rejected)")
    by_field: dict[str, list[Miss]] = {}
    for miss in misses:
        by_field.setdefault(miss.field, []).append(miss)
    ordered = sorted(by_field.values(), key=len, reverse=True)
    picked = [miss for group in ordered for miss in group[:PER_FIELD]][:limit]
    for miss in picked:
        print(
            f"  seed {miss.seed:<5} {miss.field:<18} expected {short(miss.expected)}"
            f"  got {short(miss.got)}  [{miss.mechanism}]"
        )


def print_report(report: Report, seeds: range, seconds: float, worst: int) -> None:
    print(
        f"redesign kit: seeds {seeds.start}-{seeds.stop - 1}, {report.pages} pages, {seconds:.1f} s"
    )
    print(
        f"overall field accuracy {report.overall():.1%}; pages rejected {report.rejected}; "
        f"leaks {len(report.leaks)}"
    )
    print_table("per field", report.fields)
    mechanisms = {k: v for k, v in report.mechanisms.items() if not k.startswith("label=")}
    wordings = {k[6:]: v for k, v in report.mechanisms.items() if k.startswith("label=")}
    print_table("per mechanism", mechanisms)
    print_table("per label wording (facts rows)", wordings)
    print_misses("leaks (a distractor's value instead of the title's)", report.leaks, worst)
    print_misses("worst misses", [m for m in report.misses if not m.leak], worst)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", help="a range such as 1000-1099")
    parser.add_argument("--dev", action="store_true", help="development seeds (0-999)")
    parser.add_argument("--worst", type=int, default=45, help="examples to list")
    args = parser.parse_args()
    seeds = parse_seeds(args.seeds, args.dev)
    start = time.perf_counter()
    pairs = [(page, record_of(page)) for page in kit_pages(seeds)]
    print_report(score(pairs), seeds, time.perf_counter() - start, args.worst)


if __name__ == "__main__":
    main()
