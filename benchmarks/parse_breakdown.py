"""Where extract()'s time goes, step by step, measured in place.

Each step is knocked out in turn: one pass records what it returns on every fixture
page, then extract() runs with the step replaced by a replay of those results. The
time saved is the step's cost in the real flow. Timing a step on its own (hot, one
input repeated) understates it 2-10x on this code, which is why this script exists.
Savings of neighbouring steps overlap a little, so they do not add up exactly, and
each figure moves by about +-5 us between runs. A step that returns elements or facts
(collect_facts, headings) also spares its consumers some work (cached link texts, warm
proxies), so its figure is an upper bound. Last, whole stages are replayed (the record's
normalize + validate, then also the layout readers): what is left is decode, the lxml
parse, layout detection, JSON-LD, canonical link and chrome removal, the floor any
reader of this design starts from.

    .venv/bin/python -m benchmarks.parse_breakdown [--rounds N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import lxml.html

import marquee.extract as extract_module
import marquee.parsers.common as common
import marquee.parsers.fields as fields
import marquee.parsers.page as page
import marquee.parsers.reader as reader
from benchmarks.parse import load_pages
from marquee.extract import extract

STEPS: list[tuple[ModuleType, str]] = [
    (page, "detect_layout"),
    (page, "read_jsonld"),
    (common, "canonical_url"),
    (fields, "collect_facts"),
    (fields, "headings"),
    (common, "streaming"),
    (common, "cast"),
    (common, "imdb_id"),
    (common, "trailer_id"),
    (common, "list_values"),
    (common, "names"),
    (extract_module, "parse_money"),
    (extract_module, "parse_date"),
    (extract_module, "parse_runtime"),
    (extract_module, "parse_count"),
    (extract_module, "clean_text"),
    (extract_module, "_validated"),
]


READERS = [(reader, "read")]
RECORD = [(extract_module, "_record")]
STAGES: list[tuple[str, list[tuple[ModuleType, str]]]] = [
    ("all but the record (normalize + validate)", RECORD),
    ("all but the record and the layout readers", RECORD + READERS),
]


def per_page_us(run: Callable[[], None], pages: int, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best / pages * 1e6


def knocked_out(
    targets: list[tuple[ModuleType, str]], run: Callable[[], None]
) -> Callable[[], None]:
    """`run` with each module.name replaced by a replay of what it returned on a recorded pass."""
    originals = [getattr(module, name) for module, name in targets]
    results: list[list[Any]] = [[] for _ in targets]
    positions = [0] * len(targets)

    def recorder(index: int) -> Callable[..., Any]:
        def record(*args: Any, **kwargs: Any) -> Any:
            results[index].append(originals[index](*args, **kwargs))
            return results[index][-1]

        return record

    def replayer(index: int) -> Callable[..., Any]:
        def replay(*_args: Any, **_kwargs: Any) -> Any:
            positions[index] += 1
            return results[index][(positions[index] - 1) % len(results[index])]

        return replay

    def patched(make: Callable[[int], Callable[..., Any]]) -> None:
        for index, (module, name) in enumerate(targets):
            setattr(module, name, make(index))
        try:
            run()
        finally:
            for (module, name), original in zip(targets, originals, strict=True):
                setattr(module, name, original)

    patched(recorder)

    def run_replayed() -> None:
        positions[:] = [0] * len(targets)
        patched(replayer)

    return run_replayed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    pages = load_pages()

    def run() -> None:
        for url, body in pages:
            extract(url, body)

    for _ in range(3):
        run()  # warm caches (regexes, XPath, pydantic) before timing

    def plain() -> None:
        for _, body in pages:
            lxml.html.fromstring(body)

    base = per_page_us(run, len(pages), args.rounds)
    lxml_us = per_page_us(plain, len(pages), args.rounds)
    print(f"extract(): {base:.1f} us/page over {len(pages)} pages (lxml parse {lxml_us:.1f} us)")
    print("saved when a step is replayed:")
    for module, name in STEPS:
        saved = base - per_page_us(knocked_out([(module, name)], run), len(pages), args.rounds)
        print(f"  {name:16s} {saved:6.1f} us  ({saved / base:5.1%})")
    print("what is left when whole stages are replayed:")
    for label, targets in STAGES:
        left = per_page_us(knocked_out(targets, run), len(pages), args.rounds)
        print(f"  {label:44s} {left:6.1f} us  ({left / lxml_us:.2f}x lxml)")


if __name__ == "__main__":
    main()
