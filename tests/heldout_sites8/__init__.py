"""Eighth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, and each varies its markup per page:
kinopoisk (Kinopoisk-like, Russian: 'Title (1995)' <h1>, an 'О фильме' table with 'Год
производства', 'Слоган', 'Бюджет $3 600 000', 'Сборы в мире', 'Возраст 16+' or 'Рейтинг MPAA',
'111 мин. / 01:51', '12 345 оценок', 'В главных ролях' names),
naver (Naver search box, Korean: an <h2> title, '개요 드라마, 로맨스 · 미국 · 111분', '개봉
1995.10.27.', '등급 15세 관람가', '(참여 1,234명)', '누적관객' admissions as a trap, '주연 | Role'),
appletv (Apple TV app web page: 'Drama · 1995 · 1 hr 51 min', badges as images with alt text,
'Starring', 'Cast & Crew', an 'Information' grid, a logo image as the <h1> on some pages),
filmtipset (Filmtipset-like, Swedish: 'Regi:', 'Manus:', 'Skådespelare:', 'Längd: 111 min',
'Premiär: 27 oktober 1995', 'Åldersgräns: 15 år', '1 234 betyg'),
sratim (Sratim-like, Hebrew, right to left: a Hebrew <h1> beside the English original, 'במאי',
'תסריט', 'שחקנים', '111 דקות', Hebrew month names, Israeli age limits),
bfiplayer (BFI Player-like: a credits <dl>, 'Running time 111 mins', BBFC certificates, rental
prices and BFI Southbank screenings as traps),
commonsensemedia (Common Sense Media-like: the site's 'age 13+' advice beside 'Rated PG-13',
the certificate; parent and kid reviews as traps; provider logos with alt text),
plexweb (Plex web app-like: a JSON state script over a sparse DOM, '1995 · 1h 51m · R', 'Free
with ads' / 'Rent' / 'Buy' tags on providers, cast cards).
Three are named apart from their sites (bfiplayer, commonsensemedia, plexweb) because the
earlier field-level sets already have designs called bfi, commonsense and plex.

How it was kept blind: it was written from the record spec and from how the model sites mark
their pages up, reusing only the generator code of the earlier sets (tests/heldout_sites2,
tests/heldout_sites5/common.py, tests/heldout_sites6). Nobody writing it read marquee's parser
(marquee/parsers/, marquee/extract.py), its docs or field tests, the benchmark figures, or ran
the parser (or benchmarks/sites8.py) on any page of it; tests/test_heldout_sites8_gen.py tests
the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites8 import (
    appletv,
    bfiplayer,
    commonsensemedia,
    filmtipset,
    kinopoisk,
    naver,
    plexweb,
    sratim,
)

_DESIGNS = {d.name: d for d in (
    Design("kinopoisk", kinopoisk.fit, kinopoisk.render),
    Design("naver", naver.fit, naver.render),
    Design("appletv", appletv.fit, appletv.render),
    Design("filmtipset", filmtipset.fit, filmtipset.render),
    Design("sratim", sratim.fit, sratim.render),
    Design("bfiplayer", bfiplayer.fit, bfiplayer.render),
    Design("commonsensemedia", commonsensemedia.fit, commonsensemedia.render),
    Design("plexweb", plexweb.fit, plexweb.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "kinopoisk": frozenset({"audience_summary", "studios", "studios_total", "imdb_id",
                            "trailer_url", "streaming"}),
    "naver": frozenset({"tagline", "audience_summary", "budget", "box_office", "studios",
                        "studios_total", "imdb_id", "trailer_url"}),
    "appletv": frozenset({"tagline", "audience_summary", "user_rating_count", "budget",
                          "box_office", "imdb_id", "trailer_url", "streaming"}),
    "filmtipset": frozenset({"tagline", "audience_summary", "budget", "box_office", "studios",
                             "studios_total", "trailer_url", "streaming"}),
    "sratim": frozenset({"tagline", "audience_summary", "budget", "box_office", "studios",
                         "studios_total", "streaming"}),
    "bfiplayer": frozenset({"tagline", "audience_summary", "user_rating_count", "budget",
                            "box_office", "studios", "studios_total", "imdb_id", "trailer_url",
                            "streaming"}),
    "commonsensemedia": frozenset({"tagline", "audience_summary", "user_rating_count",
                                   "countries", "budget", "box_office", "imdb_id",
                                   "trailer_url", "writers"}),
    "plexweb": frozenset({"audience_summary", "user_rating_count", "countries", "budget",
                          "box_office", "imdb_id", "trailer_url"}),
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites8:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows: where a design never gives a vote count,
    every title's is null and no rail could differ in it."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    ctx = Context(title, others, reviews(rng, title), episodes(rng, title))
    return SitePage(title.url, design.render(title, ctx), expected(title), design.name,
                    tuple(expected(o) for o in others))


def _unlike_any_rail(t: Title) -> Title:
    """The title as other_titles compares it: a null rating or count matches no rail's."""
    return replace(t, rating="(none)" if t.rating is None else t.rating,
                   votes=-1 if t.votes is None else t.votes)
