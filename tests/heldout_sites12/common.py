# ruff: noqa: E501  (HTML templates read best on one line)
"""What the twelfth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), hashed class names, page furniture, rails of other titles."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from tests.heldout_sites2.kit import esc
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites11.common import (
    Classes,
    cookie_banner,
    dotted,
    no_characters,
    others_people,
    pick,
    rated,
    schema,
    translate,
)

__all__ = ["Classes", "cookie_banner", "dotted", "fit_rng", "footer", "look", "nav",
           "no_characters", "others_people", "pick", "rail", "rated", "schema", "translate"]


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites12:{design}:{t.slug}")


def fit_rng(design: str, t: Title, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites12:{design}:{t.slug}:{what}")


def nav(c: Classes, brand: str, items: Sequence[str], extra: str = "") -> str:
    links = "".join(f'<li><a href="/n{i}">{esc(x)}</a></li>' for i, x in enumerate(items))
    return f'<header class="{c("header")}"><a href="/" aria-label="{esc(brand)}">{esc(brand)}</a><nav><ul>{links}</ul></nav>{extra}</header>'


def footer(c: Classes, items: Sequence[str], notice: str) -> str:
    links = "".join(f'<li><a href="/f{i}">{esc(x)}</a></li>' for i, x in enumerate(items))
    return f'<footer class="{c("footer")}"><ul>{links}</ul><p>{notice}</p></footer>'


def rail(ctx: Context, c: Classes, head: str, line: Callable[[Title], str]) -> str:
    """Other titles with THEIR values: a trap for every field it shows."""
    cards = "".join(f'<li class="{c("card")}"><a href="{o.path}">{esc(o.title)}</a> <span>{line(o)}</span></li>' for o in ctx.others)
    return f'<section class="{c("rail")}"><h2>{head}</h2><ul>{cards}</ul></section>'
