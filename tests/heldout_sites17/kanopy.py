# ruff: noqa: E501  (HTML templates read best on one line)
"""Kanopy: a film or series page of Kanopy, the library streaming service (English). The <h1>;
the line '1995 · 111 minutes · Drama'; the synopsis; the facts as a two-column grid whose labels
all come first and the values after them in the same order, <dfn> lines or a definition list:
'Director', 'Writers', 'Producer', 'Cinematographer' and 'Distributor' (traps), 'Starring',
'Genres', 'Country', 'Year', 'Runtime: 111 minutes' (or '1 hour 51 minutes'; a series' 'per
episode'), 'Rating', 'Seasons', 'Production company'; 'Supplemental Materials' with their own
years and lengths; 'Tickets' ('This title uses 1 ticket. You have 7 of 10 tickets left this
month.', traps); a series' episodes with their own lengths and directors; 'Related Films'; a
JSON-LD Movie on some pages, the only place that gives the full release date. No tagline,
audience text, votes, money, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import esc
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites17.common import (
    Chrome,
    Classes,
    episodes_block,
    facts17,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    schema,
)

NAME = "kanopy"
DISTRIBUTORS = ("Kino Lorber", "Film Movement", "Icarus Films", "Zeitgeist Films", "Oscilloscope")
SUPPLEMENTS = ("Director's Commentary", "Making Of", "Q&A with the Cast", "Deleted Scenes",
               "Early Short Film")
CHROME = Chrome("en-US", "Kanopy", ("Browse", "Movies", "TV", "Kids", "Collections", "My List"),
                ("Kanopy uses cookies to personalize content and analyze traffic.", "Accept", "Cookie Settings"),
                ("About", "Help", "Terms", "Privacy", "Find your library"), "© 2026 Kanopy, Inc.", "__KANOPY__")


def dated_in_schema(t: object) -> bool:
    """Whether this title's page carries the JSON-LD block (with its datePublished)."""
    return fit_rng(NAME, t, "ld").random() < 0.45


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, votes=None, budget=None, box_office=None,
                imdb=None, trailer=None, streaming=None, studios_shown=len(t.studios))
    if not dated_in_schema(t):
        t = replace(t, released=None)
    return no_characters(t)


def minutes(n: int, long: bool) -> str:
    """'111 minutes' or '1 hour 51 minutes', '2 hours'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minutes"
    out = f"{big} hour" + ("s" if big > 1 else "")
    return out + (f" {small} minutes" if small else "")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("kn", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "author", "genre", "datePublished", "description")) if dated_in_schema(t) else ""
    blocks = [_facts(t, c, rng, long), _supplements(t, c, rng),
              episodes_block(ctx, c, "Episodes", lambda e: _episode(e, long)), _tickets(c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, long) + "".join(blocks) + rail(ctx, c, "Related Films", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} · {minutes(o.runtime or 97, long)} · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {minutes(e.minutes, long)}</p><p>Directed by {esc(e.director)}</p>"


def _head(t: Title, c: Classes, long: bool) -> str:
    line = [str(t.year or ""), minutes(t.runtime, long) if t.runtime else "", t.genres[0] if t.genres else ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" · ".join(x for x in line if x))}</p>'
    if t.synopsis:
        out += f'<p class="{c("synopsis")}">{esc(t.synopsis)}</p>'
    return out + f'<a class="{c("cta")}" href="/video/{t.slug}/play">Play</a><button class="{c("list")}">Add to My List</button></section>'


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    producer, camera = others_people(t, rng, 2)
    length = minutes(t.runtime, long) + (" per episode" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Director", esc(", ".join(t.directors))), ("Writers", esc(", ".join(t.writers))),
            ("Producer", esc(producer)), ("Cinematographer", esc(camera)),
            ("Starring", esc(", ".join(p.actor for p in t.cast))),
            ("Genres", esc(", ".join(t.genres))), ("Country", esc(", ".join(t.countries))),
            ("Year", str(t.year or "")), ("Runtime", length), ("Rating", esc(t.rating or "")),
            ("Seasons", str(t.seasons or "")), ("Production company", esc(", ".join(t.studios))),
            ("Distributor", esc(pick(rng, DISTRIBUTORS)))]
    style = pick(rng, ("columns", "columns", "dfn", "dl"))
    return f'<section class="{c("details")}"><h2>Details</h2>{facts17(c, style, rows)}</section>'


def _supplements(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.35:
        return ""
    lengths = [n + (n == t.runtime) for n in (rng.randint(4, 38), rng.randint(4, 38))]
    items = "".join(f"<li>{name} ({(t.year or 2000) + rng.randint(1, 12)}) • {n} minutes</li>" for name, n in zip(rng.sample(SUPPLEMENTS, 2), lengths, strict=True))
    return f'<section class="{c("supplements")}"><h2>Supplemental Materials</h2><ul>{items}</ul></section>'


def _tickets(c: Classes, rng: random.Random) -> str:
    left = rng.randint(2, 9)
    return f'<aside class="{c("tickets")}"><h2>Tickets</h2><p>This title uses 1 ticket. You have {left} of 10 tickets left this month.</p></aside>'
