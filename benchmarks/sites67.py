"""Accuracy of marquee.extract on the sixty-seventh held-out site set (tests/heldout_sites67).

Run: python -m benchmarks.sites67 [--designs a,b] [--count 40] [--seed 0] [--mismatches 20]

The runner of benchmarks/sites2.py on another set: per design and per field right/total,
pages right in every field, rejects, wrong values that are another title's, and each
design's first mismatches. A measurement, not a gate: exits 0.
"""

from __future__ import annotations

import tests.heldout_sites67
from benchmarks import sites2


def main(argv: list[str] | None = None) -> None:
    sites2.main(argv, tests.heldout_sites67, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
