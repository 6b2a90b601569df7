# ruff: noqa: E501  (HTML templates read best on one line)
"""What the sixty-seventh set's editions share: tests/heldout_sites64's common.py (a page's own
look drawn from its title, the eighteenth set's Site/Words/hide, the sixteenth set's building
blocks, the thirty-eighth, forty-second and forty-fourth sets' facts markups, the forty-eighth
set's page skeleton and furniture), each edition's own host and digits, amounts in East Asian
myriads, and sixteen markups of facts no earlier set uses, two per edition, with class names
transliterated from its language (checked by grepping every earlier generator, tests/heldout*
and tests/heldout_sites2..64, for their tells; the sixty-fifth and sixty-sixth sets, written at
the same time by other writers, were not there to grep)."""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date as date_
from datetime import timedelta
from decimal import Decimal
from functools import cache

from tests.heldout_sites2.kit import esc, grouped, imdb_link, youtube_embed
from tests.heldout_sites2.records import PER_DOLLAR, Money, Title
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
from tests.heldout_sites38.common import facts38

__all__ = [
    "DIGITS",
    "GLOSS",
    "GLOSSES",
    "ICONS",
    "MONTHS",
    "NEW_STYLES",
    "PROSE",
    "TEMPLATES",
    "WEEKDAYS",
    "Chrome",
    "Classes",
    "Site",
    "Words",
    "ages",
    "ap_date",
    "arabic",
    "compact",
    "crore",
    "decimal_text",
    "dollars",
    "episode_line",
    "facts42",
    "facts44",
    "facts60",
    "fit_rng",
    "grouped_by",
    "hide",
    "hm",
    "indian_grouped",
    "lead",
    "localize_money",
    "look",
    "month",
    "myriad",
    "no_characters",
    "num",
    "ordinal",
    "own_url",
    "persian",
    "pick",
    "plain_rows",
    "rated",
    "render_on",
    "render_site",
    "short_date",
    "slug",
    "spaced",
    "translate",
    "uk_date",
    "us_date",
    "votes_in",
    "weekday_date",
    "widget",
    "words_hm",
]

# each new markup: the block's opening, one fact ({k} its label, {v} its value, both escaped)
# and the block's closing, as the tracking site's sidebar publishes a list of labelled values
TEMPLATES: dict[str, tuple[str, str, str]] = {
    "reelguide_arabic-bayanat": (
        '<div class="bayanat-film">',
        '<div class="bayanat-film__saff"><span class="bayanat-film__unwan">{k}:</span> <span class="bayanat-film__qima">{v}</span></div>',
        "</div>",
    ),
    "reelguide_arabic-jadwal": (
        '<table class="jadwal-maalumat"><tbody>',
        '<tr class="jadwal-maalumat__saff" data-haql="{slug}"><th scope="row">{k}</th><td class="jadwal-maalumat__qima">{v}</td></tr>',
        "</tbody></table>",
    ),
    "reelguide_hebrew-pratim": (
        '<div class="pratei-seret">',
        '<div class="pratei-seret__shura"><span class="pratei-seret__kotert">{k}</span> <span class="pratei-seret__erech">{v}</span></div>',
        "</div>",
    ),
    "reelguide_hebrew-reshima": (
        '<ul class="reshimat-netunim">',
        '<li class="reshimat-netunim__prit" data-sade="{slug}"><strong>{k}:</strong> {v}</li>',
        "</ul>",
    ),
    "reelguide_persian-moshakhasat": (
        '<div class="moshakhasat-film">',
        '<p class="moshakhasat-film__khat"><span class="moshakhasat-film__onvan">{k}:</span> <span class="moshakhasat-film__meghdar">{v}</span></p>',
        "</div>",
    ),
    "reelguide_persian-jadval": (
        '<table class="jadval-etelaat"><tbody>',
        '<tr class="jadval-etelaat__radif"><td class="jadval-etelaat__barchasb">{k}</td><td class="jadval-etelaat__meghdar">{v}</td></tr>',
        "</tbody></table>",
    ),
    "reelguide_japanese-sakuhin": (
        '<div class="sakuhin-joho">',
        '<div class="sakuhin-joho__gyo"><span class="sakuhin-joho__komoku">{k}</span> <span class="sakuhin-joho__naiyo">{v}</span></div>',
        "</div>",
    ),
    "reelguide_japanese-kihon": (
        '<table class="kihon-deta"><tbody>',
        '<tr class="kihon-deta__gyo" data-koumoku="{slug}"><th class="kihon-deta__midashi">{k}</th><td class="kihon-deta__atai">{v}</td></tr>',
        "</tbody></table>",
    ),
    "reelguide_chinese-ziliao": (
        '<div class="yingpian-ziliao">',
        '<div class="yingpian-ziliao__hang"><span class="yingpian-ziliao__biaoti">{k}：</span><span class="yingpian-ziliao__neirong">{v}</span></div>',
        "</div>",
    ),
    "reelguide_chinese-xinxi": (
        '<ul class="jiben-xinxi">',
        '<li class="jiben-xinxi__xiang" data-lanwei="{slug}"><b>{k}</b> {v}</li>',
        "</ul>",
    ),
    "reelguide_korean-jeongbo": (
        '<div class="yeonghwa-jeongbo">',
        '<div class="yeonghwa-jeongbo__jul"><span class="yeonghwa-jeongbo__hangmok">{k}</span> <span class="yeonghwa-jeongbo__naeyong">{v}</span></div>',
        "</div>",
    ),
    "reelguide_korean-sangse": (
        '<dl class="sangse-jeongbo">',
        '<div class="sangse-jeongbo__ssang" data-hangmok="{slug}"><dt class="sangse-jeongbo__je">{k}</dt><dd class="sangse-jeongbo__gap">{v}</dd></div>',
        "</dl>",
    ),
    "reelguide_thai-khomun": (
        '<div class="khomun-phapphayon">',
        '<div class="khomun-phapphayon__thaeo"><span class="khomun-phapphayon__huakho">{k}</span> <span class="khomun-phapphayon__raila">{v}</span></div>',
        "</div>",
    ),
    "reelguide_thai-raikan": (
        '<ul class="raikan-khomun">',
        '<li class="raikan-khomun__rai" data-khomun="{slug}"><em>{k}:</em> {v}</li>',
        "</ul>",
    ),
    "reelguide_hindi-vivaran": (
        '<div class="film-vivaran">',
        '<p class="film-vivaran__pankti"><span class="film-vivaran__shirshak">{k}:</span> <span class="film-vivaran__maan">{v}</span></p>',
        "</div>",
    ),
    "reelguide_hindi-jankari": (
        '<ul class="jankari-suchi">',
        '<li class="jankari-suchi__bindu" data-kshetra="{slug}"><b>{k}:</b> {v}</li>',
        "</ul>",
    ),
}
NEW_STYLES = tuple(TEMPLATES)
Rows = Sequence[Row]

