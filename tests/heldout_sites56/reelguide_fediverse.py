# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's fediverse note (/notes/), the title page as ReelGuide's own ActivityPub
server publishes it for Mastodon and other fediverse apps to fetch: an h-entry with its
e-content and an h-review's properties (microformats2 class names): a poster; the <h1> (the
meta line under it on some renders); 'Post'; a 'Follow @reelguide' button; the facts as
microformats property lines ('<span class="p-property-name">Label</span>: value'), the
post's own plain lines ('Label: value' lines with <br>), or stat tiles: 'Dir', 'Writer',
'Soundtrack', 'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Length: 111
min' (or '1h51m'; a series' ' per ep'), 'Rating' (MPA), 'Seasons', 'First out: Oct 27,
1995' (or '1995-10-27') beside a later 'Edited' date (a trap), 'Studio', 'Budget: $150M',
'Earnings'; 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Watch it' prices (a trap);
replies; 'Boosted by ReelGuide'; a JSON-LD Movie on some pages. '1,234 ratings' beside
'12,345 boosts' (a trap). Every budget and gross in US dollars. No tagline, audience text
or streaming block."""

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

NAME = "reelguide_fediverse"
FORM = "notes"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<link rel="alternate" type="application/activity+json" href="{url}.json"><link rel="me" href="https://www.reelguide.example/@reelguide">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Local", "Federated", "Explore", "Profile"),
    ("This server uses only session cookies.", "OK", "Server rules"),
    ("About this server", "Code of conduct", "Privacy", "Get the app"),
    "© 2026 ReelGuide, Inc. · reelguide.example",
    "__RG_NOTES__",
)
WORDS = Words(
    {
        "director": "Dir",
        "writer": "Writer",
        "music": "Soundtrack",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "First out",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Earnings",
    },
    {
        "about": "Post",
        "details": "Facts",
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
    return f"{grouped(n)} boosts"


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
    return plain_rows(
        [
            ("Visibility", pick(rng, ("Public", "Unlisted"))),
            ("Content warning", pick(rng, ("none", "violence", "flashing lights"))),
        ]
    )


SITE = Site(
    NAME,
    "rfv",
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
    ("mf2-properties", "fedi-post-lines", "stats"),
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
    later="Edited",
    extra_rows=_more,
    cta="Follow @reelguide",
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
