# ruff: noqa: E501  (HTML templates read best on one line)
"""The Guardian (English, UK): a film review with its star rating and the fact line its older film
pages carried ('Production year: 1995; Country: USA; Cert (UK): 15; Runtime: 111 mins;
Directors: ...'). A 16:9 still; the <h1> (the meta line under it on some deploys); 'Plot summary';
the review's paragraph comparing the title with other films (traps); the facts as that fact line
(this set's), a WordPress-style credits box (this set's) or a table (an earlier set's):
'Directors', 'Screenplay', 'Music', 'Producers', 'Cinematography' (traps), 'Genre', 'Country',
'Production year', 'Runtime: 111 mins' (or '1hr 51mins'; a series' ' an episode'), 'Cert (UK)'
(U/PG/12A/15/18), 'Series', 'UK release date: 27 October 1995' (or '27/10/1995') beside a later
'On DVD and digital' (a trap), 'Distributor', 'Budget', 'Box office', 'Our rating' (stars, a row
the record has no key for); 'IMDb'; 'Cast'; the trailer; a series' episodes; a supporter's price
in pounds (a trap); comments; 'Most viewed'; a JSON-LD Movie on some pages. '1,234 comments' is
a counter (a trap). No vote count, tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites47.common import (
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
    review,
    uk_date,
)

NAME = "guardian"
CERTS = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "The Guardian",
    ("News", "Opinion", "Sport", "Culture", "Film", "Lifestyle"),
    (
        "We use cookies to improve your experience on our site.",
        "Yes, I'm happy",
        "Manage my cookies",
    ),
    (
        "About us",
        "Contact us",
        "Complaints & corrections",
        "Privacy policy",
        "Cookie policy",
        "Terms & conditions",
    ),
    "© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
    "__GU_CONFIG__",
)
WORDS = Words(
    {
        "director": "Directors",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producers",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Production year",
        "runtime": "Runtime",
        "rating": "Cert (UK)",
        "seasons": "Series",
        "released": "UK release date",
        "studio": "Distributor",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Plot summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Comments are closed.",
        "rail": "Most viewed",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 mins' or '1hr 51mins'."""
    return f"{n} mins" if long else hm(n, True, "hr", "mins")


def votes(n: int) -> str:
    """Never shown: The Guardian prints no vote count."""
    return f"{grouped(n)} votes"


def views(n: int) -> str:
    return f"{grouped(n)} comments"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running_time(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<article class="{c("review")}"><h2>Review</h2>{review(rng, t, "minutes")}</article><aside class="{c("shop")}"><h2>Support the Guardian</h2><p>Support us from £{pick(rng, ("2", "5", "10"))} a month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Our rating",
                pick(
                    rng,
                    (
                        "2 out of 5 stars",
                        "3 out of 5 stars",
                        "4 out of 5 stars",
                        "5 out of 5 stars",
                    ),
                ),
            )
        ]
    )


SITE = Site(
    NAME,
    "gdn",
    CHROME,
    WORDS,
    uk_date,
    running_time,
    " an episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("factline", "credits", "table"),
    frozenset({"audience_summary", "streaming", "tagline", "user_rating_count"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="On DVD and digital",
    extra_rows=_more,
    cta="",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The The Guardian page: the shared skeleton in this site's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="gdn-review">', 1)
