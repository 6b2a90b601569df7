# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's title page as a Google Docs 'Publish to web' page (/docs/): the published doc's
generated class names (c0, c3, c9 ... spans and paragraphs) and kix favicon under the site's
chrome: a poster; the <h1> (the meta line under it on some pages); 'Summary'; the facts as
paragraphs of a label span and a value span, a Docs table (colspan="1" rowspan="1" cells), or a
definition list: 'Director', 'Writer', 'Composer', 'Producer', 'Cinematographer' (traps),
'Genres', 'Country', 'Year', 'Running time: 111 minutes' (or '1 hr 51 min'; a series' ' an
episode'), 'Rating' (MPA), 'Seasons', 'Released: October 27, 1995' (a date chip; or
'1995-10-27') beside a later 'Last edited' date (a trap), 'Studio', 'Budget: $150,000,000' (or
'EUR 7,200,000'), 'Box office gross'; 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Rent
or buy' prices (a trap); comments; a rail; a JSON-LD Movie on some pages. '1,234 ratings'
beside '12,345 viewers' (a trap). The money in full, in the title's own currency. No tagline,
audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites63.common import (
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

NAME = "reelguide_gdocs"
FORM = "docs"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<meta name="google" content="notranslate"><link rel="shortcut icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon7.ico"><meta name="referrer" content="strict-origin-when-cross-origin">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("ReelGuide", "Published docs", "Movies", "TV", "Search"),
    ("Published pages set no cookies.", "OK", "Learn more"),
    ("Published using Google Docs", "Report abuse", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Updated automatically every 5 minutes",
    "__RG_DOCS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office gross",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments in this feed.",
        "rail": "Also in this feed",
    },
)


def date_(d: date, long: bool) -> str:
    """A date chip's 'October 27, 1995', or its ISO form, '1995-10-27'."""
    return f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} minute" + ("" if n == 1 else "s")
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} viewers"


def money(m: Money) -> str:
    """'$150,000,000' or 'EUR 7,200,000': the amount in full."""
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Rent or buy</h2>'
        + f"<p>HD rental ${pick(rng, ('3.99', '4.99'))} · 4K purchase ${pick(rng, ('14.99', '19.99', '24.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [("Doc owner", "ReelGuide Editorial"), ("Status", pick(rng, ("Published", "Final draft")))]
    )


SITE = Site(
    NAME,
    "gdx",
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
    ("gdocs-span-paragraphs", "gdocs-table", "dl"),
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
    0.35,
    later="Last edited",
    extra_rows=_more,
    cta="Open in ReelGuide",
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
