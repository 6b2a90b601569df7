# ruff: noqa: E501  (HTML templates read best on one line)
"""What the thirty-third set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide, the sixteenth set's
building blocks and the thirtieth/thirty-second sets' page skeleton (each design fills it with
its own words, formats and blocks), and two markups of facts no earlier set uses (checked by
grepping every earlier generator, tests/heldout* and tests/heldout_sites2..32): a design
system's server-rendered web components, one <reel-fact> per fact with its label and value in
slot="term" / slot="detail" children; and an exclusive accordion of <details name="...">, one
per fact, its label the <summary>, its value the panel. Every other markup a design uses comes
from the earlier sets (facts32 and what it falls back to)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date as date_
from datetime import timedelta

from tests.heldout_sites2.kit import esc, grouped, imdb_link, youtube_embed
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites13.common import WhereWords, where
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
from tests.heldout_sites32.common import facts32

__all__ = [
    "MONTHS",
    "NEW_STYLES",
    "Chrome",
    "Classes",
    "Site",
    "Words",
    "ages",
    "audience_block",
    "facts33",
    "fit_rng",
    "hide",
    "hm",
    "hr_min",
    "look",
    "money_code",
    "money_grouped",
    "money_words",
    "month",
    "newsletter",
    "no_characters",
    "pick",
    "plain_rows",
    "plans",
    "rated",
    "render_site",
    "short_date",
    "tagline_block",
    "translate",
    "us_date",
    "votes",
    "where_block",
]

NEW_STYLES = ("slotted", "exclusive")
LEADS = frozenset({"rgstream"})  # designs whose own module leads the page, under the hero
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites33:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites33:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def slotted(c: Classes, rows: Rows) -> str:
    """A design system's web components rendered on the server: one <reel-fact> custom element
    per fact, its label in a light-DOM child with slot="term" and its value in one with
    slot="detail" (the element's template lays them out, label above value)."""
    box = c("facts")
    rule = f"<style>reel-fact{{display:block;padding:6px 0;border-top:1px solid #e3e3e3}}reel-fact [slot=term]{{display:block;font-size:12px;color:#5b5b5b}}reel-fact [slot=detail]{{display:block;font-weight:600}}.{box}{{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:0 16px}}</style>"
    body = "".join(
        f'<reel-fact><span slot="term">{k}</span><span slot="detail">{v}</span></reel-fact>'
        for k, v in _kept(rows)
    )
    return f'{rule}<reel-fact-list class="{box}">{body}</reel-fact-list>'


def exclusive(c: Classes, rows: Rows) -> str:
    """An exclusive accordion: one <details name="..."> per fact (opening one closes the
    others), its label the <summary>, its value the panel; the first one open."""
    box, group = c("acc"), c("grp")
    rule = f"<style>.{box} details{{border-bottom:1px solid #ddd;padding:8px 0}}.{box} summary{{cursor:pointer;font-weight:600}}.{box} details>div{{padding:4px 0 0 14px}}</style>"
    body = "".join(
        f'<details name="{group}"{" open" if i == 0 else ""}><summary>{k}</summary><div>{v}</div></details>'
        for i, (k, v) in enumerate(_kept(rows))
    )
    return f'{rule}<div class="{box}">{body}</div>'


ICONS = ("🎬", "✍", "🎵", "🎞", "📷", "🏷", "🌍", "📅", "⏱", "🔞", "📺", "🗓", "🏢", "💰", "🎟")


def iconic(c: Classes, rows: Rows) -> str:
    """A list whose labels are icons only, each a role="img" with the label as its accessible
    name (aria-label) and a tooltip (title), the value beside it."""
    box = c("icons")
    rule = f"<style>.{box}{{list-style:none;padding:0}}.{box} li{{display:flex;gap:8px;padding:3px 0}}.{box} [role=img]{{width:20px;text-align:center}}</style>"
    body = "".join(
        f'<li><span role="img" aria-label="{k}" title="{k}">{ICONS[i % len(ICONS)]}</span> <span>{v}</span></li>'
        for i, (k, v) in enumerate(_kept(rows))
    )
    return f'{rule}<ul class="{box}">{body}</ul>'


def facts33(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Rows], str]] = {
        "slotted": slotted,
        "exclusive": exclusive,
        "iconic": iconic,
    }
    if style in new:
        return new[style](c, rows)
    return facts32(c, style, rows, caption, prefix)


