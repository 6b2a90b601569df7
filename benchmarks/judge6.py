"""Normalizers on the sixth held-out table of real strings (judge6 set): representative, blind.

Tables: tests/fixtures/realworld/judge6_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge6   (the same as python -m benchmarks.judge3 --set judge6)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge6")


if __name__ == "__main__":
    raise SystemExit(main())
