"""Normalizers on the forty-fifth held-out table of real strings (judge45): regional film press
of Latin America, Africa, the Middle East and South and Southeast Asia (box office in local
currencies, admissions, runtimes, release dates), local languages and English, blind.

Tables: tests/fixtures/realworld/judge45_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge45   (the same as python -m benchmarks.judge3 --set judge45)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge45")


if __name__ == "__main__":
    raise SystemExit(main())
