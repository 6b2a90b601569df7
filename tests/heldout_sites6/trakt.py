# ruff: noqa: E501  (HTML templates read best on one line)
"""Trakt: a Trakt-like tracker page (English). The <h1> holds the title with the year and the
certification in child spans ('Title <span class="year">1995</span>'); a stats row where the
score '87%' sits beside '12,400 votes' or a compact '12.4k votes' among traps ('1.2k
watchers', '5.6k plays', '345 collected', '78 lists', '12 comments'); a tagline and overview;
an 'additional-stats' list of <label>-led items ('Released', 'Premiered', 'Runtime' '1h 51m',
'Certification', 'Country'/'Countries', 'Studio'/'Studios' with '+2 more', 'Network',
'Genres', 'Languages'); a season grid with a 'Specials' card and '3 seasons'; the latest
episodes with their own runtime and director; people cards giving the job ('Director',
'Screenplay', 'Writer', 'Producer', 'Director of Photography', 'Original Music Composer') or
'as Character'; 'Where to Watch'; trailer and IMDb as external links; shouts; 'Related'
rails; a JSON-LD on some deploys. No audience text and no money."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    compact_votes,
    css,
    esc,
    grouped,
    hours,
    json_ld,
    ld_type,
    long_date,
    round_votes,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites6.common import Classes, cookie_banner, fit_rng, look, others_people, pick

NAME = "trakt"


def _compact(t: Title) -> bool:
    return fit_rng(NAME, t, "compact").random() < 0.5


def fit(t: Title) -> Title:
    votes = round_votes(t.votes) if _compact(t) else t.votes
    return replace(t, audience=None, budget=None, box_office=None, votes=votes)


def k(n: int) -> str:
    """'12.4k', '1.4m': Trakt's lower-case compact counts."""
    return compact_votes(n).lower()


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("tk", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_stats(t, c, rng), _seasons(t, ctx, c), _people(t, c, rng), _watch(t.streaming, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f'{f" ({t.year})" if t.year else ""} - Trakt</title><link rel="canonical" href="{t.url}">'
            f'<meta property="og:type" content="{"video.tv_show" if t.kind == "show" else "video.movie"}">{css("tk", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("gdpr"), "We use cookies to personalize content and to analyze our traffic.", "Accept", "Manage")}'
            f'{_nav(c)}<main class="{c("main")}">{_summary(t, c, rng)}{"".join(blocks)}{_shouts(ctx, c)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__TRAKT_STATE__", ctx.others, {"tz": "UTC"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.synopsis:
        data["description"] = t.synopsis
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 8.4, "bestRating": 10,
                                   "ratingCount": t.votes}
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast[:5]]
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Shows", "Movies", "Calendars", "Lists", "Apps", "VIP")
    return (f'<header class="{c("navbar")}"><a href="/" class="{c("brand")}">trakt</a><nav><ul>'
            + "".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in items)
            + '</ul></nav><input type="search" placeholder="Search shows, movies, people..." aria-label="Search"><a href="/auth/signin">Sign In</a></header>')


def _summary(t: Title, c: Classes, rng: random.Random) -> str:
    year = f' <span class="{c("year")}">{t.year}</span>' if t.year and rng.random() < 0.7 else ""
    cert = f' <span class="{c("certification")}">{esc(t.rating)}</span>' if t.rating and rng.random() < 0.5 else ""
    out = f'<section class="{c("summary")}"><h1 class="{c("title")}">{esc(t.title)}{year}{cert}</h1>'
    if t.tagline:
        out += f'<p class="{c("tagline")}">{esc(t.tagline)}</p>'
    if t.synopsis:
        out += f'<div id="overview" class="{c("overview")}"><p>{esc(t.synopsis)}</p></div>'
    compact = _compact(t)
    score = ""
    if t.votes:
        shown = k(t.votes) if compact else grouped(t.votes)
        score = f'<li class="{c("rating")}"><b>{60 + len(t.slug) % 39}%</b> <span>{shown} {"vote" if t.votes == 1 else "votes"}</span></li>'
    traps = (f"<li>{k(len(t.slug) * 1187)} watchers</li><li>{k(len(t.title) * 4513)} plays</li>"
             f"<li>{len(t.slug) * 9} collected</li><li>{len(t.title) * 3} lists</li><li>{len(t.slug)} comments</li>")
    out += f'<ul class="{c("stats")}">{score}{traps}</ul>'
    links = []
    if t.trailer:
        links.append(f'<a class="{c("btn-trailer")}" href="https://youtube.com/watch?v={t.trailer}">Watch Trailer</a>')
    if t.imdb:
        links.append(f'<a href="https://www.imdb.com/title/{t.imdb}/" title="IMDb">IMDB</a>')
    links.append(f'<a href="https://www.themoviedb.org/{t.kind}/{len(t.slug) * 1009}">TMDB</a>')
    return out + f'<div class="{c("external")}">{"".join(links)}</div></section>'


