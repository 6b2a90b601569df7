# ruff: noqa: E501  (HTML templates read best on one line)
"""Moviefone: a movie or TV page of the American showtimes and movie-news site (US English).
A poster; the <h1> (the meta line '1995 | R | 1 hr. 51 min. | Drama' under it on some
deploys); a score with '1,234 fan ratings' beside '12,345 people want to see this' (a trap);
'Synopsis'; the facts in an Ionic <ion-list> (each <ion-item> an <ion-label> and an <ion-note>
in the end slot), a table of <div>s with ARIA roles (rowheader and cell numbered by
aria-rowindex/aria-colindex) or a two-column grid whose row wrappers are display:contents:
'Director', 'Writer', 'Score', 'Producer' and 'Cinematographer' (traps: 'Score' is the
composer), 'Genre', 'Country', 'Year', 'Runtime: 1 hr. 51 min.' or '111 min.' (a show's 'per
episode'), 'MPAA Rating' (a movie's MPA certificate, a show's TV mark), 'Release Date: Oct.
27, 1995' (the AP's month abbreviations; or '10/27/1995') beside a later 'Digital Release' (a
trap), 'Production Company' (the studios), 'Seasons', 'Budget' and 'Box Office' ('$3,600,000',
£, €, or the ISO code), 'Sound Mix'; an IMDb link; 'Cast'; the trailer; a show's episodes
with their own lengths, dates and directors; showtimes with ticket prices (traps); comments;
'Similar Movies'; a JSON-LD Movie on some pages, with the ratings count. No tagline, audience
text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites31.common import (
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

NAME = "moviefone"
AP = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€"}
CHROME = Chrome(
    "en-US",
    "Moviefone",
    ("Movies", "Showtimes", "TV", "News", "Trailers"),
    ("We and our partners use cookies.", "Accept", "Do Not Sell My Info"),
    ("About", "Advertise", "Contact", "Privacy Policy", "Terms of Service"),
    "© 2026 Moviefone. All rights reserved.",
    "__MOVIEFONE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Score",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "MPAA Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Company",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Movie Info",
        "cast": "Cast",
        "trailer": "Trailers",
        "episodes": "Episodes",
        "reviews": "Fan Reviews",
        "no_reviews": "No fan reviews yet.",
        "rail": "Similar Movies",
    },
)


def ap_date(d: date, long: bool) -> str:
    """'Oct. 27, 1995', 'March 3, 1995' or '10/27/1995'."""
    return f"{AP[d.month - 1]} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def mf_runtime(n: int, long: bool) -> str:
    """'1 hr. 51 min.', '2 hr.' or '111 min.'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min."
    return f"{big} hr." + (f" {small} min." if small else "")


def fan_ratings(n: int) -> str:
    """'1,234 fan ratings', '1 fan rating'."""
    return "1 fan rating" if n == 1 else f"{grouped(n)} fan ratings"


def money(m: Money) -> str:
    """'$3,600,000', '€7,200,000', 'JPY 900,000,000'."""
    sign = SYMBOLS.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}, Ep. {e.number} | {mf_runtime(e.minutes, long)} | {ap_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    price = rng.choice(("14.50", "16.25", "18.75"))
    times = ", ".join(rng.sample(("11:30am", "1:45pm", "4:10pm", "7:00pm", "9:40pm"), 3))
    return f'<aside class="{c("showtimes")}"><h2>Showtimes Near You</h2><p>Regal Union Square: {times}</p><p>Tickets from ${price}; IMAX adds $6.00.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Sound Mix", pick(rng, ("Dolby Digital", "Dolby Atmos", "DTS, SDDS")))]


SITE = Site(
    NAME,
    "mf",
    CHROME,
    WORDS,
    ap_date,
    mf_runtime,
    " per episode",
    fan_ratings,
    money,
    lambda n: f"{grouped(n)} people want to see this",
    _episode,
    _showtimes,
    ("ion", "aria", "contents"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "aggregateRating",
        "description",
    ),
    0.35,
    meta_sep=" | ",
    later="Digital Release",
    extra_rows=_more,
    cta="Get Showtimes",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA if t.kind == "movie" else US_TV), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
