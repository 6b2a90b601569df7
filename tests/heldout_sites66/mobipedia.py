# ruff: noqa: E501  (HTML templates read best on one line)
"""Mobipedia (an invented mobile reader of Wikipedia's articles, with collapsible sections, en-AU): a
backdrop; the <h1> (the meta line under it on some pages); the lead as 'Lead'; the facts as a
collapsible block's key-value divs, label-over-text pairs ('<br>' between) or sprite icon rows
(the label only an svg's title): 'Director', 'Screenplay', 'Music', 'Producers', 'Camera'
(traps), 'Genres', 'Country', 'Year', 'Length: 1 hr 51 min' (or '111 min'), 'Seasons',
'Released: 27 Oct 1995 (Berlin)' (or '27/10/1995') beside a later 'Streaming' (a trap),
'Studio', 'Budget' and 'Box office' ('$25 million[3]'), 'Language' and 'Based on' rows (no
record key); 'Starring'; a series' episodes; the reading-list widget with counts and a
subscription's price (traps); 'Talk'; 'Read next'; the IMDb link; a JSON-LD on some pages. 'Read
12,345 times on phones this week' (a trap; no votes). No tagline, audience text, certificate,
trailer or streaming block."""

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

NAME = "mobipedia"
HOST = "mobipedia.example"
PROSE = Prose(
    verbs=("returns to", "inherits", "hunts for", "runs from", "guards", "rebuilds"),
    things=(
        "a flooded village",
        "the family orchard",
        "an old lighthouse",
        "a forgotten mine",
        "the last ferry",
    ),
    synopsis="{title} is about {hero}, who {verb} {thing}; {other} {verb2} {thing2} along the way.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "en-AU",
    "Mobipedia",
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
    "Text is available under a Creative Commons licence; © 2026 Mobipedia",
    "__MBP_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producers",
        "camera": "Camera",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Lead",
        "details": "Quick facts",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Talk",
        "no_reviews": "Nobody has talked about this yet.",
        "rail": "Read next",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 Oct 1995 (Berlin)' or '27/10/1995'."""
    if long:
        return f"{d.day} {month(d, True)} {d.year} ({place(d)})"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def aired(d: date, long: bool) -> str:
    """An episode's air date: the day alone, without the release's place."""
    return date_(d, long).split(" (")[0].split(" <span")[0]


def running(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} hr" + (f" {small} min" if small else "")
    return f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} " + ("vote" if n == 1 else "votes")


def views(n: int) -> str:
    return f"Read {grouped(n)} times on phones this week"


def money(m: Money) -> str:
    """'$25 million[3]'."""
    return wiki_money(m)


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", "English"),
            ("Based on", pick(rng, ("a novel", "a stage play", "an original story"))),
        ]
    )


SITE = Site(
    NAME,
    "mbp",
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
        "Reading list",
        ("Saved", "Offline", "Shared", "Highlights"),
        "Mobipedia Plus: A$3.49 a month",
    ),
    ("mobipedia-collapsible", "mobipedia-pairs", "sprite"),
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
    later="Streaming",
    extra_rows=_more,
    cta="Open in app",
    art="backdrop",
    meta_sep=" · ",
    imdb_text="IMDb",
)


def fit(t: Title) -> Title:
    t = hide(localize(t, PROSE), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
