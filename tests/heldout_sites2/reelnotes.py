"""Reelnotes: a review blog. The post's prose compares the title with OTHER titles (their
years, runtimes, certificates); the title's facts sit in an 'At a glance' sidebar as
<strong>label</strong><br>value items ('est. $3,600,000', '12,400 readers rated this',
'Actor as Character'); the JSON-LD is a schema.org Review whose author is the blogger."""

from __future__ import annotations

import random
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    css,
    esc,
    grouped,
    hours,
    json_ld,
    ld_type,
    long_date,
    money_symbol,
    youtube_embed,
)
from tests.heldout_sites2.records import Streaming, Title, person
from tests.heldout_sites2.site import Context


def fit(t: Title) -> Title:
    return t


def blogger(t: Title) -> str:
    """The post's author (a seeded name: the same post always has the same author)."""
    return person(random.Random(f"blogger:{t.slug}"))


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
            f"<title>{esc(t.title)} review – Reelnotes</title>"
            f'<link rel="canonical" href="{t.url}">{css("wp", t.slug, 85)}{_ld(t)}</head>'
            f'<body class="post-template-default single">{_masthead()}<div class="site">'
            f'<article class="post">{_head(t)}<div class="entry-content">{_essay(t, ctx)}'
            f"{_texts(t)}</div>{_comments(ctx)}</article>"
            f'<aside class="widget-area">{_glance(t)}{_stream(t.streaming)}{_related(ctx)}'
            f"</aside></div>{_colophon()}"
            f'{app_state("reelnotesWidgets", ctx.others, {"post": t.slug})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {
        "@type": "Review", "author": {"@type": "Person", "name": blogger(t)},
        "datePublished": "2026-02-14",
        "itemReviewed": {"@type": ld_type(t), "name": t.title, "url": t.url},
        "reviewRating": {"@type": "Rating", "ratingValue": 1 + len(t.slug) % 5,
                         "bestRating": 5}}
    return json_ld(data)


def _masthead() -> str:
    return ('<header class="site-header"><p class="site-title"><a href="/">Reelnotes</a></p>'
            '<p class="site-description">Long reads on short attention spans</p>'
            '<nav class="main-navigation"><a href="/category/reviews">Reviews</a>'
            '<a href="/category/essays">Essays</a><a href="/category/tv">TV</a>'
            '<a href="/about">About</a><a href="/newsletter">Newsletter</a></nav></header>')


def _head(t: Title) -> str:
    tag = f'<p class="entry-subtitle">“{esc(t.tagline)}”</p>' if t.tagline else ""
    kind = "TV review" if t.kind == "show" else "Film review"
    return (f'<header class="entry-header"><span class="cat-links">{kind}</span>'
            f'<h1 class="entry-title">{esc(t.title)}</h1>{tag}<div class="entry-meta">By '
            f'<span class="author">{esc(blogger(t))}</span> · <time>February 14, 2026</time>'
            f" · 8 min read</div></header>")


def _essay(t: Title, ctx: Context) -> str:
    a, b = ctx.others[0], ctx.others[1]
    return (f"<p>I went in expecting something like <a href=\"{a.path}\">{esc(a.title)}</a> "
            f"({a.year}), which ran {a.runtime} minutes and earned its {esc(a.rating)} the hard "
            f"way. What I got was closer to <a href=\"{b.path}\">{esc(b.title)}</a>, "
            f"minus the {b.runtime}-minute sprawl.</p><p>{esc(t.title)} is the kind of "
            "work that rewards patience. The first act is slow; the last is earned. I'd "
            "watch it again, probably on a plane.</p>")


def _texts(t: Title) -> str:
    out = ""
    if t.synopsis:
        out += f'<h2>The premise</h2><p class="premise">{esc(t.synopsis)}</p>'
    if t.trailer:
        out += f'<figure class="wp-block-embed">{youtube_embed(t.trailer)}</figure>'
    if t.audience:
        out += (f'<h2>What Viewers Are Saying</h2><blockquote class="consensus"><p>'
                f"{esc(t.audience)}</p></blockquote>")
    return out


