"""What the fifth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), hashed class names, rails of other titles, local formats."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import replace

from tests.heldout_sites2.kit import grouped
from tests.heldout_sites2.records import Credit, Title, person
from tests.heldout_sites3.common import Classes

__all__ = ["Classes", "cookie_banner", "dotted", "fit_rng", "look", "no_characters",
           "others_people", "pick", "translate"]


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites5:{design}:{t.slug}")


def fit_rng(design: str, t: Title, what: str) -> random.Random:
    """One thing a design decides about a title before rendering (apart from the page's look):
    `fit` and `render` both draw it, so the record says what the page shows."""
    return random.Random(f"sites5:{design}:{t.slug}:{what}")


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


def translate(t: Title, genres: Mapping[str, str], countries: Mapping[str, str]) -> Title:
    """Genres and countries as the site's language names them."""
    return replace(t, genres=tuple(genres[g] for g in t.genres),
                   countries=tuple(countries[c] for c in t.countries))


def no_characters(t: Title) -> Title:
    return replace(t, cast=tuple(Credit(p.actor, None) for p in t.cast))


def dotted(n: int) -> str:
    """'12.400': the thousands dot of German, Dutch and Portuguese pages."""
    return grouped(n, ".")


def cookie_banner(cls: str, text: str, accept: str, reject: str) -> str:
    return (f'<div class="{cls}" role="dialog" aria-modal="true">'
            f"<p>{text}</p><button>{accept}</button><button>{reject}</button></div>")
