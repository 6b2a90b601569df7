# ruff: noqa: E501  (HTML templates read best on one line)
"""Hotstar: a JioHotstar-like detail page (India, English with Hindi). The <h1> title or, on
some pages, a title-art image whose alt text is the title; an unlabelled line '1995 • 2 hr 50 min
• Drama • U/A 16+' (CBFC's certificates; a show's '1995 • 5 Seasons • Drama • U/A 16+' and no
runtime of its own); the audio languages 'Hindi, Tamil, Telugu' (or '4 Languages'); the
synopsis; 'Watch Now' / 'Subscribe to watch' with plan prices in ₹ as traps; 'Cast' cards
(names only) and a 'Director' card; a show's episodes ('S1 E3 • 12 Jan 2024 • 45m'); 'More
Like This' rails; a JSON-LD Movie or TVSeries on some pages. No tagline, audience text, dates,
votes, countries, studios, writers, money, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import MONTHS, app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites10.common import Classes, cookie_banner, look, no_characters, pick, rated

NAME = "hotstar"
CBFC = {"G": "U", "U": "U", "TV-Y": "U", "TV-G": "U", "FSK 0": "U", "PG": "U/A 7+",
        "TV-PG": "U/A 7+", "FSK 6": "U/A 7+", "PG-13": "U/A 13+", "12A": "U/A 13+",
        "M": "U/A 13+", "FSK 12": "U/A 13+", "TV-14": "U/A 13+", "15": "U/A 16+",
        "MA15+": "U/A 16+", "FSK 16": "U/A 16+", "R": "U/A 16+", "NC-17": "A", "18": "A",
        "R18+": "A", "FSK 18": "A", "TV-MA": "A"}
LANGUAGES = ("Hindi", "Tamil", "Telugu", "Malayalam", "Kannada", "Bengali", "Marathi", "English")


def fit(t: Title) -> Title:
    t = rated(t, CBFC)
    t = replace(t, tagline=None, audience=None, released=None, votes=None, countries=(),
                studios=(), studios_shown=0, budget=None, box_office=None, imdb=None,
                trailer=None, streaming=None, writers=())
    if t.kind == "show":
        t = replace(t, runtime=None)
    return no_characters(t)


def duration(n: int, short: bool) -> str:
    """'2 hr 50 min' or '2h 50m'."""
    big, small = divmod(n, 60)
    h, m = ("h", "m") if short else (" hr", " min")
    return " ".join(([f"{big}{h}"] if big else []) + ([f"{small}{m}"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("_", rng)
    ld = _ld(t) if rng.random() < 0.4 else ""
    blocks = [_episodes(ctx, c), _cast(t, c, rng), _more(ctx, c, rng)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="en-IN"><head><meta charset="utf-8"><title>Watch {esc(t.title)} {"TV Serial" if t.kind == "show" else "Full Movie"} Online - JioHotstar</title>'
            f'<link rel="canonical" href="{t.url}">{css("_", t.slug, 120)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "We use cookies to improve your experience. By continuing you agree to our Privacy Policy.", "Okay", "Manage")}'
            f'{_nav(c)}<main class="{c("detail")}">{_hero(t, c, rng)}{"".join(blocks)}</main>'
            f'{_footer(c)}{app_state("__APOLLO_STATE_HS__", ctx.others, {"country": "in"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.synopsis:
        data["description"] = t.synopsis
    if t.genres:
        data["genre"] = list(t.genres)
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Home", "Search", "TV", "Movies", "Sports", "Sparks", "Categories")
    return (f'<header class="{c("sidebar")}"><nav><ul>' + "".join(f'<li><a href="/in/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><a href="/in/subscribe">Subscribe</a></header>')


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    heading = (f'<h1 class="{c("title")}"><img alt="{esc(t.title)}" src="/tt/{t.slug}.webp"></h1>' if rng.random() < 0.3
               else f'<h1 class="{c("title")}">{esc(t.title)}</h1>')
    parts = [str(t.year)] if t.year else []
    if t.seasons:
        parts.append(f"{t.seasons} Season{'s' if t.seasons > 1 else ''}")
    elif t.runtime:
        parts.append(duration(t.runtime, rng.random() < 0.3))
    parts += [esc(t.genres[0])] if t.genres else []
    if t.rating:
        parts.append(f'<span class="{c("rating")}">{esc(t.rating)}</span>')
    meta = f'<div class="{c("meta")}">' + " • ".join(f"<span>{p}</span>" for p in parts) + "</div>"
    langs = rng.sample(LANGUAGES, rng.randint(1, 5))
    lang = f"{len(langs)} Languages" if len(langs) > 3 and rng.random() < 0.5 else ", ".join(langs)
    out = f'<section class="{c("hero")}">{heading}{meta}<div class="{c("langs")}">{lang}</div>'
    if len(t.genres) > 1:
        out += f'<div class="{c("tags")}">' + " | ".join(map(esc, t.genres)) + "</div>"
    if t.synopsis:
        out += f'<p class="{c("description")}">{esc(t.synopsis)}</p>'
    plan = pick(rng, ("Plans start at ₹149", "Mobile ₹149/3 months", "Super ₹299/3 months"))
    return out + f'<div class="{c("cta")}"><button>{pick(rng, ("Watch Now", "Subscribe to watch"))}</button><span>{plan}</span><button aria-label="Add to Watchlist">Watchlist</button></div></section>'


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li><b>{esc(e.name)}</b><span>S{e.season} E{e.number} • {e.aired.day} {MONTHS[e.aired.month - 1][:3]} {e.aired.year} • {duration(e.minutes, True)}</span></li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Episodes</h2><div>Season {ctx.episodes[0].season}</div><ol>{items}</ol></section>'


def _cast(t: Title, c: Classes, rng: random.Random) -> str:
    cards = [(p.actor, "") for p in t.cast] + [(d, "Director") for d in t.directors]
    if not cards:
        return ""
    items = "".join(f'<li class="{c("person")}"><img alt="" src="/p/{i}.jpg"><span>{esc(n)}</span>' + (f'<small>{r}</small>' if r else "") + "</li>" for i, (n, r) in enumerate(cards))
    return f'<section class="{c("tray")}"><h2>{pick(rng, ("Cast", "Cast & Crew"))}</h2><ul>{items}</ul></section>'


def _more(ctx: Context, c: Classes, rng: random.Random) -> str:
    cards = "".join(f'<li><a href="{o.path}" aria-label="{esc(o.title)}"><img alt="{esc(o.title)}" src="/v/{o.slug}.jpg"></a>'
                    f'<div><span>{o.year}</span> • <span>{f"{o.seasons} Seasons" if o.seasons else duration(o.runtime or 97, True)}</span> • <span>{esc(o.rating or "")}</span></div></li>' for o in ctx.others)
    return f'<section class="{c("tray")}"><h2>{pick(rng, ("More Like This", "You May Also Like"))}</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    links = ("About JioHotstar", "Terms Of Use", "Privacy Policy", "FAQ", "Feedback", "Careers")
    return (f'<footer class="{c("footer")}"><ul>' + "".join(f'<li><a href="/in/f{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul><p>© 2026 STAR. All Rights Reserved.</p></footer>")
