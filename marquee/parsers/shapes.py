"""Values known by their shape or a readable hint where no label names them.

- The votes: "1 vote", "742,300 Verified Ratings", "from 5,230 users", "210 ratings, 7
  reviews" (a count and the word for what it counts); taken only when the page's own part
  (rails, reviews and episodes are gone by then) shows exactly one such count.
- The tagline: an element whose class, test id or itemprop names it ("tagline").
"""

from __future__ import annotations

import re

from marquee.parsers.common import strip_quotes
from marquee.parsers.dom import Element, squash, text_of

_COUNT = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?[KkMm]?)\s+"
    r"(?:(?:verified|user|audience|imdb|member)\s+)?(?:votes?|ratings?)\b"
    r"|\bfrom\s+(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[KkMm]?)\s+users\b",
    re.IGNORECASE,
)
_HINT = re.compile(r"\btagline\b", re.IGNORECASE)
_MAX_TAGLINE = 200


def rating_count(root: Element) -> str | None:
    """The one vote count the page shows in running text, as written ("742,300 ratings")."""
    found: dict[str, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for text in (element.text, element.tail):
            if text and _may_count(text):
                for match in _COUNT.finditer(squash(text)):
                    number = match.group(1) or match.group(2)
                    found.setdefault(number.replace(" ", ""), match.group(0))
    return next(iter(found.values())) if len(found) == 1 else None


def _may_count(text: str) -> bool:
    return "ote" in text or "ating" in text or "sers" in text or "OTE" in text or "ATING" in text


def hinted_tagline(root: Element) -> str | None:
    """The text of the first element named a tagline by its class, test id or itemprop."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        hint = f"{element.get('class') or ''} {element.get('data-testid') or ''} " \
               f"{element.get('itemprop') or ''}"  # fmt: skip
        if "agline" in hint and _HINT.search(hint):
            text = strip_quotes(text_of(element))[0]
            if 0 < len(text) <= _MAX_TAGLINE:
                return text
    return None
