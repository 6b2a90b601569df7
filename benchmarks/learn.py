"""Learning a redesign, judged on held-out sites the learner was not developed on.

For each design of tests/heldout_sites: pages of `--known` titles whose records are taken as
stored, and of `--unknown` other titles (another seed: never stored). Prints, per design, the
unknown titles' fields right with the built-in readers alone and with the learned locators,
fields made worse (a right value turned wrong: must be 0), the time to learn, and the parse
time with the learned locators against without them (same pages, same run).

Run: python -m benchmarks.learn [--designs a,b] [--known 100] [--unknown 100] [--seed 0]
     python -m benchmarks.learn --scale 1000    # learning time on 1,000 known pages
"""

from __future__ import annotations

import argparse
import importlib
import platform
import time
from collections import Counter
from typing import Any

from marquee.extract import extract
from marquee.items import TitleRecord
from marquee.learn import KnownPage, learn
from marquee.parsers.learned import LearnedLayout
from marquee.parsers.page import content_tree
from tests.heldout_sites import DESIGNS, site_pages


def _record(page: Any) -> TitleRecord:
    return TitleRecord(
        **page.expected, url=page.url, parser_version="bench", content_sha256="0" * 64,
        layout="current",
    )  # fmt: skip


def _known(pages: list[Any]) -> list[KnownPage]:
    return [
        KnownPage(p.url, content_tree(p.url, body), _record(p), builtin=_builtin(p.url, body))
        for p in pages
        for body in (p.html.encode(),)
    ]


def _builtin(url: str, body: bytes) -> TitleRecord | None:
    record = extract(url, body)
    return record if isinstance(record, TitleRecord) else None


def _judge(
    pages: list[Any], layouts: list[LearnedLayout]
) -> tuple[int, int, int, int, Counter[str], int]:
    """(right before, right after, made worse, total) over the pages' fields, misses, and
    the values learning made wrong where the built-in readers gave none."""
    before = after = worse = total = filled_wrong = 0
    misses: Counter[str] = Counter()
    for page in pages:
        body = page.html.encode()
        plain, learned = extract(page.url, body), extract(page.url, body, learned=layouts)
        was = plain.spec_dict() if isinstance(plain, TitleRecord) else {}
        now = learned.spec_dict() if isinstance(learned, TitleRecord) else {}
        for key, value in page.expected.items():
            total += 1
            before += was.get(key) == value
            after += now.get(key) == value
            worse += was.get(key) == value and now.get(key) != value
            filled_wrong += was.get(key) in _NONE and now.get(key) not in (*_NONE, value)
            if now.get(key) != value:
                misses[key] += 1
    return before, after, worse, total, misses, filled_wrong


_NONE: tuple[Any, ...] = (None, [])


def _overhead(pages: list[Any], layouts: list[LearnedLayout], rounds: int = 7) -> float:
    """Parse time with the learned locators over without: each page parsed both ways in turn,
    `rounds` times, and its best time each way kept, so that load from other jobs (which
    only ever adds time) hits both alike; summed over the pages."""
    plain = [float("inf")] * len(pages)
    learned = [float("inf")] * len(pages)
    bodies = [page.html.encode() for page in pages]
    for _ in range(rounds):
        for i, (page, body) in enumerate(zip(pages, bodies, strict=True)):
            start = time.perf_counter()
            extract(page.url, body)
            middle = time.perf_counter()
            extract(page.url, body, learned=layouts)
            end = time.perf_counter()
            plain[i] = min(plain[i], middle - start)
            learned[i] = min(learned[i], end - middle)
    return (sum(learned) / sum(plain) - 1) * 100


def judge(designs: list[str], known: int, unknown: int, seed: int, pages: Any = site_pages) -> None:
    print(f"{'design':<11} {'before':>7} {'after':>7} {'worse':>5} {'learn s':>8} "
          f"{'parse +%':>8}  misses after")  # fmt: skip
    sums = [0, 0, 0, 0]
    for design in designs:
        train = pages(design, known, seed=seed)
        test = pages(design, unknown, seed=seed + 1000)
        start = time.perf_counter()
        result = learn(_known(train))
        learn_s = time.perf_counter() - start
        layouts = [result.layout] if result.layout else []
        before, after, worse, total, misses, filled_wrong = _judge(test, layouts)
        worse += filled_wrong
        overhead = _overhead(test, layouts)
        for i, figure in enumerate((before, after, worse, total)):
            sums[i] += figure
        top = ", ".join(f"{k} {n}" for k, n in misses.most_common(4))
        print(f"{design:<11} {before / total:>7.1%} {after / total:>7.1%} {worse:>5} "
              f"{learn_s:>8.1f} {overhead:>7.0f}%  {top}")  # fmt: skip
    before, after, worse, total = sums
    print(f"{'all':<11} {before / total:>7.1%} {after / total:>7.1%} {worse:>5}")


def scale(pages: int, seed: int) -> None:
    """Learning time on `pages` known pages (all designs in turn, as many of each)."""
    per = max(1, pages // len(DESIGNS))
    total = 0.0
    for design in DESIGNS:
        known = _known(site_pages(design, per, seed=seed))
        start = time.perf_counter()
        learn(known)
        total += time.perf_counter() - start
    print(f"learning on {per * len(DESIGNS)} known pages ({per} per design): {total:.1f} s "
          f"(goal < 60 s; tree building not counted)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default="heldout_sites", help="heldout_sites or heldout_sites2")
    parser.add_argument("--designs", default="")
    parser.add_argument("--known", type=int, default=100)
    parser.add_argument("--unknown", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale", type=int, default=0, help="time learning on N known pages")
    args = parser.parse_args(argv)
    print(f"{platform.node()} {platform.python_version()} {time.strftime('%Y-%m-%d')}")
    if args.scale:
        scale(args.scale, args.seed)
    else:
        held = importlib.import_module(f"tests.{args.set}")
        designs = args.designs.split(",") if args.designs else held.DESIGNS
        judge(designs, args.known, args.unknown, args.seed, held.site_pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
