# ruff: noqa: E501  (HTML templates read best on one line)
"""Nitrate House (an invented name: a classic-film subscription service, US, en-US) and its title
page: a poster; a breadcrumb; the <h1> (the meta line under it on some deploys); 'Program
Note'; a 'Watch Film' button; the facts as credit lines (a role span, then the names), an index
card's table (a 'Label.' cell closed by a full stop, then the entry) or dot leaders:
'Director', 'Screenplay', 'Original Music', 'Producer', 'Cinematography' (traps), 'Genre',
'Country', 'Year', 'Running time: 1 hour 51 minutes' (or '111 minutes'; a series' ' per
episode'), 'Rated' (MPA) with a 'Content advisory' row, 'Seasons', 'Released: Oct. 27, 1995'
(AP style, or '10/27/1995') beside a later 'Restoration added' date (a trap), 'Studio', 'Color'
and 'Aspect ratio' (no record key); 'IMDb'; 'Players'; the trailer; a series' episodes;
'Membership' (a season picker, soundtrack and caption languages, a 'Leaving the Vault' notice,
the membership prices; a trap); members' notes; 'From the Same Era'; a JSON-LD on some deploys.
No votes ('12,345 members watched this month' is a trap), tagline, audience text, money or
where-to-watch block."""

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
    ap_date,
    fit_rng,
    hide,
    no_characters,
    panel,
    plain_rows,
    rated,
    render_site,
    words_hm,
)

NAME = "nitratehouse"
BRAND = "Nitrate House"
TIERS = ("G", "PG", "PG-13", "R", "NC-17")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-US",
    BRAND,
    ("Films", "Collections", "Directors", "The Vault", "Join"),
    ("Nitrate House uses cookies to keep you signed in.", "Accept", "Settings"),
    ("About the Vault", "Restoration notes", "Gift a membership", "Terms", "Privacy"),
    "© 2026 Nitrate House Film Society",
    "__NITRATE_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Original Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Program Note",
        "details": "Credits &amp; Facts",
        "cast": "Players",
        "trailer": "Original Trailer",
        "episodes": "Episodes",
        "reviews": "Members' Notes",
        "no_reviews": "No notes yet.",
        "rail": "From the Same Era",
    },
)
PLANS = (
    ("Monthly", "$5.99 a month"),
    ("Annual", "$59.99 a year"),
    ("Patron", "$120 a year"),
)
NOTICES = (
    "Leaving the Vault {md}",
    "Available through {mdy}",
)
DESCRIPTORS = "Content advisory"


def date_(d: date, long: bool) -> str:
    """'Oct. 27, 1995' or '10/27/1995'."""
    return ap_date(d, long)


def running(n: int, long: bool) -> str:
    """'1 hour 51 minutes' or '111 minutes'."""
    return words_hm(n) if long else f"{n} minutes"


def votes(n: int) -> str:
    return f"{grouped(n)} ratings"


def views(n: int) -> str:
    return f"{grouped(n)} members watched this month"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} ({running(e.minutes, long)}), first broadcast {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return panel(
        t,
        c,
        rng,
        "Membership",
        PLANS,
        "Season",
        "Soundtrack",
        "Captions",
        NOTICES,
        "Become a member",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the rating's descriptors beside it, and the service's own."""
    rows = []
    if t is None or t.rating:
        rows.append((DESCRIPTORS, advice(TIERS, t.rating if t else None, rng)))
    rows += [
        ("Color", "Black and white"),
        ("Aspect ratio", "1.37:1"),
    ]
    return plain_rows(rows)


SITE = Site(
    NAME,
    "nth",
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
    ("nitratehouse-credit-lines", "nitratehouse-index-card", "leaders"),
    frozenset(
        {
            "audience_summary",
            "streaming",
            "tagline",
            "budget",
            "box_office",
            "user_rating_count",
        }
    ),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
    ),
    0.4,
    later="Restoration added",
    extra_rows=_more,
    cta="Watch Film",
    art="poster",
    crumbs="Films",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
