# ruff: noqa: E501  (HTML templates read best on one line)
"""NFSA: a title record in the collection search of Australia's National Film and Sound Archive
(Australian English). A backdrop, the breadcrumb 'Collection', the <h1> (the meta line '1995 ·
M · 111 mins' on some deploys); no votes, 'Viewed 12,345 times' (a trap); 'Summary'; the record
in a portable infobox (data-source items), a description list grouped pair by pair, or a
two-column table: 'Director', 'Screenplay', 'Music', 'Producer' and 'Director of Photography'
(traps, the last beginning with the director's label), 'Genre/Form', 'Country of origin',
'Production year', 'Duration: 1:51:00' or '111 mins', 'Classification' (the ACB's
G/PG/M/MA15+/R18+), 'Release date: 27 October 1995' (or '27/10/1995') beside a later
'Accessioned' (a trap), 'Production company', 'Series' (seasons), 'Budget: USD 3,600,000' (the ISO code first), 'Format', 'Sound';
'Credits'; a show's episodes; the NFSA shop's DVD and print prices (traps); comments; 'Related
collection items'; a JSON-LD Movie on some pages. No tagline, audience text, votes, box office
or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites32.common import (
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
    render_site,
)

NAME = "nfsa"
ACB = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "National Film and Sound Archive of Australia",
    ("Home", "Search the collection", "Curated", "Visit", "Learn", "Donate"),
    ("The NFSA uses cookies to understand how the collection is used.", "Accept", "More info"),
    ("Contact", "Copyright", "Privacy", "Accessibility", "Acknowledgement of Country"),
    "© National Film and Sound Archive of Australia",
    "__NFSA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre/Form",
        "country": "Country of origin",
        "year": "Production year",
        "runtime": "Duration",
        "rating": "Classification",
        "seasons": "Series",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "",
    },
    {
        "about": "Summary",
        "details": "Record details",
        "cast": "Credits",
        "trailer": "Clip",
        "episodes": "Episodes in this series",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "Related collection items",
    },
)


def au_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return f"{d.day} {month(d)} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def duration(n: int, long: bool) -> str:
    """'1:51:00' (hours, minutes, seconds) or '111 mins'."""
    return f"{n // 60}:{n % 60:02d}:00" if long else f"{n} mins"


def no_votes(n: int) -> str:
    return ""


def budget(m: Money) -> str:
    """'USD 3,600,000', 'AUD 7,200,000'."""
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, series {e.season} · {duration(e.minutes, long)} · {au_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    dvd = rng.choice(("24.95", "29.95"))
    return f'<aside class="{c("shop")}"><h2>NFSA Shop</h2><ul><li>DVD ${dvd}</li><li>Archival print copy $45.00</li><li>Research access: free for NFSA members ($60 a year)</li></ul></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("35mm film", "16mm film", "Betacam SP", "Digital file"))),
            ("Sound", pick(rng, ("Optical sound", "Mono", "Stereo"))),
        ]
    )


SITE = Site(
    NAME,
    "nf",
    CHROME,
    WORDS,
    au_date,
    duration,
    " per episode",
    no_votes,
    budget,
    lambda n: f"Viewed {grouped(n)} times",
    _episode,
    _shop,
    ("portable", "groups", "table"),
    frozenset({"tagline", "audience_summary", "user_rating_count", "box_office", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="Accessioned",
    extra_rows=_more,
    crumbs="Collection",
    imdb_text="IMDb record",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ACB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
