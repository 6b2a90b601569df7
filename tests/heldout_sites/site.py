"""One page per title: draw the record, fit it to the design, render it with its furniture."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.heldout_sites.records import Title, expected, fix_dates, new_title, other_titles


@dataclass(frozen=True)
class Context:
    title: Title
    others: list[Title]
    reviews: list[Any]
    episodes: list[Any]


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
    from tests.heldout_sites.common import episodes, reviews

    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, title, 6, serial * 10 + 1000, design.fit)
    ctx = Context(title, others, reviews(rng, title), episodes(rng, title))
    return SitePage(title.url, design.render(title, ctx), expected(title), design.name,
                    tuple(expected(o) for o in others))
