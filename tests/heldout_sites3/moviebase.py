# ruff: noqa: E501  (HTML templates read best on one line)
"""Moviebase: a TMDb-like page. The title is an <h2> link followed by a '(1995)' year tag;
a facts line of class-named spans only (certification, release with a '(US)' region, genre
links, runtime); crew as one profile per person with joined jobs ('Director, Screenplay')
among other jobs ('Director of Photography', 'Original Music Composer'); 'Top Billed Cast'
cards whose character line may end in an episode count; a Facts sidebar of
<strong><bdi>Label</bdi></strong> value paragraphs with cents ('$3,600,000.00', 'Revenue');
providers named only in image alt text; votes sometimes only in a tooltip; no schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import (
    MONTHS,
    SYMBOLS,
    app_state,
    css,
    esc,
    grouped,
    hours,
    long_date,
)
from tests.heldout_sites2.records import Money, Streaming, Title, person
from tests.heldout_sites2.site import Context
from tests.heldout_sites3.common import Classes, look, pick

NAME = "moviebase"
OTHER_JOBS = ("Director of Photography", "Original Music Composer", "Editor", "Producer",
              "Casting", "Production Design")


def fit(t: Title) -> Title:
    """The facts show every production company the page knows."""
    return replace(t, studios_shown=len(t.studios))


def release(d: date, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{d.isoformat()} (US)"
    return f"{long_date(d)} (US)"


def cents(m: Money) -> str:
    symbol = SYMBOLS.get(m.currency, m.currency + " ")
    return f"{symbol}{grouped(m.amount)}.00"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mb", rng)
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} ({t.year or '—'}) — The Movie Base</title>"
            f'<meta property="og:title" content="{esc(t.title)}">'
            f'<link rel="canonical" href="{t.url}">{css("mb", t.slug, 75)}</head><body>'
            f"{_nav(c)}<main>{_header(t, c, rng)}<div class=\"{c('columns')}\">"
            f'<div class="{c("white-column")}">{_cast(t, ctx, c)}{_seasons(t, ctx, c)}'
            f"{_social(ctx, c)}{_media(t, c)}{_recommendations(ctx, c)}</div>"
            f"{_facts(t, c, rng)}</div></main>{_footer(c)}"
            f'{app_state("__MB_PRELOAD__", ctx.others, {"i18n": "en-US"})}</body></html>')


def _nav(c: Classes) -> str:
    return (f'<header class="{c("header")}"><a href="/" aria-label="The Movie Base">'
            '<img alt="The Movie Base" src="/logo.svg"></a><ul><li><a href="/movie">Movies</a>'
            '</li><li><a href="/tv">TV Shows</a></li><li><a href="/person">People</a></li>'
            '<li><a href="/talk">More</a></li></ul><a href="/login">Login</a>'
            '<a href="/signup">Join MB</a></header>')


def _header(t: Title, c: Classes, rng: random.Random) -> str:
    year = f' <span class="tag release_date">({t.year})</span>' if t.year else ""
    facts = []
    if t.rating:
        facts.append(f'<span class="certification">{esc(t.rating)}</span>')
    if t.released:
        facts.append(f'<span class="release">{release(t.released, rng)}</span>')
    if t.genres:
        facts.append('<span class="genres">' + ",&nbsp;".join(
            f'<a href="/genre/{i}">{esc(g)}</a>' for i, g in enumerate(t.genres)) + "</span>")
    if t.runtime:
        facts.append(f'<span class="runtime">{hours(t.runtime)}</span>')
    score = f'<div class="{c("score")}"><span class="{c("pct")}">72<sup>%</sup></span>User Score'
    if t.votes:
        words = f"Rating based on {grouped(t.votes)} vote{'s' * (t.votes > 1)}"
        score = (f'<div class="{c("score")}" title="{words}"><span class="{c("pct")}">72<sup>%'
                 "</sup></span>User Score") + (f"<small>{words}</small>" if rng.random() < 0.5
                                               else "")
    tag = f'<h3 class="tagline" dir="auto">{esc(t.tagline)}</h3>' if t.tagline else ""
    overview = (f'<h3 dir="auto">Overview</h3><div class="overview" dir="auto"><p>'
                f"{esc(t.synopsis)}</p></div>" if t.synopsis else "")
    if t.audience:
        overview += (f'<h3 dir="auto">What Viewers Are Saying</h3><div class="consensus">'
                     f"<p>{esc(t.audience)}</p></div>")
    return (f'<section class="{c("header")} poster"><div class="title ott_true" dir="auto">'
            f'<h2><a href="{t.path}">{esc(t.title)}</a>{year}</h2>'
            f'<div class="facts">{"".join(facts)}</div></div>{score}</div>'
            f"{_providers(t.streaming, c)}{tag}{overview}{_crew(t, c, rng)}</section>")


def _crew(t: Title, c: Classes, rng: random.Random) -> str:
    jobs: dict[str, list[str]] = {}
    for d in t.directors:
        jobs.setdefault(d, []).append("Director")
    word = pick(rng, ("Screenplay", "Writer"))
    for w in t.writers:
        jobs.setdefault(w, []).append(word)
    named = set(jobs) | {p.actor for p in t.cast}
    for job in rng.sample(OTHER_JOBS, 2):
        extra = person(rng)
        if extra not in named:
            jobs[extra] = [job]
            named.add(extra)
    items = "".join(f'<li class="profile"><p><a href="/person/{i}">{esc(name)}</a></p>'
                    f'<p class="character">{", ".join(roles)}</p></li>'
                    for i, (name, roles) in enumerate(jobs.items()))
    return f'<ol class="people no_image">{items}</ol>'


def _providers(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("ott")}"><h4>Where to Watch</h4><p>No offers yet.</p></div>'
    n = len(s.platforms)
    head = (f"Streaming on {n} service{'s' * (n > 1)}" if s.available
            else f"Not currently available on {n} service{'s' * (n > 1)}")
    logos = "".join(f'<li><a href="/watch/{i}"><img alt="{esc(p)}" src="/p/{i}.png" '
                    'width="30"></a></li>' for i, p in enumerate(s.platforms))
    return (f'<div class="{c("ott")}"><h4>Where to Watch</h4><p>{head}</p>'
            f"<ul>{logos}</ul><small>Last updated {long_date(s.verified_on)}</small></div>")


def _cast(t: Title, ctx: Context, c: Classes) -> str:
    if not t.cast:
        return ""
    counts = t.kind == "show"
    cards = "".join(
        f'<li class="card"><a href="/person/c{i}"><img alt="{esc(p.actor)}" src="/c/{i}.jpg">'
        f'</a><p><a href="/person/c{i}">{esc(p.actor)}</a></p><p class="character">'
        + (esc(p.character) if p.character else "")
        + (f'<br><span class="episode_count">{4 + 3 * i} Episodes</span>' if counts else "")
        + "</p></li>" for i, p in enumerate(t.cast))
    head = "Series Cast" if counts else "Top Billed Cast"
    return f'<section class="{c("panel")}"><h3>{head}</h3><ol class="people scroller">{cards}</ol></section>'


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not t.seasons:
        return ""
    last = ctx.episodes[0].aired if ctx.episodes else None
    when = f"{last.year} • " if last else ""
    eps = f"{len(ctx.episodes)} Episodes" if ctx.episodes else "Episodes TBA"
    note = (f"<p>Season {t.seasons} of {esc(t.title)} premiered on {long_date(last)}.</p>"
            if last else "")
    return (f'<section class="{c("panel")}"><h3>Current Season</h3><div class="season card">'
            f'<h2><a href="{t.path}/season/{t.seasons}">Season {t.seasons}</a></h2>'
            f"<h4>{when}{eps}</h4>{note}</div></section>")


def _social(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(
        f'<div class="review"><h3>A review by {esc(r.author)}</h3><h5>Written by '
        f"{esc(r.author)} on {MONTHS[r.posted.month - 1]} {r.posted.day}, {r.posted.year}</h5>"
        f'<div class="rating">{r.score * 10}%</div><p>{esc(r.text)}</p></div>'
        for r in ctx.reviews)
    return f'<section class="{c("panel")}"><h3>Social</h3>{items}</section>'


def _media(t: Title, c: Classes) -> str:
    if not t.trailer:
        return ""
    return (f'<section class="{c("panel")}"><h3>Media</h3><div class="video">'
            f'<iframe title="Official Trailer" src="https://www.youtube.com/embed/{t.trailer}'
            '?wmode=opaque&amp;enablejsapi=1" allowfullscreen></iframe></div></section>')


def _recommendations(ctx: Context, c: Classes) -> str:
    cards = "".join(
        f'<div class="item mini backdrop"><a href="{o.path}" title="{esc(o.title)}">'
        f'<img alt="" src="/b/{o.slug}.jpg"></a><p class="flex"><a href="{o.path}"><bdi>'
        f'{esc(o.title)}</bdi></a><span class="vote_average">{60 + len(o.title) % 30}%</span>'
        f"</p><span class=\"release\">{release(o.released or date(o.year or 1999, 6, 1), random.Random(o.slug))}"
        f"</span><span>{hours(o.runtime or 97)}</span></div>" for o in ctx.others)
    return (f'<section class="{c("panel")} recommendations"><h3>Recommendations</h3>'
            f'<div class="scroller">{cards}</div></section>')


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [("Status", "Returning Series" if t.kind == "show" else "Released"),
            ("Original Language", "English")]
    if t.kind == "show":
        rows.append(("Type", "Scripted"))
    else:
        rows += [("Budget", cents(t.budget) if t.budget else "-"),
                 ("Revenue", cents(t.box_office) if t.box_office else "-")]
    if t.countries:
        rows.append(("Production Countries", ", ".join(map(esc, t.countries))))
    if t.studios:
        rows.append(("Production Companies", "<ul>" + "".join(
            f"<li>{esc(s)}</li>" for s in t.studios) + "</ul>"))
    social = (f'<a class="social_link" title="Visit IMDb" href="https://www.imdb.com/title/'
              f'{t.imdb}/" rel="noopener"><span class="glyph imdb"></span></a>' if t.imdb else "")
    paras = "".join(f"<p><strong><bdi>{label}</bdi></strong> {value}</p>"
                    for label, value in rows)
    keywords = "".join(f"<li><a href=\"/keyword/{w}\">{w}</a></li>" for w in
                       rng.sample(("small town", "based on novel", "1990s", "road trip",
                                   "friendship", "revenge", "coming of age"), 3))
    return (f'<section class="{c("facts")} left_column"><div class="social_links">{social}'
            f"</div><h4>Facts</h4>{paras}<h4>Keywords</h4><ul>{keywords}</ul></section>")


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><nav><h3>The Basics</h3><a href="/about">About MB'
            '</a><a href="/contact">Contact Us</a><a href="/api">API</a><h3>Legal</h3>'
            '<a href="/terms">Terms of Use</a><a href="/privacy">Privacy Policy</a></nav>'
            "</footer>")
