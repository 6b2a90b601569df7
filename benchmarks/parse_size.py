"""How the parse ratio depends on page size: the fixture pages as they are (mean 6.8 KB), and
grown to the size of the issue's reference page (76 KB) with bulk that real title pages
carry, which extract() must read past but that gives no field.

    .venv/bin/python -m benchmarks.parse_size [--kb 76] [--rounds N] [--cpu]

--cpu: each round times lxml, extract() and lxml again by this process's CPU time, and the
medians of the rounds are printed: on a machine other processes load, wall-clock best-of
timings swing by a third, CPU-time medians by less than a tenth.

Kinds of bulk, each added until the page reaches the size:
- page data: an application/json script with related titles' data (a Next.js page's props);
- related: cards linking to other titles (poster, name), in a section of their own;
- mixed: half of each.
Every grown page must give the same record as the page it was grown from (checked before
timing); the ratio is extract() against lxml.html.fromstring of the same bytes, same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

import lxml.html

from benchmarks.parse import load_pages, machine, per_page_seconds
from marquee.extract import extract
from marquee.items import TitleRecord

Pages = list[tuple[str, bytes]]


def page_data(n: int) -> str:
    titles = [
        {"id": f"movie/related-{i}", "name": f"Related Title {i}", "year": 1990 + i % 30,
         "poster": f"/img/p/related-{i}.jpg", "rating": round(5 + (i % 50) / 10, 1),
         "genres": ["Drama", "Crime"], "providers": ["Max", "Hulu"]}
        for i in range(n)
    ]  # fmt: skip
    props = {"props": {"pageProps": {"related": titles}}, "page": "/[kind]/[slug]"}
    return f'<script type="application/json" id="page-data">{json.dumps(props)}</script>'


def related(n: int, legacy: bool) -> str:
    cards = "".join(
        f'<li><a href="/movie/related-{i}"><img alt="Related Title {i} poster" '
        f'src="/img/p/related-{i}.jpg" loading="lazy"><span>Related Title {i}</span></a></li>'
        for i in range(n)
    )
    if legacy:  # the legacy template's markup: no <section><h2>, which marks the current one
        return f'<div class="related"><b>People also viewed</b><ul>{cards}</ul></div>'
    return f"<section><h2>You Might Also Like</h2><ul>{cards}</ul></section>"


def grown(body: bytes, kind: str, size: int) -> bytes:
    text = body.decode("utf-8", errors="surrogateescape")
    legacy = "<main" not in text
    n, page = 8, text
    while len(page.encode("utf-8", errors="surrogateescape")) < size:
        bulk = {
            "page data": page_data(n),
            "related": related(n, legacy),
            "mixed": page_data(n // 2) + related(n // 2, legacy),
        }[kind]
        at = text.rfind("</main>") if kind == "related" and not legacy else -1
        at = at if at >= 0 else text.rfind("</body>")
        page = text[:at] + bulk + text[at:] if at >= 0 else text + bulk
        n += max(1, n // 20)
    return page.encode("utf-8", errors="surrogateescape")


def same_records(original: Pages, bigger: Pages) -> list[str]:
    """Pages whose grown copy gives another record (or a reject where the page gave one)."""
    differ = []
    for (url, body), (_, big) in zip(original, bigger, strict=True):
        before, after = extract(url, body), extract(url, big)
        if isinstance(before, TitleRecord) and isinstance(after, TitleRecord):
            changed = before.model_dump(exclude={"content_sha256"}) != after.model_dump(
                exclude={"content_sha256"}
            )
        else:
            changed = type(before) is not type(after)
        if changed:
            differ.append(url.rsplit("/", 1)[-1])
    return differ


def cpu_medians(pages: Pages, rounds: int) -> tuple[float, float]:
    """(extract() seconds a page, its ratio to lxml.html.fromstring): medians over `rounds`
    rounds, each timing lxml before and after extract() by CPU time."""

    def cpu(run: Callable[[], object]) -> float:
        start = time.process_time()
        run()
        return time.process_time() - start

    def plain() -> None:
        for _, body in pages:
            lxml.html.fromstring(body)

    def full() -> None:
        for url, body in pages:
            extract(url, body)

    full()  # warm caches (regexes, XPath, pydantic) before timing
    times, ratios = [], []
    for _ in range(rounds):
        before, extracted, after = cpu(plain), cpu(full), cpu(plain)
        times.append(extracted / len(pages))
        ratios.append(2 * extracted / (before + after))
    return statistics.median(times), statistics.median(ratios)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=76)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--cpu", action="store_true", help="CPU-time medians (see above)")
    args = parser.parse_args()
    pages = load_pages()
    sets: dict[str, Pages] = {"as they are": pages}
    for kind in ("page data", "related", "mixed"):
        sets[kind] = [(url, grown(body, kind, args.kb * 1024)) for url, body in pages]
    print(f"machine: {machine()}; {len(pages)} fixture pages")
    for name, chosen in sets.items():
        differ = same_records(pages, chosen)
        if differ:
            print(f"{name}: records changed by the bulk on {', '.join(differ)}")
        size = sum(len(body) for _, body in chosen) / len(chosen) / 1024
        if args.cpu:
            full_s, ratio = cpu_medians(chosen, args.rounds)
            print(f"{name:12s} mean {size:5.1f} KB  extract() {full_s * 1e3:.3f} ms CPU  "
                  f"ratio {ratio:.2f}x (medians)")  # fmt: skip
            continue
        plain_s, full_s = per_page_seconds(chosen, args.rounds)
        print(
            f"{name:12s} mean {size:5.1f} KB  lxml {plain_s * 1e3:.3f} ms  "
            f"extract() {full_s * 1e3:.3f} ms  ratio {full_s / plain_s:.2f}x"
        )


if __name__ == "__main__":
    main()
