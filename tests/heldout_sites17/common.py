# ruff: noqa: E501  (HTML templates read best on one line)
"""What the seventeenth set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the sixteenth set's building blocks, and markups of facts
no earlier set uses (checked by grepping every earlier generator): read-only form groups
(<fieldset> with the label as its <legend>), an ARIA description list (role="term" /
role="definition" on plain <div>s), a declarative shadow root (<template shadowrootmode>) holding
the facts inside a custom element, <label for> over an <output>, a two-column CSS grid whose
labels all come first and the values after them in the same order, <dfn> labels, fact tiles as
<figure>/<figcaption>, plain-text lines whose separator is an em dash, and facts only in a
<noscript> fallback under a script-filled widget."""

from __future__ import annotations

import random
from collections.abc import Sequence

from tests.heldout_sites16.common import (
    Chrome,
    Classes,
    WhereWords,
    ages,
    cast_block,
    comments,
    episodes_block,
    facts16,
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

__all__ = ["NEW_STYLES", "Chrome", "Classes", "WhereWords", "ages", "cast_block", "comments",
           "episodes_block", "facts17", "fit_rng", "look", "no_characters", "others_people",
           "page", "pick", "rail", "rated", "schema", "translate", "where"]

NEW_STYLES = ("fieldset", "terms", "shadow", "output", "columns", "dfn", "figure", "dash",
              "noscript")

Rows = Sequence[tuple[str, str]]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites17:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites17:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v) for k, v in rows if v]


def fieldsets(c: Classes, rows: Rows) -> str:
    """Read-only form groups: each label the <legend> of its <fieldset>."""
    return "".join(f'<fieldset class="{c("group")}" disabled><legend>{k}</legend><span>{v}</span></fieldset>' for k, v in _kept(rows))


def terms(c: Classes, rows: Rows) -> str:
    """A description list made of <div>s with ARIA roles instead of <dl>/<dt>/<dd>."""
    body = "".join(f'<div class="{c("pair")}"><div role="term">{k}</div><div role="definition">{v}</div></div>' for k, v in _kept(rows))
    return f'<div class="{c("terms")}">{body}</div>'


def shadow(c: Classes, tag: str, rows: Rows) -> str:
    """A custom element whose declarative shadow root (rendered by the browser) holds the facts."""
    body = "".join(f'<div part="row"><span part="label">{k}</span> <span part="value">{v}</span></div>' for k, v in _kept(rows))
    return f'<{tag} class="{c("facts")}"><template shadowrootmode="open"><style>:host{{display:grid;gap:4px}}[part=label]{{color:#888}}</style>{body}</template></{tag}>'


def outputs(c: Classes, rows: Rows) -> str:
    """<label for> over a read-only <output> with that id."""
    return "".join(f'<div class="{c("field")}"><label for="{c("f")}-{i}">{k}</label> <output id="{c("f")}-{i}">{v}</output></div>' for i, (k, v) in enumerate(_kept(rows)))


def columns(c: Classes, rows: Rows) -> str:
    """A CSS grid filled column by column: every label first, then every value in that order,
    so each label sits beside its value on screen."""
    kept = _kept(rows)
    cells = "".join(f'<span class="{c("k")}">{k}</span>' for k, _ in kept) + "".join(f'<span class="{c("v")}">{v}</span>' for _, v in kept)
    return f'<div class="{c("cols")}" style="display:grid;grid-auto-flow:column;grid-template-rows:repeat({len(kept)},auto)">{cells}</div>'


def dfn_lines(c: Classes, rows: Rows) -> str:
    return "".join(f'<p class="{c("def")}"><dfn>{k}</dfn> {v}</p>' for k, v in _kept(rows))


def figures(c: Classes, rows: Rows) -> str:
    """Fact tiles: the label a <figcaption> over the value."""
    body = "".join(f'<figure class="{c("tile")}"><figcaption>{k}</figcaption><p>{v}</p></figure>' for k, v in _kept(rows))
    return f'<div class="{c("tiles")}">{body}</div>'


def dash(c: Classes, rows: Rows) -> str:
    """'Label — value' as one text node per item."""
    body = "".join(f"<li>{k} — {v}</li>" for k, v in _kept(rows))
    return f'<ul class="{c("dash")}">{body}</ul>'


def noscript(c: Classes, rows: Rows, loading: str) -> str:
    """A widget the app fills in; the facts are only in the <noscript> fallback table, what a
    reader with scripts off (and every crawler that does not run them) sees."""
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in _kept(rows))
    return f'<div class="{c("widget")}" data-widget="details"><p>{loading}</p></div><noscript><table class="{c("plain")}">{body}</table></noscript>'


def facts17(c: Classes, style: str, rows: Rows, caption: str = "", colon: str = ":", tag: str = "x-facts", loading: str = "…") -> str:
    """Labelled values (already escaped) in any markup of this set or the earlier ones."""
    if style == "fieldset":
        return fieldsets(c, rows)
    if style == "terms":
        return terms(c, rows)
    if style == "shadow":
        return shadow(c, tag, rows)
    if style == "output":
        return outputs(c, rows)
    if style == "columns":
        return columns(c, rows)
    if style == "dfn":
        return dfn_lines(c, rows)
    if style == "figure":
        return figures(c, rows)
    if style == "dash":
        return dash(c, rows)
    if style == "noscript":
        return noscript(c, rows, loading)
    return facts16(c, style, rows, caption, colon)
