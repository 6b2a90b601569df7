# ruff: noqa: E501  (HTML templates read best on one line)
"""Cineworld: a film page of the British cinema chain (British English). A poster; the <h1>
(the meta line '1995 · 15 · 1 hr 51 mins · Drama' under it, in the hero's <header> on some
deploys); the audience score with '1,234 reviews' beside '12,345 people have booked' (a trap);
'Synopsis'; the facts as icon rows whose label is only the icon's alt text, a <menu> of
label/value items, or a scroll-snap carousel of fact cards: 'Directed by', 'Written by',
'Music by', 'Produced by' and 'Cinematography by' (traps), 'Genre', 'Country', 'Year',
'Length: 1 hr 51 mins' or '111 mins' (a show's 'per episode'), 'Age rating' (the BBFC's),
'Seasons', 'Release date: 27 Oct 1995' (or '27/10/1995') beside a later 'Unlimited Screening'
(a trap), 'Distributor', 'Budget: $3,600,000', 'Box office', 'Screen type'; 'Cast'; the
trailer; an event cinema series' episodes with their own lengths, dates and directors;
showtimes with their own dates and prices and the Unlimited card's monthly price (traps);
reviews; 'More films'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites28.common import (
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

NAME = "cineworld"
ROLES = 0.6
AGES = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Cineworld",
    ("What's on", "Coming soon", "Cinemas", "Unlimited", "Offers", "Sign in"),
    ("We use cookies to give you the best experience.", "Accept cookies", "Cookie settings"),
    ("About Cineworld", "Careers", "Accessibility", "Privacy policy", "Terms of use"),
    "© 2026 Cineworld Cinemas Ltd",
    "__CW_DATA__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Distributor",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Film info",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "Be the first to review this film.",
        "rail": "More films",
    },
)
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def cw_date(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return (
        f"{d.day} {SHORT[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def length(n: int, long: bool) -> str:
    """'1 hr 51 mins', '2 hrs', '45 mins' or '111 mins'."""
    return hours(n, " hr", " hrs", " mins") if long else f"{n} mins"


def reviews(n: int) -> str:
    """'1,234 reviews', '1 review'."""
    return "1 review" if n == 1 else f"{grouped(n)} reviews"


def money(m: Money) -> str:
    """'$3,600,000', '£2,000,000', 'EUR 7,200,000'."""
    sign = {"GBP": "£", "USD": "$"}.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Part {e.number} (season {e.season}) · {length(e.minutes, long)} · {cw_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Today", "Tomorrow", "Fri 12 Dec", "Sat 13 Dec", "Sun 14 Dec")
    rows = "".join(
        f"<li>{day}: {rng.randint(11, 21)}:{pick(rng, ('00', '20', '40'))} · {pick(rng, ('2D', 'IMAX', '4DX', 'ScreenX'))} · £{rng.randint(8, 17)}.{pick(rng, ('49', '99'))}</li>"
        for day in rng.sample(days, 3)
    )
    return f'<section class="{c("times")}"><h2>Showtimes</h2><ul>{rows}</ul><p>Cineworld Unlimited from £{pick(rng, ("11.99", "13.99", "17.99"))} a month.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Screen type", pick(rng, ("2D", "2D, IMAX", "2D, 4DX, ScreenX")))]


SITE = Site(
    NAME,
    "cw",
    CHROME,
    WORDS,
    cw_date,
    length,
    " per episode",
    reviews,
    money,
    lambda n: f"{grouped(n)} people have booked",
    _episode,
    _showtimes,
    ("icons", "menu", "slides"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="Unlimited Screening",
    extra_rows=_more,
    cta="Book now",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < ROLES else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
