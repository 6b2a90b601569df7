# ruff: noqa: E501  (HTML templates read best on one line)
"""What the twenty-third set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide and the sixteenth set's
building blocks, the twenty-second set's page skeleton (each design fills it with its own
words, formats and blocks), and six markups of facts no earlier set uses (checked by grepping
every earlier generator, tests/heldout* and tests/heldout_sites2..22): an inline SVG icon per
fact whose <title> is the label, value chips whose label is a role="tooltip" bubble shown on
hover or focus, a table of <div>s with ARIA roles (a row of columnheaders over a row of
cells), labels and values in two runs paired only by the stylesheet's grid-template-areas,
value-first items whose label a flex row-reverse draws on the left, and a role="tree" widget
whose expanded items are the labels and their children the values. Some deploys also put the
heading and its meta line in a <header>, and the facts in a section collapsed with
hidden="until-found" under a heading button that opens it (both the twenty-second set's)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import timedelta

from tests.heldout_sites2.kit import esc, imdb_link, youtube_embed
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites16.common import (
    Chrome,
    Classes,
    ages,
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
)
from tests.heldout_sites18.common import Row, Site, Words, hide
from tests.heldout_sites22.common import facts22

__all__ = ["NEW_STYLES", "Chrome", "Classes", "Site", "Words", "ages", "facts23", "fit_rng",
           "hide", "look", "no_characters", "pick", "rated", "render_site", "translate"]

NEW_STYLES = ("svgtitle", "tooltip", "ariagrid", "gridareas", "rowreverse", "tree")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites23:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites23:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


ICON = "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2v5l3 2"


def svgtitle(c: Classes, rows: Rows) -> str:
    """An icon per fact, its label only the inline SVG's <title> (the browser's tooltip over
    the icon, a screen reader's name for it), the value in a <span> after it."""
    body = "".join(f'<li><svg role="img" width="16" height="16" viewBox="0 0 16 16"><title>{k}</title><path d="{ICON}"/></svg> <span>{v}</span></li>' for k, v in _kept(rows))
    return f'<ul class="{c("icons")}">{body}</ul>'


def tooltip(c: Classes, rows: Rows) -> str:
    """Value chips; each chip's label a role="tooltip" bubble after the value, shown on hover
    or keyboard focus."""
    box = c("chips")
    rule = f"<style>.{box} [role=tooltip]{{visibility:hidden;position:absolute}}.{box} li:hover [role=tooltip],.{box} li:focus [role=tooltip]{{visibility:visible}}</style>"
    body = "".join(f'<li tabindex="0"><span>{v}</span><span role="tooltip">{k}</span></li>' for k, v in _kept(rows))
    return f'{rule}<ul class="{box}">{body}</ul>'


def ariagrid(c: Classes, rows: Rows) -> str:
    """A table of <div>s with ARIA roles: a row of column headers (the labels), then one row of
    cells (the values) in the same order."""
    kept = _kept(rows)
    heads = "".join(f'<div role="columnheader">{k}</div>' for k, _ in kept)
    cells = "".join(f'<div role="cell">{v}</div>' for _, v in kept)
    grid = c("grid")
    rule = f"<style>.{grid} [role=row]{{display:grid;grid-template-columns:repeat({len(kept)},minmax(120px,1fr))}}</style>"
    return f'{rule}<div class="{grid}" role="table"><div role="rowgroup"><div role="row">{heads}</div></div><div role="rowgroup"><div role="row">{cells}</div></div></div>'


def gridareas(c: Classes, rows: Rows) -> str:
    """All the labels, then all the values in reverse order; the stylesheet's
    grid-template-areas sets each value beside its label (areas l0/v0, l1/v1 ...)."""
    kept = _kept(rows)
    box = c("areas")
    areas = " ".join(f'"l{i} v{i}"' for i in range(len(kept)))
    places = "".join(f".{box} .l{i}{{grid-area:l{i}}}.{box} .v{i}{{grid-area:v{i}}}" for i in range(len(kept)))
    labels = "".join(f'<span class="l{i}">{k}</span>' for i, (k, _) in enumerate(kept))
    values = "".join(f'<span class="v{i}">{v}</span>' for i, (_, v) in reversed(list(enumerate(kept))))
    return f"<style>.{box}{{display:grid;grid-template-areas:{areas}}}{places}</style><div class=\"{box}\">{labels}{values}</div>"


def rowreverse(c: Classes, rows: Rows) -> str:
    """Value first in the markup, its bold label after it; the stylesheet's
    flex-direction:row-reverse draws the label on the left."""
    lst = c("rev")
    rule = f"<style>.{lst} li{{display:flex;flex-direction:row-reverse;justify-content:flex-end;gap:.4em}}</style>"
    body = "".join(f"<li><span>{v}</span><b>{k}</b></li>" for k, v in _kept(rows))
    return f'{rule}<ul class="{lst}">{body}</ul>'


def tree(c: Classes, rows: Rows) -> str:
    """A tree widget: each label an expanded tree item, its value the one item of its group."""
    body = "".join(f'<li role="treeitem" aria-expanded="true"><span>{k}</span><ul role="group"><li role="treeitem">{v}</li></ul></li>' for k, v in _kept(rows))
    return f'<ul class="{c("tree")}" role="tree">{body}</ul>'


def facts23(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Rows], str]] = {
        "svgtitle": svgtitle, "tooltip": tooltip, "ariagrid": ariagrid, "gridareas": gridareas,
        "rowreverse": rowreverse, "tree": tree}
    if style in new:
        return new[style](c, rows)
    return facts22(c, style, rows, caption, prefix)


