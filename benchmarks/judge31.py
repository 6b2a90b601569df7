"""Normalizers on the thirty-first held-out table of real strings (judge31): English cells, blind.

Tables: tests/fixtures/realworld/judge31_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge31   (the same as python -m benchmarks.judge3 --set judge31)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge31")


if __name__ == "__main__":
    raise SystemExit(main())
