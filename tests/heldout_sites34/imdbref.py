# ruff: noqa: E501  (HTML templates read best on one line)
"""IMDb's reference view (English, US): the plain, table-heavy '/reference' page of an IMDb title.
A poster; the <h1> (the meta line '1995 · R · 111 min · Drama' under it on some deploys); the
'IMDb RATING' score with '(1,234 votes)' beside 'Popularity 12,345' (the MOVIEmeter rank, a
trap); 'Storyline'; the facts in 'label: value' items whose label only a data-title attribute
carries, in open disclosure widgets, or in a zebra table: 'Directed by', 'Writing Credits',
'Music by', 'Produced by' and 'Cinematography by' (traps), 'Genres', 'Country', 'Year',
'Runtime: 111 min' (IMDb's minutes alone; the meta line's '1h 51m' on some deploys), a series'
'per episode', 'Certification' (the MPA's G/PG/PG-13/R/NC-17), 'Release Date: October 27, 1995'
(or '10/27/1995') beside a later 'Digital Release' (a trap), 'Production Companies',
'Budget: $3,600,000', 'Cumulative Worldwide Gross', 'Language', 'Sound Mix',
'Aspect Ratio'; 'Cast'; the trailer; a series' episodes with their own lengths, dates and
directors; the IMDbPro upsell's price (a trap); user reviews; 'More Like This'; a JSON-LD Movie
on some pages. No tagline, audience text, IMDb link (the page is IMDb's own) or streaming block."""

from __future__ import annotations

import random

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

NAME = "imdbref"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "IMDb",
    ("Menu", "Movies", "TV Shows", "Watch", "Awards & Events", "Celebs", "Watchlist", "Sign In"),
    ("IMDb uses cookies to enhance your experience.", "Accept", "Manage preferences"),
    (
        "Get the IMDb App",
        "Help",
        "Site Index",
        "IMDbPro",
        "Box Office Mojo",
        "Conditions of Use",
        "Privacy Policy",
    ),
    "© 1990-2026 by IMDb.com, Inc.",
    "__NEXT_DATA__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Writing Credits",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Certification",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Companies",
        "budget": "Budget",
        "box_office": "Cumulative Worldwide Gross",
    },
    {
        "about": "Storyline",
        "details": "Title Details",
        "cast": "Cast",
        "trailer": "Videos",
        "episodes": "Episode Guide",
        "reviews": "User Reviews",
        "no_reviews": "Be the first to review.",
        "rail": "More Like This",
    },
)


def minutes(n: int, long: bool) -> str:
    """'111 min' (the reference view's only form) or, in the meta line's style, '1h 51m'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return votes_in("vote", n)


def budget(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000' (the budget and the gross alike)."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}.E{e.number} · {minutes(e.minutes, long)} · Aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _pro(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("pro")}"><h2>IMDbPro</h2><p>See production, box office and company info. Try IMDbPro free for 30 days, then $19.99/month or $149.99/year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, French", "Spanish, English"))),
            ("Sound Mix", pick(rng, ("Dolby Digital", "DTS", "Dolby Atmos"))),
            ("Aspect Ratio", pick(rng, ("1.85 : 1", "2.39 : 1", "1.78 : 1"))),
        ]
    )


SITE = Site(
    NAME,
    "im",
    CHROME,
    WORDS,
    us_date,
    minutes,
    " per episode",
    votes,
    budget,
    lambda n: f"Popularity {grouped(n)}",
    _episode,
    _pro,
    ("datatitle", "opened", "table"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Digital Release",
    extra_rows=_more,
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.8 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
