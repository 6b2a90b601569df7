# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a Jekyll site: each title a Jekyll page in the Just
the Docs theme (its wrapped Markdown tables) or a Chirpy post (its prompt blockquotes), as
GitHub Pages film wikis publish theirs. A poster; the <h1> (the meta line under it on some
deploys); 'Overview'; a 'Watch trailer' button; the facts as a Just the Docs table-wrapper
table (a 'Field'/'Value' header, then one row a fact), Chirpy prompt-info blockquotes (a bold
label, a colon, the value) or a plain table: 'Directed by', 'Written by', 'Music by',
'Produced by', 'Cinematography by' (traps), 'Genres', 'Countries', 'Year', 'Running time: 111
minutes' (or '1 hr 51 min'; a series' ' per episode'), 'MPA rating' (G/PG/PG-13/R/NC-17),
'Seasons', 'Released: Oct 27, 1995' (or '10/27/1995') beside a later 'Last modified' (the
page's last_modified_at, a trap), 'Production companies', 'Budget', 'Box office', 'Tags';
'IMDb'; 'Cast'; the trailer; a series' episodes; sponsor tiers (a trap); Chirpy's tag list (never genres); comments; 'Further
reading'; a JSON-LD Movie on some pages. '1,234 votes' beside '12,345 hits' (a trap). No
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
    short_date,
    votes_in,
)

NAME = "reelguide_jekyll"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Categories", "Tags", "Archives", "About"),
    ("This site uses cookies.", "Got it", "Privacy"),
    ("About", "Feed", "Edit this page on GitHub", "Privacy", "Built with Jekyll"),
    "© 2026 ReelGuide. Hosted on GitHub Pages.",
    "__RG_JEKYLL__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Running time",
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Production companies",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "Further reading",
    },
)
SYSTEM = "Jekyll"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} hits"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _tags(rng: random.Random) -> list[str]:
    """The post's tags (Chirpy's tag list at the post's foot): never a genre, a year or a length."""
    return rng.sample(
        ("rewatch", "festival-favorite", "35mm", "slow-burn", "midnight-movie", "double-feature"),
        rng.randint(2, 3),
    )


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<aside class="{c("shop")}"><h2>Sponsor</h2>'
        + f"<p>Backer ${pick(rng, ('2', '5'))}/month · Sponsor ${pick(rng, ('25', '50'))}/month</p>"
        + "</aside>"
        + '<div class="post-tags"><i class="fa fa-tags fa-fw me-1"></i>'
        + "".join(
            f'<a href="/tags/{x}/" class="post-tag no-text-decoration">{x}</a>' for x in _tags(rng)
        )
        + "</div>"
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Tags", pick(rng, ("classics, rewatch", "festival, 35mm", "watchlist")))])


SITE = Site(
    NAME,
    "rjk",
    CHROME,
    WORDS,
    short_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("jekyll-jtd-table", "jekyll-chirpy-prompt", "table"),
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
    later="Last modified",
    extra_rows=_more,
    cta="Watch trailer",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rjk-jekyll">', 1)
