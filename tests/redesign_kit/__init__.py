"""Redesign kit: sample records rendered into random redesigns of the ReelGuide title page.

Develop the parser on DEV_SEEDS, judge it on JUDGE_SEEDS. Each KitPage carries the record the
spec expects from it, how each field was rendered, and the values of other titles on the page.
"""

from .records import SPEC_KEYS, sample_records
from .render import DEV_SEEDS, JUDGE_SEEDS, KitPage, kit_page, kit_pages
from .score import Report, score

__all__ = [
    "DEV_SEEDS",
    "JUDGE_SEEDS",
    "SPEC_KEYS",
    "KitPage",
    "Report",
    "kit_page",
    "kit_pages",
    "sample_records",
    "score",
]
