# ruff: noqa: E501  (HTML templates read best on one line)
"""WAVES (English, India): Prasar Bharati's streaming service (Doordarshan's and All India
Radio's player) in English, a film or series page. A backdrop; the <h1> (the meta line under
it on some deploys); 'Story'; a 'Play' button; the facts as an ARIA table (rowheader and cell
divs) or en-dash fact lines ('<b>Label</b> – value'), or CSS captions: 'Director', 'Story &
Screenplay', 'Music Director', 'Producer', 'DOP' (traps), 'Genre', 'Country', 'Year',
'Duration: 1 hr 51 mins' (or '111 mins'; a series' ' per episode'), 'Certificate' (CBFC: U,
UA 7+, UA 13+, UA 16+, A), 'Seasons', 'Release Date: 27 October 1995' (or '27-10-1995')
beside a later 'Streaming from' (a trap), 'Banner', 'Budget', 'Box Office' (rupees in Indian
grouping, '₹28,80,00,000'), 'Language', 'Subtitles' (rows the record has no key for);
'IMDb'; 'Cast'; the trailer; a series' episodes; subscription and rental prices (₹, a
trap); reviews; 'Recommended'; a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345
views' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites51.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dashed_date,
    fit_rng,
    hide,
    money_with,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "wavesott"
CBFC = ages("U", "UA 7+", "UA 13+", "UA 16+", "A")
CHROME = Chrome(
    "en-IN",
    "WAVES",
    ("Home", "Movies", "Shows", "Live TV", "Radio", "Games", "हिन्दी"),
    ("WAVES uses cookies for a better experience.", "Accept", "Reject"),
    ("About Prasar Bharati", "Help", "Privacy Policy", "Terms", "Grievance Redressal"),
    "© 2026 Prasar Bharati",
    "__WAVES__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Story &amp; Screenplay",
        "music": "Music Director",
        "producer": "Producer",
        "camera": "DOP",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Banner",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Story",
        "details": "Details",
        "cast": "Star Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet",
        "rail": "Recommended",
    },
)
SYSTEM = "Prasar Bharati"


def running(n: int, long: bool) -> str:
    """'1 hr 51 mins' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    return f"{big} hr" + ("s" if big > 1 else "") + (f" {small} mins" if small else "")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} Ep {e.number} · {running(e.minutes, long)} · {dashed_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Plans</h2><p>Premium ₹{pick(rng, ("99", "149"))}/month · Rent this title ₹{pick(rng, ("49", "79"))} · Annual ₹{pick(rng, ("999", "1,199"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("Hindi", "English", "Tamil", "Bengali", "Malayalam"))),
            ("Subtitles", pick(rng, ("English", "English, Hindi", "None"))),
        ]
    )


SITE = Site(
    NAME,
    "wv",
    CHROME,
    WORDS,
    dashed_date,
    running,
    " per episode",
    votes,
    money_with({"INR": "₹", "USD": "US$", "GBP": "£", "EUR": "€"}, indian=True),
    views,
    _episode,
    _shop,
    ("waves-meta", "waves-facts", "caption"),
    frozenset({"tagline", "audience_summary", "streaming"}),
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
    later="Streaming from",
    extra_rows=_more,
    cta="Play",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
