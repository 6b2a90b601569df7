"""Normalizers on the twenty-first held-out table of real strings (judge21 set): varied, blind.

Tables: tests/fixtures/realworld/judge21_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge21   (the same as python -m benchmarks.judge3 --set judge21)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge21")


if __name__ == "__main__":
    raise SystemExit(main())
