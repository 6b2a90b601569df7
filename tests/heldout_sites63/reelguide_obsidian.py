# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's title note on Obsidian Publish (/publish/), the nearest angle to a Notion public
page that no set took (the fiftieth set already published ReelGuide as a Notion page): the
note's properties (metadata-property rows with lowercase keys), an info callout of
'**key**: value' lines, or stat tiles, under the site's chrome: a poster; the <h1> (the meta
line under it on some pages); 'Summary'; 'director', 'writer', 'composer', 'producer',
'cinematographer' (traps), 'genre', 'country', 'year', 'runtime: 111 min' (or '1h51m'; a
series' ' per ep'), 'rating' (MPA), 'seasons', 'released: Oct 27, 1995' (or '1995-10-27')
beside a later 'modified' date (a trap), 'studio', 'budget: $150M', 'box office'; 'IMDb';
'Cast'; the trailer; a series' episodes; 'Watch it' prices (a trap); comments; a rail; a
JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 backlinks' (a trap). Every budget
and gross in US dollars. No tagline, audience text or streaming block."""

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

NAME = "reelguide_obsidian"
FORM = "publish"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<link rel="stylesheet" href="https://publish.obsidian.md/app.css"><meta name="description" content="ReelGuide notes">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("ReelGuide", "Graph view", "Movies", "TV", "Search"),
    ("This site uses only session cookies.", "OK", "Privacy"),
    ("Powered by Obsidian Publish", "Contact", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · notes.reelguide.example",
    "__RG_PUBLISH__",
)
WORDS = Words(
    {
        "director": "director",
        "writer": "writer",
        "music": "composer",
        "producer": "producer",
        "camera": "cinematographer",
        "genre": "genre",
        "country": "country",
        "year": "year",
        "runtime": "runtime",
        "rating": "rating",
        "seasons": "seasons",
        "released": "released",
        "studio": "studio",
        "budget": "budget",
        "box_office": "box office",
    },
    {
        "about": "Summary",
        "details": "Properties",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Replies",
        "no_reviews": "No replies yet.",
        "rail": "Boosted by ReelGuide",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 min' or '1h51m'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min"
    return f"{big}h" + (f"{small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} backlinks"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>#{e.number} s{e.season} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>dir. by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Watch it</h2>'
        + f"<p>Rent ${pick(rng, ('3.99', '4.99'))} · Own ${pick(rng, ('12.99', '14.99', '19.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows([("status", pick(rng, ("seen", "queued"))), ("cssclasses", "wide-page")])


SITE = Site(
    NAME,
    "obs",
    CHROME,
    WORDS,
    date_,
    running,
    " per ep",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("obsidian-properties", "obsidian-callout", "stats"),
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
    later="modified",
    extra_rows=_more,
    cta="Open in graph view",
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
