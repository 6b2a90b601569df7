# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched by its editorial team as a Remix app with nested
routes: the title's layout route holds an <Outlet> per tab (overview, cast, episodes), each
route's markup wrapped in a data-route-id element, the loader data and route manifest in
window.__remixContext (the slug and the signed-in state, no title facts), module preloads in
the head. A 16:9 backdrop behind a breadcrumb ('Movies & TV'); the <h1> (the meta line under it
on some deploys); 'Synopsis'; a 'Watch now' button; the facts as a sentence-per-fact
paragraph, sprite icon rows or a table: 'Directed by', 'Written by', 'Music by', 'Produced
by', 'Cinematography by' (traps), 'Genre', 'Country of origin', 'Year', 'Run time: 111
minutes' (or '1 hr 51 min'; a series' ' an episode'), 'Rating' (G/PG/PG-13/R/NC-17),
'Seasons', 'Release date: October 27, 1995' (or '1995-10-27') beside a later 'Digital
release' (a trap), 'Production company', 'Budget', 'Gross', 'Language', 'Filming locations';
'IMDb'; 'Cast'; the trailer; a series' episodes; ReelGuide Premium's prices (a trap);
reviews; 'You might also like'; a JSON-LD Movie on some pages. '1,234 user ratings' beside
'12,345 followers' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import json
import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites42.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    hm,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "reelguide_remix"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies & TV", "News", "Lists", "Awards", "Premium", "Sign in"),
    ("ReelGuide and our partners use cookies.", "Accept all", "Reject all"),
    ("About ReelGuide", "Newsletter", "Contact", "Privacy", "Terms", "Accessibility"),
    "© 2026 ReelGuide Media. All rights reserved.",
    "__RG_REMIX__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genre",
        "country": "Country of origin",
        "year": "Year",
        "runtime": "Run time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Watch the trailer",
        "episodes": "Episode guide",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "You might also like",
    },
)


def long_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27'."""
    return f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()


def run_time(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("user rating", n, paren=False)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {run_time(e.minutes, long)} · Aired {long_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _premium(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("premium")}"><h2>ReelGuide Premium</h2><p>Ad-free reading and early reviews: ${pick(rng, ("4.99", "5.99"))}/month or ${pick(rng, ("49.99", "59.99"))}/year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, Spanish"))),
            ("Filming locations", pick(rng, ("Atlanta, Georgia", "Vancouver, British Columbia"))),
        ]
    )


SITE = Site(
    NAME,
    "rgr",
    CHROME,
    WORDS,
    long_date,
    run_time,
    " an episode",
    votes,
    dollars,
    lambda n: f"{grouped(n)} followers",
    _episode,
    _premium,
    ("prose", "sprite", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="Digital release",
    extra_rows=_more,
    cta="Watch now",
    crumbs="Movies & TV",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def context(t: Title) -> str:
    """The loader data and the route tree: the slug and who is signed in, no title facts."""
    blob = {
        "basename": "/",
        "future": {"v3_fetcherPersist": True, "v3_relativeSplatPath": True},
        "isSpaMode": False,
        "state": {
            "loaderData": {
                "root": {"user": None, "env": "production"},
                "routes/title.$slug": {"slug": t.slug},
                "routes/title.$slug._index": None,
            },
            "actionData": None,
            "errors": None,
        },
    }
    return f"<script>window.__remixContext = {json.dumps(blob)};</script>"


PRELOADS = '<link rel="modulepreload" href="/build/manifest-5c1d9e7a.js"><link rel="modulepreload" href="/build/entry.client-7QWHLXKM.js"><link rel="modulepreload" href="/build/routes/title.$slug-2JD6PDQH.js">'


def render(t: Title, ctx: Context) -> str:
    """The nested routes' page: module preloads, the layout route around <main>, the index
    route around the hero, and the Remix context."""
    out = render_site(SITE, t, ctx).replace("</head>", PRELOADS + "</head>", 1)
    out = out.replace("<main ", '<div data-route-id="routes/title.$slug"><main ', 1)
    out = out.replace("</main>", "</main></div>", 1)
    out = out.replace(
        '<section class="', '<section data-route-id="routes/title.$slug._index" class="', 1
    )
    return out.replace("</body>", context(t) + "</body>", 1)
