# ruff: noqa: E501  (HTML templates read best on one line)
"""Netflix: a netflix.com/title page as served to a visitor who is not signed in (English). A hero
with the <h1> (or a logo image whose alt text is the title), an unlabelled metadata row '1995 |
R | 1h 51m | Dramas' (a show's with '3 Seasons' and no runtime), the maturity rating with its
reasons, the synopsis, 'Starring:' and 'Director:' / 'Creators:' lines; a show's 'Episodes'
with their own runtimes; 'Videos' (trailers with their own lengths); 'More Like This' cards; an
'About <title>' block of 'Label: value' lines ('Director:', 'Cast:', 'Writer:' or 'Creators:',
'Genres:', 'This movie is:' moods, 'Maturity rating:'); a JSON-LD Movie or TVSeries on most
pages; plan prices as traps. No tagline, audience text, dates, votes, countries, money,
studios, IMDb link, YouTube trailer or streaming block (Netflix itself is the offer)."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, hours, json_ld, ld_type
from tests.heldout_sites2.records import TV_RATINGS, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites9.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
    translate,
)

NAME = "netflix"
US = ("G", "PG", "PG-13", "R", "NC-17", "NR", *TV_RATINGS)
GENRES = {"Action": "Action", "Adventure": "Adventure", "Animation": "Animation",
          "Comedy": "Comedies", "Crime": "Crime", "Documentary": "Documentaries",
          "Drama": "Dramas", "Family": "Family", "Fantasy": "Fantasy", "History": "Historical",
          "Horror": "Horror", "Music": "Music & Musicals", "Mystery": "Mysteries",
          "Romance": "Romance", "Science Fiction": "Sci-Fi", "Thriller": "Thrillers",
          "War": "Military", "Western": "Westerns"}
MOODS = ("Dark", "Suspenseful", "Emotional", "Romantic", "Exciting", "Witty", "Heartfelt",
         "Gritty", "Understated", "Ominous", "Feel-Good", "Inspiring")
REASONS = ("language", "violence", "sex", "nudity", "substances", "smoking", "fear",
           "self-harm")


def fit(t: Title) -> Title:
    """What a visitor's page gives: year, a US rating ('Not Rated' reads 'NR'), no dates."""
    rating = "NR" if t.rating == "Not Rated" else t.rating
    t = replace(translate(replace(t, countries=()), GENRES, {}), rating=rating if rating in US else None,
                tagline=None, audience=None, released=None, votes=None, studios=(),
                studios_shown=0, budget=None, box_office=None, imdb=None, trailer=None,
                streaming=None)
    if t.kind == "show":
        t = replace(t, runtime=None, directors=())
    return no_characters(t)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("nf", rng)
    ld = _ld(t) if rng.random() < 0.7 else ""
    blocks = [_episodes(t, ctx, c), _videos(t, c, rng), _more(ctx, c), _about(t, c, rng)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Watch {esc(t.title)} | Netflix Official Site</title>'
            f'<link rel="canonical" href="{t.url}"><meta property="og:title" content="{esc(t.title)} | Netflix">{css("nf", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "Netflix uses cookies for personalization, to customize its online advertisements, and for other purposes.", "Accept", "Reject")}'
            f'{_nav(c)}<main class="{c("title-page")}">{_hero(t, c, rng)}{"".join(blocks)}{_join(c)}</main>'
            f'{_footer(c)}{app_state("netflix.reactContext", ctx.others, {"locale": "en-US"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.synopsis:
        data["description"] = t.synopsis
    if t.genres:
        data["genre"] = t.genres[0]
    if t.rating:
        data["contentRating"] = t.rating
    if t.year:
        data["dateCreated"] = str(t.year)  # the year alone: the page gives no date
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actors"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    return json_ld(data)


def _nav(c: Classes) -> str:
    return (f'<header class="{c("header")}"><a href="/" aria-label="Netflix"><svg role="img"></svg></a><nav><ul>'
            '<li><a href="/browse/genre/34399">Movies</a></li><li><a href="/browse/genre/83">TV Shows</a></li></ul></nav>'
            f'<select aria-label="Select Language"><option>English</option><option>Español</option></select><a class="{c("signin")}" href="/login">Sign In</a></header>')


def _meta(t: Title) -> str:
    parts = [str(t.year)] if t.year else []
    if t.rating:
        parts.append(f'<span class="maturity-rating"><span class="maturity-number">{esc(t.rating)}</span></span>')
    if t.seasons:
        parts.append(f"{t.seasons} Season{'s' if t.seasons > 1 else ''}")
    elif t.runtime:
        parts.append(hours(t.runtime))
    if t.genres:
        parts.append(f'<a href="/browse/genre/{len(t.genres[0])}">{esc(t.genres[0])}</a>')
    return " | ".join(f'<span class="item">{p}</span>' for p in parts)


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    heading = (f'<h1 class="{c("title-title")}"><img alt="{esc(t.title)}" src="/logo/{t.slug}.webp"></h1>' if rng.random() < 0.3
               else f'<h1 class="{c("title-title")}">{esc(t.title)}</h1>')
    out = f'<section class="{c("hero")}">{heading}<div class="{c("title-info-metadata")}">{_meta(t)}</div>'
    if t.rating:
        out += f'<p class="{c("maturity-reasons")}">{", ".join(rng.sample(REASONS, 2))}</p>'
    if t.synopsis:
        out += f'<p class="{c("title-info-synopsis")}">{esc(t.synopsis)}</p>'
    if t.cast:
        out += f'<p class="{c("title-info-talent")}"><span>Starring:</span> {", ".join(esc(p.actor) for p in t.cast[:3])}</p>'
    if t.directors:
        out += f'<p class="{c("title-info-talent")}"><span>Director:</span> {", ".join(map(esc, t.directors))}</p>'
    elif t.kind == "show" and t.writers:
        out += f'<p class="{c("title-info-talent")}"><span>Creators:</span> {", ".join(map(esc, t.writers))}</p>'
    return out + f'<a class="{c("cta")}" href="/signup">{pick(rng, ("Get Started", "Join Now", "Watch on Netflix"))}</a></section>'


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li class="{c("episode")}"><h3>{e.number}. {esc(e.name)}</h3><span>{hours(e.minutes)}</span>'
                    f"<p>Episode {e.number} of season {e.season}: {esc(e.director)} directs.</p></li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Episodes</h2><p>{esc(t.title)} | Season {t.seasons}</p><ol>{items}</ol></section>'


def _videos(t: Title, c: Classes, rng: random.Random) -> str:
    kinds = rng.sample(("Trailer", "Teaser", "Clip", "Behind the Scenes", "Trailer 2"), 3)
    items = "".join(f'<li><button aria-label="Play {k}"></button><h3>{k}: {esc(t.title)}</h3><span>{rng.randint(1, 4)}m</span></li>' for k in kinds)
    return f'<section class="{c("videos")}"><h2>Videos</h2><ul>{items}</ul></section>'


def _more(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><img alt="{esc(o.title)}" src="/box/{o.slug}.jpg"></a>'
                    f'<div><span>{o.year}</span><span class="maturity-number">{esc(o.rating or "")}</span>'
                    f'<span>{f"{o.seasons} Seasons" if o.seasons else hours(o.runtime or 97)}</span></div>'
                    f'<p>{esc((o.synopsis or "")[:90])}</p></li>' for o in ctx.others)
    return f'<section class="{c("more-like-this")}"><h2>More Like This</h2><ul>{cards}</ul></section>'


def _about(t: Title, c: Classes, rng: random.Random) -> str:
    producer = others_people(t, rng, 1)[0]
    rows: list[tuple[str, str]] = []
    if t.directors:
        rows.append(("Director", ", ".join(map(esc, t.directors))))
    if t.cast:
        rows.append(("Cast", ", ".join(esc(p.actor) for p in t.cast)))
    if t.writers:
        rows.append(("Creators" if t.kind == "show" else "Writer", ", ".join(map(esc, t.writers))))
    rows.append(("Producer", esc(producer)))
    if t.genres:
        rows.append(("Genres", ", ".join(map(esc, t.genres))))
    rows.append(("This show is" if t.kind == "show" else "This movie is", ", ".join(rng.sample(MOODS, 2))))
    if t.rating:
        rows.append(("Maturity rating", f'<span class="maturity-number">{esc(t.rating)}</span> {", ".join(rng.sample(REASONS, 2))}'))
    if rng.random() < 0.5:
        body = "".join(f'<div class="{c("about-item")}"><span class="{c("label")}">{k}:</span> {v}</div>' for k, v in rows)
    else:
        body = "<ul>" + "".join(f"<li><b>{k}:</b> <span>{v}</span></li>" for k, v in rows) + "</ul>"
    return f'<section class="{c("about")}"><h2>About {esc(t.title)}</h2>{body}</section>'


def _join(c: Classes) -> str:
    plans = "".join(f"<li>{n} <b>{p}</b>/month</li>" for n, p in (("Standard with ads", "$7.99"), ("Standard", "$17.99"), ("Premium", "$24.99")))
    return f'<section class="{c("plans")}"><h2>Watch on any device, cancel anytime</h2><ul>{plans}</ul></section>'


def _footer(c: Classes) -> str:
    links = ("FAQ", "Help Center", "Account", "Media Center", "Investor Relations", "Jobs", "Ways to Watch", "Terms of Use", "Privacy", "Cookie Preferences")
    return (f'<footer class="{c("footer")}"><p>Questions? Call 1-844-505-2993</p><ul>'
            + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(links)) + "</ul><p>Netflix United States</p></footer>")
