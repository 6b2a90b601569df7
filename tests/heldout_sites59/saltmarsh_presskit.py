# ruff: noqa: E501  (HTML templates read best on one line)
"""Saltmarsh Pictures' electronic press kit page (/presskit/), a distributor's press-kit page
for a title it releases, in American English: a key art still; the <h1> (the meta line under
it on some pages); 'Synopsis'; a 'Download press kit' button; the facts as a technical
specifications table (each label a row's <th scope="row">), a fact sheet's 'Label | value'
lines, or stat tiles: 'Director', 'Writers', 'Original Music', 'Producers', 'Director of
Photography' (traps; the last begins with a director's word), 'Genre', 'Country', 'Year',
'Running Time: 111 minutes' (or '01:51:00', the DCP's duration; a series' ' per episode'),
'MPA Rating', 'Seasons', 'Release Date: October 27, 1995' (or '1995-10-27') beside a later
'Home Entertainment Release' date (a trap), 'Production Companies', 'Budget: $3,600,000' (or
'EUR 3,600,000'), 'Worldwide Gross'; rows the record has no key for ('Aspect Ratio', 'Sound',
'Exhibition Format: DCP', 'Language'); 'IMDb'; 'Cast'; the trailer; a series' episodes;
'Licensing' prices (a trap); 'Press quotes'; 'Also from Saltmarsh'; a JSON-LD Movie on some
pages. '12,345 kit downloads' (a trap); no votes. The money in full, in the title's own
currency. No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites59.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_form,
)

NAME = "saltmarsh_presskit"
HOST = "https://press.saltmarshpictures.example"
FORM = "presskit"
HEAD = '<meta property="og:site_name" content="Saltmarsh Pictures Press"><meta name="robots" content="noindex"><link rel="alternate" type="application/pdf" href="{url}.pdf" title="Press kit (PDF)">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Saltmarsh Pictures Press",
    ("Films", "Press kits", "Screeners", "Publicity contacts", "Sign in"),
    ("We use cookies to remember your press login.", "OK", "Cookie settings"),
    ("Saltmarsh Pictures", "Publicity", "Terms of use", "Privacy"),
    "© 2026 Saltmarsh Pictures LLC. Materials for press use only.",
    "__SALTMARSH_PRESS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Original Music",
        "producer": "Producers",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "MPA Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Companies",
        "budget": "Budget",
        "box_office": "Worldwide Gross",
    },
    {
        "about": "Synopsis",
        "details": "Technical specifications",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episode guide",
        "reviews": "Press quotes",
        "no_reviews": "Quotes to come.",
        "rail": "Also from Saltmarsh",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27'."""
    return f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 minutes' or '01:51:00'."""
    if long:
        return f"{n} minute" + ("" if n == 1 else "s")
    return f"{n // 60:02d}:{n % 60:02d}:00"


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} kit downloads"


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 3,600,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}.{e.number:02d} · {running(e.minutes, long)} · premiered {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Licensing</h2>'
        + f"<p>Non-theatrical screening licence from ${pick(rng, ('250', '350'))} · Educational DVD ${pick(rng, ('89.95', '129.00'))} · Festival screening fee ${pick(rng, ('300', '450'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Aspect Ratio", pick(rng, ("2.39:1", "1.85:1", "1.66:1"))),
            ("Sound", pick(rng, ("5.1", "Dolby Atmos", "Stereo"))),
            ("Exhibition Format", pick(rng, ("DCP (2K)", "DCP (4K)", "35mm and DCP"))),
            ("Language", pick(rng, ("English", "English, Portuguese"))),
        ]
    )


SITE = Site(
    NAME,
    "smp",
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
    ("presskit-tech-specs", "presskit-factsheet", "stats"),
    frozenset({"audience_summary", "streaming", "tagline", "user_rating_count"}),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Home Entertainment Release",
    extra_rows=_more,
    cta="Download press kit",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this institution's words, formats and components,
    on its host under its catalogue's path."""
    out = render_form(SITE, HOST, FORM, t, ctx)
    return out.replace("</head>", HEAD.replace("{url}", f"{HOST}/{FORM}{t.path}") + "</head>", 1)
