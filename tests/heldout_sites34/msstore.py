# ruff: noqa: E501  (HTML templates read best on one line)
"""Microsoft Store's movies and TV (English, US): a film or TV season page of the Windows and Xbox
store. A poster; the <h1> (the meta line '1995 • R • 1 h 51 min • Drama' under it on some
deploys); the star score with '1,234 ratings' beside '12,345 wishlisted' (a trap); 'Description';
the facts under 'Additional information' in 'label: value' items whose label only a data-title
attribute carries, in open disclosure widgets or in a grouped description list: 'Directors',
'Writers', 'Music', 'Producers' and 'Director of photography' (traps, the last beginning with the
director's label), 'Genre', 'Country', 'Release year', 'Duration: 1 h 51 min' (or '111 min'; a
season's 'per episode'), 'Rating' (the MPA's G/PG/PG-13/R/NC-17), 'Release date: 10/27/1995' (or 'October 27, 1995') beside a
later 'Added to the Store' (a trap), 'Studio', 'Audio', 'Closed captions', 'Video quality';
'Cast'; the trailer; a season's episodes with their own prices; the rent and buy prices in
dollars (traps); reviews; 'People also like'; a JSON-LD Movie on some pages. No tagline,
audience text, budget, box office, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites34.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "msstore"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Microsoft Store",
    ("Home", "Apps", "Gaming", "Movies & TV", "Library", "Search"),
    ("We use optional cookies to improve your experience.", "Accept", "Manage cookies"),
    (
        "What's new",
        "Microsoft Store",
        "Education",
        "Business",
        "Developer & IT",
        "Privacy",
        "Terms of use",
    ),
    "© Microsoft 2026",
    "__MSSTORE_PRELOADED__",
)
WORDS = Words(
    {
        "director": "Directors",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producers",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Release year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Description",
        "details": "Additional information",
        "cast": "Cast",
        "trailer": "Trailers",
        "episodes": "Episodes",
        "reviews": "Ratings and reviews",
        "no_reviews": "No reviews yet.",
        "rail": "People also like",
    },
)


def store_date(d: date, long: bool) -> str:
    """'10/27/1995' (the store's numeric form) or 'October 27, 1995'."""
    return us_date(d, not long)


def duration(n: int, long: bool) -> str:
    """'1 h 51 min', '2 h' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} h" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (Season {e.season}) · {duration(e.minutes, long)} · {store_date(e.aired, long)} · $2.99</p><p>Director: {esc(e.director)}</p>"


def _prices(t: Title, c: Classes, rng: random.Random) -> str:
    rent, buy = pick(rng, ("$3.99", "$4.99", "$5.99")), pick(rng, ("$9.99", "$14.99", "$19.99"))
    return f'<aside class="{c("prices")}"><h2>Get it</h2><p>Rent HD {rent} · Buy HD {buy}</p><p>Watch on Xbox, Windows PC and the Movies &amp; TV app. You have 30 days to start a rental and 24 hours to finish it.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Audio",
                pick(rng, ("English (Dolby Digital Plus)", "English (Stereo)", "English, Spanish")),
            ),
            ("Closed captions", pick(rng, ("English", "English, Spanish", "Not available"))),
            ("Video quality", pick(rng, ("HD", "4K UHD", "SD"))),
        ]
    )


SITE = Site(
    NAME,
    "ms",
    CHROME,
    WORDS,
    store_date,
    duration,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} wishlisted",
    _episode,
    _prices,
    ("datatitle", "opened", "groups"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.35,
    meta_sep=" • ",
    later="Added to the Store",
    extra_rows=_more,
    cta="Rent",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.3 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
