# ruff: noqa: E501  (HTML templates read best on one line)
"""Fieldnote (an invented name: a documentary streaming service, Australia, en-AU) and its title
page: a backdrop; a breadcrumb; the <h1> (the meta line under it on some deploys); 'About the
film'; a 'Watch now' button; the facts as a fact file (a definition list with each pair in its
own <div>, the term and description carrying their own classes), notes pairs (a <strong> label,
a <br>, the value) or a table: 'Director', 'Writer', 'Composer', 'Producer', 'Camera' (traps),
'Genre', 'Country', 'Year', 'Duration: 1 hr 51 min' (or '111 min'; a series' ' per episode'),
'Classification' (ACB G/PG/M/MA15+/R18+) with a 'Consumer advice' row, 'Series' for the
seasons, 'Released: 27 October 1995' (or '27/10/1995') beside a later 'Added to Fieldnote' date
(a trap), 'Production company', 'Topics' and 'Narration' (no record key); 'Featuring'; the
trailer; a series' episodes; 'Plans' (a series picker, audio and subtitle languages, a leaving
notice, prices in Australian dollars; a trap); comments; 'Related documentaries'; a JSON-LD on
some deploys. No votes ('12,345 saved this' is a trap), tagline, audience text, money, IMDb
link or where-to-watch block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites61.common import (
    Chrome,
    Classes,
    Site,
    Words,
    advice,
    ages,
    fit_rng,
    hide,
    hm,
    no_characters,
    panel,
    plain_rows,
    rated,
    render_site,
    uk_date,
)

NAME = "fieldnote"
BRAND = "Fieldnote"
TIERS = ("G", "PG", "M", "MA15+", "R18+")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-AU",
    BRAND,
    ("Documentaries", "Series", "Topics", "Collections", "Start free trial"),
    ("Fieldnote uses cookies to understand what you watch.", "Accept", "Customise"),
    ("Help centre", "Schools and libraries", "Submit a film", "Terms", "Privacy"),
    "© 2026 Fieldnote Pty Ltd · ABN 00 000 000 000",
    "__FIELDNOTE_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Classification",
        "seasons": "Series",
        "released": "Released",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About the film",
        "details": "Film facts",
        "cast": "Featuring",
        "trailer": "Watch the trailer",
        "episodes": "Episodes in this series",
        "reviews": "Viewer comments",
        "no_reviews": "No comments yet.",
        "rail": "Related documentaries",
    },
)
PLANS = (
    ("Monthly", "A$9.99 per month"),
    ("Annual", "A$99 per year"),
    ("Education licence", "A$450 per year"),
)
NOTICES = (
    "Leaving Fieldnote {md}",
    "Available on Fieldnote until {mdy}",
)
DESCRIPTORS = "Consumer advice"


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return uk_date(d, long)


def running(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    return f"{n} min" if not long or n < 60 else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return f"{grouped(n)} ratings"


def views(n: int) -> str:
    return f"{grouped(n)} saved this"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} · {running(e.minutes, long)} · first screened {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return panel(
        t,
        c,
        rng,
        "Plans",
        PLANS,
        "Series",
        "Audio",
        "Subtitles",
        NOTICES,
        "Start your 14-day free trial",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the rating's descriptors beside it, and the service's own."""
    rows = []
    if t is None or t.rating:
        rows.append((DESCRIPTORS, advice(TIERS, t.rating if t else None, rng)))
    rows += [
        ("Topics", "Environment, History"),
        ("Narration", "English"),
    ]
    return plain_rows(rows)


SITE = Site(
    NAME,
    "fdn",
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
    ("fieldnote-factfile", "fieldnote-notes", "table"),
    frozenset(
        {
            "audience_summary",
            "streaming",
            "tagline",
            "budget",
            "box_office",
            "imdb_id",
            "user_rating_count",
        }
    ),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
    ),
    0.4,
    later="Added to Fieldnote",
    extra_rows=_more,
    cta="Watch now",
    art="backdrop",
    crumbs="Documentaries",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
