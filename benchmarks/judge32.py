"""Normalizers on the thirty-second held-out table (judge32): English TV and streaming strings.

Tables: tests/fixtures/realworld/judge32_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge32   (the same as python -m benchmarks.judge3 --set judge32)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge32")


if __name__ == "__main__":
    raise SystemExit(main())
