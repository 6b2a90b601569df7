# ruff: noqa: E501  (HTML templates read best on one line)
"""What the twenty-fourth set's designs share: a page's own look (drawn from its title, so the
same seed renders the same markup), the eighteenth set's Site/Words/hide and the sixteenth set's
building blocks, the twenty-second set's page skeleton (each design fills it with its own words,
formats and blocks), and six markups of facts no earlier set uses (checked by grepping every
earlier generator, tests/heldout* and tests/heldout_sites2..22): a CSS grid whose values all
come first in the document and whose labels follow, each cell placed by a named grid area
(grid-template-areas pairs 'k3 v3' on one row); a declarative shadow root that holds the labels
and a named <slot> per value, the values in the light DOM in another order, each naming its
slot; list items whose value comes before its label in the markup, the stylesheet's
flex-direction:row-reverse drawing the label first; an ARIA grid of <div>s, a row of
role="columnheader" labels over a row of role="gridcell" values; an ordered list whose labels
are only the ::marker rule of each item's class (content:"Label: "); and narrow label/value
lines whose long labels carry <wbr> break opportunities inside their words."""

from __future__ import annotations

import random
import unicodedata
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
from tests.heldout_sites22.common import facts22

__all__ = ["NEW_STYLES", "Chrome", "Classes", "Site", "Words", "ages", "facts24", "fit_rng",
           "hide", "look", "no_characters", "pick", "rated", "render_site", "translate", "wbr"]

NEW_STYLES = ("areas", "slots", "reverse", "gridcells", "marker", "wbr")
Rows = Sequence[Row]


def look(design: str, t: object) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites24:{design}:{getattr(t, 'slug', t)}")


