# ruff: noqa: E501  (HTML templates read best on one line)
"""meWATCH: a movie or series page of Mediacorp's streaming service in Singapore (English). A
backdrop; the <h1> (the meta line '1995 • NC16 • 1h 51min • Drama' under it, in the hero's
<header> on some deploys); '12,345 views' (a trap; no votes); 'Synopsis'; the facts as <h6>
label over <p> value pairs between <hr> rules, items whose labels are only the stylesheet's
'::before' rules, or a value-first table whose value cells name the label cell after them
(headers/id): 'Director', 'Writer', 'Composer', 'Producer' and 'Cinematographer' (traps),
'Genre', 'Country', 'Year', 'Runtime: 1h 51min' or '111min' (a series' 'per episode'), 'Rating'
(IMDA's G/PG/PG13/NC16/M18), 'Release Date: 27 Oct 1995' (or '27/10/1995') beside a later
'Available on meWATCH' (a trap), 'Studio', 'Seasons', 'Audio', 'Subtitles', 'Consumer Advice';
'Cast'; the trailer; a series' episodes with their own lengths, dates and directors; the Prime
and Premium plans in Singapore dollars (traps); comments; 'You May Also Like'; a JSON-LD Movie
on some pages. No tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, hours
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites22.common import (
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

NAME = "mewatch"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
IMDA = ages("G", "PG", "PG13", "NC16", "M18")  # Infocomm Media Development Authority
CHROME = Chrome("en-SG", "meWATCH", ("Home", "Channels", "Movies", "Dramas", "Variety", "Search"),
                ("We use cookies to improve your viewing experience.", "Accept", "Cookie Settings"),
                ("About Mediacorp", "Help", "Terms of Use", "Privacy Policy", "Advertise"), "© 2026 Mediacorp Pte Ltd", "__MEWATCH__")
WORDS = Words(
    {"director": "Director", "writer": "Writer", "music": "Composer", "producer": "Producer",
     "camera": "Cinematographer", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Runtime", "rating": "Rating", "seasons": "Seasons", "released": "Release Date",
     "studio": "Studio", "budget": "", "box_office": ""},
    {"about": "Synopsis", "details": "Info", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Comments", "no_reviews": "No comments yet.",
     "rail": "You May Also Like"})


def sg_date(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def runtime(n: int, long: bool) -> str:
    """'1h 51min' or '111min'."""
    return hours(n, "h", "min") if long else f"{n}min"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} Ep {e.number} • {runtime(e.minutes, long)} • {sg_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    prime = rng.choice(("5.99", "6.99"))
    return f'<aside class="{c("plans")}"><h2>Upgrade to watch ad-free</h2><ul><li>meWATCH Prime S${prime}/month</li><li>Premium+ S$9.99/month, 7-day free trial</li></ul></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Audio", pick(rng, ("English", "English, Mandarin", "Korean"))),
            ("Subtitles", pick(rng, ("English, Chinese", "English", "English, Malay, Tamil"))),
            ("Consumer Advice", pick(rng, ("Some Violence", "Coarse Language", "Mature Content", "Some Horror")))]


SITE = Site(NAME, "mw", CHROME, WORDS, sg_date, runtime, " per episode", no_votes, no_money,
            lambda n: f"{grouped(n)} views", _episode, _plans, ("hrpairs", "csslabel", "headers"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons", "description"),
            0.35, meta_sep=" • ", later="Available on meWATCH", extra_rows=_more, cta="Watch Now")


def fit(t: Title) -> Title:
    t = hide(rated(t, IMDA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
