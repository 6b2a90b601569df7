# ruff: noqa: E501  (HTML templates read best on one line)
"""Criterion: a Criterion Channel film or series page (English). The <h1>; the unlabelled hero
line 'Directed by Agnès Varda • 1995 • France, Italy' (no 'Directed by' when the film names no
director); the runtime '111 minutes' or '1h 51m' beside the year on some pages, or only as
'Runtime' in the credits; the synopsis; 'Starring' names, or 'Cast' with the characters; the
credits as a wide table with the caption 'Credits' (roles as column headers over one row of
names) or a definition list: 'Director', 'Screenplay', 'Cinematography', 'Music', 'Producer'
and 'Editor' (traps), 'Country', 'Year', 'Runtime' (a series' 'per episode'), 'Seasons'; the
trailer; 'Supplements' with their own lengths and years ('Interview with ... (2014) • 23
minutes': traps); 'Featured in' collections; a series' episodes with their own directors;
'Subscribe $10.99/month' (a trap); 'You Might Also Like'. No tagline, audience text, full
date, certificate, votes, genres, studios, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import esc, hours, youtube_embed
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites16.common import (
    Chrome,
    Classes,
    episodes_block,
    facts16,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
)

NAME = "criterion"
COLLECTIONS = ("Directed by Women", "Neo-Noir", "Three Colors", "Festival Favorites",
               "Criterion Collection Editions", "Art of the Long Take", "Coming of Age")
CHROME = Chrome("en-US", "The Criterion Channel", ("Browse", "Collections", "Films", "Series", "Search"),
                ("We use cookies to personalize content.", "Accept", "Decline"),
                ("About", "Help", "Terms", "Privacy", "Criterion.com"), "© 2026 The Criterion Collection", "__CRITERION__")


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, released=None, rating=None, votes=None,
                genres=(), studios=(), studios_shown=0, budget=None, box_office=None, imdb=None,
                streaming=None)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def minutes(n: int, long: bool) -> str:
    """'111 minutes' or '1h 51m'."""
    return f"{n} minutes" if long else hours(n, "h", "m")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("cc", rng)
    long = rng.random() < 0.5
    blocks = [_credits(t, c, rng, long), _cast(t, c), _trailer(t, c), _supplements(t, c, rng),
              episodes_block(ctx, c, "Episodes", lambda e: _episode(e, long)), _featured(c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng, long) + "".join(blocks) + _subscribe(c, rng) + rail(ctx, c, "You Might Also Like", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, "", main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} • {minutes(o.runtime or 97, long)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} • {minutes(e.minutes, long)}</p><p>Directed by {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    line = [f"Directed by {', '.join(t.directors)}" if t.directors else "", str(t.year or ""),
            ", ".join(t.countries)]
    if t.runtime and rng.random() < 0.5:
        line.insert(2, minutes(t.runtime, long))
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("byline")}">{" • ".join(esc(x) for x in line if x)}</p>'
    if t.synopsis:
        out += f'<div class="{c("description")}"><p>{esc(t.synopsis)}</p></div>'
    return out + f'<a class="{c("play")}" href="/videos/{t.slug}">Play</a></section>'


def _credits(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    camera, music, producer, editor = others_people(t, rng, 4)
    length = minutes(t.runtime, long) + (" per episode" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Director", esc(", ".join(t.directors))), ("Screenplay", esc(", ".join(t.writers))),
            ("Cinematography", esc(camera)), ("Music", esc(music)), ("Producer", esc(producer)),
            ("Editor", esc(editor)), ("Country", esc(", ".join(t.countries))),
            ("Year", str(t.year or "")), ("Runtime", length), ("Seasons", str(t.seasons or ""))]
    style = pick(rng, ("wide", "wide", "dl"))
    return f'<section class="{c("credits")}"><h2>Credits</h2>{facts16(c, style, rows, "Credits")}</section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    if any(p.character for p in t.cast):
        rows = "".join(f"<li><span>{esc(p.actor)}</span> <i>{esc(p.character or '')}</i></li>" for p in t.cast)
        return f'<section class="{c("cast")}"><h2>Cast</h2><ul>{rows}</ul></section>'
    return f'<section class="{c("cast")}"><p>Starring {esc(", ".join(p.actor for p in t.cast))}</p></section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Trailer</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _supplements(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    base = t.year or 1990
    names = others_people(t, rng, 2)
    items = "".join(f"<li>{what} {esc(name)} ({base + rng.randint(5, 30)}) • {rng.choice([n for n in range(8, 59) if n != t.runtime])} minutes</li>" for what, name in zip(rng.sample(("Interview with", "Video essay by", "Conversation with", "Short film by"), 2), names, strict=True))
    return f'<section class="{c("extras")}"><h2>Supplements</h2><ul>{items}</ul></section>'


def _featured(c: Classes, rng: random.Random) -> str:
    items = "".join(f"<li>{name}</li>" for name in rng.sample(COLLECTIONS, 2))
    return f'<section class="{c("featured")}"><h2>Featured in</h2><ul>{items}</ul></section>'


def _subscribe(c: Classes, rng: random.Random) -> str:
    price = rng.choice(("$10.99/month", "$99.99/year"))
    return f'<aside class="{c("subscribe")}"><p>Start your free trial. Subscribe {price}.</p></aside>'
