"""Normalizers on the forty-sixth held-out table of real strings (judge46): crowdfunding and
independent film financing (Kickstarter, Indiegogo, Ulule, Verkami, Startnext, Seed&Spark,
MotionGallery, CAMPFIRE, Catarse, Tumblbug pages and indie film news), many languages, blind.

Tables: tests/fixtures/realworld/judge46_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge46   (the same as python -m benchmarks.judge3 --set judge46)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge46")


if __name__ == "__main__":
    raise SystemExit(main())
