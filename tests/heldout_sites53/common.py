# ruff: noqa: E501  (HTML templates read best on one line)
"""What the fifty-third set's designs share: the fifty-first set's page skeleton, furniture
and helpers (copied here, each design fills it with its own words, formats and blocks; the
fifty-first set's own were in turn copied from the fiftieth, sixteenth, eighteenth,
thirty-eighth, forty-second, forty-fourth and forty-eighth sets), English date formats of four
countries, local money marks, the cataloguer's record lines (a physical description, a
publication statement of the disc, an 'Originally released' note), a holdings table, and
sixteen markups of facts no earlier set uses, two per discovery system, each a way that
system writes a record's labelled fields (checked by grepping every earlier generator,
tests/heldout* and tests/heldout_sites2..52, for the class names and attributes; the
fifty-fourth set, written at the same time by another writer, was not there to grep): Koha's
results summaries and MARC view, Aspen Discovery's result rows and 'More Details' panels,
Polaris Vega's record fields and PowerPAC's full display, SirsiDynix Enterprise's display
elements and child fields, Primo VE's details elements and service details, WorldCat
Discovery's detail blocks and notes, Spydus' full display and record lines, Evergreen's
rdetail table and bibliographic detail lines."""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date as date_
from datetime import timedelta
from functools import cache

from tests.heldout_sites2.kit import esc, grouped, imdb_link, youtube_embed
from tests.heldout_sites2.records import Money, Title
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
    "ICONS",
    "MONTHS",
    "NEW_STYLES",
    "PROSE",
    "TEMPLATES",
    "Chrome",
    "Classes",
    "Site",
    "Words",
    "ages",
    "ap_date",
    "dashed_date",
    "disc_year",
    "dmy_short",
    "dollars",
    "facts42",
    "facts44",
    "facts53",
    "fit_rng",
    "hide",
    "hm",
    "holdings",
    "indian_grouped",
    "iso_or_dmy",
    "lead",
    "library_votes",
    "look",
    "money_with",
    "month",
    "no_characters",
    "ordinal",
    "ordinal_date",
    "pick",
    "plain_rows",
    "rated",
    "record_rows",
    "render_site",
    "short_date",
    "slug",
    "translate",
    "uk_date",
    "us_date",
    "votes_in",
    "weekday_date",
    "weekday_dmy",
    "words_hm",
]

# each new markup: the block's opening, one fact ({k} its label, {v} its value, both escaped)
# and the block's closing, as the site builder's published output writes it
TEMPLATES: dict[str, tuple[str, str, str]] = {
    "koha-summary": (
        '<div id="catalogue_detail_biblio" class="record">',
        '<span class="results_summary {slug}"><span class="label">{k}: </span>{v}</span>',
        "</div>",
    ),
    "koha-marcview": (
        '<table class="marcview"><tbody>',
        '<tr class="marcview__field"><td class="marcview__tag">{k}</td><td class="marcview__subfields">{v}</td></tr>',
        "</tbody></table>",
    ),
    "aspen-rows": (
        '<div class="aspen-record-details">',
        '<div class="row"><div class="result-label col-sm-4 col-xs-12">{k}</div><div class="result-value col-sm-8 col-xs-12">{v}</div></div>',
        "</div>",
    ),
    "aspen-panels": (
        '<div class="panel-group" id="moreDetails-accordion">',
        '<div class="panel active moreDetailsPanel"><div class="panel-heading"><h4 class="panel-title">{k}</h4></div><div class="panel-body">{v}</div></div>',
        "</div>",
    ),
    "vega-fields": (
        '<div class="vega-record-fields">',
        '<div class="vega-record-field"><span class="vega-record-field__name">{k}</span><span class="vega-record-field__content">{v}</span></div>',
        "</div>",
    ),
    "polaris-full": (
        '<table class="fulldisplay" role="presentation"><tbody>',
        '<tr><td class="fulldisplay-label">{k}</td><td class="fulldisplay-data">{v}</td></tr>',
        "</tbody></table>",
    ),
    "ent-elements": (
        '<div class="detail_biblio">',
        '<div class="displayElementWrapper"><div class="displayElementLabel text-p">{k}</div><div class="displayElementText text-p">{v}</div></div>',
        "</div>",
    ),
    "ent-children": (
        '<div class="detailItems">',
        '<div class="detailChildField field"><span class="detailChildFieldLabel">{k}</span> <span class="detailChildFieldValue">{v}</span></div>',
        "</div>",
    ),
    "primo-elements": (
        '<div class="full-view-section-content">',
        '<div layout="row" class="item-details-element-container"><span class="bold-text">{k}</span><div class="item-details-element">{v}</div></div>',
        "</div>",
    ),
    "primo-service": (
        "<prm-service-details>",
        '<div layout="row" class="layout-row"><div class="layout-column display-label">{k}</div><div class="layout-column display-data">{v}</div></div>',
        "</prm-service-details>",
    ),
    "wcd-details": (
        '<div class="wcd-details">',
        '<div class="wcd-detail"><h3 class="wcd-detail__name">{k}</h3><div class="wcd-detail__value">{v}</div></div>',
        "</div>",
    ),
    "wcd-notes": (
        '<ul class="bib-notes">',
        '<li class="bib-note"><span class="bib-note__type">{k}</span> {v}</li>',
        "</ul>",
    ),
    "spydus-fd": (
        '<div class="card-body spydus-fulldisplay">',
        '<div class="row"><div class="col-md-3 fd-caption">{k}</div><div class="col-md-9 fd-content">{v}</div></div>',
        "</div>",
    ),
    "spydus-lines": (
        '<div class="spd-record-section">',
        '<p class="spd-record-line"><span class="spd-caption">{k}</span> {v}</p>',
        "</div>",
    ),
    "eg-rdetail": (
        '<table id="rdetail_details_table"><tbody>',
        '<tr><td class="rdetail_item">{k}</td><td class="rdetail_value">{v}</td></tr>',
        "</tbody></table>",
    ),
    "eg-bibdetail": (
        '<div class="bibdetail-block">',
        '<p class="bibdetail-line"><span class="bibdetail-term">{k}:</span> {v}</p>',
        "</div>",
    ),
}
NEW_STYLES = tuple(TEMPLATES)
Rows = Sequence[Row]

