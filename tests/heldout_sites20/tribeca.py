# ruff: noqa: E501  (HTML templates read best on one line)
"""Tribeca: a film's (or a Tribeca TV series') page in the Tribeca Festival's online film guide
(English), a festival catalogue rather than a store. A film still; breadcrumbs (Film Guide, the
genre, the title); the <h1> (the meta line '1995 | 111 min | Drama' above or under it on some
deploys); '1,234 people saved this' (a trap); 'About the Film'; the credits as a table giving
each name its own row under a spanning label cell, a sandboxed <iframe srcdoc> widget holding a
definition list, or list items whose text is the label and whose value is a data-value
attribute the stylesheet draws after it: 'Director', 'Screenwriter', 'Composer', 'Producer' and
'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Runtime: 111 min' or '1 hr 51 min' (a
series' 'per episode'), 'Seasons', 'Production Company', 'Program' (the festival section),
'Premiere' ('World Premiere', not a date), 'Language' and 'Sales Agent' (a company other than
the studios, a trap); 'Cast'; the trailer; a series' episodes with their own lengths, dates and
directors; the screenings with their own dates, venues and prices, and a short that screens
with the film, with its own runtime (traps); audience notes; 'More in This Program'; a JSON-LD
Movie on some pages. A festival guide gives no certificate, full release date, votes, money,
IMDb link, tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, hours
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites20.common import (
    Chrome,
    Classes,
    Site,
    Words,
    fit_rng,
    hide,
    no_characters,
    pick,
    render_site,
)

NAME = "tribeca"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
CHROME = Chrome("en-US", "Tribeca Festival", ("Festival", "Film Guide", "Tickets", "Passes", "Venues", "Tribeca X"),
                ("We use cookies to improve your experience on our site.", "Accept", "Preferences"),
                ("About Tribeca", "Accessibility", "Privacy Policy", "Terms of Use", "Contact"), "© 2026 Tribeca Enterprises LLC", "__TRIBECA__")
WORDS = Words(
    {"director": "Director", "writer": "Screenwriter", "music": "Composer", "producer": "Producer",
     "camera": "Cinematographer", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Runtime", "rating": "", "seasons": "Seasons", "released": "",
     "studio": "Production Company", "budget": "", "box_office": ""},
    {"about": "About the Film", "details": "Credits", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Audience Notes", "no_reviews": "No notes yet.",
     "rail": "More in This Program"})
PROGRAMS = ("Spotlight Narrative", "U.S. Narrative Competition", "International Narrative Competition",
            "Viewpoints", "Midnight")
VENUES = ("SVA Theatre 1", "Village East by Angelika", "AMC 19th St.", "BMCC Tribeca PAC", "Spring Studios")
AGENTS = ("Cinetic Media", "Submarine Entertainment", "WME Independent", "Visit Films", "Magnify")


def us_date(d: date, long: bool) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if long else f"{d.month}/{d.day}/{d.year}"


def runtime(n: int, long: bool) -> str:
    """'111 min' or '1 hr 51 min'."""
    return f"{n} min" if long else hours(n, " hr", " min")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} | {runtime(e.minutes, long)} | {us_date(e.aired, True)}</p><p>Directed by {esc(e.director)}</p>"


def _screenings(t: Title, c: Classes, rng: random.Random) -> str:
    """The festival's screenings (their own dates, venues, prices) and the short that precedes
    the feature (its own runtime): traps."""
    first = date(2026, 6, 4) + timedelta(days=rng.randint(0, 3))
    days = sorted(rng.sample(range(0, 9), 3))
    rows = "".join(f'<li><time datetime="{(first + timedelta(days=d)).isoformat()}">{(first + timedelta(days=d)).strftime("%a")}, {MONTHS[(first + timedelta(days=d)).month - 1]} {(first + timedelta(days=d)).day}</time> · {rng.randint(1, 9)}:{rng.choice(("00", "15", "30", "45"))} PM · {pick(rng, VENUES)} · ${rng.choice((28, 32, 40))}</li>' for d in days)
    short = f'<p>Screens with the short <i>{pick(rng, ("Low Tide", "Paper Birds", "The Last Bus", "Salt"))}</i> ({rng.randint(6, 19)} min)</p>' if t.kind == "movie" and rng.random() < 0.5 else ""
    return f'<section class="{c("screenings")}"><h2>Screenings</h2><ul>{rows}</ul>{short}</section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Program", "Tribeca TV" if t.kind == "show" else pick(rng, PROGRAMS)),
            ("Premiere", pick(rng, ("World Premiere", "North American Premiere", "New York Premiere"))),
            ("Language", pick(rng, ("English", "Spanish with English subtitles", "French, English"))),
            ("Sales Agent", pick(rng, AGENTS))]


SITE = Site(NAME, "tb", CHROME, WORDS, us_date, runtime, " per episode", no_votes, no_money,
            lambda n: f"{grouped(n)} people saved this", _episode, _screenings, ("rowspan", "srcdoc", "cssvalue"),
            frozenset({"tagline", "audience_summary", "release_date", "content_rating",
                       "user_rating_count", "budget", "box_office", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "description"),
            0.4, meta_sep=" | ", extra_rows=_more, cta="Get Tickets", crumbs="Film Guide")


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
