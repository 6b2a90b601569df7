"""Seventh independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, and each varies its markup per page:
metacritic (Metacritic-like: Metascore and 'Based on 1,234 User Ratings' blocks, a 'Details'
list 'Release Date:' 'Oct 27, 1995', 'Duration:' '1 h 51 m', 'Rating:', 'Production Company:',
critic reviews as traps), filmaffinity (FilmAffinity-like, Spanish: <dl class="movie-info">
'Año', 'Duración' '111 min.', 'País', 'Dirección', 'Guion', 'Reparto', 'Compañías', 'Género',
'1.234 votos', '3.600.000 $'), elcinema (elCinema-like, Arabic, right to left: Arabic labels,
Arabic month names, '١١١ دقيقة' in Arabic-Indic digits on some deploys, Egyptian age marks
'+16'), bookmyshow (BookMyShow-like, Indian English: '2h 31m • Action, Thriller • UA13+ • 14
Jul, 2023', '(12.4K Votes)', box office in crore or lakh '₹45.6 Cr', carousels captioned with
the role; films only), porthu (PORT.hu-like, Hungarian: 'magyarul beszélő, amerikai
filmdráma, 111 perc, 1995', 'Rendező:', 'Szereplő(k):', '1995. október 27.', age chips
'16'), mubi (MUBI-like: 'Directed by X · United States, 1995 · 111 min', editorial notes,
'Now showing'), tvmaze (TVmaze-like, every title a series: 'Network:', 'Schedule:' 'Sundays at
21:00 (60 min)', 'Status:', 'Show Type:', 'Episodes ordered:', 'as Character', an episode
list), boxofficemojo (Box Office Mojo-like, films only: 'Domestic Distributor', 'Budget',
'Running Time' '1 hr 51 min', 'Worldwide' gross with domestic, international, opening and
per-region grosses as traps).

Three of these sites (Metacritic, FilmAffinity, MUBI) were models of earlier sets too; these are
new designs written from their current markup, named without a suffix clash: their design names
here are 'metacritic-2026', 'filmaffinity-2026' and 'mubi-2026'.

How it was kept blind: it was written from the record spec and from how the model sites mark
their pages up (public scrapers and saved pages found with the search tool: a BookMyShow scraper
reading 'event-attributes' hero lines split on ' • ' and 'component-4/5' cast and crew
sections, a saved elcinema.com page with lang="ar" dir="rtl", a Hungarian cinema archive with
PORT.hu-style 'színes magyar filmdráma, 89 perc, 2007' lines and 'szereplő(k):' 'Name (Role)',
TVmaze API records, Box Office Mojo scrapers naming 'Domestic Distributor', 'Running Time' and
the regional grosses, FilmAffinity scrapers reading 'dl.movie-info'), reusing only the generator
code of the earlier sets (tests/heldout_sites2, tests/heldout_sites5/common.py,
tests/heldout_sites6). Nobody writing it read marquee's parser, its docs or field tests, the
benchmark figures, or ran the parser (or benchmarks/sites7.py) on any page of it;
tests/test_heldout_sites7_gen.py tests the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites7 import (
    bookmyshow,
    boxofficemojo,
    elcinema,
    filmaffinity,
    metacritic,
    mubi,
    porthu,
    tvmaze,
)

_DESIGNS = {d.name: d for d in (
    Design("metacritic-2026", metacritic.fit, metacritic.render),
    Design("filmaffinity-2026", filmaffinity.fit, filmaffinity.render),
    Design("elcinema", elcinema.fit, elcinema.render),
    Design("bookmyshow", bookmyshow.fit, bookmyshow.render),
    Design("porthu", porthu.fit, porthu.render),
    Design("mubi-2026", mubi.fit, mubi.render),
    Design("tvmaze", tvmaze.fit, tvmaze.render),
    Design("boxofficemojo", boxofficemojo.fit, boxofficemojo.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "metacritic-2026": frozenset({"audience_summary", "budget", "box_office", "imdb_id",
                                  "trailer_url"}),
    "filmaffinity-2026": frozenset({"tagline", "audience_summary", "release_date",
                                    "content_rating", "imdb_id", "trailer_url"}),
    "elcinema": frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id"}),
    "bookmyshow": frozenset({"tagline", "audience_summary", "countries", "studios",
                             "studios_total", "budget", "imdb_id", "seasons", "streaming"}),
    "porthu": frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id",
                         "streaming"}),
    "mubi-2026": frozenset({"tagline", "audience_summary", "release_date", "content_rating",
                            "studios", "studios_total", "budget", "box_office", "imdb_id",
                            "trailer_url", "streaming"}),
    "tvmaze": frozenset({"tagline", "audience_summary", "content_rating", "countries",
                         "studios", "studios_total", "budget", "box_office", "streaming"}),
    "boxofficemojo": frozenset({"tagline", "audience_summary", "user_rating_count",
                                "countries", "studios", "studios_total", "trailer_url",
                                "seasons", "streaming"}),
}
# fields a design shows on every page (a TV-only site: every title is a series)
ALWAYS_SHOWN: dict[str, frozenset[str]] = {"tvmaze": frozenset({"seasons"})}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["ALWAYS_SHOWN", "DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites7:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows: where a site never gives a certificate or a
    vote count, every title's is null and no rail could differ in it."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    ctx = Context(title, others, reviews(rng, title), episodes(rng, title))
    return SitePage(title.url, design.render(title, ctx), expected(title), design.name,
                    tuple(expected(o) for o in others))


def _unlike_any_rail(t: Title) -> Title:
    """The title as other_titles compares it: a null rating or count matches no rail's."""
    return replace(t, rating="(none)" if t.rating is None else t.rating,
                   votes=-1 if t.votes is None else t.votes)
