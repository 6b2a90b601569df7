"""Normalizers on the thirteenth held-out table of real strings (judge13 set): varied, blind.

Tables: tests/fixtures/realworld/judge13_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge13   (the same as python -m benchmarks.judge3 --set judge13)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge13")


if __name__ == "__main__":
    raise SystemExit(main())
