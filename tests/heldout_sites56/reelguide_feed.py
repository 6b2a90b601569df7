# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's feed item page (/feed/), one <item> of ReelGuide's 'New titles' RSS 2.0 and
Atom feeds rendered for a browser the way a feed's XSL stylesheet renders it (the item's
title, its description's fields, its category and its enclosure): a poster; the <h1> (the
meta line under it on some renders); 'Description'; a 'Subscribe' button; the facts as the
description's '<b>Label:</b> value' paragraphs, Atom-style entry fields (a label span and a
value span), or a definition list: 'Director', 'Writer', 'Composer', 'Producer',
'Cinematographer' (traps), 'Category' (the genres), 'Country', 'Year', 'Running time: 111
minutes' (or '1 hr 51 min'; a series' ' an episode'), 'Rating' (MPA), 'Seasons', 'Release:
Fri, 27 Oct 1995' (RFC 822's day, as a feed's pubDate writes it; or '1995-10-27', Atom's)
beside a later 'Item updated' date (a trap), 'Studio', 'Budget: $150,000,000' (or 'EUR
7,200,000'), 'Box office gross'; 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Rent or
buy' prices (a trap); comments; 'Also in this feed'; a JSON-LD Movie on some pages. '1,234
ratings' beside '12,345 subscribers' (a trap). The money in full, in the title's own
currency. No tagline, audience text or streaming block."""

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

NAME = "reelguide_feed"
FORM = "feed"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<link rel="alternate" type="application/rss+xml" title="ReelGuide: New titles" href="/feeds/new-titles.rss"><link rel="alternate" type="application/atom+xml" title="ReelGuide: New titles (Atom)" href="/feeds/new-titles.atom">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("All feeds", "Movies feed", "TV feed", "OPML", "Search"),
    ("Feed previews set no cookies.", "OK", "About feeds"),
    ("RSS 2.0", "Atom 1.0", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Feed generator 4.2",
    "__RG_FEED__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Category",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office gross",
    },
    {
        "about": "Description",
        "details": "Item fields",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments in this feed.",
        "rail": "Also in this feed",
    },
)


DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def date_(d: date, long: bool) -> str:
    """RFC 822's day, 'Fri, 27 Oct 1995', or Atom's '1995-10-27'."""
    return f"{DAYS[d.weekday()]}, {d.day:02d} {month(d, True)} {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} minute" + ("" if n == 1 else "s")
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} subscribers"


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
        [
            (
                "Enclosure",
                pick(
                    rng,
                    (
                        "trailer.mp4 (video/mp4, 48,213,504 bytes)",
                        "trailer.m4v (video/x-m4v, 31,002,118 bytes)",
                    ),
                ),
            ),
            ("guid", "isPermaLink=false"),
        ]
    )


SITE = Site(
    NAME,
    "rfd",
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
    ("feed-item-fields", "feed-atom-fields", "dl"),
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
    later="Item updated",
    extra_rows=_more,
    cta="Subscribe",
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
