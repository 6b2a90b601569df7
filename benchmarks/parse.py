"""Parse benchmark: pages per second for extract() (parse + normalize + validate) over the
fixture pages, against a plain lxml.html.fromstring of the same bytes in the same run.

    .venv/bin/python benchmarks/parse.py [--rounds N]

Target: extract() costs at most 3.0x the plain lxml parse per page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

from marquee.extract import extract

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
TARGET_RATIO = 3.0


def load_pages() -> list[tuple[str, bytes]]:
    files = sorted((FIXTURES / "pages").glob("*.html")) + sorted(
        (FIXTURES / "variants").glob("*.html")
    )
    return [(path.resolve().as_uri(), path.read_bytes()) for path in files]


def best_seconds(run: Callable[[], None], rounds: int) -> float:
    """Best of `rounds` timings: the least disturbed by the rest of the machine."""
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings)


def machine() -> str:
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
    except OSError:
        lscpu = ""
    fields = dict(line.split(":", 1) for line in lscpu.splitlines() if ":" in line)
    model = fields.get("Model name", platform.processor() or "unknown").strip()
    cpus = fields.get("CPU(s)", "?").strip()
    return f"{model}, {cpus} CPUs"


def per_page_seconds(pages: list[tuple[str, bytes]], rounds: int) -> tuple[float, float]:
    """(lxml.html.fromstring, extract()) seconds a page, best of `rounds`, interleaved three
    times so drift of the machine hits both alike."""

    def plain() -> None:
        for _, body in pages:
            lxml.html.fromstring(body)

    def full() -> None:
        for url, body in pages:
            extract(url, body)

    full()  # warm caches (regexes, XPath, pydantic) before timing
    plain_s, full_s = 0.0, 0.0
    for _ in range(3):
        plain_s += best_seconds(plain, rounds)
        full_s += best_seconds(full, rounds)
    return plain_s / (3 * len(pages)), full_s / (3 * len(pages))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    pages = load_pages()

    plain_page, full_page = per_page_seconds(pages, args.rounds)
    ratio = full_page / plain_page
    size = sum(len(body) for _, body in pages) / len(pages) / 1024
    print(f"date: {dt.date.today().isoformat()}  python: {platform.python_version()}")
    print(f"machine: {machine()}")
    print(f"pages: {len(pages)} (mean {size:.1f} KB)")
    print(f"lxml.html.fromstring: {plain_page * 1e3:.3f} ms/page, {1 / plain_page:,.0f} pages/s")
    print(f"extract():            {full_page * 1e3:.3f} ms/page, {1 / full_page:,.0f} pages/s")
    verdict = "ok" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(f"ratio: {ratio:.2f}x lxml (target <= {TARGET_RATIO}x): {verdict}")


if __name__ == "__main__":
    main()
