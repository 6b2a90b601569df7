# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on Ghost: a title page published as a Ghost post,
as the many Ghost-run film newsletters publish theirs (the Koenig editor's kg-card cards in the
post content). A poster (the feature image); the <h1> (the meta line under it on some
deploys); 'The story'; a 'Subscribe' button; the facts as open toggle cards
(kg-toggle-card, the label in kg-toggle-heading-text over kg-toggle-content), callout cards
(kg-callout-card, a bold 'Label:' opening kg-callout-text), or a plain definition list:
'Director', 'Screenplay', 'Original music', 'Producer', 'Cinematographer' (traps), 'Genre',
'Country', 'Year', 'Runtime: 111 minutes' (or '1 hr 51 min'; a series' ' per episode'), 'MPA
rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'In theaters: Oct. 27, 1995' (or '10/27/1995') beside
a later 'On VOD' (a trap), 'Studio', 'Budget', 'Worldwide gross', 'Language'; 'IMDb';
'Cast'; the trailer; a series' episodes; membership prices (a trap); member comments; 'Read
next'; a JSON-LD Movie on some pages. '1,234 votes' beside '12,345 subscribers' (a trap). No
tagline, audience text or streaming block."""

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
    ap_date,
    dollars,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "reelguide_ghost"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Reviews", "Essays", "Archive", "Sign in"),
    ("This site uses cookies.", "OK", "Privacy"),
    ("Sign up", "About", "Contact", "Privacy", "Powered by Ghost"),
    "ReelGuide © 2026",
    "__RG_GHOST__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Original music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "In theaters",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "The story",
        "details": "The facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Member discussion",
        "no_reviews": "Start the conversation.",
        "rail": "Read next",
    },
)
SYSTEM = "Ghost"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} subscribers"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {running(e.minutes, long)} · {ap_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Become a member</h2><p>Monthly ${pick(rng, ("5", "6"))}/month · Yearly ${pick(rng, ("50", "60"))}/year</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [("Language", pick(rng, ("English", "English, Japanese", "English, Korean")))]
    )


SITE = Site(
    NAME,
    "rgh",
    CHROME,
    WORDS,
    ap_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("kg-toggle", "kg-callout", "dl"),
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
    later="On VOD",
    extra_rows=_more,
    cta="Subscribe",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgh-ghost">', 1)
