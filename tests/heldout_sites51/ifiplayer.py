# ruff: noqa: E501  (HTML templates read best on one line)
"""IFI Player (English, Ireland): the Irish Film Institute's free archive player, a film or
series page from the IFI Irish Film & TV archive. A poster; the <h1> (the meta line under it
on some deploys); 'Synopsis'; a 'Watch' button; the facts as the archive's catalogue entries
(field and data spans), tab panels (a heading over a paragraph each, all panels open) or CSS
captions: 'Director', 'Screenwriter', 'Original music', 'Producer', 'Cinematographer'
(traps), 'Genre', 'Country of production', 'Year', 'Length: 111 min' (a series' ' per
episode'), 'Classification' (IFCO: G/PG/12A/16/18), 'Seasons', 'Premiered: 27th October 1995'
(or '27/10/1995') beside a later 'Added to IFI Player' (a trap), 'Production company',
'Budget', 'Format', 'Collection' (rows the record has no key for); 'IMDb'; 'Cast'; the
trailer; a series' episodes; IFI membership prices (a trap); viewers' notes; 'From the
archive'; a JSON-LD Movie on some pages. 'Viewed 12,345 times' (a trap); no votes, gross,
tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites51.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    hide,
    money_with,
    ordinal_date,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "ifiplayer"
IFCO = ages("G", "PG", "12A", "16", "18")
CHROME = Chrome(
    "en-IE",
    "IFI Player",
    ("Home", "Collections", "Irish Film", "Archive", "About"),
    ("The IFI uses cookies to run the player.", "Accept", "Decline"),
    ("Irish Film Institute", "Donate", "Accessibility", "Privacy", "Contact"),
    "© Irish Film Institute 2026",
    "__IFI_PLAYER__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Original music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country of production",
        "year": "Year",
        "runtime": "Length",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Premiered",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Synopsis",
        "details": "Catalogue record",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Viewers' notes",
        "no_reviews": "No notes yet",
        "rail": "From the archive",
    },
)
SYSTEM = "Irish Film Institute"


def running(n: int, long: bool) -> str:
    """'111 min' (the archive writes every length in minutes)."""
    return f"{n} min"


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"Viewed {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · transmitted {ordinal_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Become an IFI member</h2><p>Membership €{pick(rng, ("40", "45"))} a year · Friends of the IFI €{pick(rng, ("75", "90"))} · Gift membership €35</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("35mm", "16mm", "Digibeta", "DCP"))),
            ("Collection", pick(rng, ("Irish Film & TV", "Loopline", "Amateur", "Restorations"))),
        ]
    )


SITE = Site(
    NAME,
    "ifi",
    CHROME,
    WORDS,
    ordinal_date,
    running,
    " per episode",
    votes,
    money_with({"EUR": "€", "GBP": "£", "USD": "US$"}),
    views,
    _episode,
    _shop,
    ("ifi-catalogue", "ifi-tabs", "caption"),
    frozenset({"tagline", "audience_summary", "streaming", "user_rating_count", "box_office"}),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.35,
    later="Added to IFI Player",
    extra_rows=_more,
    cta="Watch",
    art="poster",
)


def fit(t: Title) -> Title:
    return hide(rated(t, IFCO), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