# how the sentence-per-fact block opens each fact's sentence, by the fact's label (no site of
# this set uses it; a label not here reads 'Label: value.')
PROSE: dict[str, str] = {}

# the sprite's symbol per label (a label not here gets the 'info' icon)
ICONS: dict[str, str] = {
    "Director": "megaphone",
    "Directors": "megaphone",
    "Writer": "pen",
    "Writers": "pen",
    "Music": "note",
    "Score": "note",
    "Producer": "briefcase",
    "Producers": "briefcase",
    "Cinematography": "camera",
    "Cinematographer": "camera",
    "Cinematography by": "camera",
    "Director of photography": "camera",
    "Directed by": "megaphone",
    "Written by": "pen",
    "Music by": "note",
    "Composer": "note",
    "Original music": "note",
    "Produced by": "briefcase",
    "Executive producer": "briefcase",
    "Country of origin": "globe",
    "Running time": "clock",
    "Duration": "clock",
    "MPA rating": "shield",
    "In theaters": "ticket",
    "Premiere": "ticket",
    "Production company": "building",
    "Gross": "chart",
    "Genre": "tag",
    "Genres": "tag",
    "Country": "globe",
    "Year": "calendar",
    "Runtime": "clock",
    "Run time": "clock",
    "Length": "clock",
    "Rated": "shield",
    "Rating": "shield",
    "Seasons": "stack",
    "Released": "ticket",
    "Release date": "ticket",
    "Studio": "building",
    "Studios": "building",
    "Budget": "coins",
    "Box office": "chart",
    "Made in": "globe",
    "Made by": "building",
    "Opened": "ticket",
    "Earned": "chart",
}


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites67:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites67:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def slug(label: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in label.lower()).strip("-")


def lead(label: str) -> str:
    """The words that open a fact's sentence in the prose block."""
    return PROSE.get(html.unescape(label), f"{label}:")


