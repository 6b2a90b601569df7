# ruff: noqa: E501  (HTML templates read best on one line)
"""What the eighteenth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), the sixteenth set's building blocks, one page skeleton that each
design fills with its own words, formats and blocks, and five markups of facts no earlier set
uses: ARIA term/definition pairs on plain <div>s, a <fieldset> per fact whose <legend> is the
label, a table that packs two label/value pairs into each row, a definition list that gives a
multi-name value one <dd> per name, and paragraphs whose label is a <dfn> with no colon."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, imdb_link, youtube_embed
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites16.common import (
    Chrome,
    Classes,
    ages,
    cast_block,
    comments,
    episodes_block,
    facts16,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    schema,
    translate,
)

__all__ = ["NEW_STYLES", "Chrome", "Classes", "Site", "Words", "ages", "facts18", "fit_rng",
           "hide", "look", "no_characters", "pick", "rated", "render_site", "translate"]

NEW_STYLES = ("terms", "fieldset", "pairs", "multidd", "dfn")
# a row's value: escaped text, or escaped names that the markup may list one by one
Value = str | Sequence[str]
Row = tuple[str, Value]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites18:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites18:{design}:{getattr(t, 'slug', t)}:{what}")


def _text(v: Value) -> str:
    return v if isinstance(v, str) else ", ".join(v)


def terms(c: Classes, rows: Sequence[Row]) -> str:
    """Plain <div>s that say what they are by ARIA role: a term, then its definition."""
    body = "".join(f'<div class="{c("pair")}"><div role="term">{k}</div><div role="definition">{_text(v)}</div></div>' for k, v in rows if v)
    return f'<div class="{c("terms")}" role="list">{body}</div>'


def fieldsets(c: Classes, rows: Sequence[Row]) -> str:
    """One <fieldset> per fact, its label the <legend> drawn on the frame."""
    return "".join(f'<fieldset class="{c("box")}"><legend>{k}</legend><p>{_text(v)}</p></fieldset>' for k, v in rows if v)


def pairs(c: Classes, rows: Sequence[Row]) -> str:
    """A table of two label/value pairs per row: th, td, th, td."""
    kept = [(k, _text(v)) for k, v in rows if v]
    trs = []
    for i in range(0, len(kept), 2):
        cells = "".join(f"<th>{k}</th><td>{v}</td>" for k, v in kept[i:i + 2])
        trs.append(f"<tr>{cells}</tr>")
    return f'<table class="{c("pairs")}"><tbody>{"".join(trs)}</tbody></table>'


def multidd(c: Classes, rows: Sequence[Row]) -> str:
    """A definition list in which a list of names gets one <dd> per name."""
    body = ""
    for k, v in rows:
        if not v:
            continue
        names = v if isinstance(v, list) else [v]
        body += f"<dt>{k}</dt>" + "".join(f"<dd>{n}</dd>" for n in names)
    return f'<dl class="{c("credits")}">{body}</dl>'


def dfn(c: Classes, rows: Sequence[Row]) -> str:
    """Paragraphs that open with the label as a defining term, no colon after it."""
    return "".join(f'<p class="{c("def")}"><dfn>{k}</dfn> {_text(v)}</p>' for k, v in rows if v)


def facts18(c: Classes, style: str, rows: Sequence[Row], caption: str = "", colon: str = ":") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Sequence[Row]], str]] = {
        "terms": terms, "fieldset": fieldsets, "pairs": pairs, "multidd": multidd, "dfn": dfn}
    if style in new:
        return new[style](c, rows)
    return facts16(c, style, [(k, _text(v)) for k, v in rows], caption, colon)


@dataclass(frozen=True)
class Words:
    """A site's labels (key -> label) and section heads, in its language."""
    labels: dict[str, str]
    heads: dict[str, str]  # about, details, cast, trailer, episodes, reviews, no_reviews, rail, extra


