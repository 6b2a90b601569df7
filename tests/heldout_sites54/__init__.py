"""Fifty-fourth independent held-out set: eight relaunches of ReelGuide's own title page for its
new regional English editions, each built by the edition's local team with its own markup, its
own wording of the fact labels and the conventions a real page of that country has: United
Kingdom (/uk/, en-GB), India (/in/, en-IN), Australia (/au/, en-AU), Canada (/ca/, en-CA),
Ireland (/ie/, en-IE), New Zealand (/nz/, en-NZ), South Africa (/za/, en-ZA) and Singapore
(/sg/, en-SG). Each page is at https://www.reelguide.example/<edition>/<kind>/<slug> (its
canonical link, schema.org url and links to other titles under the edition's path; the
record's source_id is still '<kind>/<slug>'), its <html lang> the edition's locale.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new. None is a
ReelGuide design of an earlier set (tests/heldout_sites33, 35, 38, 40, 42, 44, 46, 48, 50 and
52 redesigned ReelGuide around accessibility, a CMS, front-end stacks, information designs,
reading modes, devices, design systems, no-code site builders and static site generators; all
of them in US English, none a regional edition):
reelguide_uk (a fact strip or GEL-style heading/copy list items; 'Running time: 111 mins',
'BBFC certificate' U/PG/12A/15/18, 'Series' for seasons, 'UK release date: 27 October 1995'
or '27/10/1995', 'Budget: £3.6m', '$150m', '£1.2bn'; a later 'On DVD & Blu-ray' date),
reelguide_in (h5/h6 key-value cells or a three-cell table with a colon column; 'Duration: 2h
31min', 'CBFC certificate' U/UA 7+/UA 13+/UA 16+/A, 'Release date: 27 Oct, 1995' or
'27-10-1995', 'Banner', '₹12.35 crore', '₹45 lakh', '₹1,20,00,000' (Indian digit grouping),
'Box office collection', '1,23,456 votes'; a later 'OTT release'),
reelguide_au (figures captioned by their label or pipe-separated meta lines; 'Runtime: 1h
51m', 'Classification' G/PG/M/MA15+/R18+, 'Australian release: Friday 27 October 1995',
'A$3.6 million', 'US$150 million'; a later 'Home entertainment' date),
reelguide_ca (sections labelled by their heading via aria-labelledby or a WET table with row
headers; 'Running time: 1 h 51 min', 'Canadian rating' G/PG/14A/18A/R, 'Canadian release:
1995-10-27' or '27 October 1995', 'CA$3.6 million', 'US$150 million', 'Worldwide gross';
a later 'Added' date),
reelguide_ie (Bootstrap col-4/col-8 rows or small-label/big-value pairs; 'Length: 1hr 51mins',
'IFCO cert' G/PG/12A/15A/18, 'Irish release: 27th October 1995', '€3.6m', 'Takings'; a later
'Last updated'),
reelguide_nz (marked lines or var/samp pairs; 'Duration: 111 minutes', 'NZ rating'
G/PG/M/R16/R18, 'NZ release: 27 Oct 1995', 'Made in', 'NZ$3.6m', 'US$150m'; a later 'On demand
from' date),
reelguide_za (an ordered list of 'Label — value' lines or label pills; 'FPB age restriction'
A/PG/13/16/18, 'SA release: 27 October 1995' or '1995/10/27', 'R45 million' (rand), '$150
million', '1 234 ratings' (space-grouped); a later 'Showmax from' date),
reelguide_sg (list-group items with the value floated right, or card subtitles over card text;
'IMDA rating' G/PG/PG13/NC16/M18, 'Release date (SG): 27-Oct-1995', 'S$3.6 million',
'Distributor / studio'; a later 'Streaming from' date).
Each edition's budget and gross are in its own money on about half the titles and in US
dollars on the rest, rounded so the local short form ('3.6m', '1.2bn', '12.35 crore') is the
exact amount. Each varies its markup per page: the facts in one of three markups, two of them
its team's own and used by no earlier generator (checked by grepping every earlier generator,
tests/heldout* and tests/heldout_sites2..52, for their tells: fact-strip__label,
gel-pica-bold, info-grid__key, <td>:</td>, spec-sheet__fact, meta-line__sep,
aria-labelledby="fs-, wb-inv-label, col-4 fw-bold, <big>, kupu-facts, pair-list__pair,
facts-list, label-pill, float-right, card-deck, data-edition-kit=; the fifty-third set, written
at the same time by another writer, was not there to grep), the third an earlier set's (a
definition list, a table, stat tiles, dot leaders, CSS captions); the heading and its meta line
in the hero's <header> on some deploys, the facts collapsed in a hidden="until-found" block on
some, the blocks in one of three orders, JSON-LD on some pages of every design. Distractors on
every design: rails of other titles with their years, runtimes and certificates; page views,
visits, reads beside the votes; composer/producer/cinematographer labels ('Director of
photography' begins with a director's word; India's 'Music director'); a later date (home
video, OTT, streaming, the page's own update); episode lists with their own lengths, dates and
directors; comments quoting other years and lengths; cinema ticket prices in the local money;
and rows the record has no key for (language, sound mix, consumer advice, dubbed languages,
local titles).

How it was kept blind: it was written in a hurry from the record spec and the writer's memory
of how such regional pages print their facts, without opening any search result. It reuses
only the generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's
common with the helpers it re-exports, tests/heldout_sites18's Site/Words/hide,
tests/heldout_sites38's, 42's and 44's facts markups and the fifty-second set's page skeleton
and furniture, copied into common.py). Nobody writing it opened, grepped, imported or ran
marquee (its parser, normalizers, learners), its docs or field tests, the benchmark figures,
or ran the parser (or benchmarks/sites54.py) on any page of it;
tests/test_heldout_sites54_gen.py tests the generator alone.

What a careful reader of these pages reads, where the spec leaves room: a day-first numeric
date ('05/06/1995' on an en-GB page) is the 5th of June; '£3.6m' is 3,600,000 GBP and '£1.2bn'
1,200,000,000 GBP; '₹12.35 crore' is 123,500,000 INR and '₹45 lakh' 4,500,000 INR; 'R45
million' on the South African edition is 45,000,000 ZAR; 'CA$', 'A$', 'NZ$', 'S$' and 'US$'
are CAD, AUD, NZD, SGD and USD, and a bare '$' is USD (the editions whose own dollar is not
the US dollar never write their own money with a bare '$').
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import (
    Title,
    expected,
    fix_dates,
    new_title,
    other_titles,
    person,
)
from tests.heldout_sites2.site import Context, Design, Episode, SitePage, episodes, reviews
from tests.heldout_sites54 import (
    reelguide_au,
    reelguide_ca,
    reelguide_ie,
    reelguide_in,
    reelguide_nz,
    reelguide_sg,
    reelguide_uk,
    reelguide_za,
)
from tests.heldout_sites54.common import edition_url

_MODULES = (
    reelguide_uk,
    reelguide_in,
    reelguide_au,
    reelguide_ca,
    reelguide_ie,
    reelguide_nz,
    reelguide_za,
    reelguide_sg,
)
EDITIONS: dict[str, str] = {m.NAME: m.EDITION for m in _MODULES}
_DESIGNS = {m.NAME: Design(m.NAME, m.fit, m.render) for m in _MODULES}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    m.NAME: m.SITE.hidden | ({"studios_total"} if "studios" in m.SITE.hidden else set())
    for m in _MODULES
}
SPEC_KEYS = (
    "source_id",
    "kind",
    "title",
    "tagline",
    "synopsis",
    "audience_summary",
    "release_date",
    "release_year",
    "runtime_minutes",
    "content_rating",
    "user_rating_count",
    "genres",
    "countries",
    "studios",
    "studios_total",
    "budget",
    "box_office",
    "imdb_id",
    "trailer_url",
    "seasons",
    "streaming",
    "directors",
    "writers",
    "cast",
)

__all__ = ["DESIGNS", "EDITIONS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites54:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows (a null count or runtime matches no rail's),
    and that an episode's director is never one of the title's own (a trap, not a credit)."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    eps = [_own_director(rng, title, e) for e in episodes(rng, title)]
    ctx = Context(title, others, reviews(rng, title), eps)
    return SitePage(
        edition_url(EDITIONS[design.name], title),
        design.render(title, ctx),
        expected(title),
        design.name,
        tuple(expected(o) for o in others),
    )


def _unlike_any_rail(t: Title) -> Title:
    return replace(
        t,
        rating="(none)" if t.rating is None else t.rating,
        votes=-1 if t.votes is None else t.votes,
        runtime=-1 if t.runtime is None else t.runtime,
    )


def _own_director(rng: random.Random, t: Title, e: Episode) -> Episode:
    director = e.director
    while director in t.directors:
        director = person(rng)
    return replace(e, director=director)
