# ruff: noqa: E501  (HTML templates read best on one line)
"""Harbour Film Society Wiki (an invented film society's own wiki of the titles it screens, en-IE):
a poster; the <h1> (the meta line under it on some pages); the lead as 'Programme note'; the facts
as a screening card's table, numbered notes ('<u>Label</u> — value') or a paragraph of one sentence
per fact: 'Directed by', 'Screenplay by', 'Score', 'Producer', 'Photographed by' (traps), 'Genre',
'Country', 'Year', 'Running time: 111 minutes' (or '111 mins'), 'Certificate' (as shown), 'Seasons',
'Release dates: 27 October 1995 (Venice)' and a wider release under it, '10 November 1995 (Berlin)'
(or '27.10.1995 (Venice)') beside a later 'Society screening' (a trap), 'Production company',
'Budget' and 'Box office' ('$25 million[3]'), 'Print' and 'Screened' rows (no record key);
'Starring'; the trailer; a series' 'Episodes screened'; the screenings widget with counts and a
season ticket's price (traps); 'Members' comments'; 'Also in this season'; the IMDb link; a JSON-LD
on some pages. '1,234 members' votes' beside '12,345 members on the mailing list' (a trap). No
tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites66.common import (
    SEVERAL,
    Chrome,
    Site,
    Words,
    episode_line,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    place,
    plain_rows,
    releases,
    render_on,
    widget,
    wiki_money,
)

NAME = "filmsociety"
HOST = "harbourfilmsociety.example"
PROSE = Prose(
    verbs=("returns to", "inherits", "hunts for", "runs from", "guards", "rebuilds"),
    things=(
        "a flooded village",
        "the family orchard",
        "an old lighthouse",
        "a forgotten mine",
        "the last ferry",
    ),
    synopsis="In the season's opening title, {title}, {hero} {verb} {thing}, and {other} {verb2} {thing2}. Members voted it into the programme.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "en-IE",
    "Harbour Film Society Wiki",
    (
        "Films",
        "Television",
        "Random article",
        "Search",
        "Log in",
    ),
    (
        "We use cookies to remember your settings.",
        "Accept",
        "Privacy",
    ),
    (
        "About",
        "Disclaimers",
        "Contact",
        "Privacy",
        "Terms of use",
    ),
    "Text is available under a Creative Commons licence; © 2026 Harbour Film Society Wiki",
    "__HFS_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Screenplay by",
        "music": "Score",
        "producer": "Producer",
        "camera": "Photographed by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Release dates",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Programme note",
        "details": "Screening card",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes screened",
        "reviews": "Members' comments",
        "no_reviews": "No comments from members yet.",
        "rail": "Also in this season",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995 (Venice)' or '27.10.1995 (Venice)'."""
    day = f"{d.day} {month(d)} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{day} ({place(d)})"


def aired(d: date, long: bool) -> str:
    """An episode's air date: the day alone, without the release's place."""
    return date_(d, long).split(" (")[0].split(" <span")[0]


def running(n: int, long: bool) -> str:
    """'111 minutes' or '111 mins'."""
    return f"{n} minutes" if long else f"{n} mins"


def votes(n: int) -> str:
    return f"{grouped(n)} members' " + ("vote" if n == 1 else "votes")


def views(n: int) -> str:
    return f"{grouped(n)} members on the mailing list"


def money(m: Money) -> str:
    """'$25 million[3]'."""
    return wiki_money(m)


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Print", pick(rng, ("35 mm", "DCP", "16 mm"))),
            ("Screened", pick(rng, ("Autumn season", "Spring season", "Summer open-air"))),
        ]
    )


SITE = Site(
    NAME,
    "hfs",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    episode_line("Episode", "Directed by:", running, aired),
    widget(
        "Screenings",
        ("Attended", "Ballots cast", "Programme notes", "Seats left"),
        "Season ticket: $60 ($45 for members)",
    ),
    ("filmsociety-card", "filmsociety-minutes", "prose"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons"),
    0.3,
    later="Society screening",
    extra_rows=_more,
    cta="Book a seat",
    art="poster",
    meta_sep=" / ",
    imdb_text="IMDb",
)

SEVERAL[NAME] = releases(date_)


def fit(t: Title) -> Title:
    t = hide(localize(t, PROSE), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