def _item(label: str, value: str) -> str:
    return f"<li><label>{label}</label> {value}</li>"


def _stats(t: Title, c: Classes, rng: random.Random) -> str:
    items = []
    if t.released:
        items.append(_item("Premiered" if t.kind == "show" else "Released", long_date(t.released)))
    elif t.year:
        items.append(_item("Year", str(t.year)))
    if t.runtime:
        items.append(_item("Runtime", hours(t.runtime)))
    if t.rating:
        items.append(_item("Certification", esc(t.rating)))
    if t.countries:
        items.append(_item("Country" if len(t.countries) == 1 else "Countries", ", ".join(map(esc, t.countries))))
    if t.kind == "show":
        items.append(_item("Network", pick(rng, ("HBO", "BBC One", "Netflix", "FX", "ABC"))))
        items.append(_item("Airs", f"{pick(rng, ('Sunday', 'Monday', 'Thursday'))} 9:00pm (EST)"))
    if t.studios:
        more = f" +{t.more_studios} more" if t.more_studios else ""
        items.append(_item("Studio" if len(t.studios) == 1 else "Studios", ", ".join(map(esc, t.shown_studios)) + more))
    items.append(_item("Language", pick(rng, ("English", "English, Spanish", "French"))))
    if t.genres:
        items.append(_item("Genres", ", ".join(map(esc, t.genres))))
    if rng.random() < 0.5:
        items.reverse()
    return f'<ul class="{c("additional-stats")}">{"".join(items)}</ul>'


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not t.seasons:
        return ""
    cards = "".join(f'<a href="{t.path}/seasons/{s}"><h3>Season {s}</h3><span>{6 + (s * 7) % 8} episodes</span></a>'
                    for s in range(1, t.seasons + 1))
    episodes = "".join(f'<li><b>{e.season}x{e.number:02d}</b> {esc(e.name)} <span>{hours(e.minutes)}</span> '
                       f"<span>Aired {long_date(e.aired)}</span> <span>Directed by {esc(e.director)}</span></li>" for e in ctx.episodes)
    return (f'<section class="{c("seasons")}"><h2>{t.seasons} {"season" if t.seasons == 1 else "seasons"}</h2>'
            f'<div class="{c("season-posters")}"><a href="{t.path}/seasons/0"><h3>Specials</h3><span>2 episodes</span></a>{cards}</div>'
            f'<h2>Latest Episodes</h2><ol>{episodes}</ol></section>')


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer, dop, music = others_people(t, rng, 3)
    writing = pick(rng, ("Screenplay", "Writer"))
    crew = ([(d, "Director") for d in t.directors] + [(w, writing) for w in t.writers]
            + [(producer, "Producer"), (dop, "Director of Photography"), (music, "Original Music Composer")])
    cast = "".join(f'<li><a href="/people/{i}"><h4>{esc(p.actor)}</h4></a>'
                   + (f'<p class="{c("character")}">as {esc(p.character)}</p>' if p.character else "") + "</li>"
                   for i, p in enumerate(t.cast))
    crewed = "".join(f'<li><a href="/people/{100 + i}"><h4>{esc(n)}</h4></a><p>{job}</p></li>' for i, (n, job) in enumerate(crew))
    return (f'<section class="{c("people")}">' + (f"<h2>Actors</h2><ul>{cast}</ul>" if t.cast else "")
            + f"<h2>Crew</h2><ul>{crewed}</ul></section>")


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("where")}"><h2>Where to Watch</h2><p>Not streaming anywhere yet.</p></section>'
    n = len(s.platforms)
    head = (f"Streaming on {n} {'service' if n == 1 else 'services'}" if s.available
            else f"Streaming on 0 of {n} {'service' if n == 1 else 'services'}")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<section class="{c("where")}"><h2>Where to Watch</h2><p>{head}</p><ul>{items}</ul><small>Updated {long_date(s.verified_on)}</small></section>'


def _shouts(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<article class="{c("shout")}"><b>{esc(r.author)}</b> <span>{r.score}/10</span> '
                    f"<time>{long_date(r.posted)}</time><p>{esc(r.text)}</p></article>" for r in ctx.reviews)
    return f'<section class="{c("shouts")}"><h2>Shouts</h2>{items}</section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><h4>{esc(o.title)}</h4><span>{o.year}</span><span>{hours(o.runtime or 97)}</span>'
                    f"<span>{esc(o.rating)}</span><span>{k(o.votes or 1)} votes</span></a></li>" for o in ctx.others)
    return f'<section class="{c("related")}"><h2>Related</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">About</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a>'
            '<a href="https://status.trakt.tv">Status</a><p>© 2026 Trakt. All rights reserved.</p></footer>')
