# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's Apple News-style article (/news/), its title page as an Apple News Format
document rendered to the web (components with roles: title, heading, body, caption, a data
table): a backdrop; the <h1> (the meta line under it on some renders); 'The story'; a 'Follow
ReelGuide' button; the facts as heading3/body component pairs, an ANF datatable (header and
cell), or CSS-captioned lines: 'Directed by', 'Written by', 'Music by', 'Produced by',
'Cinematography by' (traps), 'Genre', 'Country', 'Year', 'Run time: 1 hour 51 minutes' (or
'111 min'; a series' ' per episode'), 'Rated' (MPA), 'Seasons', 'In theaters: Oct. 27, 1995'
(AP style; or '10/27/1995') beside a later 'On streaming' date (a trap), 'Studio',
'Production budget: $150 million' (or '$1.2 billion'), 'Box office'; 'IMDb'; 'Cast'; the
trailer; a series' episodes; 'Subscriber offer' prices (a trap); comments; 'More from
ReelGuide'; a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 readers' (a trap).
Every budget and gross in US dollars. No tagline, audience text or streaming block."""

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_form,
)

NAME = "reelguide_applenews"
FORM = "news"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<meta property="article:publisher" content="ReelGuide"><meta name="generator" content="ReelGuide ANF renderer">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Today", "News+", "Sports", "Audio", "Following"),
    ("ReelGuide uses cookies to measure reading.", "Accept", "Learn more"),
    ("Channel: ReelGuide", "Contact", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Published with Apple News Format",
    "__RG_ANF__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "In theaters",
        "studio": "Studio",
        "budget": "Production budget",
        "box_office": "Box office",
    },
    {
        "about": "The story",
        "details": "At a glance",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reader comments",
        "no_reviews": "No comments yet.",
        "rail": "More from ReelGuide",
    },
)


AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


def date_(d: date, long: bool) -> str:
    """AP style, 'Oct. 27, 1995' or 'March 3, 1995', or '10/27/1995'."""
    return (
        f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"
        if long
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def running(n: int, long: bool) -> str:
    """'1 hour 51 minutes', '2 hours', '45 minutes', or '111 min'."""
    if not long:
        return f"{n} min"
    big, small = divmod(n, 60)
    parts = [f"{big} hour" + ("" if big == 1 else "s")] if big else []
    if small or not big:
        parts.append(f"{small} minute" + ("" if small == 1 else "s"))
    return " ".join(parts)


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} readers"


def money(m: Money) -> str:
    """'$150 million', '$1.2 billion', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} — {running(e.minutes, long)} — {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Subscriber offer</h2>'
        + f"<p>ReelGuide+ ${pick(rng, ('4.99', '6.99'))}/month · ${pick(rng, ('49.99', '59.99'))}/year</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [("Language", pick(rng, ("English", "English, French"))), ("Channel", "ReelGuide")]
    )


SITE = Site(
    NAME,
    "ran",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("anf-body-components", "anf-datatable", "caption"),
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
    later="On streaming",
    extra_rows=_more,
    cta="Follow ReelGuide",
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
