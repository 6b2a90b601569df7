# ruff: noqa: E501  (HTML templates read best on one line)
"""Ster-Kinekor: a movie page of the South African cinema chain (South African English). A
poster; a breadcrumb; the <h1> (the meta line '1995 · 16 · 1 hr 51 min · Drama' under it, in
the hero's <header> on some deploys); the score with '(1 234 ratings)' beside '12 345 tickets
sold' (a trap); 'Synopsis'; the facts as a grid whose values come first and labels after,
placed by named grid areas, list items whose value comes before its label and that the
stylesheet draws reversed, or a table: 'Director', 'Writer', 'Original Music', 'Producer' and
'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Running Time: 1 hr 51 min' or '111 min'
(a series' 'per episode'), 'Age Restriction' (the FPB's A/PG/13/16/18), 'Release Date: 27
October 1995' (or the South African numeric '1995/10/27') beside a later 'In Cinemas' (a
trap), 'Distributor', 'Budget: $3 600 000', 'Box Office', 'Seasons', 'Format', 'Consumer
Advice'; 'Cast'; the trailer; a series' episodes with their own lengths, dates and directors;
showtimes at Ster-Kinekor cinemas with their dates and prices in rand (traps); comments; 'You
Might Also Like'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or
streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites24.common import (
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

NAME = "sterkinekor"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
FPB = ages("A", "PG", "13", "16", "18")  # the Film and Publication Board
CHROME = Chrome("en-ZA", "Ster-Kinekor", ("Movies", "Cinemas", "Experiences", "Kids", "Food & Drinks", "Search"),
                ("This website uses cookies.", "Accept", "Cookie Preferences"),
                ("About Us", "Careers", "Contact Us", "Terms & Conditions", "PAIA Manual"), "© 2026 Ster-Kinekor Theatres", "__STERKINEKOR__")
WORDS = Words(
    {"director": "Director", "writer": "Writer", "music": "Original Music", "producer": "Producer",
     "camera": "Cinematography", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Running Time", "rating": "Age Restriction", "seasons": "Seasons",
     "released": "Release Date", "studio": "Distributor", "budget": "Budget", "box_office": "Box Office"},
    {"about": "Synopsis", "details": "Movie Info", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Reviews", "no_reviews": "Be the first to review this movie.",
     "rail": "You Might Also Like"})


def za_date(d: date, long: bool) -> str:
    """'27 October 1995' or '1995/10/27'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.year}/{d.month:02d}/{d.day:02d}"


def running_time(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def ratings(n: int) -> str:
    """'(1 234 ratings)', '(1 rating)'."""
    return "(1 rating)" if n == 1 else f"({grouped(n, ' ')} ratings)"


def rand_money(m: Money) -> str:
    """'$3 600 000': South Africa groups thousands with spaces."""
    return money_symbol(m, " ")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {za_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    """Showtimes days from now (not the release), prices in rand."""
    day = date(2026, 12, 7) + timedelta(days=rng.randint(0, 6))
    rows = "".join(f"<li>{cinema}: {day.day} {MONTHS[day.month - 1][:3]} {hour}:{rng.choice(('00', '15', '45'))} · {fmt} R{price}</li>"
                   for cinema, hour, fmt, price in (("Rosebank Nouveau", rng.randint(12, 15), "2D", rng.choice((95, 110))),
                                                    ("V&amp;A Waterfront", rng.randint(17, 21), "IMAX", rng.choice((170, 185)))))
    return f'<section class="{c("showtimes")}"><h2>Showtimes</h2><ul>{rows}</ul><p>Cheap Tuesdays: R59 on 2D movies.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Format", pick(rng, ("2D", "2D, IMAX", "2D, 4DX"))),
            ("Consumer Advice", pick(rng, ("V, L", "L, S", "V, P, L", "D")))]


SITE = Site(NAME, "sk", CHROME, WORDS, za_date, running_time, " per episode", ratings, rand_money,
            lambda n: f"{grouped(n, ' ')} tickets sold", _episode, _showtimes, ("areas", "reverse", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="In Cinemas", extra_rows=_more, cta="Book Tickets", art="poster", crumbs="Movies")


def fit(t: Title) -> Title:
    t = hide(rated(t, FPB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
