# ruff: noqa: E501  (HTML templates read best on one line)
"""What the thirtieth set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide and the sixteenth set's
building blocks, the twenty-sixth set's page skeleton and markups (each design fills it with its
own words, formats and blocks), and five markups of facts no earlier set uses (checked by grepping
every earlier generator, tests/heldout* and tests/heldout_sites2..26): a <menu> of 'label value'
items; 'label value' lines whose label is a highlighted <mark> pill; tiles whose label runs
sideways up the tile (writing-mode:vertical-rl) beside the value; an accordion left open, each
label a heading's button whose aria-details names the panel holding the value; and a two-column
grid whose row wrappers are display:contents, so label and value are its cells."""

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
from tests.heldout_sites26.common import facts26

__all__ = [
    "NEW_STYLES",
    "Chrome",
    "Classes",
    "Site",
    "Words",
    "ages",
    "facts30",
    "fit_rng",
    "hide",
    "look",
    "no_characters",
    "pick",
    "rated",
    "render_site",
    "translate",
]

NEW_STYLES = ("menu", "marks", "vertical", "accordion", "contents")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites30:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites30:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def menu(c: Classes, rows: Rows) -> str:
    """A <menu> of facts (the toolbar list element), each item a small grey label <span> and
    its value after it on the same line."""
    box = c("menu")
    rule = f"<style>.{box}{{list-style:none;padding:0;margin:0}}.{box} li span{{color:#8a8a8a;margin-right:8px}}</style>"
    body = "".join(f"<li><span>{k}</span> {v}</li>" for k, v in _kept(rows))
    return f'{rule}<menu class="{box}">{body}</menu>'


