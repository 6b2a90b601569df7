# ruff: noqa: E501  (HTML templates read best on one line)
"""The Hollywood Reporter (English, US): a trade paper's review and the credits block at its
bottom. A 16:9 still; the <h1> (the meta line under it on some deploys); 'Synopsis'; the
review's paragraph comparing the title with other films (traps); the credits as a WordPress
credits box ('<strong>Director:</strong> ...<br />', this set's), a fact line (this set's) or a
two-up fact table (this set's): 'Director', 'Screenwriter', 'Music', 'Producers', 'Director of
photography' (traps; it begins with the director's label), 'Production companies', 'Genre',
'Country', 'Year', 'Seasons', 'Release date: Friday, October 27, 1995' (or '10/27/1995') beside
a later 'Streaming' (a trap), 'Venue' (a row the record has no key for), and THR's closing line
of rating and length together, without a label: 'Rated R, 1 hour 51 minutes' (or '111 minutes';
a series' ' per episode'); 'IMDb'; 'Cast'; the trailer; a series' episodes; a subscription price
(a trap); comments; 'More from The Hollywood Reporter'; a JSON-LD Movie on some pages. '1,234
shares' is a counter (a trap). No vote count, tagline, audience text, budget, box office or
streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites47.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    review,
    weekday_date,
)

NAME = "hollywoodreporter"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "The Hollywood Reporter",
    ("Movies", "TV", "Business", "Awards", "Lifestyle", "Reviews"),
    ("We and our partners use cookies.", "I accept", "Manage choices"),
    ("About", "Contact", "Advertise", "Privacy Policy", "Terms of Use", "Subscriptions"),
    "© 2026 The Hollywood Reporter, LLC. All Rights Reserved.",
    "__PMC_THR__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Music",
        "producer": "Producers",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "",
        "rating": "",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production companies",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Full credits",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "More from The Hollywood Reporter",
    },
)


def running_time(n: int, long: bool) -> str:
    """'1 hour 51 minutes', '2 hours', '1 hour 1 minute' or '111 minutes'."""
    if not long:
        return f"{n} minutes"
    big, small = divmod(n, 60)
    parts = [f"{big} hour" + ("" if big == 1 else "s")] if big else []
    if small or not big:
        parts.append(f"{small} minute" + ("" if small == 1 else "s"))
    return " ".join(parts)


def votes(n: int) -> str:
    """Never shown: The Hollywood Reporter prints no vote count."""
    return f"{grouped(n)} votes"


def views(n: int) -> str:
    return f"{grouped(n)} shares"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {weekday_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<article class="{c("review")}"><h2>Review</h2>{review(rng, t, "minutes")}</article><aside class="{c("shop")}"><h2>Subscribe</h2><p>THR digital ${pick(rng, ("29.99", "39.99"))} a year</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Venue",
                pick(
                    rng,
                    (
                        "Sundance Film Festival (U.S. Dramatic Competition)",
                        "Toronto International Film Festival (Special Presentations)",
                        "Berlin International Film Festival (Panorama)",
                        "Tribeca Festival (Spotlight Narrative)",
                    ),
                ),
            )
        ]
    )


SITE = Site(
    NAME,
    "thr",
    CHROME,
    WORDS,
    weekday_date,
    running_time,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("credits", "factline", "paired"),
    frozenset(
        {"audience_summary", "box_office", "budget", "streaming", "tagline", "user_rating_count"}
    ),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="Streaming",
    extra_rows=_more,
    cta="",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The The Hollywood Reporter page: the shared skeleton in this site's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="thr-review">', 1)