# how the sentence-per-fact block opens each fact's sentence, by the fact's label; a label
# not here reads 'Label: value.'
PROSE: dict[str, str] = {
    "Director": "Directed by",
    "Directors": "Directed by",
    "Writer": "Written by",
    "Writers": "Written by",
    "Screenplay": "Screenplay by",
    "Music": "Music by",
    "Score": "Score by",
    "Composer": "Score by",
    "Producer": "Produced by",
    "Producers": "Produced by",
    "Cinematography": "Shot by",
    "Cinematographer": "Shot by",
    "Directed by": "Directed by",
    "Written by": "Written by",
    "Music by": "Music by",
    "Produced by": "Produced by",
    "Cinematography by": "Shot by",
    "Original music": "Original music by",
    "Executive producer": "Executive produced by",
    "Country of origin": "From",
    "MPA rating": "Rated",
    "Premiere": "Premiered",
    "Production company": "Made at",
    "Genre": "Filed under",
    "Genres": "Filed under",
    "Country": "From",
    "Countries": "From",
    "Runtime": "Runs",
    "Run time": "Runs",
    "Length": "Runs",
    "Opened": "Opened",
    "MPA": "Rated",
    "Made by": "Made by",
    "Made in": "Made in",
    "Budgeted at": "Budgeted at",
    "Earned": "Earned",
    "Helmed by": "Helmed by",
    "Penned by": "Penned by",
    "Scored by": "Scored by",
    "Lensed by": "Lensed by",
    "First shown": "First shown",
    "Kind": "Filed under",
    "Origin": "From",
    "Studio credit": "Made at",
    "Cost": "Cost",
    "Grossed": "Grossed",
    "Production budget": "Made for",
    "Worldwide gross": "Grossed worldwide",
    "Running length": "Runs",
    "Duration": "Runs",
    "Running time": "Runs",
    "Rated": "Rated",
    "Rating": "Rated",
    "Seasons": "Seasons so far:",
    "Released": "Opened",
    "Release date": "Opened",
    "In theaters": "Opened",
    "Studio": "Made at",
    "Studios": "Made at",
    "Budget": "Budget of",
    "Box office": "Grossed",
    "Gross": "Grossed",
}

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
    return random.Random(f"sites53:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites53:{design}:{getattr(t, 'slug', t)}:{what}")


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