def marks(c: Classes, rows: Rows) -> str:
    """'Label value' lines whose label is a highlighted <mark> pill."""
    box = c("pills")
    rule = f"<style>.{box} mark{{background:#222;color:#fff;border-radius:9px;padding:1px 8px;margin-right:6px;font-size:11px}}.{box} p{{margin:4px 0}}</style>"
    body = "".join(f"<p><mark>{k}</mark> {v}</p>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def vertical(c: Classes, rows: Rows) -> str:
    """A row of tiles, each label set sideways up the tile's left edge (writing-mode) beside its
    value."""
    box = c("spine")
    rule = f"<style>.{box}{{display:flex;flex-wrap:wrap;gap:10px}}.{box}>div{{display:flex;align-items:center;border:1px solid #ddd;padding:6px}}.{box} span{{writing-mode:vertical-rl;transform:rotate(180deg);font-size:10px;text-transform:uppercase;margin-right:6px}}</style>"
    body = "".join(f"<div><span>{k}</span><b>{v}</b></div>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def accordion(c: Classes, rows: Rows) -> str:
    """An accordion left open: each label a heading's button (aria-expanded="true") whose
    aria-details names the panel under it, which holds the value."""
    box = c("acc")
    rule = f'<style>.{box} h3{{margin:0}}.{box} button{{all:unset;font-weight:600;cursor:pointer}}.{box} button::after{{content:" \\25B4"}}.{box} div{{padding:0 0 8px 12px}}</style>'
    body = "".join(
        f'<h3><button type="button" aria-expanded="true" aria-details="{box}-{i}">{k}</button></h3><div id="{box}-{i}">{v}</div>'
        for i, (k, v) in enumerate(_kept(rows), start=1)
    )
    return f'{rule}<div class="{box}">{body}</div>'


def contents(c: Classes, rows: Rows) -> str:
    """A two-column grid whose rows are wrappers with display:contents, so each row's label and
    value become the grid's cells side by side."""
    box = c("grid")
    rule = f"<style>.{box}{{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}}.{box}>div{{display:contents}}.{box}>div>span:first-child{{color:#777}}</style>"
    body = "".join(f"<div><span>{k}</span><span>{v}</span></div>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def facts30(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Rows], str]] = {
        "menu": menu,
        "marks": marks,
        "vertical": vertical,
        "accordion": accordion,
        "contents": contents,
    }
    if style in new:
        return new[style](c, rows)
    return facts26(c, style, rows, caption, prefix)


def render_site(s: Site, t: Title, ctx: Context) -> str:
    rng = look(s.name, t)
    c = Classes(s.prefix, rng)
    long = rng.random() < 0.5
    ld = schema(t, s.ld_keys) if s.ld_keys and rng.random() < s.ld_share else ""
    facts = _facts(s, t, c, rng, long)
    blocks = [
        facts,
        cast_block(t, c, s.words.heads["cast"], f"/{s.prefix}/person/"),
        _trailer(s, t, c),
        episodes_block(ctx, c, s.words.heads["episodes"], lambda e: s.episode(e, long)),
        s.extra(t, c, rng),
        comments(ctx, c, s.words.heads["reviews"], s.words.heads["no_reviews"]),
    ]
    order = pick(rng, ("facts-first", "cast-first", "facts-last"))
    if order == "cast-first":
        blocks.insert(0, blocks.pop(1))
    elif order == "facts-last":
        blocks = [blocks[1], blocks[2], blocks[3], blocks[4], blocks[0], blocks[5]]
    main = _head(s, t, c, rng, long) + "".join(blocks)
    main += rail(ctx, c, s.words.heads["rail"], lambda o: _rail_line(s, o, long))
    return page(t, ctx, c, s.chrome, ld, main)


def _rail_line(s: Site, o: Title, long: bool) -> str:
    return s.meta_sep.join(
        x for x in (str(o.year), o.rating or "", s.runtime(o.runtime or 97, long)) if x
    )


def _head(s: Site, t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    out = f'<section class="{c("hero")}">' + _art(s, t, c)
    if s.crumbs:
        steps = [s.crumbs, t.genres[0] if t.genres else "", t.title]
        out += f'<nav class="{c("crumbs")}" aria-label="breadcrumb"><ol>{"".join(f"<li>{esc(x)}</li>" for x in steps if x)}</ol></nav>'
    heading = f'<h1 class="{c("title")}">{esc(t.title)}</h1>'
    meta = ""
    if rng.random() < 0.5:
        parts = [
            str(t.year or ""),
            t.rating or "",
            s.runtime(t.runtime, long) if t.runtime else "",
            ", ".join(t.genres),
        ]
        meta = f'<p class="{c("meta")}">{esc(s.meta_sep.join(x for x in parts if x))}</p>'
    out += (
        f'<header class="{c("titlebar")}">{heading}{meta}</header>'
        if rng.random() < 0.5
        else heading + meta
    )
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
    length = (
        s.runtime(t.runtime, long) + (s.per_episode if t.kind == "show" else "")
        if t.runtime
        else ""
    )
    rows: list[Row] = [(L["director"], _names(t.directors)), (L["writer"], _names(t.writers))]
    rows += [(L[k], crew[k]) for k in s.traps]
    rows += [
        (L["genre"], _names(t.genres)),
        (L["country"], _names(t.countries)),
        (L["year"], str(t.year or "")),
        (L["runtime"], length),
        (L["rating"], esc(t.rating or "")),
        (L["seasons"], str(t.seasons or "")),
    ]
    if t.released:
        rows.append((L["released"], s.date(t.released, long)))
        if s.later and rng.random() < 0.5:
            rows.append((s.later, s.date(t.released + timedelta(days=rng.randint(7, 400)), long)))
    rows += [
        (L["studio"], _names(t.studios)),
        (L["budget"], s.money(t.budget) if t.budget else ""),
        (L["box_office"], s.money(t.box_office) if t.box_office else ""),
    ]
    rows += s.extra_rows(t, rng)
    head = s.words.heads["details"]
    body = facts30(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    if rng.random() < 0.25:
        fold = c("fold")
        return f'<section class="{c("details")}"><h2><button type="button" aria-expanded="false" aria-controls="{fold}">{head}</button></h2><div id="{fold}" hidden="until-found">{body}</div></section>'
    return f'<section class="{c("details")}"><h2>{head}</h2>{body}</section>'


def _trailer(s: Site, t: Title, c: Classes) -> str:
    return (
        f'<section class="{c("trailer")}"><h2>{s.words.heads["trailer"]}</h2>{youtube_embed(t.trailer)}</section>'
        if t.trailer
        else ""
    )
