# ruff: noqa: E501  (HTML templates read best on one line)
"""Google TV: a movie or show page of Google's streaming guide and store (US English), which
gathers where a title streams. A backdrop; the <h1> with the tagline under it and the meta line
'1995 ‧ R ‧ 1h 51m ‧ Drama' (in the hero's <header> on some deploys); '(1,234 reviews)' beside
'Added to 12,345 watchlists' (a trap); 'About'; the facts as a <menu> of <mark> pills, cards
whose value comes first and whose label column-reverse draws above it, or an icon row whose labels
are only the icons' accessible names (aria-label):
'Directed by', 'Written by', 'Music by', 'Produced by' and 'Cinematography' (traps), 'Genres',
'Country', 'Year', 'Running time: 1h 51m' or '111m' (a show's 'per episode'), 'Rated' (the
MPA's G/PG/PG-13/R/NC-17), 'Released: October 27, 1995' (or 'Oct 27, 1995') beside a later
'Available to rent from' (a trap), 'Studios', 'Budget' and 'Box office' ('$3,600,000' or the
currency's own sign), 'Audio' and 'Captions' (rows without a key), the IMDb link; 'Cast';
the trailer; episodes; rent and buy prices (traps); 'Audience reviews' with the audience summary
under 'What people are saying'; 'Similar movies &amp; shows'; 'Where to watch' ('Streaming on 3 services' over the services'
logos and names, 'Not currently streaming on these 4 services', or 'Not available to stream
yet' without a count, and 'Last checked Dec 1, 2025'); a JSON-LD Movie on some pages. It shows
every field of the record."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites27.common import (
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

NAME = "googletv"
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
MON = tuple(m[:3] for m in MONTHS)
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Google TV",
    ("For you", "Movies", "Shows", "Live", "Library", "Search"),
    (
        "Google uses cookies to deliver its services and to analyze traffic.",
        "Accept all",
        "More options",
    ),
    ("Privacy", "Terms", "Help", "About Google TV"),
    "© 2026 Google",
    "__GTV__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailers &amp; clips",
        "episodes": "Episodes",
        "reviews": "Audience reviews",
        "no_reviews": "No reviews yet",
        "rail": "Similar movies &amp; shows",
        "audience": "What people are saying",
    },
)


def released(d: date, long: bool) -> str:
    """'October 27, 1995' or 'Oct 27, 1995'."""
    return f"{(MONTHS if long else MON)[d.month - 1]} {d.day}, {d.year}"


def running(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111m'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n}m"
    return f"{big}h" + (f" {small}m" if small else "")


def reviews(n: int) -> str:
    return "(1 review)" if n == 1 else f"({grouped(n)} reviews)"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.number}. {esc(e.name)} · {running(e.minutes, long)} · {released(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _store(t: Title, c: Classes, rng: random.Random) -> str:
    where = _where(t, c, rng)
    store = f'<aside class="{c("store")}"><h2>Rent or buy</h2><p>Rent from ${rng.choice(("3.99", "4.99", "5.99"))}</p><p>Buy from ${rng.choice(("9.99", "14.99", "19.99"))}</p><p>Prices may vary by format (HD, 4K).</p></aside>'
    return where + store


def services(n: int) -> str:
    return "1 service" if n == 1 else f"{n} services"


def _where(t: Title, c: Classes, rng: random.Random) -> str:
    """'Where to watch': the services streaming it ('Streaming on 3 services'), or those it is
    not on ('Not currently streaming on these 4 services'), or 'Not available to stream yet'
    without a count; 'Last checked' is the day the list was verified."""
    s = t.streaming
    if s is None:
        return ""
    box = c("where")
    if not s.counted:
        return f'<section class="{box}"><h2>Where to watch</h2><p>Not available to stream yet.</p></section>'
    head = (
        f"Streaming on {services(len(s.platforms))}"
        if s.available
        else f"Not currently streaming on these {services(len(s.platforms))}"
    )
    logos = "".join(
        f'<li><img src="/gt/providers/{len(p)}.png" alt="" width="32" height="32"><span>{esc(p)}</span></li>'
        for p in s.platforms
    )
    return f'<section class="{box}"><h2>Where to watch</h2><p>{head}</p><ul>{logos}</ul><p><small>Last checked {released(s.verified_on, rng.random() < 0.5)}</small></p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Audio", pick(rng, ("English", "English, Spanish"))),
        ("Captions", pick(rng, ("English", "English, Spanish, French"))),
    ]


SITE = Site(
    NAME,
    "gt",
    CHROME,
    WORDS,
    released,
    running,
    " per episode",
    reviews,
    money_symbol,
    lambda n: f"Added to {grouped(n)} watchlists",
    _episode,
    _store,
    ("marks", "reverse", "icons"),
    frozenset(),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
        "aggregateRating",
    ),
    0.35,
    meta_sep=" ‧ ",
    later="Available to rent from",
    extra_rows=_more,
    cta="Watch options",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
