# ruff: noqa: E501  (HTML templates read best on one line)
"""What the twenty-first set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide and the sixteenth
set's building blocks, one page skeleton each design fills with its own words, formats and
blocks, and six markups of facts no earlier set uses (checked by grepping every earlier
generator, tests/heldout* and tests/heldout_sites2..20): a disabled list box whose labels are
<optgroup label> attributes over one <option> per value, a wide table whose value cells name
their label cell by id (<td headers>), a CSS grid whose labels all come first in the document
and whose values each point back at theirs (aria-describedby) while the grid places them side
by side, an SVG card of <text> elements set at coordinates, list items holding only the value
whose label is a string the stylesheet draws before them (::before{content:"..."}), and labels
that are <div role="heading" aria-level="3"> over a value <div>."""

from __future__ import annotations

import html
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

__all__ = ["NEW_STYLES", "Chrome", "Classes", "Site", "Words", "ages", "facts21", "fit_rng",
           "hide", "look", "no_characters", "pick", "rated", "render_site", "translate"]

NEW_STYLES = ("optgroup", "headers", "describedby", "svgtext", "csslabel", "ariaheading")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites21:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites21:{design}:{getattr(t, 'slug', t)}:{what}")


def _text(v: str | Sequence[str]) -> str:
    return v if isinstance(v, str) else ", ".join(v)


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, _text(v)) for k, v in rows if v]


def optgroup(c: Classes, rows: Rows, caption: str) -> str:
    """A disabled list box: each label an <optgroup label>, one <option> per value under it."""
    groups, size = [], 0
    for k, v in rows:
        if not v:
            continue
        names = list(v) if isinstance(v, list) else [v]
        size += 1 + len(names)
        groups.append(f'<optgroup label="{k}">' + "".join(f"<option>{n}</option>" for n in names) + "</optgroup>")
    return f'<style>.{c("box")}{{width:100%;border:0;background:none;color:inherit;overflow:hidden}}.{c("box")} optgroup{{font-style:normal;font-size:12px;color:#666}}</style><select class="{c("box")}" multiple disabled size="{size}" aria-label="{caption}">{"".join(groups)}</select>'


def headers(c: Classes, rows: Rows, prefix: str) -> str:
    """A wide table: a row of label cells with ids, a row of value cells naming theirs."""
    kept = _kept(rows)
    ids = [f"{prefix}-col{i}" for i in range(len(kept))]
    head = "".join(f'<th id="{i}" scope="col">{k}</th>' for i, (k, _) in zip(ids, kept, strict=True))
    cells = "".join(f'<td headers="{i}">{v}</td>' for i, (_, v) in zip(ids, kept, strict=True))
    return f'<div class="{c("scroll")}" style="overflow-x:auto"><table class="{c("wide")}"><tr>{head}</tr><tr>{cells}</tr></table></div>'


def describedby(c: Classes, rows: Rows, prefix: str) -> str:
    """A CSS grid: all the labels first in the document, then the values, each value pointing
    back at its label (aria-describedby); the grid puts both on the same row."""
    kept = _kept(rows)
    grid = c("grid")
    labels = "".join(f'<span id="{prefix}-lbl{n}" class="{c("lbl")}" style="grid-row:{n + 1};grid-column:1">{k}</span>' for n, (k, _) in enumerate(kept))
    values = "".join(f'<span aria-describedby="{prefix}-lbl{n}" style="grid-row:{n + 1};grid-column:2">{v}</span>' for n, (_, v) in enumerate(kept))
    return f'<style>.{grid}{{display:grid;grid-template-columns:max-content 1fr;gap:6px 18px}}.{c("lbl")}{{color:#777}}</style><div class="{grid}">{labels}{values}</div>'


def svgtext(c: Classes, rows: Rows, caption: str) -> str:
    """An SVG card: each label a <text> at x=0, its value a <text> on the same baseline (the
    card as wide as its longest value needs, so the viewport clips none)."""
    kept = _kept(rows)
    texts = "".join(f'<text x="0" y="{22 + 26 * n}" class="{c("k")}">{k}</text><text x="190" y="{22 + 26 * n}">{v}</text>' for n, (k, v) in enumerate(kept))
    wide = max([720] + [200 + 9 * len(html.unescape(v)) for _, v in kept])  # no value clipped
    return f'<svg class="{c("card")}" viewBox="0 0 {wide} {12 + 26 * len(kept)}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>{caption}</title><style>text{{font:15px sans-serif}}.{c("k")}{{fill:#888}}</style>{texts}</svg>'


def csslabel(c: Classes, rows: Rows, colon: str = ": ") -> str:
    """Items holding only the value; the label is a string the stylesheet draws before each."""
    kept = _kept(rows)
    names = [c(f"f{n}") for n in range(len(kept))]
    rules = "".join(f'.{name}::before{{content:"{html.unescape(k)}{colon}";font-weight:700}}' for name, (k, _) in zip(names, kept, strict=True))
    items = "".join(f'<li class="{name}">{v}</li>' for name, (_, v) in zip(names, kept, strict=True))
    return f'<style>{rules}</style><ul class="{c("facts")}">{items}</ul>'


def ariaheading(c: Classes, rows: Rows) -> str:
    """Each label a div with the heading role (level 3) over its value's div."""
    body = "".join(f'<div class="{c("item")}"><div role="heading" aria-level="3" class="{c("k")}">{k}</div><div class="{c("v")}">{v}</div></div>' for k, v in _kept(rows))
    return f'<div class="{c("facts")}">{body}</div>'


def facts21(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[], str]] = {
        "optgroup": lambda: optgroup(c, rows, caption), "headers": lambda: headers(c, rows, prefix),
        "describedby": lambda: describedby(c, rows, prefix), "svgtext": lambda: svgtext(c, rows, caption),
        "csslabel": lambda: csslabel(c, rows), "ariaheading": lambda: ariaheading(c, rows)}
    if style in new:
        return new[style]()
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
    order = pick(rng, ("facts-first", "extra-first", "cast-then-episodes"))
    if order == "extra-first":
        blocks.insert(0, blocks.pop(4))
    elif order == "cast-then-episodes":
        blocks = [blocks[1], blocks[3], blocks[0], blocks[2], blocks[4], blocks[5]]
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
    # some deploys put the meta line above the heading, as an eyebrow
    out += meta + heading if meta and rng.random() < 0.5 else heading + meta
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
    body = facts21(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    return f'<section class="{c("details")}"><h2>{head}</h2>{body}</section>'


def _trailer(s: Site, t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>{s.words.heads["trailer"]}</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
