"""Normalizers on the thirty-third held-out table (judge33): non-English European cells.

Tables: tests/fixtures/realworld/judge33_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge33   (the same as python -m benchmarks.judge3 --set judge33)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge33")


if __name__ == "__main__":
    raise SystemExit(main())
