"""Detail labels as the site words them, mapped to the record's fields.

Labels are compared lower-cased, without a trailing colon or a parenthesised note,
first as written and then singularised ("Ratings" are votes, "Rating" is the
certificate, so the plural is looked up before it is singularised).
Unknown labels map to None and are ignored.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "kind": ("type", "title type", "format", "category", "media type"),
    "release_date": (
        "release date", "released", "release", "premiere", "premiered", "premiere date",
        "first aired", "original release", "original release date", "air date",
        "date released", "initial release", "release year", "year",
    ),
    "runtime": (
        "runtime", "run time", "length", "running time", "duration", "episode runtime",
        "episode length", "episode duration", "runtime per episode",
    ),
    "content_rating": (
        "rating", "certificate", "certification", "content rating", "rated", "mpaa rating",
        "age rating", "parental rating", "maturity rating", "classification", "tv rating",
    ),
    "user_rating_count": (
        "user ratings", "ratings", "user rating count", "vote", "votes", "user votes",
        "number of votes", "rating count", "ratings count", "vote count",
    ),
    "seasons": ("season", "number of seasons", "season count", "total seasons"),
    "genres": ("genre",),
    "countries": (
        "country", "country of origin", "countries of origin", "origin", "origin country",
        "production country", "production countries",
    ),
    "studios": (
        "studio", "production company", "production co", "production co.",
        "production companies", "production", "produced by", "company",
    ),
    "budget": ("budget", "estimated budget", "production budget", "budget (estimated)"),
    "box_office": (
        "box office", "worldwide gross", "gross", "revenue", "gross worldwide",
        "box office gross", "worldwide box office", "total gross", "earnings", "takings",
        "gross revenue", "box-office",
    ),
    "imdb": ("imdb", "external link", "imdb id", "link"),
    "directors": ("director", "directed by", "direction"),
    "writers": (
        "writer", "written by", "screenplay", "screenplay by", "writing credits", "story by",
    ),
}  # fmt: skip

_LOOKUP: dict[str, str] = {label: field for field, labels in _SYNONYMS.items() for label in labels}
_NOTE = re.compile(r"\s*[\(\[][^)\]]*[\)\]]\s*")


def normalize_label(label: str) -> str:
    """ "Genres:" -> "genres"; "Release Date (US)" -> "release date"."""
    text = " ".join(label.replace("\u00a0", " ").split()).casefold().rstrip(":：").strip()
    return _NOTE.sub(" ", text).strip() if "(" in text or "[" in text else text


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@lru_cache(maxsize=1024)
def field_for(label: str) -> str | None:
    """The record field a detail label stands for, or None for labels we do not know."""
    text = normalize_label(label)
    if text in _LOOKUP:
        return _LOOKUP[text]
    words = text.split(" ")
    return _LOOKUP.get(" ".join(singular(word) for word in words))
