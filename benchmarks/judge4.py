"""Normalizers on the fourth held-out table of real strings (judge4 set), scored at first sight.

Tables: tests/fixtures/realworld/judge4_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge4   (the same as python -m benchmarks.judge3 --set judge4)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge4")


if __name__ == "__main__":
    raise SystemExit(main())
