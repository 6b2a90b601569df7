# ruff: noqa: E501  (HTML templates read best on one line)
"""What the twenty-seventh set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide, the sixteenth set's
building blocks, the twenty-sixth set's page skeleton (here with a tagline under the heading, the meta line
as chips with a rating badge on some deploys, the facts in a closed <details> accordion on some,
and an audience block on the designs that show them), and five markups of facts no earlier set uses
(checked by grepping every earlier generator, tests/heldout* and tests/heldout_sites2..26):
  - marks: a <menu> of items, each label a highlighted <mark> pill before its value;
  - reverse: cards whose value comes first in the markup and whose label follows it, the
    stylesheet's flex-direction:column-reverse drawing the label above the value;
  - floats: spec lines whose value comes first in the markup, floated to the right edge by the
    stylesheet (float:right), the label after it drawn at the left;
  - vlabels: rows whose label is a side tab turned on its edge (writing-mode:vertical-rl),
    the value beside it;
  - icons: an icon row, each label only the accessible name (role="img" aria-label) of a
    glyph the stylesheet paints with mask-image, the value after it."""

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
    "facts27",
    "fit_rng",
    "hide",
    "look",
    "no_characters",
    "pick",
    "rated",
    "render_site",
]

NEW_STYLES = ("marks", "reverse", "floats", "vlabels", "icons")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites27:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites27:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def marks(c: Classes, rows: Rows) -> str:
    """A <menu> of items, each label a <mark> pill, then its value."""
    box = c("pills")
    rule = f"<style>.{box}{{list-style:none;padding:0}}.{box} mark{{background:#ffe27a;border-radius:9px;padding:0 8px;margin-right:6px;font-size:12px}}</style>"
    body = "".join(f"<li><mark>{k}</mark> {v}</li>" for k, v in _kept(rows))
    return f'{rule}<menu class="{box}">{body}</menu>'


def reverse(c: Classes, rows: Rows) -> str:
    """Cards holding the value first and the label after it; column-reverse draws the label
    above the value."""
    box = c("cards")
    rule = f"<style>.{box}{{display:flex;flex-wrap:wrap;gap:16px}}.{box}>div{{display:flex;flex-direction:column-reverse}}.{box}>div>p{{margin:0}}.{box}>div>p+p{{font-size:11px;text-transform:uppercase;opacity:.6}}</style>"
    body = "".join(f"<div><p>{v}</p><p>{k}</p></div>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def floats(c: Classes, rows: Rows) -> str:
    """Spec lines: the value first in the markup, floated right; the label at the left."""
    box = c("spec")
    rule = f"<style>.{box} p{{overflow:hidden;border-bottom:1px dotted #999;margin:0;padding:4px 0}}.{box} p>span{{float:right;font-weight:600;text-align:right}}</style>"
    body = "".join(f"<p><span>{v}</span>{k}</p>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def vlabels(c: Classes, rows: Rows) -> str:
    """Rows whose label is a side tab on its edge (writing-mode), the value beside it."""
    box = c("tabs")
    rule = f"<style>.{box}>div{{display:flex;align-items:center;gap:10px;min-height:72px}}.{box}>div>span{{writing-mode:vertical-rl;transform:rotate(180deg);font-size:10px;letter-spacing:1px}}</style>"
    body = "".join(f"<div><span>{k}</span><em>{v}</em></div>" for k, v in _kept(rows))
    return f'{rule}<div class="{box}">{body}</div>'


def icons(c: Classes, rows: Rows) -> str:
    """An icon row: each label only the accessible name (role="img", aria-label) of a glyph
    the stylesheet paints with mask-image, the value after it."""
    box, ic = c("icons"), c("ic")
    rule = f"<style>.{box}{{list-style:none;padding:0;display:grid;gap:6px}}.{box} .{ic}{{display:inline-block;width:18px;height:18px;background:currentColor;mask-size:contain;mask-repeat:no-repeat;vertical-align:middle;margin-right:8px}}</style>"
    body = "".join(
        f'<li><span class="{ic}" role="img" aria-label="{k}" style="mask-image:url(/icons/{_slug(k)}.svg)"></span> {v}</li>'
        for k, v in _kept(rows)
    )
    return f'{rule}<ul class="{box}">{body}</ul>'


def _slug(label: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in label.lower()).split())


def facts27(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Rows], str]] = {
        "marks": marks,
        "icons": icons,
        "reverse": reverse,
        "floats": floats,
        "vlabels": vlabels,
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
        _audience(s, t, c)
        + comments(ctx, c, s.words.heads["reviews"], s.words.heads["no_reviews"]),
    ]
    order = pick(rng, ("facts-first", "trailer-first", "extra-after-facts"))
    if order == "trailer-first":
        blocks.insert(0, blocks.pop(2))
    elif order == "extra-after-facts":
        blocks = [blocks[0], blocks[4], blocks[1], blocks[2], blocks[3], blocks[5]]
    main = _head(s, t, c, rng, long) + "".join(blocks)
    main += rail(ctx, c, s.words.heads["rail"], lambda o: _rail_line(s, o, long))
    return page(t, ctx, c, s.chrome, ld, main)


