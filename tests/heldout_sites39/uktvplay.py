# ruff: noqa: E501  (HTML templates read best on one line)
"""U (English, UK; UKTV's free streaming service, once UKTV Play): a programme page. A 16:9
backdrop; the <h1> (the meta line '1995 · 12A · 1hr 51mins · Comedy' under it on some
deploys); '12,345 plays this week' is the only counter (no votes); 'About the programme'; a
'Watch now' button; the facts in Alpine.js rows, data-e2e rows or <var>/<samp> lines:
'Director', 'Writer', 'Music', 'Producer', 'Director of Photography' (traps; the last begins
with the director's label), 'Genre', 'Country', 'Year', 'Duration: 1hr 51mins' (or '111
mins'; a series' 'per episode'), 'Guidance' (the BBFC's U/PG/12A/15/18), 'Series', 'Released:
27 Oct 1995' (or '27.10.1995') beside a later 'First shown on U' (a trap), 'Production
company', 'Channel', 'Subtitles'; 'Cast'; the trailer; a series' episodes; the ad-free add-on
in pounds (a trap); comments; 'You might also like'; a JSON-LD Movie on some pages. No tagline,
audience text, budget, box office, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites39.common import (
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
)

NAME = "uktvplay"
BBFC = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "U",
    ("Home", "Browse", "Channels", "Box sets", "Films", "My list", "Sign in"),
    (
        "We and our partners use cookies to show you ads that keep U free.",
        "Accept all",
        "Manage cookies",
    ),
    ("About U", "Help", "Accessibility", "Privacy policy", "Terms", "Advertise with UKTV"),
    "© 2026 UKTV Media Ltd. U is free with ads.",
    "__U_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Guidance",
        "seasons": "Series",
        "released": "Released",
        "studio": "Production company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About the programme",
        "details": "Programme info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Viewer comments",
        "no_reviews": "No comments yet.",
        "rail": "You might also like",
    },
)


def u_date(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27.10.1995'."""
    return (
        f"{d.day} {month(d, short=True)} {d.year}"
        if long
        else f"{d.day:02d}.{d.month:02d}.{d.year}"
    )


def duration(n: int, long: bool) -> str:
    """'1hr 51mins' or '111 mins' (an hour or less: '45 mins' either way)."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    return f"{big}hr" + (f" {small}mins" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Ep {e.number} · {duration(e.minutes, long)} · {u_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _addon(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("addon")}"><h2>Go ad-free</h2><p>UKTV Play Premium on Prime Video Channels: £{pick(rng, ("1.99", "2.99"))} a month after a 7-day free trial.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Channel", pick(rng, ("Dave", "Drama", "Alibi", "Yesterday", "W", "Gold"))),
            ("Subtitles", pick(rng, ("Yes", "English (SDH)"))),
        ]
    )


SITE = Site(
    NAME,
    "ukp",
    CHROME,
    WORDS,
    u_date,
    duration,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} plays this week",
    _episode,
    _addon,
    ("alpine", "e2e", "kv"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
        }
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.35,
    later="First shown on U",
    extra_rows=_more,
    cta="Watch now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
