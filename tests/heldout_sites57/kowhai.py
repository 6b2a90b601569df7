# ruff: noqa: E501  (HTML templates read best on one line)
"""Kōwhai Cinemas (an invented New Zealand chain, en-NZ) and its film page: a backdrop; the
<h1> (the meta line under it on some deploys); 'Synopsis'; a 'Get tickets' button; the facts
as fact rows (a label span and a value span, the label also in a data attribute), ticket-stub
lines (a key span, then the value) or CSS captions: 'Director', 'Screenplay', 'Music',
'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Duration: 1h 51min' (or
'111 mins'; a series' ' per episode'), 'Classification' (the Classification Office's
G/PG/M/R16/R18) with its 'Descriptive note' in its own row, 'Seasons', 'Release date: 27 Oct
1995' (or '27/10/1995') beside a later 'Opens at Kōwhai' date (a trap), 'Studio', 'Sessions
in' (no record key); 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Times & tickets'
(Deluxe, IMAX, 3D and 4DX sessions, prices in NZ dollars and a booking fee; a trap); comments;
'Also screening'; a JSON-LD Movie on some deploys. No votes ('12,345 keen to see' is a trap),
budget, gross, tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites57.common import (
    Chrome,
    Classes,
    Site,
    Words,
    advice,
    ages,
    dollars,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    showtimes,
)

NAME = "kowhai"
TIERS = ("G", "PG", "M", "R16", "R18")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-NZ",
    "Kōwhai Cinemas",
    ("What's on", "Coming soon", "Cinemas", "Deluxe", "Kōwhai Club"),
    ("Kia ora! We use cookies to remember your cinema.", "Sweet as", "Privacy"),
    ("Gift vouchers", "Venue hire", "Accessibility", "Privacy"),
    "© 2026 Kōwhai Cinemas Limited · Aotearoa New Zealand",
    "__KOWHAI_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Film info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Also screening",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return f"{d.day} {month(d, True)} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1h 51min' (or '45min' under an hour) or '111 mins'."""
    big, small = divmod(n, 60)
    if not long:
        return f"{n} mins"
    if not big:
        return f"{n}min"
    return f"{big}h" + (f" {small}min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} ratings"


def views(n: int) -> str:
    return f"{grouped(n)} keen to see"


def money(m: Money) -> str:
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return showtimes(
        c,
        rng,
        "Times &amp; tickets",
        [
            ("Adult", f"NZ${pick(rng, ('19.50', '21.00', '22.50'))}"),
            ("Child", f"NZ${pick(rng, ('13.50', '14.00'))}"),
            ("Deluxe", f"NZ${pick(rng, ('34.00', '36.50'))}"),
        ],
        f"Online booking fee NZ${pick(rng, ('1.20', '1.50', '1.80'))} per ticket.",
        ("2D", "IMAX", "3D", "4DX", "Deluxe", "Te reo Māori subtitles"),
        ("Today", "Tomorrow", "Sat 12 Dec", "Sun 13 Dec"),
        "Choose seats",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the Office's note beside the classification, the
    session formats."""
    rows = []
    if t is None or t.rating:
        rows.append(("Descriptive note", advice(TIERS, t.rating if t else None, rng)))
    rows.append(("Sessions in", pick(rng, ("2D, IMAX", "2D, 3D, 4DX", "Deluxe, 2D"))))
    return plain_rows(rows)


SITE = Site(
    NAME,
    "kwc",
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
    ("kowhai-facts", "kowhai-ticket-lines", "caption"),
    frozenset(
        {"audience_summary", "streaming", "tagline", "budget", "box_office", "user_rating_count"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Opens at Kōwhai",
    extra_rows=_more,
    cta="Get tickets",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
