"""Normalizers on the thirty-sixth held-out table of real strings (judge36): English film-trade
press and box-office trackers (US, UK, Australia, India, Korea, China, Japan as reported in
English), blind.

Tables: tests/fixtures/realworld/judge36_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge36   (the same as python -m benchmarks.judge3 --set judge36)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge36")


if __name__ == "__main__":
    raise SystemExit(main())