@dataclass(frozen=True)
class Site:
    """One design: its words and formats, the blocks it shows, and what it never shows."""
    name: str
    prefix: str
    chrome: Chrome
    words: Words
    date: Callable[[date, bool], str]  # long form or numeric
    runtime: Callable[[int, bool], str]
    per_episode: str  # a show's runtime suffix
    votes: Callable[[int], str]  # '(1 234 votes)'
    money: Callable[[Money], str]
    views: Callable[[int], str]  # a view counter: a trap next to the votes
    episode: Callable[[Episode, bool], str]
    extra: Callable[[Title, Classes, random.Random], str]  # plans, sessions: prices as traps
    styles: tuple[str, ...]
    hidden: frozenset[str]  # record keys the design never shows
    ld_keys: tuple[str, ...] = ()  # what its JSON-LD carries, when a page has one
    ld_share: float = 0.0
    meta_sep: str = " · "
    later: str = ""  # a local premiere after the release: a trap
    traps: tuple[str, ...] = ("music", "producer", "camera")
    imdb_text: str = "IMDb"
    extra_rows: Callable[[Title, random.Random], Sequence[Row]] = field(default=lambda t, rng: [])
    cta: str = ""  # the hero's button: watch, book tickets
    art: str = "backdrop"  # the hero's picture: a streaming 'backdrop' or a cinema's 'poster'
    crumbs: str = ""  # a breadcrumb trail's first step, on the sites that have one


# record keys -> the Title fields that carry them, emptied when a design never shows the key
_FIELDS: dict[str, dict[str, object]] = {
    "tagline": {"tagline": None}, "audience_summary": {"audience": None},
    "release_date": {"released": None}, "runtime_minutes": {"runtime": None},
    "content_rating": {"rating": None}, "user_rating_count": {"votes": None},
    "genres": {"genres": ()}, "countries": {"countries": ()},
    "studios": {"studios": (), "studios_shown": 0}, "studios_total": {},
    "budget": {"budget": None}, "box_office": {"box_office": None}, "imdb_id": {"imdb": None},
    "trailer_url": {"trailer": None}, "streaming": {"streaming": None}}


def hide(t: Title, hidden: frozenset[str]) -> Title:
    """The title as the design shows it: what it never shows is empty, studios all shown."""
    changes: dict[str, object] = {"studios_shown": len(t.studios)}
    for key in hidden:
        changes.update(_FIELDS[key])
    return replace(t, **changes)  # type: ignore[arg-type]


def render_site(s: Site, t: Title, ctx: Context) -> str:
    rng = look(s.name, t)
    c = Classes(s.prefix, rng)
    long = rng.random() < 0.5
    ld = schema(t, s.ld_keys) if s.ld_keys and rng.random() < s.ld_share else ""
    facts = _facts(s, t, c, rng, long)
    blocks = [facts, cast_block(t, c, s.words.heads["cast"], f"/{s.prefix}/person/"),
              _trailer(s, t, c), episodes_block(ctx, c, s.words.heads["episodes"], lambda e: s.episode(e, long)),
              s.extra(t, c, rng), comments(ctx, c, s.words.heads["reviews"], s.words.heads["no_reviews"])]
    order = pick(rng, ("facts-first", "cast-first", "extra-first"))
    if order == "cast-first":
        blocks[0], blocks[1] = blocks[1], blocks[0]
    elif order == "extra-first":
        blocks.insert(0, blocks.pop(4))
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
    out += f'<h1 class="{c("title")}">{esc(t.title)}</h1>'
    if rng.random() < 0.5:
        meta = [str(t.year or ""), t.rating or "", s.runtime(t.runtime, long) if t.runtime else "", ", ".join(t.genres)]
        out += f'<p class="{c("meta")}">{esc(s.meta_sep.join(x for x in meta if x))}</p>'
    if t.votes:
        out += f'<div class="{c("score")}"><b>{6 + len(t.slug) % 4}.{len(t.title) % 10}</b> <span>{esc(s.votes(t.votes))}</span></div>'
    out += f'<p class="{c("views")}">{esc(s.views(rng.randint(100, 900000)))}</p>'
    if t.synopsis:
        out += f'<div class="{c("about")}"><h2>{s.words.heads["about"]}</h2><p>{esc(t.synopsis)}</p></div>'
    if s.cta:
        out += f'<a class="{c("cta")}" href="/{s.prefix}/watch/{t.slug}" role="button">{s.cta}</a>'
    return out + "</section>"


def _art(s: Site, t: Title, c: Classes) -> str:
    """A cinema's poster beside the heading, or a streaming service's wide backdrop behind it."""
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
    body = facts18(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], s.words.heads["details"])
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    return f'<section class="{c("details")}"><h2>{s.words.heads["details"]}</h2>{body}</section>'


def _trailer(s: Site, t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>{s.words.heads["trailer"]}</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
