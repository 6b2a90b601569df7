# ruff: noqa: E501  (HTML templates read best on one line)
"""NZ On Screen (English, New Zealand): the screen archive's title page. A 16:9 backdrop; the
<h1> (the meta line '1995 · M · 111 minutes · Drama' under it on some deploys); '12,345
views' (a counter, not votes); 'Background'; a 'Watch' button; the facts in aria-described
rows, monospace <var>/<samp> lines or a definition list: 'Director', 'Writer', 'Music',
'Producer', 'Camera' (traps), 'Genre', 'Country', 'Year', 'Duration: 111 minutes' (or '1h
51m'; a series' 'per episode'), 'Classification' (the NZ labels G/PG/M/R16/R18), 'Series',
'Release date: 27 October 1995' (or '27/10/1995') beside a later 'First broadcast' (a trap),
'Production company', 'Format', 'Collection'; 'Cast'; the trailer; a series' episodes; the
DVD in NZ dollars (a trap); comments; 'Related titles'; a JSON-LD Movie on some pages. No
votes, tagline, audience text, budget, box office, IMDb link or streaming block."""

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
)

NAME = "nzonscreen"
NZ = ages("G", "PG", "M", "R16", "R18")
CHROME = Chrome(
    "en-NZ",
    "NZ On Screen",
    ("Screen titles", "Collections", "Profiles", "Education", "Search", "Newsletter"),
    ("NZ On Screen uses cookies for analytics.", "Got it", "Read more"),
    ("About", "Contact", "Copyright", "Privacy", "Funded by NZ On Air", "Accessibility"),
    "NZ On Screen is funded by NZ On Air. © 2026 NZ On Screen.",
    "__NZOS_DATA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Classification",
        "seasons": "Series",
        "released": "Release date",
        "studio": "Production company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Background",
        "details": "Credits and details",
        "cast": "Cast",
        "trailer": "Clip",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments have been posted.",
        "rail": "Related titles",
    },
)


def duration(n: int, long: bool) -> str:
    """'111 minutes' or '1h 51m'."""
    return f"{n} minutes" if long else hm(n, True)


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {duration(e.minutes, long)} · first screened {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _dvd(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Own it</h2><p>DVD from the NZ Film shop: NZ${rng.randint(19, 39)}.95 plus NZ$6.50 shipping.</p><p>Screens free to NZ schools through the education portal.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("35mm", "16mm", "Digital", "Betacam SP"))),
            ("Collection", pick(rng, ("Iconic Kiwi films", "Made in Aotearoa", "Classic TV"))),
        ]
    )


SITE = Site(
    NAME,
    "nzos",
    CHROME,
    WORDS,
    uk_date,
    duration,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} views",
    _episode,
    _dvd,
    ("described", "kv", "dl"),
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
    ("director", "author", "genre", "datePublished", "description"),
    0.3,
    later="First broadcast",
    extra_rows=_more,
    cta="Watch",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, NZ), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
