# ruff: noqa: E501  (HTML templates read best on one line)
"""Linkedfilm (an invented linked-data resource page, in the manner of DBpedia): a backdrop; the <h1>
(the meta line under it on some pages); 'dbo:abstract'; the facts as a property/value table of
triples, Turtle-like statements ('<code>dbo:director</code> value ;') or stat tiles, labelled by
the properties' prefixed names: 'dbo:director', 'dbo:writer', 'dbo:musicComposer',
'dbo:producer', 'dbo:cinematography' (traps), 'dbp:genre', 'dbo:country', 'dbp:year',
'dbo:runtime: 111.0 (minutes)' (or '111 minutes'), 'dbp:rating' (the certificate as shown),
'dbo:numberOfSeasons', 'dbo:releaseDate: 1995-10-27 (xsd:date)' beside a later 'dbp:tvRelease'
(a trap), 'dbo:productionCompany', 'dbp:budget' and 'dbp:gross' ('$25 million[3]', the wiki's
text copied with its reference mark), 'rdf:type' and 'dbo:wikiPageID' rows (no record key; a
page id a number); 'dbo:starring'; a series' 'dbo:episode'; the links widget with counts and an
endpoint plan's price (traps); 'Feedback'; 'is dbo:wikiPageWikiLink of'; the 'dbp:imdbId' link;
a JSON-LD on some pages. '12,345 triples about this resource' (a trap; no votes). No tagline,
audience text, trailer or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites66.common import (
    Chrome,
    Site,
    Words,
    episode_line,
    fit_rng,
    hide,
    no_characters,
    plain_rows,
    render_on,
    widget,
    wiki_money,
)

NAME = "linkedfilm"
HOST = "linkedfilm.example"
PROSE = Prose(
    verbs=("returns to", "inherits", "hunts for", "runs from", "guards", "rebuilds"),
    things=(
        "a flooded village",
        "the family orchard",
        "an old lighthouse",
        "a forgotten mine",
        "the last ferry",
    ),
    synopsis="{title} is a work of fiction. {hero} {verb} {thing}, and {other} {verb2} {thing2}.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "en",
    "Linkedfilm",
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
    "Text is available under a Creative Commons licence; © 2026 Linkedfilm",
    "__LKF_STATE__",
)
WORDS = Words(
    {
        "director": "dbo:director",
        "writer": "dbo:writer",
        "music": "dbo:musicComposer",
        "producer": "dbo:producer",
        "camera": "dbo:cinematography",
        "genre": "dbp:genre",
        "country": "dbo:country",
        "year": "dbp:year",
        "runtime": "dbo:runtime",
        "rating": "dbp:rating",
        "seasons": "dbo:numberOfSeasons",
        "released": "dbo:releaseDate",
        "studio": "dbo:productionCompany",
        "budget": "dbp:budget",
        "box_office": "dbp:gross",
    },
    {
        "about": "dbo:abstract",
        "details": "About: the resource",
        "cast": "dbo:starring",
        "trailer": "dbp:trailer",
        "episodes": "dbo:episode",
        "reviews": "Feedback",
        "no_reviews": "No feedback.",
        "rail": "is dbo:wikiPageWikiLink of",
    },
)


def date_(d: date, long: bool) -> str:
    """'1995-10-27 (xsd:date)' or '1995-10-27'."""
    return f"{d.isoformat()} (xsd:date)" if long else d.isoformat()


def aired(d: date, long: bool) -> str:
    """An episode's air date: the day alone, without the release's place."""
    return date_(d, long).split(" (")[0].split(" <span")[0]


def running(n: int, long: bool) -> str:
    """'111.0 (minutes)' or '111 minutes'."""
    return f"{n}.0 (minutes)" if long else f"{n} minutes"


def votes(n: int) -> str:
    return f"{grouped(n)} " + ("vote" if n == 1 else "votes")


def views(n: int) -> str:
    return f"{grouped(n)} triples about this resource"


def money(m: Money) -> str:
    """'$25 million', the wiki's own words copied with their reference mark."""
    return wiki_money(m)


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            (
                "rdf:type",
                "dbo:TelevisionShow" if t is not None and t.kind == "show" else "dbo:Film",
            ),
            ("dbo:wikiPageID", str(rng.randint(100000, 90000000))),
        ]
    )


SITE = Site(
    NAME,
    "lkf",
    CHROME,
    WORDS,
    date_,
    running,
    " (per episode)",
    votes,
    money,
    views,
    episode_line("Episode", "Director:", running, aired),
    widget(
        "Links",
        ("owl:sameAs", "Inbound links", "Redirects", "Disambiguates"),
        "SPARQL endpoint plan: €19 a month",
    ),
    ("linkedfilm-triples", "linkedfilm-turtle", "stats"),
    frozenset(["audience_summary", "streaming", "tagline", "trailer_url", "user_rating_count"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons"),
    0.3,
    later="dbp:tvRelease",
    extra_rows=_more,
    cta="Browse using OpenLink Faceted Browser",
    art="backdrop",
    meta_sep=" · ",
    imdb_text="dbp:imdbId",
)


def fit(t: Title) -> Title:
    t = hide(localize(t, PROSE), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
