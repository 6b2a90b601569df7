# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a Hexo blog: each title a Hexo post in the NexT
theme (its note tags and post-meta items), as Node-built film blogs publish theirs. A poster;
the <h1> (the meta line under it on some deploys); 'Story'; a 'Read more' button; the facts as
NexT note blocks (a bold label over the value), post-meta items (an icon, a
post-meta-item-text label, the value), or stat tiles: 'Director', 'Writers', 'Music',
'Producer', 'Cinematography' (traps), 'Categories', 'Country', 'Year', 'Film length: 111 mins'
(or '1h 51m'; a series' ' per episode'), 'MPA rating' (G/PG/PG-13/R/NC-17), 'Seasons',
'Released: October 27, 1995' (or '10/27/1995') beside a later 'Edited on' (a trap), 'Studio',
'Budget', 'Box office', 'Reading time: 4 mins' and 'Symbols count' (NexT's own, traps);
'IMDb'; 'Cast'; the trailer; a series' episodes; a donate box (a trap); NexT's '# tag' list (never genres);
comments; 'Related
posts'; a JSON-LD Movie on some pages. '1,234 votes' beside 'Views: 12,345' (a trap). No
tagline, audience text or streaming block."""

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

NAME = "reelguide_hexo"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Archives", "Categories", "Tags", "About"),
    ("This blog uses cookies.", "OK", "Privacy"),
    ("Archives", "Categories", "Tags", "RSS", "Powered by Hexo & NexT.Gemini"),
    "© 2026 ReelGuide",
    "__RG_HEXO__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Categories",
        "country": "Country",
        "year": "Year",
        "runtime": "Film length",
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Story",
        "details": "Post info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related posts",
    },
)
SYSTEM = "Hexo"


def running(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m'."""
    return f"{n} mins" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"Views: {grouped(n)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>EP{e.number} (season {e.season}) · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _tags(rng: random.Random) -> list[str]:
    """The post's tags (NexT's tag list at the post's foot): never a genre, a year or a length."""
    return rng.sample(
        ("rewatch", "festival-favorite", "35mm", "slow-burn", "midnight-movie", "double-feature"),
        rng.randint(2, 3),
    )


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<aside class="{c("shop")}"><h2>Donate</h2>'
        + f"<p>Buy the author a coffee ${pick(rng, ('3', '5'))} · A lunch ${pick(rng, ('15', '20'))}</p>"
        + "</aside>"
        + '<div class="post-tags">'
        + "".join(f'<a href="/tags/{x}/" rel="tag"># {x}</a>' for x in _tags(rng))
        + "</div>"
    )


def _reading(t: Title | None, minutes: tuple[int, ...]) -> tuple[int, ...]:
    """The post's reading times: never the title's own runtime (a short film's 4 minutes)."""
    return tuple(m for m in minutes if t is None or m != t.runtime)


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Reading time", f"{rng.choice(_reading(t, (3, 4, 7)))} mins"),
            ("Symbols count", pick(rng, ("1.2k", "2.3k", "3.8k"))),
        ]
    )


SITE = Site(
    NAME,
    "rhx",
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
    ("hexo-next-note", "hexo-next-meta", "stats"),
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
    later="Edited on",
    extra_rows=_more,
    cta="Read more",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rhx-hexo">', 1)
