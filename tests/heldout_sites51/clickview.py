# ruff: noqa: E501  (HTML templates read best on one line)
"""ClickView (English, Australia): the school and TAFE video library Australian teachers use,
a film or series resource page. A backdrop; the <h1> (the meta line under it on some
deploys); 'Description'; an 'Add to library' button; the facts as ClickView's metadata grid
(a <label> over a value span in each cell) or resource lines ('<strong>Term</strong>: value'),
or dot leaders: 'Director', 'Writers', 'Composer', 'Executive producer', 'Director of
photography' (traps; it begins with the director's word), 'Subject', 'Country', 'Year',
'Duration: 111 mins' (or '1h 51m'; a series' ' per episode'), 'Classification' (ACB:
G/PG/M/MA15+/R18+), 'Seasons', 'Released: 27/10/1995' (or '27 Oct 1995') beside a later
'Added' (the date the resource joined the library: a trap), 'Distributor', 'Budget', 'Box
office', 'Year level', 'Curriculum' (rows the record has no key for); 'IMDb'; 'Cast'; the
trailer; a series' episodes; the school subscription (A$ prices, a trap); teachers' reviews;
'Related resources'; a JSON-LD Movie on some pages. '1,234 teacher ratings' beside 'Used in
12,345 classrooms' (a trap). No tagline, audience text or streaming block."""

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
    dmy_short,
    hide,
    hm,
    money_with,
    pick,
    plain_rows,
    rated,
    render_site,
)

NAME = "clickview"
ACB = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "ClickView",
    ("Library", "Workspace", "Curriculum", "Interactive", "Help"),
    ("ClickView uses cookies to keep your school signed in.", "Accept", "Settings"),
    ("About", "Privacy", "Terms", "Support", "Contact"),
    "© 2026 ClickView Pty Ltd",
    "__CLICKVIEW__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Executive producer",
        "camera": "Director of photography",
        "genre": "Subject",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Distributor",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Description",
        "details": "Resource details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Teacher reviews",
        "no_reviews": "No reviews yet",
        "rail": "Related resources",
    },
)
SYSTEM = "ClickView"


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111 mins'."""
    return hm(n, True) if long else f"{n} mins"


def votes(n: int) -> str:
    return f"{grouped(n)} teacher rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"Used in {grouped(n)} classrooms"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} Episode {e.number} · {running(e.minutes, long)} · aired {dmy_short(e.aired, not long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Subscribe your school</h2><p>Primary from A${pick(rng, ("1,150", "1,290"))}/yr · Secondary from A${pick(rng, ("2,450", "2,690"))}/yr (inc. GST)</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Year level", pick(rng, ("Years 9-10", "Years 11-12", "Years 7-8"))),
            ("Curriculum", pick(rng, ("English", "Media Arts", "History", "Drama"))),
        ]
    )


SITE = Site(
    NAME,
    "cv",
    CHROME,
    WORDS,
    lambda d, long: dmy_short(d, not long),
    running,
    " per episode",
    votes,
    money_with({"AUD": "A$", "USD": "US$", "GBP": "£", "EUR": "€"}),
    views,
    _episode,
    _shop,
    ("cv-grid", "cv-lines", "leaders"),
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
    later="Added",
    extra_rows=_more,
    cta="Add to library",
    art="backdrop",
)


def fit(t: Title) -> Title:
    return hide(rated(t, ACB), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
