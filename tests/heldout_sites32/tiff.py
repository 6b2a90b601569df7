# ruff: noqa: E501  (HTML templates read best on one line)
"""TIFF: a film page of the Toronto International Film Festival's year-round programme at TIFF
Lightbox (Canadian English). A poster, the breadcrumb 'Films', the <h1> (the meta line '1995 ·
14A · 111 minutes · Drama' on some deploys); no votes, '12,345 people saved this' (a trap);
'About the film'; the facts in 'label: value' lines whose dotted label explains itself in a
tooltip, a portable infobox (data-source items) or a description list: 'Director', 'Screenwriter',
'Original Score', 'Producer' and 'Cinematographer' (traps), 'Genre', 'Country', 'Year',
'Running Time: 111 minutes' or '1h 51m' (a series' 'per episode'), 'Ontario Rating' (the OFRB's
G/PG/14A/18A/R), 'Release Date: October 27, 1995' (or '1995-10-27') beside a later 'Screening at
TIFF Lightbox' (a trap), 'Production Company', 'Seasons', 'Language', 'Programme' ('TIFF Cinematheque 2024', a
year), 'Subtitles'; 'Cast'; the
trailer; a series' episodes; ticket and membership prices (traps); comments; 'You may also like';
a JSON-LD Movie on some pages. No tagline, audience text, votes, budget, box office or streaming
block."""

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

NAME = "tiff"
OFRB = ages("G", "PG", "14A", "18A", "R")
CHROME = Chrome(
    "en-CA",
    "TIFF",
    ("What's On", "Festival", "Membership", "Donate", "Learning", "Shop"),
    ("TIFF uses cookies to personalize your experience.", "Accept all", "Preferences"),
    ("About TIFF", "Careers", "Press", "Accessibility", "Privacy Policy", "Land Acknowledgement"),
    "© 2026 Toronto International Film Festival Inc. Charitable registration no. 11922 0153 RR0001",
    "__TIFF_DATA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Original Score",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "Ontario Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About the film",
        "details": "Film details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Audience comments",
        "no_reviews": "No comments yet.",
        "rail": "You may also like",
    },
)


def ca_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27'."""
    return f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1h 51m' ('2h')."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} minutes"
    return f"{big}h" + (f" {small}m" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}, Ep. {e.number} · {running(e.minutes, long)} · {ca_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _tickets(t: Title, c: Classes, rng: random.Random) -> str:
    price = rng.choice(("16.00", "17.50"))
    return f'<aside class="{c("tickets")}"><h2>Tickets</h2><ul><li>Regular ${price}</li><li>Students and seniors $13.50</li><li>Members $12.50</li></ul><p>Become a Member from $99 a year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "French", "English, French", "Spanish"))),
            ("Programme", f"TIFF Cinematheque {rng.randint(2019, 2026)}"),
            ("Subtitles", pick(rng, ("English subtitles", "No subtitles", "Open captions"))),
        ]
    )


SITE = Site(
    NAME,
    "tf",
    CHROME,
    WORDS,
    ca_date,
    running,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} people saved this",
    _episode,
    _tickets,
    ("tooltips", "portable", "dl"),
    frozenset(
        {"tagline", "audience_summary", "user_rating_count", "budget", "box_office", "streaming"}
    ),
    ("director", "author", "actor", "genre", "datePublished", "description"),
    0.3,
    later="Screening at TIFF Lightbox",
    extra_rows=_more,
    cta="Get tickets",
    art="poster",
    crumbs="Films",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, OFRB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
