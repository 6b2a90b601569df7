# ruff: noqa: E501  (HTML templates read best on one line)
"""rgeditorial: ReelGuide's "editorial" long-form title page: the <h1>, a lede sentence weaving in
the year, genres, countries and length ('<em>Title</em> is a 1995 drama from France that runs
111 minutes.'), the tagline as a pull quote, no votes but '12,345 readers', 'The story', the facts in a sidebar: an exclusive
accordion, web components or tooltip-labelled lines: 'Director', 'Screenplay', 'Original
music', 'Producer' and 'Photography' (traps), 'Genre', 'Country', 'Year', 'Running time: 1 hr 51
min' or '111 minutes', 'Rated', 'Release date: October 27, 1995' or '10/27/1995' beside a later
'Restoration premiere' (a trap), 'Studio', 'Budget' and 'Box office' ('$3.6 million'); 'The
audience verdict'; a 'From the magazine' column quoting other years and sums, a newsletter dialog;
JSON-LD on some pages. No votes or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites33.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    audience_block,
    fit_rng,
    hide,
    hr_min,
    money_words,
    newsletter,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    tagline_block,
    us_date,
)

NAME = "rgeditorial"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Features", "Reviews", "Lists", "Film", "Television", "Subscribe"),
    (
        "We use cookies to personalise ReelGuide and measure traffic.",
        "Accept all",
        "Cookie settings",
    ),
    ("About ReelGuide", "Careers", "Help Center", "Privacy", "Terms", "Accessibility"),
    "© 2026 ReelGuide, Inc. Ratings and listings are refreshed hourly.",
    "__RG_EDITORIAL__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Original music",
        "producer": "Producer",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "The story",
        "details": "At a glance",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Letters",
        "no_reviews": "No letters yet.",
        "rail": "Further reading",
    },
)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} of season {e.season}, {hr_min(e.minutes, long)}, broadcast {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def lede(t: Title) -> str:
    """The long read's opening sentence, weaving in the facts the page gives: the year, the
    genres, the countries and the length (each left out when the page does not give it)."""
    what = " and ".join(g.lower() for g in t.genres[:2]) or "story"
    out = f"<em>{esc(t.title)}</em> is a"
    out += f" {t.year}" if t.year else ""
    out += f" {esc(what)}"
    out += f" from {esc(' and '.join(t.countries))}" if t.countries else ""
    if t.runtime:
        out += f" that runs {hr_min(t.runtime, False)}" + (
            " an episode" if t.kind == "show" else ""
        )
    return out + "."


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<p class="{c("lede")}">{lede(t)}</p>'
        + tagline_block(t, c)
        + audience_block(t, c, "The audience verdict")
        + f'<aside class="{c("mag")}"><h2>From the magazine</h2><p>Our critics\' 100 best films of {pick(rng, ("1987", "1999", "2004"))}, and the $2.4 million flop that became a classic.</p></aside>'
        + newsletter(c, rng)
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(())


SITE = Site(
    NAME,
    "red",
    CHROME,
    WORDS,
    us_date,
    hr_min,
    " an episode",
    lambda n: "",
    money_words,
    lambda n: f"{grouped(n)} readers",
    _episode,
    _extra,
    ("exclusive", "slotted", "tooltips"),
    frozenset({"user_rating_count", "streaming"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
    ),
    0.3,
    later="Restoration premiere",
    extra_rows=_more,
    cta="",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
