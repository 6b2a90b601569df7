# ruff: noqa: E501  (HTML templates read best on one line)
"""Marcus Theatres: a movie page of the American cinema chain (US English). A poster; the <h1>
(the meta line '1995 · R · 1 HR 51 MIN · Drama' under it, in the hero's <header> on some
deploys); the score with '1,234 audience ratings' beside '12,345 guests interested' (a trap);
'Synopsis'; the facts as cards whose value comes first in the markup and whose label
column-reverse draws above it, a <menu> of label/value items, or a two-column table whose label
column only the <colgroup> marks: 'Director', 'Writer', 'Score', 'Producer' and
'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1 HR 51 MIN' or '111 MIN' (a
series' 'per episode'), 'Rated' (the MPA's letters), 'Seasons', 'Release Date: October 27, 1995'
(or '10/27/1995') beside a later 'UltraScreen DLX from' (a trap), 'Studio', 'Budget: $3,600,000',
'Box Office', 'Showing in'; 'Cast'; the trailer; an event series' episodes with their own
lengths, dates and directors; showtimes with their prices and the $5 Tuesday offer (traps);
reviews; 'Now playing'; a JSON-LD Movie on some pages. No tagline, audience text or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites28.common import (
    MONTHS,
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hours,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "marcus"
ROLES = 0.65
AGES = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Marcus Theatres",
    ("Movies", "Theatres", "Experiences", "Deals", "Magical Movie Rewards", "Sign In"),
    ("This site uses cookies.", "Got it", "Privacy choices"),
    ("About Marcus", "Careers", "Gift Cards", "Privacy Policy", "Terms of Use"),
    "© 2026 Marcus Theatres Corporation",
    "__MARCUS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Score",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Movie Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Guest Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Now playing",
    },
)


def us_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return (
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        if long
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def runtime(n: int, long: bool) -> str:
    """'1 HR 51 MIN', '2 HR', '45 MIN' or '111 MIN'."""
    return hours(n, " HR", " HR", " MIN") if long else f"{n} MIN"


def ratings(n: int) -> str:
    """'1,234 audience ratings', '1 audience rating'."""
    return "1 audience rating" if n == 1 else f"{grouped(n)} audience ratings"


def money(m: Money) -> str:
    """'$3,600,000', 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (Season {e.season}) · {esc(e.name)} · {runtime(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    venues = ("Majestic Cinema of Brookfield", "Ridge Cinema", "Point Cinema", "Oakdale Cinema")
    rows = "".join(
        f"<li>{v}: {rng.randint(1, 10)}:{pick(rng, ('00', '15', '40'))}pm · {pick(rng, ('Standard', 'UltraScreen DLX', 'SuperScreen DLX'))} · ${rng.randint(9, 17)}.{pick(rng, ('49', '99'))}</li>"
        for v in rng.sample(venues, 3)
    )
    return f'<section class="{c("times")}"><h2>Showtimes</h2><ul>{rows}</ul><p>$5 Tuesday: $5 movies with a free Magical Movie Rewards membership.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Showing in", pick(rng, ("Standard", "UltraScreen DLX", "Standard, SuperScreen DLX")))]


SITE = Site(
    NAME,
    "mc",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    ratings,
    money,
    lambda n: f"{grouped(n)} guests interested",
    _episode,
    _showtimes,
    ("reverse", "menu", "colgroup"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="UltraScreen DLX from",
    extra_rows=_more,
    cta="Get Tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < ROLES else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
