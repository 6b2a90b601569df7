# ruff: noqa: E501  (HTML templates read best on one line)
"""Vue: a film page of the British cinema chain (British English). A poster; the <h1> (the meta
line '1995 · 15 · 1hr 51mins · Drama' under it on some deploys); '12,345 people saw this at
Vue' (a trap; no votes); 'Synopsis'; the facts in an Ionic <ion-list> (each <ion-item> an
<ion-label> and an <ion-note> in the end slot), a grid of Shoelace <sl-card>s (the label in
the header slot) or a row of pill tags, each value's label only in the <sl-tooltip> around it
(shown on hover): 'Director', 'Writer', 'Composer',
'Producer' and 'Director of Photography' (traps), 'Genre', 'Country', 'Year', 'Running time:
1hr 51mins' or '111 mins' (a show's 'per episode'), 'Certificate' (the BBFC's
U/PG/12A/15/18), 'Release date: 27th October 1995' (or '27/10/1995') beside a later 'At Vue
from' (a trap), 'Studio', 'Series', 'Subtitled screenings'; 'Cast'; the trailer; a show's
episodes with their own lengths, dates and directors; ticket prices, Big Screen Mondays and
myVue (traps); comments; 'Also showing'; a JSON-LD Movie on some pages. No tagline, audience
text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites31.common import (
    BBFC,
    MONTHS,
    Chrome,
    Classes,
    Site,
    Words,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "vue"
CHROME = Chrome(
    "en-GB",
    "Vue",
    ("What's on", "Cinemas", "Experiences", "Offers", "myVue"),
    ("We use cookies to give you the best experience.", "Accept all cookies", "Manage cookies"),
    ("About Vue", "Careers", "Accessibility", "Privacy", "Terms"),
    "© 2026 Vue Entertainment Ltd",
    "__VUE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Series",
        "released": "Release date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Film info",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Your reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Also showing",
    },
)


def ordinal(n: int) -> str:
    """'1st', '2nd', '3rd', '11th', '22nd', '27th'."""
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


def vue_date(d: date, long: bool) -> str:
    """'27th October 1995' or '27/10/1995'."""
    if long:
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def vue_runtime(n: int, long: bool) -> str:
    """'1hr 51mins', '2hrs', '1hr 1min' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min" + ("" if n == 1 else "s")
    hours = f"{big}hr" + ("" if big == 1 else "s")
    return hours + (f" {small}min" + ("" if small == 1 else "s") if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season} Episode {e.number} · {vue_runtime(e.minutes, long)} · {vue_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _prices(t: Title, c: Classes, rng: random.Random) -> str:
    adult = rng.choice(("11.99", "12.49", "13.99"))
    return f'<aside class="{c("prices")}"><h2>Tickets</h2><ul><li>Adult £{adult}</li><li>Child £8.49</li><li>VIP recliner +£3.00</li></ul><p>Big Screen Mondays: every film £5.99.</p><p>Join myVue for free and get 10% off snacks.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Subtitled screenings", pick(rng, ("Tuesdays", "Sunday mornings", "Selected times")))]


SITE = Site(
    NAME,
    "vue",
    CHROME,
    WORDS,
    vue_date,
    vue_runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} people saw this at Vue",
    _episode,
    _prices,
    ("ion", "slcard", "tips"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
        }
    ),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
    ),
    0.3,
    later="At Vue from",
    extra_rows=_more,
    cta="Book now",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
