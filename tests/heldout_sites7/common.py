"""What the seventh set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), hashed class names, rails of other titles, local formats."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title
from tests.heldout_sites5.common import (
    Classes,
    cookie_banner,
    no_characters,
    others_people,
    pick,
    translate,
)
from tests.heldout_sites6.common import rated, spaced

__all__ = ["Classes", "all_studios", "as_movie", "as_show", "cookie_banner", "fit_rng", "look",
           "no_characters", "others_people", "pick", "rated", "spaced", "translate"]


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites7:{design}:{t.slug}")


def fit_rng(design: str, t: Title, what: str) -> random.Random:
    """One thing a design decides about a title before rendering (apart from the page's look):
    `fit` and `render` both draw it, so the record says what the page shows."""
    return random.Random(f"sites7:{design}:{t.slug}:{what}")


def all_studios(t: Title) -> Title:
    """A site that lists every company it knows: no '+N more'."""
    return replace(t, studios_shown=len(t.studios))


def as_show(t: Title, design: str) -> Title:
    """A TV-only site: the title is a series (per-episode runtime, seasons, no film money)."""
    if t.kind == "show":
        return t
    seasons = fit_rng(design, t, "seasons").randint(1, 12)
    runtime = t.runtime if t.runtime is None or t.runtime <= 70 else t.runtime % 50 + 20
    return replace(t, kind="show", seasons=seasons, runtime=runtime, budget=None,
                   box_office=None, directors=t.directors[:1])


def as_movie(t: Title) -> Title:
    """A films-only site (box office, cinema tickets): the title is a film."""
    return replace(t, kind="movie", seasons=None) if t.kind == "show" else t
