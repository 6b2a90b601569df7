"""Normalizers on the thirty-seventh held-out table of real strings (judge37): fan wikis
and community title databases, anime and TV fan sites, box-office and ratings reports,
many languages, blind.

Tables: tests/fixtures/realworld/judge37_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge37   (the same as python -m benchmarks.judge3 --set judge37)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge37")


if __name__ == "__main__":
    raise SystemExit(main())
