"""Ninth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, and each varies its markup per page:
netflix (netflix.com/title for a visitor: '1995 | R | 1h 51m | Dramas', 'Starring:', an 'About
<title>' block with 'Cast:', 'Genres:', 'This movie is:', 'Maturity rating:', 'Videos', 'More
Like This', a logo image as the <h1> on some pages),
allocinefr (AlloCiné-like, French: '27 octobre 1995 en salle | 1h 51min | Drame', 'De', 'Par',
'Avec', 'Nationalité', 'Budget 3 600 000 $', 'Box Office France' in admissions as a trap,
where to stream it with a count and an update date),
dewiki (a German Wikipedia article: the film infobox with 'Originaltitel', 'Produktionsland',
'Erscheinungsjahr', 'Länge', 'Altersfreigabe FSK 16', 'Stab', 'Besetzung'; a lemma with
'(Film)' on some pages; a dubbing table and the wiki's own JSON-LD Article as traps),
filimo (Filimo-like, Persian, right to left, Persian digits: 'محصول ۱۹۹۵', '۱ ساعت و ۵۱ دقیقه',
'کارگردان', 'بازیگران', subscription prices in toman as traps),
ivi (ivi.ru-like, Russian: '1995, США, Драмы', '111 минут', '18+', 'Рейтинг Иви' with '12 345
оценок', subscription, purchase and rental prices as traps),
cinemagia (Cinemagia-like, Romanian: 'Title (1995)', 'Regia:', 'Cu:', 'Gen film:', 'Durata: 111
minute', 'Premiera în România', 'Buget: 3.600.000 $', '(1.234 voturi)'),
moveek (Moveek-like, Vietnamese: 'Khởi chiếu: 27/10/1995', 'Thời lượng: 111 phút', 'Đạo diễn',
'Diễn viên', 'Thể loại', 'Quốc gia', 'Phân loại: T16', showtimes and ticket prices as traps),
viki (Rakuten Viki-like: 'Drama · Korea', '16 episodes', '(12.4K ratings)', 'Cast & Crew',
subtitle percentages and Viki Pass prices as traps; some titles drawn as films are dramas).
One is named apart from its site (allocinefr) because the earliest field-level set already has
a design called allocine.

How it was kept blind: it was written from the record spec and from how the model sites mark
their pages up (looked up with the search tools: AlloCiné's 'meta-body-direction' / 'De' /
'Avec' lines, German film-database credits, scrapers of the other sites), reusing only the
generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites5/common.py,
tests/heldout_sites8). Nobody writing it read marquee's parser (marquee/parsers/,
marquee/extract.py, marquee/learn*.py), its docs or field tests, the benchmark figures, or ran
the parser (or benchmarks/sites9.py) on any page of it; tests/test_heldout_sites9_gen.py tests
the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites9 import (
    allocinefr,
    cinemagia,
    dewiki,
    filimo,
    ivi,
    moveek,
    netflix,
    viki,
)

_DESIGNS = {d.name: d for d in (
    Design("netflix", netflix.fit, netflix.render),
    Design("allocinefr", allocinefr.fit, allocinefr.render),
    Design("dewiki", dewiki.fit, dewiki.render),
    Design("filimo", filimo.fit, filimo.render),
    Design("ivi", ivi.fit, ivi.render),
    Design("cinemagia", cinemagia.fit, cinemagia.render),
    Design("moveek", moveek.fit, moveek.render),
    Design("viki", viki.fit, viki.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
_NO_TEXT = frozenset({"tagline", "audience_summary"})
_NO_STUDIOS = frozenset({"studios", "studios_total"})
_NO_MONEY = frozenset({"budget", "box_office"})
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "netflix": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {
        "release_date", "user_rating_count", "countries", "imdb_id", "trailer_url",
        "streaming"},
    "allocinefr": _NO_TEXT | _NO_STUDIOS | {"box_office", "imdb_id", "trailer_url"},
    "dewiki": _NO_TEXT | _NO_MONEY | {"user_rating_count", "trailer_url", "streaming"},
    "filimo": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"release_date", "imdb_id", "trailer_url",
                                                    "streaming"},
    "ivi": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"release_date", "imdb_id", "trailer_url",
                                                 "streaming"},
    "cinemagia": _NO_TEXT | _NO_STUDIOS | {"streaming"},
    "moveek": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"imdb_id", "streaming"},
    "viki": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"imdb_id", "trailer_url", "streaming"},
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites9:{design}:{seed}")
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
    """The title as other_titles compares it: a null rating, count or runtime matches no
    rail's (shows on netflix and viki give no runtime of their own)."""
    return replace(t, rating="(none)" if t.rating is None else t.rating,
                   votes=-1 if t.votes is None else t.votes,
                   runtime=-1 if t.runtime is None else t.runtime)