def _audience(s: Site, t: Title, c: Classes) -> str:
    if not t.audience:
        return ""
    return f'<section class="{c("audience")}"><h2>{s.words.heads["audience"]}</h2><p>{esc(t.audience)}</p></section>'


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
    if t.tagline:
        quoted = rng.random() < 0.5
        heading += f'<p class="{c("tagline")}">{"“" if quoted else ""}{esc(t.tagline)}{"”" if quoted else ""}</p>'
    meta = ""
    if rng.random() < 0.5:
        parts = [
            str(t.year or ""),
            t.rating or "",
            s.runtime(t.runtime, long) if t.runtime else "",
            ", ".join(t.genres),
        ]
        if rng.random() < 0.5:
            meta = f'<p class="{c("meta")}">{esc(s.meta_sep.join(x for x in parts if x))}</p>'
        else:  # the same facts as chips, the rating a bordered badge naming itself in its title
            badge = (
                f'<span class="{c("badge")}" title="Rated {esc(t.rating)}">{esc(t.rating)}</span>'
                if t.rating
                else ""
            )
            chips = [x for x in (esc(parts[0]), badge, esc(parts[2])) if x] + [
                esc(g) for g in t.genres
            ]
            meta = f'<ul class="{c("chips")}">{"".join(f"<li>{x}</li>" for x in chips)}</ul>'
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


def _studios(t: Title) -> str:
    """The studios shown, and how many more there are ('A, B +2 more') on the designs that
    show only the first few."""
    shown = ", ".join(esc(n) for n in t.shown_studios)
    return shown + (f" +{t.more_studios} more" if shown and t.more_studios else "")


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
        (L["studio"], _studios(t)),
        (L["budget"], s.money(t.budget) if t.budget else ""),
        (L["box_office"], s.money(t.box_office) if t.box_office else ""),
    ]
    rows += s.extra_rows(t, rng)
    head = s.words.heads["details"]
    body = facts27(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    if rng.random() < 0.25:
        fold = c("fold")
        return f'<section class="{c("details")}"><h2><button type="button" aria-expanded="false" aria-controls="{fold}">{head}</button></h2><div id="{fold}" hidden="until-found">{body}</div></section>'
    if rng.random() < 0.2:  # an accordion closed by default: the facts under its summary
        return f'<section class="{c("details")}"><details><summary>{head}</summary>{body}</details></section>'
    return f'<section class="{c("details")}"><h2>{head}</h2>{body}</section>'


def _trailer(s: Site, t: Title, c: Classes) -> str:
    return (
        f'<section class="{c("trailer")}"><h2>{s.words.heads["trailer"]}</h2>{youtube_embed(t.trailer)}</section>'
        if t.trailer
        else ""
    )
