# ruff: noqa: E501  (HTML templates read best on one line)
"""TV Guide: a TVGuide.com show or movie page (English). The <h1> title; an unlabelled meta
line 'TV-14 · Drama · 2008 – 2013' (a movie's 'R · Drama · 1995 · 2 hr 50 mins'); a show's
'5 Seasons' and an episode length ('45 mins'); 'Premiere Date' or 'Release Date' ('January 20,
2008'); the synopsis; 'Where to Watch' with 'Watch on 3 services' and 'Updated Mar 3, 2026'
(or 'Not streaming on any of the 4 services we track'), each provider with 'Subscription',
'Rent' or 'Buy' and a price as a trap; 'Cast & Crew' cards of actor over role, 'Creator' or
'Director', 'Writer' and 'Executive Producer' (a trap); a show's latest episodes with their own
air dates and runtimes; 'TV Guide rating' as a score; 'More Like This' rails; news headlines;
a JSON-LD TVSeries or Movie on some pages. No tagline, audience text, votes, countries,
studios, money, IMDb link or trailer."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import MONTHS, app_state, css, esc, json_ld, ld_type, long_date
from tests.heldout_sites2.records import TV_RATINGS, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites10.common import Classes, cookie_banner, look, others_people, pick

NAME = "tvguide"
US = ("G", "PG", "PG-13", "R", "NC-17", "NR", *TV_RATINGS)


def fit(t: Title) -> Title:
    rating = "NR" if t.rating == "Not Rated" else t.rating
    return replace(t, rating=rating if rating in US else None, tagline=None, audience=None,
                   votes=None, countries=(), studios=(), studios_shown=0, budget=None,
                   box_office=None, imdb=None, trailer=None)


def mins(n: int) -> str:
    """'2 hr 50 mins', '2 hr', '45 mins', '1 min'."""
    big, small = divmod(n, 60)
    return " ".join(([f"{big} hr"] if big else []) + ([f"{small} min{'s' if small != 1 else ''}"] if small or not big else []))


def short_day(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("c-tv", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_where(t, c, rng), _episodes(ctx, c), _cast(t, c, rng), _more(ctx, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)} - {"TV Series" if t.kind == "show" else "Movie"} - Where To Watch - TV Guide</title>'
            f'<link rel="canonical" href="{t.url}">{css("c-tv", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("onetrust"), "We and our partners use cookies to personalize content and ads and to analyze our traffic.", "Accept All", "Reject All")}'
            f'{_nav(c)}<main class="{c("page")}">{_hero(t, c, rng)}{"".join(blocks)}{_news(c)}</main>'
            f'{_footer(c)}{app_state("__TVG_DATA__", ctx.others, {"region": "US"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.synopsis:
        data["description"] = t.synopsis
    if t.genres:
        data["genre"] = list(t.genres)
    if t.rating:
        data["contentRating"] = t.rating
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    if t.seasons:
        data["numberOfSeasons"] = t.seasons
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("TV Listings", "Watchlist", "Shows", "Movies", "News", "Reviews", "Galleries")
    return (f'<header class="{c("header")}"><a href="/" aria-label="TV Guide">TV Guide</a><nav><ul>'
            + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(items)) + "</ul></nav></header>")


def _meta(t: Title, rng: random.Random) -> str:
    parts = [esc(t.rating)] if t.rating else []
    parts += [esc(t.genres[0])] if t.genres else []
    if t.year:
        parts.append(_years(t, rng))
    if t.runtime and t.kind == "movie":
        parts.append(mins(t.runtime))
    return " · ".join(f"<span>{p}</span>" for p in parts)


def _years(t: Title, rng: random.Random) -> str:
    """A show's run, '2008 – 2013' or '2008 –' while it lasts; a movie's year."""
    if t.kind != "show" or t.year is None or rng.random() < 0.4:
        return str(t.year)
    end = t.year + (t.seasons or 1) - 1
    return f"{t.year} – {end}" if end <= 2026 else f"{t.year} –"


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><div class="{c("meta")}">{_meta(t, rng)}</div>'
    facts: list[tuple[str, str]] = []
    if t.seasons:
        facts.append(("Seasons", f"{t.seasons} Season{'s' if t.seasons > 1 else ''}"))
        if t.runtime:
            facts.append(("Episode length", mins(t.runtime)))
    if len(t.genres) > 1:
        facts.append(("Genres", ", ".join(map(esc, t.genres))))
    if t.released:
        facts.append(("Premiere Date" if t.kind == "show" else "Release Date", long_date(t.released)))
    out += "<ul>" + "".join(f'<li class="{c("fact")}"><span class="{c("label")}">{k}</span> <span>{v}</span></li>' for k, v in facts) + "</ul>"
    if t.synopsis:
        out += f'<div class="{c("synopsis")}"><p>{esc(t.synopsis)}</p></div>'
    return out + f'<div class="{c("score")}"><span>TV Guide rating</span> <b>{6 + len(t.slug) % 4}.{len(t.title) % 10}/10</b></div></section>'


def _where(t: Title, c: Classes, rng: random.Random) -> str:
    s = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("where")}"><h2>Where to Watch</h2><p>{esc(t.title)} is not available to stream yet.</p></section>'
    n = len(s.platforms)
    head = (f"Watch on {n} service{'s' if n > 1 else ''}" if s.available
            else f"Not streaming on any of the {n} service{'s' if n > 1 else ''} we track")
    offers = "".join(f'<li class="{c("provider")}"><b>{esc(p)}</b> <span>{pick(rng, ("Subscription", "Rent $3.99", "Buy $9.99", "Free with ads")) if s.available else "Not available"}</span></li>' for p in s.platforms)
    return (f'<section class="{c("where")}"><h2>Where to Watch</h2><p>{head}</p><ul>{offers}</ul>'
            f'<p class="{c("updated")}">Updated {short_day(s.verified_on)}</p></section>')


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li><b>S{e.season} E{e.number}</b> {esc(e.name)}<span>{long_date(e.aired)}</span><span>{mins(e.minutes)}</span><p>Directed by {esc(e.director)}</p></li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Latest Episodes</h2><ul>{items}</ul></section>'


def _cast(t: Title, c: Classes, rng: random.Random) -> str:
    cards = [(p.actor, p.character or "") for p in t.cast]
    cards += [(d, "Director") for d in t.directors]
    cards += [(w, "Creator" if t.kind == "show" else "Writer") for w in t.writers]
    cards += [(others_people(t, rng, 1)[0], "Executive Producer")]
    items = "".join(f'<li class="{c("credit")}"><a href="/celebrities/{i}"><span class="{c("name")}">{esc(n)}</span></a><span class="{c("role")}">{esc(r)}</span></li>' for i, (n, r) in enumerate(cards))
    return f'<section class="{c("castcrew")}"><h2>Cast &amp; Crew</h2><ul>{items}</ul></section>'


def _more(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><span>{esc(o.rating or "")} · {o.year} · {f"{o.seasons} Seasons" if o.seasons else mins(o.runtime or 97)}</span></li>' for o in ctx.others)
    return f'<section class="{c("more")}"><h2>More Like This</h2><ul>{cards}</ul></section>'


def _news(c: Classes) -> str:
    heads = ("The 25 Best Shows on Netflix Right Now", "What to Watch This Weekend", "Fall TV Schedule 2026: Premiere Dates")
    return f'<aside class="{c("news")}"><h2>Latest News</h2><ul>' + "".join(f"<li>{h}</li>" for h in heads) + "</ul></aside>"


def _footer(c: Classes) -> str:
    links = ("About Us", "Advertise", "Terms of Use", "Privacy Policy", "Do Not Sell or Share My Personal Information", "Cookie Settings")
    return (f'<footer class="{c("footer")}"><ul>' + "".join(f'<li><a href="/f{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul><p>© 2026 FANDOM. All Rights Reserved.</p></footer>")
