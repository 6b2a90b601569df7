# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's title page written in Markdown and rendered to HTML (/md/), by pandoc (a pipe
table with its header row) or GitHub's renderer (a markdown-body article's list of
'**Label:** value' items), under the site's chrome: a backdrop; the <h1> (the meta line under
it on some pages); 'Overview'; the facts as those list items, that table, or a plain table:
'Director', 'Screenwriter', 'Original score', 'Executive producer', 'Director of photography'
(a trap with a director's word), 'Genre', 'Country of origin', 'Year', 'Running time: 111
minutes' (or '1 hr. 51 min.'), 'MPA rating', 'Seasons', 'Release: October 27, 1995' (or
'10/27/1995') beside a later 'Last commit' date (a trap), 'Production company', 'Budget
(estimated)', 'Worldwide gross'; 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Tickets'
prices (a trap); comments; a rail; a JSON-LD Movie on some pages. '1,234 ratings' beside
'12,345 stars' (a trap). Every budget and gross in US dollars. No tagline, audience text or
streaming block."""

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
    compact,
    fit_rng,
    form_url,
    hide,
    localize_money,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_form,
)

NAME = "reelguide_markdown"
FORM = "md"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<meta name="generator" content="pandoc"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("ReelGuide", "Movies", "TV", "Raw", "History"),
    ("ReelGuide uses cookies for sign-in.", "Allow", "Manage"),
    ("Rendered from Markdown", "Contact", "Privacy", "Edit this page"),
    "© 2026 ReelGuide, Inc. · title.md",
    "__RG_MD__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Original score",
        "producer": "Executive producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country of origin",
        "year": "Year",
        "runtime": "Running time",
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Production company",
        "budget": "Budget (estimated)",
        "box_office": "Worldwide gross",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "Related articles",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr. 51 min.'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} minute" + ("" if n == 1 else "s")
    return f"{big} hr." + (f" {small} min." if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} stars"


def money(m: Money) -> str:
    """'$150 million', '$1.2 billion', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (season {e.season}) · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Tickets</h2>'
        + f"<p>Matinee ${pick(rng, ('9.50', '10.75'))} · Evening ${pick(rng, ('14.25', '16.50'))} · IMAX ${pick(rng, ('21.00', '23.50'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [("License", pick(rng, ("CC BY 4.0", "CC BY-SA 4.0"))), ("Source", "title.md")]
    )


SITE = Site(
    NAME,
    "mdr",
    CHROME,
    WORDS,
    date_,
    running,
    " each",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("gfm-bold-list", "pandoc-pipe-table", "table"),
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
    0.4,
    later="Last commit",
    extra_rows=_more,
    cta="Edit on ReelGuide",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this form's words, formats and components, under its
    path on the site."""
    out = render_form(SITE, FORM, t, ctx)
    return out.replace("</head>", HEAD.replace("{url}", form_url(FORM, t)) + "</head>", 1)
