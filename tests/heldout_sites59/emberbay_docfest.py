# ruff: noqa: E501  (HTML templates read best on one line)
"""The Ember Bay Documentary Festival's catalogue entry (/catalogue/), a documentary festival's
online catalogue page for a film in its programme, in Australian English: a still; the <h1>
(the meta line under it on some pages); 'About the film' (the programme note); a 'Get
tickets' button; the facts as entry terms and their descriptions, a sidebar's stacked heads
and bodies, or a definition list: 'Directed by', 'Writing', 'Original music', 'Producers',
'Camera' (traps), 'Genre', 'Production country', 'Year of production', 'Length: 111 min' (or
'1 hr 51 min'; a series' ' per episode'), 'Seasons', 'Production'; rows the record has no key
for ('Strand', 'Premiere status', 'Screening format', 'Language'); 'IMDb'; 'Cast'; the
trailer; a series' episodes; 'Sessions' with dates, venues and prices (a trap); 'Q&A
notes'; 'You might also like'; a JSON-LD Movie on some pages. '12,345 people interested' (a
trap); no votes. No release date, certificate, tagline, audience text, budget, gross or
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
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    render_form,
)

NAME = "emberbay_docfest"
HOST = "https://www.emberbaydocs.example"
FORM = "catalogue"
HEAD = '<meta property="og:site_name" content="Ember Bay Documentary Festival"><meta name="festival:catalogue" content="2026">'
CHROME = Chrome(
    "en-AU",
    "Ember Bay Documentary Festival",
    ("Catalogue", "Sessions", "Passes", "Forum", "Visit Ember Bay", "Partners"),
    ("We use cookies to run the festival site.", "Accept", "Choose cookies"),
    ("About the festival", "Accessibility", "Media", "Privacy"),
    "© 2026 Ember Bay Documentary Festival Ltd · ABN 12 345 678 901",
    "__EBDF__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Writing",
        "music": "Original music",
        "producer": "Producers",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Production country",
        "year": "Year of production",
        "runtime": "Length",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Production",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About the film",
        "details": "Film details",
        "cast": "Featuring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Q&amp;A notes",
        "no_reviews": "Notes follow the session.",
        "rail": "You might also like",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '1995-10-27'."""
    return f"{d.day} {month(d)} {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 min' or '1 hr 51 min'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} people interested"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Part {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Sessions with their own dates, venues and prices."""
    day = date(2026, 5, 14) + timedelta(days=rng.randint(0, 10))
    return (
        f'<aside class="{c("prices")}"><h2>Sessions</h2>'
        + f"<p>{pick(rng, ('Thu', 'Fri', 'Sat'))} {day.day} {month(day, True)} {day.year}, 6.30pm · Harbour Theatre</p>"
        + f"<p>Full ${pick(rng, ('19', '21'))} · Concession ${pick(rng, ('15', '16'))} · Festival pass holders free</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            (
                "Strand",
                pick(
                    rng,
                    (
                        "Australian Showcase",
                        "International Panorama",
                        "Climate Frontiers",
                        "Music on Screen",
                    ),
                ),
            ),
            (
                "Premiere status",
                pick(rng, ("Australian Premiere", "World Premiere", "Victorian Premiere")),
            ),
            ("Screening format", pick(rng, ("DCP", "DCP, with live score", "16mm"))),
            ("Language", pick(rng, ("English", "English, Tetum"))),
        ]
    )


SITE = Site(
    NAME,
    "ebdf",
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
    ("docfest-entry-terms", "docfest-sidebar-stats", "dl"),
    frozenset(
        {
            "audience_summary",
            "streaming",
            "tagline",
            "budget",
            "box_office",
            "release_date",
            "content_rating",
            "user_rating_count",
        }
    ),
    ("director", "author", "genre", "numberOfSeasons"),
    0.4,
    later="",
    extra_rows=_more,
    cta="Get tickets",
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
