"""Puddlejump (an invented name: a kids' streaming service, US, en-US) and its title page: a
poster; the <h1> (the meta line under it on some deploys); 'What's it about?'; a 'Play!'
button; the facts as bubbles (a label span and a value span), a grown-ups panel's rows
('Label:' then the value) or CSS captions: 'Director', 'Writer', 'Songs by', 'Producer',
'Animation Director' (traps; the last ends with the director's word), 'Genre', 'Country',
'Year', 'Length: 1 hr 51 min' (or '111 min'; a series' ' each'), 'Age rating' (TV-Y..TV-14)
with a 'Parents should know' row, 'Seasons', 'Premiere date: October 27, 1995' (or
'10/27/1995') beside a later 'New on Puddlejump' date (a trap), 'Studio', 'Good for ages' and
'Learning' (no record key); 'Voices &amp; Characters'; the trailer; a series' episodes; 'Family
plan' (a season picker, audio and subtitle languages, a leaving notice, the family plan's
prices; a trap); parent reviews; 'Kids also watched'; a JSON-LD on some deploys. No votes
('12,345 kids loved this' is a trap), tagline, audience text, money, IMDb link or where-to-
watch block."""

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
    us_date,
)

NAME = "puddlejump"
BRAND = "Puddlejump"
TIERS = ("TV-Y", "TV-Y7", "TV-G", "TV-PG", "TV-14")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-US",
    BRAND,
    ("Shows", "Movies", "Songs", "Games", "Grown-ups"),
    (
        "Grown-ups: we use cookies to keep profiles and parental controls working.",
        "OK",
        "Parent settings",
    ),
    ("Parents' guide", "Safety", "Help", "Terms", "Children's privacy"),
    "© 2026 Puddlejump Kids Media, Inc.",
    "__PUDDLEJUMP_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Songs by",
        "producer": "Producer",
        "camera": "Animation Director",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "Premiere date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "What's it about?",
        "details": "For grown-ups",
        "cast": "Voices &amp; Characters",
        "trailer": "Sneak peek",
        "episodes": "Pick an episode",
        "reviews": "Parent reviews",
        "no_reviews": "No parent reviews yet.",
        "rail": "Kids also watched",
    },
)
PLANS = (
    ("Puddlejump Family", "$5.99/month"),
    ("Puddlejump Family, yearly", "$49.99/year"),
)
NOTICES = (
    "Splashing off Puddlejump {md}",
    "Leaving Puddlejump on {mdy}",
)
DESCRIPTORS = "Parents should know"


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return us_date(d, long)


def running(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    return f"{n} min" if not long or n < 60 else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return f"{grouped(n)} ratings"


def views(n: int) -> str:
    return f"{grouped(n)} kids loved this"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return (
        f"<p>Episode {e.number} · {running(e.minutes, long)}</p><p>Director: {esc(e.director)}</p>"
    )


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return panel(
        t,
        c,
        rng,
        "Family plan",
        PLANS,
        "Season",
        "Audio",
        "Subtitles",
        NOTICES,
        "Start your free week",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the rating's descriptors beside it, and the service's own."""
    rows = []
    if t is None or t.rating:
        rows.append((DESCRIPTORS, advice(TIERS, t.rating if t else None, rng)))
    rows += [
        ("Good for ages", "4 and up"),
        ("Learning", "Friendship, feelings"),
    ]
    return plain_rows(rows)


SITE = Site(
    NAME,
    "pdj",
    CHROME,
    WORDS,
    date_,
    running,
    " each",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("puddlejump-bubbles", "puddlejump-grownups", "caption"),
    frozenset(
        {
            "audience_summary",
            "streaming",
            "tagline",
            "budget",
            "box_office",
            "imdb_id",
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
    later="New on Puddlejump",
    extra_rows=_more,
    cta="Play!",
    art="poster",
    crumbs="",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
