# ruff: noqa: E501  (HTML templates read best on one line)
"""Philo: a movie or show page of the US live-TV streaming service (American English). A
backdrop; the <h1> (the meta line '1995 • TV-14 • 1 hr 51 min • Drama' under it on some deploys);
'Saved by 12,345 subscribers' (a trap; no votes); 'Description'; the facts in a <menu> of
'label value' items, an accordion left open (each label a heading's button whose aria-details
names the panel with the value) or a definition list: 'Directed by', 'Written by', 'Music by',
'Executive producer' and 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Length: 1 hr 51
min' or '111 min' (a show's 'per episode'), 'Rated' (the TV Parental Guidelines' TV-G/TV-PG/
TV-14/TV-MA), 'Original air date: Oct 27, 1995' (or '10/27/1995') beside a later 'On Philo
since' (a trap), 'Network', 'Seasons', 'Audio', 'Closed captions'; 'Cast'; the trailer; a show's
episodes with their own lengths, air dates and directors; the plan's price and channel count
and the DVR's hours (traps); comments; 'More like this'; a JSON-LD Movie on some pages. No
tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites30.common import (
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

NAME = "philo"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
US_TV = ages("TV-G", "TV-PG", "TV-14", "TV-MA", None)  # an NC-17 film carries no TV mark
CHROME = Chrome(
    "en-US",
    "Philo",
    ("Home", "Live", "Guide", "Saved", "Search"),
    ("Philo uses cookies to improve your experience.", "Accept", "Manage"),
    ("About Philo", "Help Center", "Channels", "Terms", "Privacy"),
    "© 2026 Philo, Inc.",
    "__PHILO__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Executive producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Original air date",
        "studio": "Network",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Description",
        "details": "Info",
        "cast": "Cast",
        "trailer": "Preview",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More like this",
    },
)


def us_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return (
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        if long
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def length(n: int, long: bool) -> str:
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
    return f"<p>S{e.season} E{e.number} • {length(e.minutes, long)} • Aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _plan(t: Title, c: Classes, rng: random.Random) -> str:
    price = rng.choice(("28", "33"))
    channels = rng.choice(("70", "75", "80"))
    return f'<aside class="{c("plan")}"><h2>Watch on Philo</h2><p>{channels}+ channels for ${price}/mo.</p><p>Unlimited DVR: recordings kept for 12 months.</p><p>Try it free for 7 days.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Audio", pick(rng, ("English", "English, Spanish", "English (5.1)"))),
        ("Closed captions", pick(rng, ("Available", "English"))),
    ]


SITE = Site(
    NAME,
    "ph",
    CHROME,
    WORDS,
    us_date,
    length,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"Saved by {grouped(n)} subscribers",
    _episode,
    _plan,
    ("menu", "accordion", "dl"),
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
    0.35,
    meta_sep=" • ",
    later="On Philo since",
    extra_rows=_more,
    cta="Play",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, US_TV), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
