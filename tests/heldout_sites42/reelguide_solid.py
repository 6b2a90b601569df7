# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched by its fan-community team as a SolidStart app: fine-
grained reactivity, the server's HTML carrying hydration keys (data-hk) on the components'
roots, the _$HY hydration bootstrap inline, the islands' module script in the head. A poster;
the <h1> (the meta line under it on some deploys); 'Synopsis'; a 'Rate it' button; the facts
as sprite icon rows, a sentence-per-fact paragraph or Material-style icon rows (the label an
SVG <title>): 'Director', 'Writer', 'Music', 'Producer', 'Cinematography' (traps), 'Genre',
'Country', 'Year', 'Duration: 1h 51m' (or '111m'; a series' ' / ep'), 'Rated'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Released: Oct 27, 1995' (or '10/27/1995') beside a later
'4K release' (a trap), 'Studio', 'Budget', 'Box office', 'Fan score'; 'IMDb'; 'Starring';
the trailer; a series' episodes; the fan shop's prices (a trap); fan comments; 'Fans also
liked'; a JSON-LD Movie on some pages. '1,234 fan ratings' beside '12,345 shares' (a trap).
No tagline, audience text or streaming block; no budget or box office on some titles."""

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
    short_date,
    votes_in,
)

NAME = "reelguide_solid"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Discover", "Fan lists", "Trivia", "Shop", "Join"),
    ("Cookies keep your fan profile signed in.", "Accept", "Decline"),
    ("About", "Fan rules", "Shop help", "Privacy", "Terms"),
    "© 2026 ReelGuide Fan Network.",
    "__RG_SOLID__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Info",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Fan comments",
        "no_reviews": "No fan comments yet.",
        "rail": "Fans also liked",
    },
)


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111m'."""
    return hm(n, long)


def votes(n: int) -> str:
    return votes_in("fan rating", n, paren=False)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>#{e.season}.{e.number} · {duration(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Fan shop</h2><p>Poster ${pick(rng, ("19.99", "24.99"))} · Soundtrack vinyl ${pick(rng, ("29.99", "34.99"))} · Tee ${pick(rng, ("22.00", "27.00"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Fan score", f"{rng.randint(55, 98)}%")])


SITE = Site(
    NAME,
    "rgk",
    CHROME,
    WORDS,
    short_date,
    duration,
    " / ep",
    votes,
    dollars,
    lambda n: f"{grouped(n)} shares",
    _episode,
    _shop,
    ("sprite", "prose", "icons"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="4K release",
    extra_rows=_more,
    cta="Rate it",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


HYDRATE = '<script>window._$HY||(e=>{let t=e=>e&&e.hasAttribute&&(e.hasAttribute("data-hk")?e:t(e.host&&e.host.nodeType?e.host:e.parentNode));["click","input"].forEach((o=>document.addEventListener(o,(o=>{let s=o.composedPath&&o.composedPath()[0]||o.target,a=t(s);a&&!e.completed.has(a)&&e.events.push([a,o])}))))})(window._$HY={events:[],completed:new WeakSet,r:{}});</script><script type="module" src="/rgk/_build/assets/client-8d41c2.js" async></script>'


def render(t: Title, ctx: Context) -> str:
    """The SolidStart page: the hydration bootstrap, hydration keys on <main> and on each
    section, the client entry as a module."""
    out = render_site(SITE, t, ctx).replace("</head>", HYDRATE + "</head>", 1)
    out = out.replace("<main ", '<main data-hk="0-0-0-0" ', 1)
    parts = out.split('<section class="')
    return parts[0] + "".join(
        f'<section data-hk="0-0-0-{i}" class="' + p for i, p in enumerate(parts[1:], 1)
    )
