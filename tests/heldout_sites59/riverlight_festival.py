# ruff: noqa: E501  (HTML templates read best on one line)
"""The Riverlight International Film Festival's programme entry (/programme/), a festival's
page for a film in this year's programme, in British English: a still; the <h1> (the meta line
under it on some pages); 'Programme note' (the synopsis, by the festival's programmer); a 'Book
now' button; the facts as a film-info list of bold labels, credit lines (a role, then the
name), or dot-leader lines: 'Director', 'Screenwriter', 'Composer', 'Producer',
'Cinematographer' (traps), 'Genre', 'Country of production', 'Year of production', 'Running
time: 111 min' (or "111'", the minutes mark festival catalogues print; a series' ' per
episode'), 'Seasons', 'Production company'; rows the record has no key for ('Section',
'Premiere status', 'Screening format: DCP', 'Language', 'Subtitles'); 'IMDb'; 'Cast'; the
trailer; a series' episodes; 'Screenings' at this year's festival with dates, venues and
ticket prices (a trap); 'Audience reactions'; 'More from the programme'; a JSON-LD Movie on
some pages. 'Audience score from 1,234 votes' beside '12,345 added to planners' (a trap). No
release date (a festival entry gives the year only), certificate, tagline, audience text,
budget, gross or streaming block."""

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
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    render_form,
)

NAME = "riverlight_festival"
HOST = "https://www.riverlightfilmfest.example"
FORM = "programme"
HEAD = '<meta property="og:site_name" content="Riverlight International Film Festival"><meta name="festival:edition" content="31st edition">'
CHROME = Chrome(
    "en-GB",
    "Riverlight International Film Festival",
    ("Programme", "Tickets and passes", "Venues", "Industry", "Press", "Donate"),
    ("We use cookies to keep your planner and basket.", "Accept all", "Manage cookies"),
    ("About the festival", "Accessibility", "Press office", "Privacy notice"),
    "© 2026 Riverlight Film Trust · Riverlight International Film Festival",
    "__RIFF_PROGRAMME__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country of production",
        "year": "Year of production",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Programme note",
        "details": "Film information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes screening",
        "reviews": "Audience reactions",
        "no_reviews": "Be the first to react.",
        "rail": "More from the programme",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '1995-10-27'."""
    return f"{d.day} {month(d)} {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 min' or "111'" (the minutes mark)."""
    return f"{n} min" if long else f"{n}'"


def votes(n: int) -> str:
    return f"Audience score from {grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} added to planners"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} · {running(e.minutes, long)} · first broadcast {date_(e.aired, long)}</p><p>Episode director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """This year's screenings: their own dates, venues and prices."""
    day = date(2026, 10, 8) + timedelta(days=rng.randint(0, 9))
    again = day + timedelta(days=rng.randint(1, 3))
    return (
        f'<aside class="{c("prices")}"><h2>Screenings</h2>'
        + f"<p>{day.day} {month(day)} {day.year}, 18:15 · Quayside Cinema, Screen 1</p>"
        + f"<p>{again.day} {month(again)} {again.year}, 20:45 · Riverlight Playhouse</p>"
        + f"<p>Full price £{pick(rng, ('12.50', '13.00'))} · Concessions £{pick(rng, ('9.50', '10.00'))} · Under 25s £5.00</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            (
                "Section",
                pick(rng, ("Official Competition", "Debate", "Journey", "Cult", "Treasures")),
            ),
            (
                "Premiere status",
                pick(rng, ("UK Premiere", "European Premiere", "International Premiere")),
            ),
            ("Screening format", pick(rng, ("DCP", "35mm", "4K DCP restoration"))),
            ("Language", pick(rng, ("English", "English, Spanish"))),
            ("Subtitles", pick(rng, ("English subtitles", "English subtitles and captions"))),
        ]
    )


SITE = Site(
    NAME,
    "riff",
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
    ("festival-film-info", "festival-credit-lines", "leaders"),
    frozenset(
        {
            "audience_summary",
            "streaming",
            "tagline",
            "budget",
            "box_office",
            "release_date",
            "content_rating",
        }
    ),
    ("director", "author", "genre", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="",
    extra_rows=_more,
    cta="Book now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this institution's words, formats and components,
    on its host under its catalogue's path."""
    out = render_form(SITE, HOST, FORM, t, ctx)
    return out.replace("</head>", HEAD + "</head>", 1)
