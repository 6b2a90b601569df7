"""Normalizers on the fortieth held-out table of real strings (judge40): film and TV strings in
languages the earlier tables covered least (Indonesian, Malay, Filipino, Swahili, Afrikaans,
Catalan, Basque, Galician, Icelandic, Baltic, South Slavic, Albanian, Georgian), blind.

Tables: tests/fixtures/realworld/judge40_{money,counts,runtimes,dates}.tsv (see that folder's
README). Same scoring as judge3; rows with an empty expected value (ranges) want None.

Run: python -m benchmarks.judge40   (the same as python -m benchmarks.judge3 --set judge40)
"""

from __future__ import annotations

from benchmarks.judge3 import report


def main() -> int:
    return report("judge40")


if __name__ == "__main__":
    raise SystemExit(main())
