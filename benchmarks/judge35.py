"""Normalizers on the thirty-fifth held-out table of real strings (judge35): festival catalogues,
cinematheque programmes, archive and library records, many languages, blind.

Tables: tests/fixtures/realworld/judge35_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge35   (the same as python -m benchmarks.judge3 --set judge35)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge35")


if __name__ == "__main__":
    raise SystemExit(main())
