# ruff: noqa: E501  (HTML templates read best on one line)
"""What the nineteenth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), the eighteenth set's Site/Words/hide and the sixteenth set's
building blocks, one page skeleton each design fills with its own words, formats and blocks,
and five markups of facts no earlier set uses (checked by grepping every earlier generator):
labels that are only an icon <img>'s alt text, a label and its value inside one <button> chip,
'Label / value' lines whose separator is a slash, custom elements whose label is a `label`
attribute the stylesheet shows before the value, and a preformatted (<pre>) block of padded
'Label : value' lines. Pages also wrap the heading in an <hgroup> on some deploys and put the
facts in a popover panel on others."""

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
from tests.heldout_sites18.common import Row, Site, Words, facts18, hide

__all__ = ["NEW_STYLES", "Chrome", "Classes", "Site", "Words", "ages", "facts19", "fit_rng",
           "hide", "look", "no_characters", "pick", "rated", "render_site", "translate"]

NEW_STYLES = ("icons", "buttons", "slash", "custom", "pre")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites19:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites19:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def icons(c: Classes, prefix: str, rows: Rows) -> str:
    """A row of facts, each after a small icon <img> whose alt text is its only label."""
    body = "".join(f'<li class="{c("fact")}"><img src="/{prefix}/icons/{i}.svg" alt="{k}" width="16" height="16"> <span>{v}</span></li>' for i, (k, v) in enumerate(_kept(rows)))
    return f'<ul class="{c("icons")}">{body}</ul>'


def buttons(c: Classes, rows: Rows) -> str:
    """Filter chips: label and value in one <button> (pressing one lists titles sharing it)."""
    body = "".join(f'<button type="button" class="{c("chip")}"><span class="{c("k")}">{k}</span> <strong>{v}</strong></button>' for k, v in _kept(rows))
    return f'<div class="{c("chips")}" role="group">{body}</div>'


def slash(c: Classes, rows: Rows) -> str:
    """'Label / value' as one text node per item."""
    body = "".join(f"<li>{k} / {v}</li>" for k, v in _kept(rows))
    return f'<ul class="{c("slash")}">{body}</ul>'


def custom(c: Classes, tag: str, rows: Rows) -> str:
    """Custom elements (no shadow root) whose label is an attribute the stylesheet shows."""
    rule = f"<style>{tag}{{display:block}}{tag}::before{{content:attr(label) \": \";font-weight:700}}</style>"
    body = "".join(f'<{tag} label="{k}">{v}</{tag}>' for k, v in _kept(rows))
    return f'{rule}<div class="{c("facts")}">{body}</div>'


def pre(c: Classes, rows: Rows) -> str:
    """A plain-text block as an editor typed it: labels padded to one width, then ' : value'."""
    kept = _kept(rows)
    width = max((len(k) for k, _ in kept), default=0)
    lines = "\n".join(f"{k.ljust(width)} : {v}" for k, v in kept)
    return f'<pre class="{c("info")}">{lines}</pre>'


def facts19(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[], str]] = {
        "icons": lambda: icons(c, prefix, rows), "buttons": lambda: buttons(c, rows),
        "slash": lambda: slash(c, rows), "custom": lambda: custom(c, f"{prefix}-fact", rows),
        "pre": lambda: pre(c, rows)}
    if style in new:
        return new[style]()
    return facts18(c, style, rows, caption)


def render_site(s: Site, t: Title, ctx: Context) -> str:
    rng = look(s.name, t)
    c = Classes(s.prefix, rng)
    long = rng.random() < 0.5
    ld = schema(t, s.ld_keys) if s.ld_keys and rng.random() < s.ld_share else ""
    facts = _facts(s, t, c, rng, long)
    blocks = [facts, cast_block(t, c, s.words.heads["cast"], f"/{s.prefix}/person/"),
              _trailer(s, t, c), episodes_block(ctx, c, s.words.heads["episodes"], lambda e: s.episode(e, long)),
              s.extra(t, c, rng), comments(ctx, c, s.words.heads["reviews"], s.words.heads["no_reviews"])]
    order = pick(rng, ("facts-first", "cast-first", "episodes-first"))
    if order == "cast-first":
        blocks[0], blocks[1] = blocks[1], blocks[0]
    elif order == "episodes-first":
        blocks.insert(0, blocks.pop(3))
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
    # some deploys group the heading and its meta line in an <hgroup>
    out += f"<hgroup>{heading}{meta}</hgroup>" if meta and rng.random() < 0.5 else heading + meta
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
    body = facts19(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], s.words.heads["details"], s.prefix)
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    head = s.words.heads["details"]
    if rng.random() < 0.3:
        # the facts in a popover panel the 'details' button opens (in the markup, shown on demand)
        pid = c("panel")
        return f'<section class="{c("details")}"><button type="button" popovertarget="{pid}">{head}</button><div id="{pid}" popover><h2>{head}</h2>{body}</div></section>'
    return f'<section class="{c("details")}"><h2>{head}</h2>{body}</section>'


def _trailer(s: Site, t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>{s.words.heads["trailer"]}</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
