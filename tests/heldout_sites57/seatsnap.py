# ruff: noqa: E501  (HTML templates read best on one line)
"""SeatSnap (an invented US movie-ticketing app and site, en-US) and its movie page: a
backdrop; the <h1> (the meta line under it on some deploys); 'Overview'; a 'Get Tickets'
button; the facts as React rows with data-qa hooks ('movie-detail-label' and
'movie-detail-value' spans), meta pills (an <abbr> label with its title, then the value) or
stat tiles: 'Directed By', 'Written By', 'Score', 'Produced By', 'Director of Photography'
(traps; the last begins with the director's word), 'Genre', 'Country', 'Year', 'Runtime: 1 hr
51 min' (or '111 min'; a series' ' / episode'), 'Rated' (MPA) with a 'Rating reason' row
('for strong violence, language'), 'Seasons', 'Release Date: Oct 27, 1995' (or '10/27/1995')
beside a later 'Tickets on sale' date (a trap), 'Studio', 'Budget: $150M' (or '$800,000'),
'Box Office', 'Formats' (no record key); 'IMDb'; 'Cast & Crew'; the trailer; a series'
episodes; 'Showtimes' (sessions with IMAX/3D/4DX/Dolby Cinema tags, adult, child and senior
prices in dollars and a convenience fee; a trap); fan reviews; 'Also in theaters'; a JSON-LD
Movie on some deploys. '1,234 audience ratings' beside '12,345 interested' (a trap). Every
budget and gross in US dollars, rounded so the short form is exact. No tagline, audience
text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites57.common import (
    Chrome,
    Classes,
    Site,
    Words,
    advice,
    ages,
    compact,
    fit_rng,
    hide,
    localize_money,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    showtimes,
)

NAME = "seatsnap"
TIERS = ("G", "PG", "PG-13", "R", "NC-17")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-US",
    "SeatSnap",
    ("Movies", "Theaters", "At Home", "Gift Cards", "Sign In"),
    ("SeatSnap uses cookies to personalize showtimes near you.", "Got it", "Your Privacy Choices"),
    (
        "Help Center",
        "Theater Partners",
        "Terms of Use",
        "Do Not Sell or Share My Personal Information",
    ),
    "© 2026 SeatSnap, Inc. All rights reserved.",
    "__SEATSNAP_STATE__",
)
WORDS = Words(
    {
        "director": "Directed By",
        "writer": "Written By",
        "music": "Score",
        "producer": "Produced By",
        "camera": "Director of Photography",
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
        "about": "Overview",
        "details": "Movie Info",
        "cast": "Cast &amp; Crew",
        "trailer": "Trailers &amp; Videos",
        "episodes": "Episodes",
        "reviews": "Fan Reviews",
        "no_reviews": "Be the first to review.",
        "rail": "Also in theaters",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1 hr 51 min' (or '45 min' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} audience rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} interested"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'."""
    return "$" + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed By: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    adult = pick(rng, ("14.99", "16.49", "17.99", "19.25"))
    return showtimes(
        c,
        rng,
        "Showtimes",
        [
            ("Adult", f"${adult}"),
            ("Child", f"${pick(rng, ('10.99', '11.49'))}"),
            ("Senior", f"${pick(rng, ('11.99', '12.49'))}"),
        ],
        f"Convenience fee: ${pick(rng, ('1.89', '2.19', '2.49'))} per ticket. SeatSnap Plus members pay no fees.",
        ("Standard", "IMAX", "RealD 3D", "4DX", "Dolby Cinema", "Open Caption"),
        ("Today", "Tomorrow", "Fri, Dec 11", "Sat, Dec 12"),
        "Select Seats",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the MPA's reason beside its rating, the formats."""
    rows = []
    if t is None or t.rating:
        rows.append(("Rating reason", "for " + advice(TIERS, t.rating if t else None, rng).lower()))
    rows.append(
        ("Formats", pick(rng, ("Standard, IMAX", "Standard, RealD 3D, 4DX", "Dolby Cinema, IMAX")))
    )
    return plain_rows(rows)


SITE = Site(
    NAME,
    "snp",
    CHROME,
    WORDS,
    date_,
    running,
    " / episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("seatsnap-qa-rows", "seatsnap-pills", "stats"),
    frozenset({"audience_summary", "streaming", "tagline"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.4,
    later="Tickets on sale",
    extra_rows=_more,
    cta="Get Tickets",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
