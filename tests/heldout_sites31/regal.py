# ruff: noqa: E501  (HTML templates read best on one line)
"""Regal: a movie page of the American cinema chain (US English). A poster; the <h1> (the meta
line '1995 • PG-13 • 1h 51min • Drama' under it on some deploys); '12,345 moviegoers want to
see this' (a trap; no votes); 'Synopsis'; the facts in a row of Shoelace pill <sl-tag>s
(each value's label only in the <sl-tooltip> around it, shown on hover), an Ionic <ion-list>
or a table: 'Directed By', 'Written
By', 'Original Music', 'Produced By' and 'Cinematography' (traps), 'Genre', 'Country',
'Year', 'Run Time: 1h 51min' or '111 min' (a show's '/ episode'), 'Rated' (a movie's MPA
certificate, a show's TV mark), 'Release Date: Oct. 27, 1995' (or '10/27/1995') beside a
later 'Regal Anniversary Screening' (a trap), 'Distributor' (the studios), 'Seasons',
'Language'; 'Cast'; the trailer; a show's episodes with their own lengths, dates and
directors; Regal Unlimited and Value Days prices (traps); comments; 'More Movies'; a JSON-LD
Movie on some pages. No tagline, audience text, votes, money, IMDb link or streaming block."""

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

NAME = "regal"
CHROME = Chrome(
    "en-US",
    "Regal",
    ("Movies", "Theatres", "Experiences", "Regal Unlimited", "Offers"),
    ("Regal uses cookies to improve your experience.", "Got it", "Cookie Settings"),
    ("About Regal", "Careers", "Accessibility", "Privacy Policy", "Terms of Use"),
    "© 2026 Regal Cinemas, Inc.",
    "__REGAL__",
)
WORDS = Words(
    {
        "director": "Directed By",
        "writer": "Written By",
        "music": "Original Music",
        "producer": "Produced By",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run Time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Distributor",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Movie Info",
        "cast": "Cast",
        "trailer": "Watch Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "More Movies",
    },
)


def regal_date(d: date, long: bool) -> str:
    """'Oct. 27, 1995' ('May 27, 1995': no point after a short name) or '10/27/1995'."""
    if long:
        name = MON[d.month - 1] + ("" if d.month == 5 else ".")
        return f"{name} {d.day}, {d.year}"
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def run_time(n: int, long: bool) -> str:
    """'1h 51min', '2h' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}min" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} • {run_time(e.minutes, long)} • {regal_date(e.aired, long)}</p><p>Directed By: {esc(e.director)}</p>"


def _unlimited(t: Title, c: Classes, rng: random.Random) -> str:
    plan = rng.choice(("18.99", "21.99", "23.99"))
    return f'<aside class="{c("unlimited")}"><h2>Regal Unlimited</h2><p>See as many movies as you want from ${plan}/month.</p><p>Value Days: $5 tickets and $5 popcorn every Tuesday.</p><p>Regal Crown Club members earn 100 credits per $1.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Language", pick(rng, ("English", "English (Spanish subtitles)", "English, Spanish")))]


SITE = Site(
    NAME,
    "rgl",
    CHROME,
    WORDS,
    regal_date,
    run_time,
    " / episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} moviegoers want to see this",
    _episode,
    _unlimited,
    ("tips", "ion", "table"),
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
    0.3,
    meta_sep=" • ",
    later="Regal Anniversary Screening",
    extra_rows=_more,
    cta="Buy Tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA if t.kind == "movie" else US_TV), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
