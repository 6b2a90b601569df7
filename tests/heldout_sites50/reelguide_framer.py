# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on Framer: a title page published from a Framer CMS
collection, as the many Framer-built studio and portfolio sites publish theirs (hashed
framer-* classes, data-framer-name layers, RichTextContainer text). A backdrop; the <h1> (the
meta line under it on some deploys); 'Overview'; a 'Get Tickets' button; the facts as a stack
of named Row layers (data-framer-name="Row", a label text beside a value text, each in a
data-framer-component-type="RichTextContainer"), a CMS collection list (role=listitem items, an
<h6 class="framer-text"> label over an <h5 class="framer-text"> value), or stat tiles:
'Director', 'Writers', 'Soundtrack', 'Producer', 'Camera' (traps), 'Genre', 'Origin',
'Year', 'Duration: 1h 51min' (or '111 min'; a series' ' / episode'), 'Rated'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Premiere: Oct 27, 1995' (or '10/27/1995') beside a later
'Streaming' (a trap), 'Studio', 'Budget', 'Box Office', 'Format'; 'IMDb'; 'Cast'; the trailer;
a series' episodes; ticket prices (a trap); reviews; 'Next Up'; a JSON-LD Movie on some pages.
'1,234 ratings' beside '12,345 remixes' (a trap). No tagline, audience text or streaming
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

NAME = "reelguide_framer"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Work", "Films", "Series", "Studio", "Contact"),
    ("We use cookies for analytics.", "Accept", "Decline"),
    ("Instagram", "Vimeo", "Contact", "Privacy", "Made in Framer"),
    "© 2026 ReelGuide",
    "__RG_FRAMER__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Soundtrack",
        "producer": "Producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Origin",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Premiere",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Overview",
        "details": "Credits",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet",
        "rail": "Next Up",
    },
)
SYSTEM = "Framer"


def running(n: int, long: bool) -> str:
    """'1h 51min' or '111 min'."""
    return hm(n, True, "h", "min") if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} remixes"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}x{e.number:02d} · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Tickets</h2><p>Premiere screening ${pick(rng, ("15", "18"))} · Q&amp;A pass ${pick(rng, ("25", "30"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Format", pick(rng, ("35mm", "Digital", "16mm")))])


SITE = Site(
    NAME,
    "rfr",
    CHROME,
    WORDS,
    short_date,
    running,
    " / episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("framer-stack", "framer-cms", "stats"),
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
    later="Streaming",
    extra_rows=_more,
    cta="Get Tickets",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rfr-framer">', 1)
