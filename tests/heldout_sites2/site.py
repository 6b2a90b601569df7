"""One page per title: draw the record, fit it to the design, render it with its furniture."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tests.heldout_sites2.records import (
    THINGS,
    Title,
    expected,
    fix_dates,
    new_title,
    other_titles,
    person,
    title_name,
)


@dataclass(frozen=True)
class Review:
    author: str
    score: int  # out of 10
    posted: date
    text: str


@dataclass(frozen=True)
class Episode:
    season: int
    number: int
    name: str
    minutes: int
    aired: date
    director: str
    writer: str


@dataclass(frozen=True)
class Context:
    title: Title
    others: list[Title]
    reviews: list[Review]
    episodes: list[Episode]


@dataclass(frozen=True)
class Design:
    name: str
    fit: Callable[[Title], Title]
    render: Callable[[Title, Context], str]


@dataclass(frozen=True)
class SitePage:
    url: str
    html: str
    expected: dict[str, Any]
    design: str
    others: tuple[dict[str, Any], ...] = ()  # the spec dicts of the rail's titles


def make_page(design: Design, rng: random.Random, serial: int) -> SitePage:
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, title, 6, serial * 10 + 5000, design.fit)
    ctx = Context(title, others, reviews(rng, title), episodes(rng, title))
    return SitePage(title.url, design.render(title, ctx), expected(title), design.name,
                    tuple(expected(o) for o in others))


def reviews(rng: random.Random, t: Title) -> list[Review]:
    """Reviews quote durations, years and people that are NOT the title's facts."""
    out = []
    for _ in range(rng.randint(0, 4)):
        other_year = (t.year or 2000) + rng.choice((-7, -3, 2, 5))
        text = (f"Better than the {other_year} version. {person(rng)} steals every scene, "
                f"and the second hour about {rng.choice(THINGS)} could lose "
                f"{rng.randint(12, 40)} minutes. My {rng.randint(2, 9)}th favourite of the year.")
        posted = date(2025, 1, 1) + timedelta(days=rng.randint(0, 600))
        out.append(Review(person(rng), rng.randint(1, 10), posted, text))
    return out


def episodes(rng: random.Random, t: Title) -> list[Episode]:
    """A show's latest episodes, each with its own runtime, date and crew."""
    if t.kind != "show" or t.seasons is None:
        return []
    start = date(max(t.year or 2010, 1950), 1, 5)
    out = []
    for number in range(1, rng.randint(2, 7)):
        minutes = (t.runtime or 44) + rng.choice((-6, -3, 2, 4, 9))
        aired = start + timedelta(days=7 * (number + 30 * (t.seasons - 1)))
        out.append(Episode(t.seasons, number, title_name(rng), max(minutes, 2), aired,
                           person(rng), person(rng)))
    return out
