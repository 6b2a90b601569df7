# ruff: noqa: E501  (HTML templates read best on one line)
"""Pocketpedia (an invented offline encyclopedia reader serving a dump of Wikipedia, in the manner of
Kiwix, en-GB): a poster; the <h1> (the meta line under it on some pages); the lead as 'Plot'; the
facts as an infobox table ('<th scope="row">' labels), flat lines ('<b>Label</b>: value') or an
earlier set's key-value rows: 'Directed by', 'Written by', 'Music by', 'Produced by',
'Cinematography' (traps), 'Genre', 'Countries', 'Year', 'Running time: 111 minutes' (or '111
mins'), 'No. of series', 'Release date: 27 October 1995 (Cannes)' (or '27/10/1995 (Cannes)')
beside a later 'Television premiere' (a trap), 'Production company', 'Budget' and 'Box office'
('$25,000,000[3]', in full with a reference's mark), 'Edited by' and 'Language' rows (no record
key); 'Cast'; a series' episodes; the library widget with counts and a size (traps); 'Talk';
'See also'; the IMDb link; a JSON-LD on some pages. 'This snapshot holds 12,345 articles' (a
trap; no votes). No tagline, audience text, certificate, trailer or streaming block."""

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

NAME = "pocketpedia"
HOST = "pocketpedia.example"
PROSE = Prose(
    verbs=("returns to", "inherits", "hunts for", "runs from", "guards", "rebuilds"),
    things=(
        "a flooded village",
        "the family orchard",
        "an old lighthouse",
        "a forgotten mine",
        "the last ferry",
    ),
    synopsis="In {title}, {hero} {verb} {thing} and finds that {other} also {verb2} {thing2}. It is set over one long season.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "en-GB",
    "Pocketpedia",
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
    "Text is available under a Creative Commons licence; © 2026 Pocketpedia",
    "__PPD_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Countries",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "No. of series",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Plot",
        "details": "Film information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Talk",
        "no_reviews": "Nothing on the talk page.",
        "rail": "See also",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995 (Cannes)' or '27/10/1995 (Cannes)'."""
    day = f"{d.day} {month(d)} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{day} ({place(d)})"


def aired(d: date, long: bool) -> str:
    """An episode's air date: the day alone, without the release's place."""
    return date_(d, long).split(" (")[0].split(" <span")[0]


def running(n: int, long: bool) -> str:
    """'111 minutes' or '111 mins'."""
    return f"{n} minutes" if long else f"{n} mins"


def votes(n: int) -> str:
    return f"{grouped(n)} " + ("vote" if n == 1 else "votes")


def views(n: int) -> str:
    return f"This snapshot holds {grouped(n)} articles"


def money(m: Money) -> str:
    """'$25,000,000[3]': in full, a reference's mark after it."""
    return wiki_money(m, words=False)


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Edited by", pick(rng, ("Walter Murch", "Thelma Schoonmaker", "Sally Menke"))),
            ("Language", "English"),
        ]
    )


SITE = Site(
    NAME,
    "ppd",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    episode_line("Episode", "Directed by:", running, aired),
    widget(
        "Your library",
        ("Bookmarks", "Downloads", "Notes", "Shared"),
        "Full offline library: 94 GB, £0 (donations welcome)",
    ),
    ("pocketpedia-infobox", "pocketpedia-flat", "kv"),
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
    0.25,
    later="Television premiere",
    extra_rows=_more,
    cta="Open in offline reader",
    art="poster",
    meta_sep=" | ",
    imdb_text="IMDb",
)


def fit(t: Title) -> Title:
    t = hide(localize(t, PROSE), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