def render_site(s: Site, t: Title, ctx: Context) -> str:
    rng = look(s.name, t)
    c = Classes(s.prefix, rng)
    long = rng.random() < 0.5
    ld = schema(t, s.ld_keys) if s.ld_keys and rng.random() < s.ld_share else ""
    facts = _facts(s, t, c, rng, long)
    blocks = [facts, cast_block(t, c, s.words.heads["cast"], f"/{s.prefix}/person/"),
              _trailer(s, t, c), episodes_block(ctx, c, s.words.heads["episodes"], lambda e: s.episode(e, long)),
              s.extra(t, c, rng), comments(ctx, c, s.words.heads["reviews"], s.words.heads["no_reviews"])]
    order = pick(rng, ("facts-first", "trailer-first", "extra-after-cast"))
    if order == "trailer-first":
        blocks.insert(0, blocks.pop(2))
    elif order == "extra-after-cast":
        blocks = [blocks[0], blocks[1], blocks[4], blocks[2], blocks[3], blocks[5]]
    main = _head(s, t, c, rng, long) + "".join(blocks)
    main += rail(ctx, c, s.words.heads["rail"], lambda o: _rail_line(s, o, long))
    return page(t, ctx, c, s.chrome, ld, main)


def _rail_line(s: Site, o: Title, long: bool) -> str:
    return s.meta_sep.join(x for x in (str(o.year), o.rating or "", s.runtime(o.runtime or 97, long)) if x)


def _head(s: Site, t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    out = f'<section class="{c("hero")}">' + _art(s, t, c)
    if s.crumbs:
        steps = [s.crumbs, t.genres[0] if t.genres else "", t.title]
        out += f'<nav class="{c("crumbs")}" aria-label="breadcrumb"><ol>{"".join(f"<li>{esc(x)}</li>" for x in steps if x)}</ol></nav>'
    heading = f'<h1 class="{c("title")}">{esc(t.title)}</h1>'
    meta = ""
    if rng.random() < 0.5:
        parts = [str(t.year or ""), t.rating or "", s.runtime(t.runtime, long) if t.runtime else "", ", ".join(t.genres)]
        meta = f'<p class="{c("meta")}">{esc(s.meta_sep.join(x for x in parts if x))}</p>'
    # some deploys wrap the heading and its meta line in the section's <header>
    out += f'<header class="{c("titlebar")}">{heading}{meta}</header>' if rng.random() < 0.5 else heading + meta
    if t.votes:
        out += f'<div class="{c("score")}"><b>{6 + len(t.slug) % 4}.{len(t.title) % 10}</b> <span>{esc(s.votes(t.votes))}</span></div>'
    out += f'<p class="{c("views")}">{esc(s.views(rng.randint(100, 900000)))}</p>'
    if t.synopsis:
        out += f'<div class="{c("about")}"><h2>{s.words.heads["about"]}</h2><p>{esc(t.synopsis)}</p></div>'
    if s.cta:
        out += f'<a class="{c("cta")}" href="/{s.prefix}/watch/{t.slug}" role="button">{s.cta}</a>'
    return out + "</section>"


def _art(s: Site, t: Title, c: Classes) -> str:
    if s.art == "poster":
        return f'<img class="{c("poster")}" src="/{s.prefix}/posters/{t.slug}.jpg" alt="{esc(t.title)}" width="240" height="360">'
    return f'<div class="{c("backdrop")}" style="background-image:url(/{s.prefix}/art/{t.slug}-16x9.jpg)" aria-hidden="true"></div>'


def _names(names: Sequence[str]) -> list[str]:
    return [esc(n) for n in names]


def _facts(s: Site, t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    L = s.words.labels
    music, producer, camera = others_people(t, rng, 3)
    crew = {"music": esc(music), "producer": esc(producer), "camera": esc(camera)}
    length = s.runtime(t.runtime, long) + (s.per_episode if t.kind == "show" else "") if t.runtime else ""
    rows: list[Row] = [(L["director"], _names(t.directors)), (L["writer"], _names(t.writers))]
    rows += [(L[k], crew[k]) for k in s.traps]
    rows += [(L["genre"], _names(t.genres)), (L["country"], _names(t.countries)),
             (L["year"], str(t.year or "")), (L["runtime"], length), (L["rating"], esc(t.rating or "")),
             (L["seasons"], str(t.seasons or ""))]
    if t.released:
        rows.append((L["released"], s.date(t.released, long)))
        if s.later and rng.random() < 0.5:
            rows.append((s.later, s.date(t.released + timedelta(days=rng.randint(7, 400)), long)))
    rows += [(L["studio"], _names(t.studios)),
             (L["budget"], s.money(t.budget) if t.budget else ""),
             (L["box_office"], s.money(t.box_office) if t.box_office else "")]
    rows += s.extra_rows(t, rng)
    head = s.words.heads["details"]
    body = facts23(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    if rng.random() < 0.25:
        # collapsed until the reader presses the heading's button (or the browser's find-in-page
        # reaches a word in it)
        fold = c("fold")
        return f'<section class="{c("details")}"><h2><button type="button" aria-expanded="false" aria-controls="{fold}">{head}</button></h2><div id="{fold}" hidden="until-found">{body}</div></section>'
    return f'<section class="{c("details")}"><h2>{head}</h2>{body}</section>'


def _trailer(s: Site, t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>{s.words.heads["trailer"]}</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
