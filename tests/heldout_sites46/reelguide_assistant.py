# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as an assistant's answer card: the transcript page
a voice or chat assistant's answer links to (as Google Assistant's and Alexa's answer cards
show a movie), the user's question on top, the answer's facts under it as the assistant words
them. A backdrop; 'You asked' with the question; the <h1> (the meta line under it on some
deploys); 'Here's what I found'; a 'Play trailer' button; the facts as dash lines, touch tiles
(each a <button aria-pressed="false"> holding its label over its value) or a sentence per fact:
'Director', 'Writer', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country',
'Year', 'Length: 1 hour 51 minutes' (or '111 minutes'; a series' ' an episode'), 'Rated'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Released: October 27, 1995' (or '10/27/1995') beside a later
'Streaming since' (a trap), 'Studio', 'Budget', 'Box office', 'Original language' (no key);
'IMDb'; 'Cast'; the trailer; a series' episodes; rent/buy prices (a trap); people's comments;
'You might also ask about'; a JSON-LD Movie on some pages. 'based on 1,234 ratings' beside
'Asked 12,345 times' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random
import re

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites46.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    look,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
)

NAME = "reelguide_assistant"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Ask", "History", "Routines", "Devices", "Settings"),
    ("Your questions are saved to your ReelGuide activity.", "OK", "Manage activity"),
    ("About the assistant", "Activity", "Help", "Privacy", "Terms"),
    "© 2026 ReelGuide Assistant",
    "__RG_ASSISTANT__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Here's what I found",
        "details": "Quick facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "What people say",
        "no_reviews": "No comments yet.",
        "rail": "You might also ask about",
    },
)


def words_hm(n: int) -> str:
    """'1 hour 51 minutes', '2 hours', '45 minutes'."""
    big, small = divmod(n, 60)
    parts = [f"{big} hour" + ("" if big == 1 else "s")] if big else []
    if small or not big:
        parts.append(f"{small} minute" + ("" if small == 1 else "s"))
    return " ".join(parts)


def length(n: int, long: bool) -> str:
    """'1 hour 51 minutes' or '111 minutes'."""
    return words_hm(n) if long else f"{n} minutes"


def votes(n: int) -> str:
    return f"based on {grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"Asked {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {length(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Rent or buy</h2><p>Rent HD $3.99 · Buy HD $14.99 · Add to watchlist</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [("Original language", pick(rng, ("English", "Spanish", "French", "Korean")))]
    )


SITE = Site(
    NAME,
    "ras",
    CHROME,
    WORDS,
    us_date,
    length,
    " an episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("dashes", "pressed", "prose"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="Streaming since",
    extra_rows=_more,
    cta="Play trailer",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The assistant page: the shared skeleton in this relaunch's words, formats and blocks (the user's question over it)."""
    out = render_site(SITE, t, ctx)
    asked = pick(
        look(NAME, t), ("Tell me about", "What do you know about", "Give me the details on")
    )
    question = f'<div class="ras-turn" data-turn="user"><h2>You asked</h2><p>&ldquo;{asked} {esc(t.title)}?&rdquo;</p></div>'
    out = re.sub(r"(<main[^>]*>)", lambda m: m.group(1) + question, out, count=1)
    return out.replace("<body>", '<body class="ras-assistant">', 1)
