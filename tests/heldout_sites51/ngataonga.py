# ruff: noqa: E501  (HTML templates read best on one line)
"""Ngā Taonga Sound & Vision (English, New Zealand): the national audiovisual archive's online
catalogue, a film or series record with a viewing copy. A poster; the <h1> (the meta line
under it on some deploys); 'Summary'; a 'View online' button; the facts as the archive's
collection record table (label and content cells) or its Drupal field blocks
('field-label-above' headings over 'field-item' values), or a definition list: 'Director',
'Script', 'Music', 'Producer', 'Camera operator' (traps), 'Genre', 'Country of origin',
'Year', 'Duration: 111 minutes' (or '01:51:00', the archive's timecode; a series' ' per
episode'), 'Classification' (NZ labels: G/PG/M/R16/R18), 'Seasons', 'Release date: 27
October 1995' (or '27/10/1995') beside a later 'Date acquired' (a trap), 'Production
company', 'Box office', 'Format', 'Accession number' (rows the record has no key for);
'IMDb'; 'Cast'; the trailer; a series' episodes; research viewing and copy fees (NZ$ prices,
a trap); comments; 'Related records'; a JSON-LD Movie on some pages. '12,345 views' (a trap);
no votes, budget, tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites51.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    money_with,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    uk_date,
    votes_in,
)

NAME = "ngataonga"
NZ = ages("G", "PG", "M", "R16", "R18")
CHROME = Chrome(
    "en-NZ",
    "Ngā Taonga Sound & Vision",
    ("Search the collection", "Film", "Television", "Radio", "Request a copy", "Visit"),
    ("This site uses cookies.", "OK", "No thanks"),
    ("About", "Kaupapa", "Access", "Privacy", "Contact"),
    "© 2026 Ngā Taonga Sound & Vision",
    "__NGATAONGA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Script",
        "music": "Music",
        "producer": "Producer",
        "camera": "Camera operator",
        "genre": "Genre",
        "country": "Country of origin",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Summary",
        "details": "Collection record",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes in the collection",
        "reviews": "Comments",
        "no_reviews": "No comments",
        "rail": "Related records",
    },
)
SYSTEM = "Ngā Taonga"


def running(n: int, long: bool) -> str:
    """'111 minutes' or the archive's timecode '01:51:00'."""
    big, small = divmod(n, 60)
    return f"{n} minutes" if long else f"{big:02d}:{small:02d}:00"


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running(e.minutes, long)} · broadcast {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Access and copies</h2><p>Research viewing NZ${pick(rng, ("25", "30"))} per hour · Copy request NZ${pick(rng, ("60", "85"))} · Licensing quote on request</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("16mm colour", "35mm", "Betacam SP", "U-matic"))),
            ("Accession number", f"F{rng.randint(10000, 99999)}"),
        ]
    )


SITE = Site(
    NAME,
    "ngt",
    CHROME,
    WORDS,
    uk_date,
    running,
    " per episode",
    votes,
    money_with({"USD": "US$", "AUD": "A$", "GBP": "£", "EUR": "€"}),
    views,
    _episode,
    _shop,
    ("nt-record", "nt-fields", "dl"),
    frozenset({"tagline", "audience_summary", "streaming", "user_rating_count", "budget"}),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.35,
    later="Date acquired",
    extra_rows=_more,
    cta="View online",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, NZ), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
