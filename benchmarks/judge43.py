"""Normalizers on the forty-third held-out table of real strings (judge43): film history of the
classic and pre-euro eras (encyclopedia-like articles, retrospectives, film-history blogs),
budgets and grosses in old currencies, admissions, original and cut runtimes, older date
styles, many languages, blind.

Tables: tests/fixtures/realworld/judge43_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge43   (the same as python -m benchmarks.judge3 --set judge43)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge43")


if __name__ == "__main__":
    raise SystemExit(main())
