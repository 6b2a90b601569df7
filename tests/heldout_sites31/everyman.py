# ruff: noqa: E501  (HTML templates read best on one line)
"""Everyman: a film page of the British boutique cinema chain (British English). A backdrop;
the <h1> (the meta line '1995 · 12A · 1 hr 51 mins · Drama' under it on some deploys); '12,345
guests booked' (a trap; no votes); 'The film'; the facts in a grid of Shoelace <sl-card>s (the
label in the header slot), a table of <div>s with ARIA roles (rowheader and cell numbered by
aria-rowindex/aria-colindex) or an accordion left open (each label a heading's button whose
aria-details names the panel with the value): 'Director', 'Screenplay', 'Original Score',
'Producer' and 'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Running Time: 1 hr 51
mins' or '111 mins' (a show's 'per episode'), 'Certificate' (the BBFC's U/PG/12A/15/18),
'Release Date: Friday 27 October 1995' (or '27/10/1995') beside a later 'Everyman Screening'
(a trap), 'Studio', 'Series', 'Seating'; 'Cast'; the trailer; a show's episodes with their own
lengths, dates and directors; sofa, membership and pizza prices (traps); comments; 'You may
also like'; a JSON-LD Movie on some pages. No tagline, audience text, votes, money, IMDb link
or streaming block."""

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

NAME = "everyman"
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CHROME = Chrome(
    "en-GB",
    "Everyman",
    ("Films", "Venues", "Events", "Membership", "Gift cards"),
    ("We use cookies to make your visit better.", "Accept", "Preferences"),
    ("About", "Careers", "Private hire", "Privacy", "Terms & conditions"),
    "© 2026 Everyman Media Group plc",
    "__EVERYMAN__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Original Score",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "Certificate",
        "seasons": "Series",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "The film",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Watch the trailer",
        "episodes": "Episodes",
        "reviews": "Guest reviews",
        "no_reviews": "No reviews yet.",
        "rail": "You may also like",
    },
)


def em_date(d: date, long: bool) -> str:
    """'Friday 27 October 1995' or '27/10/1995'."""
    if long:
        return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def em_runtime(n: int, long: bool) -> str:
    """'1 hr 51 mins', '2 hrs', '1 hr 1 min' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min" + ("" if n == 1 else "s")
    hours = f"{big} hr" + ("" if big == 1 else "s")
    return hours + (f" {small} min" + ("" if small == 1 else "s") if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} · {em_runtime(e.minutes, long)} · {em_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _prices(t: Title, c: Classes, rng: random.Random) -> str:
    sofa = rng.choice(("16.50", "18.90", "19.50"))
    return f'<aside class="{c("prices")}"><h2>Your seat</h2><ul><li>Sofa for two £{sofa} each</li><li>Armchair £14.90</li></ul><p>Everyman Membership from £60 a year.</p><p>Pizza and a film from £25.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Seating", pick(rng, ("Sofas and armchairs", "Sofas", "Armchairs, footstools")))]


SITE = Site(
    NAME,
    "evm",
    CHROME,
    WORDS,
    em_date,
    em_runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} guests booked",
    _episode,
    _prices,
    ("slcard", "aria", "accordion"),
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
    later="Everyman Screening",
    extra_rows=_more,
    cta="Book now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.55 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
