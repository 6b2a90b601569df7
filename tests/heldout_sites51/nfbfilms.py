# ruff: noqa: E501  (HTML templates read best on one line)
"""NFB.ca (English, Canada): the National Film Board of Canada's free streaming library, a
film or series page. A poster; the <h1> (the meta line under it on some deploys); 'Synopsis';
a 'Watch the film' button; the facts as NFB credit groups (a role heading over the names) or
its spec list (term and detail spans), or a table: 'Directed by', 'Script', 'Music by',
'Produced by', 'Cinematography by' (traps), 'Genre', 'Country', 'Year', 'Running time: 1 h
51 min' (or '111 min'; a series' ' per episode'), 'Rating' (Canadian Home Video:
G/PG/14A/18A/R), 'Seasons', 'Release date: 27 October 1995' (or '1995-10-27', Canada's
all-numeric date) beside a later 'Online since' (a trap), 'Production company', 'Budget',
'Box office', 'Language', 'Educational use' (rows the record has no key for); 'IMDb'; 'Cast';
the trailer; a series' episodes; the NFB Education licence and a home DVD (CA$ prices, a
trap); comments; 'You might also like'; a JSON-LD Movie on some pages. '12,345 views' (a
trap); no votes, tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites51.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    iso_or_dmy,
    money_with,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "nfbfilms"
CHVRS = ages("G", "PG", "14A", "18A", "R")
CHROME = Chrome(
    "en-CA",
    "NFB",
    ("Films", "Series", "Channels", "Education", "Interactive", "Français"),
    ("We use cookies to improve your experience on nfb.ca.", "Accept", "Refuse"),
    ("About the NFB", "Accessibility", "Privacy", "Terms of use", "Contact us"),
    "© 2026 National Film Board of Canada",
    "__NFB_APP__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Script",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Credits and details",
        "cast": "With",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments",
        "rail": "You might also like",
    },
)
SYSTEM = "National Film Board of Canada"


def running(n: int, long: bool) -> str:
    """'1 h 51 min' (the NFB's spaced form) or '111 min'."""
    return hm(n, True, " h", " min") if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Episode {e.number} · {running(e.minutes, long)} · {iso_or_dmy(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Buy or license</h2><p>Home DVD CA${pick(rng, ("24.99", "19.95"))} · Educational licence CA${pick(rng, ("29.95", "49.95"))} · Digital download CA$9.99</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Language",
                pick(rng, ("English", "English, French", "Inuktitut with English subtitles")),
            ),
            ("Educational use", pick(rng, ("Grades 9-12", "Post-secondary", "Grades 7-12"))),
        ]
    )


SITE = Site(
    NAME,
    "nfb",
    CHROME,
    WORDS,
    iso_or_dmy,
    running,
    " per episode",
    votes,
    money_with({"CAD": "CA$", "USD": "US$", "GBP": "£", "EUR": "€"}),
    views,
    _episode,
    _shop,
    ("nfb-credits", "nfb-specs", "table"),
    frozenset({"tagline", "audience_summary", "streaming", "user_rating_count"}),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Online since",
    extra_rows=_more,
    cta="Watch the film",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CHVRS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
