"""What the eleventh set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), hashed class names, rails of other titles, schema.org blocks."""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import Any

from tests.heldout_sites2.kit import json_ld, ld_type
from tests.heldout_sites2.records import Title
from tests.heldout_sites9.common import (
    Classes,
    cookie_banner,
    dotted,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
)

__all__ = ["Classes", "cookie_banner", "dotted", "fit_rng", "look", "no_characters",
           "others_people", "pick", "rated", "schema", "translate"]


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites11:{design}:{t.slug}")


def fit_rng(design: str, t: Title, what: str) -> random.Random:
    """One thing a design decides about a title before rendering (apart from the page's look):
    `fit` and `render` both draw it, so the record says what the page shows."""
    return random.Random(f"sites11:{design}:{t.slug}:{what}")


def schema(t: Title, keys: Iterable[str]) -> str:
    """A JSON-LD Movie or TVSeries giving the title's own values for `keys` (those a site's
    block carries), never more than the record says."""
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    for key in keys:
        data.update(_ld_part(t, key))
    return json_ld(data)


def _people(names: Iterable[str]) -> list[dict[str, str]]:
    return [{"@type": "Person", "name": n} for n in names]


def _ld_part(t: Title, key: str) -> dict[str, Any]:
    parts: dict[str, Any] = {
        "description": t.synopsis, "genre": list(t.genres) or None,
        "contentRating": t.rating, "numberOfSeasons": t.seasons,
        "datePublished": t.released.isoformat() if t.released else None,
        "director": _people(t.directors) or None, "author": _people(t.writers) or None,
        "actor": _people(p.actor for p in t.cast) or None,
        "aggregateRating": {"@type": "AggregateRating", "ratingCount": t.votes,
                            "ratingValue": f"{6 + len(t.slug) % 4}.{len(t.title) % 10}",
                            "bestRating": "10"} if t.votes else None,
    }
    value = parts[key]
    return {} if value is None else {key: value}
