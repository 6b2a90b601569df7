# ruff: noqa: E501  (HTML templates read best on one line)
"""Hallmark Movies Now: a movie or series page of Hallmark's family streaming service (US
English). A backdrop; the <h1> with the tagline under it and the meta line '1995 • TV-PG • 1h
51m • Romance' (in the hero's <header> on some deploys); '(12.4K hearts)' (or '(987 hearts)',
'(1.4M hearts)') beside '12,345 fans watched' (a trap); 'Story'; the facts as cards whose value comes first and whose label
column-reverse draws above it, a <menu> of <mark> pills, or a table drawn from <div>s by the
stylesheet: 'Director', 'Screenplay', 'Original Score', 'Producer' and 'Director of
Photography' (traps; the last begins with the director's label), 'Genre', 'Filmed In' (the
countries), 'Year', 'Runtime: 1h 51m' or '111 minutes' (a series' 'per episode'), 'Rating' (the
TV Parental Guidelines' TV-G/TV-PG/TV-14, none stronger), 'Premiere: Friday, October 27, 1995'
(the weekday first) or '10.27.1995' beside a later 'Now Streaming' date (a trap), 'Network',
'Collection' and 'Season of the year' (rows without a key); 'Starring'; the trailer; episodes;
'Fans Are Saying' with the viewers' summary over the comments; 'More Feel-Good Favorites'; the
monthly and yearly prices (traps); a JSON-LD Movie on some pages. No money, IMDb link or
streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites27.common import (
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

NAME = "hallmarknow"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TVPG = ages("TV-G", "TV-PG", "TV-14", None, None)
CHROME = Chrome(
    "en-US",
    "Hallmark Movies Now",
    ("Home", "Movies", "Series", "Holiday", "Mysteries", "Search"),
    ("We use cookies to bring you the feel-good moments you love.", "Accept", "Cookie Preferences"),
    ("FAQ", "Contact Us", "Terms of Use", "Privacy Policy", "Gift Subscriptions"),
    "© 2026 Hallmark Media",
    "__HMN__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Original Score",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Filmed In",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Premiere",
        "studio": "Network",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Story",
        "details": "Movie Details",
        "cast": "Starring",
        "trailer": "Sneak Peek",
        "episodes": "Episodes",
        "reviews": "Fan Comments",
        "no_reviews": "Share your thoughts!",
        "rail": "More Feel-Good Favorites",
        "audience": "Fans Are Saying",
    },
)


def premiere(d: date, long: bool) -> str:
    """'Friday, October 27, 1995' or '10.27.1995'."""
    if long:
        return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{d.month:02d}.{d.day:02d}.{d.year}"


def runtime(n: int, long: bool) -> str:
    """'1h 51m', '2h', '45m' or '111 minutes'."""
    big, small = divmod(n, 60)
    if not long:
        return f"{n} minutes"
    if not big:
        return f"{n}m"
    return f"{big}h" + (f" {small}m" if small else "")


def short(n: int) -> str:
    """'987', '1.2K', '12.4K', '1.4M' (the counts `fit` rounds so that this is exact)."""
    for size, unit in ((1_000_000, "M"), (1000, "K")):
        if n >= size:
            return f"{n / size:.1f}".removesuffix(".0") + unit
    return str(n)


def round_votes(n: int) -> int:
    """The count a '12.4K' or '1.4M' stands for exactly."""
    return round(n, -5) if n >= 1_000_000 else round(n, -2) if n >= 1000 else n


def hearts(n: int) -> str:
    return "(1 heart)" if n == 1 else f"({short(n)} hearts)"


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number}: {esc(e.name)} · {runtime(e.minutes, long)} · {premiere(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Join Hallmark Movies Now</h2><p>${rng.choice(("5.99", "7.99"))} a month after your free 7-day trial</p><p>Or $59.99 a year</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Collection",
            pick(rng, ("Countdown to Christmas", "Movies &amp; Mysteries", "Fall Harvest")),
        ),
        ("Season of the year", pick(rng, ("Christmas", "Summer", "Autumn"))),
    ]


SITE = Site(
    NAME,
    "hm",
    CHROME,
    WORDS,
    premiere,
    runtime,
    " per episode",
    hearts,
    no_money,
    lambda n: f"{grouped(n)} fans watched",
    _episode,
    _plans,
    ("reverse", "marks", "csstable"),
    frozenset({"budget", "box_office", "imdb_id", "streaming"}),
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
    meta_sep=" • ",
    later="Now Streaming",
    extra_rows=_more,
    cta="Watch Now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, TVPG), SITE.hidden)
    if t.votes:
        t = replace(t, votes=round_votes(t.votes))
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
