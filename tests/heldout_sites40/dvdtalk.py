# ruff: noqa: E501  (HTML templates read best on one line)
"""DVD Talk (English, US): a disc review's title page, the film's facts above the reviewer's
notes on the disc. A poster (the cover art); the <h1> (the meta line '1995 · R · 111 minutes ·
Drama' under it on some deploys); 'The Movie'; a 'Buy at Amazon' button; the facts in a CMS's
field blocks, server-driven rows or bold-label lines: 'Directed by', 'Written by', 'Music by',
'Produced by', 'Cinematography by' (traps), 'Genre', 'Country', 'Year', 'Running Time: 111
minutes' (or '1:51'; a series' 'per episode'), 'MPAA Rating' (G/PG/PG-13/R/NC-17), 'Seasons',
'Theatrical Release: October 27, 1995' (or '10/27/1995') beside a later 'DVD Release' (a trap),
'Studio', 'Video', 'Audio', 'Region'; 'IMDb'; 'Cast'; the trailer; a series' episodes on the
discs; the shop's prices (a trap); reader comments; 'Other Reviews'; a JSON-LD Movie on some
pages. '1,234 reader ratings' beside '12,345 reads' (a trap). No tagline, audience text,
budget, box office or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites40.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "dvdtalk"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "DVD Talk",
    ("Reviews", "Release List", "Forum", "Blu-ray", "4K UHD", "Coupons", "Giveaways"),
    ("DVD Talk uses cookies for ads and analytics.", "Got it", "Learn more"),
    ("About DVD Talk", "Advertise", "Staff", "Privacy", "Terms of Use", "Contact Us"),
    "© 2026 DVD Talk, an Internet Brands company. All rights reserved.",
    "__DVDTALK__",
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
        "runtime": "Running Time",
        "rating": "MPAA Rating",
        "seasons": "Seasons",
        "released": "Theatrical Release",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "The Movie",
        "details": "The Film",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes on the Discs",
        "reviews": "Reader Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "Other Reviews",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 minutes' or '1:51'."""
    return f"{n} minutes" if long else f"{n // 60}:{n % 60:02d}"


def votes(n: int) -> str:
    return votes_in("reader rating", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Disc {1 + (e.number - 1) // 4}: Season {e.season}, Episode {e.number} ({running_time(e.minutes, long)}, aired {us_date(e.aired, long)})</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Buy It</h2><p>DVD ${pick(rng, ("9.99", "12.99", "14.96"))} · Blu-ray ${pick(rng, ("17.99", "19.99", "24.98"))} · List price ${pick(rng, ("29.98", "34.99"))}</p><p>Free shipping on orders over $35.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Video",
                pick(
                    rng, ("1.85:1 Anamorphic Widescreen", "2.35:1 Anamorphic", "1.33:1 Full Frame")
                ),
            ),
            (
                "Audio",
                pick(rng, ("English Dolby Digital 5.1", "English DTS-HD MA 5.1, French 2.0")),
            ),
            ("Region", pick(rng, ("1", "A", "0 (all regions)"))),
        ]
    )


SITE = Site(
    NAME,
    "dvt",
    CHROME,
    WORDS,
    us_date,
    running_time,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} reads",
    _episode,
    _shop,
    ("cms", "sdui", "lines"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="DVD Release",
    extra_rows=_more,
    cta="Buy at Amazon",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
