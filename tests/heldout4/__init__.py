"""Fifth held-out set: six ReelGuide title-page redesigns (see gen.py)."""

from tests.heldout4.gen import DESIGNS, page, records

__all__ = ["DESIGNS", "page", "records"]
