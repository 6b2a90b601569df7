# ruff: noqa: E501  (HTML templates read best on one line)
"""Fandango: a Fandango-like US ticketing page. The <h1> reads 'Title (1995)' on some deploys;
under it an unlabelled 'PG-13, 1 hr 51 min' line, a 'Release Date: Mar 12, 1995' line with
abbreviated months, a genre line; a date strip and showtimes per theater (distances, formats,
ticket prices); audience scores beside '12.4K Verified Ratings' or 'Based on 12,400 verified
ratings'; 'Cast + Crew' cards whose role line is a job ('Director', 'Screenwriter',
'Producer', 'Director of Photography') or 'as Character'; a 'Movie Details' list; an 'Also
Playing' rail with each film's own rating and runtime line; a partial JSON-LD on some deploys."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    compact_votes,
    css,
    esc,
    grouped,
    hours,
    imdb_link,
    json_ld,
    ld_type,
    money_symbol,
    money_words,
    round_votes,
    youtube_embed,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
)

NAME = "fandango"
ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
THEATERS = ("AMC Lincoln Square 13", "Regal Union Square", "Alamo Drafthouse Brooklyn",
            "Cinemark Century 16", "Harkins Tempe Marketplace", "Studio Movie Grill")


def _compact(t: Title) -> bool:
    return fit_rng(NAME, t, "compact").random() < 0.5


def _characters(t: Title) -> bool:
    return fit_rng(NAME, t, "characters").random() < 0.6


def fit(t: Title) -> Title:
    t = replace(t, votes=round_votes(t.votes) if _compact(t) else t.votes,
                studios_shown=len(t.studios))
    return t if _characters(t) else no_characters(t)


def short(d: date) -> str:
    return f"{ABBR[d.month - 1]} {d.day}, {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fdg", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    body = [_showtimes(t, c, rng), _scores(t, c, rng), _overview(t, c), _credits(t, c, rng),
            _details(t, c, rng), _watch(t.streaming, c), _reviews(ctx, c)]
    if rng.random() < 0.5:
        body[0], body[2] = body[2], body[0]
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f"{f' ({t.year})' if t.year else ''} | Fandango</title><link rel=\"canonical\" href=\"{t.url}\">"
            f'<meta name="viewport" content="width=device-width">{css("fdg", t.slug, 90)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "We and our partners use cookies to personalize content and ads.", "Accept All", "Manage Settings")}'
            f'{_nav(c)}<main class="{c("main")}">{_hero(t, c, rng)}{"".join(body)}{_also(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__FANDANGO_STATE__", ctx.others, {"zip": "10023", "radius": 10})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.rating:
        data["contentRating"] = t.rating
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast[:4]]
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Movies", "Movies at Home", "Theaters", "FanStore", "Movie News", "Offers", "Fandango VIP+")
    return (f'<header class="{c("header")}"><a href="/" aria-label="Fandango home">Fandango</a><nav aria-label="Main">'
            + "".join(f'<a href="/{i}">{x}</a>' for i, x in enumerate(items))
            + '</nav><form role="search"><input aria-label="Search by city, state, zip code or movie" placeholder="City, State, Zip Code or Movie"></form><a href="/signin">Sign In / Join</a></header>')


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    year = f" ({t.year})" if t.year and rng.random() < 0.6 else ""
    meta = ", ".join(x for x in (esc(t.rating or ""), hours(t.runtime, " hr", " min") if t.runtime else "") if x)
    lines = [f'<h1 class="{c("title")}">{esc(t.title)}{year}</h1>']
    if meta:
        lines.append(f'<p class="{c("meta")}">{meta}</p>')
    if t.seasons:
        lines.append(f'<p class="{c("meta")}">TV Series · {t.seasons} Season{"s" * (t.seasons > 1)}</p>')
    if t.released:
        lines.append(f'<p class="{c("release")}">{pick(rng, ("Release Date:", "Released", "In Theaters"))} {short(t.released)}</p>')
    elif t.year and not year:
        lines.append(f'<p class="{c("release")}">Release Year: {t.year}</p>')
    if t.genres:
        lines.append(f'<p class="{c("genres")}">{", ".join(map(esc, t.genres))}</p>')
    trailer = f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>' if t.trailer else ""
    return (f'<section class="{c("hero")}"><img alt="" src="/posters/{t.slug}.jpg">{"".join(lines)}'
            f'<a class="{c("cta")}" href="#showtimes">Buy Tickets</a>{trailer}</section>')


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    days = "".join(f'<li><button aria-label="Showtimes for Dec {6 + i}">{("Today", "Mon", "Tue", "Wed", "Thu")[i]} Dec {6 + i}</button></li>' for i in range(5))
    theaters = []
    for i, name in enumerate(rng.sample(THEATERS, 3)):
        times = " ".join(f"<a>{h}:{m:02d}p</a>" for h, m in ((1 + i, 15), (4 + i, 40), (7 + i, 5)))
        fmt = pick(rng, ("Standard", "IMAX with Laser", "Dolby Cinema", "RPX"))
        theaters.append(f'<li class="{c("theater")}"><h3>{name}</h3><span>{1 + i * 1.7:.1f} mi</span>'
                        f"<p>{fmt} · Reserved seating · Tickets from ${12 + i * 3}.49</p>{times}</li>")
    return (f'<section id="showtimes" class="{c("showtimes")}"><h2>Showtimes near 10023</h2><ul>{days}</ul>'
            f'<ul>{"".join(theaters)}</ul><small>Online convenience fee $2.39 per ticket.</small></section>')


def _scores(t: Title, c: Classes, rng: random.Random) -> str:
    meter = 40 + len(t.slug) % 55
    if t.votes:
        count = (f"{compact_votes(t.votes)} Verified Ratings" if _compact(t)
                 else f"Based on {grouped(t.votes)} verified {'rating' if t.votes == 1 else 'ratings'}")
        audience = f'<div class="{c("audience")}"><strong>{meter + 3}%</strong> Popcornmeter<span>{count}</span></div>'
    else:
        audience = f'<div class="{c("audience")}"><strong>--</strong> Popcornmeter<span>Not enough ratings yet</span></div>'
    return (f'<section class="{c("scores")}"><h2>Rotten Tomatoes® Scores</h2><div><strong>{meter}%</strong> Tomatometer'
            f'<span>{40 + meter} Reviews</span></div>{audience}</section>')


def _overview(t: Title, c: Classes) -> str:
    out = f'<blockquote class="{c("tagline")}">"{esc(t.tagline)}"</blockquote>' if t.tagline else ""
    if t.synopsis:
        out += f'<h2>Movie Overview</h2><p class="{c("synopsis")}">{esc(t.synopsis)}</p>'
    if t.audience:
        out += f'<div class="{c("says")}"><h3>What Viewers Are Saying</h3><p>{esc(t.audience)}</p></div>'
    return f'<section class="{c("overview")}">{out}</section>' if out else ""


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    people = [(d, "Director") for d in t.directors]
    people += [(w, pick(rng, ("Screenwriter", "Writer"))) for w in t.writers]
    extra = others_people(t, rng, 3)
    people += [(extra[0], "Producer"), (extra[1], "Director of Photography"), (extra[2], "Executive Producer")]
    cast = [(p.actor, f"as {p.character}" if p.character else "Actor") for p in t.cast]
    cards = cast + people if rng.random() < 0.6 else people + cast
    items = "".join(f'<li class="{c("person")}"><a href="/people/{i}">{esc(n)}</a><p>{esc(r)}</p></li>'
                    for i, (n, r) in enumerate(cards))
    return f'<section class="{c("credits")}"><h2>Cast + Crew</h2><ul>{items}</ul><a href="#">View All</a></section>'


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    if t.released:
        rows.append(("Release Date", short(t.released)))
    if t.rating:
        rows.append(("Rating", f"{esc(t.rating)} {pick(rng, ('(Language|Some Violence)', '(Thematic Elements)', ''))}".strip()))
    if t.runtime:
        rows.append(("Runtime", hours(t.runtime, " hr", " min")))
    if t.countries:
        rows.append(("Country", ", ".join(map(esc, t.countries))))
    if t.studios:
        rows.append(("Production Co", ", ".join(map(esc, t.studios))))
    rows.append(("Distributor", pick(rng, ("Neon", "A24", "Focus Features", "Searchlight Pictures"))))
    if t.budget:
        rows.append(("Budget", money_symbol(t.budget)))
    if t.box_office:
        rows.append(("Box Office (Gross USA)" if rng.random() < 0.5 else "Box Office", money_words(t.box_office, ("B", "M"))))
    if t.imdb:
        rows.append(("Links", imdb_link(t.imdb, "IMDb")))
    if not rows:
        return ""
    items = "".join(f'<li><span class="{c("label")}">{k}:</span> {v}</li>' for k, v in rows)
    return f'<section class="{c("details")}"><h2>Movie Details</h2><ul>{items}</ul></section>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("home")}"><h2>Watch at Home</h2><p>Not streaming yet. Check back soon.</p></section>'
    n = len(s.platforms)
    head = (f"Streaming on {n} service{'s' * (n > 1)}" if s.available
            else f"Not currently available on any of {n} service{'s' * (n > 1)} we track")
    items = "".join(f'<li><img alt="{esc(p)}" src="/logos/{i}.svg"></li>' for i, p in enumerate(s.platforms))
    return (f'<section class="{c("home")}"><h2>Watch at Home</h2><p>{head}</p><ul>{items}</ul>'
            f"<small>Last updated {short(s.verified_on)}</small></section>")


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li><b>{esc(r.author)}</b> <span>{r.score / 2:.1f}/5</span> <time>{short(r.posted)}</time><p>{esc(r.text)}</p></li>'
                    for r in ctx.reviews)
    return f'<section class="{c("fan")}"><h2>Verified Audience Reviews</h2><ul>{items}</ul></section>'


def _also(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><img alt="" src="/p/{i}.jpg"><h3>{esc(o.title)} ({o.year})</h3></a>'
                    f'<p>{esc(o.rating)}, {hours(o.runtime or 97, " hr", " min")}</p>'
                    f"<p>{compact_votes(o.votes or 1)} Verified Ratings</p></li>" for i, o in enumerate(ctx.others))
    return f'<section class="{c("also")}"><h2>Also Playing Near You</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><nav aria-label="Footer"><a href="/help">Help</a><a href="/gift-cards">Gift Cards</a>'
            '<a href="/privacy">Privacy Policy</a><a href="/terms">Terms &amp; Policies</a><a href="/ca-notice">Your Privacy Choices</a></nav>'
            "<p>© 2026 Fandango. All rights reserved.</p></footer>")
