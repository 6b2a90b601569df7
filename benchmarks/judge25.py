"""Normalizers on the twenty-fifth held-out table of real strings (judge25): catalogues, blind.

Tables: tests/fixtures/realworld/judge25_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge25   (the same as python -m benchmarks.judge3 --set judge25)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge25")


if __name__ == "__main__":
    raise SystemExit(main())
