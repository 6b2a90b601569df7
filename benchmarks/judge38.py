"""Normalizers on the thirty-eighth held-out table of real strings (judge38): film funding bodies,
film commissions, co-production markets, distributors and their reports, many languages, blind.

Tables: tests/fixtures/realworld/judge38_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge38   (the same as python -m benchmarks.judge3 --set judge38)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge38")


if __name__ == "__main__":
    raise SystemExit(main())
