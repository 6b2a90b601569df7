# ruff: noqa: E501  (HTML templates read best on one line)
"""What the twenty-eighth set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the twenty-sixth set's page skeleton, with a hero of its own (each design
fills it with its own words, formats and blocks), and six markups of facts no earlier set uses
(checked by grepping every earlier generator, tests/heldout* and tests/heldout_sites2..26):
fact cards whose value comes first in the markup and whose label the stylesheet's
flex-direction:column-reverse draws above it; a <menu> of facts, each <li> a label <span> then
the value's <span>; one running paragraph of facts, each label plain text and its value in a
<mark>; rows whose label <span> the stylesheet floats left (float:left) beside the value; a
grid whose rows are display:contents wrappers, so label and value are the grid's cells; and
icon rows whose label is only the accessible name (alt) of an <img> inside a <picture>."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import timedelta

from tests.heldout_sites2.kit import esc, imdb_link
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
from tests.heldout_sites26.common import _art, _rail_line, _trailer, facts26

__all__ = [
    "MONTHS",
    "NEW_STYLES",
    "Chrome",
    "Classes",
    "Site",
    "Words",
    "ages",
    "facts28",
    "fit_rng",
    "hide",
    "hours",
    "look",
    "no_characters",
    "pick",
    "rated",
    "render_site",
    "translate",
]

NEW_STYLES = ("reverse", "menu", "mark", "floats", "contents", "icons")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites28:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites28:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def reverse(c: Classes, rows: Rows) -> str:
    """Fact cards, the value first in the markup, the label drawn above it by column-reverse."""
    box = c("cards")
    rule = f"<style>.{box}{{display:flex;flex-wrap:wrap;gap:16px}}.{box}>div{{display:flex;flex-direction:column-reverse}}.{box} span{{font-size:11px;text-transform:uppercase;color:#999}}</style>"
    body = "".join(f"<div><strong>{v}</strong><span>{k}</span></div>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def menu(c: Classes, rows: Rows) -> str:
    """A <menu> of facts: each item a label <span>, then the value's <span>."""
    box = c("menu")
    rule = f"<style>.{box}{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 20px}}.{box} li>span:first-child{{color:#8a8a8a;margin-right:6px}}</style>"
    body = "".join(f"<li><span>{k}</span><span>{v}</span></li>" for k, v in _kept(rows))
    return f'{rule}<menu class="{box}">{body}</menu>'


def mark(c: Classes, rows: Rows) -> str:
    """One running paragraph: each label plain text, its value highlighted in a <mark>."""
    box = c("run")
    rule = (
        f"<style>.{box} mark{{background:none;color:inherit;font-weight:700;margin:0 4px}}</style>"
    )
    body = " · ".join(f"{k} <mark>{v}</mark>" for k, v in _kept(rows))
    return f'{rule}<p class="{box}">{body}</p>'


