# ruff: noqa: E501  (HTML templates read best on one line)
"""ShowKhidki (an invented Indian movie-ticketing site, en-IN) and its movie page: a poster;
the <h1> (the meta line under it on some deploys); 'About the movie'; a 'Book tickets' button;
the facts as detail rows (a <label> over a text div), about chips (a <small> label, then the
value) or CSS captions: 'Director', 'Writer', 'Music Director', 'Producer', 'DOP' (traps),
'Genre', 'Country', 'Year', 'Duration: 1h 51m' (or '111 min'; a series' ' per episode'),
'Certificate' (the CBFC's U/UA 7+/UA 13+/UA 16+/A) with its own 'Advisory' row, 'Seasons',
'Release date: 27 Oct, 1995' (or '27 October 1995') beside a later 'Booking opens' date (a
trap), 'Studio', 'Budget: ₹1,20,00,00,000' (Indian digit grouping, or '$150,000,000'), 'Box
office', 'Languages' and 'Formats' (no record key); 'IMDb'; 'Cast'; the trailer; a series'
episodes; 'Showtimes' (2D, 3D, IMAX 2D and 4DX sessions, Recliner and Executive seats in
rupees and a convenience fee; a trap); user reviews; 'You might also like'; a JSON-LD Movie on
some deploys. '1,234 votes' beside '12,345 are interested' (a trap). The money in full, in
rupees or US dollars. No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites57.common import (
    Chrome,
    Classes,
    Site,
    Words,
    advice,
    ages,
    fit_rng,
    hide,
    indian_grouped,
    localize_money,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    showtimes,
)

NAME = "showkhidki"
TIERS = ("U", "UA 7+", "UA 13+", "UA 16+", "A")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-IN",
    "ShowKhidki",
    ("Movies", "Stream", "Events", "Plays", "Offers"),
    ("We use cookies to show you showtimes in your city.", "Okay", "Privacy Policy"),
    ("List your show", "Corporate vouchers", "Help", "Terms and Conditions"),
    "© 2026 ShowKhidki Entertainment Pvt. Ltd.",
    "__KHIDKI_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music Director",
        "producer": "Producer",
        "camera": "DOP",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About the movie",
        "details": "Movie info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Top reviews",
        "no_reviews": "No reviews yet. Watched it? Rate now.",
        "rail": "You might also like",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 Oct, 1995' or '27 October 1995'."""
    return f"{d.day} {month(d, True)}, {d.year}" if long else f"{d.day} {month(d)} {d.year}"


def running(n: int, long: bool) -> str:
    """'1h 51m' (or '45m' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min" if not long else f"{n}m"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} are interested"


def money(m: Money) -> str:
    """'₹1,20,00,00,000' (Indian grouping) or '$150,000,000'."""
    return "₹" + indian_grouped(m.amount) if m.currency == "INR" else "$" + grouped(m.amount)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} | {running(e.minutes, long)} | {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return showtimes(
        c,
        rng,
        "Showtimes",
        [
            ("Executive", f"₹{pick(rng, ('180', '220', '250'))}"),
            ("Premium", f"₹{pick(rng, ('290', '320', '350'))}"),
            ("Recliner", f"₹{pick(rng, ('520', '600', '650'))}"),
        ],
        f"Convenience fee ₹{pick(rng, ('25.96', '30.68', '35.40'))} per ticket (incl. GST).",
        ("2D", "3D", "IMAX 2D", "4DX", "Dolby Atmos", "ICE"),
        ("Today", "Tomorrow", "Sat 12", "Sun 13"),
        "Select seats",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the board's advisory beside the certificate, the
    languages and formats."""
    rows = []
    if t is None or t.rating:
        rows.append(("Advisory", advice(TIERS, t.rating if t else None, rng)))
    rows.append(
        ("Languages", pick(rng, ("English", "English, Hindi", "English, Hindi, Tamil, Telugu")))
    )
    rows.append(("Formats", pick(rng, ("2D", "2D, 3D, IMAX 2D", "2D, 4DX"))))
    return plain_rows(rows)


SITE = Site(
    NAME,
    "skd",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("khidki-detail-rows", "khidki-about-chips", "caption"),
    frozenset({"audience_summary", "streaming", "tagline"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.4,
    later="Booking opens",
    extra_rows=_more,
    cta="Book tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "INR", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
