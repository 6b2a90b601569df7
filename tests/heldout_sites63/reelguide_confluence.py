# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's title page exported from its Atlassian Confluence wiki (/kb/): ajs- meta, a Page
Properties table (confluenceTh / confluenceTd), or an info macro of '<strong>Label:</strong>
value' paragraphs, or dot leaders, under the site's chrome: a poster; the <h1> (the meta line
under it on some pages); 'Synopsis'; 'Director', 'Screenplay', 'Composer', 'Producer',
'Photography' (traps), 'Genre', 'Country', 'Year', 'Running Time: 111 minutes' (or '1 h 51
min'; a series' ' an episode'), 'MPA Rating', 'Seasons', 'Release Date: October 27, 1995' (or
'1995-10-27') beside a later 'Last updated' date (a trap), 'Production Company', 'Budget:
$150,000,000' (or 'EUR 7,200,000'), 'Gross (worldwide)'; 'IMDb'; 'Cast'; the trailer; a
series' episodes; 'Licensing' prices (a trap); comments; a rail; a JSON-LD Movie on some
pages. '1,234 ratings' beside '12,345 page views' (a trap). The money in full, in the title's
own currency. No tagline, audience text or streaming block."""

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

NAME = "reelguide_confluence"
FORM = "kb"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<meta name="ajs-page-id" content="48562311"><meta name="ajs-space-key" content="TITLES"><meta name="confluence-request-time" content="1772445295120">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Spaces", "People", "Create", "Titles space", "Search"),
    ("Confluence uses cookies for your session.", "OK", "Details"),
    ("Powered by Atlassian Confluence", "Report a bug", "Privacy", "Atlassian News"),
    "© 2026 ReelGuide, Inc. · Titles space",
    "__RG_KB__",
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
        "runtime": "Running Time",
        "rating": "MPA Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Company",
        "budget": "Budget",
        "box_office": "Gross (worldwide)",
    },
    {
        "about": "Synopsis",
        "details": "Page properties",
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
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} page views"


def money(m: Money) -> str:
    """'$150,000,000' or 'EUR 7,200,000': the amount in full."""
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}.{e.number} — {running(e.minutes, long)} — {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Licensing</h2>'
        + f"<p>Clip license ${pick(rng, ('49.00', '79.00'))} · Still pack ${pick(rng, ('19.95', '24.95'))} · Poster print ${pick(rng, ('34.95', '39.95'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Page owner", pick(rng, ("Title desk", "Data team"))),
            ("Labels", pick(rng, ("title-page", "title-page, reviewed"))),
        ]
    )


SITE = Site(
    NAME,
    "cfl",
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
    ("confluence-table", "confluence-info-macro", "leaders"),
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
    later="Last updated",
    extra_rows=_more,
    cta="Watch this page",
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
