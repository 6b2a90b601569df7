"""Normalizer micro benchmark: microseconds per call on the formats title pages use,
and on the dateparser fallback for comparison.

    .venv/bin/python benchmarks/normalizers.py [--calls N]

The common formats must stay far below the ~0.7 ms a dateparser call costs.
"""

from __future__ import annotations

import argparse
import functools
import timeit
from collections.abc import Callable

from marquee.normalizers import parse_count, parse_date, parse_money, parse_runtime

CASES: list[tuple[str, Callable[[str], object], str]] = [
    ("date, common", parse_date, "October 27, 1995"),
    ("date, legacy", parse_date, "21 Nov 2003"),
    ("date, month", parse_date, "September 2026"),
    ("date, dateparser fallback", lambda text: parse_date(text, languages=["fr"]), "11 Mai 2014"),
    ("money, plain", parse_money, "$3,600,000"),
    ("money, magnitude", parse_money, "$3.6 million (estimated)"),
    ("runtime", parse_runtime, "1h 51m"),
    ("count", parse_count, "12.4K votes"),
]


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--calls", type=int, default=5000)
    calls = arguments.parse_args().calls
    for label, normalize, text in CASES:
        normalize(text)  # warm caches (dateparser's parser per language)
        seconds = (
            min(timeit.repeat(functools.partial(normalize, text), number=calls, repeat=3)) / calls
        )
        print(f"{label:28} {text!r:30} {seconds * 1e6:8.1f} us")


if __name__ == "__main__":
    main()
