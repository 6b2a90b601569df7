"""Learning judged on the held-out sites (tests/heldout_sites, _sites2 .. _sites14): learned
on pages of titles taken as stored, judged on titles of another seed, never stored.

Regression floors, below the figures in BENCHMARKS.md (*Learning a redesign*): a learned
locator never turns a right value wrong, and learning adds what it adds.
"""

from __future__ import annotations

import importlib

import pytest

from benchmarks.learn import _judge, _known
from marquee.learn import learn

KNOWN, UNKNOWN = 40, 30


def _learned(held: str) -> tuple[int, int, int, int]:
    module = importlib.import_module(f"tests.{held}")
    sums = [0, 0, 0, 0]
    for design in module.DESIGNS:
        result = learn(_known(module.site_pages(design, KNOWN, seed=0)))
        layouts = [result.layout] if result.layout else []
        figures = _judge(module.site_pages(design, UNKNOWN, seed=1000), layouts)[:4]
        for i, figure in enumerate(figures):
            sums[i] += figure
    before, after, worse, total = sums
    return before, after, worse, total


@pytest.mark.parametrize(("held", "floor", "share"), [
    # 40 known pages a design (BENCHMARKS.md). The built-in readers rose with each parser
    # release, so the floors rise and the share of what they leave that learning must close
    # falls: parser 2.3.0, built-in 92.4% -> learned 97.5% (67% of the gap)
    ("heldout_sites", 0.97, 0.6),
    # 95.5% -> 97.7% (49% of the gap)
    ("heldout_sites2", 0.97, 0.4),
    # 94.5% -> 96.3% (33% of the gap)
    ("heldout_sites3", 0.955, 0.25),
    # 97.2% -> 97.4% (10% of the gap: the built-in readers now read most of what a locator
    # would, and learning must still add; first measured at 88.9% -> 91.5% with parser 2.2.0)
    ("heldout_sites4", 0.97, 0.05),
    # developed on from the third session of 2026-12-06 (first sight: 85.3% -> 88.6% and
    # 88.2% -> 91.7% with one right value made wrong): 85.3% -> 90.2% (33% of the gap) and
    # 88.2% -> 91.8% (30%)
    ("heldout_sites6", 0.895, 0.3),
    ("heldout_sites7", 0.91, 0.25),
    # never developed on: 92.6% -> 94.5% at first sight, 94.7% after (28% of the gap); with
    # the anchors and modes of the learner's tenth round (developed on sites9): 98.0% (63%)
    ("heldout_sites8", 0.94, 0.2),
    # the tenth round's development set: 91.0% -> 93.0% at first sight, 96.4% after (60%)
    ("heldout_sites9", 0.96, 0.55),
    # never developed on: 96.1% -> 96.7% at first sight, 96.9% at its one judging run (20%)
    ("heldout_sites10", 0.965, 0.18),
    # the eleventh round (2026-12-07, learn11): first sight 97.6% -> 98.6% and 96.8% -> 98.2%;
    # developed on (parts of a line of parts): 99.3% (71% of the gap) and 98.7% (59%)
    ("heldout_sites11", 0.99, 0.65),
    ("heldout_sites12", 0.985, 0.55),
    # its judges, never developed on: 96.8% -> 98.0% at first sight and at the end (38%);
    # 88.7% -> 95.3% at first sight, 95.6% at the end (61%)
    ("heldout_sites13", 0.975, 0.33),
    ("heldout_sites14", 0.95, 0.55),
])  # fmt: skip
def test_learning_adds_fields_and_never_turns_a_right_value_wrong(
    held: str, floor: float, share: float
) -> None:
    """The built-in readers read more of each set as they improve, so what learning adds is
    judged against what they leave: it closes at least `share` of that gap."""
    before, after, worse, total = _learned(held)
    assert worse == 0
    assert after / total >= floor and after - before >= share * (total - before), (
        before, after, total)
