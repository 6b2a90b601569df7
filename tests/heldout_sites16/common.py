# ruff: noqa: E501  (HTML templates read best on one line)
"""What the sixteenth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), the fifteenth set's building blocks, and markups of facts no
earlier set uses: a responsive table whose cells carry their label in a data attribute shown by
the stylesheet ('td[data-label]::before'), a wide table whose labels are the column headers
over one row of values, accordions (<details>/<summary>), facts split over tab panels, and a
timeline of dated events."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date

from tests.heldout_sites2.kit import esc
from tests.heldout_sites15.common import (
    Chrome,
    Classes,
    WhereWords,
    ages,
    any_facts,
    cast_block,
    comments,
    episodes_block,
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

__all__ = ["NEW_STYLES", "Chrome", "Classes", "WhereWords", "accordion", "ages", "cast_block",
           "comments", "episodes_block", "facts16", "fit_rng", "look", "no_characters",
           "others_people", "page", "pick", "rail", "rated", "responsive", "schema", "tabs",
           "timeline", "translate", "where", "wide_table"]

NEW_STYLES = ("responsive", "wide", "accordion")
# the stylesheet rule that shows a responsive cell's label before its value
LABEL_RULE = '<style>td[data-label]::before{content:attr(data-label) ": ";font-weight:600}</style>'


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites16:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites16:{design}:{getattr(t, 'slug', t)}:{what}")


def responsive(c: Classes, rows: Sequence[tuple[str, str]]) -> str:
    """A one-column table whose cells carry their label as data-label, shown by the CSS."""
    body = "".join(f'<tr><td data-label="{k}">{v}</td></tr>' for k, v in rows if v)
    return f'{LABEL_RULE}<table class="{c("spec")}"><tbody>{body}</tbody></table>'


def wide_table(c: Classes, caption: str, rows: Sequence[tuple[str, str]]) -> str:
    """Labels as the column headers, the values as the one row under them."""
    kept = [(k, v) for k, v in rows if v]
    head = "".join(f'<th scope="col">{k}</th>' for k, _ in kept)
    cells = "".join(f"<td>{v}</td>" for _, v in kept)
    cap = f"<caption>{caption}</caption>" if caption else ""
    return f'<table class="{c("wide")}">{cap}<thead><tr>{head}</tr></thead><tbody><tr>{cells}</tr></tbody></table>'


def accordion(c: Classes, rows: Sequence[tuple[str, str]]) -> str:
    """One <details> per fact, its label the summary."""
    return "".join(f'<details class="{c("fold")}" open><summary>{k}</summary><p>{v}</p></details>' for k, v in rows if v)


def facts16(c: Classes, style: str, rows: Sequence[tuple[str, str]], caption: str = "", colon: str = ":") -> str:
    """Labelled values (already escaped) in any markup of this set or the earlier ones."""
    if style == "responsive":
        return responsive(c, rows)
    if style == "wide":
        return wide_table(c, caption, rows)
    if style == "accordion":
        return accordion(c, rows)
    return any_facts(c, style, rows, caption, colon)


def tabs(c: Classes, panels: Sequence[tuple[str, str]], label: str) -> str:
    """A tab list over panels; every panel is in the markup, only the first is shown."""
    buttons = "".join(f'<button role="tab" id="{c("tab")}-{i}" aria-selected="{str(i == 0).lower()}">{name}</button>' for i, (name, _) in enumerate(panels))
    bodies = "".join(f'<div role="tabpanel" aria-labelledby="{c("tab")}-{i}"{"" if i == 0 else " hidden"}>{body}</div>' for i, (_, body) in enumerate(panels))
    return f'<div class="{c("tabs")}"><div role="tablist" aria-label="{label}">{buttons}</div>{bodies}</div>'


def timeline(c: Classes, head: str, events: Sequence[tuple[date, str]], fmt: Callable[[date], str]) -> str:
    """Dated events in order, each a <time> and what happened."""
    items = "".join(f'<li><time datetime="{d.isoformat()}">{fmt(d)}</time> <span>{esc(what)}</span></li>' for d, what in events)
    return f'<section class="{c("timeline")}"><h2>{head}</h2><ol>{items}</ol></section>'
