"""Fifth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, none
modelled on a site an earlier set took, and each varies its markup per page:
ofdb (OFDb-like, German: layout tables of 'Label:' cells, a '[mehr]' preview, 'Fassungen'
with other runtimes, dotted thousands, FSK),
senscritique (SensCritique-like, French: unlabelled 'Film de X · 1 h 51 min · date' line,
'12,4 k notes', '+ 2 autres' studios, narrow no-break spaces),
filmarks (Filmarks-like, Japanese: one '／'-separated 'ラベル：値' line, '1.2万件', Eirin
ratings, a collapsed full synopsis, names-only cast),
thetvdb (TheTVDB-like, TV-centric: 'Basic Info' list-group, seasons table with Specials,
hidden other-language overviews, trailers as YouTube links),
fandango (Fandango-like US tickets: 'Title (1995)' heading, 'PG-13, 1 hr 51 min', showtimes
and prices, job-or-'as Character' cards),
moviemeter (MovieMeter-like, Dutch: unlabelled lines, 'geregisseerd door', 'met A, B en C',
'12.400 stemmen', microdata on some pages),
maxstream (HBO Max-like SPA: logo title, aria-labelled badges, episodes rail, <h3> details,
schema-only IMDb id and rating count),
filmow (Filmow-like, Brazilian Portuguese: 'Ficha técnica' items, 'US$' and 'R$', a
'pessoas já assistiram' trap).

How it was made blind: it was written from the record spec and from how the model sites
mark their pages up, reusing only the generator code of the earlier sets
(tests/heldout_sites2, tests/heldout_sites3/common.py). Nobody writing it read marquee's
parser, its docs or field tests, the benchmark figures, or ran the parser on any page of
it; tests/test_heldout_sites5_gen.py tests the generator alone.
"""

from __future__ import annotations

import random

from tests.heldout_sites2.site import Design, SitePage, make_page
from tests.heldout_sites5 import (
    fandango,
    filmarks,
    filmow,
    maxstream,
    moviemeter,
    ofdb,
    senscritique,
    thetvdb,
)

_DESIGNS = {d.name: d for d in (
    Design("ofdb", ofdb.fit, ofdb.render),
    Design("senscritique", senscritique.fit, senscritique.render),
    Design("filmarks", filmarks.fit, filmarks.render),
    Design("thetvdb", thetvdb.fit, thetvdb.render),
    Design("fandango", fandango.fit, fandango.render),
    Design("moviemeter", moviemeter.fit, moviemeter.render),
    Design("maxstream", maxstream.fit, maxstream.render),
    Design("filmow", filmow.fit, filmow.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "filmarks": frozenset({"budget", "box_office"}),
    "thetvdb": frozenset({"tagline", "audience_summary"}),
    "maxstream": frozenset({"audience_summary", "budget", "box_office", "streaming",
                            "trailer_url"}),
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites5:{design}:{seed}")
    return [make_page(chosen, rng, serial) for serial in range(1, count + 1)]
