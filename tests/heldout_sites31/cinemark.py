# ruff: noqa: E501  (HTML templates read best on one line)
"""Cinemark: a movie page of the Texan cinema chain (US English). A poster; the <h1> (the meta
line '1995 | PG | 1 hr 51 min | Comedy' under it on some deploys); '12,345 movie fans' (a trap;
no votes); 'Synopsis'; the facts in a table of <div>s with ARIA roles (rowheader and cell
numbered by aria-rowindex/aria-colindex), a grid of Shoelace <sl-card>s or bold-label lines:
'Director', 'Writers', 'Composer', 'Executive Producer' and 'Director of Photography' (traps,
the last beginning with the director's label), 'Genre', 'Country of Origin', 'Year',
'Runtime: 1 hr 51 min' or '111 min' (a show's 'per episode'), 'Rating' (a movie's MPA
certificate, a show's TV mark), 'Release Date: 10/27/1995' (or 'Oct 27, 1995') beside a later
'Cinemark XD Premiere' (a trap), 'Studio', 'Seasons', 'Languages'; 'Cast'; the trailer; a
show's episodes with their own lengths, dates and directors; Movie Club and Discount Tuesday
prices (traps); comments; 'Now Playing'; a JSON-LD Movie on some pages. No tagline, audience
text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites31.common import (
    MON,
    MPA,
    US_TV,
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

NAME = "cinemark"
CHROME = Chrome(
    "en-US",
    "Cinemark",
    ("Movies", "Theatres", "Movie Rewards", "Movie Club", "Gift Cards"),
    ("This website uses cookies.", "Accept", "Preferences"),
    ("About Cinemark", "Careers", "Investors", "Privacy Policy", "Terms of Use"),
    "© 2026 Cinemark USA, Inc.",
    "__CINEMARK__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Executive Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country of Origin",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Movie Details",
        "cast": "Cast & Crew",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Fan Reviews",
        "no_reviews": "No fan reviews yet.",
        "rail": "Now Playing",
    },
)


def cm_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return (
        f"{MON[d.month - 1]} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def cm_runtime(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (Season {e.season}) | {cm_runtime(e.minutes, long)} | {cm_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _club(t: Title, c: Classes, rng: random.Random) -> str:
    club = rng.choice(("9.99", "10.99", "11.99"))
    return f'<aside class="{c("club")}"><h2>Movie Club</h2><p>One 2D ticket every month for ${club}, 20% off concessions.</p><p>Discount Tuesdays: tickets from $6.50.</p><p>Add a Cinemark XD upgrade for $3.00.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Languages", pick(rng, ("English", "English, Spanish (subtitled)", "English (CC)")))]


SITE = Site(
    NAME,
    "cmk",
    CHROME,
    WORDS,
    cm_date,
    cm_runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} movie fans",
    _episode,
    _club,
    ("aria", "slcard", "lines"),
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
    0.4,
    meta_sep=" | ",
    later="Cinemark XD Premiere",
    extra_rows=_more,
    cta="Get Tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA if t.kind == "movie" else US_TV), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.55 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
