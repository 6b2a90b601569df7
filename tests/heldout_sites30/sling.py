# ruff: noqa: E501  (HTML templates read best on one line)
"""Sling TV: a movie or show page of the US live-TV streaming service (American English). A
backdrop; the <h1> (the meta line '1995 | PG-13 | 1h 51m | Drama' under it on some deploys);
'12,345 watching now' (a trap; no votes); 'Synopsis'; the facts as 'label value' lines whose
label is a highlighted <mark> pill, a two-column grid whose row wrappers are display:contents,
or a table: 'Director', 'Writers', 'Original Score', 'Producer' and 'Director of Photography'
(traps), 'Genres', 'Country', 'Release Year', 'Duration: 1h 51m' or '111m' (a show's 'each'),
'Rating' (a movie's MPA G/PG/PG-13/R/NC-17, a show's TV Parental Guidelines
TV-G/TV-PG/TV-14/TV-MA), 'Premiere Date: October 27, 1995' (or '10/27/1995') beside a later 'Available
on Sling' (a trap), 'Studio', 'Seasons', 'Language', 'Quality'; 'Cast & Crew' (the cast);
the trailer; a show's episodes with their own lengths, air dates and directors; the Orange and
Blue plans' prices and the add-on extras (traps); comments; 'You May Also Like'; a JSON-LD
Movie on some pages. No tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites30.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "sling"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MPA = ages("G", "PG", "PG-13", "R", "NC-17")  # a movie's
US_TV = ages("TV-G", "TV-PG", "TV-14", "TV-MA", None)  # a show's (an NC-17 show carries none)
CHROME = Chrome(
    "en-US",
    "Sling TV",
    ("Home", "On Now", "My TV", "Guide", "Movies", "Shows", "Sports"),
    ("Sling TV uses cookies and similar technologies.", "Got it", "Your privacy choices"),
    ("Help", "Channels", "Devices", "Legal", "Careers"),
    "© 2026 Sling TV L.L.C.",
    "__SLING__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Original Score",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genres",
        "country": "Country",
        "year": "Release Year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Premiere Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Cast & Crew",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "There are no comments yet.",
        "rail": "You May Also Like",
    },
)


def sling_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return (
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        if long
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def duration(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111m'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n}m"
    return f"{big}h" + (f" {small}m" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} Episode {e.number} | {duration(e.minutes, long)} | {sling_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    orange, blue = rng.choice((("40", "45"), ("45", "50"))), rng.choice(("6", "11"))
    return f'<aside class="{c("plans")}"><h2>Choose your service</h2><ul><li>Sling Orange ${orange[0]}/mo</li><li>Sling Blue ${orange[1]}/mo</li><li>Orange &amp; Blue $60/mo</li></ul><p>Add Sports Extra for ${blue}/mo. 50 hours of Cloud DVR included.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Language", pick(rng, ("English", "English, Spanish"))),
        ("Quality", pick(rng, ("HD", "4K", "SD"))),
    ]


SITE = Site(
    NAME,
    "sl",
    CHROME,
    WORDS,
    sling_date,
    duration,
    " each",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} watching now",
    _episode,
    _plans,
    ("marks", "contents", "table"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
        }
    ),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    meta_sep=" | ",
    later="Available on Sling",
    extra_rows=_more,
    cta="Watch Now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA if t.kind == "movie" else US_TV), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.55 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
