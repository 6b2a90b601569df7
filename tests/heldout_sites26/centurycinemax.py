# ruff: noqa: E501  (HTML templates read best on one line)
"""Century Cinemax: a movie page of the Nairobi cinema chain (Kenyan English). A poster; a
breadcrumb; the <h1> (the meta line '1995 · 16 · 1 Hr 51 Mins · Drama' under it, in the hero's
<header> on some deploys); the score with '(1,234 reviews)' / '(1 review)' beside '12,345
interested' (a trap); 'Synopsis'; the facts as one list of labels then values flowed into two
columns (column-count), a two-column table whose label cells only the <colgroup>'s first <col>
sets apart, or stat tiles: 'Director', 'Writers', 'Music', 'Producers' and 'Director of
Photography' (traps; the last begins with the director's label), 'Genre', 'Country', 'Year',
'Running Time: 1 Hr 51 Mins' or '111 Mins' (a series' 'per episode'), 'Rated' (the KFCB's
GE/PG/16/18), 'Release Date: 27th October 1995' (the ordinal day; or '27-10-1995') beside a later
'Now Showing From' (a trap), 'Distributor', 'Budget: USD 3,600,000', 'Box Office', 'Seasons',
'Format', 'Language'; 'Cast'; the trailer; a series' episodes with their own lengths, dates
and directors; showtimes at The Junction and Garden City with their own dates and shilling
prices (traps); comments; 'Also Showing'; a JSON-LD Movie on some pages. No tagline, audience
text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites26.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "centurycinemax"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
KFCB = ages("GE", "PG", None, "16", "18")  # the Kenya Film Classification Board
CHROME = Chrome("en-KE", "Century Cinemax", ("Now Showing", "Coming Soon", "Cinemas", "IMAX", "Offers", "Search"),
                ("This site uses cookies to improve your booking experience.", "Accept", "Cookie Settings"),
                ("About Us", "Contact", "Terms &amp; Conditions", "Privacy Policy", "Careers"), "© 2026 Century Cinemax Ltd", "__CENTURY__")
WORDS = Words(
    {"director": "Director", "writer": "Writers", "music": "Music", "producer": "Producers",
     "camera": "Director of Photography", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Running Time", "rating": "Rated", "seasons": "Seasons",
     "released": "Release Date", "studio": "Distributor", "budget": "Budget", "box_office": "Box Office"},
    {"about": "Synopsis", "details": "Movie Details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Reviews", "no_reviews": "No reviews yet.",
     "rail": "Also Showing"})


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ke_date(d: date, long: bool) -> str:
    """'27th October 1995' or '27-10-1995'."""
    return f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


def running_time(n: int, long: bool) -> str:
    """'1 Hr 51 Mins', '2 Hrs' or '111 Mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} Mins"
    return (f"{big} Hr" if big == 1 else f"{big} Hrs") + (f" {small} Mins" if small else "")


def reviews(n: int) -> str:
    """'(1,234 reviews)', '(1 review)'."""
    return "(1 review)" if n == 1 else f"({grouped(n)} reviews)"


def usd(m: Money) -> str:
    """'USD 3,600,000', 'EUR 7,200,000'."""
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running_time(e.minutes, long)} · {ke_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    """Showtimes days from now (not the release), prices in shillings."""
    day = date(2026, 12, 7) + timedelta(days=rng.randint(0, 6))
    when = f"{day:%a} {day.day} {MONTHS[day.month - 1][:3]}"
    rows = "".join(f"<li>{cinema}: {when}, {hour}:{rng.choice(('00', '20', '45'))} · {fmt} · KES {price}</li>"
                   for cinema, hour, fmt, price in (("The Junction", rng.randint(12, 15), "2D", rng.choice(("700", "800"))),
                                                    ("Garden City", rng.randint(17, 21), "IMAX 3D", rng.choice(("1,300", "1,500")))))
    return f'<section class="{c("showtimes")}"><h2>Showtimes</h2><ul>{rows}</ul><p>Pay with M-Pesa, Paybill 522522. Tuesday tickets KES 500.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Format", pick(rng, ("2D", "2D, 3D", "2D, IMAX 3D"))),
            ("Language", pick(rng, ("English", "English, Swahili subtitles", "Hindi, English subtitles")))]


SITE = Site(NAME, "cc", CHROME, WORDS, ke_date, running_time, " per episode", reviews, usd,
            lambda n: f"{grouped(n)} interested", _episode, _showtimes, ("columns", "colgroup", "tiles"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Now Showing From", extra_rows=_more, cta="Buy Tickets", art="poster", crumbs="Movies")


def fit(t: Title) -> Title:
    t = hide(rated(t, KFCB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