def _item(label: str, value: str) -> str:
    return f"<li><strong>{label}</strong><br>{value}</li>"


def _glance(t: Title) -> str:
    items = [_item("Format", "Series" if t.kind == "show" else "Feature film")]
    if t.released:
        items.append(_item("Released", long_date(t.released)))
    elif t.year:
        items.append(_item("Year", str(t.year)))
    if t.runtime:
        items.append(_item("Episode runtime" if t.kind == "show" else "Runtime",
                           hours(t.runtime)))
    if t.seasons:
        items.append(_item("Seasons", str(t.seasons)))
    if t.rating:
        items.append(_item("Rated", esc(t.rating)))
    if t.votes:
        noun = "reader rated" if t.votes == 1 else "readers rated"
        items.append(_item("Reader score", f"{grouped(t.votes)} {noun} this"))
    return (f'<section class="widget glance"><h2 class="widget-title">At a glance</h2><ul>'
            f'{"".join(items)}{_credits(t)}{_money(t)}</ul></section>')


def _credits(t: Title) -> str:
    items = [_item(label, ", ".join(map(esc, values))) for label, values in (
        ("Genre", t.genres), ("Country", t.countries), ("Director", t.directors),
        ("Writer", t.writers)) if values]
    if t.studios:
        more = f" and {t.more_studios} more" if t.more_studios else ""
        items.append(_item("Studio", ", ".join(map(esc, t.shown_studios)) + more))
    if t.cast:
        starring = "<br>".join(esc(c.actor) + (f" as {esc(c.character)}" if c.character else "")
                               for c in t.cast)
        items.append(_item("Starring", starring))
    return "".join(items)


def _money(t: Title) -> str:
    items = ""
    if t.budget:
        items += _item("Budget", f"est. {money_symbol(t.budget)}")
    if t.box_office:
        items += _item("Box office", money_symbol(t.box_office))
    if t.imdb:
        items += _item("More", f'<a href="https://www.imdb.com/title/{t.imdb}/">IMDb</a>')
    return items


def _stream(s: Streaming | None) -> str:
    if s is None:
        return ""
    n = len(s.platforms)
    names = ", ".join(map(esc, s.platforms))
    if not s.counted:
        body = "<p>Not streaming anywhere yet.</p>"
    elif s.available:
        body = f"<p>Available on {n} service{'s' * (n > 1)}: {names}</p>"
    else:
        body = f"<p>Streaming on 0 of {n} services ({names})</p>"
    return (f'<section class="widget stream"><h2 class="widget-title">Where to stream</h2>'
            f"{body}<p><small>Last verified {long_date(s.verified_on)}</small></p></section>")


def _comments(ctx: Context) -> str:
    items = "".join(
        f'<li class="comment"><b class="fn">{esc(r.author)}</b> <time>'
        f"{long_date(r.posted)}</time><p>{esc(r.text)}</p></li>" for r in ctx.reviews)
    for e in ctx.episodes:
        items += (f'<li class="comment"><b class="fn">{esc(e.writer)}</b><p>Episode {e.number}, '
                  f"“{esc(e.name)}” ({e.minutes} min, directed by {esc(e.director)}) is the "
                  "best one.</p></li>")
    count = len(ctx.reviews) + len(ctx.episodes)
    return (f'<section id="comments"><h2>{count} comments</h2><ol class="comment-list">{items}'
            '</ol><form id="commentform"><textarea name="comment"></textarea></form></section>')


def _related(ctx: Context) -> str:
    items = "".join(
        f'<li><a href="{o.path}">{esc(o.title)}</a> ({o.year}) · {hours(o.runtime or 97)} · '
        f"{esc(o.rating)} · {grouped(o.votes or 1)} readers rated this</li>"
        for o in ctx.others[2:])
    return (f'<section class="widget related"><h2 class="widget-title">More reviews</h2>'
            f"<ul>{items}</ul></section>")


def _colophon() -> str:
    return ('<footer class="site-footer"><p>Reelnotes runs on coffee and a very old laptop.'
            '</p><a href="/feed">RSS</a> · <a href="/privacy-policy">Privacy</a></footer>')
