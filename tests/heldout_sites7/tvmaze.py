# ruff: noqa: E501  (HTML templates read best on one line)
"""Tvmaze: a TVmaze-like show page (English). Every title is a series here. The <h1>; a summary
paragraph; the 'Show Info' sidebar of label/value rows ('Network:' 'HBO (1995 - 2001)' or
'Web channel:', 'Schedule:' 'Sundays at 21:00 (60 min)', 'Status:', 'Show Type:', 'Genres:'
joined by ' | ', 'Premiered:', 'Seasons:', 'Episodes ordered:' as a trap, 'Official site:',
'Created by' left out); the user rating '7.8' with '(1,234 votes)'; 'Cast' cards 'Actor as
Character' (names only where no character is known), 'Crew' cards naming the job ('Director',
'Writer', 'Executive Producer', 'Composer'); the episode list of the latest season with each
episode's own date, runtime and director; trailers on the 'Videos' tab as YouTube links; an
IMDb link under 'Externals'; 'Similar shows' rails; no schema.org. No certificate, countries,
studios, money, tagline, audience text or where-to-watch block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.common import Classes, as_show, cookie_banner, look, others_people, pick

NAME = "tvmaze"
ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
NETWORKS = ("HBO", "BBC One", "CBS", "FX", "AMC", "Channel 4", "ABC", "Showtime")
WEB = ("Netflix", "Prime Video", "Apple TV+", "Hulu", "Disney+")


def fit(t: Title) -> Title:
    return replace(as_show(t, NAME), rating=None, countries=(), studios=(), studios_shown=0,
                   tagline=None, audience=None, streaming=None)


def day(d: date) -> str:
    return f"{ABBR[d.month - 1]} {d.day}, {d.year}"


def schedule(minutes: int | None, rng: random.Random) -> str:
    when = f"{pick(rng, ('Sundays', 'Mondays', 'Thursdays', 'Fridays'))} at {pick(rng, ('20:00', '21:00', '22:00'))}"
    return f"{when} ({minutes} min)" if minutes else when


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("tvm", rng)
    blocks = [_info(t, c, rng), _people(t, c, rng), _episodes(ctx, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)} | TVmaze</title>'
            f'<link rel="canonical" href="{t.url}">{css("tvm", t.slug, 80)}</head><body>'
            f'{cookie_banner(c("cookie-consent"), "TVmaze uses cookies to provide the best experience on our website.", "Accept", "Reject")}'
            f'{_nav(c)}<main id="main-section" class="{c("main")}">{_head(t, c)}{"".join(blocks)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__TVM_STATE__", ctx.others, {"page": "show"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Schedule", "Shows", "People", "Networks", "Web Channels", "Articles", "Forums")
    return (f'<header class="{c("header")}"><a href="/" class="{c("logo")}">TVmaze</a><nav><ul>'
            + "".join(f'<li><a href="/{x.lower().replace(" ", "")}">{x}</a></li>' for x in items)
            + '</ul></nav><input type="search" placeholder="Search"><a href="/account/login">Login</a></header>')


def _head(t: Title, c: Classes) -> str:
    out = f'<header class="{c("columns")}"><h1 class="{c("show-for-medium")}">{esc(t.title)}</h1>'
    tabs = ("Main", "Episodes", "Seasons", "Cast", "Crew", "Characters", "Gallery", "News", "Videos")
    out += f'<nav class="{c("tabs")}">' + "".join(f'<a href="{t.path}/{x.lower()}">{x}</a>' for x in tabs) + "</nav></header>"
    if t.synopsis:
        out += f'<article class="{c("show-summary")}"><p>{esc(t.synopsis)}</p></article>'
    return out


def _row(label: str, value: str) -> str:
    return f"<div><strong>{label}</strong> {value}</div>"


def _info(t: Title, c: Classes, rng: random.Random) -> str:
    span = f" ({t.year} - {pick(rng, ('now', str((t.year or 2000) + (t.seasons or 1))))})" if t.year else ""
    web = rng.random() < 0.4
    rows = [_row("Web channel:" if web else "Network:", f'<a href="/networks/1">{pick(rng, WEB if web else NETWORKS)}</a>{span}'),
            _row("Schedule:", schedule(t.runtime, rng)),
            _row("Status:", pick(rng, ("Running", "Ended", "To Be Determined"))),
            _row("Show Type:", pick(rng, ("Scripted", "Animation", "Documentary", "Reality")))]
    if t.genres:
        rows.append(_row("Genres:", " | ".join(map(esc, t.genres))))
    if t.released:
        rows.append(_row("Premiered:", day(t.released)))
    rows.append(_row("Seasons:", str(t.seasons)))
    rows.append(_row("Episodes ordered:", f"{(t.seasons or 1) * 10 + len(t.slug) % 7} episodes"))
    rows.append(_row("Official site:", f'<a href="https://example.org/{t.slug}">example.org</a>'))
    if rng.random() < 0.4:
        rows[2:5] = rows[2:5][::-1]
    rating = ""
    if t.votes:
        rating = f'<div class="{c("rating")}"><span>{5 + len(t.slug) % 5}.{len(t.title) % 10}</span> <small>({grouped(t.votes)} {"vote" if t.votes == 1 else "votes"})</small></div>'
    ext = ""
    if t.imdb or t.trailer:
        ext = "<h3>Externals</h3>" + (f'<a href="https://www.imdb.com/title/{t.imdb}/">IMDb</a>' if t.imdb else "")
        ext += f' <a href="https://www.youtube.com/watch?v={t.trailer}">Official trailer (YouTube)</a>' if t.trailer else ""
    return f'<aside id="general-information" class="{c("info")}"><h2>Show Info</h2>{"".join(rows)}{rating}{ext}</aside>'


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer, composer = others_people(t, rng, 2)
    cast = "".join(f'<div class="{c("card")}"><a href="/people/{i}"><strong>{esc(p.actor)}</strong></a>'
                   + (f' <span>as <a href="/characters/{i}">{esc(p.character)}</a></span>' if p.character else "") + "</div>"
                   for i, p in enumerate(t.cast))
    crew = ([(d, "Director") for d in t.directors] + [(w, "Writer") for w in t.writers]
            + [(producer, "Executive Producer"), (composer, "Composer")])
    crewed = "".join(f'<div class="{c("card")}"><strong>{esc(n)}</strong> <span>{job}</span></div>' for n, job in crew)
    return ((f'<section id="cast" class="{c("cast")}"><h2>Cast</h2>{cast}</section>' if t.cast else "")
            + f'<section id="crew" class="{c("crew")}"><h2>Crew</h2>{crewed}</section>')


def _episodes(ctx: Context, c: Classes) -> str:
    rows = "".join(f"<tr><td>{e.season}x{e.number:02d}</td><td>{day(e.aired)}</td><td>{esc(e.name)}</td><td>{e.minutes} min</td>"
                   f"<td>Directed by {esc(e.director)}</td></tr>" for e in ctx.episodes)
    return f'<section class="{c("episode-list")}"><h2>Latest Episodes</h2><table>{rows}</table></section>' if rows else ""


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<div class="{c("card")}"><a href="{o.path}">{esc(o.title)}</a> <span>({o.year} - now)</span>'
                    f" <span>{o.runtime or 60} min</span> <span>({grouped(o.votes or 1)} votes)</span></div>" for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>Similar shows</h2>{cards}</section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/faq">FAQ</a><a href="/api">API</a><a href="/privacy">Privacy</a>'
            '<a href="/contact">Contact</a><p>© 2026 TVmaze.com</p></footer>')
