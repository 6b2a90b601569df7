"""Normalizers on the forty-second held-out table of real strings (judge42): film festivals and
awards coverage (festival catalogues and programme notes, prize money, attendance and
submission counts, award-season box office, festival market sales), many languages, blind.

Tables: tests/fixtures/realworld/judge42_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge42   (the same as python -m benchmarks.judge3 --set judge42)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge42")


if __name__ == "__main__":
    raise SystemExit(main())
