# ruff: noqa: E501  (HTML templates read best on one line)
"""What the forty-third set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide, the sixteenth set's
building blocks, the forty-first set's page skeleton and furniture (copied here, each design
fills it with its own words, formats and blocks; facts41 for the older markups), English date
and length formats, and three markups of facts no earlier set uses (checked by grepping every
earlier generator, tests/heldout* and tests/heldout_sites2..42; the forty-fourth set, written at
the same time by another writer, was not there to grep): a grid of <div role="article"> cells,
each named by its own <h3> label; stat tiles, each a <div role="figure"> with the value on top
and its caption (the label) under it; and a legacy <center> block of plain 'Label: value' lines
broken by <br>."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from datetime import date as date_
from datetime import timedelta

from tests.heldout_sites2.kit import esc, grouped, imdb_link, youtube_embed
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
from tests.heldout_sites41.common import facts41

__all__ = [
    "MONTHS",
    "NEW_STYLES",
    "Chrome",
    "Classes",
    "Site",
    "Words",
    "ages",
    "facts43",
    "fit_rng",
    "hide",
    "hm",
    "look",
    "month",
    "no_characters",
    "pick",
    "plain_rows",
    "rated",
    "render_site",
    "stamp",
    "translate",
    "uk_date",
    "us_date",
    "votes_in",
]

NEW_STYLES = ("articles", "figures", "center")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites43:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites43:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def _slug(label: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in label.lower()).strip("-")


def articles(c: Classes, rows: Rows) -> str:
    """A grid of ARIA article cells: each fact a <div role="article"> named by its own label
    (aria-labelledby the small heading inside it), the value the paragraph under it."""
    box = c("cells")
    rule = f"<style>.{box}{{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.5rem 1.25rem}}.{box} [role=article] h3{{margin:0;font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:#777}}.{box} [role=article] p{{margin:.15rem 0 0}}</style>"
    body = "".join(
        f'<div role="article" aria-labelledby="{c.prefix}-a-{_slug(k)}"><h3 id="{c.prefix}-a-{_slug(k)}">{k}</h3><p>{v}</p></div>'
        for k, v in _kept(rows)
    )
    return f'{rule}<div class="{box}">{body}</div>'


def figures(c: Classes, rows: Rows) -> str:
    """Stat tiles: each fact a <div role="figure">, the value large on top and its caption (the
    label) under it, the caption naming the tile (aria-labelledby)."""
    box = c("stats")
    rule = f"<style>.{box}{{display:flex;flex-wrap:wrap;gap:1rem}}.{box} [role=figure]{{display:flex;flex-direction:column-reverse;min-width:9rem}}.{box} .num{{font-size:1.25rem;font-weight:700}}.{box} .cap{{font-size:.8rem;color:#888}}</style>"
    body = "".join(
        f'<div role="figure" aria-labelledby="{c.prefix}-f-{_slug(k)}"><span class="num">{v}</span><span id="{c.prefix}-f-{_slug(k)}" class="cap">{k}</span></div>'
        for k, v in _kept(rows)
    )
    return f'{rule}<div class="{box}">{body}</div>'


def center(c: Classes, rows: Rows) -> str:
    """A legacy centred block: plain 'Label: value' lines broken by <br>, inside <center>."""
    box = c("legacy")
    body = "<br>\n".join(f"{k}: {v}" for k, v in _kept(rows))
    return f'<center class="{box}">{body}<br>\n</center>'


def facts43(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    if style == "articles":
        return articles(c, rows)
    if style == "figures":
        return figures(c, rows)
    if style == "center":
        return center(c, rows)
    return facts41(c, style, rows, caption, prefix)


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
    head, body = _furniture(s, random.Random(f"sites43:{s.name}:furniture"))
    out = page(t, ctx, c, s.chrome, ld, main)
    return out.replace("</head>", head + "</head>", 1).replace("</body>", body + "</body>", 1)


def stamp(out: str, head: str, body: str) -> str:
    """A deploy's own head tags (app name, theme colour, preconnects) and its <body> hooks."""
    out = out.replace("</head>", head + "</head>", 1)
    return out.replace("<body>", f"<body {body}>", 1)


