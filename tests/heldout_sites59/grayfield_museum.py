# ruff: noqa: E501  (HTML templates read best on one line)
"""The Grayfield Museum of Art's film department page (/screenings/), an art museum's page for a
film it shows in a film series, in American English: a poster; the <h1> (the meta line under it
on some pages); 'Program notes' (the synopsis, by the department's curator); a 'Reserve seats'
button; the facts as wall-text rows (a caption, then the body), a credit list (each item a
role, a colon and a name), or a table: 'Director', 'Screenwriter', 'Music', 'Producer',
'Director of photography' (traps; the last begins with a director's word), 'Genre',
'Country', 'Year', 'Running time: 111 minutes' (or '1 hour 51 minutes'; a series' ' per
episode'), 'Seasons', 'Released: October 27, 1995' (or '10/27/1995') beside a later 'Acquired
by the Museum' date (a trap), 'Production company'; rows the record has no key for ('Format:
35mm', 'Print source', 'Accession no.', 'Language'); 'IMDb'; 'Cast'; the trailer; a series'
episodes; 'Admission' with a screening's date, a theater and prices (a trap); 'Visitor
responses'; 'In this series'; a JSON-LD Movie on some pages. '12,345 saves' (a trap); no
votes. No certificate, tagline, audience text, budget, gross or streaming block."""

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
    words_hm,
)

NAME = "grayfield_museum"
HOST = "https://www.grayfieldmuseum.example"
FORM = "screenings"
HEAD = '<meta property="og:site_name" content="Grayfield Museum of Art"><meta name="museum:department" content="Department of Film">'
CHROME = Chrome(
    "en-US",
    "Grayfield Museum of Art",
    ("Visit", "Exhibitions and events", "Film", "Art and artists", "Learn", "Join and give"),
    ("We use cookies to improve your visit online.", "Accept cookies", "Cookie settings"),
    ("Press", "Careers", "Rights and reproductions", "Privacy policy"),
    "© 2026 The Grayfield Museum of Art",
    "__GRAYFIELD__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Music",
        "producer": "Producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Program notes",
        "details": "Film credits",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Visitor responses",
        "no_reviews": "No responses yet.",
        "rail": "In this series",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hour 51 minutes'."""
    return f"{n} minute" + ("" if n == 1 else "s") if long else words_hm(n)


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} saves"


def money(m: Money) -> str:
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """A screening's own date, a theater and prices."""
    day = date(2027, 3, 1) + timedelta(days=rng.randint(0, 50))
    return (
        f'<aside class="{c("prices")}"><h2>Admission</h2>'
        + f"<p>{month(day)} {day.day}, {day.year}, 4:00 p.m. · The Hale Theater, Floor T2</p>"
        + f"<p>Adults ${pick(rng, ('25', '30'))} (includes museum admission) · Students ${pick(rng, ('14', '17'))} · Members free</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Format", pick(rng, ("35mm", "16mm", "DCP", "Digital"))),
            (
                "Print source",
                pick(rng, ("The Museum's collection", "Kino Lorber", "the Film Foundation")),
            ),
            ("Accession no.", f"{rng.randint(100, 999)}.{rng.randint(1990, 2025)}"),
            ("Language", pick(rng, ("English", "In Japanese with English subtitles"))),
        ]
    )


SITE = Site(
    NAME,
    "gma",
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
    ("museum-wall-text", "museum-credit-items", "table"),
    frozenset(
        {
            "audience_summary",
            "streaming",
            "tagline",
            "budget",
            "box_office",
            "content_rating",
            "user_rating_count",
        }
    ),
    ("director", "author", "genre", "datePublished", "numberOfSeasons"),
    0.4,
    later="Acquired by the Museum",
    extra_rows=_more,
    cta="Reserve seats",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this institution's words, formats and components,
    on its host under its catalogue's path."""
    out = render_form(SITE, HOST, FORM, t, ctx)
    return out.replace("</head>", HEAD + "</head>", 1)
