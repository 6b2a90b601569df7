# ruff: noqa: E501  (HTML templates read best on one line)
"""Gravemoss (an invented name: a horror streaming service, US, en-US) and its title page: a
backdrop; the <h1> (the meta line under it on some deploys); 'The Story'; a 'Watch If You Dare'
button; the facts as tags (a key span and a value span), dossier entries (an <h3> label, also
the article's aria-label, over the value) or stat tiles: 'Directed by', 'Written by', 'Score',
'Producer', 'Cinematographer' (traps), 'Subgenres' for the genres, 'Country', 'Year', 'Length:
1 hr 51 mins' (or '111 mins'; a series' ' / ep'), 'Rated' (MPA) with a 'Content warnings' row,
'Seasons', 'Release Date: Oct 27, 1995' (or '10/27/1995') beside a later 'Unearthed on
Gravemoss' date (a trap), 'Studio', 'Gore level' and 'Jump scares' (no record key); 'The
Victims' (the cast); the trailer; a series' episodes; 'Enter the Crypt' (a season picker, audio
and subtitle languages, a leaving notice, the plans' prices; a trap); comments; 'If You Dare';
a JSON-LD on some deploys; the tagline. '1,234 fan ratings' beside '12,345 dared to watch' (a
trap). No audience text, money, IMDb link or where-to-watch block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites61.common import (
    Chrome,
    Classes,
    Site,
    Words,
    advice,
    ages,
    fit_rng,
    hide,
    hm,
    no_characters,
    panel,
    plain_rows,
    rated,
    render_site,
    short_date,
)

NAME = "gravemoss"
BRAND = "Gravemoss"
TIERS = ("G", "PG", "PG-13", "R", "NC-17")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-US",
    BRAND,
    ("Fresh Graves", "Slashers", "Folk Horror", "Creature Features", "Join the Crypt"),
    ("Gravemoss uses cookies. Some of them are scary.", "Let them in", "Manage"),
    ("Help", "Gift the Crypt", "Accessibility", "Terms of Service", "Privacy"),
    "© 2026 Gravemoss Entertainment LLC",
    "__GRAVEMOSS_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Score",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Subgenres",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "The Story",
        "details": "Autopsy Report",
        "cast": "The Victims",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Screams from the Crypt",
        "no_reviews": "Nobody has screamed yet.",
        "rail": "If You Dare",
    },
)
PLANS = (
    ("Monthly", "$6.99/mo"),
    ("Yearly", "$69.99/yr"),
)
NOTICES = (
    "Leaving the Crypt {md}",
    "Buried forever on {mdy}",
)
DESCRIPTORS = "Content warnings"


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return short_date(d, long)


def running(n: int, long: bool) -> str:
    """'1 hr 51 mins' or '111 mins'."""
    return f"{n} mins" if not long or n < 60 else hm(n, True, " hr", " mins")


def votes(n: int) -> str:
    return f"{grouped(n)} fan rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} dared to watch"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep. {e.number} — {running(e.minutes, long)} — {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return panel(
        t,
        c,
        rng,
        "Enter the Crypt",
        PLANS,
        "Season",
        "Audio",
        "Subtitles",
        NOTICES,
        "Try 7 days free",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the rating's descriptors beside it, and the service's own."""
    rows = []
    if t is None or t.rating:
        rows.append((DESCRIPTORS, advice(TIERS, t.rating if t else None, rng)))
    rows += [
        ("Gore level", "4 of 5 skulls"),
        ("Jump scares", "Several"),
    ]
    return plain_rows(rows)


SITE = Site(
    NAME,
    "gvm",
    CHROME,
    WORDS,
    date_,
    running,
    " / ep",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("gravemoss-tags", "gravemoss-dossier", "stats"),
    frozenset(
        {
            "audience_summary",
            "streaming",
            "budget",
            "box_office",
            "imdb_id",
        }
    ),
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
    later="Unearthed on Gravemoss",
    extra_rows=_more,
    cta="Watch If You Dare",
    art="backdrop",
    crumbs="",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
