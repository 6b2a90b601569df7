"""Redesign kit: sample records rendered into random redesigns of the ReelGuide title page.

Develop the parser on DEV_SEEDS, judge it on JUDGE_SEEDS. Each KitPage carries the record the
spec expects from it (`expected`), how each field was rendered (`mechanisms`: "+"-joined tags such
as "card-group+aria-label-icon+split+label=Running time", or "absent"), and the values of other
titles, episodes and reviews shown on the page (`distractors`).

    report = score((page, record_or_none) for page in kit_pages(DEV_SEEDS))

`score` takes the parser's spec dict per page (None for a rejected page) and counts right/total
per field and per mechanism tag, keeping every miss and flagging leaks (a distractor's value).
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
