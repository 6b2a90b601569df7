# ruff: noqa: E501  (HTML templates read best on one line)
"""Quaystream (an invented name: a British subscription service with an ad-supported tier, UK, en-
GB) and its title page: a backdrop; the <h1> (the meta line under it on some deploys);
'Synopsis'; a 'Watch now' button; the facts as programme information items (a label span and a
value span), spec lines (a name span, then the data) or a definition list: 'Director',
'Writer', 'Composer', 'Executive producer', 'Director of photography' (traps; the last begins
with the director's word), 'Genre', 'Country', 'Year', 'Duration: 1hr 51mins' (or '111 mins'; a
series' ' an episode'), 'Certificate' (BBFC U/PG/12/15/18) with a 'Guidance' row, 'Series' for
the seasons, 'First shown: 27 October 1995' (or '27/10/1995') beside a later 'Available until'
date (a trap), 'Production company', 'Audio description' and 'Signed' (no record key); 'Cast';
the trailer; a series' episodes; 'Ways to watch' (a series picker, audio and subtitle
languages, a leaving notice, the plans' prices in pounds; a trap); viewer reviews; 'Because you
watched'; a JSON-LD on some deploys. '1,234 viewer ratings' beside '12,345 watching now' (a
trap). No tagline, audience text, money, IMDb link or where-to-watch block."""

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
    uk_date,
)

NAME = "quaystream"
BRAND = "Quaystream"
TIERS = ("U", "PG", "12", "15", "18")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-GB",
    BRAND,
    ("Home", "TV", "Films", "Boxsets", "Sign in"),
    (
        "We and our partners use cookies to personalise ads on Basic with Ads.",
        "Accept all",
        "Reject all",
    ),
    ("Help", "Accessibility", "Contact us", "Terms of use", "Privacy and cookies"),
    "© 2026 Quaystream Ltd · Registered in England and Wales",
    "__QUAYSTREAM_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Executive producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Certificate",
        "seasons": "Series",
        "released": "First shown",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Programme information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Viewer reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Because you watched",
    },
)
PLANS = (
    ("Basic with Ads", "£5.99 a month"),
    ("Standard", "£10.99 a month"),
    ("Premium", "£14.99 a month"),
)
NOTICES = (
    "Leaving Quaystream {md}",
    "Available to watch until {mdy}",
)
DESCRIPTORS = "Guidance"


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return uk_date(d, long)


def running(n: int, long: bool) -> str:
    """'1hr 51mins' or '111 mins'."""
    return f"{n} mins" if not long else hm(n, True, "hr", "mins")


def votes(n: int) -> str:
    return f"{grouped(n)} viewer rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} watching now"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} · {running(e.minutes, long)} · first shown {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return panel(
        t,
        c,
        rng,
        "Ways to watch",
        PLANS,
        "Series",
        "Audio",
        "Subtitles",
        NOTICES,
        "Join Quaystream",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the rating's descriptors beside it, and the service's own."""
    rows = []
    if t is None or t.rating:
        rows.append((DESCRIPTORS, advice(TIERS, t.rating if t else None, rng)))
    rows += [
        ("Audio description", "Available"),
        ("Signed", "Not available"),
    ]
    return plain_rows(rows)


SITE = Site(
    NAME,
    "qys",
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
    ("quaystream-programme-info", "quaystream-spec-lines", "dl"),
    frozenset(
        {
            "audience_summary",
            "streaming",
            "tagline",
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
    later="Available until",
    extra_rows=_more,
    cta="Watch now",
    art="backdrop",
    crumbs="",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
