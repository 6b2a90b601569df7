# ruff: noqa: E501  (HTML templates read best on one line)
"""Kestrel Screen Heritage's moving image catalogue (/moving-image/), a regional film archive's
catalogue entry, in British English: a still; the <h1> (the meta line under it on some
entries); 'Description' (the synopsis); an 'Order a copy' button; the facts as meta pairs of a
term and its description, a library catalogue card's fields each closed by a full stop
('Director. Ada Gallo'), or a table: 'Director', 'Writer', 'Composer', 'Producer',
'Cinematography' (traps), 'Genre', 'Country of production', 'Production year', 'Duration: 111
min' (or '1h 51min'; a series' ' per episode'), 'Certificate' (BBFC), 'Number of series',
'Release date: 27 October 1995' (or '1995-10-27') beside a later 'Catalogued' date (a trap),
'Production company', 'Production cost: £3,600,000' (or 'USD 3,600,000'); rows the record
has no key for ('Original format', 'Colour', 'Sound', 'Collection'); 'IMDb'; 'Cast'; the
trailer; a series' episodes; 'Copies and licensing' prices (a trap); 'Memories and comments';
'Related items'; a JSON-LD Movie on some entries. '12,345 catalogue views' (a trap); no votes.
No tagline, audience text, gross or streaming block."""

from __future__ import annotations

import random
from datetime import date

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
    localize_money,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_form,
)

NAME = "kestrel_heritage"
HOST = "https://catalogue.kestrelscreenheritage.example"
FORM = "moving-image"
HEAD = '<meta name="dcterms.publisher" content="Kestrel Screen Heritage"><meta name="dcterms.type" content="MovingImage">'
BOARD = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Kestrel Screen Heritage",
    ("Catalogue", "Collections", "Deposit a film", "Learning", "About us"),
    ("We use cookies to make the catalogue work.", "Accept", "Reject"),
    ("Contact the archive", "Accessibility statement", "Privacy", "Takedown policy"),
    "© 2026 Kestrel Screen Heritage · Company limited by guarantee no. 04411223",
    "__KSH_CATALOGUE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country of production",
        "year": "Production year",
        "runtime": "Duration",
        "rating": "Certificate",
        "seasons": "Number of series",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Production cost",
        "box_office": "Box office",
    },
    {
        "about": "Description",
        "details": "Catalogue entry",
        "cast": "Cast",
        "trailer": "Clip",
        "episodes": "Episodes",
        "reviews": "Memories and comments",
        "no_reviews": "Share your memories of this film.",
        "rail": "Related items",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '1995-10-27'."""
    return f"{d.day} {month(d)} {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 min' or '1h 51min'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} catalogue views"


def money(m: Money) -> str:
    """'£3,600,000' or 'USD 3,600,000'."""
    return f"£{grouped(m.amount)}" if m.currency == "GBP" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running(e.minutes, long)} · broadcast {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Copies and licensing</h2>'
        + f"<p>DVD viewing copy £{pick(rng, ('25.00', '30.00'))} · Digital file £{pick(rng, ('40.00', '55.00'))} · Broadcast licence from £{pick(rng, ('120', '150'))} per minute</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Original format", pick(rng, ("35mm", "16mm", "Super 8", "Digibeta", "HDCAM"))),
            ("Colour", pick(rng, ("In colour", "Black and white", "Colour and black and white"))),
            ("Sound", pick(rng, ("Optical sound", "Silent", "Mono magnetic"))),
            (
                "Collection",
                pick(
                    rng,
                    (
                        "Northern Cinemas Collection",
                        "Regional Television Collection",
                        "Amateur Film Collection",
                    ),
                ),
            ),
        ]
    )


SITE = Site(
    NAME,
    "ksh",
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
    ("heritage-meta-pairs", "heritage-catalogue-card", "table"),
    frozenset({"audience_summary", "streaming", "tagline", "box_office", "user_rating_count"}),
    ("director", "author", "genre", "datePublished", "numberOfSeasons"),
    0.4,
    later="Catalogued",
    extra_rows=_more,
    cta="Order a copy",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "GBP", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this institution's words, formats and components,
    on its host under its catalogue's path."""
    out = render_form(SITE, HOST, FORM, t, ctx)
    return out.replace("</head>", HEAD + "</head>", 1)
