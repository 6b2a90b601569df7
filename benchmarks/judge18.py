"""Normalizers on the 18th held-out table of real strings (judge18): Europe, Latin America, Africa.

Tables: tests/fixtures/realworld/judge18_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge18   (the same as python -m benchmarks.judge3 --set judge18)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge18")


if __name__ == "__main__":
    raise SystemExit(main())
