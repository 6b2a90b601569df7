"""Normalizers on the forty-first held-out table of real strings (judge41): home-video and disc
retail and reviews (DVD/Blu-ray/4K review sites and blogs, boutique labels, retailers, disc
sales charts), many languages, blind.

Tables: tests/fixtures/realworld/judge41_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge41   (the same as python -m benchmarks.judge3 --set judge41)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge41")


if __name__ == "__main__":
    raise SystemExit(main())
