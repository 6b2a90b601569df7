# ruff: noqa: E501  (HTML templates read best on one line)
"""Orchard: an Apple TV-like app page. The title is sometimes only a logo image's alt text;
the hero line is unlabelled ('Drama · 1995 · 1 hr 51 min', a rating badge named in its
aria-label); the facts sit in an 'Information' grid whose labels are <h3> headings; cast and
crew share one shelf of lockups (name, then character or job); providers are 'Open in Max'
buttons named only in aria-label. Budget and gross are never shown; the user rating count and
the IMDb link exist only in a JSON-LD block that some deploys carry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import (
    MONTHS,
    app_state,
    css,
    esc,
    hours,
    json_ld,
    ld_type,
    long_date,
    youtube_embed,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites3.common import Classes, look, pick

NAME = "orchard"


def _has_ld(t: Title) -> bool:
    return look(NAME, t).random() < 0.6


def fit(t: Title) -> Title:
    """No budget or gross; votes and IMDb id only where the JSON-LD carries them."""
    ld = _has_ld(t)
    return replace(t, budget=None, box_office=None, votes=t.votes if ld else None,
                   imdb=t.imdb if ld else None)


def short_date(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    ld = _ld(t) if rng.random() < 0.6 else ""
    c = Classes("or", rng)
    runtime_word = pick(rng, ("Run Time", "Runtime", "Duration"))
    info_first = rng.random() < 0.4
    body = [_shelf(t, c), _episodes(ctx, c), _reviews(ctx, c), _related(ctx, c)]
    info = _information(t, c, runtime_word, pick(rng, ("Studio", "Production Company")))
    body.insert(0 if info_first else 2, info)
    return (f'<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} | Orchard TV+</title>"
            f'<meta property="og:title" content="{esc(t.title)}">'
            f'<link rel="canonical" href="{t.url}">{css("or", t.slug, 90)}{ld}</head>'
            f'<body><div id="root" class="{c("app")}">{_nav(c)}<main class="{c("main")}">'
            f"{_hero(t, c, rng.random() < 0.5, rng.random() < 0.5)}{''.join(body)}</main>"
            f"{_footer(c)}</div>{_dialog(t)}"
            f'{app_state("__ORCHARD_SHOEBOX__", ctx.others, {"storefront": "us"})}'
            "</body></html>")


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 4.1,
                                   "bestRating": 5, "ratingCount": t.votes}
    if t.imdb:
        data["sameAs"] = [f"https://www.imdb.com/title/{t.imdb}/"]
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Home", "Orchard TV+", "Movies", "TV Shows", "Sports", "Kids", "Library")
    return (f'<header class="{c("header")}"><a href="/" aria-label="Orchard TV home" '
            f'class="{c("logo")}"><svg viewBox="0 0 20 20"><path d="M3 3h14v14H3z"/></svg></a>'
            f'<nav aria-label="Primary"><ul>'
            + "".join(f'<li><a href="/{i.lower().replace(" ", "-")}">{i}</a></li>' for i in items)
            + f'</ul></nav><a class="{c("signin")}" href="/signin">Sign In</a></header>')


def _hero(t: Title, c: Classes, logo: bool, badge_in_line: bool) -> str:
    heading = (f'<h1 class="{c("logo-title")}"><img src="/art/{t.slug}/logo.png" '
               f'alt="{esc(t.title)}" width="480" height="160"></h1>' if logo
               else f'<h1 class="{c("title")}">{esc(t.title)}</h1>')
    bits = [", ".join(f'<a href="/genre/{g.lower().replace(" ", "-")}">{esc(g)}</a>'
                      for g in t.genres)] if t.genres else []
    if t.year:
        bits.append(f"<span>{t.year}</span>")
    if t.runtime:
        bits.append(f"<span>{hours(t.runtime, ' hr', ' min')}</span>")
    if t.seasons:
        bits.append(f"<span>{t.seasons} Season{'s' * (t.seasons > 1)}</span>")
    badge = (f'<span class="{c("badge")}" aria-label="Rated {esc(t.rating)}">{esc(t.rating)}'
             "</span>" if t.rating else "")
    if badge and badge_in_line:
        bits.append(badge)
    line = ' <span aria-hidden="true">·</span> '.join(bits)
    tag = f'<p class="{c("tagline")}">{esc(t.tagline)}</p>' if t.tagline else ""
    syn = (f'<div class="{c("synopsis")}"><p data-clamp="3">{esc(t.synopsis)}</p>'
           f'<button class="{c("more")}">MORE</button></div>' if t.synopsis else "")
    extra = "" if badge_in_line else f'<div class="{c("badges")}">{badge}'  \
        f'<span class="{c("badge")}" aria-label="Closed captions">CC</span>' \
        f'<span class="{c("badge")}" aria-label="Audio description">AD</span></div>'
    return (f'<section class="{c("hero")}" aria-label="{esc(t.title)}">{heading}{tag}'
            f'<div class="{c("meta")}">{line}</div>{extra}{syn}{_watch(t, c)}'
            f"{_trailer_button(t, c)}</section>")


def _watch(t: Title, c: Classes) -> str:
    s: Streaming | None = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return f'<p class="{c("avail")}">Coming to streaming. Check back soon.</p>'
    n = len(s.platforms)
    buttons = "".join(
        f'<a class="{c("cta")}" href="/go/{i}" aria-label="Open in {esc(p)}">'
        f'<svg viewBox="0 0 40 16"><rect width="40" height="16"/></svg></a>'
        for i, p in enumerate(s.platforms))
    head = (f"Available on {n} service{'s' * (n > 1)}" if s.available
            else f"Not currently available on these {n} service{'s' * (n > 1)}")
    return (f'<div class="{c("channels")}"><h2>{head}</h2>{buttons}'
            f"<small>Availability checked {long_date(s.verified_on)}</small></div>")


def _trailer_button(t: Title, c: Classes) -> str:
    if not t.trailer:
        return ""
    return f'<button class="{c("play")}" data-modal="trailer">Play Trailer</button>'


def _dialog(t: Title) -> str:
    if not t.trailer:
        return ""
    return f'<dialog id="trailer" aria-label="Trailer">{youtube_embed(t.trailer)}</dialog>'


def _shelf(t: Title, c: Classes) -> str:
    cast: list[tuple[str, str | None]] = [(a.actor, a.character) for a in t.cast]
    jobs = [(d, "Director") for d in t.directors] + [(w, "Screenwriter") for w in t.writers]
    crew: list[tuple[str, str | None]] = list(jobs)
    if not cast and not crew:
        return ""
    cards = "".join(
        f'<li><a class="{c("lockup")}" href="/person/{i}"><img alt="" src="/p/{i}.jpg">'
        f"<h4>{esc(name)}</h4>" + (f'<p class="{c("role")}">{esc(role)}</p>' if role else "")
        + "</a></li>" for i, (name, role) in enumerate(cast + crew))
    return (f'<section class="{c("shelf")}"><h2>Cast &amp; Crew</h2><ul role="list">{cards}</ul>'
            "</section>")


def _information(t: Title, c: Classes, runtime_word: str, studio_word: str) -> str:
    rows: list[tuple[str, str]] = []
    if t.studios:
        more = f" and {t.more_studios} more" if t.more_studios else ""
        rows.append((studio_word, ", ".join(map(esc, t.shown_studios)) + more))
    if t.released:
        rows.append(("Released", short_date(t.released)))
    elif t.year:
        rows.append(("Released", str(t.year)))
    if t.runtime:
        rows.append((runtime_word, hours(t.runtime, " hr", " min")))
    if t.rating:
        rows.append(("Rated", esc(t.rating)))
    if t.countries:
        rows.append(("Region of Origin", ", ".join(map(esc, t.countries))))
    rows += [("Original Audio", "English"), ("Subtitles", "English (CC), Español, Français")]
    people = [("Director" + "s" * (len(t.directors) > 1), t.directors),
              ("Screenwriter" + "s" * (len(t.writers) > 1), t.writers)]
    rows += [(label, ", ".join(map(esc, names))) for label, names in people if names]
    cells = "".join(f'<div class="{c("info")}"><h3>{label}</h3><p>{value}</p></div>'
                    for label, value in rows)
    return (f'<section class="{c("information")}"><h2>Information</h2>'
            f'<div class="{c("grid")}">{cells}</div></section>')


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    cards = "".join(
        f'<li class="{c("episode")}"><p class="{c("eyebrow")}">EPISODE {e.number}</p>'
        f"<h4>{esc(e.name)}</h4><p>{short_date(e.aired)} · {hours(e.minutes, ' hr', ' min')}</p>"
        f'<p class="{c("credits")}">Director: {esc(e.director)} · Writer: {esc(e.writer)}</p>'
        "</li>" for e in ctx.episodes)
    return (f'<section class="{c("episodes")}"><h2>Season {ctx.episodes[0].season}</h2>'
            f"<ul>{cards}</ul></section>")


def _reviews(ctx: Context, c: Classes) -> str:
    said = ctx.title.audience
    if not ctx.reviews and not said:
        return ""
    summary = (f'<div class="{c("summary")}"><h3>What Viewers Are Saying</h3><p>{esc(said)}</p>'
               "</div>" if said else "")
    cards = "".join(
        f'<li class="{c("review")}"><span aria-label="{r.score // 2} out of 5 stars">'
        f'{"★" * (r.score // 2)}</span><h4>{esc(r.author)}</h4>'
        f"<time>{short_date(r.posted)}</time><p>{esc(r.text)}</p></li>" for r in ctx.reviews)
    return (f'<section class="{c("reviews")}"><h2>Ratings &amp; Reviews</h2>{summary}'
            f"<ul>{cards}</ul></section>")


def _related(ctx: Context, c: Classes) -> str:
    cards = "".join(
        f'<li><a class="{c("lockup")}" href="{o.path}"><img alt="{esc(o.title)}" '
        f'src="/art/{o.slug}.jpg"><div class="{c("meta")}">{esc(o.genres[0] if o.genres else "Drama")}'
        f" · {o.year} · {hours(o.runtime or 97, ' hr', ' min')}"
        f' <span class="{c("badge")}" aria-label="Rated {esc(o.rating)}">{esc(o.rating)}</span>'
        "</div></a></li>" for o in ctx.others)
    return (f'<section class="{c("shelf")}" aria-label="Related"><h2>Related</h2>'
            f"<ul>{cards}</ul></section>")


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><p>Copyright © 2026 Orchard Inc. All rights '
            'reserved.</p><ul><li><a href="/legal">Internet Service Terms</a></li>'
            '<li><a href="/privacy">Orchard TV &amp; Privacy</a></li>'
            '<li><a href="/cookies">Cookie Policy</a></li><li><a href="/support">Support</a>'
            "</li></ul></footer>")
