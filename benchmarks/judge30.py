"""Normalizers on the 30th held-out table of real strings (judge30): multilingual cells, blind.

Tables: tests/fixtures/realworld/judge30_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge30   (the same as python -m benchmarks.judge3 --set judge30)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge30")


if __name__ == "__main__":
    raise SystemExit(main())
