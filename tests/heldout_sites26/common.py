# ruff: noqa: E501  (HTML templates read best on one line)
"""What the twenty-sixth set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide and the sixteenth set's
building blocks, the twenty-second set's page skeleton (each design fills it with its own words,
formats and blocks), and six markups of facts no earlier set uses (checked by grepping every
earlier generator, tests/heldout* and tests/heldout_sites2..24): one list of every label and then
every value, which the stylesheet's column-count:2 flows into two columns so that label i sits
beside value i; items whose label is only a CSS custom property of the item's inline style
(style="--k:&quot;Label&quot;"), drawn by a ::before rule's content:var(--k); a scroll-snap
carousel of fact cards, each a role="group" with aria-roledescription="slide" and an
aria-label counting it ('3 / 9'), its label in a <span> over its value; a CSS table of <div>s
(display:table, table-row, table-cell), label cell then value cell; a two-column table whose
label cells are plain <td>s that only the <colgroup>'s first <col> sets apart; and a role="feed"
of <article>s (aria-posinset / aria-setsize), each fact's label in the article's <header>, its
value in a <p>."""

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

__all__ = ["NEW_STYLES", "Chrome", "Classes", "Site", "Words", "ages", "facts26", "fit_rng",
           "hide", "look", "no_characters", "pick", "rated", "render_site", "translate"]

NEW_STYLES = ("columns", "cssvar", "slides", "csstable", "colgroup", "feed")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites26:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites26:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def columns(c: Classes, rows: Rows) -> str:
    """One list, every label first and every value after them; two balanced columns of items of
    one line's height put label i beside value i (each line whole: the list as wide as its
    longest line, nothing clipped)."""
    kept = _kept(rows)
    lst = c("cols")
    rule = f"<style>.{lst}{{column-count:2;column-gap:24px;column-fill:balance;width:max-content;list-style:none;padding:0}}.{lst} li{{line-height:24px;height:24px;white-space:nowrap;break-inside:avoid}}.{lst} li:nth-child(-n+{len(kept)}){{color:#888}}</style>"
    labels = "".join(f"<li>{k}</li>" for k, _ in kept)
    values = "".join(f"<li>{v}</li>" for _, v in kept)
    return f'{rule}<ul class="{lst}">{labels}{values}</ul>'


def cssvar(c: Classes, rows: Rows) -> str:
    """Each item's label only a custom property of its inline style, which the stylesheet's
    ::before draws before the value (the markup a CSS-in-JS component renders)."""
    lst = c("props")
    rule = f'<style>.{lst} li::before{{content:var(--k) ": ";font-weight:600}}.{lst}{{list-style:none;padding:0}}</style>'
    body = "".join(f'<li style="--k:&quot;{k}&quot;">{v}</li>' for k, v in _kept(rows))
    return f'{rule}<ul class="{lst}">{body}</ul>'


def slides(c: Classes, rows: Rows) -> str:
    """A scroll-snap carousel of fact cards, each a slide counted in its aria-label."""
    kept = _kept(rows)
    track = c("track")
    rule = f"<style>.{track}{{display:flex;overflow-x:auto;scroll-snap-type:x mandatory;gap:12px}}.{track}>div{{flex:0 0 160px;scroll-snap-align:start}}.{track} span{{display:block;font-size:12px;opacity:.7}}</style>"
    cards = "".join(f'<div role="group" aria-roledescription="slide" aria-label="{i} / {len(kept)}"><span>{k}</span><strong>{v}</strong></div>'
                    for i, (k, v) in enumerate(kept, start=1))
    return f'{rule}<div class="{track}" role="region" aria-roledescription="carousel">{cards}</div>'


def csstable(c: Classes, rows: Rows) -> str:
    """A table drawn by the stylesheet from <div>s: display:table, table-row, table-cell."""
    box = c("sheet")
    rule = f"<style>.{box}{{display:table;border-collapse:collapse}}.{box}>div{{display:table-row}}.{box}>div>div{{display:table-cell;padding:4px 12px 4px 0}}.{box}>div>div:first-child{{color:#777}}</style>"
    body = "".join(f"<div><div>{k}</div><div>{v}</div></div>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def colgroup(c: Classes, rows: Rows) -> str:
    """Two columns of plain <td>s; only the <colgroup>'s first <col> marks the labels'."""
    tab, key = c("spec"), c("key")
    rule = f"<style>.{tab} col.{key}{{width:38%;background:#f3f3f3}}</style>"
    body = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in _kept(rows))
    return f'{rule}<table class="{tab}"><colgroup><col class="{key}"><col></colgroup><tbody>{body}</tbody></table>'


def feed(c: Classes, rows: Rows) -> str:
    """A role="feed" of <article>s, each fact's label its <header>, its value a <p>."""
    kept = _kept(rows)
    box = c("feed")
    rule = f"<style>.{box} article{{border-bottom:1px solid #eee;padding:6px 0}}.{box} header{{font-size:12px;text-transform:uppercase}}.{box} p{{margin:0}}</style>"
    body = "".join(f'<article aria-posinset="{i}" aria-setsize="{len(kept)}"><header>{k}</header><p>{v}</p></article>'
                   for i, (k, v) in enumerate(kept, start=1))
    return f'{rule}<div class="{box}" role="feed" aria-busy="false">{body}</div>'


def facts26(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Rows], str]] = {
        "columns": columns, "cssvar": cssvar, "slides": slides, "csstable": csstable,
        "colgroup": colgroup, "feed": feed}
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
    order = pick(rng, ("facts-first", "trailer-first", "extra-after-facts"))
    if order == "trailer-first":
        blocks.insert(0, blocks.pop(2))
    elif order == "extra-after-facts":
        blocks = [blocks[0], blocks[4], blocks[1], blocks[2], blocks[3], blocks[5]]
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
    body = facts26(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    if rng.random() < 0.25:
        fold = c("fold")
        return f'<section class="{c("details")}"><h2><button type="button" aria-expanded="false" aria-controls="{fold}">{head}</button></h2><div id="{fold}" hidden="until-found">{body}</div></section>'
    return f'<section class="{c("details")}"><h2>{head}</h2>{body}</section>'


def _trailer(s: Site, t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>{s.words.heads["trailer"]}</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
