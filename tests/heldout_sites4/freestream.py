# ruff: noqa: E501  (HTML templates read best on one line)
"""Freestream: a Tubi-like free, ad-supported streaming page. The title is the <h1> text or a
logo image in it (alt text); a hero meta line ('2011 · 1 hr 52 min · Drama, Thriller') whose
items each start with a visually hidden label ('<span class="sr-only">Runtime</span>'),
badges for the certificate, CC and HD; 'Starring' and 'Directed by' lines of names only;
production facts in a closed <details> 'More info' accordion; ad slots and 'Ad breaks'
notes; other services as inline svg icons named by aria-label; OpenGraph video:* meta; the
JSON-LD (on some deploys) is a WebPage whose mainEntity is the title, and it alone gives the
writers (author) and the rating count (aggregateRating)."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    css,
    esc,
    hours,
    json_ld,
    ld_type,
    long_date,
    money_words,
    youtube_embed,
)
from tests.heldout_sites2.records import Credit, Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites4.common import Classes, look, pick

NAME = "freestream"


def _has_ld(t: Title) -> bool:
    return look(NAME, t).random() < 0.6


def fit(t: Title) -> Title:
    ld = _has_ld(t)
    return replace(t, cast=tuple(Credit(p.actor, None) for p in t.cast),
                   writers=t.writers if ld else (), votes=t.votes if ld else None)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    ld = _ld(t) if rng.random() < 0.6 else ""
    c = Classes("fs", rng)
    logo = rng.random() < 0.4
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Watch {esc(t.title)}'
            f" - Free Movies &amp; TV | Freestream</title><link rel=\"canonical\" href=\"{t.url}\">"
            f"{_og(t)}{css('fs', t.slug, 80)}{ld}</head><body>{_nav(c)}<main class=\"{c('main')}\">"
            f"{_hero(t, c, rng, logo)}{_ad(c, rng)}{_episodes(t, ctx, c)}{_more(t, c, rng)}"
            f"{_watch(t.streaming, c)}{_reviews(ctx, c)}{_rails(ctx, c)}</main>{_footer(c)}"
            f'{app_state("__data", ctx.others, {"ads": {"breaks": 4}})}</body></html>')


def _og(t: Title) -> str:
    tags = [("og:title", t.title), ("og:type", "video.tv_show" if t.kind == "show" else "video.movie"),
            ("og:url", t.url)]
    if t.runtime and t.kind == "movie":
        tags.append(("video:duration", str(t.runtime * 60)))
    if t.released:
        tags.append(("video:release_date", t.released.isoformat()))
    return "".join(f'<meta property="{k}" content="{esc(v)}">' for k, v in tags)


def _ld(t: Title) -> str:
    entity: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.writers:
        entity["author"] = [{"@type": "Person", "name": w} for w in t.writers]
    if t.directors:
        entity["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.votes:
        entity["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 4.1,
                                     "bestRating": 5, "ratingCount": t.votes}
    if t.rating:
        entity["contentRating"] = t.rating
    return json_ld({"@type": "WebPage", "url": t.url, "name": f"Watch {t.title}",
                    "mainEntity": entity})


def _nav(c: Classes) -> str:
    items = ("Browse", "Movies", "TV Shows", "Live TV", "Español", "Kids")
    return (f'<header class="{c("header")}"><a href="/" aria-label="Freestream home"><svg role="img">'
            '<title>Freestream</title></svg></a><nav>' + "".join(f'<a href="/{i}">{x}</a>' for i, x in enumerate(items))
            + '</nav><a href="/signup">Register Free</a></header>')


def _item(label: str, value: str) -> str:
    return f'<li><span class="sr-only">{label}</span>{value}</li>'


def _hero(t: Title, c: Classes, rng: random.Random, logo: bool) -> str:
    head = (f'<h1 class="{c("title")}"><img alt="{esc(t.title)}" src="/logos/{t.slug}.png"></h1>' if logo
            else f'<h1 class="{c("title")}">{esc(t.title)}</h1>')
    meta = []
    if t.year:
        meta.append(_item(pick(rng, ("Release year", "Year")), str(t.year)))
    if t.runtime:
        per = " per episode" if t.kind == "show" else ""
        meta.append(_item(pick(rng, ("Runtime", "Duration")), hours(t.runtime, " hr", " min") + per))
    if t.seasons:
        meta.append(_item("Seasons", f"{t.seasons} Season{'s' * (t.seasons > 1)}"))
    if t.genres:
        meta.append(_item("Genres", ", ".join(map(esc, t.genres))))
    badges = f'<span class="{c("badge")}" aria-label="Rated {esc(t.rating)}">{esc(t.rating)}</span>' if t.rating else ""
    badges += f'<span class="{c("badge")}">CC</span><span class="{c("badge")}">HD</span>'
    out = (f'<section class="{c("hero")}">{head}<ul class="{c("meta")}">{"".join(meta)}</ul>'
           f'<div class="{c("badges")}">{badges}</div>')
    if t.tagline:
        out += f'<p class="{c("tagline")}">{esc(t.tagline)}</p>'
    if t.synopsis:
        out += f'<p class="{c("description")}">{esc(t.synopsis)}</p>'
    if t.cast:
        out += f'<p class="{c("people")}"><strong>Starring:</strong> {", ".join(esc(p.actor) for p in t.cast)}</p>'
    if t.directors:
        out += f'<p class="{c("people")}"><strong>Directed by:</strong> {", ".join(map(esc, t.directors))}</p>'
    out += ('<button>Play</button><small>Watch free with ads · Ad breaks: 4</small>'
            + (f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>' if t.trailer else ""))
    if t.audience:
        out += f'<div class="{c("consensus")}"><h2>What Viewers Are Saying</h2><p>{esc(t.audience)}</p></div>'
    return out + "</section>"


def _ad(c: Classes, rng: random.Random) -> str:
    brand = pick(rng, ("Crisp Cola", "Northwind Bank", "Tidewater Insurance"))
    return (f'<aside class="{c("ad")}" aria-label="Advertisement"><span>Sponsored</span><p>{brand}: '
            "first 3 months free. Offer ends 12/31. 30-second spot.</p></aside>")


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    tabs = "".join(f'<button role="tab">Season {s}</button>' for s in range(1, (t.seasons or 1) + 1))
    rows = "".join(f'<li><h3>S{e.season}:E{e.number} - {esc(e.name)}</h3><span>{e.minutes} min</span>'
                   f"<p>Aired {long_date(e.aired)}. Directed by {esc(e.director)}. Written by {esc(e.writer)}.</p>"
                   "<small>Contains ads</small></li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><div role="tablist">{tabs}</div><ol>{rows}</ol></section>'


def _more(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    if t.released:
        rows.append(("Release date", long_date(t.released)))
    if t.countries:
        rows.append(("Country of origin" if len(t.countries) == 1 else "Countries of origin",
                     ", ".join(map(esc, t.countries))))
    if t.studios:
        more = f" +{t.more_studios} more" if t.more_studios else ""
        rows.append(("Production companies", ", ".join(map(esc, t.shown_studios)) + more))
    if t.budget:
        rows.append(("Est. budget", money_words(t.budget)))
    if t.box_office:
        rows.append(("Gross", money_words(t.box_office)))
    if t.imdb:
        rows.append(("IMDb", f'<a href="https://www.imdb.com/title/{t.imdb}/">{t.imdb}</a>'))
    rows.append(("Audio", pick(rng, ("English", "English, Spanish"))))
    rows.append(("Leaving", "in 14 days" if rng.random() < 0.3 else "not scheduled"))
    body = "".join(f"<p><b>{label}</b> {value}</p>" for label, value in rows)
    return f'<details class="{c("more")}"><summary>More info</summary>{body}</details>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("elsewhere")}"><h2>Where else to watch</h2><p>Only on Freestream for now.</p></section>'
    n = len(s.platforms)
    head = (f"Also streaming on {n} service{'s' * (n > 1)}" if s.available
            else f"Not currently available on {n} other service{'s' * (n > 1)}")
    icons = "".join(f'<li><svg role="img" aria-label="{esc(x)}" viewBox="0 0 24 24"><circle r="9"/></svg></li>'
                    for x in s.platforms)
    return (f'<section class="{c("elsewhere")}"><h2>Where else to watch</h2><p>{head}</p><ul>{icons}</ul>'
            f"<small>Checked {long_date(s.verified_on)}</small></section>")


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f"<li><p>“{esc(r.text)}”</p><small>— {esc(r.author)}, {r.score}/10</small></li>"
                    for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Viewer comments</h2><ul>{items}</ul></section>'


def _rails(ctx: Context, c: Classes) -> str:
    half = len(ctx.others) // 2
    like = "".join(f'<li><a href="{o.path}"><img alt="{esc(o.title)}" src="/p/{i}.jpg"></a></li>'
                   for i, o in enumerate(ctx.others[:half]))
    popular = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><ul class="{c("meta")}">'
                      f"{_item('Year', str(o.year))}{_item('Runtime', hours(o.runtime or 97, ' hr', ' min'))}"
                      f"</ul><span>{esc(o.rating)}</span></li>" for o in ctx.others[half:])
    return (f'<section class="{c("rail")}"><h2>You May Also Like</h2><ul>{like}</ul></section>'
            f'<section class="{c("rail")}"><h2>Popular on Freestream</h2><ul>{popular}</ul></section>')


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">About</a><a href="/careers">Careers</a>'
            '<a href="/privacy">Privacy Policy</a><a href="/terms">Terms of Use</a><a href="/devices">Devices</a>'
            '<div role="dialog" aria-label="Newsletter"><p>Get the best free movies in your inbox.</p>'
            "<input type=\"email\"></div><p>© 2026 Freestream, Inc.</p></footer>")
