"""Normalizers on the 28th held-out table of real strings (judge28): regional English pages, blind.

Tables: tests/fixtures/realworld/judge28_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge28   (the same as python -m benchmarks.judge3 --set judge28)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge28")


if __name__ == "__main__":
    raise SystemExit(main())
