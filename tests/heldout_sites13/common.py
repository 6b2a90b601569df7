# ruff: noqa: E501  (HTML templates read best on one line)
"""What the thirteenth set's designs share: a page's own look (drawn from its title, so the same
seed renders the same markup), labelled facts in one of several markups, cast cards, episode
lists, comments, where-to-watch blocks, rails of other titles and the page's furniture."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tests.heldout_sites2.kit import app_state, css, esc
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites12.common import (
    Classes,
    cookie_banner,
    dotted,
    footer,
    nav,
    no_characters,
    others_people,
    pick,
    rail,
    rated,
    schema,
    translate,
)

__all__ = ["Chrome", "Classes", "cast_block", "comments", "dotted", "episodes_block", "facts",
           "fit_rng", "look", "no_characters", "others_people", "page", "pick", "rail", "rated",
           "schema", "translate", "where"]

FACT_STYLES = ("dl", "table", "lines", "list")


def look(design: str, t: Title) -> random.Random:
    """The page's own variation: which wording, wrapper and order this deploy renders."""
    return random.Random(f"sites13:{design}:{t.slug}")


def fit_rng(design: str, t: Title, what: str) -> random.Random:
    """One thing a design decides about a title before rendering: `fit` and `render` both
    draw it, so the record says what the page shows."""
    return random.Random(f"sites13:{design}:{t.slug}:{what}")


def facts(c: Classes, style: str, rows: Sequence[tuple[str, str]], colon: str = ":") -> str:
    """Labelled values (already escaped) as a definition list, a table, lines or a list."""
    rows = [(k, v) for k, v in rows if v]
    if style == "dl":
        body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        return f'<dl class="{c("facts")}">{body}</dl>'
    if style == "table":
        body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        return f'<table class="{c("facts")}"><tbody>{body}</tbody></table>'
    if style == "lines":
        return "".join(f'<p class="{c("fact")}"><b>{k}{colon}</b> {v}</p>' for k, v in rows)
    body = "".join(f'<li><span class="{c("label")}">{k}{colon}</span> {v}</li>' for k, v in rows)
    return f'<ul class="{c("facts")}">{body}</ul>'


def cast_block(t: Title, c: Classes, head: str, href: str) -> str:
    """Cards with the role under the actor when the page names roles, else a names line."""
    if any(p.character for p in t.cast):
        cards = "".join(f'<li class="{c("person")}"><a href="{href}{i}">{esc(p.actor)}</a><small>{esc(p.character or "")}</small></li>' for i, p in enumerate(t.cast))
        return f'<section class="{c("cast")}"><h2>{head}</h2><ul>{cards}</ul></section>'
    if t.cast:
        names = ", ".join(f'<a href="{href}{i}">{esc(p.actor)}</a>' for i, p in enumerate(t.cast))
        return f'<section class="{c("cast")}"><h2>{head}</h2><p>{names}</p></section>'
    return ""


def episodes_block(ctx: Context, c: Classes, head: str, line: Callable[[Episode], str]) -> str:
    """The latest season's episodes, each with its own length, date and crew: traps."""
    if not ctx.episodes:
        return ""
    items = "".join(f'<li class="{c("episode")}"><h3>{esc(e.name)}</h3>{line(e)}</li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>{head}</h2><ol>{items}</ol></section>'


def comments(ctx: Context, c: Classes, head: str, empty: str) -> str:
    items = "".join(f'<article class="{c("review")}"><b>{esc(r.author)}</b> <span>{r.score}/10</span><p>{esc(r.text)}</p></article>' for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>{head}</h2>{items or f"<p>{empty}</p>"}</section>'


@dataclass(frozen=True)
class WhereWords:
    head: str
    none_yet: str
    on: Callable[[int], str]  # 'on 3 services'
    on_none: Callable[[int], str]  # 'on none of the 7 services checked'
    checked: Callable[[Streaming], str]  # 'checked 3 March 2026'


def where(t: Title, c: Classes, w: WhereWords) -> str:
    s = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("where")}"><h2>{w.head}</h2><p>{w.none_yet}</p></section>'
    n = len(s.platforms)
    say = w.on(n) if s.available else w.on_none(n)
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<section class="{c("where")}"><h2>{w.head}</h2><p>{say}</p><ul>{items}</ul><small>{w.checked(s)}</small></section>'


@dataclass(frozen=True)
class Chrome:
    """A site's furniture: language, brand, menus, consent text, footer notice."""
    lang: str
    brand: str
    menu: tuple[str, ...]
    consent: tuple[str, str, str]
    links: tuple[str, ...]
    notice: str
    state: str  # the app state's variable, 'window.__X__'
    rtl: bool = False


def page(t: Title, ctx: Context, c: Classes, chrome: Chrome, head_extra: str, main: str) -> str:
    direction = ' dir="rtl"' if chrome.rtl else ""
    return (f'<!DOCTYPE html><html lang="{chrome.lang}"{direction}><head><meta charset="utf-8"><title>{esc(t.title)} | {esc(chrome.brand)}</title>'
            f'<link rel="canonical" href="{t.url}">{css(c.prefix, t.slug, 110)}{head_extra}</head><body>'
            f'{cookie_banner(c("consent"), *chrome.consent)}{nav(c, chrome.brand, chrome.menu)}<main class="{c("main")}">{main}</main>'
            f'{footer(c, chrome.links, chrome.notice)}{app_state(chrome.state, ctx.others, {"lang": chrome.lang})}</body></html>')
