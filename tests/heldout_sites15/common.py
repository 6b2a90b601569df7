# ruff: noqa: E501  (HTML templates read best on one line)
"""What the fifteenth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), the fourteenth set's building blocks (labelled facts in one of
several markups, cast cards, episode lists, comments, where-to-watch blocks, rails of other
titles, the page's furniture, certificate tiers), and markups of facts no earlier set uses:
a grid of cards whose labels are icons' accessible names, a definition list split over two
columns, a data table with a caption, and label/value pairs whose label is an attribute."""

from __future__ import annotations

import random
from collections.abc import Sequence

from tests.heldout_sites2.records import Title
from tests.heldout_sites14.common import (
    FACT_STYLES,
    Chrome,
    Classes,
    WhereWords,
    ages,
    cast_block,
    comments,
    dotted,
    episodes_block,
    facts,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    schema,
    translate,
    where,
)

__all__ = ["FACT_STYLES", "NEW_STYLES", "Chrome", "Classes", "WhereWords", "ages", "any_facts",
           "cast_block", "comments", "dotted", "episodes_block", "facts", "fit_rng", "icon_cards",
           "look", "no_characters", "others_people", "page", "pick", "rail", "rated", "schema",
           "split_dl", "table_caption", "titled", "translate", "where"]

NEW_STYLES = ("cards", "split", "caption", "titled")


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites15:{design}:{t.slug}")


def fit_rng(design: str, t: Title, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites15:{design}:{t.slug}:{what}")


def icon_cards(c: Classes, rows: Sequence[tuple[str, str]]) -> str:
    """A grid of cards: each label only as an icon's accessible name, the value as text."""
    body = "".join(f'<li class="{c("card")}"><i class="{c("icon")}" role="img" aria-label="{k}"></i><span>{v}</span></li>' for k, v in rows if v)
    return f'<ul class="{c("grid")}">{body}</ul>'


def split_dl(c: Classes, rows: Sequence[tuple[str, str]]) -> str:
    """One definition list broken into two columns (two <dl>s side by side)."""
    kept = [(k, v) for k, v in rows if v]
    half = (len(kept) + 1) // 2
    cols = "".join(f'<dl class="{c("col")}">{"".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in part)}</dl>' for part in (kept[:half], kept[half:]))
    return f'<div class="{c("columns")}">{cols}</div>'


def table_caption(c: Classes, caption: str, rows: Sequence[tuple[str, str]]) -> str:
    """A data table with a caption and a header row, one fact per row."""
    body = "".join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows if v)
    return f'<table class="{c("data")}"><caption>{caption}</caption><tbody>{body}</tbody></table>'


def titled(c: Classes, rows: Sequence[tuple[str, str]]) -> str:
    """Chips whose label is only their title attribute (a tooltip), the value the text."""
    body = "".join(f'<span class="{c("chip")}" title="{k}">{v}</span>' for k, v in rows if v)
    return f'<div class="{c("chips")}">{body}</div>'


def any_facts(c: Classes, style: str, rows: Sequence[tuple[str, str]], caption: str = "", colon: str = ":") -> str:
    """Labelled values (already escaped) in any markup of this set or the earlier ones."""
    if style == "cards":
        return icon_cards(c, rows)
    if style == "split":
        return split_dl(c, rows)
    if style == "caption":
        return table_caption(c, caption, rows)
    if style == "titled":
        return titled(c, rows)
    return facts(c, style, rows, colon)
