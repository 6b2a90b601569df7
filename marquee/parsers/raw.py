"""What the parsers hand on: the page's text, field by field, not yet normalized."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Layout(StrEnum):
    CURRENT = "current"
    LEGACY = "legacy"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class RawStreaming:
    status: str
    count: str | None = None
    platforms: list[str] = field(default_factory=list)
    verified: str | None = None


@dataclass(slots=True)
class RawTitle:
    """Raw page text. Strings are whitespace-collapsed; None or [] when the page lacks them."""

    url: str
    layout: Layout
    title: str
    title_year: str | None = None
    kind: str | None = None
    path_kind: str | None = None
    jsonld_type: str | None = None
    tagline: str | None = None
    synopsis: str | None = None
    audience_summary: str | None = None
    release_date: str | None = None
    runtime: str | None = None
    content_rating: str | None = None
    user_rating_count: str | None = None
    seasons: str | None = None
    budget: str | None = None
    box_office: str | None = None
    genres: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    studios: list[str] | None = None
    studios_more: int = 0
    imdb_id: str | None = None
    trailer_id: str | None = None
    streaming: RawStreaming | None = None
    directors: list[str] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)
    cast: list[tuple[str, str | None]] = field(default_factory=list)
    # where these values were read ("page": the visible page) and the other channels that
    # fill what it lacks, in order of preference (schema.org data, the hero line by shape)
    # the page's declared language (<html lang="de-DE"> gives "de"): settles what the text
    # alone leaves open, such as the order of a numeric date ("03.04.2026")
    language: str | None = None
    # how the page's locale writes a numeric date, when its language tag names a region
    # and the language alone leaves it open (<html lang="en-GB">: "DMY")
    date_order: str | None = None
    channel: str = "page"
    fallbacks: list[RawTitle] = field(default_factory=list)
    # learned channel only: fields whose learned locators read known pages of this layout
    # right wherever the built-in readers did, and right where they did not (marquee.learn)
    preferred: frozenset[str] = frozenset()
