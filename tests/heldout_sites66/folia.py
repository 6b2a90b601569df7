# ruff: noqa: E501  (HTML templates read best on one line)
"""Folia (an invented reader of Wikipedia's articles, in the manner of Wikiwand): a poster; the <h1>
(the meta line under it on some pages); the lead as 'Overview'; the facts as an info card's rows,
fact chips ('<h4>' label over the value) or a definition list, in Wikipedia's words: 'Directed by',
'Screenplay by', 'Music by', 'Produced by', 'Cinematography' (traps), 'Genre', 'Country', 'Year',
'Running time: 111 minutes' (or '111 min'), 'No. of seasons', 'Release dates: October 27, 1995
(Toronto)' and a wider release under it, 'November 10, 1995 (United States)' (the place after each
date; or '1995-10-27 (Toronto)') beside a later 'Home media' (a trap), 'Production companies',
'Budget' and 'Box office' ('$25 million' with a reference's mark '[3]' after it), 'Distributed by'
and 'Language' rows (no record key); 'Cast'; a series' episodes; the article widget with watcher and
edit counts and a subscription price (traps); 'Reader notes'; 'Related articles'; the IMDb link; a
JSON-LD on some pages. '12,345 page views in the past 30 days' (a trap; no votes). No tagline,
audience text, certificate, trailer or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites66.common import (
    SEVERAL,
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
    releases,
    render_on,
    widget,
    wiki_money,
)

NAME = "folia"
HOST = "folia.example"
PROSE = Prose(
    verbs=("returns to", "inherits", "hunts for", "runs from", "guards", "rebuilds"),
    things=(
        "a flooded village",
        "the family orchard",
        "an old lighthouse",
        "a forgotten mine",
        "the last ferry",
    ),
    synopsis="In {title}, {hero} {verb} {thing}, only to learn that {other} also {verb2} {thing2}. The story follows the two through a single long season.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "en-US",
    "Folia",
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
    "Text is available under a Creative Commons licence; © 2026 Folia",
    "__FOL_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Screenplay by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "No. of seasons",
        "released": "Release dates",
        "studio": "Production companies",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Infobox",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reader notes",
        "no_reviews": "No reader notes yet.",
        "rail": "Related articles",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995 (Toronto)' or '1995-10-27 (Toronto)': the day and where it was."""
    day = f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()
    return f"{day} ({place(d)})"


def aired(d: date, long: bool) -> str:
    """An episode's air date: the day alone, without the release's place."""
    return date_(d, long).split(" (")[0].split(" <span")[0]


def running(n: int, long: bool) -> str:
    """'111 minutes' or '111 min'."""
    return f"{n} minutes" if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} " + ("vote" if n == 1 else "votes")


def views(n: int) -> str:
    return f"{grouped(n)} page views in the past 30 days"


def money(m: Money) -> str:
    """'$25 million[3]', a reference's mark after it."""
    return wiki_money(m)


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Distributed by", pick(rng, ("Warner Bros.", "Focus Features", "A24"))),
            ("Language", "English"),
        ]
    )


SITE = Site(
    NAME,
    "fol",
    CHROME,
    WORDS,
    date_,
    running,
    " (per episode)",
    votes,
    money,
    views,
    episode_line("Episode", "Directed by:", running, aired),
    widget(
        "This article",
        ("Watchers", "Edits", "Editors", "Languages"),
        "Folia Premium: $2.99 a month",
    ),
    ("folia-infocard", "folia-chips", "dl"),
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
    0.35,
    later="Home media",
    extra_rows=_more,
    cta="Read the full article",
    art="poster",
    meta_sep=" · ",
    imdb_text="IMDb",
)

SEVERAL[NAME] = releases(date_)


def fit(t: Title) -> Title:
    t = hide(localize(t, PROSE), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
