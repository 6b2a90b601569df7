# ruff: noqa: E501  (HTML templates read best on one line)
"""Total Film (English, UK): the magazine's review page, its verdict and fact box under the
review. A poster; the <h1> (the meta line '1995 · 15 · 111 mins · Drama' under it on some
deploys); the readers' verdict with '1,234 reader ratings' beside '12,345 reads' (a trap);
'Synopsis'; the facts in a layout table, data-field rows or a table: 'Director',
'Screenwriter', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country', 'Year',
'Running time: 111 mins' (or '1hr 51mins'; a series' 'an episode'), 'Certificate' (the BBFC's
U/PG/12/15/18), 'Seasons', 'UK release date: 27 October 1995' (or '27/10/1995') beside a
later 'Digital release' (a trap), 'Studio', 'Stars' (the critic's, '4/5'), 'Format'; 'Cast';
the trailer; a series' episodes; the magazine's subscription offer in pounds (a trap);
comments; 'More reviews'; a JSON-LD Movie on some pages. No tagline, audience text, budget,
box office, IMDb link or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites36.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    uk_date,
    votes_in,
)

NAME = "totalfilm"
BBFC = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Total Film",
    ("News", "Reviews", "Features", "Trailers", "Best of", "Magazine", "Newsletter"),
    ("Total Film is part of Future plc. We use cookies.", "Accept all", "Manage preferences"),
    (
        "About us",
        "Contact Future's experts",
        "Terms and conditions",
        "Privacy policy",
        "Cookies policy",
        "Advertise with us",
    ),
    "Total Film is part of Future US Inc, an international media group and leading digital publisher. © 2026 Future US, Inc.",
    "__FUTURE_PAGE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "UK release date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "The facts",
        "cast": "Cast",
        "trailer": "Watch the trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "There are no comments yet.",
        "rail": "More reviews",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 mins' or '1hr 51mins' ('45mins' under the hour)."""
    return f"{n} mins" if long else hm(n, True, "hr", "mins")


def votes(n: int) -> str:
    return votes_in("reader rating", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} episode {e.number} · {running_time(e.minutes, long)} · aired {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _offer(t: Title, c: Classes, rng: random.Random) -> str:
    price = pick(rng, ("£1", "£5", "£9.99"))
    return f'<aside class="{c("offer")}"><h2>Subscribe to Total Film</h2><p>Get 6 issues for {price}, then £{rng.randint(20, 34)}.49 every 6 months.</p><p>Save up to 50% on the cover price.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Stars", pick(rng, ("3/5", "4/5", "5/5"))),
            ("Format", pick(rng, ("Cinema", "Streaming", "Blu-ray"))),
        ]
    )


SITE = Site(
    NAME,
    "tf",
    CHROME,
    WORDS,
    uk_date,
    running_time,
    " an episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} reads",
    _episode,
    _offer,
    ("layout", "fields", "table"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "description"),
    0.35,
    later="Digital release",
    extra_rows=_more,
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
