
"""What the fourteenth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup) and the thirteenth set's building blocks (labelled facts in one of
several markups, cast cards, episode lists, comments, where-to-watch blocks, rails of other
titles and the page's furniture), plus a certificate map built from five age tiers."""

from __future__ import annotations

import random

from tests.heldout_sites2.records import Title
from tests.heldout_sites13.common import (
    FACT_STYLES,
    Chrome,
    Classes,
    WhereWords,
    cast_block,
    comments,
    dotted,
    episodes_block,
    facts,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    schema,
    translate,
    where,
)

__all__ = ["FACT_STYLES", "Chrome", "Classes", "WhereWords", "ages", "cast_block", "comments",
           "dotted", "episodes_block", "facts", "fit_rng", "look", "no_characters",
           "others_people", "page", "pick", "rail", "rated", "schema", "translate", "where"]

# the generator's certificates by age tier: all ages, 6-7, 12-13, 15-16, 18
TIERS = (("G", "U", "TV-Y", "TV-G", "FSK 0"), ("PG", "TV-PG", "FSK 6"),
         ("PG-13", "12A", "M", "TV-14", "FSK 12"), ("R", "15", "MA15+", "TV-MA", "FSK 16"),
         ("NC-17", "18", "R18+", "FSK 18"))


def ages(*local: str | None) -> dict[str, str]:
    """A board's own names for the five tiers (None: the board has no such category)."""
    return {cert: name for tier, name in zip(TIERS, local, strict=True) if name for cert in tier}


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites14:{design}:{t.slug}")


def fit_rng(design: str, t: Title, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites14:{design}:{t.slug}:{what}")
