"""Normalizers on the forty-seventh held-out table of real strings (judge47): film criticism and
review sites' metadata (review headers and spec boxes, runtimes, release dates, rating and review
counts, budgets in reviews, aggregator pages, film-club and cinephile blogs), many languages, blind.

Tables: tests/fixtures/realworld/judge47_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge47   (the same as python -m benchmarks.judge3 --set judge47)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge47")


if __name__ == "__main__":
    raise SystemExit(main())
