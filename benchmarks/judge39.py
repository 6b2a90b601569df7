"""Normalizers on the thirty-ninth held-out table of real strings (judge39): streaming
services, app stores and TV guides (Apple TV, Google Play, Prime Video, Roku, Plex, Viaplay,
Hotstar, iQIYI, U-NEXT, Globoplay, Movistar+), many languages, blind.

Tables: tests/fixtures/realworld/judge39_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge39   (the same as python -m benchmarks.judge3 --set judge39)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge39")


if __name__ == "__main__":
    raise SystemExit(main())
