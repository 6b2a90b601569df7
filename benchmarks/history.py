"""Row history's cost on the unchanged path: a second `marquee reparse` of unchanged input, with
this tree's code against the code before row history (issue 15: within 5 %).

Both trees run in the same run, alternately, each in its own process on its own fresh SQLite
file (the older code does not know migration 0005): re-parse N saved pages once, then time
re-parsing them again (every record unchanged). Wall time and the process's CPU time are
both shown: on a machine shared with other work the CPU time is the steadier of the two. The
older tree is `git archive` of `--baseline-rev` (default: where this branch left main,
`git merge-base HEAD main`).

    .venv/bin/python -m benchmarks.history [--pages 1000] [--rounds 3] [--baseline-rev REV]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from benchmarks.parse import machine
from benchmarks.reparse import write_pages

ROOT = Path(__file__).resolve().parent.parent
TIMED_PASS = """
import sys, time
from pathlib import Path
from marquee.db import open_database
from marquee.reparse import reparse
pages, url = Path(sys.argv[1]), sys.argv[2]
with open_database(url) as db:
    reparse([pages], db, jobs=1)
    start, cpu = time.perf_counter(), time.process_time()
    summary = reparse([pages], db, jobs=1)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
assert summary.counts.inserted == summary.counts.updated == 0, summary.counts
print(seconds, cpu)
"""


def baseline_tree(rev: str, into: Path) -> Path:
    """The `marquee` package as it was at `rev`."""
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "marquee"],
                         check=True, capture_output=True).stdout  # fmt: skip
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        archive.extractall(into, filter="data")
    return into


def timed_pass(tree: Path, pages: Path, db: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of the second, unchanged pass."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, "-c", TIMED_PASS, str(pages), f"sqlite:///{db}"]
    out = subprocess.run(
        command, env=env, check=True, capture_output=True, text=True, cwd=db.parent
    )
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline-rev", default=None)
    args = parser.parse_args()
    rev = args.baseline_rev or subprocess.run(
        ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], check=True, capture_output=True,
        text=True,
    ).stdout.strip()  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="marquee-bench-") as tmp:
        root = Path(tmp)
        (root / "pages").mkdir()
        write_pages(root / "pages", args.pages)
        trees = {"before history": baseline_tree(rev, root / "base"), "with history": ROOT}
        print(f"machine: {machine()}, load average {os.getloadavg()[0]:.1f} at start")
        print(f"{args.pages} saved pages, SQLite, 1 process, {args.rounds} rounds alternating;"
              f" baseline {rev[:12]}")  # fmt: skip
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        for n in range(args.rounds):
            order = list(trees) if n % 2 == 0 else list(reversed(trees))
            for name in order:
                times[name].append(timed_pass(trees[name], root / "pages", root / f"{name}-{n}.db"))
        for kind, index in (("wall", 0), ("CPU", 1)):
            medians = [report(name, kind, [t[index] for t in times[name]]) for name in trees]
            print(f"{kind:>4} with / before: median {medians[1] / medians[0]:.3f} (target <= 1.05)")


def report(name: str, kind: str, found: list[float]) -> float:
    each = ", ".join(f"{t:.2f}" for t in found)
    median = statistics.median(found)
    print(f"{name:>15}: second reparse (all unchanged), {kind} median {median:.2f} s,"
          f" best {min(found):.2f} s  ({each})")  # fmt: skip
    return median

if __name__ == "__main__":
    main()
