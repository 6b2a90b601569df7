# ruff: noqa: E501  (HTML templates read best on one line)
"""The Halloway Museum of the Moving Image's film page (/film/), a museum's film department
presenting a title in its screening series, in American English: a poster; the <h1> (the meta
line under it on some pages); 'Program note' (the synopsis); a 'Get tickets' button; the facts
as an object label's tombstone lines, open <details> disclosures each summarised by its
label, or a definition list: 'Directed by', 'Written by', 'Score', 'Produced by',
'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Running time: 111 min.' (or '1 hr 51
min'; a series' ' per episode'), 'Rated' (MPA), 'Seasons', 'U.S. release: October 27, 1995'
(or '10/27/1995') beside a later 'Added to the collection' date (a trap), 'Production'; rows
the record has no key for ('Format: 35mm', 'Print courtesy of', 'Language'); 'IMDb'; 'Cast';
the trailer; a series' episodes; 'Screenings and tickets' with dates, a theater and prices (a
trap); 'Visitor comments'; 'Also in the series'; a JSON-LD Movie on some pages. '12,345
visitors this month' (a trap); no votes. No tagline, audience text, budget, gross or
streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites59.common import (
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
    render_form,
)

NAME = "halloway_museum"
HOST = "https://www.hallowaymmi.example"
FORM = "film"
HEAD = '<meta property="og:site_name" content="Halloway Museum of the Moving Image"><meta name="museum:department" content="Film">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Halloway Museum of the Moving Image",
    ("Visit", "Exhibitions", "Screenings", "Collection", "Membership", "Shop"),
    ("This site uses cookies to understand how visitors use it.", "Accept", "Preferences"),
    ("Hours and admission", "Accessibility", "Press", "Privacy policy"),
    "© 2026 Halloway Museum of the Moving Image. All rights reserved.",
    "__HMMI__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Score",
        "producer": "Produced by",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "U.S. release",
        "studio": "Production",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Program note",
        "details": "About the film",
        "cast": "With",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Visitor comments",
        "no_reviews": "No comments yet.",
        "rail": "Also in the series",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'111 min.' or '1 hr 51 min'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min."
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} visitors this month"


def money(m: Money) -> str:
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · aired {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Screenings with their own dates, a theater and prices: neither the release nor money."""
    day = date(2027, 1, 9) + timedelta(days=rng.randint(0, 60))
    return (
        f'<aside class="{c("prices")}"><h2>Screenings and tickets</h2>'
        + f"<p>{month(day)} {day.day}, {day.year}, 7:00 p.m. · Redstone Theater</p>"
        + f"<p>Adults ${pick(rng, ('15', '16'))} · Seniors and students ${pick(rng, ('11', '12'))} · Members free</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Format", pick(rng, ("35mm", "16mm", "DCP", "4K DCP"))),
            (
                "Print courtesy of",
                pick(
                    rng,
                    ("the Academy Film Archive", "Janus Films", "the filmmakers", "Park Circus"),
                ),
            ),
            ("Language", pick(rng, ("English", "English and French with English subtitles"))),
        ]
    )


SITE = Site(
    NAME,
    "hmmi",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("museum-tombstone", "museum-object-details", "dl"),
    frozenset(
        {"audience_summary", "streaming", "tagline", "budget", "box_office", "user_rating_count"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Added to the collection",
    extra_rows=_more,
    cta="Get tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this institution's words, formats and components,
    on its host under its catalogue's path."""
    out = render_form(SITE, HOST, FORM, t, ctx)
    return out.replace("</head>", HEAD + "</head>", 1)
