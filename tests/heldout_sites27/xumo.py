# ruff: noqa: E501  (HTML templates read best on one line)
"""Xumo Play: a movie or series page of the free, ad-supported streaming app (US English). A
backdrop; the <h1> (the meta line '1995 / TV-14 / 111 mins / Drama' under it, in the hero's
<header> on some deploys); no votes, '12,345 plays' (a trap); 'Description'; the facts as spec
lines with the value floated right, rows with a side label turned on its edge (writing-mode), or
an icon row whose labels are only the icons' accessible names (aria-label): 'Director', 'Writer', 'Composer',
'Producer' and 'Director of Photography' (traps; the last begins with the director's label),
'Genre', 'Country', 'Year', 'Run Time: 111 mins' or '1 hr 51 mins' (a series' 'an episode'),
'TV Rating' (the TV Parental Guidelines' TV-G/TV-PG/TV-14/TV-MA), 'Original Release: 10/27/1995'
(or '27 Oct 1995') beside a later 'On Xumo Play since' (a trap), 'Studio', 'Channel' and
'Ad breaks' (rows without a key); 'Cast'; the trailer; episodes; the channel's live schedule
with its own times (traps); 'Comments'; 'Keep Watching'; a JSON-LD Movie on some pages. No
tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
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

NAME = "xumo"
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TVPG = ages("TV-G", "TV-PG", "TV-14", "TV-MA", None)
CHROME = Chrome(
    "en-US",
    "Xumo Play",
    ("Live TV", "Movies", "TV Shows", "Networks", "Search"),
    (
        "This site uses cookies for ads and analytics.",
        "OK",
        "Do Not Sell or Share My Personal Information",
    ),
    ("About", "Support", "Terms", "Privacy", "Advertise"),
    "© 2026 Xumo LLC",
    "__XUMO__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run Time",
        "rating": "TV Rating",
        "seasons": "Seasons",
        "released": "Original Release",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Description",
        "details": "Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Keep Watching",
        "audience": "",
    },
)


def release(d: date, long: bool) -> str:
    """'10/27/1995' (the long deploys) or '27 Oct 1995'."""
    return f"{d.month:02d}/{d.day:02d}/{d.year}" if long else f"{d.day} {MON[d.month - 1]} {d.year}"


def run_time(n: int, long: bool) -> str:
    """'111 mins' (the long deploys) or '1 hr 51 mins', '2 hrs', '45 mins'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} mins"
    return (f"{big} hr" if big == 1 else f"{big} hrs") + (f" {small} mins" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Ep. {e.number} · {run_time(e.minutes, long)} · {release(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _live(t: Title, c: Classes, rng: random.Random) -> str:
    start = rng.choice((6, 7, 8, 9))
    return f'<aside class="{c("live")}"><h2>On the channel now</h2><p>{start}:00 PM · Live channel 4{rng.randint(10, 99)}</p><p>{start + 1}:30 PM · Up next</p><p>Free. No sign-up required.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Channel", pick(rng, ("Xumo Free Movies", "Crime Drama Channel", "Classic TV"))),
        ("Ad breaks", pick(rng, ("Yes", "Limited"))),
    ]


SITE = Site(
    NAME,
    "xm",
    CHROME,
    WORDS,
    release,
    run_time,
    " an episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} plays",
    _episode,
    _live,
    ("floats", "vlabels", "icons"),
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
    meta_sep=" / ",
    later="On Xumo Play since",
    extra_rows=_more,
    cta="Watch Free",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, TVPG), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
