"""Normalizers on the nineteenth held-out table of real strings (judge19 set): Asia-Pacific, blind.

Tables: tests/fixtures/realworld/judge19_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge19   (the same as python -m benchmarks.judge3 --set judge19)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge19")


if __name__ == "__main__":
    raise SystemExit(main())
