# ruff: noqa: E501  (HTML templates read best on one line)
"""Encyclomirror (an invented ad-supported mirror of Wikipedia's articles): a backdrop; the <h1> (the
meta line under it on some pages); the lead as 'Summary'; the facts as an old sidebar table
('<td valign="top">' labels), key-fact bullets ('Label – value') or dot leaders: 'Directed by',
'Screenplay by', 'Music by', 'Produced by', 'Cinematography' (traps), 'Genres', 'Country of
origin', 'Released in' (the year), 'Running time: 111 minutes' (or '111 min.'), 'Number of
seasons', 'Release: October 27, 1995 (Sundance)' (or '10/27/1995') beside a later 'Streaming
release' (a trap), 'Production company', 'Budget' and 'Box office' ('$25 million[3]'),
'Distributed by' and 'Mirrored from' rows (no record key); 'Starring'; a series' 'Episode list';
the mirror tools with counts and an ad-free price (traps); 'Comments'; 'Articles you may like';
the IMDb link; a JSON-LD on some pages. 'Mirrored 12,345 times this month' (a trap; no votes). No
tagline, audience text, certificate, trailer or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites66.common import (
    Chrome,
    Site,
    Words,
    episode_line,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    place,
    plain_rows,
    render_on,
    widget,
    wiki_money,
)

NAME = "encyclomirror"
HOST = "encyclomirror.example"
PROSE = Prose(
    verbs=("returns to", "inherits", "hunts for", "runs from", "guards", "rebuilds"),
    things=(
        "a flooded village",
        "the family orchard",
        "an old lighthouse",
        "a forgotten mine",
        "the last ferry",
    ),
    synopsis="In {title}, {hero} {verb} {thing}, while {other} {verb2} {thing2}. Its story spans one hard winter.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "en",
    "Encyclomirror",
    (
        "Films",
        "Television",
        "Random article",
        "Search",
        "Log in",
    ),
    (
        "We use cookies to remember your settings.",
        "Accept",
        "Privacy",
    ),
    (
        "About",
        "Disclaimers",
        "Contact",
        "Privacy",
        "Terms of use",
    ),
    "Text is available under a Creative Commons licence; © 2026 Encyclomirror",
    "__EMR_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Screenplay by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Country of origin",
        "year": "Released in",
        "runtime": "Running time",
        "rating": "Rated",
        "seasons": "Number of seasons",
        "released": "Release",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Summary",
        "details": "Infobox (mirrored)",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episode list",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Articles you may like",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995 (Sundance)' or '10/27/1995'."""
    if long:
        return f"{month(d)} {d.day}, {d.year} ({place(d)})"
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def aired(d: date, long: bool) -> str:
    """An episode's air date: the day alone, without the release's place."""
    return date_(d, long).split(" (")[0].split(" <span")[0]


def running(n: int, long: bool) -> str:
    """'111 minutes' or '111 min.'."""
    return f"{n} minutes" if long else f"{n} min."


def votes(n: int) -> str:
    return f"{grouped(n)} " + ("vote" if n == 1 else "votes")


def views(n: int) -> str:
    return f"Mirrored {grouped(n)} times this month"


def money(m: Money) -> str:
    """'$25 million[3]'."""
    return wiki_money(m)


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Distributed by", pick(rng, ("Paramount Pictures", "Neon", "Lionsgate"))),
            ("Mirrored from", "en.wikipedia.org"),
        ]
    )


SITE = Site(
    NAME,
    "emr",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    episode_line("Ep.", "Directed by:", running, aired),
    widget(
        "Mirror tools", ("Saved", "Printed", "Shared", "Reported"), "Ad-free mirror: $1.99 a month"
    ),
    ("encyclomirror-sidebar", "encyclomirror-bullets", "leaders"),
    frozenset(
        [
            "audience_summary",
            "content_rating",
            "streaming",
            "tagline",
            "trailer_url",
            "user_rating_count",
        ]
    ),
    ("director", "author", "genre", "datePublished", "numberOfSeasons"),
    0.3,
    later="Streaming release",
    extra_rows=_more,
    cta="Printable version",
    art="backdrop",
    meta_sep=" • ",
    imdb_text="IMDb",
)


def fit(t: Title) -> Title:
    t = hide(localize(t, PROSE), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
