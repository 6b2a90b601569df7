# ruff: noqa: E501  (HTML templates read best on one line)
"""Southern Cross Cinemas (an invented Australian chain, en-AU) and its movie page: a poster;
the <h1> (the meta line under it on some deploys); 'Synopsis'; a 'Buy tickets' button; the
facts as movie attributes (a 'Heading:' span and a content span), spec groups (an <h5> title
over a body) or a table: 'Director', 'Writers', 'Composer', 'Producers', 'Director of
photography' (traps), 'Genre', 'Country', 'Year', 'Running time: 111 mins' (or '1h 51m'; a
series' ' per episode'), 'Classification' (the ACB's G/PG/M/MA15+/R18+) with its own
'Consumer advice' row, 'Seasons', 'Release date: 27 October 1995' (or '27/10/1995') beside a
later 'Opens' date at the cinema (a trap), 'Studio', 'Budget: A$5,400,000' (or
'US$150,000,000'), 'Box office' (the title's money in Australian or US dollars, in full,
never a bare '$'), 'Session types' (no record key); 'Cast'; the trailer; a series' episodes;
'Sessions' (Vmax, Gold Class, 3D and 4DX sessions, prices in Australian dollars with a '$'
and a booking fee; a trap); comments; 'Now showing'; a JSON-LD Movie on some deploys. No votes
('12,345 on watchlists' is a trap), IMDb link, tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites57.common import (
    Chrome,
    Classes,
    Site,
    Words,
    advice,
    ages,
    fit_rng,
    hide,
    localize_money,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    showtimes,
)

NAME = "southcross"
TIERS = ("G", "PG", "M", "MA15+", "R18+")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-AU",
    "Southern Cross Cinemas",
    ("Movies", "Cinemas", "Gold Class", "Food & drinks", "Rewards"),
    (
        "We use cookies to improve your experience and save your favourite cinema.",
        "OK",
        "Privacy policy",
    ),
    ("Gift shop", "Group bookings", "Careers", "Terms & conditions"),
    "© 2026 Southern Cross Cinemas Pty Ltd · ABN 00 000 000 000",
    "__SCC_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Movie details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Now showing",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return f"{d.day} {month(d)} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m' (or '45m' under an hour)."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} mins" if long else f"{n}m"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} ratings"


def views(n: int) -> str:
    return f"{grouped(n)} on watchlists"


def money(m: Money) -> str:
    """'A$5,400,000' or 'US$150,000,000': in full, the dollar always named."""
    sign = {"AUD": "A$", "USD": "US$"}[m.currency]
    return sign + grouped(m.amount)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} – {running(e.minutes, long)} – {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    adult = pick(rng, ("22.50", "24.00", "25.50"))
    return showtimes(
        c,
        rng,
        "Sessions",
        [
            ("Adult", f"${adult}"),
            ("Child", f"${pick(rng, ('16.50', '17.00'))}"),
            ("Gold Class", f"${pick(rng, ('49.00', '52.00', '55.00'))}"),
        ],
        f"Online booking fee ${pick(rng, ('1.50', '1.95', '2.25'))} per ticket (waived for Rewards Plus).",
        ("Standard", "Vmax", "Gold Class", "3D", "4DX", "Kids' session"),
        ("Today", "Tomorrow", "Sat 12 Dec", "Sun 13 Dec"),
        "Select session",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the board's advice beside the classification, the
    session types."""
    rows = []
    if t is None or t.rating:
        rows.append(("Consumer advice", advice(TIERS, t.rating if t else None, rng)))
    rows.append(
        ("Session types", pick(rng, ("Standard, Vmax", "Standard, 3D, 4DX", "Gold Class, Vmax")))
    )
    return plain_rows(rows)


SITE = Site(
    NAME,
    "scc",
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
    ("southcross-attrs", "southcross-spec-groups", "table"),
    frozenset({"audience_summary", "streaming", "tagline", "imdb_id", "user_rating_count"}),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Opens",
    extra_rows=_more,
    cta="Buy tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "AUD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
