# ruff: noqa: E501  (HTML templates read best on one line)
"""Showcase Cinemas: a film page of the British cinema chain (British English). A backdrop;
the <h1> (the meta line '1995 / 12A / 1h 51m / Drama' under it on some deploys); '12,345
bookings this week' (a trap; no votes); 'About the film'; the facts in a table of <div>s with
ARIA roles (rowheader and cell numbered by aria-rowindex/aria-colindex), an Ionic <ion-list>
or 'label value' lines under a highlighted <mark> pill: 'Directed by', 'Written by', 'Music',
'Produced by' and 'Cinematography' (traps), 'Genres', 'Country', 'Year', 'Duration: 1h 51m'
or '111 min' (a show's 'per episode'), 'Rating' (the BBFC's U/PG/12A/15/18), 'Released: 27
Oct 1995' (or '27.10.1995') beside a later 'Showcase re-release' (a trap), 'Studio',
'Seasons', 'Budget: $3,600,000' (£, €, or the ISO code), 'Audio description'; 'Cast'; the
trailer; a show's episodes with their own lengths, dates and directors; Showcase Unlimited
and XPlus prices (traps); comments; 'Coming soon'; a JSON-LD Movie on some pages. No
tagline, audience text, votes, box office, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites31.common import (
    BBFC,
    MON,
    Chrome,
    Classes,
    Site,
    Words,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "showcase"
SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€"}
CHROME = Chrome(
    "en-GB",
    "Showcase Cinemas",
    ("Films", "Cinemas", "Cinema de Lux", "Unlimited", "Offers"),
    ("We use cookies on our website.", "Allow all", "Cookie settings"),
    ("About us", "Careers", "Accessibility", "Privacy policy", "Terms"),
    "© 2026 National Amusements (UK) Ltd",
    "__SHOWCASE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music",
        "producer": "Produced by",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "",
    },
    {
        "about": "About the film",
        "details": "Film details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "What you said",
        "no_reviews": "No comments yet.",
        "rail": "Coming soon",
    },
)


def sc_date(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27.10.1995'."""
    return f"{d.day} {MON[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def duration(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def no_votes(n: int) -> str:
    return ""


def budget(m: Money) -> str:
    """'$3,600,000', '£7,200,000', 'INR 90,000,000'."""
    sign = SYMBOLS.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} / {duration(e.minutes, long)} / {sc_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _unlimited(t: Title, c: Classes, rng: random.Random) -> str:
    plan = rng.choice(("17.99", "19.99"))
    return f'<aside class="{c("unlimited")}"><h2>Showcase Unlimited</h2><p>Watch as many films as you like for £{plan} a month.</p><p>XPlus screens: £2.50 supplement. Recliner seats: £1.50.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Audio description", pick(rng, ("Available", "Selected screenings", "Yes")))]


SITE = Site(
    NAME,
    "sc",
    CHROME,
    WORDS,
    sc_date,
    duration,
    " per episode",
    no_votes,
    budget,
    lambda n: f"{grouped(n)} bookings this week",
    _episode,
    _unlimited,
    ("aria", "ion", "marks"),
    frozenset(
        {"tagline", "audience_summary", "user_rating_count", "box_office", "imdb_id", "streaming"}
    ),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
    ),
    0.35,
    meta_sep=" / ",
    later="Showcase re-release",
    extra_rows=_more,
    cta="Book tickets",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
