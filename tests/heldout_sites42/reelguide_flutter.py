# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched by its mobile-app team as a Flutter web build: the
app's widgets painted to a canvas, with the semantics tree Flutter writes for screen readers
and search (<flt-semantics> nodes under a <flt-semantics-host>) carrying the page's text, the
body inside <flutter-view> with its <flt-glass-pane>, flutter_bootstrap.js loading
main.dart.js. A 16:9 backdrop; the <h1> (the meta line under it on some deploys); 'About'; a
'Play' button; the facts as sprite icon rows, a sentence-per-fact paragraph or
aria-described rows: 'Director', 'Writers', 'Music', 'Producers', 'Cinematography' (traps),
'Genres', 'Country', 'Year', 'Runtime: 1h 51min' (or '111 min'; a series' '/ep'), 'Rating'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Premiere: Oct 27, 1995' (or '10/27/1995') beside a later
'Leaving on' (a trap), 'Studios', 'Budget', 'Box office', 'Languages', 'Downloads'; 'Cast &
crew'; the trailer; a series' episodes; the app's plans (a trap); comments; 'Recommended';
a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 plays' (a trap). No tagline,
audience text, streaming block or IMDb link."""

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

NAME = "reelguide_flutter"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Search", "Downloads", "My List", "Profile"),
    ("ReelGuide uses cookies and similar technologies.", "Allow", "Customize"),
    ("Get the app", "Help Center", "Devices", "Privacy", "Terms of Use"),
    "© 2026 ReelGuide Streaming, Inc.",
    "__RG_FLUTTER__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producers",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Premiere",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About",
        "details": "Details",
        "cast": "Cast & crew",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Recommended",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51min' or '111 min'."""
    return hm(n, True, "h", "min") if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.number}. Episode {e.number} · {runtime(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Pick your plan</h2><p>Basic with ads ${pick(rng, ("6.99", "7.99"))}/mo · Standard ${pick(rng, ("12.99", "15.49"))}/mo · Premium ${pick(rng, ("19.99", "22.99"))}/mo</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Languages", pick(rng, ("English", "English, Spanish, French"))),
            ("Downloads", pick(rng, ("Available", "Not available"))),
        ]
    )


SITE = Site(
    NAME,
    "rgf",
    CHROME,
    WORDS,
    short_date,
    runtime,
    "/ep",
    votes,
    dollars,
    lambda n: f"{grouped(n)} plays",
    _episode,
    _plans,
    ("sprite", "prose", "described"),
    frozenset({"tagline", "audience_summary", "streaming", "imdb_id"}),
    ("director", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Leaving on",
    extra_rows=_more,
    cta="Play",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


HEAD = '<meta name="flutter-web-renderer" content="canvaskit"><link rel="manifest" href="/rgf/manifest.json"><script src="/rgf/flutter_bootstrap.js" async></script>'


def render(t: Title, ctx: Context) -> str:
    """The Flutter build's page: the bootstrap script, the body inside <flutter-view>, the
    page's text in the semantics host (a canvas paints the same text for sighted users)."""
    out = render_site(SITE, t, ctx).replace("</head>", HEAD + "</head>", 1)
    out = out.replace(
        "<body>",
        '<body flt-embedding="full-page" flt-renderer="canvaskit" flt-build-mode="release" spellcheck="false"><flutter-view tabindex="-1" style="position:absolute;inset:0"><flt-glass-pane><canvas width="1280" height="2400" aria-hidden="true"></canvas></flt-glass-pane><flt-semantics-host><flt-semantics role="group">',
        1,
    )
    return out.replace("</body>", "</flt-semantics></flt-semantics-host></flutter-view></body>", 1)
