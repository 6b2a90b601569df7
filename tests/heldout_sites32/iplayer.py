# ruff: noqa: E501  (HTML templates read best on one line)
"""BBC iPlayer: a film or programme page of the BBC's streaming service (British English).
A backdrop, the <h1> (the meta line '1995 · 15 · 1 hr 51 mins · Drama' on some deploys); no
votes, '12,345 plays this week' (a trap); 'About this programme'; the facts in chips (the label
over the value), 'label: value' lines whose dotted label explains itself in a tooltip, or
bold-label lines: 'Directed by', 'Written by', 'Music by', 'Executive Producer' and
'Photography' (traps), 'Genre', 'Made in', 'Year', 'Running time: 1 hr 51 mins' or '111 mins'
(a programme's 'per episode'), 'Certificate' (the BBFC's U/PG/12/15/18), 'Released: 27 Oct
1995' (or '27/10/1995') beside a later 'Available until' (a trap), 'Production', 'Series',
'Channel', 'Audio description', 'Sign language'; 'Cast'; the trailer; a programme's episodes; the TV
Licence fee (a trap); comments; 'More like this'; a JSON-LD Movie on some pages. No tagline,
audience text, votes, budget, box office, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites32.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
)

NAME = "iplayer"
BBFC = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "BBC iPlayer",
    ("Home", "Channels", "Categories", "A-Z", "TV Guide", "Watchlist"),
    ("Let us know you agree to cookies", "Yes, I agree", "No, take me to settings"),
    (
        "Terms of Use",
        "About the BBC",
        "Privacy Policy",
        "Cookies",
        "Help & FAQs",
        "Contact the BBC",
    ),
    "Copyright © 2026 BBC. The BBC is not responsible for the content of external sites.",
    "__IPLAYER_REDUX_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Executive Producer",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Made in",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Series",
        "released": "Released",
        "studio": "Production",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About this programme",
        "details": "Programme information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "What viewers said",
        "no_reviews": "No comments yet.",
        "rail": "More like this",
    },
)


def uk_date(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return f"{d.day} {month(d, True)} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def mins(n: int, long: bool) -> str:
    """'1 hr 51 mins', '2 hrs', '1 hr 1 min' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    out = f"{big} hr" + ("s" if big > 1 else "")
    return out + (f" {small} min" + ("s" if small > 1 else "") if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}: Episode {e.number} · {mins(e.minutes, long)} · First shown {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _licence(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("licence")}"><h2>TV Licence</h2><p>You need a TV Licence to watch BBC iPlayer. A colour licence costs £174.50 a year, or £14.54 a month by Direct Debit.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Channel", pick(rng, ("BBC One", "BBC Two", "BBC Four", "BBC Three"))),
            ("Audio description", pick(rng, ("Available", "Not available"))),
            ("Sign language", pick(rng, ("Signed version available", "Not available"))),
        ]
    )


SITE = Site(
    NAME,
    "ip",
    CHROME,
    WORDS,
    uk_date,
    mins,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} plays this week",
    _episode,
    _licence,
    ("chips", "tooltips", "lines"),
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
    ("director", "actor", "genre", "datePublished", "numberOfSeasons", "description"),
    0.35,
    later="Available until",
    extra_rows=_more,
    cta="Play",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
