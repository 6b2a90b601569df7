# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's link preview page (/share/), the page that shows how a ReelGuide link unfurls
in a chat app, the way Slack lays a message attachment's fields and Discord an embed's inline
fields: a poster; the <h1> (the meta line under it on some previews); 'Summary'; a 'Copy
link' button; the facts as Slack attachment fields (a field title over a field value),
Discord embed fields (a field name over a field value), or leader lines: 'Director',
'Writer', 'Score', 'Producer', 'Camera' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1h
51m' (or '111m'; a series' '/ep'), 'Rated' (MPA), 'Seasons', 'Release Date: Oct 27, 1995'
(or '1995-10-27') beside a later 'Shared on' date (a trap), 'Studio', 'Budget: $150M',
'Box Office'; 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Watch options' prices (a
trap); comments; 'Also shared'; a JSON-LD Movie on some pages. '1,234 ratings' beside
'12,345 clicks' (a trap). Every budget and gross in US dollars. No tagline, audience text or
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

NAME = "reelguide_unfurl"
FORM = "share"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<meta property="og:site_name" content="ReelGuide"><meta property="og:type" content="video.movie"><meta property="og:url" content="{url}"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@reelguide">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("ReelGuide", "Preview", "Slack", "Discord", "Help"),
    ("Link previews use no tracking cookies.", "Got it", "Privacy"),
    ("Unfurl docs", "Status", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Link previews",
    "__RG_UNFURL__",
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
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Summary",
        "details": "Fields",
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
    return f"{grouped(n)} clicks"


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
            ("Site", "ReelGuide"),
            ("Shared by", pick(rng, ("@moviebuff", "@filmclub", "@weekendwatch"))),
        ]
    )


SITE = Site(
    NAME,
    "ruf",
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
    ("slack-fields", "discord-embed-fields", "leaders"),
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
    later="Shared on",
    extra_rows=_more,
    cta="Copy link",
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
