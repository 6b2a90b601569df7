# ruff: noqa: E501  (HTML templates read best on one line)
"""RTÉ Player: a programme or film page of the Irish public broadcaster's player (English, Irish
usage). A backdrop; the <h1> (the meta line '1995 | 15A | 1h 51m | Drama' under it, in the hero's
<header> on some deploys); '12,345 plays this week' (a trap; no votes); 'About'; the facts as
value-first stat tiles (a <strong> value over its <small> label), 'label ........ value' leader
lines, or label+value button chips: 'Director', 'Writer', 'Original Music', 'Producer' and 'Director of
Photography' (traps), 'Genre', 'Country', 'Year', 'Duration: 1h 51m' or '111 mins' (a series'
'per episode'), 'Guidance' (IFCO certificates G/PG/12A/15A/18 for films, RTÉ's on-screen
classes GA/YA/PS/MA for programmes), 'Released: 27 October 1995' (or '27/10/1995') beside a
later 'First shown on RTÉ' (a trap), 'Production Company', 'Series' (the Irish and British word
for seasons), 'Subtitles', 'Irish Sign Language'; 'Cast'; the trailer; a series' episodes with
their own lengths, dates and directors; the broadcast slots on RTÉ One and RTÉ2 and the TV
licence fee (traps); viewers' comments; 'More Like This'; a JSON-LD Movie on some pages. No
tagline, audience text, votes, money, IMDb link or streaming block."""

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

NAME = "rteplayer"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
FILM = ages("G", "PG", "12A", "15A", "18")  # the Irish Film Classification Office
TV = ages("GA", "GA", "YA", "PS", "MA")  # RTÉ's on-screen classification
CHROME = Chrome("en-IE", "RTÉ Player", ("Home", "Box Sets", "Movies", "Live", "Kids", "Search"),
                ("RTÉ uses cookies to give you the best experience.", "Accept All", "Manage Settings"),
                ("Help", "Terms of Use", "Privacy Notice", "Cookie Policy", "Accessibility", "RTÉ.ie"), "© RTÉ 2026", "__RTEPLAYER__")
WORDS = Words(
    {"director": "Director", "writer": "Writer", "music": "Original Music", "producer": "Producer",
     "camera": "Director of Photography", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Duration", "rating": "Guidance", "seasons": "Series", "released": "Released",
     "studio": "Production Company", "budget": "", "box_office": ""},
    {"about": "About", "details": "Programme Details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Viewers' Comments", "no_reviews": "No comments yet.",
     "rail": "More Like This"})


def irish_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111 mins'."""
    return hours(n) if long else f"{n} mins"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} | {duration(e.minutes, long)} | {irish_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _slots(t: Title, c: Classes, rng: random.Random) -> str:
    """When it is on air, and what the licence costs: traps."""
    day = pick(rng, ("Sunday", "Monday", "Wednesday", "Friday"))
    slot = f"{pick(rng, ('RTÉ One', 'RTÉ2'))}, {day} {rng.randint(8, 10)}.{rng.choice(('00', '30', '35'))}pm"
    return f'<aside class="{c("onair")}"><h2>On TV</h2><p>{slot}</p><p>RTÉ Player is free to watch in Ireland. A TV Licence costs €160 a year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Subtitles", pick(rng, ("English (CC)", "English, Gaeilge"))),
            ("Irish Sign Language", pick(rng, ("Available", "Not available")))]


SITE = Site(NAME, "rp", CHROME, WORDS, irish_date, duration, " per episode", no_votes, no_money,
            lambda n: f"{grouped(n)} plays this week", _episode, _slots, ("tiles", "leaders", "buttons"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons", "description"),
            0.35, meta_sep=" | ", later="First shown on RTÉ", extra_rows=_more, cta="Watch Now")


def fit(t: Title) -> Title:
    t = hide(rated(t, TV if t.kind == "show" else FILM), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
