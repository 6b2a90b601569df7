# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's e-book chapter (/epub/), the title's page from ReelGuide's annual EPUB 3 guide
as the book's XHTML reads in a browser (epub:type attributes on sections, asides, glossary
terms and keywords): a poster; the <h1> (the meta line under it on some chapters); 'In
brief'; a 'Get the book' button; the facts as a sidebar of keyword-led lines ('<span
epub:type="keyword">Label</span> value'), a glossary of terms and definitions ('<dfn
epub:type="glossterm">' and its glossdef), or dot leaders: 'Director', 'Screenplay',
'Composer', 'Producer', 'Photography' (traps), 'Genre', 'Country', 'Year', 'Duration: 111
minutes' (or '1 h 51 min'; a series' ' an episode'), 'Certification' (MPA), 'Seasons',
'First released: October 27, 1995' (or '1995-10-27') beside a later 'This edition' date (a
trap), 'Production', 'Cost: $150,000,000' (or 'EUR 7,200,000'), 'Receipts'; 'IMDb';
'Cast'; the trailer; a series' episodes; 'Editions' prices (a trap); reader notes; 'See
also'; a JSON-LD Movie on some pages. '1,234 reader ratings' beside '12,345 downloads' (a
trap). The money in full, in the title's own currency. No tagline, audience text or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites56.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    form_url,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_form,
)

NAME = "reelguide_epub"
FORM = "epub"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<meta name="dc.publisher" content="ReelGuide"><meta name="dc.type" content="Text"><link rel="contents" href="/epub/nav.xhtml">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Contents", "Index", "Previous", "Next", "Search"),
    ("The web edition stores your reading position.", "OK", "Details"),
    ("Colophon", "Copyright", "Privacy", "Errata"),
    "© 2026 ReelGuide, Inc. · ISBN 978-0-00-000000-2",
    "__RG_EPUB__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Certification",
        "seasons": "Seasons",
        "released": "First released",
        "studio": "Production",
        "budget": "Cost",
        "box_office": "Receipts",
    },
    {
        "about": "In brief",
        "details": "The facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reader notes",
        "no_reviews": "No notes yet.",
        "rail": "See also",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27'."""
    return f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 h 51 min'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} minute" + ("" if n == 1 else "s")
    return f"{big} h" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} reader rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} downloads"


def money(m: Money) -> str:
    """'$150,000,000' or 'EUR 7,200,000': the amount in full."""
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}.{e.number} — {running(e.minutes, long)} — {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Editions</h2>'
        + f"<p>EPUB ${pick(rng, ('4.99', '7.99'))} · Paperback ${pick(rng, ('19.95', '24.95'))} · Hardcover ${pick(rng, ('34.95', '39.95'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Chapter", pick(rng, ("7", "12", "23"))),
            ("Language", pick(rng, ("English", "English, German"))),
        ]
    )


SITE = Site(
    NAME,
    "rep",
    CHROME,
    WORDS,
    date_,
    running,
    " an episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("epub-keywords", "epub-glossary", "leaders"),
    frozenset({"audience_summary", "streaming", "tagline"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.3,
    later="This edition",
    extra_rows=_more,
    cta="Get the book",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    # the title's own money, in full
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this form's words, formats and components, under its
    path on the site."""
    out = render_form(SITE, FORM, t, ctx)
    return out.replace("</head>", HEAD.replace("{url}", form_url(FORM, t)) + "</head>", 1)
