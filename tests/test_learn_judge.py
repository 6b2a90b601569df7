"""Learning judged on the held-out sites (tests/heldout_sites, _sites2 .. _sites26): learned
on pages of titles taken as stored, judged on titles of another seed, never stored.

Regression floors, below the figures in BENCHMARKS.md (*Learning a redesign*): a learned
locator never turns a right value wrong nor fills a field in wrong, and learning adds what it
adds.
"""

from __future__ import annotations

import importlib

import pytest

from benchmarks.learn import _judge, _known
from marquee.learn import learn

KNOWN, UNKNOWN = 40, 30


def _learned(held: str) -> tuple[int, int, int, int, int]:
    """(right before, right after, right turned wrong, total, filled in wrong): the last, a
    value learning gave wrong where the built-in readers gave none."""
    module = importlib.import_module(f"tests.{held}")
    sums = [0, 0, 0, 0, 0]
    for design in module.DESIGNS:
        result = learn(_known(module.site_pages(design, KNOWN, seed=0)))
        layouts = [result.layout] if result.layout else []
        before, after, worse, total, _, filled_wrong = _judge(
            module.site_pages(design, UNKNOWN, seed=1000), layouts)
        for i, figure in enumerate((before, after, worse, total, filled_wrong)):
            sums[i] += figure
    before, after, worse, total, filled_wrong = sums
    return before, after, worse, total, filled_wrong





# values learning fills in wrong where the built-in readers gave none (counted from parser
# 2.8.0 on): none but on sites2, whose learned streaming blocks list the services without the
# count the status line gives (a block learned in part), a ceiling here until it is fixed
FILLED_WRONG = {"heldout_sites2": 11}


@pytest.mark.parametrize(("held", "floor", "share"), [
    # 40 known pages a design, 30 unknown of another seed (BENCHMARKS.md). The built-in readers
    # rise with each parser release and take over part of what learning added, so the floors
    # follow the learned accuracy up and the share of what the built-in readers leave that
    # learning must close follows the measure. Parser 2.6.0 with the eleventh round's learner
    # (2026-12-07): built-in -> learned (share of the gap closed)
    ("heldout_sites", 0.985, 0.75),    # 94.0 -> 98.9% (82%)
    ("heldout_sites2", 0.98, 0.55),    # 96.5 -> 98.7% (62%)
    ("heldout_sites3", 0.98, 0.45),    # 96.8 -> 98.5% (52%)
    ("heldout_sites4", 0.99, 0.1),     # 99.2 -> 99.3% (17%): the built-in reads nearly all
    ("heldout_sites6", 0.96, 0.4),     # 93.7 -> 96.7% (48%); developed on in round 9
    ("heldout_sites7", 0.96, 0.3),     # 94.7 -> 96.6% (36%); developed on in round 9
    ("heldout_sites8", 0.985, 0.45),   # 97.7 -> 98.9% (52%)
    ("heldout_sites9", 0.965, 0.42),   # 94.1 -> 97.0% (49%); developed on in round 10
    ("heldout_sites10", 0.975, 0.3),   # 96.9 -> 98.0% (36%)
    ("heldout_sites11", 0.99, 0.6),    # 98.3 -> 99.5% (68%); developed on in round 11
    ("heldout_sites12", 0.985, 0.45),  # 97.6 -> 98.9% (53%); developed on in round 11
    ("heldout_sites13", 0.983, 0.33),  # 97.8 -> 98.7% (40%); round 11's judge
    ("heldout_sites14", 0.975, 0.4),   # 96.4 -> 98.1% (48%); round 11's judge
    # never developed on by the learner, first measured here: 94.7 -> 97.5% (53%) and
    # 92.4 -> 96.3% (51%); sites16 again after three parser fixes on it: 95.9 -> 97.5% (40%)
    ("heldout_sites15", 0.97, 0.45),
    ("heldout_sites16", 0.97, 0.35),
    # parser 2.7.0 (developed on these three after their first sights), the learner never:
    # 93.8 -> 97.0% (51%), 92.0 -> 96.1% (51%), 86.6 -> 92.3% (42%)
    ("heldout_sites17", 0.965, 0.45),
    ("heldout_sites18", 0.955, 0.4),  # (the built-in readers now read 93.7%)
    ("heldout_sites19", 0.915, 0.35),
    # parser 2.7.0 (developed on it after its first sight), the learner only for one wrong value
    # it learned (a fallback that read the certificate as a genre): 87.6 -> 92.0% (35%)
    ("heldout_sites20", 0.915, 0.3),
    # parser 2.8.0 (developed on each after its first sight), the learner on what its first
    # sights made wrong (learning made 3 wrong on sites22, 3 on sites24, 2 on sites25 there):
    # 89.1 -> 94.1% (46%), 85.2 -> 92.0% (46%), 83.5 -> 93.2% (59%), 80.9 -> 83.5% (14%),
    # 83.4 -> 86.4% (18%), 82.0 -> 90.9% (49%)
    ("heldout_sites21", 0.935, 0.4),
    ("heldout_sites22", 0.915, 0.4),
    ("heldout_sites23", 0.925, 0.5),
    ("heldout_sites24", 0.83, 0.1),
    ("heldout_sites25", 0.86, 0.15),
    ("heldout_sites26", 0.905, 0.4),
    # parser 2.9.0; the learner never developed on these, first measured here (unknown pages of
    # seed 1000): 86.1 -> 95.9% (70%), 97.5 -> 99.3% (71%), 99.4 -> 100.0% (97%)
    ("heldout_sites29", 0.955, 0.6),
    ("heldout_sites32", 0.99, 0.6),
    ("heldout_sites33", 0.995, 0.85),
    # parser 2.10.0; the learner never developed on these, first measured here: 98.6 -> 99.6%
    # (71%), 94.7 -> 97.7% (57%)
    ("heldout_sites38", 0.993, 0.6),
    ("heldout_sites41", 0.975, 0.5),
])  # fmt: skip
def test_learning_adds_fields_and_never_turns_a_right_value_wrong(
    held: str, floor: float, share: float
) -> None:
    """The built-in readers read more of each set as they improve, so what learning adds is
    judged against what they leave: it closes at least `share` of that gap."""
    before, after, worse, total, filled_wrong = _learned(held)
    assert worse == 0
    assert filled_wrong <= FILLED_WRONG.get(held, 0)
    assert after / total >= floor and after - before >= share * (total - before), (
        before, after, total)
