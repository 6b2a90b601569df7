# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's title sheet exported to HTML by LibreOffice Writer (/odt/): its generator and
created/changed meta, 'western' paragraphs with inline font faces, Writer's tables with <col
width="..*"/>, under the site's chrome: a poster; the <h1> (the meta line under it on some
pages); 'Synopsis'; the facts as western paragraphs with a bold 'Label:', a Writer table (a
bold label cell, a value cell), or dot leaders: 'Director', 'Writer', 'Score', 'Producer',
'Camera' (traps), 'Genre', 'Country', 'Year', 'Run Time: 1h 51m' (or '111m'), 'Rated' (MPA),
'Seasons', 'Opening Date: Oct 27, 1995' (or '1995-10-27') beside a later 'Revised' date (a
trap), 'Production Co.', 'Budget: $3.6M' (or '$1.2B'), 'Box Office'; 'IMDb'; 'Cast'; the
trailer; a series' episodes; 'Watch options' prices (a trap); comments; a rail; a JSON-LD
Movie on some pages. '1,234 ratings' beside '12,345 file opens' (a trap). Every budget and
gross in US dollars. No tagline, audience text or streaming block."""

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

NAME = "reelguide_libreoffice"
FORM = "odt"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"><meta name="created" content="2026-03-02T10:14:55.120000000"><meta name="changed" content="2026-03-09T16:02:31.884000000">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("ReelGuide", "Title sheets", "Movies", "TV", "Help"),
    ("Exported pages set no cookies.", "Got it", "Privacy"),
    ("Exported from LibreOffice Writer", "Status", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Title sheet (HTML export)",
    "__RG_ODT__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Score",
        "producer": "Producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run Time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Opening Date",
        "studio": "Production Co.",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Replies",
        "no_reviews": "No replies yet.",
        "rail": "Also shared",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111m'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n}m"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} file opens"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} | {running(e.minutes, long)} | {date_(e.aired, long)}</p><p>Dir. by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Watch options</h2>'
        + f"<p>Rent from ${pick(rng, ('2.99', '3.99'))} · Buy from ${pick(rng, ('12.99', '17.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Author", "ReelGuide Editorial"),
            ("Template", pick(rng, ("Title Sheet.ott", "Fact Sheet.ott"))),
        ]
    )


SITE = Site(
    NAME,
    "lox",
    CHROME,
    WORDS,
    date_,
    running,
    "/ep",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("lo-western-paragraphs", "lo-writer-table", "leaders"),
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
    later="Revised",
    extra_rows=_more,
    cta="Download .odt",
    art="poster",
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
