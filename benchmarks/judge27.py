"""Normalizers on the 27th held-out table of real strings (judge27): English TV and catalogue cells.

Tables: tests/fixtures/realworld/judge27_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge27   (the same as python -m benchmarks.judge3 --set judge27)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge27")


if __name__ == "__main__":
    raise SystemExit(main())
