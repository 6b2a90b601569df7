# ruff: noqa: E501  (HTML templates read best on one line)
"""What the twenty-fifth set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide and the sixteenth set's
building blocks, the twenty-fourth set's page skeleton (each design fills it with its own
words, formats and blocks), and six markups of facts no earlier set uses (checked by grepping
every earlier generator, tests/heldout* and tests/heldout_sites2..24): one list of every label
then every value that the stylesheet's column-count:2 flows into a label column beside a value
column; a wrapping flex box whose value cells come first in the document and whose label cells
follow, each cell's CSS order drawing label i before value i; an SVG info card whose
<foreignObject> holds the labelled lines; an old CMS's <font> labels with <nobr> values and
<br> line ends; <div>s laid out as a table by display:table alone; and values naming CSS
anchors (anchor-name) beside which the labels that follow them are placed (position-anchor)."""

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
from tests.heldout_sites24.common import facts24

__all__ = ["NEW_STYLES", "Chrome", "Classes", "Site", "Words", "ages", "facts25", "fit_rng",
           "hide", "look", "no_characters", "pick", "rated", "render_site", "translate"]

NEW_STYLES = ("columns", "order", "foreign", "legacy", "celltable", "anchor")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites25:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites25:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def columns(c: Classes, rows: Rows) -> str:
    """One list, every label first and every value after; the stylesheet's column-count:2 flows
    the labels into the left column and the values into the right, one line each, so that each
    value is drawn beside its own label."""
    kept = _kept(rows)
    lst = c("cols")
    rule = f"<style>.{lst}{{column-count:2;column-gap:24px;column-fill:balance;list-style:none;padding:0;max-width:600px}}.{lst} li{{white-space:nowrap;line-height:1.6;break-inside:avoid}}.{lst} li.{c('lab')}{{color:#777}}</style>"
    labels = "".join(f'<li class="{c("lab")}">{k}</li>' for k, _ in kept)
    values = "".join(f"<li>{v}</li>" for _, v in kept)
    return f'{rule}<ul class="{lst}">{labels}{values}</ul>'


def order(c: Classes, rows: Rows) -> str:
    """A wrapping flex box of half-width cells: the values first in the document (last first),
    then the labels (the first one last); each cell's CSS order puts label i (2i) before value i
    (2i + 1), so that every row is drawn label, value."""
    kept = _kept(rows)
    box = c("flexfacts")
    rule = f"<style>.{box}{{display:flex;flex-wrap:wrap;max-width:560px}}.{box}>span{{flex:0 0 50%;padding:2px 0}}.{box}>span.{c('lab')}{{color:#777}}</style>"
    values = "".join(f'<span style="order:{2 * i + 1}">{v}</span>' for i, (_, v) in reversed(list(enumerate(kept))))
    turned = list(enumerate(kept))
    turned = turned[1:] + turned[:1]
    labels = "".join(f'<span class="{c("lab")}" style="order:{2 * i}">{k}</span>' for i, (k, _) in turned)
    return f'{rule}<div class="{box}">{values}{labels}</div>'


def foreign(c: Classes, rows: Rows) -> str:
    """An SVG info card (as a share image draws it) whose <foreignObject> holds the labelled
    lines as XHTML: a small grey label over each value."""
    kept = _kept(rows)
    height = 32 + 46 * len(kept)
    lab, val = c("lab"), c("val")
    lines = "".join(f'<div class="{lab}">{k}</div><div class="{val}">{v}</div>' for k, v in kept)
    rule = f"<style>.{lab}{{font-size:11px;color:#777}}.{val}{{font-size:15px;margin-bottom:8px}}</style>"
    return (f'{rule}<svg class="{c("card")}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 {height}" width="560" height="{height}">'
            f'<rect width="560" height="{height}" rx="12" fill="#f4f1ea"/><foreignObject x="16" y="16" width="528" height="{height - 32}">'
            f'<div xmlns="http://www.w3.org/1999/xhtml" style="font-family:sans-serif">{lines}</div></foreignObject></svg>')


def legacy(c: Classes, rows: Rows) -> str:
    """An old CMS's lines: a grey <font> label, the value kept on one line by <nobr>, a <br>
    after each; no list, no element around a pair."""
    body = "".join(f'<font color="#666666" size="2">{k}:</font> <nobr>{v}</nobr><br>' for k, v in _kept(rows))
    return f'<p class="{c("legacy")}">{body}</p>'


def celltable(c: Classes, rows: Rows) -> str:
    """<div>s and <span>s the stylesheet alone lays out as a table (display:table, table-row,
    table-cell): no <table>, no list, no definition list."""
    box = c("celltable")
    rule = f"<style>.{box}{{display:table;border-spacing:12px 4px}}.{box}>div{{display:table-row}}.{box}>div>span{{display:table-cell}}.{box}>div>span:first-child{{color:#777}}</style>"
    body = "".join(f"<div><span>{k}</span><span>{v}</span></div>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def anchor(c: Classes, rows: Rows) -> str:
    """The values in a column, each naming an anchor (anchor-name:--v3); the labels after them,
    each placed by CSS anchor positioning (position-anchor:--v3) against its value's left
    edge, so that label 3 is drawn beside value 3."""
    kept = _kept(rows)
    box, lab = c("anchored"), c("lab")
    rule = f"<style>.{box}{{position:relative;padding-left:180px}}.{box} .{lab}{{position:absolute;width:168px;right:anchor(left);top:anchor(top);margin-right:12px;color:#777}}</style>"
    values = "".join(f'<div style="anchor-name:--{box}-v{i}">{v}</div>' for i, (_, v) in enumerate(kept))
    labels = "".join(f'<span class="{lab}" style="position-anchor:--{box}-v{i}">{k}</span>' for i, (k, _) in enumerate(kept))
    return f'{rule}<div class="{box}">{values}{labels}</div>'


def facts25(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Rows], str]] = {
        "columns": columns, "order": order, "foreign": foreign, "legacy": legacy,
        "celltable": celltable, "anchor": anchor}
    if style in new:
        return new[style](c, rows)
    return facts24(c, style, rows, caption, prefix)

def render_site(s: Site, t: Title, ctx: Context) -> str:
    rng = look(s.name, t)
    c = Classes(s.prefix, rng)
    long = rng.random() < 0.5
    ld = schema(t, s.ld_keys) if s.ld_keys and rng.random() < s.ld_share else ""
    facts = _facts(s, t, c, rng, long)
    blocks = [facts, cast_block(t, c, s.words.heads["cast"], f"/{s.prefix}/person/"),
              _trailer(s, t, c), episodes_block(ctx, c, s.words.heads["episodes"], lambda e: s.episode(e, long)),
              s.extra(t, c, rng), comments(ctx, c, s.words.heads["reviews"], s.words.heads["no_reviews"])]
    order = pick(rng, ("facts-first", "episodes-first", "comments-before-extra"))
    if order == "episodes-first":
        blocks.insert(0, blocks.pop(3))
    elif order == "comments-before-extra":
        blocks = [blocks[0], blocks[1], blocks[2], blocks[3], blocks[5], blocks[4]]
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
    body = facts25(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    if rng.random() < 0.25:
        fold = c("fold")
        return f'<section class="{c("details")}"><h2><button type="button" aria-expanded="false" aria-controls="{fold}">{head}</button></h2><div id="{fold}" hidden="until-found">{body}</div></section>'
    return f'<section class="{c("details")}"><h2>{head}</h2>{body}</section>'


def _trailer(s: Site, t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>{s.words.heads["trailer"]}</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
