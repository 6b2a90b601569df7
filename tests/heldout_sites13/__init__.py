"""Thirteenth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, and each varies its markup per page
(facts as a definition list, a table, 'Label: value' lines or a list; optional blocks; blocks
in another order; JSON-LD on some pages of some designs):
filmru (Film.ru, Russian: 'Продолжительность: 111 мин', 'Возраст: 16+', 'Премьера в мире'
beside a later 'Премьера в России' (a trap), 'Режиссер', 'Сценарий', 'Продюсер' and
'Оператор' traps, 'Производство', 'Бюджет: $3 600 000', 'Сборы в мире', 'оценок: 12 345',
'В ролях' cards; a series' episodes with their own directors),
iqiyi (iQIYI, Chinese: a tag row '1995 · 美国 · 剧情 / 爱情', '导演：', '编剧：',
'主演：' names only, '上映时间：1995-10-27', '片长：111分钟' or a drama's '每集45分钟',
'共5季', '更新至第12集' and an episode grid, '(12345人评分)', VIP prices; the heading a
logo image on some pages),
zee5 (ZEE5's Tamil interface: the meta line 'திரைப்படம் • 1995 • 1h 51m • நாடகம்' with the CBFC
badge, 'இயக்குநர்', 'நடிகர்கள்' names only, 'இசை' a trap, season tabs and 'S3 E2' episodes,
Premium ₹ prices),
imovies (imovies.ge / Adjaranet, Georgian: 'ხანგრძლივობა: 111 წთ', 'პრემიერა: 27 ოქტომბერი
1995', 'რეჟისორი', 'სცენარი', 'კომპოზიტორი' a trap, 'სტუდია', 'ბიუჯეტი', 'შემოსავალი', the
IMDb score as a link, a view counter (not votes), a season picker, a trailer),
filmin (Filmin's Catalan interface: the ICAA badge, 'Valoració dels usuaris' with '(1.234
vots)', 'Direcció:', 'Guió:', 'Música:' a trap, 'Repartiment:' as 'Nom (Personatge)', 'Durada:
111 min', "Data d'estrena: 27 d'octubre de 1995", 'Producció:', rental and plan € prices),
sinemalar (Sinemalar.com, Turkish: 'Vizyon Tarihi', 'Süre: 111 dk', 'Yapım' countries, the age
badge, '(1.234 oy)', 'Yönetmen:', 'Senarist:', 'Yapımcı:' and 'Müzik:' traps, 'Oyuncular'
cards, 'Nereden izlenir?' with 'Son kontrol:', cinema showtimes with ₺ prices, episodes
directed by others),
plutotv (Pluto TV on demand, English: the unlabelled 'Drama • 1995 • 1 hr 51 min' line with a
rating chip, 'Starring' and 'Director', a season picker and 'S3 E2' episodes directed by
others, the live channels' 'On Now' schedule; the heading a logo image on some pages),
cineuropa (Cineuropa's film database, English: 'Directed by', 'Screenplay', 'Cast' as 'Name
(Role)', 'Director of photography' and 'Music' traps, 'Production', 'Year of production',
'Running time', 'Release date' beside later national releases, 'Budget', festival
selections of later years, related news).

How it was kept blind: it was written from the record spec and from how the model sites mark
their pages up (the search tools found little of these sites' own markup: Catalan film
sheets ('Direcció:', 'Durada:', 'Data estrena:', 'Producció:'), Tamil press about ZEE5 and
Russian film news; the labels and layouts follow what is known of the real sites and are
approximations), reusing only the generator code of the earlier sets (tests/heldout_sites2,
tests/heldout_sites5, tests/heldout_sites6, tests/heldout_sites8, tests/heldout_sites9,
tests/heldout_sites10, tests/heldout_sites11, tests/heldout_sites12: their word lists and
helpers). Nobody writing it read marquee's parser (marquee/parsers/, marquee/extract.py,
marquee/learn*.py, marquee/normalizers/), its docs or field tests, the benchmark figures, or
ran the parser (or benchmarks/sites13.py) on any page of it; tests/test_heldout_sites13_gen.py
tests the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites13 import (
    cineuropa,
    filmin,
    filmru,
    imovies,
    iqiyi,
    plutotv,
    sinemalar,
    zee5,
)

_DESIGNS = {d.name: d for d in (
    Design("filmru", filmru.fit, filmru.render),
    Design("iqiyi", iqiyi.fit, iqiyi.render),
    Design("zee5", zee5.fit, zee5.render),
    Design("imovies", imovies.fit, imovies.render),
    Design("filmin", filmin.fit, filmin.render),
    Design("sinemalar", sinemalar.fit, sinemalar.render),
    Design("plutotv", plutotv.fit, plutotv.render),
    Design("cineuropa", cineuropa.fit, cineuropa.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
_NO_TEXT = frozenset({"tagline", "audience_summary"})
_NO_STUDIOS = frozenset({"studios", "studios_total"})
_NO_MONEY = frozenset({"budget", "box_office"})
_SERVICE = frozenset({"imdb_id", "trailer_url", "streaming"})
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "filmru": _NO_TEXT | _SERVICE,
    "iqiyi": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | _SERVICE | {"content_rating"},
    "zee5": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | _SERVICE | {
        "release_date", "user_rating_count", "countries", "writers"},
    "imovies": _NO_TEXT | {"content_rating", "user_rating_count", "streaming"},
    "filmin": _NO_TEXT | _NO_MONEY | {"imdb_id", "streaming"},
    "sinemalar": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"imdb_id", "trailer_url"},
    "plutotv": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | _SERVICE | {
        "release_date", "user_rating_count", "countries", "writers"},
    "cineuropa": _NO_TEXT | {"content_rating", "user_rating_count", "box_office", "imdb_id",
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
    rng = random.Random(f"sites13:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows (a null count or runtime matches no rail's)."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    ctx = Context(title, others, reviews(rng, title), episodes(rng, title))
    return SitePage(title.url, design.render(title, ctx), expected(title), design.name,
                    tuple(expected(o) for o in others))


def _unlike_any_rail(t: Title) -> Title:
    return replace(t, rating="(none)" if t.rating is None else t.rating,
                   votes=-1 if t.votes is None else t.votes,
                   runtime=-1 if t.runtime is None else t.runtime)
