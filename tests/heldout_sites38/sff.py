# ruff: noqa: E501  (HTML templates read best on one line)
"""Sydney Film Festival (English, Australia): the festival programme's film page. A 16:9
still; a breadcrumb ('Program', the genre, the title); the <h1> (the meta line '1995 ·
MA15+ · 111 mins · Drama' under it on some deploys); '1,234 audience votes' (the Audience
Award ballot) beside '12,345 added to My Festival' (a trap); 'Synopsis'; a 'Buy tickets'
button; the facts in data-cy rows, aria-described rows or tooltip labels: 'Director',
'Screenwriter', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country',
'Year', 'Runtime: 111 mins' (or '1h 51m'; a series' 'per episode'), 'Classification' (the
ACB's G/PG/M/MA15+/R18+), 'Seasons', 'Release date: 27 October 1995' (or '27/10/1995') beside a
later 'In cinemas from' (a trap), 'Production company', 'Language', 'Program strand',
'Premiere status'; 'Cast'; the trailer; a series' episodes; sessions and ticket prices in
Australian dollars with the Flexipass (a trap); comments; 'You may also like'; a JSON-LD Movie
on some pages. No tagline, audience text, budget, box office, IMDb link or streaming block."""

from __future__ import annotations

import random

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
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    uk_date,
    votes_in,
)

NAME = "sff"
ACB = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "Sydney Film Festival",
    ("Program", "Tickets & Passes", "Venues", "Competition", "Industry", "Members", "Donate"),
    ("We use cookies to give you the best festival experience.", "Accept", "Preferences"),
    ("About SFF", "Accessibility", "Contact", "Partners", "Privacy policy", "Terms and conditions"),
    "Sydney Film Festival acknowledges the Gadigal of the Eora Nation. © 2026 Sydney Film Festival.",
    "__SFF_PROGRAM__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Film details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Audience comments",
        "no_reviews": "No comments yet.",
        "rail": "You may also like",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m'."""
    return f"{n} mins" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("audience vote", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (season {e.season}) · {runtime(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    venue = pick(
        rng, ("State Theatre", "Event Cinemas George Street", "Palace Central", "Ritz Cinemas")
    )
    return f'<aside class="{c("sessions")}"><h2>Sessions</h2><p>{venue} · Fri 12 June 6:15pm · Sun 14 June 1:30pm</p><p>Adult ${rng.randint(22, 26)}.50 · Concession ${rng.randint(18, 21)}.50 · Flexipass 10 sessions ${rng.randint(190, 230)}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Language",
                pick(
                    rng,
                    (
                        "English",
                        "English and Mandarin with English subtitles",
                        "French with English subtitles",
                    ),
                ),
            ),
            (
                "Program strand",
                pick(
                    rng,
                    ("Official Competition", "Features", "Documentary Australia", "Screenability"),
                ),
            ),
            (
                "Premiere status",
                pick(rng, ("Australian Premiere", "World Premiere", "Sydney Premiere")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "sff",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} added to My Festival",
    _episode,
    _sessions,
    ("cypress", "described", "tooltips"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    ("director", "author", "genre", "aggregateRating", "description"),
    0.35,
    later="In cinemas from",
    extra_rows=_more,
    cta="Buy tickets",
    crumbs="Program",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ACB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