_TOKENS = ("primary", "secondary", "accent", "surface", "muted", "danger", "success", "focus")
_PARTS = ("btn", "card", "chip", "tab", "menu", "modal", "toast", "badge", "tile", "drawer")
_STATES = ("", ":hover", ":focus-visible", "[aria-selected=true]", "[disabled]", ".is-active")
_ICONS = ("play", "ticket", "calendar", "clock", "star", "share", "plus", "search", "user", "close")


def _furniture(s: Site, rng: random.Random) -> tuple[str, str]:
    """The deploy's own weight, the same on every page of a design: its design system's CSS
    (tokens, components and their states, breakpoints), an SVG icon sprite, and the front-end's
    config blob (feature flags, routes, interface strings; nothing about the title)."""
    p = s.prefix
    css = [":root{" + "".join(f"--{p}-{k}:#{rng.randrange(0x1000000):06x};" for k in _TOKENS) + "}"]
    for part in _PARTS:
        for state in _STATES:
            for size in ("sm", "md", "lg"):
                css.append(
                    f".{p}-{part}--{size}{state}{{padding:{rng.randint(2, 16)}px {rng.randint(4, 24)}px;"
                    f"border-radius:{rng.randint(0, 12)}px;background:var(--{p}-{pick(rng, _TOKENS)});"
                    f"color:var(--{p}-{pick(rng, _TOKENS)});font-size:{rng.randint(11, 20)}px;"
                    f"transition:all .{rng.randint(1, 4)}s ease}}"
                )
    for bp in (480, 768, 1024, 1280, 1536):
        css.append(
            f"@media (min-width:{bp}px){{"
            + "".join(f".{p}-col-{n}{{flex:0 0 {100 * n // 12}%}}" for n in range(1, 13))
            + f".{p}-container{{max-width:{bp - 32}px}}}}"
        )
    sprite = "".join(
        f'<symbol id="{p}-i-{name}" viewBox="0 0 24 24"><path d="M{rng.randint(2, 6)} {rng.randint(2, 6)}L{rng.randint(12, 22)} {rng.randint(2, 12)}L{rng.randint(2, 22)} {rng.randint(12, 22)}Z"/></symbol>'
        for name in _ICONS
    )
    routes = {
        f"/{p}/{part}/{state}": {
            "chunk": f"{part}.{rng.randrange(16**8):08x}.js",
            "prefetch": rng.random() < 0.5,
        }
        for part in (
            "home",
            "search",
            "account",
            "watchlist",
            "help",
            "checkout",
            "browse",
            "person",
        )
        for state in ("index", "detail", "edit", "list")
    }
    flags = {f"{p}_{part}_{n}": rng.random() < 0.5 for part in _PARTS for n in range(6)}
    strings = {
        f"ui.{part}.{k}": f"{part.title()} {k}"
        for part in _PARTS
        for k in ("open", "close", "next", "previous", "loading", "error")
    }
    config = json.dumps(
        {
            "routes": routes,
            "flags": flags,
            "strings": strings,
            "build": f"{rng.randrange(16**12):012x}",
        }
    )
    head = f'<style id="{p}-design-system">{"".join(css)}</style>'
    body = f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">{sprite}</svg><script type="application/json" id="{p}-config">{config}</script>'
    return head, body


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
    body = facts43(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
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


def us_date(d: date_, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def uk_date(d: date_, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return f"{d.day} {month(d)} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def hm(n: int, long: bool, h: str = "h", m: str = "m", sep: str = " ") -> str:
    """'1h 51m', '2h' (long) or '111m' (short)."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n}{m}"
    return f"{big}{h}" + (f"{sep}{small}{m}" if small else "")


def votes_in(word: str, n: int, paren: bool = True) -> str:
    """'(1,234 ratings)', '(1 rating)'."""
    text = f"{grouped(n)} {word}" + ("" if n == 1 else "s")
    return f"({text})" if paren else text
