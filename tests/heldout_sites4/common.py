"""What the fourth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), hashed class names, and rails of other titles."""

from __future__ import annotations

import random
from collections.abc import Sequence

from tests.heldout_sites2.records import Title, person
from tests.heldout_sites3.common import Classes

__all__ = ["Classes", "look", "others_people", "pick"]


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites4:{design}:{t.slug}")


def pick(rng: random.Random, options: Sequence[str]) -> str:
    return options[rng.randrange(len(options))]


def others_people(t: Title, rng: random.Random, count: int) -> list[str]:
    """People the page names for jobs the record has no key for (producer, composer...)."""
    own = set(t.directors) | set(t.writers) | {c.actor for c in t.cast}
    found: list[str] = []
    while len(found) < count:
        name = person(rng)
        if name not in own and name not in found:
            found.append(name)
    return found
