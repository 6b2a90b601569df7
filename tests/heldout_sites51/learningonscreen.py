# ruff: noqa: E501  (HTML templates read best on one line)
"""Learning on Screen's Box of Broadcasts (BoB; English, UK): the off-air recording library UK
universities and colleges subscribe to, a title page for a film or series recorded from a UK
channel. A backdrop; the <h1> (the meta line under it on some deploys); 'Description'; a
'Play' button; the facts as BoB's programme meta list (label and value spans), its 'Cite this
recording' fields (an <em>Label:</em> value line each, as a reference list cites them) or a
definition list: 'Director', 'Writer', 'Original score', 'Producer', 'Photography' (traps), 'Genre',
'Country', 'Year', 'Duration: 111 mins' (or '1 hr 51 mins'; a series' ' per episode'),
'Certificate' (BBFC: U/PG/12A/15/18), 'Number of series' (British for seasons), 'Release date: 27 October 1995' (or
'27/10/1995') beside a later 'Broadcast' (the recording's transmission: a trap), 'Production
company', 'Channel', 'Subtitles' (rows the record has no key for); 'IMDb'; 'Cast'; the
trailer; a series' episodes; the licence fees for a copy (a trap); comments from lecturers;
'Related recordings'; a JSON-LD Movie on some pages. '1,234 playlists' beside (a trap); no
votes, budget, gross, tagline, audience text or streaming block."""

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
    hide,
    money_with,
    pick,
    plain_rows,
    rated,
    render_site,
    uk_date,
    votes_in,
)

NAME = "learningonscreen"
BBFC = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Box of Broadcasts",
    ("Home", "Browse", "Playlists", "Schedule", "Help"),
    (
        "We use cookies to keep you signed in through your institution.",
        "Accept all",
        "Reject non-essential",
    ),
    ("Learning on Screen", "Accessibility", "ERA Licence", "Privacy", "Contact"),
    "© 2026 Learning on Screen",
    "__BOB_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Original score",
        "producer": "Producer",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Certificate",
        "seasons": "Number of series",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Description",
        "details": "Programme details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet",
        "rail": "Related recordings",
    },
)
SYSTEM = "Box of Broadcasts"


def running(n: int, long: bool) -> str:
    """'111 mins' or '1 hr 51 mins' ('2 hrs', '45 mins')."""
    if long or n < 60:
        return f"{n} mins"
    big, small = divmod(n, 60)
    return f"{big} hr{'s' if big > 1 else ''}" + (f" {small} mins" if small else "")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"In {grouped(n)} playlists"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} · {running(e.minutes, long)} · first shown {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Order a copy</h2><p>DVD copy for teaching £{pick(rng, ("12.50", "15.00"))} · Transcript £{pick(rng, ("4.50", "6.00"))} · Postage £2.95</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Channel",
                pick(rng, ("BBC Four", "Film4", "BBC Two", "Channel 4", "Talking Pictures TV")),
            ),
            ("Subtitles", pick(rng, ("Yes", "English (CC)", "Not available"))),
        ]
    )


SITE = Site(
    NAME,
    "bob",
    CHROME,
    WORDS,
    uk_date,
    running,
    " per episode",
    votes,
    money_with({"GBP": "£", "USD": "US$", "EUR": "€"}),
    views,
    _episode,
    _shop,
    ("bob-meta", "bob-citation", "dl"),
    frozenset(
        {"tagline", "audience_summary", "streaming", "user_rating_count", "budget", "box_office"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Broadcast",
    extra_rows=_more,
    cta="Play",
    art="backdrop",
)


def fit(t: Title) -> Title:
    return hide(rated(t, BBFC), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