def floats(c: Classes, rows: Rows) -> str:
    """Rows whose label <span> the stylesheet floats left beside the value."""
    box = c("rows")
    rule = f"<style>.{box} p{{overflow:hidden;margin:0 0 6px}}.{box} p>span{{float:left;width:42%;color:#666}}</style>"
    body = "".join(f"<p><span>{k}</span>{v}</p>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def contents(c: Classes, rows: Rows) -> str:
    """A two-column grid whose row wrappers are display:contents: label and value its cells."""
    box = c("grid")
    rule = f"<style>.{box}{{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}}.{box}>div{{display:contents}}.{box}>div>span:first-child{{font-weight:600}}</style>"
    body = "".join(f"<div><span>{k}</span><span>{v}</span></div>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def icons(c: Classes, rows: Rows, prefix: str = "x") -> str:
    """Icon rows: each label only the alt text of an <img> in a <picture>."""
    box = c("icons")
    rule = f"<style>.{box}{{list-style:none;padding:0}}.{box} li{{display:flex;align-items:center;gap:8px}}</style>"
    body = ""
    for k, v in _kept(rows):
        slug = "-".join(k.lower().replace("&amp;", "and").split())
        body += f'<li><picture><source type="image/webp" srcset="/{prefix}/icons/{slug}.webp"><img src="/{prefix}/icons/{slug}.png" alt="{k}" width="18" height="18"></picture><span>{v}</span></li>'
    return f'{rule}<ul class="{box}">{body}</ul>'


def facts28(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Rows], str]] = {
        "reverse": reverse,
        "menu": menu,
        "mark": mark,
        "floats": floats,
        "contents": contents,
        "icons": lambda cc, rr: icons(cc, rr, prefix),
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
    order = pick(rng, ("facts-first", "trailer-first", "extra-after-facts"))
    if order == "trailer-first":
        blocks.insert(0, blocks.pop(2))
    elif order == "extra-after-facts":
        blocks = [blocks[0], blocks[4], blocks[1], blocks[2], blocks[3], blocks[5]]
    main = _head(s, t, c, rng, long) + "".join(blocks)
    main += rail(ctx, c, s.words.heads["rail"], lambda o: _rail_line(s, o, long))
    return page(t, ctx, c, s.chrome, ld, main)


def _head(s: Site, t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    """The hero: picture, heading, an unlabelled meta line in one of three forms (a dotted
    line, chips, or the certificate as a badge before the year and length), the score in one
    of two forms beside the design's counter, the synopsis and the call to action."""
    out = f'<section class="{c("hero")}">' + _art(s, t, c)
    if s.crumbs:
        steps = [s.crumbs, t.genres[0] if t.genres else "", t.title]
        out += f'<nav class="{c("crumbs")}" aria-label="breadcrumb"><ol>{"".join(f"<li>{esc(x)}</li>" for x in steps if x)}</ol></nav>'
    heading = f'<h1 class="{c("title")}">{esc(t.title)}</h1>'
    parts = [
        str(t.year or ""),
        t.rating or "",
        s.runtime(t.runtime, long) if t.runtime else "",
        ", ".join(t.genres),
    ]
    form = pick(rng, ("none", "line", "chips", "badge"))
    meta = ""
    if form == "line":
        meta = f'<p class="{c("meta")}">{esc(s.meta_sep.join(x for x in parts if x))}</p>'
    elif form == "chips":
        meta = f'<ul class="{c("chips")}">{"".join(f"<li>{esc(x)}</li>" for x in parts if x)}</ul>'
    elif form == "badge":
        badge = (
            f'<span class="{c("cert")}" title="{esc(s.words.labels["rating"])}: {esc(t.rating)}">{esc(t.rating)}</span> '
            if t.rating
            else ""
        )
        rest = s.meta_sep.join(x for x in (str(t.year or ""), parts[2]) if x)
        meta = f'<p class="{c("meta")}">{badge}{esc(rest)}</p>'
    out += (
        f'<header class="{c("titlebar")}">{heading}{meta}</header>'
        if rng.random() < 0.5
        else heading + meta
    )
    if t.votes:
        score = f"{6 + len(t.slug) % 4}.{len(t.title) % 10}"
        if rng.random() < 0.5:
            out += f'<div class="{c("score")}"><b>{score}</b> <span>{esc(s.votes(t.votes))}</span></div>'
        else:
            stars = "★" * (int(score[0]) // 2) + "☆" * (5 - int(score[0]) // 2)
            out += f'<div class="{c("score")}"><span role="img" aria-label="{score} out of 10">{stars}</span> <small>{esc(s.votes(t.votes))}</small></div>'
    out += f'<p class="{c("views")}">{esc(s.views(rng.randint(100, 900000)))}</p>'
    if t.synopsis:
        out += f'<div class="{c("about")}"><h2>{s.words.heads["about"]}</h2><p>{esc(t.synopsis)}</p></div>'
    if s.cta:
        out += f'<a class="{c("cta")}" href="/{s.prefix}/watch/{t.slug}" role="button">{s.cta}</a>'
    return out + "</section>"


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
    body = facts28(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    if rng.random() < 0.25:
        fold = c("fold")
        return f'<section class="{c("details")}"><h2><button type="button" aria-expanded="false" aria-controls="{fold}">{head}</button></h2><div id="{fold}" hidden="until-found">{body}</div></section>'
    return f'<section class="{c("details")}"><h2>{head}</h2>{body}</section>'


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


def hours(n: int, hour: str, hours_: str, minute: str, sep: str = " ") -> str:
    """'1h 51m' style: `hour`/`hours_` after the hours, `minute` after the minutes; the hours
    alone when the minutes are nought, the minutes alone under an hour."""
    big, small = divmod(n, 60)
    if not big:
        return f"{small}{minute}"
    out = f"{big}{hour if big == 1 else hours_}"
    return out + (f"{sep}{small}{minute}" if small else "")
