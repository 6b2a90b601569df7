"""Normalizers on the fifth held-out table of real strings (judge5 set), collected blind.

Tables: tests/fixtures/realworld/judge5_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge5   (the same as python -m benchmarks.judge3 --set judge5)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge5")


if __name__ == "__main__":
    raise SystemExit(main())
