# ruff: noqa: E501  (HTML templates read best on one line)
"""ITVX: a film or drama page of ITV's streaming service (British English). A backdrop; the <h1>
(the meta line '1995 • 15 • 1h 51m • Drama' under it, in the hero's <header> on some deploys);
'12,345 streams this week' (a trap; no votes); 'About'; the facts as a <menu> strip of
label/value spans, lines whose label is a highlighted <mark>, or icons whose label is only
their accessible name and hover tooltip (aria-label, data-tooltip): 'Directed
by', 'Written by', 'Original Music', 'Produced by' and 'Photography' (traps), 'Genre', 'Made
in', 'Year', 'Duration: 1h 51m' or '111 mins' (a drama's 'an episode'), 'Guidance' (the
BBFC-style U/PG/12/15/18 ITVX shows), 'Premiered: 27 October 1995' (or '27.10.1995') beside a
later 'On ITVX since' (a trap), 'Production company', 'Series' (the British word for seasons),
'Audio description', 'Subtitles'; 'Cast'; the trailer; a drama's episodes with their own
lengths, dates and directors; the ITV1 slot and the ITVX Premium price in pounds (traps);
comments; 'Because you watched'; a JSON-LD Movie on some pages. No tagline, audience text,
votes, money, IMDb link or streaming block."""

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

NAME = "itvx"
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
GUIDANCE = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "ITVX",
    ("Home", "Categories", "Live", "Films", "Drama", "Soaps", "Search"),
    ("ITVX uses cookies to personalise content and ads.", "Accept all", "Manage cookies"),
    ("About ITVX", "Help", "Terms", "Privacy &amp; Cookies", "Accessibility"),
    "© ITV plc 2026",
    "__ITVX__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Original Music",
        "producer": "Produced by",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Made in",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Guidance",
        "seasons": "Series",
        "released": "Premiered",
        "studio": "Production company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About",
        "details": "More info",
        "cast": "Cast",
        "trailer": "Watch the trailer",
        "episodes": "Episodes",
        "reviews": "What people said",
        "no_reviews": "No comments yet.",
        "rail": "Because you watched",
    },
)


def uk_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27.10.1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"
    )


def duration(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    return f"{big}h" + (f" {small}m" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} • {duration(e.minutes, long)} • First shown {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _premium(t: Title, c: Classes, rng: random.Random) -> str:
    slot = rng.choice(("9pm", "8pm", "10.45pm"))
    price = rng.choice(("5.99", "8.99"))
    return f'<aside class="{c("premium")}"><h2>Watch on ITV1 and ITVX</h2><p>On ITV1 on {rng.choice(("Sunday", "Monday", "Wednesday"))} at {slot}, then box set on ITVX.</p><p>Go ad-free with ITVX Premium for £{price} a month. Cancel anytime.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Audio description", pick(rng, ("Available", "Not available"))),
        ("Subtitles", pick(rng, ("English", "English (SDH)"))),
    ]


SITE = Site(
    NAME,
    "ix",
    CHROME,
    WORDS,
    uk_date,
    duration,
    " an episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} streams this week",
    _episode,
    _premium,
    ("menu", "mark", "icontip"),
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
    later="On ITVX since",
    extra_rows=_more,
    cta="Play",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, GUIDANCE), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
