# ruff: noqa: E501  (HTML templates read best on one line)
"""A public library's BiblioCommons catalogue (English, Canada): the record of a DVD or a TV
series box set. A poster (the cover); the <h1> (the meta line under it on some deploys);
'Summary'; a 'Place Hold' button; the 'Additional Info' facts as value-list definitions (this set's),
bold-label table rows (this set's) or a definition list (an earlier set's): 'Director',
'Screenwriter', 'Composer', 'Producer', 'Director of Photography' (traps; the last begins with
the director's label), 'Genre/Form', 'Country of Production', 'Original Release', 'Running
Time: 111 min.' (or '1 hr. 51 min.'; a series' ' per episode'), 'MPAA Rating'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: October 27, 1995' (or '1995-10-27') beside a
later 'DVD Release' (a trap), 'Production Company', 'Format', 'Call Number' and 'Language'
(rows the record has no key for); 'IMDb'; 'Performers'; the trailer; a series' episodes (the
discs' contents); the replacement cost and late fees (a trap); community comments; 'Patrons
Also Borrowed'; a JSON-LD Movie on some pages. '1,234 ratings' beside '12 holds on 4 copies'
(a trap). No tagline, audience text, money or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites45.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    canadian_date,
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

NAME = "bibliocommons"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-CA",
    "Riverdale Public Library",
    ("Catalogue", "My Account", "Holds", "Checked Out", "For Later", "Events", "Log In"),
    ("This site uses cookies. BiblioCommons respects your privacy.", "OK", "Privacy Statement"),
    (
        "Powered by BiblioCommons",
        "Accessibility",
        "Privacy",
        "Terms of Use",
        "Contact Us",
        "Library Hours",
    ),
    "© 2026 BiblioCommons Inc. for Riverdale Public Library.",
    "__BIBLIOCOMMONS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre/Form",
        "country": "Country of Production",
        "year": "Original Release",
        "runtime": "Running Time",
        "rating": "MPAA Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Summary",
        "details": "Additional Info",
        "cast": "Performers",
        "trailer": "Trailer",
        "episodes": "Contents",
        "reviews": "Community Activity",
        "no_reviews": "No comments yet.",
        "rail": "Patrons Also Borrowed",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 min.', or '1 hr. 51 min.', '2 hr.'."""
    return f"{n} min." if long else hm(n, True, " hr.", " min.")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n // 1000 + 1)} holds on {n % 40 + 1} copies"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Disc {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {canadian_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _fees(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Borrowing</h2><p>Loan period 7 days · Replacement cost ${pick(rng, ("29.99", "34.99"))} · Late fee ${pick(rng, ("1.00", "0.50"))}/day</p></aside>'


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("DVD", "Blu-ray", "DVD, Widescreen"))),
            ("Call Number", pick(rng, ("DVD FIC", "DVD DRAMA", "BLU-RAY FIC"))),
            ("Language", pick(rng, ("English", "English, French subtitles"))),
        ]
    )


SITE = Site(
    NAME,
    "bcx",
    CHROME,
    WORDS,
    canadian_date,
    running_time,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _fees,
    ("ddlist", "tdstrong", "dl"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.4,
    later="DVD Release",
    extra_rows=_more,
    cta="Place Hold",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The catalogue record: the shared skeleton in BiblioCommons's words and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="bcx-record">', 1)
