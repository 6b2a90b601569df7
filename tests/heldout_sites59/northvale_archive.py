# ruff: noqa: E501  (HTML templates read best on one line)
"""The Northvale National Film Archive's collection record (/collection/), a national film
archive's online catalogue entry for a title it holds, in British English: a still; the <h1>
(the meta line under it on some records); 'Summary' (the cataloguer's synopsis); a 'Request
a viewing' button; the facts as a record's label/value field rows, a typed catalogue card's
tagged lines, or a table: 'Director', 'Screenplay', 'Music', 'Producer', 'Photography'
(traps), 'Form / genre', 'Country of production', 'Year of production', 'Running time: 111
minutes' (or '111 mins'; a series' ' per episode'), 'BBFC certificate', 'Seasons', 'UK
release date: 27 October 1995' (or '1995-10-27') beside a later 'Acquired' date (a trap),
'Production company'; rows the record has no key for ('Holdings: 35mm positive print',
'Accession number', 'Colour: Eastmancolor', 'Sound: Mono optical'); 'IMDb'; 'Cast'; the trailer; a series' episodes;
'Access and copying' prices (a trap); 'Researcher notes'; 'Also in the collection'; a JSON-LD
Movie on some records. '12,345 record views' (a trap); no votes. No tagline, audience text,
budget, gross or streaming block."""

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
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_form,
)

NAME = "northvale_archive"
HOST = "https://collections.northvale-filmarchive.example"
FORM = "collection"
HEAD = '<meta name="dcterms.publisher" content="Northvale National Film Archive"><link rel="alternate" type="application/marcxml+xml" href="{url}.marcxml">'
BOARD = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Northvale National Film Archive",
    ("Collections", "Search the catalogue", "Research", "Visit", "Support us"),
    ("We use cookies to improve the catalogue.", "Accept", "Settings"),
    ("About the Archive", "Access policy", "Privacy", "Copyright and licensing"),
    "© 2026 Northvale National Film Archive · Registered charity 1102938",
    "__NFA_CATALOGUE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producer",
        "camera": "Photography",
        "genre": "Form / genre",
        "country": "Country of production",
        "year": "Year of production",
        "runtime": "Running time",
        "rating": "BBFC certificate",
        "seasons": "Seasons",
        "released": "UK release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Summary",
        "details": "Catalogue record",
        "cast": "Cast",
        "trailer": "Extract",
        "episodes": "Episodes held",
        "reviews": "Researcher notes",
        "no_reviews": "No notes yet.",
        "rail": "Also in the collection",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '1995-10-27'."""
    return f"{d.day} {month(d)} {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 minutes' or '111 mins'."""
    if long:
        return f"{n} minute" + ("" if n == 1 else "s")
    return f"{n} min" + ("" if n == 1 else "s")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} record views"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running(e.minutes, long)} · transmitted {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Access and copying</h2>'
        + f"<p>Viewing in the research room £{pick(rng, ('12.00', '15.00'))} per hour · Reference copy £{pick(rng, ('35.00', '42.50'))} · Licensed clip from £{pick(rng, ('95', '120'))} per minute</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            (
                "Holdings",
                pick(
                    rng,
                    (
                        "35mm positive print",
                        "16mm viewing print",
                        "DCP (2K) access copy",
                        "35mm negative; DCP access copy",
                    ),
                ),
            ),
            ("Accession number", f"NFA-{rng.randint(100000, 999999)}"),
            ("Colour", pick(rng, ("Eastmancolor", "Black and white", "Technicolor"))),
            ("Sound", pick(rng, ("Mono optical", "Dolby SR", "Dolby Digital"))),
        ]
    )


SITE = Site(
    NAME,
    "nfa",
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
    ("archive-field-rows", "archive-catalogue-card", "table"),
    frozenset(
        {"audience_summary", "streaming", "tagline", "budget", "box_office", "user_rating_count"}
    ),
    ("director", "author", "genre", "datePublished", "numberOfSeasons"),
    0.4,
    later="Acquired",
    extra_rows=_more,
    cta="Request a viewing",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this institution's words, formats and components,
    on its host under its catalogue's path."""
    out = render_form(SITE, HOST, FORM, t, ctx)
    return out.replace("</head>", HEAD.replace("{url}", f"{HOST}/{FORM}{t.path}") + "</head>", 1)
