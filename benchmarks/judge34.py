"""Normalizers on the thirty-fourth held-out table (judge34): Asian and Latin-American cells.

Tables: tests/fixtures/realworld/judge34_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge34   (the same as python -m benchmarks.judge3 --set judge34)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge34")


if __name__ == "__main__":
    raise SystemExit(main())
