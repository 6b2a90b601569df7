# ruff: noqa: E501  (HTML templates read best on one line)
"""Apple TV: an Apple TV app web page (English). A hero with the <h1> (or a logo image whose
alt text is the title), the line 'Drama · 1995 · 1 hr 51 min' and badges as images with alt
text ('R', '4K', 'Dolby Vision', 'CC', 'SDH', 'AD'); a description; 'Starring' with the first
actors; a show's 'Seasons' shelf and episodes with their own runtime and director; 'Cast &
Crew' cards with a character or a job ('Director', 'Screenwriter', 'Writer', 'Producer',
'Executive Producer'); 'Related' and 'You Might Also Like' shelves of other titles; an
'Information' grid at the foot ('Studio' with '+2 more', 'Released' a date or a year, 'Run
Time', 'Rated', 'Region of Origin', 'Original Audio'); a JSON-LD Movie or TVSeries on most
pages. No tagline, audience text, vote count, money, IMDb link, trailer or streaming block
(Apple's own channels are the offer)."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import TV_RATINGS, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites8.common import Classes, cookie_banner, look, others_people, pick

NAME = "appletv"
US = ("G", "PG", "PG-13", "R", "NC-17", "Not Rated", *TV_RATINGS)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fit(t: Title) -> Title:
    """The US storefront: a US certificate or none."""
    return replace(t, rating=t.rating if t.rating in US else None, tagline=None, audience=None,
                   votes=None, budget=None, box_office=None, imdb=None, trailer=None,
                   streaming=None)


def duration(minutes: int) -> str:
    """'1 hr 51 min', '2 hr', '45 min'."""
    big, small = divmod(minutes, 60)
    return " ".join(([f"{big} hr"] if big else []) + ([f"{small} min"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("svelte", rng)
    ld = _ld(t) if rng.random() < 0.8 else ""
    shelves = [_seasons(t, ctx, c), _people(t, c, rng), _related(ctx, c, rng)]
    if rng.random() < 0.5:
        shelves[1], shelves[2] = shelves[2], shelves[1]
    return (f'<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>{esc(t.title)} - Apple TV</title>'
            f'<link rel="canonical" href="{t.url}"><meta property="og:title" content="{esc(t.title)}">{css("svelte", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "Apple uses cookies and similar technologies to improve your experience.", "Accept", "Decline")}'
            f'{_nav(c)}<main class="{c("main")}">{_hero(t, c, rng)}{"".join(shelves)}{_information(t, c, rng)}</main>'
            f'{_footer(c)}{app_state("__SERVER_DATA__", ctx.others, {"storefront": "us"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.synopsis:
        data["description"] = t.synopsis
    if t.genres:
        data["genre"] = list(t.genres)
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Home", "Apple TV+", "MLS", "Store", "Search")
    return (f'<header class="{c("navigation")}"><a href="/" aria-label="Apple TV"><img alt="" src="/tv.svg"></a><nav><ul>'
            + "".join(f'<li><a href="/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in items)
            + f'</ul></nav><a class="{c("signin")}" href="/signin">Sign In</a></header>')


def _badge(alt: str) -> str:
    return f'<img class="badge" alt="{esc(alt)}" src="/badges/{esc(alt).replace(" ", "-")}.svg">'


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    heading = (f'<h1 class="{c("title")}"><img alt="{esc(t.title)}" src="/logo/{t.slug}.png"></h1>' if rng.random() < 0.3
               else f'<h1 class="{c("title")}">{esc(t.title)}</h1>')
    meta = ([esc(t.genres[0])] if t.genres else []) + ([str(t.year)] if t.year else []) + ([duration(t.runtime)] if t.runtime else [])
    badges = ([_badge(t.rating)] if t.rating else []) + [_badge(b) for b in ("4K", "Dolby Vision", "Dolby Atmos", "CC", "SDH", "AD") if rng.random() < 0.6]
    out = (f'<section class="{c("product-header")}">{heading}<p class="{c("metadata")}">{" · ".join(meta)}</p>'
           f'<div class="{c("badges")}">{"".join(badges)}</div>'
           f'<a class="{c("cta")}" href="#play">{pick(rng, ("Play Trailer", "Watch Now", "Try It Free"))}</a>'
           f'<p>{pick(rng, ("Start watching with Apple TV+", "Buy or rent", "Watch with MUBI on the Apple TV app"))}</p>')
    if t.synopsis:
        out += f'<p class="{c("description")}">{esc(t.synopsis)}</p>'
    if t.cast:
        out += f'<p class="{c("starring")}"><span>Starring</span> {", ".join(esc(p.actor) for p in t.cast[:3])}</p>'
    return out + "</section>"


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not t.seasons:
        return ""
    tabs = "".join(f"<li><button>Season {s}</button></li>" for s in range(1, t.seasons + 1))
    eps = "".join(f'<li class="{c("episode")}"><span>EPISODE {e.number}</span><h3>{esc(e.name)}</h3>'
                  f"<span>{duration(e.minutes)}</span><p>Directed by {esc(e.director)}</p></li>" for e in ctx.episodes)
    return f'<section class="{c("shelf")}"><h2>Seasons</h2><ul role="tablist">{tabs}</ul><ol>{eps}</ol></section>'


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer, executive = others_people(t, rng, 2)
    writing = pick(rng, ("Screenwriter", "Writer"))
    cards = [(p.actor, p.character or "") for p in t.cast] + [(d, "Director") for d in t.directors]
    cards += [(w, writing) for w in t.writers] + [(producer, "Producer"), (executive, "Executive Producer")]
    items = "".join(f'<li><a href="/person/{i}"><img alt="" src="/p/{i}.jpg"><div class="{c("name")}">{esc(n)}</div>'
                    + (f'<div class="{c("role")}">{esc(r)}</div>' if r else "") + "</a></li>" for i, (n, r) in enumerate(cards))
    return f'<section class="{c("shelf")}"><h2>Cast &amp; Crew</h2><ul>{items}</ul></section>'


def _related(ctx: Context, c: Classes, rng: random.Random) -> str:
    cards = "".join(f'<li><a href="{o.path}"><img alt="" src="/art/{o.slug}.jpg"><div>{esc(o.title)}</div>'
                    f'<div>{o.year} · {duration(o.runtime or 97)}</div><div>{esc(o.rating or "")}</div></a></li>' for o in ctx.others)
    return f'<section class="{c("shelf")}"><h2>{pick(rng, ("Related", "You Might Also Like"))}</h2><ul>{cards}</ul></section>'


def _information(t: Title, c: Classes, rng: random.Random) -> str:
    rows: list[tuple[str, str]] = []
    if t.studios:
        more = f" +{t.more_studios} more" if t.more_studios else ""
        rows.append(("Studio", ", ".join(map(esc, t.shown_studios)) + more))
    if t.released:
        rows.append(("Released" if t.kind == "movie" else "Premiered", f"{MONTHS[t.released.month - 1]} {t.released.day}, {t.released.year}"))
    elif t.year:
        rows.append(("Released", str(t.year)))
    if t.runtime:
        rows.append(("Run Time", duration(t.runtime)))
    if t.rating:
        rows.append(("Rated", esc(t.rating)))
    if t.genres:
        rows.append(("Genre" if len(t.genres) == 1 else "Genres", ", ".join(map(esc, t.genres))))
    if t.countries:
        rows.append(("Region of Origin", ", ".join(map(esc, t.countries))))
    rows.append(("Original Audio", pick(rng, ("English", "French", "Spanish"))))
    body = "".join(f'<div class="{c("info-item")}"><h3>{k}</h3><p>{v}</p></div>' for k, v in rows)
    return f'<section class="{c("information")}"><h2>Information</h2><div class="{c("grid")}">{body}</div></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="https://www.apple.com/legal/">Terms of Use</a>'
            '<a href="https://www.apple.com/privacy/">Privacy Policy</a><a href="/support">Support</a>'
            "<p>Copyright © 2026 Apple Inc. All rights reserved.</p></footer>")
