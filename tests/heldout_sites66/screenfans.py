# ruff: noqa: E501  (HTML templates read best on one line)
"""Screenfans Wiki (an invented MediaWiki fan wiki on a wiki farm, its pages in a portable infobox):
a poster; the <h1> (the meta line under it on some pages); the lead as 'Synopsis'; the facts as a
portable infobox's items ('<h3>' label over the value, the item's data-field), a tabber panel's
rows or Turbo frames: 'Director', 'Writer(s)', 'Composer', 'Producer(s)', 'Cinematographer'
(traps), 'Genre', 'Country', 'Year', 'Runtime: 1h 51m' (or '111 min'), 'Rating' (the certificate
as shown), 'Seasons', 'Release date: October 27, 1995' (or '10/27/1995') beside a later
'Streaming premiere' (a trap), 'Studio', 'Budget' and 'Gross' ('$25,000,000'), 'Followed by' and
'Franchise' rows (no record key); 'Cast'; the trailer; a series' 'Episode guide'; the community
widget with counts and a fan pass's price (traps); 'Comments'; 'Trending pages'; the IMDb link; a
JSON-LD on some pages. '12,345 fans follow this wiki' (a trap; no votes). No tagline, audience
text or streaming block."""

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
    plain_rows,
    render_on,
    widget,
    wiki_money,
)

NAME = "screenfans"
HOST = "screenfans.example"
PROSE = Prose(
    verbs=("returns to", "inherits", "hunts for", "runs from", "guards", "rebuilds"),
    things=(
        "a flooded village",
        "the family orchard",
        "an old lighthouse",
        "a forgotten mine",
        "the last ferry",
    ),
    synopsis="{title} follows {hero}, who {verb} {thing}; meanwhile {other} {verb2} {thing2}. Fans know it for its slow-burning finale.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "en-US",
    "Screenfans Wiki",
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
    "Text is available under a Creative Commons licence; © 2026 Screenfans Wiki",
    "__SFW_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer(s)",
        "music": "Composer",
        "producer": "Producer(s)",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Synopsis",
        "details": "Production details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episode guide",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "Trending pages",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def aired(d: date, long: bool) -> str:
    """An episode's air date: the day alone, without the release's place."""
    return date_(d, long).split(" (")[0].split(" <span")[0]


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big}h" + (f" {small}m" if small else "")
    return f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} " + ("vote" if n == 1 else "votes")


def views(n: int) -> str:
    return f"{grouped(n)} fans follow this wiki"


def money(m: Money) -> str:
    """'$25,000,000', in full, no reference."""
    return wiki_money(m, words=False, mark=False)


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Followed by", pick(rng, ("the sequel", "a spin-off series", "none"))),
            ("Franchise", pick(rng, ("Harbor Lights", "The Long Night", "Glass Roads"))),
        ]
    )


SITE = Site(
    NAME,
    "sfw",
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
        "Community",
        ("Followers", "Edits", "Fan art", "Theories"),
        "Fan Pass: $4.99 a month, no ads",
    ),
    ("screenfans-portable", "screenfans-tabber", "frames"),
    frozenset(["audience_summary", "streaming", "tagline", "user_rating_count"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons"),
    0.3,
    later="Streaming premiere",
    extra_rows=_more,
    cta="Edit this page",
    art="poster",
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
