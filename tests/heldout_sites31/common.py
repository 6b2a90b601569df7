# ruff: noqa: E501  (HTML templates read best on one line)
"""What the thirty-first set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide and the sixteenth set's
building blocks, the thirtieth set's page skeleton and markups (each design fills it with its own
words, formats and blocks), and four markups of facts no earlier set uses (checked by grepping
every earlier generator, tests/heldout* and tests/heldout_sites2..30): an Ionic <ion-list> of
<ion-item>s, each an <ion-label> and an <ion-note> in the end slot; a table of <div>s with ARIA
roles whose rows and cells are numbered by aria-rowindex and aria-colindex; a grid of
Shoelace <sl-card>s whose header slot holds the label; and a row of Shoelace pill <sl-tag>s,
each the value, wrapped in an <sl-tooltip> whose content attribute is the label."""

from __future__ import annotations

import random
from collections.abc import Sequence
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
from tests.heldout_sites30.common import facts30

__all__ = [
    "BBFC",
    "MON",
    "MONTHS",
    "MPA",
    "NEW_STYLES",
    "US_TV",
    "Chrome",
    "Classes",
    "Site",
    "Words",
    "ages",
    "facts31",
    "fit_rng",
    "hide",
    "look",
    "no_characters",
    "pick",
    "rated",
    "render_site",
    "translate",
]

NEW_STYLES = ("ion", "aria", "slcard", "tips")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites31:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites31:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def ion(c: Classes, rows: Rows) -> str:
    """An Ionic list as the framework's web components leave it in server-rendered HTML: an
    <ion-list> of <ion-item>s, each an <ion-label> with the label and an <ion-note> in the
    item's end slot with the value."""
    box = c("ionlist")
    rule = f"<style>.{box} ion-item{{display:flex;justify-content:space-between;border-bottom:1px solid #e5e5e5;padding:8px 0}}.{box} ion-label{{font-weight:600}}.{box} ion-note{{color:#555}}</style>"
    body = "".join(
        f'<ion-item class="md item-lines-full hydrated"><ion-label class="sc-ion-label-md-h">{k}</ion-label><ion-note slot="end" class="md hydrated">{v}</ion-note></ion-item>'
        for k, v in _kept(rows)
    )
    return f'{rule}<ion-list lines="full" class="{box} md list-md hydrated">{body}</ion-list>'


def ariatable(c: Classes, rows: Rows, caption: str = "") -> str:
    """A table made of <div>s with ARIA roles, each row numbered by aria-rowindex and its two
    cells by aria-colindex: the label a rowheader, the value a cell."""
    box = c("atable")
    kept = _kept(rows)
    rule = f"<style>.{box}{{display:table;width:100%}}.{box}>div{{display:table-row}}.{box}>div>span{{display:table-cell;padding:4px 8px;border-top:1px solid #ddd}}.{box} [role=rowheader]{{color:#666;width:35%}}</style>"
    body = "".join(
        f'<div role="row" aria-rowindex="{i}"><span role="rowheader" aria-colindex="1">{k}</span><span role="cell" aria-colindex="2">{v}</span></div>'
        for i, (k, v) in enumerate(kept, start=1)
    )
    return f'{rule}<div class="{box}" role="table" aria-label="{caption}" aria-rowcount="{len(kept)}" aria-colcount="2">{body}</div>'


def slcard(c: Classes, rows: Rows) -> str:
    """A grid of Shoelace cards, one per fact: the label in the card's header slot, the value
    its body."""
    box = c("cards")
    rule = f"<style>.{box}{{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:12px}}.{box} [slot=header]{{font-size:12px;text-transform:uppercase;letter-spacing:.05em}}</style>"
    body = "".join(
        f'<sl-card class="card-header"><div slot="header">{k}</div>{v}</sl-card>'
        for k, v in _kept(rows)
    )
    return f'{rule}<div class="{box}">{body}</div>'


def tips(c: Classes, rows: Rows) -> str:
    """A row of Shoelace pill tags, one per fact, each wrapped in an <sl-tooltip> whose content
    attribute is the label (shown on hover or focus); the tag's text is the value."""
    box = c("tags")
    rule = (
        f"<style>.{box}{{display:flex;flex-wrap:wrap;gap:6px}}.{box} sl-tag{{cursor:help}}</style>"
    )
    body = "".join(
        f'<sl-tooltip content="{k}" placement="top"><sl-tag size="small" pill>{v}</sl-tag></sl-tooltip>'
        for k, v in _kept(rows)
    )
    return f'{rule}<div class="{box}" role="list">{body}</div>'


def facts31(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    if style == "ion":
        return ion(c, rows)
    if style == "aria":
        return ariatable(c, rows, caption)
    if style == "slcard":
        return slcard(c, rows)
    if style == "tips":
        return tips(c, rows)
    return facts30(c, style, rows, caption, prefix)


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
    body = facts31(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
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


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MON = tuple(m[:3] for m in MONTHS)
MPA = ages("G", "PG", "PG-13", "R", "NC-17")  # a movie's
US_TV = ages("TV-G", "TV-PG", "TV-14", "TV-MA", None)  # a show's (an NC-17 show carries none)
BBFC = ages("U", "PG", "12A", "15", "18")
