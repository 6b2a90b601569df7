# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on Squarespace 7.1: a title page built from
Squarespace's blocks, as the many Squarespace-built film sites publish theirs (sqs-block
wrappers, the accordion block, sentence labels). A poster; the <h1> (the meta line under it on
some deploys); 'About the film'; a 'Buy tickets' button; the facts as a stack of text blocks
(sqs-block html-block sqs-block-html, each an <h4> label over a <p> value), an accordion block
left open (accordion-item, its title in accordion-item__title and the value in
accordion-item__description), or a plain definition list: 'Directed by', 'Written by', 'Music
by', 'Produced by', 'Cinematography by' (traps), 'Genre', 'Country', 'Year', 'Running time: 111
minutes' (or '1 hr 51 min'; a series' ' per episode'), 'Rated' (G/PG/PG-13/R/NC-17), 'Seasons',
'Release date: Oct 27, 1995' (or '10/27/1995') beside a later 'Streaming from' (a trap),
'Production company', 'Budget', 'Box office', 'Format'; 'IMDb'; 'Cast'; the trailer; a series'
episodes; shop prices (a trap); reviews; 'You may also like'; a JSON-LD Movie on some pages.
'1,234 votes' beside '12,345 subscribers' (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites50.common import (
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

NAME = "reelguide_squarespace"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Films", "Series", "Screenings", "Shop", "Account"),
    ("This website uses cookies.", "Accept", "Manage cookies"),
    ("About", "Contact", "Newsletter", "Privacy", "Terms"),
    "© 2026 ReelGuide. Powered by Squarespace",
    "__RG_SQUARESPACE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About the film",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "Be the first to write a review.",
        "rail": "You may also like",
    },
)
SYSTEM = "Squarespace"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} subscribers"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Shop</h2><p>Blu-ray ${pick(rng, ("19.99", "24.99"))} · Soundtrack vinyl ${pick(rng, ("32.00", "35.00"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Format", pick(rng, ("Digital 4K", "35mm", "DCP")))])


SITE = Site(
    NAME,
    "rsq",
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
    ("sqs-blocks", "sqs-accordion", "dl"),
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
    later="Streaming from",
    extra_rows=_more,
    cta="Buy tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rsq-squarespace">', 1)
