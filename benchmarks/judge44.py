"""Normalizers on the forty-fourth held-out table of real strings (judge44): streaming and TV
industry news (subscriber counts, subscription prices, licensing and production deals, episode
runtimes, season premiere dates, viewing-hours charts), many languages, blind.

Tables: tests/fixtures/realworld/judge44_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge44   (the same as python -m benchmarks.judge3 --set judge44)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge44")


if __name__ == "__main__":
    raise SystemExit(main())
