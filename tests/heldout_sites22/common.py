# ruff: noqa: E501  (HTML templates read best on one line)
"""What the twenty-second set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide and the sixteenth set's
building blocks, one page skeleton each design fills with its own words, formats and blocks,
and six markups of facts no earlier set uses (checked by grepping every earlier generator,
tests/heldout* and tests/heldout_sites2..20): value-first stat tiles (a <strong> value over a
<small> label), labels that live only in the stylesheet (one '::before{content:"Label: "}' rule
per fact's class), a value-first table whose value cell names its label cell after it through
headers/id, a table whose label row is its <tfoot> under the values, 'Label ........ value'
leader lines (an empty aria-hidden <i> drawn as the dots between two spans), and <h6> label
over <p> value pairs separated by <hr> rules. Some deploys also put the heading and its meta
line in a <header>, and the facts in a section collapsed with hidden="until-found" under a
heading button that opens it (as the browser's find-in-page does)."""

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
from tests.heldout_sites20.common import facts20

__all__ = ["NEW_STYLES", "Chrome", "Classes", "Site", "Words", "ages", "facts22", "fit_rng",
           "hide", "look", "no_characters", "pick", "rated", "render_site", "translate"]

NEW_STYLES = ("tiles", "csslabel", "headers", "tfoot", "leaders", "hrpairs")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites22:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites22:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def tiles(c: Classes, rows: Rows) -> str:
    """Stat tiles, value first: a big <strong> value, its label small under it."""
    body = "".join(f'<div class="{c("tile")}"><strong>{v}</strong><small>{k}</small></div>' for k, v in _kept(rows))
    rule = f'<style>.{c("tiles")}{{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr))}}.{c("tiles")} small{{display:block;opacity:.7}}</style>'
    return f'{rule}<div class="{c("tiles")}">{body}</div>'


def csslabel(c: Classes, rows: Rows) -> str:
    """Each fact an item of its own class; its label only in that class's ::before rule."""
    kept = _kept(rows)
    names = [c(f"f{i}") for i in range(len(kept))]
    rules = "".join(f'.{n}::before{{content:"{k}: ";font-weight:600}}' for n, (k, _) in zip(names, kept, strict=True))
    body = "".join(f'<li class="{n}">{v}</li>' for n, (_, v) in zip(names, kept, strict=True))
    return f'<style>{rules}</style><ul class="{c("spec")}">{body}</ul>'


def headers(c: Classes, rows: Rows) -> str:
    """Value first: each value cell names the label cell after it (headers -> id)."""
    trs = []
    for i, (k, v) in enumerate(_kept(rows)):
        ident = f'{c("h")}-{i}'
        trs.append(f'<tr><td headers="{ident}">{v}</td><th id="{ident}" scope="row">{k}</th></tr>')
    return f'<table class="{c("spec")}"><tbody>{"".join(trs)}</tbody></table>'


def tfoot(c: Classes, rows: Rows) -> str:
    """One row of values, the labels in the table's footer row under them."""
    kept = _kept(rows)
    cells = "".join(f"<td>{v}</td>" for _, v in kept)
    labels = "".join(f'<th scope="col">{k}</th>' for k, _ in kept)
    return f'<table class="{c("strip")}"><tbody><tr>{cells}</tr></tbody><tfoot><tr>{labels}</tr></tfoot></table>'


def leaders(c: Classes, rows: Rows) -> str:
    """'Label ........ value': an empty aria-hidden <i> stretched and dotted between them."""
    lst = c("leaders")
    rule = f"<style>.{lst} li{{display:flex;gap:4px}}.{lst} i{{flex:1;border-bottom:1px dotted #999}}</style>"
    body = "".join(f'<li><span>{k}</span><i aria-hidden="true"></i><span>{v}</span></li>' for k, v in _kept(rows))
    return f'{rule}<ul class="{lst}">{body}</ul>'


def hrpairs(c: Classes, rows: Rows) -> str:
    """An <h6> label over a <p> value, each fact closed by a horizontal rule."""
    body = "".join(f"<h6>{k}</h6><p>{v}</p><hr>" for k, v in _kept(rows))
    return f'<div class="{c("sheet")}">{body}</div>'


def facts22(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Rows], str]] = {
        "tiles": tiles, "csslabel": csslabel, "headers": headers, "tfoot": tfoot,
        "leaders": leaders, "hrpairs": hrpairs}
    if style in new:
        return new[style](c, rows)
    return facts20(c, style, rows, caption, prefix)


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
    body = facts22(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
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
