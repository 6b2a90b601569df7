"""Tenth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, and each varies its markup per page:
primevideous (an Amazon Prime Video detail page: 'IMDb 7.5' as a score, '2 h 11 min', '1995',
'X-Ray', 'Directors', 'Starring', 'Studio', 'Included with Prime' / 'Rent' / 'Buy' as traps,
'N global ratings'),
kinobox (Kinobox.cz-like, Czech: 'Drama / Krimi', 'USA, 1995, 111 min', 'Režie:', 'Scénář:',
'Hrají:', 'Premiéra v ČR: 27. 10. 1995', '1 234 hodnocení', a DVD premiere as a trap),
imdbmobile (IMDb's phone title page: '1995 · R · 2h 50m', genre chips, 'Director', 'Writers',
'Stars', 'Top cast' with characters, '1.4M' ratings, 'User reviews' counts as traps, 'Details',
'Box office', 'Technical specs'),
kinopoiskhd (hd.kinopoisk.ru-like, Russian: '1995, криминал, драма', 'США • 2 ч 50 мин • 18+',
'В ролях', 'Режиссёр', prices in ₽ as traps),
tvguide (TVGuide.com-like: 'TV-14 · Drama · 2008 – 2013', '5 Seasons', 'Premiere Date', 'Where
to Watch' with a service count and an update date, 'Cast & Crew' cards with roles),
hotstar (JioHotstar-like, English for India: '1995 • 2 hr 50 min • Drama • U/A 16+', audio
languages 'Hindi, Tamil, Telugu', cast cards, plan prices in ₹ as traps),
sfanytime (SF Anytime-like, a Swedish, Danish or Norwegian market per title: 'Längd 2 tim 50
min' / 'Længde 2 t 50 min', 'Åldersgräns 15' / 'Aldersgrense 18' (each country's board),
'Produktionsår', 'Regissør' / 'Instruktør', 'Skådespelare' / 'Medvirkende', 'Hyr 49 kr' as a trap),
douban (movie.douban.com-like, Chinese: div#info with '导演', '编剧', '主演', '类型',
'制片国家/地区', '上映日期: 1995-12-15(美国)', '片长: 170分钟', '又名' aliases as traps, 'IMDb:
tt0113277' as text, 'N人评价').
One is named apart from its site (primevideous) because the field-level set tests/heldout2
already has a design called primevideo.

How it was kept blind: it was written from the record spec and from how the model sites mark
their pages up (looked up with the search tools: Kinobox's 'Režie' / 'Hrají' / 'Délka' lines,
Douban's subject data and info labels, SF Anytime and Prime Video wording), reusing only the
generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites5/common.py,
tests/heldout_sites9). Nobody writing it read marquee's parser (marquee/parsers/,
marquee/extract.py, marquee/learn*.py), its docs or field tests, the benchmark figures, or ran
the parser (or benchmarks/sites10.py) on any page of it; tests/test_heldout_sites10_gen.py tests
the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites10 import (
    douban,
    hotstar,
    imdbmobile,
    kinobox,
    kinopoiskhd,
    primevideous,
    sfanytime,
    tvguide,
)

_DESIGNS = {d.name: d for d in (
    Design("primevideous", primevideous.fit, primevideous.render),
    Design("kinobox", kinobox.fit, kinobox.render),
    Design("imdbmobile", imdbmobile.fit, imdbmobile.render),
    Design("kinopoiskhd", kinopoiskhd.fit, kinopoiskhd.render),
    Design("tvguide", tvguide.fit, tvguide.render),
    Design("hotstar", hotstar.fit, hotstar.render),
    Design("sfanytime", sfanytime.fit, sfanytime.render),
    Design("douban", douban.fit, douban.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
_NO_TEXT = frozenset({"tagline", "audience_summary"})
_NO_STUDIOS = frozenset({"studios", "studios_total"})
_NO_MONEY = frozenset({"budget", "box_office"})
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "primevideous": _NO_TEXT | _NO_MONEY | {
        "release_date", "countries", "imdb_id", "trailer_url", "streaming", "writers"},
    "kinobox": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"content_rating", "trailer_url",
                                                     "streaming"},
    "imdbmobile": frozenset({"audience_summary", "trailer_url", "streaming"}),
    "kinopoiskhd": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {
        "release_date", "user_rating_count", "imdb_id", "trailer_url", "streaming", "writers"},
    "tvguide": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"user_rating_count", "countries",
                                                     "imdb_id", "trailer_url"},
    "hotstar": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {
        "release_date", "user_rating_count", "countries", "imdb_id", "trailer_url",
        "streaming", "writers"},
    "sfanytime": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {
        "release_date", "user_rating_count", "imdb_id", "trailer_url", "streaming", "writers"},
    "douban": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"content_rating", "trailer_url",
                                                    "streaming"},
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites10:{design}:{seed}")
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
    rail's (shows on some designs give no runtime of their own)."""
    return replace(t, rating="(none)" if t.rating is None else t.rating,
                   votes=-1 if t.votes is None else t.votes,
                   runtime=-1 if t.runtime is None else t.runtime)
