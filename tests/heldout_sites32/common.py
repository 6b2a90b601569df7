# ruff: noqa: E501  (HTML templates read best on one line)
"""What the thirty-second set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide, the sixteenth set's
building blocks and the thirtieth set's page skeleton (each design fills it with its own words,
formats and blocks), and four markups of facts no earlier set uses (checked by grepping every
earlier generator, tests/heldout* and tests/heldout_sites2..30): a wiki's portable infobox whose
items carry data-source; a description list grouped pair by pair in <div>s; chips that are small
inline grids, label over value; and 'label: value' lines whose label is a dotted-underlined <dfn>
with a tooltip."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable, Sequence
from datetime import date as date_
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
    "MONTHS",
    "NEW_STYLES",
    "Chrome",
    "Classes",
    "Site",
    "Words",
    "ages",
    "facts32",
    "fit_rng",
    "hide",
    "look",
    "month",
    "no_characters",
    "pick",
    "plain_rows",
    "rated",
    "render_site",
    "translate",
]

NEW_STYLES = ("portable", "groups", "chips", "tooltips")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites32:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites32:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def portable(c: Classes, rows: Rows) -> str:
    """A wiki's portable infobox: an <aside> whose items each carry data-source (the template
    field's name), a small <h3> label and the value in a <div> under it."""
    box = c("pi")
    rule = f"<style>.{box}{{float:right;width:270px;background:#f6f6f6;border:1px solid #ccc;padding:8px}}.{box} h3{{font-size:12px;margin:6px 0 0;color:#555}}.{box} .{box}-v{{font-size:14px}}</style>"
    body = "".join(
        f'<div data-source="{_source(k)}"><h3>{k}</h3><div class="{box}-v">{v}</div></div>'
        for k, v in _kept(rows)
    )
    return f'{rule}<aside class="{box}">{body}</aside>'


def groups(c: Classes, rows: Rows) -> str:
    """A description list whose term and details are wrapped, pair by pair, in a <div> (the
    grouping the HTML standard allows), each group a bordered row."""
    box = c("dlg")
    rule = f"<style>.{box}>div{{display:flex;gap:12px;border-bottom:1px solid #e5e5e5;padding:4px 0}}.{box} dt{{min-width:140px;font-weight:600}}.{box} dd{{margin:0}}</style>"
    body = "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in _kept(rows))
    return f'{rule}<dl class="{box}">{body}</dl>'


def chips(c: Classes, rows: Rows) -> str:
    """Chips laid out as small inline grids: the label in small capitals on the chip's first
    line, its value on the second."""
    box = c("chips")
    rule = f"<style>.{box}>span{{display:inline-grid;grid-template-rows:auto auto;border:1px solid #bbb;border-radius:14px;padding:3px 12px;margin:0 6px 6px 0}}.{box} em{{font-style:normal;font-variant:small-caps;font-size:11px;color:#666}}</style>"
    body = "".join(f"<span><em>{k}</em><strong>{v}</strong></span>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def tooltips(c: Classes, rows: Rows) -> str:
    """'Label: value' lines whose label is underlined with dots and explains itself in a
    tooltip (its title attribute) on hover."""
    box = c("tips")
    rule = f"<style>.{box} p{{margin:3px 0}}.{box} dfn{{font-style:normal;text-decoration:underline dotted;cursor:help}}</style>"
    body = "".join(f'<p><dfn title="{_tip(k)}">{k}</dfn>: {v}</p>' for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def _source(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", html.unescape(label).lower()).strip("_") or "field"


TIPS = {
    "runtime": "Length of the feature as released, credits included",
    "duration": "Length of the feature as released, credits included",
    "running time": "Length of the feature as released, credits included",
    "certificate": "The classification board's age guidance",
    "rated": "The classification board's age guidance",
    "ontario rating": "Ontario's film classification for this title",
    "release date": "When the film first opened to the public",
    "theatrical release": "When the film first opened in cinemas",
    "released": "When the film first opened to the public",
    "start date": "When the first episode or the film was first released",
    "budget": "Estimated production budget",
    "box office": "Worldwide gross, as reported",
}


def _tip(label: str) -> str:
    """The tooltip a label shows on hover: what it means, or where it leads."""
    key = html.unescape(label).lower()
    return TIPS.get(key, f"Browse more titles by {key}")


def facts32(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Rows], str]] = {
        "portable": portable,
        "groups": groups,
        "chips": chips,
        "tooltips": tooltips,
    }
    if style in new:
        return new[style](c, rows)
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
    body = facts32(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
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


def month(d: date_, short: bool = False) -> str:
    """The English month's name, or its first three letters."""
    name = MONTHS[d.month - 1]
    return name[:3] if short else name


def plain_rows(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rows the record has no key for (already escaped)."""
    return [(k, esc(v)) for k, v in pairs]
