"""What the third set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup) and hashed class names that change with every deploy."""

from __future__ import annotations

import random
from collections.abc import Sequence

from tests.heldout_sites2.kit import digest
from tests.heldout_sites2.records import Title


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites3:{design}:{t.slug}")


class Classes:
    """Hashed CSS class names ('hero' -> 'ot-hero-3fa9c'), one hash per deploy."""

    def __init__(self, prefix: str, rng: random.Random) -> None:
        self.prefix = prefix
        self.deploy = rng.randrange(10**9)

    def __call__(self, role: str) -> str:
        return f"{self.prefix}-{role}-{digest(self.deploy, role)[:5]}"


def pick(rng: random.Random, options: Sequence[str]) -> str:
    return options[rng.randrange(len(options))]


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