def sprite(c: Classes, rows: Rows, prefix: str) -> str:
    """Icon rows drawn from an external SVG sprite file: each fact an <svg> whose only label is
    its title attribute (a tooltip on hover), then the value."""
    box = c("iconrows")
    rule = f"<style>.{box}{{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}}.{box} li{{display:flex;align-items:center;gap:.6rem}}.{box} svg{{width:20px;height:20px;fill:currentColor;flex:none}}</style>"
    body = "".join(
        f'<li><svg title="{k}" width="20" height="20"><use href="/{prefix}/static/icons.svg#{ICONS.get(html.unescape(k), "info")}"></use></svg> <span>{v}</span></li>'
        for k, v in _kept(rows)
    )
    return f'{rule}<ul class="{box}">{body}</ul>'


def prose(c: Classes, rows: Rows) -> str:
    """The facts as a paragraph of short sentences, one per fact: 'Directed by Ada Gallo. Runs
    1 hr 51 min. Rated R.', each sentence a span marked with the fact it states."""
    box = c("prose")
    rule = f"<style>.{box}{{font-size:1.05rem;line-height:1.7;max-width:42rem}}</style>"
    body = " ".join(f'<span data-fact="{slug(k)}">{lead(k)} {v}.</span>' for k, v in _kept(rows))
    return f'{rule}<p class="{box}" data-facts="prose">{body}</p>'


def frames(c: Classes, rows: Rows) -> str:
    """Hotwire's Turbo frames: each fact its own <turbo-frame> (so one fact can be refreshed
    on its own), the label a <header> over the value."""
    box = c("frames")
    rule = f"<style>.{box}{{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:1rem}}.{box} turbo-frame{{display:block}}.{box} header{{font-size:.8rem;color:#6b7280;text-transform:uppercase}}</style>"
    body = "".join(
        f'<turbo-frame id="fact_{slug(k).replace("-", "_")}"><header>{k}</header><div>{v}</div></turbo-frame>'
        for k, v in _kept(rows)
    )
    return f'{rule}<div class="{box}" data-controller="facts">{body}</div>'


