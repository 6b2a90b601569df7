# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's accessibility-first relaunch (English, US), a server-rendered page built on a
plain-HTML design system (GOV.UK-Frontend-like, no client framework): a skip link, large type,
every fact a row a screen reader announces by its aria-description. A 16:9 backdrop; the
<h1> (the meta line '1995 · PG-13 · 1 hour 51 minutes · Drama' under it on some deploys);
'1,234 ratings' beside '12,345 people have this on their watchlist' (a trap); 'Plot
summary'; the facts in aria-described rows, data-cy rows or a definition list: 'Directed by',
'Written by', 'Music by', 'Produced by', 'Cinematography by' (traps), 'Genres', 'Countries',
'Year', 'Runtime: 1 hour 51 minutes' (or '111 minutes'; a series' 'per episode'), 'Rated'
(MPA G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: Friday, October 27, 1995' (or 'October
27, 1995') beside a later 'Streaming from' (a trap), 'Studios', 'Budget: $3,600,000', 'Box
office: $12,500,000', 'Audio description', 'Captions', 'Sign language'; 'IMDb'; 'Cast'; the
trailer; a series' episodes; the ReelGuide Plus plan in dollars (a trap); comments; 'More like
this'; a JSON-LD Movie on some pages. No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites38.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "reelguide_a11y"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV shows", "Search", "Accessibility settings", "Sign in"),
    ("ReelGuide uses essential cookies only. No tracking.", "OK", "Read our cookie statement"),
    ("Accessibility statement", "Help", "Contact us", "Privacy", "Terms", "Report a barrier"),
    "© 2026 ReelGuide. This page meets WCAG 2.2 AA.",
    "__REELGUIDE_A11Y__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Plot summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer (with captions)",
        "episodes": "Episodes",
        "reviews": "User reviews",
        "no_reviews": "There are no user reviews yet.",
        "rail": "More like this",
    },
)


def spoken_date(d: date, long: bool) -> str:
    """'Friday, October 27, 1995' or 'October 27, 1995'."""
    plain = f"{month(d)} {d.day}, {d.year}"
    return f"{DAYS[d.weekday()]}, {plain}" if long else plain


def spoken_runtime(n: int, long: bool) -> str:
    """'1 hour 51 minutes' ('2 hours', '45 minutes') or '111 minutes'."""
    if not long:
        return f"{n} minutes"
    h, m = divmod(n, 60)
    parts = []
    if h:
        parts.append(f"{h} hour" + ("" if h == 1 else "s"))
    if m:
        parts.append(f"{m} minute" + ("" if m == 1 else "s"))
    return " ".join(parts)


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number}. {spoken_runtime(e.minutes, long)}. First aired {spoken_date(e.aired, long)}.</p><p>Directed by {esc(e.director)}</p>"


def _plan(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plan")}"><h2>ReelGuide Plus</h2><p>Ad-free pages and audio-described trailers for ${pick(rng, ("3.99", "4.99", "5.99"))} a month, or ${pick(rng, ("39", "49"))} a year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Audio description", pick(rng, ("Available", "Not available"))),
            ("Captions", pick(rng, ("English (CC)", "English, Spanish"))),
            ("Sign language", pick(rng, ("Not available", "ASL on the trailer"))),
        ]
    )


SITE = Site(
    NAME,
    "rga",
    CHROME,
    WORDS,
    spoken_date,
    spoken_runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} people have this on their watchlist",
    _episode,
    _plan,
    ("described", "cypress", "dl"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Streaming from",
    extra_rows=_more,
    imdb_text="IMDb page",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<link rel="stylesheet" href="/rga/assets/reelguide-frontend-5.4.0.min.css"><meta name="color-scheme" content="light dark">'
SKIP_LINK = '<a class="rga-skip-link" href="#main-content">Skip to main content</a>'


def render(t: Title, ctx: Context) -> str:
    """The design system's stylesheet (no client framework), a skip link first in the body,
    and the <main> the skip link targets."""
    out = render_site(SITE, t, ctx)
    out = out.replace("</head>", STACK_HEAD + "</head>", 1).replace(
        "<body>", "<body>" + SKIP_LINK, 1
    )
    return out.replace('<main class="', '<main id="main-content" tabindex="-1" class="', 1)