def facts53(c: Classes, style: str, rows: Rows, caption_: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a discovery system's markup or an earlier set's."""
    if style in TEMPLATES:
        opening, item, closing = TEMPLATES[style]
        body = "".join(
            item.replace("{k}", k).replace("{v}", v).replace("{slug}", slug(html.unescape(k)))
            for k, v in _kept(rows)
        )
        return f'<div class="{c("facts")}" data-record-display="{style}">{opening}{body}{closing}</div>'
    return facts44(c, style, rows, caption_, prefix)


def cast_note(t: Title, c: Classes, head: str) -> str:
    """The cast as the cataloguer's note in running prose, 'Cast: Ada Gallo (Mrs. Reyes),
    Bruno Sato.', each role in parentheses after its actor when the record names one."""
    if not t.cast:
        return ""
    names = ", ".join(
        esc(p.actor) + (f" ({esc(p.character)})" if p.character else "") for p in t.cast
    )
    return f'<section class="{c("cast")}"><h2>{head}</h2><p class="{c("castnote")}">Cast: {names}.</p></section>'


def render_site(s: Site, t: Title, ctx: Context) -> str:
    rng = look(s.name, t)
    c = Classes(s.prefix, rng)
    long = rng.random() < 0.5
    ld = schema(t, s.ld_keys) if s.ld_keys and rng.random() < s.ld_share else ""
    facts = _facts(s, t, c, rng, long)
    blocks = [
        facts,
        cast_note(t, c, s.words.heads["cast"])
        if rng.random() < 0.35
        else cast_block(t, c, s.words.heads["cast"], f"/{s.prefix}/person/"),
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
    rng = random.Random(f"sites53:{name}:furniture")
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
    count = rng.randint(20, 9000)
    count += count == t.votes  # a counter of loans or holdings, never the votes
    out += f'<p class="{c("views")}">{esc(s.views(count))}</p>'
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
    body = facts53(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
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


def ordinal(n: int) -> str:
    """'1st', '2nd', '3rd', '11th', '22nd', '27th'."""
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


def ordinal_date(d: date_, long: bool) -> str:
    """'27th October 1995' or '27/10/1995', as Irish and British pages write dates."""
    return f"{ordinal(d.day)} {month(d)} {d.year}" if long else uk_date(d, False)


def dmy_short(d: date_, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return f"{d.day} {month(d, True)} {d.year}" if long else uk_date(d, False)


def iso_or_dmy(d: date_, long: bool) -> str:
    """'27 October 1995' or '1995-10-27', the all-numeric date Canada's standard writes."""
    return uk_date(d, True) if long else d.isoformat()


def dashed_date(d: date_, long: bool) -> str:
    """'27 October 1995' or '27-10-1995', as Indian pages write dates."""
    return uk_date(d, True) if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekday_dmy(d: date_, long: bool) -> str:
    """'Fri 27 Oct 1995' or '27/10/1995'."""
    return f"{WEEKDAYS_SHORT[d.weekday()]} {dmy_short(d, True)}" if long else uk_date(d, False)


def indian_grouped(n: int) -> str:
    """'28,80,00,000': the last three digits, then groups of two (lakh and crore)."""
    digits = str(n)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    pairs: list[str] = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def money_with(marks: dict[str, str], indian: bool = False) -> Callable[[Money], str]:
    """A page's money: its own currencies by their local marks ('£', '€', 'A$', 'US$'), any
    other by its ISO code ('JPY 540,000,000'); INR in Indian grouping on Indian pages."""

    def money(m: Money) -> str:
        number = indian_grouped(m.amount) if indian and m.currency == "INR" else grouped(m.amount)
        mark = marks.get(m.currency)
        return f"{mark}{number}" if mark else f"{m.currency} {number}"

    return money


def disc_year(t: Title | None, rng: random.Random) -> int:
    """The year the disc or stream was published: after the title's own year (a trap), or the
    same year for a title of this year or next."""
    year = t.year if t is not None and t.year else 2005
    if year >= 2018:
        return min(year + rng.randint(1, 3), 2026)
    return rng.randint(max(year + 1, 1998), 2024)


def physical(t: Title | None, medium: str) -> str:
    """The physical description, as a cataloguer writes it: '1 videodisc (111 min.) : sound,
    color ; 4 3/4 in.' ('colour' on British pages); a series' set without a total."""
    minutes = f" ({t.runtime} min.)" if t is not None and t.runtime and t.kind == "movie" else ""
    show = t is not None and t.kind == "show"
    colour = "colour" if medium.endswith(("-gb", "-au")) else "color"
    year = t.year if t is not None and t.year else 2000
    if year < 1955:
        colour = ("silent" if year < 1929 else "sound") + ", black and white"
    else:
        colour = f"sound, {colour}"
    if medium.startswith("online"):
        return f"1 online resource{minutes} : {colour}"
    if medium.startswith("bluray"):
        unit = f"{2 + (t.seasons or 1) if t and show else 1} Blu-ray disc" + ("s" if show else "")
        return f"{unit}{minutes} : {colour} ; 4 3/4 in."
    unit = f"{2 + (t.seasons or 1) if t and show else 1} videodisc" + ("s" if show else "")
    return f"{unit}{minutes} : {colour} ; 4 3/4 in."


# series entries a cataloguer records for a disc (a label's numbered line, not the seasons)
SERIES = (
    "The Criterion collection",
    "BFI classics on DVD",
    "Masters of cinema",
    "Arrow Academy",
    "Eureka classics",
    "World cinema collection",
)


# subject headings as a cataloguer assigns them (topics and forms, never the title's genres)
TOPICS = (
    "Families",
    "Islands",
    "Smuggling",
    "Lighthouses",
    "Brothers and sisters",
    "Small cities",
    "Ferries",
    "Border towns",
    "Debt",
    "Friendship",
)
FORMS = (
    "Video recordings for the hearing impaired.",
    "Foreign language films.",
    "Film adaptations.",
    "Fiction films.",
)


def library_votes(t: Title) -> Title:
    """A catalogue's own patrons rate far fewer titles than a film site's users: the count
    the page shows (and the record says) is the title's votes scaled to a library's size."""
    return replace(t, votes=None if t.votes is None else 1 + t.votes % 1900)


def record_rows(
    t: Title | None,
    rng: random.Random,
    labels: tuple[str, str, str, str],
    place: str,
    publishers: Sequence[str],
    medium: str,
    editions: Sequence[str],
) -> list[tuple[str, str]]:
    """The cataloguer's lines the record has no key for (escaped): the publication statement of
        the disc (a later year), the edition, the physical description, the credits note (crew in
        other jobs: editor, sound, production designer, in running prose), the subject headings
    ('Islands -- Fiction. ; Debt -- Drama. ; Feature films.'), on some records a
        series entry ('The Criterion collection ; 731', a number that is no season count) and the
        'Originally released' note (the title's own year, when it has one)."""
    pub, edition, desc, note = labels
    year = disc_year(t, rng)
    editor, sound, design = others_people(t, rng, 3) if t is not None else ("A", "B", "C")
    rows = [
        (pub, f"{place} : {pick(rng, publishers)}, [{year}]"),
        (edition, pick(rng, editions)),
        (desc, physical(t, medium)),
        ("Credits", f"Editor, {editor} ; sound, {sound} ; production designer, {design}."),
    ]
    topics = rng.sample(TOPICS, 2)
    form = "Feature films" if t is None or t.kind == "movie" else "Television series"
    extra = pick(rng, FORMS if form == "Feature films" else (*FORMS[:1], "Television programs."))
    headings = [f"{topics[0]} -- Fiction.", f"{topics[1]} -- Drama.", f"{form}.", extra]
    rows.append(("Subjects", " ; ".join(headings)))
    if t is None or rng.random() < 0.4:
        number = rng.randint(100, 999)
        rows.append(("Series", f"{pick(rng, SERIES)} ; {number}"))
    if t is not None and t.year:
        what = "a motion picture" if t.kind == "movie" else "a television program"
        if medium.endswith("-gb") or medium.endswith("-au"):
            what = "a film" if t.kind == "movie" else "a television programme"
        rows.append((note, f"Originally released as {what} in {t.year}."))
    elif t is None:
        rows.append((note, "Originally released as a motion picture in 1995."))
    return plain_rows(rows)


def holdings(
    head: str,
    date: Callable[[date_, bool], str],
    branches: Sequence[str],
    call: str,
    holds: str,
    formats: str,
) -> Callable[[Title, Classes, random.Random], str]:
    """The holdings table: branch, call number and status ('Due 14/12/2026', a later date),
    a hold count on its copies, and the other editions and formats with their own years."""

    def block(t: Title, c: Classes, rng: random.Random) -> str:
        letters = "".join(ch for ch in t.title.upper() if ch.isalpha())[:3] or "DVD"
        number = (
            f"{call} {letters}" if t.kind == "movie" else f"{call} {letters} S.{t.seasons or 1}"
        )
        rows = []
        for branch in rng.sample(list(branches), 3):
            due = date_(2026, 12, 1) + timedelta(days=rng.randint(3, 40))
            status = pick(
                rng,
                ("Available", f"Due {date(due, False)}", "In transit", f"Due {date(due, False)}"),
            )
            rows.append(
                f"<tr><td>{esc(branch)}</td><td>{esc(number)}</td><td>{esc(status)}</td></tr>"
            )
        copies = rng.randint(2, 9)
        count = rng.randint(1, 40)
        count += count in (t.votes, t.runtime, t.seasons)  # a hold count, never the title's
        count += count in (t.votes, t.runtime, t.seasons)
        waiting = holds.format(holds=count, copies=copies)
        year = t.year or 2001
        others = sorted(
            {rng.randint(max(year + 1, 1998), 2026) for _ in range(2)} - {year}
            if year < 2026
            else set()
        )
        kinds = ("DVD", "Blu-ray", "4K Ultra HD", "Streaming video")
        editions = "".join(
            f"<li>{k} ({y})</li>"
            for k, y in zip(rng.sample(kinds, len(others)), others, strict=True)
        )
        table = f'<table class="{c("holdings")}"><thead><tr><th scope="col">Location</th><th scope="col">Call number</th><th scope="col">Status</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        return f'<aside class="{c("availability")}"><h2>{head}</h2><p>{esc(waiting)}</p>{table}<h3>{formats}</h3><ul>{editions}</ul></aside>'

    return block
