"""Sixth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, none
modelled on a site an earlier set took, and each varies its markup per page:
beyazperde (Beyazperde-like, Turkish, the AlloCiné family: unlabelled '12 Mart 1995 / 1s 51dk /
Dram' line, RTÜK age limits '13+', '12.400 oy', '3.600.000 $', '+2 diğer'),
kinorium (Kinorium-like, Russian: an 'Информация' table, '111 мин. / 01:51', age marks '16+',
'12 400 оценок' with Russian plurals, '«слоган»', 'Actor — Character'),
watcha (Watcha Pedia-like, Korean: unlabelled '1시간 51분 · 15세 이상 관람가' lines, '(1.2만명)',
'기본 정보', person cards whose second line gives the job, '주연 | Character'),
elonet (Elonet-like Finnish film archive: th/td 'Perustiedot', '12.3.1995', 'K-12', markka
budgets, admissions and a censorship record in metres as traps, Actor | Rooli rows),
yahootw (Yahoo! Movies Taiwan-like, traditional Chinese: '片　　長：01時51分', the grade as an
icon's alt text, '1,234 人評分', other titles' trailers, showtimes with prices),
itwiki (Italian Wikipedia article: a disambiguated <h1>, the 'sinottico' infobox with
'Interpreti e personaggi' and 'Doppiatori italiani', lower-case genres, Article JSON-LD),
kinodk (Kino.dk-like Danish cinema: Medierådet chip '11', '1 t. 51 min.', '(1.234 stemmer)',
showtimes, names-only 'Medvirkende', the IMDb id only in the JSON-LD),
trakt (Trakt-like tracker, English: year and certification spans inside the <h1>, '12.4k
votes' among watcher and play counts, <label>-led stats, a season grid with Specials).

How it was made blind: it was written from the record spec and from how the model sites
mark their pages up, reusing only the generator code of the earlier sets
(tests/heldout_sites2, tests/heldout_sites3/common.py, tests/heldout_sites5/common.py). Nobody
writing it read marquee's parser, its docs or field tests, the benchmark figures, or ran the
parser (or benchmarks/sites6.py) on any page of it; tests/test_heldout_sites6_gen.py tests the
generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites6 import (
    beyazperde,
    elonet,
    itwiki,
    kinodk,
    kinorium,
    trakt,
    watcha,
    yahootw,
)

_DESIGNS = {d.name: d for d in (
    Design("beyazperde", beyazperde.fit, beyazperde.render),
    Design("kinorium", kinorium.fit, kinorium.render),
    Design("watcha", watcha.fit, watcha.render),
    Design("elonet", elonet.fit, elonet.render),
    Design("yahootw", yahootw.fit, yahootw.render),
    Design("itwiki", itwiki.fit, itwiki.render),
    Design("kinodk", kinodk.fit, kinodk.render),
    Design("trakt", trakt.fit, trakt.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "watcha": frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id",
                         "studios", "studios_total"}),
    "elonet": frozenset({"tagline", "audience_summary", "user_rating_count", "trailer_url",
                         "streaming"}),
    "yahootw": frozenset({"tagline", "audience_summary", "budget", "box_office", "countries",
                          "streaming"}),
    "itwiki": frozenset({"tagline", "audience_summary", "content_rating", "user_rating_count",
                         "budget", "box_office", "trailer_url", "streaming"}),
    "kinodk": frozenset({"tagline", "budget", "box_office"}),
    "trakt": frozenset({"audience_summary", "budget", "box_office"}),
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites6:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows: where an archive or an encyclopedia never gives
    a rating or a vote count, every title's is null and no rail could differ in it."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    ctx = Context(title, others, reviews(rng, title), episodes(rng, title))
    return SitePage(title.url, design.render(title, ctx), expected(title), design.name,
                    tuple(expected(o) for o in others))


def _unlike_any_rail(t: Title) -> Title:
    """The title as other_titles compares it: a null rating or count matches no rail's."""
    return replace(t, rating="(none)" if t.rating is None else t.rating,
                   votes=-1 if t.votes is None else t.votes)
