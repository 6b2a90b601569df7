# ruff: noqa: E501  (HTML templates read best on one line)
"""STV Player: a film or series page of Scotland's commercial broadcaster's catch-up service
(Scottish English). A backdrop; the <h1> (the meta line '1995 | 15 | 111 min | Drama' under
it, in the hero's <header> on some deploys); the score with '(1,234 ratings)' beside '12,345
plays' (a trap); 'Synopsis'; the facts as rows whose labels are set sideways
(writing-mode:vertical-rl), a grid of display:contents rows, or a definition list: 'Director',
'Screenwriter', 'Score', 'Line Producer' and 'Director of Photography' (traps; the last begins
with the director's label), 'Category', 'Country', 'Released in' (the year), 'Runtime: 1 hr 51
min' or '111 min' (a series' 'each'), 'Certificate' (U/PG/12/15/18), 'First shown: 27 Oct 1995'
(or '27/10/1995') beside a later 'On STV Player from' (a trap), 'Studio', 'Budget: £2,400,000'
or '$3,600,000', 'Box office', 'Series', 'Region'; 'Cast'; the trailer; a series' episodes with
their own lengths, dates and directors; STV's Glasgow and Edinburgh slots and an STV Player+
price (traps); comments; 'More like this'; a JSON-LD Movie on some pages. No tagline, audience
text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites29.common import (
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

NAME = "stvplayer"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CERTS = ages("U", "PG", "12", "15", "18")
SIGNS = {"USD": "$", "GBP": "£", "EUR": "€"}
CHROME = Chrome(
    "en-GB",
    "STV Player",
    ("Home", "Drama", "Films", "Crime", "Live TV", "News", "Search"),
    (
        "STV uses cookies to make the Player work and to show you relevant ads.",
        "I Accept",
        "Settings",
    ),
    ("About STV", "Help", "Terms of Use", "Privacy", "Complaints"),
    "© STV Group plc 2026",
    "__STVP__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Score",
        "producer": "Line Producer",
        "camera": "Director of Photography",
        "genre": "Category",
        "country": "Country",
        "year": "Released in",
        "runtime": "Runtime",
        "rating": "Certificate",
        "seasons": "Series",
        "released": "First shown",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Viewer comments",
        "no_reviews": "No comments yet.",
        "rail": "More like this",
    },
)


def stv_date(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def runtime(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def ratings(n: int) -> str:
    """'(1,234 ratings)', '(1 rating)'."""
    return "(1 rating)" if n == 1 else f"({grouped(n)} ratings)"


def money(m: Money) -> str:
    """'$3,600,000', '£2,400,000', 'KRW 7,200,000'."""
    sign = SIGNS.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} Ep{e.number} | {runtime(e.minutes, long)} | {stv_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _slots(t: Title, c: Classes, rng: random.Random) -> str:
    hour = rng.choice(("9pm", "10.40pm", "8pm"))
    return f'<aside class="{c("slots")}"><h2>On STV</h2><p>STV Glasgow and Edinburgh, {rng.choice(("Friday", "Saturday"))} {hour}.</p><p>Add STV Player+ for £{rng.choice(("3.99", "4.99"))} a month and skip the ads.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Region", pick(rng, ("Scotland only", "UK", "UK and Ireland")))]


SITE = Site(
    NAME,
    "sv",
    CHROME,
    WORDS,
    stv_date,
    runtime,
    " each",
    ratings,
    money,
    lambda n: f"{grouped(n)} plays",
    _episode,
    _slots,
    ("sideways", "contents", "dl"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    meta_sep=" | ",
    later="On STV Player from",
    extra_rows=_more,
    cta="Watch now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
