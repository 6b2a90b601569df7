"""Normalizers on the twenty-third held-out table of real strings (judge23): not English, blind.

Tables: tests/fixtures/realworld/judge23_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge23   (the same as python -m benchmarks.judge3 --set judge23)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge23")


if __name__ == "__main__":
    raise SystemExit(main())
