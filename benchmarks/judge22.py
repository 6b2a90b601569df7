"""Normalizers on the twenty-second held-out table of real strings (judge22): English, blind.

Tables: tests/fixtures/realworld/judge22_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge22   (the same as python -m benchmarks.judge3 --set judge22)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge22")


if __name__ == "__main__":
    raise SystemExit(main())
