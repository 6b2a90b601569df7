"""The independent held-out generators (tests/heldout*, written without reading the parser),
kept as regression guards once the parser was developed on them: each stays at least 95% of
fields right (held-out set 6, which gives facts as sentences and answers, 80%), and none of their
pages is rejected. Their first-sight figures are in
BENCHMARKS.md; a new, unseen generator is what judges a parser change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from marquee.extract import extract
from marquee.items import TitleRecord
from tests import heldout, heldout2, heldout3, heldout4, heldout5, heldout6

Page = tuple[str, str, dict[str, Any]]
SETS: dict[str, tuple[Callable[[int], Page], range]] = {
    "heldout": (heldout.heldout_page, range(0, 300)),
    "heldout2": (heldout2.page, range(0, 300)),
    "heldout3": (heldout3.page, range(0, 240)),
    "heldout4": (heldout4.page, range(0, 180)),
    "heldout5": (heldout5.page, range(0, 180)),
    "heldout6": (heldout6.page, range(0, 150)),
}
FLOOR = 0.95
# facts as questions and answers or as sentences: read in part (82.8% when this was written)
FLOORS = {"heldout6": 0.80}


def _pages(name: str) -> Iterator[tuple[TitleRecord | None, dict[str, Any]]]:
    make, seeds = SETS[name]
    for seed in seeds:
        url, html, expected = make(seed)
        found = extract(url, html.encode("utf-8"))
        yield (found if isinstance(found, TitleRecord) else None), expected


@pytest.mark.parametrize("name", sorted(SETS))
def test_a_held_out_set_stays_read(name: str) -> None:
    right = total = rejected = 0
    for record, expected in _pages(name):
        rejected += record is None
        got = record.spec_dict() if record is not None else {}
        right += sum(got.get(key) == value for key, value in expected.items())
        total += len(expected)
    assert rejected == 0
    assert right / total >= FLOORS.get(name, FLOOR), f"{name}: {right}/{total}"


# the whole-site sets (tests/heldout_sites*), 30 pages a design: floors below the figures of
# parser 2.6.0 (BENCHMARKS.md; each set was judged once at first sight, then developed on:
# 94.3, 96.6, 97.0, 99.4, 98.8, 94.0, 94.9, 97.9, 94.8, 97.0, 98.1, 97.6, 98.2, 96.7, 95.1,
# 96.2%; first sight of sites11 86.8%, sites12 91.0%, sites13 89.8%, sites14 89.3%, sites15
# 81.5%, sites16 92.6%); sites17-19 (parser 2.7.0, developed on after first sights of 83.6%,
# 78.0% and 75.6%): 93.9, 92.3, 85.3%; sites20 (first sight 80.2%) 87.7%; parser 2.8.0,
# developed on sites21-26 after each one's first sight (82.3, 80.2, 81.6, 81.2, 82.3, 80.5%):
# 88.9, 85.0, 83.8, 81.2, 83.7, 82.6%; parser 2.9.0, sites27-34 (first sights 90.4, 91.9, 84.3,
# 88.2, 93.3, 97.2, 98.3, 98.9%, each on the parser before the changes made on it): 94.6, 96.4,
# 86.4, 89.5, 98.3, 97.5, 99.2, 98.9% (sites25 85.8%, sites26 85.1% with them); sites35-36 (first
# sights 99.8% and 99.4%, 4 wrong): 99.8, 99.5%; parser 2.10.0, sites37-42 (first sights 93.3%
# with 225 wrong, 92.5, 98.0, 100.0, 94.9, 91.4%): 98.3, 98.6, 98.2, 100.0, 94.9, 91.5%;
# sites43-44 (first sights 99.2% and 87.0% with 47 wrong): 99.2, 87.7%; parser 2.11.0, sites44
# 92.0%; sites45-50 (first sights 99.9, 95.9 with 38 wrong, 89.5 with 68 wrong, 95.2, 97.8,
# 99.1%): 99.9, 98.8, 96.1, 96.5, 99.2, 100.0%; parser 2.12.0, sites51-54 (first sights 98.1,
# 90.7, 97.9 with 89 wrong, 95.9%): 98.6, 98.9, 99.3, 96.5%; sites55-56 (first sights 97.5%
# with 48 wrong, 97.4%): 98.9, 99.3%; parser 2.13.0, sites57-60 (first sights 98.2, 93.6 with 126
# wrong, 97.4, 98.5%): 98.2, 98.0, 98.2, 98.6%; sites61-64 (first sights 98.0 with 96 wrong, 98.1
# with 46, 98.7, 94.5 with 51): 99.7, 99.0, 98.7, 97.7%; sites65-67 (first sights 99.4, 91.7 with
# 111 wrong, 97.0 with 4): 99.4, 96.4, 97.5%
SITE_FLOORS = {"heldout_sites": 0.94, "heldout_sites2": 0.96, "heldout_sites3": 0.965,
               "heldout_sites4": 0.99, "heldout_sites5": 0.985, "heldout_sites6": 0.935,
               "heldout_sites7": 0.945, "heldout_sites8": 0.975, "heldout_sites9": 0.945,
               "heldout_sites10": 0.965, "heldout_sites11": 0.975, "heldout_sites12": 0.97,
               "heldout_sites13": 0.98, "heldout_sites14": 0.96, "heldout_sites15": 0.945,
               "heldout_sites16": 0.955, "heldout_sites17": 0.935, "heldout_sites18": 0.92,
               "heldout_sites19": 0.85, "heldout_sites20": 0.87, "heldout_sites21": 0.885,
               "heldout_sites22": 0.845, "heldout_sites23": 0.835, "heldout_sites24": 0.81,
               "heldout_sites25": 0.855, "heldout_sites26": 0.85, "heldout_sites27": 0.945,
               "heldout_sites28": 0.96, "heldout_sites29": 0.86, "heldout_sites30": 0.89,
               "heldout_sites31": 0.98, "heldout_sites32": 0.97, "heldout_sites33": 0.99,
               "heldout_sites34": 0.985, "heldout_sites35": 0.995,
               "heldout_sites36": 0.99, "heldout_sites37": 0.98, "heldout_sites38": 0.98,
               "heldout_sites39": 0.98, "heldout_sites40": 0.995, "heldout_sites41": 0.945,
               "heldout_sites42": 0.91, "heldout_sites43": 0.99,
               "heldout_sites44": 0.915, "heldout_sites45": 0.995, "heldout_sites46": 0.985,
               "heldout_sites47": 0.955, "heldout_sites48": 0.96, "heldout_sites49": 0.99,
               "heldout_sites50": 0.995, "heldout_sites51": 0.98, "heldout_sites52": 0.985,
               "heldout_sites53": 0.99, "heldout_sites54": 0.96, "heldout_sites55": 0.985,
               "heldout_sites56": 0.99, "heldout_sites57": 0.98, "heldout_sites58": 0.975,
               "heldout_sites59": 0.98, "heldout_sites60": 0.985, "heldout_sites61": 0.995,
               "heldout_sites62": 0.985, "heldout_sites63": 0.985,
               "heldout_sites64": 0.975, "heldout_sites65": 0.99, "heldout_sites66": 0.96,
               "heldout_sites67": 0.97}  # fmt: skip
# wrong values (neither the expected value nor null) at most, a set: 14, 0, 5, 10, 2, 26, 46,
# 21, 23, 25, 1, 5, 11, 13, 4, 8; sites17-20: 9, 8, 0, 0; sites21-26: 0, 0, 7, 0, 4, 0;
# sites27-36: 0, 0, 3, 0, 0, 7, 0, 0, 0, 0; sites37-44: 6, 0, 6, 0, 0, 6, 6, 6; sites45-50: 6, 0,
# 4, 0, 9, 0; sites51-56: 2, 0, 5, 0, 2, 0; sites57-60: 0, 0, 0, 4; sites61-64: 0, 0, 0, 0;
# sites65-67: 0, 0, 0
SITE_WRONG = {"heldout_sites": 20, "heldout_sites2": 5, "heldout_sites3": 10,
              "heldout_sites4": 15, "heldout_sites5": 8, "heldout_sites6": 32,
              "heldout_sites7": 52, "heldout_sites8": 26, "heldout_sites9": 30,
              "heldout_sites10": 30, "heldout_sites11": 6, "heldout_sites12": 10,
              "heldout_sites13": 16, "heldout_sites14": 18, "heldout_sites15": 9,
              "heldout_sites16": 12, "heldout_sites17": 12, "heldout_sites18": 12,
              "heldout_sites19": 4, "heldout_sites20": 4, "heldout_sites21": 2,
              "heldout_sites22": 2, "heldout_sites23": 9, "heldout_sites24": 2,
              "heldout_sites25": 6, "heldout_sites26": 2, "heldout_sites27": 1,
              "heldout_sites28": 1, "heldout_sites29": 4, "heldout_sites30": 1,
              "heldout_sites31": 1, "heldout_sites32": 8, "heldout_sites33": 1,
              "heldout_sites34": 1, "heldout_sites35": 1, "heldout_sites36": 1,
              "heldout_sites37": 7, "heldout_sites38": 1, "heldout_sites39": 7,
              "heldout_sites40": 1, "heldout_sites41": 1, "heldout_sites42": 7,
              "heldout_sites43": 7, "heldout_sites44": 7, "heldout_sites45": 7,
              "heldout_sites46": 1, "heldout_sites47": 5, "heldout_sites48": 1,
              "heldout_sites49": 10, "heldout_sites50": 1, "heldout_sites51": 3,
              "heldout_sites52": 1, "heldout_sites53": 6, "heldout_sites54": 1,
              "heldout_sites55": 3, "heldout_sites56": 1, "heldout_sites57": 1,
              "heldout_sites58": 1, "heldout_sites59": 1, "heldout_sites60": 5,
              "heldout_sites61": 1, "heldout_sites62": 1, "heldout_sites63": 1,
              "heldout_sites64": 1, "heldout_sites65": 1, "heldout_sites66": 1,
              "heldout_sites67": 1}  # fmt: skip


@pytest.mark.parametrize("name", sorted(SITE_FLOORS))
def test_a_held_out_site_set_stays_read(name: str) -> None:
    import importlib

    module = importlib.import_module(f"tests.{name}")
    right = total = rejected = wrong = 0
    for design in module.DESIGNS:
        for page in module.site_pages(design, 30, 0):
            found = extract(page.url, page.html.encode("utf-8"))
            rejected += not isinstance(found, TitleRecord)
            got = found.spec_dict() if isinstance(found, TitleRecord) else {}
            for key in module.SPEC_KEYS:
                value = got.get(key)
                right += value == page.expected[key]
                wrong += value != page.expected[key] and value not in (None, [])
            total += len(module.SPEC_KEYS)
    assert rejected == 0
    assert right / total >= SITE_FLOORS[name], f"{name}: {right}/{total}"
    assert wrong <= SITE_WRONG[name], f"{name}: {wrong} wrong values"
