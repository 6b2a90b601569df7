"""Datacanon (an invented structured-data wiki's item pages, in the manner of Wikidata, lang en): a
backdrop; the <h1> (the item's label; the meta line under it on some pages); the description as
'Description'; the facts as statement groups (the property a link, the main value, '1
reference' under it), compact snaks with a 'preferred rank' mark, or CSS captions, in property
labels: 'director', 'screenwriter', 'composer', 'producer', 'director of photography' (traps),
'genre', 'country of origin', 'publication year', 'duration: 111 minute' (the unit's label,
singular; or '111 min'), 'content rating' (the certificate as shown), 'number of seasons',
'publication date: 27 October 1995' with the qualifier 'place of publication: Toronto' beside a
later 'significant event: television premiere' (a trap), 'production company', 'cost' and 'box
office' ('25,000,000 United States dollar', the currency's label), 'instance of' and 'original
language of film or TV show' rows (no record key); 'cast member'; a series' 'has part(s)'; the
sitelinks widget with counts and a mirror's price (traps); 'Discussion'; 'Items linked here';
the 'IMDb ID' link; a JSON-LD on some pages. '1,234 revisions in this item's history' (a trap;
no votes). No tagline, audience text, trailer or streaming block."""

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
    month,
    no_characters,
    pick,
    place,
    plain_rows,
    render_on,
    widget,
)

NAME = "datacanon"
HOST = "datacanon.example"
PROSE = Prose(
    verbs=("returns to", "inherits", "hunts for", "runs from", "guards", "rebuilds"),
    things=(
        "a flooded village",
        "the family orchard",
        "an old lighthouse",
        "a forgotten mine",
        "the last ferry",
    ),
    synopsis="{title}: work in which {hero} {verb} {thing} and {other} {verb2} {thing2}.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "en",
    "Datacanon",
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
    "Text is available under a Creative Commons licence; © 2026 Datacanon",
    "__DCN_STATE__",
)
WORDS = Words(
    {
        "director": "director",
        "writer": "screenwriter",
        "music": "composer",
        "producer": "producer",
        "camera": "director of photography",
        "genre": "genre",
        "country": "country of origin",
        "year": "publication year",
        "runtime": "duration",
        "rating": "content rating",
        "seasons": "number of seasons",
        "released": "publication date",
        "studio": "production company",
        "budget": "cost",
        "box_office": "box office",
    },
    {
        "about": "Description",
        "details": "Statements",
        "cast": "cast member",
        "trailer": "Trailer",
        "episodes": "has part(s)",
        "reviews": "Discussion",
        "no_reviews": "No discussion.",
        "rail": "Items linked here",
    },
)


# the currency items' labels, as an item page names a quantity's unit
UNITS = {
    "USD": "United States dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "Japanese yen",
    "CNY": "renminbi",
    "KRW": "South Korean won",
    "INR": "Indian rupee",
    "BRL": "Brazilian real",
    "AUD": "Australian dollar",
    "CAD": "Canadian dollar",
    "DEM": "Deutsche Mark",
}


def date_(d: date, long: bool) -> str:
    """'27 October 1995' with its qualifier 'place of publication: Toronto', or '27 October
    1995' alone."""
    day = f"{d.day} {month(d)} {d.year}"
    if long:
        return f'{day} <span class="dcn-qualifier">place of publication: {place(d)}</span>'
    return day


def aired(d: date, long: bool) -> str:
    """An episode's air date: the day alone, without the release's place."""
    return date_(d, long).split(" (")[0].split(" <span")[0]


def running(n: int, long: bool) -> str:
    """'111 minute' (the unit's label, singular as item pages write it) or '111 min'."""
    return f"{n} minute" if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} " + ("vote" if n == 1 else "votes")


def views(n: int) -> str:
    return f"{grouped(n)} revisions in this item's history"


def money(m: Money) -> str:
    """'25,000,000 United States dollar': the amount and its unit's label."""
    return f"{grouped(m.amount)} {UNITS[m.currency]}"


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("instance of", "television series" if t is not None and t.kind == "show" else "film"),
            ("original language of film or TV show", pick(rng, ("English", "French", "Japanese"))),
        ]
    )


SITE = Site(
    NAME,
    "dcn",
    CHROME,
    WORDS,
    date_,
    running,
    " (per episode)",
    votes,
    money,
    views,
    episode_line("episode", "director:", running, aired),
    widget(
        "Sitelinks",
        ("Wikipedia", "Wikiquote", "Commons", "Identifiers"),
        "Query service mirror from $40 a month",
    ),
    ("datacanon-statements", "datacanon-compact", "caption"),
    frozenset(["audience_summary", "streaming", "tagline", "trailer_url", "user_rating_count"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons"),
    0.2,
    later="significant event: television premiere",
    extra_rows=_more,
    cta="Edit statements",
    art="backdrop",
    meta_sep=" · ",
    imdb_text="IMDb ID",
)


def fit(t: Title) -> Title:
    t = hide(localize(t, PROSE), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
