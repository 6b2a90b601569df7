"""Normalizers on the twenty-fourth held-out table of real strings (judge24 set): English, blind.

Tables: tests/fixtures/realworld/judge24_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge24   (the same as python -m benchmarks.judge3 --set judge24)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge24")


if __name__ == "__main__":
    raise SystemExit(main())
