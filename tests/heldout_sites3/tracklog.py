# ruff: noqa: E501  (HTML templates read best on one line)
"""Tracklog: a Trakt-like dark page. The year is a <span> inside the <h1>; facts are
'<li><label>Runtime</label>1h 51m</li>' items (the value a bare text node after a <label>),
some with microdata attributes; votes in lower-case compact form ('1.4k votes') beside
watcher, play and list counts; a season grid that includes 'Specials'; actors as name and
'as Character' lines; the trailer a plain YouTube watch link on some deploys."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import (
    app_state,
    compact_votes,
    css,
    esc,
    hours,
    long_date,
    money_words,
    round_votes,
    youtube_embed,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites3.common import Classes, look, pick

NAME = "tracklog"


def fit(t: Title) -> Title:
    return replace(t, votes=round_votes(t.votes))


def small(n: int) -> str:
    return compact_votes(n).lower()


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("tl", rng)
    micro = rng.random() < 0.5
    scope = (f' itemscope itemtype="https://schema.org/{"TVSeries" if t.kind == "show" else "Movie"}"'
             if micro else "")
    name = f'<meta itemprop="name" content="{esc(t.title)}">' if micro else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(t.title)}'
            f"{f' ({t.year})' if t.year else ''} - Tracklog</title>"
            f'<link rel="canonical" href="{t.url}">{css("tl", t.slug, 70)}</head><body>'
            f"{_nav(c)}<div id=\"summary-wrapper\"{scope}>{name}{_hero(t, c)}"
            f'<div class="{c("container")}"><div class="{c("sidebar")}">{_stats(t, c, rng, micro)}'
            f"{_links(t, c)}</div><div class=\"{c('main')}\">{_overview(t, c, rng)}"
            f"{_seasons(t, ctx, c)}{_actors(t, c)}{_shouts(ctx, c)}{_related(ctx, c)}</div></div>"
            f"</div>{_footer(c)}"
            f'{app_state("__TL__", ctx.others, {"user": None, "vip": False})}</body></html>')


def _nav(c: Classes) -> str:
    return (f'<nav class="{c("navbar")}"><a class="{c("brand")}" href="/">tracklog</a><ul>'
            '<li><a href="/shows/trending">Shows</a></li><li><a href="/movies/trending">Movies'
            '</a></li><li><a href="/calendars">Calendar</a></li><li><a href="/apps">Apps</a>'
            '</li></ul><a href="/auth/join">Join for free</a></nav>')


def _hero(t: Title, c: Classes) -> str:
    year = f' <span class="year">{t.year}</span>' if t.year else ""
    rating = ""
    if t.votes:
        rating = (f'<ul class="{c("ratings")}"><li class="trakt-rating"><div class="rating">'
                  f'78%</div><div class="votes">{small(t.votes)} vote{"s" * (t.votes > 1)}'
                  "</div></li></ul>")
    counts = [(n * 37 + 11, w) for n, w in ((len(t.slug) * 13, "watchers"),
                                            (len(t.title) * 91, "plays"),
                                            (len(t.slug) * 7, "collected"), (3 * len(t.title),
                                                                             "lists"))]
    stats = "".join(f'<li><span class="number">{small(n)}</span> {w}</li>' for n, w in counts)
    return (f'<div class="{c("hero")}"><h1>{esc(t.title)}{year}</h1>{rating}'
            f'<ul class="{c("stats")}">{stats}</ul></div>')


def _li(label: str, value: str) -> str:
    return f"<li><label>{label}</label>{value}</li>"


def _stats(t: Title, c: Classes, rng: random.Random, micro: bool) -> str:
    rows = []
    if t.released:
        attr = f' itemprop="datePublished" content="{t.released.isoformat()}"' if micro else ""
        rows.append(_li(pick(rng, ("Released", "Premiered")) if t.kind == "show" else "Released",
                        f"<span{attr}>{long_date(t.released)}</span>"))
    if t.runtime:
        rows.append(_li("Runtime", hours(t.runtime) if rng.random() < 0.5
                        else f"{t.runtime} mins"))
    if t.rating:
        rows.append(_li("Certification", esc(t.rating)))
    if t.countries:
        rows.append(_li("Country", ", ".join(map(esc, t.countries))))
    if t.studios:
        more = f" +{t.more_studios} more" if t.more_studios else ""
        label = "Studios" if len(t.studios) > 1 else "Studio"
        rows.append(_li(label, ", ".join(map(esc, t.shown_studios)) + more))
    rows.append(_li("Language", "English"))
    for label, names in (("Director", t.directors), ("Writer", t.writers)):
        if names:
            rows.append(_li(label + "s" * (len(names) > 1), ", ".join(
                f'<a href="/people/{i}">{esc(n)}</a>' for i, n in enumerate(names))))
    if t.genres:
        prop = ' itemprop="genre"' if micro else ""
        rows.append(_li("Genres", ", ".join(f"<span{prop}>{esc(g)}</span>" for g in t.genres)))
    for label, m in (("Budget", t.budget), ("Box Office", t.box_office)):
        if m:
            rows.append(_li(label, money_words(m)))
    return f'<ul class="additional-stats">{"".join(rows)}</ul>'


def _links(t: Title, c: Classes) -> str:
    items = [f'<li><a href="https://www.imdb.com/title/{t.imdb}/">IMDB</a></li>'] if t.imdb else []
    items += ['<li><a href="https://www.themoviedb.example/">TMDB</a></li>',
              '<li><a href="https://en.wikipedia.org/">Wikipedia</a></li>']
    watch = _watch(t.streaming, c)
    return f'<div class="{c("links")}"><h3>Links</h3><ul class="external">{"".join(items)}</ul>{watch}</div>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("wtw")}"><h3>Where to watch</h3><p>Not streaming anywhere yet.</p></div>'
    n = len(s.platforms)
    head = (f"Streaming on {n} service{'s' * (n > 1)}" if s.available
            else f"Not currently available on {n} service{'s' * (n > 1)}")
    icons = "".join(f'<a href="/watchnow/{i}" title="{esc(p)}"><img alt="" src="/s/{i}.png"></a>'
                    for i, p in enumerate(s.platforms))
    return (f'<div class="{c("wtw")}"><h3>Where to watch</h3><p>{head}</p>{icons}'
            f"<small>Last verified {long_date(s.verified_on)}</small></div>")


def _overview(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<div id="tagline">{esc(t.tagline)}</div>' if t.tagline else ""
    if t.synopsis:
        out += f'<div id="overview"><p itemprop="description">{esc(t.synopsis)}</p></div>'
    if t.audience:
        out += f'<div class="{c("consensus")}"><h3>What Viewers Are Saying</h3><p>{esc(t.audience)}</p></div>'
    if t.trailer:
        if rng.random() < 0.5:
            out += (f'<a class="popup-video" href="https://youtube.com/watch?v={t.trailer}">'
                    "Watch Trailer</a>")
        else:
            out += f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>'
    return out


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not t.seasons:
        return ""
    cards = [f'<a href="{t.path}/seasons/0"><h3>Specials</h3><span>2 episodes</span></a>']
    cards += [f'<a href="{t.path}/seasons/{s}"><h3>Season {s}</h3><span>'
              f"{8 + s % 3} episodes</span></a>" for s in range(1, t.seasons + 1)]
    nxt = ""
    if ctx.episodes:
        e = ctx.episodes[-1]
        nxt = (f'<div class="{c("next")}"><h4>Latest episode</h4><h3>{e.season}x{e.number:02d} '
               f"{esc(e.name)}</h3><span>{long_date(e.aired)}</span> <span>{e.minutes} mins</span>"
               f"<p>Directed by {esc(e.director)}, written by {esc(e.writer)}</p></div>")
    return (f'<section class="{c("seasons")}"><h2>Seasons</h2><div class="{c("posters")}">'
            f'{"".join(cards)}</div>{nxt}</section>')


def _actors(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    items = "".join(
        f'<li><a href="/people/a{i}"><div class="titles"><h4>{esc(p.actor)}</h4>'
        + (f'<h4 class="character">as {esc(p.character)}</h4>' if p.character else "")
        + "</div></a></li>" for i, p in enumerate(t.cast))
    return f'<section class="{c("actors")}"><h2>Actors</h2><ul>{items}</ul></section>'


def _shouts(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<div class="comment"><h4>{esc(r.author)}</h4><span class="rating">'
                    f'{r.score}/10</span><div class="spoiler">{esc(r.text)}</div></div>'
                    for r in ctx.reviews)
    return f'<section class="{c("comments")}"><h2>Comments</h2>{items}</section>'


def _related(ctx: Context, c: Classes) -> str:
    cards = "".join(
        f'<div class="grid-item"><a href="{o.path}"><div class="titles"><h3>{esc(o.title)} '
        f'<span class="year">{o.year}</span></h3></div></a><ul class="additional-stats">'
        f"{_li('Runtime', hours(o.runtime or 97))}{_li('Certification', esc(o.rating))}</ul>"
        f'<div class="votes">{small(o.votes or 1)} votes</div></div>' for o in ctx.others)
    return f'<section class="{c("related")}"><h2>Related</h2>{cards}</section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">About</a><a href="/privacy">'
            'Privacy</a><a href="/terms">Terms</a><a href="/api">API</a>'
            "<p>Tracklog © 2026</p></footer>")
