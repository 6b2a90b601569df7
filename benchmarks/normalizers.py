"""Normalizer micro benchmark: microseconds per call on the formats title pages use,
and on the dateparser fallback for comparison; then milliseconds per call on long
inputs (issue 12: every normalizer linear in its input, 100,000 characters under 50 ms).

    .venv/bin/python -m benchmarks.normalizers [--calls N] [--long-limit SECONDS]

The common formats must stay far below the ~0.7 ms a dateparser call costs.
"""

from __future__ import annotations

import argparse
import functools
import signal
import time
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


NORMALIZERS: list[tuple[str, Callable[[str], object]]] = [
    ("money", parse_money),
    ("count", parse_count),
    ("runtime", parse_runtime),
    ("date", parse_date),
]
# the long inputs, and junk around a value
LONG_INPUTS: list[tuple[str, str]] = [
    ("2,000 digits", "1" * 2_000),
    ("5,000 digits", "1" * 5_000),
    ("50,000 digits", "1" * 50_000),
    ("100,000 chars, digits and spaces", "1 " * 50_000),
    ("100,000 chars, grouped", "$" + "1," * 50_000),
    ("100,000 chars, spaces around a value", " " * 99_990 + "$5 2h"),
    ("100,000 chars, entities", "&amp;" * 20_000),
]


def _long_inputs(limit: float) -> None:
    """Each long input once per normalizer (a slow one would take minutes, not a loop)."""
    print(f"\nlong inputs: ms per call (a call over {limit:.0f} s is cut short and marked)")
    for label, text in LONG_INPUTS:
        figures = []
        for name, normalize in NORMALIZERS:
            seconds = _once(normalize, text, limit)
            shown = f">{limit:.0f} s" if seconds is None else f"{seconds * 1e3:.2f}"
            figures.append(f"{name} {shown:>8}")
        print(f"{label:38} " + "  ".join(figures))


def _once(normalize: Callable[[str], object], text: str, limit: float) -> float | None:
    """Seconds for one call, or None when it runs past `limit` (SIGALRM cuts it short)."""

    def stop(*_: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        normalize(text)
    except TimeoutError:
        return None
    except Exception:  # main's parse_count raised on 5,000 digits
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return time.perf_counter() - start


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--calls", type=int, default=5000)
    arguments.add_argument("--long-limit", type=float, default=10.0)
    options = arguments.parse_args()
    calls = options.calls
    for label, normalize, text in CASES:
        normalize(text)  # warm caches (dateparser's parser per language)
        seconds = (
            min(timeit.repeat(functools.partial(normalize, text), number=calls, repeat=3)) / calls
        )
        print(f"{label:28} {text!r:30} {seconds * 1e6:8.1f} us")
    _long_inputs(options.long_limit)


if __name__ == "__main__":
    main()
