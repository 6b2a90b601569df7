"""Normalizers on the seventh held-out table of real strings (judge7 set): representative, blind.

Tables: tests/fixtures/realworld/judge7_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge7   (the same as python -m benchmarks.judge3 --set judge7)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge7")


if __name__ == "__main__":
    raise SystemExit(main())