def facts42(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    if style == "sprite":
        return sprite(c, rows, prefix)
    if style == "prose":
        return prose(c, rows)
    if style == "frames":
        return frames(c, rows)
    return facts38(c, style, rows, caption, prefix)


def stats(c: Classes, rows: Rows) -> str:
    """Stat tiles: each fact's value first, large, and its label under it in a <sub>."""
    box = c("tiles")
    rule = f"<style>.{box}{{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:1rem}}.{box} b{{display:block;font-size:1.25rem}}.{box} sub{{vertical-align:baseline;font-size:.75rem;color:#6b7280;text-transform:uppercase}}</style>"
    body = "".join(f"<li><b>{v}</b><sub>{k}</sub></li>" for k, v in _kept(rows))
    return f'{rule}<ul class="{box}" data-layout="tiles">{body}</ul>'


def caption(c: Classes, rows: Rows) -> str:
    """Captions drawn by CSS: each value a <p> whose label is only its data-caption attribute,
    shown before it by '::before{content:attr(data-caption)}'."""
    box = c("captioned")
    rule = f'<style>.{box} p{{margin:0 0 .6rem}}.{box} [data-caption]::before{{content:attr(data-caption) "  ";display:block;font-size:.75rem;font-weight:600;color:#6b7280}}</style>'
    body = "".join(f'<p data-caption="{k}">{v}</p>' for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def leaders(c: Classes, rows: Rows) -> str:
    """Dot-leader lines, as a printed almanac sets them: the label, a leader, the value."""
    box = c("leaders")
    rule = f"<style>.{box} p{{display:flex;gap:.25rem;margin:0}}.{box} p span[aria-hidden]{{flex:1;overflow:hidden;color:#9ca3af}}</style>"
    body = "".join(
        f'<p><span>{k}</span><span aria-hidden="true">&hellip;</span><span>{v}</span></p>'
        for k, v in _kept(rows)
    )
    return f'{rule}<div class="{box}">{body}</div>'


def facts44(c: Classes, style: str, rows: Rows, caption_: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    if style == "stats":
        return stats(c, rows)
    if style == "caption":
        return caption(c, rows)
    if style == "leaders":
        return leaders(c, rows)
    return facts42(c, style, rows, caption_, prefix)


def facts60(c: Classes, style: str, rows: Rows, caption_: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a local site's markup or an earlier set's."""
    if style in TEMPLATES:
        opening, item, closing = TEMPLATES[style]
        body = "".join(
            item.replace("{k}", k).replace("{v}", v).replace("{slug}", slug(html.unescape(k)))
            for k, v in _kept(rows)
        )
        return (
            f'<div class="{c("facts")}" data-edition-facts="{style}">{opening}{body}{closing}</div>'
        )
    return facts44(c, style, rows, caption_, prefix)


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
    head, body = _furniture(s.name, s.prefix)
    out = page(t, ctx, c, s.chrome, ld, main)
    return out.replace("</head>", head + "</head>", 1).replace("</body>", body + "</body>", 1)


_TOKENS = ("primary", "secondary", "accent", "surface", "muted", "danger", "success", "focus")
_PARTS = ("btn", "card", "chip", "tab", "menu", "modal", "toast", "badge", "tile", "drawer")
_STATES = ("", ":hover", ":focus-visible", "[aria-selected=true]", "[disabled]", ".is-active")
_ICONS = ("play", "ticket", "calendar", "clock", "star", "share", "plus", "search", "user", "close")


@cache  # the same on every page of a design: drawn once a process
def _furniture(name: str, p: str) -> tuple[str, str]:
    """The deploy's own weight, the same on every page of a design: its builder's CSS
    (tokens, components and their states, breakpoints), an SVG icon sprite, and the front-end's
    config blob (feature flags, routes, interface strings; nothing about the title)."""
    rng = random.Random(f"sites67:{name}:furniture")
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
        x for x in (num(s, o.year), o.rating or "", s.runtime(o.runtime or 97, long)) if x
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
            num(s, t.year),
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
        (L["year"], num(s, t.year)),
        (L["runtime"], length),
        (L["rating"], esc(GLOSSES.get(s.name, {}).get(t.rating or "", t.rating or ""))),
        (L["seasons"], num(s, t.seasons)),
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
    body = facts60(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
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


def dollars(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def short_date(d: date_, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_date(d: date_, long: bool) -> str:
    """.NET's long date pattern in en-US, 'Friday, October 27, 1995', or '10/27/1995'."""
    return f"{WEEKDAYS[d.weekday()]}, {us_date(d, True)}" if long else us_date(d, False)


AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


def ap_date(d: date_, long: bool) -> str:
    """AP style, 'Oct. 27, 1995' or 'March 3, 1995', or '10/27/1995'."""
    return f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}" if long else us_date(d, False)


def words_hm(n: int) -> str:
    """'1 hour 51 minutes', '2 hours', '45 minutes', as GOV.UK's style guide writes lengths."""
    big, small = divmod(n, 60)
    parts = [f"{big} hour" + ("" if big == 1 else "s")] if big else []
    if small or not big:
        parts.append(f"{small} minute" + ("" if small == 1 else "s"))
    return " ".join(parts)


def own_url(host: str, t: Title) -> str:
    """The title's address on the design's own site: 'https://kitsu.example/movie/x'."""
    return f"https://{host}{t.path}"


def render_on(s: Site, host: str, t: Title, ctx: Context) -> str:
    """The shared page on the design's own host: its canonical link and schema.org url there
    (links to other titles stay relative, on the same host)."""
    out = render_site(s, t, ctx).replace(t.url, own_url(host, t))
    return out.replace("<body>", f'<body class="{s.prefix}-title-page">', 1)


# a board's gloss after the certificate, as anime databases print it ('PG-13 - Teens 13 or
# older'): the rating is the code before ' - '
GLOSS = {
    "G": "G - All Ages",
    "PG": "PG - Children",
    "PG-13": "PG-13 - Teens 13 or older",
    "R": "R - 17+ (violence & profanity)",
    "NC-17": "NC-17 - Adults only",
}
GLOSSES: dict[str, dict[str, str]] = {}

# each edition's own digits for the plain numbers the skeleton writes (the year, the seasons, a
# rail's year), by design name; an edition not here writes ASCII digits
DIGITS: dict[str, Callable[[str], str]] = {}


def num(s: Site, n: int | None) -> str:
    """A plain number as the edition writes it ('' for none)."""
    return DIGITS.get(s.name, str)(str(n)) if n else ""


def _text(n: Decimal) -> str:
    """'3.6', '12', '1.25': a decimal without trailing zeros."""
    out = format(n, "f")
    return out.rstrip("0").rstrip(".") if "." in out else out


def compact(amount: int, m: str, bn: str) -> str:
    """'3.6' + m for millions, '1.25' + bn for billions (amounts rounded so both are exact),
    '800,000' in full below a million."""
    if amount < 10**6:
        return grouped(amount)
    if amount >= 10**9:
        return _text(Decimal(amount) / 10**9) + bn
    return _text(Decimal(amount) / 10**6) + m


def indian_grouped(n: int) -> str:
    """Indian digit grouping: '1,20,00,000' for 12 crore, '45,00,000' for 45 lakh."""
    digits = str(n)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    pairs: list[str] = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def crore(n: int) -> str:
    """'12.35 crore', '1,200 crore' or '45 lakh' (amounts in whole lakh)."""
    if n >= 10**7:
        whole, part = divmod(Decimal(n) / 10**7, 1)
        return f"{grouped(int(whole))}{_text(part)[1:]} crore"
    return _text(Decimal(n) / 10**5) + " lakh"


# rough units per US dollar of the editions' own money
RATES = {
    "USD": 1.0,
    "GBP": 0.8,
    "INR": 80.0,
    "AUD": 1.5,
    "CAD": 1.35,
    "EUR": 0.9,
    "NZD": 1.6,
    "ZAR": 18.0,
    "SGD": 1.35,
}


def localize_money(t: Title, currency: str, rng: random.Random) -> Title:
    """The title's budget and gross as the edition's trade page gives them: in its own money
    on about half the titles (US dollars on the rest), rounded to whole hundred thousands (ten
    millions past a billion) so that '3.6m', '1.25bn' or '12.35 crore' is the exact amount."""

    def one(m: Money | None) -> Money | None:
        if m is None:
            return None
        dollars = m.amount / PER_DOLLAR.get(m.currency, 1)
        code = currency if rng.random() < 0.5 else "USD"
        amount = dollars * RATES[code]
        step = 10**7 if amount >= 10**9 and code != "INR" else 10**5
        return Money(max(step, round(amount / step) * step), code)

    return replace(t, budget=one(t.budget), box_office=one(t.box_office))


def ordinal(n: int) -> str:
    """'1st', '2nd', '3rd', '11th', '27th'."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def spaced(n: int) -> str:
    """'1 234 567': a space between thousands, as South African style writes numbers."""
    return grouped(n).replace(",", " ")


def grouped_by(n: int, sep: str) -> str:
    """'12 400', '12.400': thousands in the edition's own separator."""
    return grouped(n, sep)


def episode_line(word: str, directed: str, running, when):  # type: ignore[no-untyped-def]
    """An episode's line in the site's own words: its number, length and air date, then its
    own director (a trap, not the title's credit)."""

    def line(e, long: bool) -> str:  # type: ignore[no-untyped-def]
        return f"<p>{word} {e.number} · {running(e.minutes, long)} · {when(e.aired, long)}</p><p>{directed} {esc(e.director)}</p>"

    return line


def widget(head: str, statuses: Sequence[str], price: str):  # type: ignore[no-untyped-def]
    """The watch-list widget: each list with how many members keep the title there, and the
    site's paid tier's or a ticket's price (neither the votes nor the money)."""

    def extra(t: Title, c: Classes, rng: random.Random) -> str:
        rows = "".join(
            f'<li><button type="button" data-list="{n}">{esc(s)}</button> <span>{grouped(rng.randint(20, 90000), chr(160))}</span></li>'
            for n, s in enumerate(statuses)
        )
        return f'<aside class="{c("prices")}"><h2>{esc(head)}</h2><ul role="radiogroup">{rows}</ul><p>{esc(price)}</p></aside>'

    return extra


def myriad(n: int, hundred_million: str, ten_thousand: str, sep: str = "") -> str:
    """An amount in East Asian myriads, exact to the unit: '2,500万', '12億5,000万',
    '1억 2,345만 6,789' (each group's digits in thousands with commas)."""
    if n < 10**4:
        return f"{n:,}"
    oku, rest = divmod(n, 10**8)
    man, unit = divmod(rest, 10**4)
    parts = [f"{oku:,}{hundred_million}" if oku else "", f"{man:,}{ten_thousand}" if man else ""]
    parts.append(f"{unit:,}" if unit else "")
    return sep.join(x for x in parts if x)


def decimal_text(n: Decimal, point: str = ".") -> str:
    """'25.3', '1,250', '123.456789': a decimal without trailing zeros, thousands with commas."""
    whole, _, frac = format(n, "f").partition(".")
    frac = frac.rstrip("0")
    return f"{int(whole):,}" + (f"{point}{frac}" if frac else "")


PERSIAN = str.maketrans("0123456789,.", "۰۱۲۳۴۵۶۷۸۹٬٫")
ARABIC = str.maketrans("0123456789,.", "٠١٢٣٤٥٦٧٨٩٬٫")


def persian(text: str) -> str:
    """Persian digits (and the Arabic thousands separator): '۱٬۲۳۴'."""
    return text.translate(PERSIAN)


def arabic(text: str) -> str:
    """Eastern Arabic digits, as Arabic print sets them: '١٬٢٣٤'."""
    return text.translate(ARABIC)
