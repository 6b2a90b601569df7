# ruff: noqa: E501  (HTML templates read best on one line)
"""Acorntv: a series or film page of Acorn TV (English), the British and international drama
service. A backdrop; a breadcrumb trail 'Home › genre › title'; the <h1> (in an <hgroup> with
the meta line '1995 | TV-14 | 1h 51m | Mystery' on some deploys); the score with '(1,234
ratings)' beside a popularity rank '#12 in Mysteries' (a trap); 'Synopsis'; the facts as 'Label
/ value' lines, filter chips (label and value in one <button>), or a definition list giving
each name its own <dd>: 'Director', 'Writer', 'Composer', 'Executive Producer' and 'Director of
Photography' (traps), 'Genre', 'Country of Origin', 'Year', 'Runtime: 111 min' (or '1h 51m'; a
series' 'per episode'), 'Rated' (the US TV guidelines TV-G .. TV-MA), 'Original Air Date:
October 27, 1995' (or '10/27/1995') beside a later 'Added to Acorn TV' (a trap), 'Production
Company', 'Series' (the season count), 'Subtitles'; the IMDb link; 'Cast'; the trailer; a
series' episodes with their own lengths and directors; plans '$8.99/month' (traps); member
reviews; 'You May Also Like'; a JSON-LD TVSeries or Movie on some pages. No tagline, audience
text, money or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import MONTHS, esc, grouped, hours
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites19.common import (
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

NAME = "acorntv"
# the service rates everything with the TV parental guidelines
AGES = ages("TV-G", "TV-PG", "TV-14", "TV-MA", "TV-MA")
CHROME = Chrome("en-US", "Acorn TV", ("Home", "Series", "Movies", "Mysteries", "Dramas", "Comedies", "Search"),
                ("We use cookies to personalise content and analyse our traffic.", "Accept All", "Cookie Settings"),
                ("Help", "Gift Acorn TV", "Terms of Use", "Privacy Policy", "Careers"), "© 2026 RLJE International Ltd.", "__ACORN__")
WORDS = Words(
    {"director": "Director", "writer": "Writer", "music": "Composer", "producer": "Executive Producer",
     "camera": "Director of Photography", "genre": "Genre", "country": "Country of Origin",
     "year": "Year", "runtime": "Runtime", "rating": "Rated", "seasons": "Series",
     "released": "Original Air Date", "studio": "Production Company", "budget": "", "box_office": ""},
    {"about": "Synopsis", "details": "Details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Member Reviews", "no_reviews": "Be the first to review.",
     "rail": "You May Also Like"})


def us_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hours(n, "h", "m") if long else f"{n} min"


def ratings(n: int) -> str:
    """'(1 rating)', '(1,234 ratings)'."""
    return f"({grouped(n)} {'rating' if n == 1 else 'ratings'})"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} | {runtime(e.minutes, long)} | {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    month, year = rng.choice((("$8.99", "$89.99"), ("$7.99", "$79.99")))
    return f'<aside class="{c("plans")}"><h2>Start your 7-day free trial</h2><ul><li>{month}/month</li><li>{year}/year</li></ul></aside>'


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """Subtitles and picture quality: facts the record has no key for."""
    return [("Subtitles", pick(rng, ("English [CC]", "English, Spanish"))), ("Quality", pick(rng, ("HD", "4K UHD")))]


SITE = Site(NAME, "ac", CHROME, WORDS, us_date, runtime, " per episode", ratings, _money,
            lambda n: f"#{n % 40 + 1} in Mysteries", _episode, _plans, ("slash", "buttons", "multidd"),
            frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "numberOfSeasons", "description"),
            0.45, meta_sep=" | ", later="Added to Acorn TV", extra_rows=_more,
            cta="Start Watching", crumbs="Home")


def fit(t: Title) -> Title:
    t = hide(rated(t, AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.75 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
