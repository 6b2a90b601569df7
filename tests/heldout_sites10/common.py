"""What the tenth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), hashed class names, rails of other titles, local formats."""

from __future__ import annotations

import random

from tests.heldout_sites2.records import Title
from tests.heldout_sites9.common import (
    Classes,
    cookie_banner,
    no_characters,
    others_people,
    pick,
    rated,
    spaced,
    translate,
)

__all__ = ["Classes", "cookie_banner", "fit_rng", "look", "no_characters", "others_people",
           "pick", "rated", "spaced", "translate"]


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites10:{design}:{t.slug}")


def fit_rng(design: str, t: Title, what: str) -> random.Random:
    """One thing a design decides about a title before rendering (apart from the page's look):
    `fit` and `render` both draw it, so the record says what the page shows."""
    return random.Random(f"sites10:{design}:{t.slug}:{what}")
