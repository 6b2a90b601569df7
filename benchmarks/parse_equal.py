"""Every extracted value stays identical: the record (or reject) of each page of the corpora
below, saved once from a reference tree and compared after a change of the parser.

    .venv/bin/python -m benchmarks.parse_equal --save /tmp/before.json
    .venv/bin/python -m benchmarks.parse_equal --check /tmp/before.json

Pages: tests/fixtures (pages, variants), those grown to real size by benchmarks.parse_size
(each kind of bulk), the held-out kits (tests/heldout ... heldout6), the redesign kit and the
held-out sites (40 pages a design). A record is compared whole (the spec's fields, unparsed
text, the channels' disagreements, the layout, learned), a reject by its reason and details.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.parse import load_pages
from benchmarks.parse_size import grown
from marquee.extract import extract
from marquee.items import TitleRecord

Page = tuple[str, str, bytes]  # (key, url, body)
KIT_SEEDS = (*range(0, 200), *range(1000, 1200))


def fixture_pages() -> Iterator[Page]:
    for url, body in load_pages():
        yield f"fixture {url.rsplit('/', 1)[-1]}", url, body
        for kind in ("page data", "related", "mixed"):
            yield f"grown {kind} {url.rsplit('/', 1)[-1]}", url, grown(body, kind, 76 * 1024)


def _seeded(name: str, page: Callable[[int], tuple[str, str, Any]], seeds: range) -> Iterator[Page]:
    for seed in seeds:
        url, html, _ = page(seed)
        yield f"{name} {seed}", url, html.encode("utf-8")


def heldout_pages() -> Iterator[Page]:
    from tests import heldout, heldout2, heldout3, heldout4, heldout5, heldout6

    yield from _seeded("heldout", heldout.heldout_page, range(200))
    yield from _seeded("heldout2", heldout2.page, range(200))
    yield from _seeded("heldout3", heldout3.page, range(200))
    yield from _seeded("heldout4", heldout4.page, range(180))
    yield from _seeded("heldout5", heldout5.page, range(180))
    yield from _seeded("heldout6", heldout6.page, range(150))


def kit_and_site_pages() -> Iterator[Page]:
    from tests import heldout_sites, heldout_sites2
    from tests.redesign_kit import kit_pages

    for kit in kit_pages(KIT_SEEDS):
        yield f"kit {kit.seed}", kit.url, kit.html.encode("utf-8")
    for module in (heldout_sites, heldout_sites2):
        for design in module.DESIGNS:
            for n, site in enumerate(module.site_pages(design, 40)):
                yield f"{module.__name__} {design} {n}", site.url, site.html.encode("utf-8")


def outcome(url: str, body: bytes) -> dict[str, Any]:
    result = extract(url, body)
    if isinstance(result, TitleRecord):
        return result.model_dump(mode="json")
    return {"reject": result.reason, "details": result.details}


def outcomes() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for pages in (fixture_pages(), heldout_pages(), kit_and_site_pages()):
        for key, url, body in pages:
            found[key] = outcome(url, body)
    return found


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    keys = sorted(before.keys() | after.keys())
    return [key for key in keys if before.get(key) != after.get(key)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path)
    action.add_argument("--check", type=Path)
    args = parser.parse_args()
    found = outcomes()
    if args.save:
        args.save.write_text(json.dumps(found, sort_keys=True), encoding="utf-8")
        print(f"{len(found)} pages saved to {args.save}")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    differ = differences(before, found)
    for key in differ[:20]:
        print(f"{key}:\n  before {before.get(key)}\n  after  {found.get(key)}")
    print(f"{len(found)} pages, {len(differ)} differences")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
