# ruff: noqa: E501  (HTML templates read best on one line)
"""Hot Docs (English, Canada): the Toronto documentary festival's film page. A poster; the
<h1> (the meta line '1995 · 14A · 111 min · Drama' under it on some deploys); '1,234
audience ballots' (the Audience Award's) beside '12,345 saved' (a trap); 'About the film';
a 'Get tickets' button; the facts in monospace <var>/<samp> lines, data-cy rows or a layout
table: 'Director', 'Writer', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genre',
'Country', 'Year', 'Running time: 111 min' (or '1h 51m'; a series' 'per episode'), 'Rating'
(the Ontario classes G/PG/14A/18A/R), 'Seasons', 'Release date: October 27, 1995' (or
'1995-10-27') beside a later 'Streaming on Hot Docs at Home' (a trap), 'Production company',
'Budget: CA$3,600,000', 'Language', 'Program'; 'Cast'; the trailer; a series' episodes;
screenings and tickets in Canadian dollars (a trap); comments; 'More in this program'; a
JSON-LD Movie on some pages. No tagline, audience text, box office, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites38.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "hotdocs"
ONTARIO = ages("G", "PG", "14A", "18A", "R")
CHROME = Chrome(
    "en-CA",
    "Hot Docs",
    ("Festival", "Ted Rogers Cinema", "Hot Docs at Home", "Industry", "Membership", "Donate"),
    ("This website uses cookies.", "Accept", "Cookie policy"),
    ("About Hot Docs", "Accessibility", "Careers", "Contact", "Privacy", "Land acknowledgement"),
    "Hot Docs is a registered Canadian charity. © 2026 Hot Docs.",
    "__HOTDOCS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "",
    },
    {
        "about": "About the film",
        "details": "Film info",
        "cast": "Featuring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More in this program",
    },
)


def ca_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27'."""
    return f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()


def runtime(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    return f"{n} min" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("audience ballot", n, paren=False)


def money(m: Money) -> str:
    """'CA$3,600,000', 'US$3,600,000' or 'EUR 7,200,000'."""
    sign = {"CAD": "CA$", "USD": "US$"}.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.season}.{e.number} · {runtime(e.minutes, long)} · {ca_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _screenings(t: Title, c: Classes, rng: random.Random) -> str:
    venue = pick(rng, ("Hot Docs Ted Rogers Cinema", "TIFF Lightbox 2", "Scotiabank Theatre 3"))
    return f'<aside class="{c("tickets")}"><h2>Screenings &amp; tickets</h2><p>{venue} · Sat, Apr 27 · 6:30 PM</p><p>Regular ${rng.randint(17, 21)} · Senior/Student ${rng.randint(13, 16)} · Members save $3 (HST included)</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Language",
                pick(rng, ("English", "English, French", "Inuktitut with English subtitles")),
            ),
            (
                "Program",
                pick(rng, ("Canadian Spectrum", "International Spectrum", "Special Presentations")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "hd",
    CHROME,
    WORDS,
    ca_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} saved",
    _episode,
    _screenings,
    ("kv", "cypress", "layout"),
    frozenset({"tagline", "audience_summary", "box_office", "imdb_id", "streaming"}),
    ("director", "genre", "contentRating", "datePublished", "description"),
    0.35,
    later="Streaming on Hot Docs at Home",
    extra_rows=_more,
    cta="Get tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ONTARIO), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
