# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a Hugo site: each title a Hugo page in the PaperMod
theme (its post-meta line) or with the Docsy theme's alert shortcode, as the many film blogs
built with Hugo publish theirs. A backdrop; the <h1> (the meta line under it on some deploys);
'Summary'; a 'Watch now' button; the facts as a PaperMod post-meta line ('Label: value' spans
joined by ' · '), Docsy alert boxes (the label an alert-heading over the value), or a plain
definition list: 'Director', 'Writer', 'Music', 'Producer', 'Cinematographer' (traps),
'Categories', 'Country', 'Year', 'Length: 111 min' (or '1h 51m'; a series' ' per episode'),
'Rated' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: October 27, 1995' (or '10/27/1995')
beside a later 'Updated' (the page's lastmod, a trap), 'Studio', 'Budget', 'Box office',
'Reading time: 4 min' and 'Words' (PaperMod's own, traps); 'IMDb'; 'Cast'; the trailer; a
series' episodes; 'Buy me a coffee' prices (a trap); PaperMod's tag list (never genres);
comments; 'Related'; a JSON-LD Movie on
some pages. '1,234 ratings' beside '12,345 page views' (a trap). No tagline, audience text or
streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites52.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "reelguide_hugo"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Posts", "Tags", "Archives", "Search"),
    ("We use cookies to analyse traffic.", "Accept", "Learn more"),
    ("Posts", "Tags", "RSS", "Privacy", "Powered by Hugo & PaperMod"),
    "© 2026 ReelGuide",
    "__RG_HUGO__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Categories",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related",
    },
)
SYSTEM = "Hugo"


def running(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    return f"{n} min" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} page views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (S{e.season}) · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _tags(rng: random.Random) -> list[str]:
    """The post's tags (PaperMod's tag list under the post): never a genre, a year or a length."""
    return rng.sample(
        ("rewatch", "festival-favorite", "35mm", "slow-burn", "midnight-movie", "double-feature"),
        rng.randint(2, 3),
    )


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<aside class="{c("shop")}"><h2>Buy me a coffee</h2>'
        + f"<p>One coffee ${pick(rng, ('3', '4'))} · Three coffees ${pick(rng, ('9', '12'))}</p>"
        + "</aside>"
        + '<ul class="post-tags">'
        + "".join(f'<li><a href="/tags/{x}/">{x}</a></li>' for x in _tags(rng))
        + "</ul>"
    )


def _reading(t: Title | None, minutes: tuple[int, ...]) -> tuple[int, ...]:
    """The post's reading times: never the title's own runtime (a short film's 4 minutes)."""
    return tuple(m for m in minutes if t is None or m != t.runtime)


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Reading time", f"{rng.choice(_reading(t, (3, 4, 6, 8)))} min"),
            ("Words", pick(rng, ("512", "780", "1,024"))),
        ]
    )


SITE = Site(
    NAME,
    "rhu",
    CHROME,
    WORDS,
    us_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("hugo-papermod-meta", "hugo-docsy-alert", "dl"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.4,
    later="Updated",
    extra_rows=_more,
    cta="Watch now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rhu-hugo">', 1)