def render_site(s: Site, t: Title, ctx: Context) -> str:
    rng = look(s.name, t)
    c = Classes(s.prefix, rng)
    long = rng.random() < 0.5
    ld = schema(t, s.ld_keys) if s.ld_keys and rng.random() < s.ld_share else ""
    facts = _facts(s, t, c, rng, long)
    extra = s.extra(t, c, rng)
    blocks = [
        facts,
        cast_block(t, c, s.words.heads["cast"], f"/{s.prefix}/person/"),
        _trailer(s, t, c),
        episodes_block(ctx, c, s.words.heads["episodes"], lambda e: s.episode(e, long)),
        extra,
        comments(ctx, c, s.words.heads["reviews"], s.words.heads["no_reviews"]),
    ]
    order = pick(rng, ("facts-first", "cast-first", "facts-last"))
    if order == "cast-first":
        blocks.insert(0, blocks.pop(1))
    elif order == "facts-last":
        blocks = [blocks[1], blocks[2], blocks[3], blocks[4], blocks[0], blocks[5]]
    if s.name in LEADS:  # the design's own module (where to watch) right under the hero
        blocks.remove(extra)
        blocks.insert(0, extra)
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
    body = facts33(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
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


SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}


def money_grouped(m: Money) -> str:
    """'$3,600,000', '€7,200,000' or 'JPY 900,000,000'."""
    sign = SIGNS.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def money_words(m: Money) -> str:
    """'$3.6 million' where the amount reads exactly in millions, else grouped."""
    sign = SIGNS.get(m.currency)
    if sign and m.amount % 100000 == 0 and m.amount >= 1000000:
        whole, tenth = divmod(m.amount // 100000, 10)
        return f"{sign}{whole}" + (f".{tenth}" if tenth else "") + " million"
    return money_grouped(m)


def money_code(m: Money) -> str:
    """'USD 3,600,000'."""
    return f"{m.currency} {grouped(m.amount)}"


def us_date(d: date_, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def short_date(d: date_, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def hm(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def hr_min(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 minutes'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minutes"
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    """'(1,234 ratings)' or '(1 rating)'."""
    return f"({grouped(n)} rating{'' if n == 1 else 's'})"


def where_block(t: Title, c: Classes, head: str) -> str:
    """ReelGuide's where-to-watch module in the wording its product team would pick."""
    return where(
        t,
        c,
        WhereWords(
            head,
            "Not streaming anywhere yet.",
            lambda n: f"Streaming on {n} service{'' if n == 1 else 's'}",
            lambda n: f"Streaming on 0 of {n} services",
            lambda s: f"Last verified {short_date(s.verified_on, True)}",
        ),
    )


def tagline_block(t: Title, c: Classes) -> str:
    return (
        f'<blockquote class="{c("tagline")}"><p>“{esc(t.tagline)}”</p></blockquote>'
        if t.tagline
        else ""
    )


def audience_block(t: Title, c: Classes, head: str) -> str:
    return (
        f'<section class="{c("audience")}"><h2>{head}</h2><p>{esc(t.audience)}</p></section>'
        if t.audience
        else ""
    )


def newsletter(c: Classes, rng: random.Random) -> str:
    """A newsletter sign-up dialog: its issue count, readers and date are traps."""
    readers = grouped(rng.randint(20000, 900000))
    day = pick(rng, ("Friday", "Thursday", "Sunday"))
    return f'<dialog class="{c("news")}" aria-labelledby="{c("newshead")}"><h2 id="{c("newshead")}">The ReelGuide Weekly</h2><p>3 picks every {day}, read by {readers} subscribers. Free, unsubscribe any time.</p><form><label>Email <input type="email" name="email"></label><button>Sign up</button></form></dialog>'


def plans(c: Classes, rng: random.Random) -> str:
    """ReelGuide+ prices: traps next to the money and the streaming block."""
    monthly = pick(rng, ("4.99", "5.99", "6.99"))
    return f'<aside class="{c("plus")}"><h2>ReelGuide+</h2><ul><li>Monthly ${monthly}</li><li>Annual $49.99</li></ul><p>Ad-free, with watchlist alerts on 120+ services.</p></aside>'
