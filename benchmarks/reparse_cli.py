"""Whole-process re-parse: `marquee reparse` as a command, start-up included, optionally
alternated with another checkout of marquee (`--against`), on the same pages.

Each round runs the command into a fresh SQLite file (empty), then again (all unchanged), for
this tree and for the other one in turn; the figures are wall seconds and CPU seconds of the
command and its workers. On a machine other sessions load, read the CPU and the paired
differences (the same round, one tree after the other), not the wall clock.

    .venv/bin/python -m benchmarks.reparse_cli [--pages 2000] [--kb 65] [--rounds 3]
        [--jobs 2] [--against /path/to/other/checkout]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.parse import machine
from benchmarks.reparse import write_pages

HERE = Path(__file__).resolve().parent.parent
PASSES = ("empty", "again")


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(tree: Path, pages: Path, db: Path, jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds of `marquee reparse` of `tree` (its own .venv, else this Python)."""
    python = tree / ".venv" / "bin" / "python"
    command = [str(python if python.exists() else sys.executable), "-m", "marquee.cli",
               "reparse", str(pages), "--db", f"sqlite:///{db}", "--jobs", str(jobs)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(tree)}
    start, cpu = time.perf_counter(), children_cpu()
    subprocess.run(command, cwd=tree, env=env, capture_output=True, check=True)
    return time.perf_counter() - start, children_cpu() - cpu


def rounds(
    trees: list[Path], pages: Path, count: int, jobs: int
) -> dict[str, list[tuple[float, float]]]:
    found: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="marquee-cli-") as tmp:
        for number in range(count):
            for n, tree in enumerate(trees):
                db = Path(tmp) / f"tree{n}-round{number}.db"
                for name in PASSES:
                    found.setdefault(f"{tree} {name}", []).append(run(tree, pages, db, jobs))
    return found


def report(found: dict[str, list[tuple[float, float]]], pages: int) -> None:
    for label, runs in found.items():
        wall = min(seconds for seconds, _ in runs)
        cpu = statistics.median(used for _, used in runs)
        print(f"{label:<60} best {pages / wall:5.0f} pages/s ({wall:5.2f} s); CPU median "
              f"{cpu:5.2f} s = {cpu * 1e3 / pages:.2f} ms a page")  # fmt: skip


def paired(found: dict[str, list[tuple[float, float]]], trees: list[Path]) -> None:
    for name in PASSES:
        this, other = found[f"{trees[0]} {name}"], found[f"{trees[1]} {name}"]
        saved = [b[1] - a[1] for a, b in zip(this, other, strict=True)]
        each = ", ".join(f"{s:+.2f}" for s in saved)
        median = statistics.median(saved)
        print(f"{name}: CPU of {trees[1].name} minus this tree, per round: {each} s "
              f"(median {median:+.2f})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--kb", type=int, default=65, help="pages grown to this size; 0: as is")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--against", type=Path, help="another checkout, alternated with this one")
    args = parser.parse_args()
    trees = [HERE] + ([args.against.resolve()] if args.against else [])
    with tempfile.TemporaryDirectory(prefix="marquee-bench-") as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        size = write_pages(pages, args.pages, args.kb)
        print(f"machine: {machine()}; load {os.getloadavg()[0]:.1f}; {dt.date.today()}")
        print(f"pages: {args.pages} (mean {size / args.pages / 1024:.1f} KB), SQLite, "
              f"{args.jobs} workers, {args.rounds} rounds alternated")  # fmt: skip
        found = rounds(trees, pages, args.rounds, args.jobs)
        report(found, args.pages)
        if len(trees) == 2:
            paired(found, trees)
        print(f"load at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
