# ruff: noqa: E501  (HTML templates read best on one line)
"""The Larchmere Cinematheque's film page (/films/), a repertory cinematheque's page for a film
in its calendar, in American English: a still; the <h1> (the meta line under it on some pages);
'Program notes' (the synopsis); a 'Buy tickets' button; the facts as meta lines of an
abbreviated, italic label and its value, a spec grid of small labels over values, or CSS
captions: 'Dir.', 'Scr.', 'Mus.', 'Prod.', 'Ph.' (traps, as a repertory calendar abbreviates
its credits), 'Genre', 'Country', 'Year', 'Runtime: 111 min' (or '1h 51m'; a series' ' per
episode'), 'Seasons', 'Original release: October 27, 1995' (or '10/27/1995') beside a later
'Restoration premiere' date (a trap), 'Production'; rows the record has no key for ('Format:
35mm', 'Print source', 'Language'); 'IMDb'; 'Cast'; the trailer; a series' episodes;
'Showtimes' with dates, a screen and prices (a trap); 'Member comments'; 'Also playing'; a
JSON-LD Movie on some pages. '1,234 member ratings' beside '12,345 on watchlists' (a trap). No
certificate, tagline, audience text, budget, gross or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites59.common import (
    Chrome,
    Classes,
    Site,
    Words,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    render_form,
)

NAME = "larchmere_cinematheque"
HOST = "https://www.larchmerecinematheque.example"
FORM = "films"
HEAD = '<meta property="og:site_name" content="Larchmere Cinematheque"><link rel="alternate" type="text/calendar" href="{url}.ics" title="Showtimes (iCal)">'
CHROME = Chrome(
    "en-US",
    "Larchmere Cinematheque",
    ("Calendar", "Series", "Membership", "Education", "Rentals", "Give"),
    ("We use cookies for ticketing and analytics.", "Accept", "Decline"),
    ("About the Cinematheque", "Visit", "Accessibility", "Privacy"),
    "© 2026 Larchmere Cinematheque, a nonprofit 501(c)(3) organization",
    "__LARCHMERE__",
)
WORDS = Words(
    {
        "director": "Dir.",
        "writer": "Scr.",
        "music": "Mus.",
        "producer": "Prod.",
        "camera": "Ph.",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Original release",
        "studio": "Production",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Program notes",
        "details": "Film details",
        "cast": "Featuring",
        "trailer": "Trailer",
        "episodes": "Episodes in this program",
        "reviews": "Member comments",
        "no_reviews": "No member comments yet.",
        "rail": "Also playing",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} member rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} on watchlists"


def money(m: Money) -> str:
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Episode directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Showtimes with their own dates and prices."""
    day = date(2027, 2, 1) + timedelta(days=rng.randint(0, 40))
    return (
        f'<aside class="{c("prices")}"><h2>Showtimes</h2>'
        + f"<p>{month(day, True)} {day.day}, {day.year} · 7:30 pm · Theater A</p>"
        + f"<p>General ${pick(rng, ('14', '15'))} · Members ${pick(rng, ('9', '10'))} · Students $10</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Format", pick(rng, ("35mm", "16mm", "4K DCP restoration", "Archival 35mm print"))),
            (
                "Print source",
                pick(
                    rng, ("UCLA Film & Television Archive", "Cohen Media Group", "Rialto Pictures")
                ),
            ),
            ("Language", pick(rng, ("English", "In French with English subtitles"))),
        ]
    )


SITE = Site(
    NAME,
    "lcin",
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
    ("cinematheque-meta-lines", "cinematheque-spec-grid", "caption"),
    frozenset(
        {"audience_summary", "streaming", "tagline", "budget", "box_office", "content_rating"}
    ),
    ("director", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="Restoration premiere",
    extra_rows=_more,
    cta="Buy tickets",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this institution's words, formats and components,
    on its host under its catalogue's path."""
    out = render_form(SITE, HOST, FORM, t, ctx)
    return out.replace("</head>", HEAD.replace("{url}", f"{HOST}/{FORM}{t.path}") + "</head>", 1)