def fit_rng(design: str, t: object, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites24:{design}:{getattr(t, 'slug', t)}:{what}")


def _kept(rows: Rows) -> list[tuple[str, str]]:
    return [(k, v if isinstance(v, str) else ", ".join(v)) for k, v in rows if v]


def areas(c: Classes, rows: Rows) -> str:
    """A grid: every value first, then every label, each placed by its named area so that
    label k3 and value v3 share a row."""
    kept = _kept(rows)
    grid = c("areas")
    template = " ".join(f'"k{i} v{i}"' for i in range(len(kept)))
    rule = f"<style>.{grid}{{display:grid;grid-template-columns:auto 1fr;gap:4px 16px;grid-template-areas:{template}}}</style>"
    values = "".join(f'<span style="grid-area:v{i}">{v}</span>' for i, (_, v) in enumerate(kept))
    labels = "".join(f'<span style="grid-area:k{i}">{k}</span>' for i, (k, _) in enumerate(kept))
    return f'{rule}<div class="{grid}">{values}{labels}</div>'


def slots(c: Classes, rows: Rows) -> str:
    """A component whose shadow root lays out the labels, each beside a named slot; the values
    are its light-DOM children, last first, each naming the slot it fills."""
    kept = _kept(rows)
    shadow = "".join(f'<dt>{k}</dt><dd><slot name="f{i}"></slot></dd>' for i, (k, _) in enumerate(kept))
    light = "".join(f'<span slot="f{i}">{v}</span>' for i, (_, v) in reversed(list(enumerate(kept))))
    style = "<style>dl{display:grid;grid-template-columns:auto 1fr;gap:4px 12px}dt{color:#888}dd{margin:0}</style>"
    return f'<div class="{c("facts")}"><template shadowrootmode="open">{style}<dl>{shadow}</dl></template>{light}</div>'


def reverse(c: Classes, rows: Rows) -> str:
    """Each item its value first and its label second; the stylesheet draws them reversed."""
    lst = c("rev")
    rule = f"<style>.{lst} li{{display:flex;flex-direction:row-reverse;justify-content:flex-end;gap:8px}}.{lst} li span:last-child{{font-weight:600}}</style>"
    body = "".join(f"<li><span>{v}</span><span>{k}</span></li>" for k, v in _kept(rows))
    return f'{rule}<ul class="{lst}">{body}</ul>'


def gridcells(c: Classes, rows: Rows) -> str:
    """An ARIA grid of <div>s: a row of column headers (the labels) over a row of cells."""
    kept = _kept(rows)
    grid = c("grid")
    rule = f"<style>.{grid} [role=row]{{display:grid;grid-template-columns:repeat({len(kept)},minmax(80px,1fr))}}.{grid}{{overflow-x:auto}}</style>"
    heads = "".join(f'<div role="columnheader">{k}</div>' for k, _ in kept)
    cells = "".join(f'<div role="gridcell">{v}</div>' for _, v in kept)
    return f'{rule}<div class="{grid}" role="grid" aria-readonly="true"><div role="row">{heads}</div><div role="row">{cells}</div></div>'


def marker(c: Classes, rows: Rows) -> str:
    """An ordered list, each item of its own class, its label only that class's ::marker."""
    kept = _kept(rows)
    names = [c(f"m{i}") for i in range(len(kept))]
    rules = "".join(f'.{n}::marker{{content:"{k}: ";font-weight:600}}' for n, (k, _) in zip(names, kept, strict=True))
    body = "".join(f'<li class="{n}">{v}</li>' for n, (_, v) in zip(names, kept, strict=True))
    lst = c("spec")
    inside = f".{lst}{{list-style-position:inside;padding-left:0}}"  # the marker box in the line
    return f'<style>{inside}{rules}</style><ol class="{lst}">{body}</ol>'


def wbr(label: str) -> str:
    """A label whose words of more than seven letters may break once (<wbr>), as a narrow
    column needs: after a vowel and before a consonant, the boundary nearest the middle (Latin
    and Cyrillic letters only; a word in another script is left whole)."""
    out = []
    for word in label.split(" "):
        cuts = [i for i in range(2, len(word) - 1)
                if word[i - 1].lower() in VOWELS and word[i].isalpha() and word[i].lower() not in VOWELS]
        if len(word) > 7 and cuts and all(_spelled(ch) for ch in word):
            cut = min(cuts, key=lambda i: abs(i - len(word) / 2))
            word = f"{word[:cut]}<wbr>{word[cut:]}"
        out.append(word)
    return " ".join(out)


VOWELS = set("aeiouyаеёиоуыэюяәөүіӛ")


def _spelled(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith(("LATIN", "CYRILLIC"))


def wbr_lines(c: Classes, rows: Rows) -> str:
    """Narrow label/value lines, the long labels breakable inside their words."""
    lst = c("narrow")
    rule = f"<style>.{lst}{{max-width:220px}}.{lst} .{c('k')}{{display:block;font-size:12px;color:#777}}</style>"
    k, v = c("k"), c("v")
    body = "".join(f'<li><span class="{k}">{wbr(label)}</span> <span class="{v}">{value}</span></li>' for label, value in _kept(rows))
    return f'{rule}<ul class="{lst}">{body}</ul>'


def facts24(c: Classes, style: str, rows: Rows, caption: str = "", prefix: str = "x") -> str:
    """Labelled values (already escaped) in a markup of this set or an earlier one."""
    new: dict[str, Callable[[Classes, Rows], str]] = {
        "areas": areas, "slots": slots, "reverse": reverse, "gridcells": gridcells,
        "marker": marker, "wbr": wbr_lines}
    if style in new:
        return new[style](c, rows)
    return facts22(c, style, rows, caption, prefix)


def render_site(s: Site, t: Title, ctx: Context) -> str:
    rng = look(s.name, t)
    c = Classes(s.prefix, rng)
    long = rng.random() < 0.5
    ld = schema(t, s.ld_keys) if s.ld_keys and rng.random() < s.ld_share else ""
    facts = _facts(s, t, c, rng, long)
    blocks = [facts, cast_block(t, c, s.words.heads["cast"], f"/{s.prefix}/person/"),
              _trailer(s, t, c), episodes_block(ctx, c, s.words.heads["episodes"], lambda e: s.episode(e, long)),
              s.extra(t, c, rng), comments(ctx, c, s.words.heads["reviews"], s.words.heads["no_reviews"])]
    order = pick(rng, ("facts-first", "cast-first", "extra-before-comments"))
    if order == "cast-first":
        blocks.insert(0, blocks.pop(1))
    elif order == "extra-before-comments":
        blocks = [blocks[0], blocks[2], blocks[1], blocks[3], blocks[4], blocks[5]]
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
    heading = f'<h1 class="{c("title")}">{esc(t.title)}</h1>'
    meta = ""
    if rng.random() < 0.5:
        parts = [str(t.year or ""), t.rating or "", s.runtime(t.runtime, long) if t.runtime else "", ", ".join(t.genres)]
        meta = f'<p class="{c("meta")}">{esc(s.meta_sep.join(x for x in parts if x))}</p>'
    out += f'<header class="{c("titlebar")}">{heading}{meta}</header>' if rng.random() < 0.5 else heading + meta
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
    head = s.words.heads["details"]
    body = facts24(c, pick(rng, s.styles), [(k, v) for k, v in rows if k], head, s.prefix)
    if t.imdb:
        body += f"<p>{imdb_link(t.imdb, s.imdb_text)}</p>"
    if rng.random() < 0.25:
        fold = c("fold")
        return f'<section class="{c("details")}"><h2><button type="button" aria-expanded="false" aria-controls="{fold}">{head}</button></h2><div id="{fold}" hidden="until-found">{body}</div></section>'
    return f'<section class="{c("details")}"><h2>{head}</h2>{body}</section>'


def _trailer(s: Site, t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>{s.words.heads["trailer"]}</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
