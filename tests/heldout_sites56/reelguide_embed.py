# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's embed card (/embed/), the page a publisher's <iframe> loads when it pastes a
ReelGuide link that its CMS resolves through ReelGuide's oEmbed endpoint (a rich-type oEmbed
response whose html is this iframe): a backdrop; the <h1> (the meta line under it on some
loads); 'Plot'; an 'Open in ReelGuide' button; the facts as card rows (a key span and a value
span), the blockquote fallback the embed script upgrades ('<cite>Label</cite> value' lines),
or stat tiles: 'Dir.', 'Written by', 'Composer', 'Prod.', 'DP' (traps), 'Genre', 'Country',
'Year', 'Length: 1h 51m' (or '111 min'; a series' ' per ep.'), 'Rated' (MPA), 'Seasons',
'Out: Oct 27, 1995' (or '10/27/1995') beside a later 'Embed updated' date (a trap), 'Studio',
'Budget: $150M' (or '$1.2B'), 'Gross'; 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Rent
or buy' prices (a trap); comments; 'More on ReelGuide'; a JSON-LD Movie on some loads. '1,234
ratings' beside '12,345 embed views' (a trap). Every budget and gross in US dollars. No
tagline, audience text or streaming block."""

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

NAME = "reelguide_embed"
FORM = "embed"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<link rel="alternate" type="application/json+oembed" href="https://www.reelguide.example/oembed?url={url}&amp;format=json" title="ReelGuide oEmbed"><meta name="robots" content="noindex">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("ReelGuide", "Open", "Share", "Report"),
    ("This embed sets no cookies until you press play.", "OK", "Privacy"),
    ("Embedded from ReelGuide", "oEmbed", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Embed v2",
    "__RG_EMBED__",
)
WORDS = Words(
    {
        "director": "Dir.",
        "writer": "Written by",
        "music": "Composer",
        "producer": "Prod.",
        "camera": "DP",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Out",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Plot",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More on ReelGuide",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1h 51m' (or '45m' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} embed views"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Rent or buy</h2>'
        + f"<p>Rent ${pick(rng, ('3.99', '4.99', '5.99'))} · Buy ${pick(rng, ('9.99', '14.99', '19.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Embed size", pick(rng, ("560 × 315", "640 × 360"))),
            ("Language", pick(rng, ("English", "English, Spanish"))),
        ]
    )


SITE = Site(
    NAME,
    "rem",
    CHROME,
    WORDS,
    date_,
    running,
    " per ep.",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("embed-card-rows", "embed-fallback-quote", "stats"),
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
    later="Embed updated",
    extra_rows=_more,
    cta="Open in ReelGuide",
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
