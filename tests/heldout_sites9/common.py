"""What the ninth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), hashed class names, rails of other titles, local formats."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping

from tests.heldout_sites2.kit import grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites5.common import (
    Classes,
    cookie_banner,
    no_characters,
    others_people,
    pick,
    translate,
)
from tests.heldout_sites8.common import rated

__all__ = ["Classes", "cookie_banner", "dotted", "fit_rng", "look", "no_characters",
           "others_people", "pick", "rated", "spaced", "translate", "transliterate"]


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites9:{design}:{t.slug}")


def fit_rng(design: str, t: Title, what: str) -> random.Random:
    """One thing a design decides about a title before rendering (apart from the page's look):
    `fit` and `render` both draw it, so the record says what the page shows."""
    return random.Random(f"sites9:{design}:{t.slug}:{what}")


def spaced(n: int, sep: str = "\u00a0") -> str:
    """'12 400': thousands separated by a (no-break) space, as French and Russian pages do."""
    return grouped(n, sep)


def dotted(n: int) -> str:
    """'12.400': the thousands dot of Romanian and Vietnamese pages."""
    return grouped(n, ".")


def transliterate(title: str, letters: Mapping[str, str], initial: Mapping[str, str]) -> str:
    """A foreign title in another script, letter by letter, as local sites give it
    ('Harbor' -> 'Харбор'); `initial` spells a word's first letter where it differs."""
    def word(match: re.Match[str]) -> str:
        low = match.group(0).lower().replace("'", "")
        head = initial.get(low[0], letters[low[0]])
        return head + "".join(letters[ch] for ch in low[1:])
    return re.sub(r"[A-Za-z']+", word, title)
