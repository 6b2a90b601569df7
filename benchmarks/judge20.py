"""Normalizers on the twentieth held-out table of real strings (judge20 set): varied, blind.

Tables: tests/fixtures/realworld/judge20_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge20   (the same as python -m benchmarks.judge3 --set judge20)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge20")


if __name__ == "__main__":
    raise SystemExit(main())
