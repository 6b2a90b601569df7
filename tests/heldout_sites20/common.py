# ruff: noqa: E501  (HTML templates read best on one line)
"""What the twentieth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), the eighteenth set's Site/Words/hide and the sixteenth set's
building blocks, one page skeleton each design fills with its own words, formats and blocks,
and six markups of facts no earlier set uses (checked by grepping every earlier generator,
tests/heldout* and tests/heldout_sites2..19): read-only form fields whose value is only the
<input>'s value attribute, a table that gives a list of names one row per name under a label
cell spanning them (rowspan), the facts in a sandboxed <iframe srcdoc> widget (its document an
escaped attribute), value-first ruby annotations whose <rt> (drawn above) is the label, a
one-column table stacking a label row over each value row, and list items whose text is the
label and whose value is a data-value attribute the stylesheet draws after it."""

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
from tests.heldout_sites19.common import facts19

__all__ = ["NEW_STYLES", "Chrome", "Classes", "Site", "Words", "ages", "facts20", "fit_rng",
           "hide", "look", "no_characters", "pick", "rated", "render_site", "translate"]

NEW_STYLES = ("readonly", "rowspan", "srcdoc", "ruby", "stacked", "cssvalue")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites20:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites20:{design}:{getattr(t, 'slug', t)}:{what}")


def _text(v: str | Sequence[str]) -> str:
    return v if isinstance(v, str) else ", ".join(v)


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, _text(v)) for k, v in rows if v]


def readonly(c: Classes, rows: Rows) -> str:
    """A read-only form: each label a <label>, its value only the input's value attribute."""
    body = "".join(f'<label class="{c("field")}"><span>{k}</span> <input type="text" readonly value="{v}"></label>' for k, v in _kept(rows))
    return f'<form class="{c("record")}" action="#" onsubmit="return false">{body}</form>'


def rowspan(c: Classes, rows: Rows) -> str:
    """A table giving a list of names one row per name, the label cell spanning those rows."""
    trs = []
    for k, v in rows:
        if not v:
            continue
        names = v if isinstance(v, list) else [v]
        span = f' rowspan="{len(names)}"' if len(names) > 1 else ""
        trs.append(f'<tr><th scope="row"{span}>{k}</th><td>{names[0]}</td></tr>' + "".join(f"<tr><td>{n}</td></tr>" for n in names[1:]))
    return f'<table class="{c("credits")}"><tbody>{"".join(trs)}</tbody></table>'


def srcdoc(c: Classes, rows: Rows, title: str) -> str:
    """A sandboxed embed whose whole document (a definition list) is its srcdoc attribute."""
    kept = _kept(rows)
    inner = "<!DOCTYPE html><style>body{margin:0;font:14px/1.5 sans-serif}dt{font-weight:600}dd{margin:0 0 6px}</style><dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in kept) + "</dl>"
    return f'<iframe class="{c("embed")}" title="{title}" sandbox srcdoc="{html.escape(inner, quote=True)}" width="100%" height="{24 + 46 * len(kept)}"></iframe>'


def ruby(c: Classes, rows: Rows) -> str:
    """Value first, its label a ruby annotation the browser draws small above it."""
    body = "".join(f'<li><ruby>{v}<rp>(</rp><rt>{k}</rt><rp>)</rp></ruby></li>' for k, v in _kept(rows))
    return f'<style>.{c("ruby")} rt{{font-size:11px;text-transform:uppercase}}</style><ul class="{c("ruby")}">{body}</ul>'


def stacked(c: Classes, rows: Rows) -> str:
    """A one-column table: a label row, then the value's own row under it."""
    body = "".join(f'<tr class="{c("k")}"><th>{k}</th></tr><tr><td>{v}</td></tr>' for k, v in _kept(rows))
    return f'<table class="{c("stack")}"><tbody>{body}</tbody></table>'


def cssvalue(c: Classes, rows: Rows) -> str:
    """Items whose text is the label; the stylesheet draws the data-value attribute after it."""
    item = c("val")
    rule = f'<style>.{item}::after{{content:" " attr(data-value);font-weight:700}}</style>'
    body = "".join(f'<li class="{item}" data-value="{v}">{k}</li>' for k, v in _kept(rows))
    return f'{rule}<ul class="{c("vals")}">{body}</ul>'


def facts20(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[], str]] = {
        "readonly": lambda: readonly(c, rows), "rowspan": lambda: rowspan(c, rows),
        "srcdoc": lambda: srcdoc(c, rows, caption), "ruby": lambda: ruby(c, rows),
        "stacked": lambda: stacked(c, rows), "cssvalue": lambda: cssvalue(c, rows)}
    if style in new:
        return new[style]()
    return facts19(c, style, rows, caption, prefix)


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
    body = facts20(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    return f'<section class="{c("details")}"><h2>{head}</h2>{body}</section>'


def _trailer(s: Site, t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>{s.words.heads["trailer"]}</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
