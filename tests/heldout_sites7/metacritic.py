# ruff: noqa: E501  (HTML templates read best on one line)
"""Metacritic: a Metacritic-like product page (English, the 2023 redesign). A hero with the
<h1>, a 'Metascore' block ('Universal Acclaim', 'Based on 34 Critic Reviews' as a trap) beside
the 'User Score' block ('Based on 1,234 User Ratings'); 'Directed By:' and 'Written By:' lines;
a summary; a 'Details' list of label/value rows ('Release Date:' 'Oct 27, 1995', 'Duration:'
'1 h 51 m', 'Rating:' 'R', 'Tagline:', 'Genres:', 'Production Company:' listing every company,
'Countries:', 'Seasons:'); 'Top Cast' cards with the character under the name, the crew's other
jobs (producer, composer) as traps; critic reviews with their own scores and years; 'Where to
Watch'; 'More Like This' rails; a JSON-LD on some deploys. No audience text, money, IMDb link
or trailer."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, grouped, json_ld, ld_type
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.common import (
    Classes,
    all_studios,
    cookie_banner,
    look,
    others_people,
    pick,
)

NAME = "metacritic"
ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
OUTLETS = ("The Guardian", "Slant Magazine", "Variety", "IndieWire", "The A.V. Club", "Time Out", "RogerEbert.com")


def fit(t: Title) -> Title:
    return all_studios(replace(t, audience=None, budget=None, box_office=None, imdb=None, trailer=None))


def day(d: date) -> str:
    return f"{ABBR[d.month - 1]} {d.day}, {d.year}"


def duration(minutes: int) -> str:
    big, small = divmod(minutes, 60)
    return " ".join(([f"{big} h"] if big else []) + ([f"{small} m"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("c", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_details(t, c, rng), _cast(t, c, rng), _critics(ctx, c), _watch(t.streaming, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)} Reviews - Metacritic</title>'
            f'<link rel="canonical" href="{t.url}">{css("c", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("onetrust"), "We and our partners use cookies to personalize ads and measure performance.", "I Accept", "Cookie Settings")}'
            f'{_nav(c)}<main class="{c("productPage")}">{_hero(t, c, rng)}{"".join(blocks)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__NUXT__", ctx.others, {"route": t.path})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.synopsis:
        data["description"] = t.synopsis
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Games", "Movies", "TV Shows", "Music")
    return (f'<header class="{c("globalHeader")}"><a href="/" aria-label="Metacritic home">metacritic</a><nav><ul>'
            + "".join(f'<li><a href="/browse/{x.lower().replace(" ", "-")}/">{x}</a></li>' for x in items)
            + '</ul></nav><input type="search" placeholder="Search"><a href="/login">Log In</a></header>')


def _votes(n: int) -> str:
    return f"Based on {grouped(n)} User {'Rating' if n == 1 else 'Ratings'}"


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<div class="{c("productHero")}"><div class="{c("productHero_title")}"><h1>{esc(t.title)}</h1></div>'
    meta = [str(t.year) if t.year else "", esc(t.rating) if t.rating else ""]
    if rng.random() < 0.5 and any(meta):
        out += f'<ul class="{c("heroMetadata")}">' + "".join(f"<li>{m}</li>" for m in meta if m) + "</ul>"
    critics = 12 + len(t.slug) % 40
    out += (f'<div class="{c("productScoreInfo")}"><span>Metascore</span><div title="Metascore {50 + len(t.title) % 45} out of 100">{50 + len(t.title) % 45}</div>'
            f"<span>{pick(rng, ('Universal Acclaim', 'Generally Favorable', 'Mixed or Average'))}</span><a href=\"{t.path}/critic-reviews/\">Based on {critics} Critic Reviews</a></div>")
    if t.votes:
        out += (f'<div class="{c("productScoreInfo")}"><span>User Score</span><div>{5 + len(t.slug) % 5}.{len(t.title) % 10}</div>'
                f'<span>Generally Favorable</span><a href="{t.path}/user-reviews/">{_votes(t.votes)}</a></div>')
    else:
        out += f'<div class="{c("productScoreInfo")}"><span>User Score</span><div>tbd</div><span>Available after 4 ratings</span></div>'
    credits = ""
    if t.directors:
        credits += f'<p><span class="{c("label")}">Directed By:</span> {", ".join(map(esc, t.directors))}</p>'
    if t.writers:
        credits += f'<p><span class="{c("label")}">Written By:</span> {", ".join(map(esc, t.writers))}</p>'
    out += f'<div class="{c("heroCredits")}">{credits}</div>'
    if t.synopsis:
        out += f'<div class="{c("productDetails_description")}"><h2>Summary</h2><span>{esc(t.synopsis)}</span></div>'
    return out + "</div>"


def _row(c: Classes, label: str, value: str) -> str:
    return f'<li class="{c("detail")}"><span class="{c("detail_label")}">{label}</span> <span class="{c("detail_value")}">{value}</span></li>'


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    if t.released:
        rows.append(_row(c, "Initial Release Date:" if t.kind == "show" else "Release Date:", day(t.released)))
    elif t.year:  # the year alone, where no day is known
        rows.append(_row(c, "Release Date:", str(t.year)))
    if t.runtime:
        rows.append(_row(c, "Duration:", duration(t.runtime)))
    if t.rating:
        rows.append(_row(c, "Rating:", esc(t.rating)))
    if t.seasons:
        rows.append(_row(c, "Seasons:", f"{t.seasons} {'Season' if t.seasons == 1 else 'Seasons'}"))
    if t.tagline:
        rows.append(_row(c, "Tagline:", esc(t.tagline)))
    if t.genres:
        rows.append(_row(c, "Genres:", "".join(f'<a class="{c("genreChip")}" href="/browse/movie/all/{esc(g.lower())}/">{esc(g)}</a>' for g in t.genres)))
    if t.studios:
        rows.append(_row(c, pick(rng, ("Production Company:", "Production Companies:")), "<ul>" + "".join(f"<li>{esc(s)}</li>" for s in t.studios) + "</ul>"))
    if t.countries:
        rows.append(_row(c, "Countries:", ", ".join(map(esc, t.countries))))
    rows.append(_row(c, "Website:", f'<a href="https://example.org/{t.slug}">Official Site</a>'))
    if rng.random() < 0.4:
        rows.reverse()
    return f'<section class="{c("productDetails")}"><h2>Details</h2><ul>{"".join(rows)}</ul></section>'


def _cast(t: Title, c: Classes, rng: random.Random) -> str:
    producer, composer = others_people(t, rng, 2)
    cards = "".join(f'<div class="{c("globalPersonCard")}"><a href="/person/{i}/"><h3>{esc(p.actor)}</h3></a>'
                    + (f'<p class="{c("character")}">{esc(p.character)}</p>' if p.character else "") + "</div>"
                    for i, p in enumerate(t.cast))
    crew = (f'<div class="{c("globalPersonCard")}"><h3>{esc(producer)}</h3><p>Producer</p></div>'
            f'<div class="{c("globalPersonCard")}"><h3>{esc(composer)}</h3><p>Music</p></div>')
    top = f"<h2>Top Cast</h2><div>{cards}</div>" if t.cast else ""
    return f'<section class="{c("productCredits")}">{top}<h2>Crew</h2><div>{crew}</div></section>'


def _critics(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<div class="{c("criticReview")}"><span>{r.score * 10}</span><b>{OUTLETS[i % len(OUTLETS)]}</b> <span>{day(r.posted)}</span>'
                    f"<p>{esc(r.text)}</p><span>By {esc(r.author)}</span></div>" for i, r in enumerate(ctx.reviews))
    return f'<section class="{c("reviewsSection")}"><h2>Critic Reviews</h2>{items}</section>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("whereToWatch")}"><h2>Where to Watch</h2><p>Not yet available to stream.</p></section>'
    n = len(s.platforms)
    head = (f"Stream on {n} {'service' if n == 1 else 'services'}" if s.available
            else f"Not currently available on any of {n} {'service' if n == 1 else 'services'}")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<section class="{c("whereToWatch")}"><h2>Where to Watch</h2><p>{head}</p><ul>{items}</ul><small>Last verified {day(s.verified_on)}</small></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<div class="{c("productCard")}"><a href="{o.path}"><h3>{esc(o.title)}</h3></a><span>{o.year}</span><span>{esc(o.rating)}</span>'
                    f"<span>{duration(o.runtime or 97)}</span><span>{_votes(o.votes or 1)}</span></div>" for o in ctx.others)
    return f'<section class="{c("moreLikeThis")}"><h2>More Like This</h2>{cards}</section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("globalFooter")}"><a href="/about-metacritic/">About</a><a href="/faq/">FAQ</a>'
            '<a href="/privacy-policy">Privacy Policy</a><a href="/terms">Terms of Use</a><p>© 2026 Fandom, Inc. All rights reserved.</p></footer>')
