# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched by a small Rails team on Hotwire: server-rendered HTML,
Turbo Drive between pages, Turbo frames for the parts that refresh on their own, Stimulus
controllers named in data-controller attributes, an import map for the JavaScript, the
turbo-cache-control and turbo-refresh meta tags. A poster; the <h1> (the meta line under it
on some deploys); 'The story'; an 'Add to watchlist' button; the facts as a Turbo frame per
fact (a <header> label over the value), sprite icon rows or a sentence-per-fact paragraph:
'Director', 'Writer', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country',
'Year', 'Length: 1 hr 51 min' (or '111 min'; a series' ' (episode)'), 'Rated'
(G/PG/PG-13/R/NC-17), 'Seasons', 'In theaters: October 27, 1995' (or '10/27/1995') beside a
later 'On DVD' (a trap), 'Studio', 'Budget', 'Box office', 'Picture', 'Sound'; 'IMDb'; 'Cast';
the trailer; a series' episodes; rent/buy prices (a trap); the discussion; 'Also on
ReelGuide'; a JSON-LD Movie on some pages. '1,234 votes' beside '12,345 page views' (a trap).
No tagline, audience text or streaming block."""

from __future__ import annotations

import random

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "reelguide_hotwire"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Films", "Series", "Lists", "Forums", "Log in", "Sign up"),
    ("This site uses a session cookie and nothing else.", "OK", "Why?"),
    ("About", "Forums", "RSS", "Contact", "Privacy", "Terms"),
    "© 2026 ReelGuide. Made with Ruby on Rails.",
    "__RG_HOTWIRE__",
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
        "released": "In theaters",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "The story",
        "details": "At a glance",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Discussion",
        "no_reviews": "Start the discussion.",
        "rail": "Also on ReelGuide",
    },
)


def length(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    return hm(n, True, " hr", " min") if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}x{e.number:02d} · {length(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _store(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("store")}"><h2>Rent or buy</h2><p>Rent ${pick(rng, ("2.99", "3.99"))} · Buy ${pick(rng, ("9.99", "12.99"))} · Blu-ray ${pick(rng, ("17.99", "22.49"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Picture", pick(rng, ("Color", "Black and white"))),
            ("Sound", pick(rng, ("Dolby Digital", "Mono", "DTS"))),
        ]
    )


SITE = Site(
    NAME,
    "rgh",
    CHROME,
    WORDS,
    us_date,
    length,
    " (episode)",
    votes,
    dollars,
    lambda n: f"{grouped(n)} page views",
    _episode,
    _store,
    ("frames", "sprite", "prose"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="On DVD",
    extra_rows=_more,
    cta="Add to watchlist",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


HEAD = '<meta name="turbo-cache-control" content="no-preview"><meta name="turbo-refresh-method" content="morph"><meta name="csrf-token" content="q8Zk1vYw3n0pX2b"><script type="importmap">{"imports":{"application":"/assets/application-3c9d.js","@hotwired/turbo-rails":"/assets/turbo.min-5e1a.js","@hotwired/stimulus":"/assets/stimulus.min-9b2f.js","controllers/watchlist_controller":"/assets/controllers/watchlist_controller-0d4e.js"}}</script><script type="module">import "application"</script>'


def render(t: Title, ctx: Context) -> str:
    """The Rails page: Turbo's meta tags and the import map, the body under Stimulus's
    controllers, the watchlist button wired to its controller's action."""
    out = render_site(SITE, t, ctx).replace("</head>", HEAD + "</head>", 1)
    out = out.replace("<body>", '<body data-controller="analytics" data-turbo="true">', 1)
    return out.replace(
        'role="button">',
        'role="button" data-controller="watchlist" data-action="watchlist#toggle" data-turbo-method="post">',
        1,
    )
