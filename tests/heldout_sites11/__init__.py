"""Eleventh independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, and each varies its markup per page:
sensacine (SensaCine, Spanish, AlloCiné group markup: 'titlebar' <h1>, '27 de octubre de 1995 en
cines | 1h 51min | Drama', 'Dirigida por', 'Guion', ICAA '+12', '12.345 notas', 'Presupuesto
3.600.000 $', spectators and ticket prices as traps, '¿Dónde ver ...?' with 'Disponible en 3
plataformas' and 'Actualizado el ...'),
maoyan (maoyan.com, Chinese: 'movie-brief-container' lines '剧情,爱情', '美国 / 111分钟',
'1995-10-27中国大陆上映', '12345人评分' beside '人想看' as a trap, '演职人员' groups with '饰：',
'出品' studios, other films' box office in 亿 as traps; no schema.org),
shahid (shahid.mbc.net, Arabic, right to left: '1995 • +15 • دراما • 111 دقيقة', 'إخراج',
'تأليف', 'بطولة', 'عدد المواسم', episodes and VIP prices as traps),
moviepilot (moviepilot.de, German: 'Kinostart 27.10.1995', 'Laufzeit 111 Min.', 'FSK 16',
'12.345 Bewertungen' beside 'Vormerkungen' and 'Vorhersage' as traps, 'Produktionsfirma',
'Verleih' a trap, 'Budget', 'Wo kann man ... schauen?' with '3 Anbieter' and 'Stand: ...'),
jawiki (a Japanese Wikipedia article: the infobox's '監督', '脚本', '出演者', '製作会社', '公開
1995年10月27日', '上映時間 111分', '製作国', '製作費', '興行収入', a drama's '放送期間' and
'シーズン数'; 'キャスト' as 'character - actor（日本語吹替：…）'; dub actors, '配給', '音楽' as
traps),
myanimelist (MyAnimeList, English: 'dark_text' lines 'Type: TV', 'Aired: Oct 27, 1995',
'Duration: 24 min. per ep.', 'Rating: PG-13 - Teens 13 or older', 'scored by 123,456 users'
beside 'Members' as a trap, characters before their voice actors, 'Sound Director' and
'Episode Director' as traps, a YouTube promotion video),
hoichoi (hoichoi.tv, Bengali: '1995 | 1 ঘণ্টা 51 মিনিট | U/A 16+ | থ্রিলার', 'পরিচালনা',
'চিত্রনাট্য', 'অভিনয়ে', episodes and ₹ plans as traps),
athinorama (athinorama.gr, Greek: 'ΗΠΑ, 1995', 'Δράμα | 111 λεπτά | Κ-15', 'Σκηνοθεσία',
'Σενάριο', 'Πρωταγωνιστούν', 'Πρεμιέρα: 27 Οκτωβρίου 1995', '(1.234 ψήφοι)', the critic's stars,
showtimes and ticket prices as traps).

How it was kept blind: it was written from the record spec and from how the model sites mark
their pages up (looked up with the search tools: MyAnimeList's 'spaceit_pad' / 'dark_text'
lines and microdata, Maoyan's and SensaCine's page structure as scrapers read them, the
Japanese film infobox labels), reusing only the generator code of the earlier sets
(tests/heldout_sites2, tests/heldout_sites5, tests/heldout_sites7, tests/heldout_sites9,
tests/heldout_sites10: their word lists and helpers). Nobody writing it read marquee's parser
(marquee/parsers/, marquee/extract.py, marquee/learn*.py, marquee/normalizers/), its docs or
field tests, the benchmark figures, or ran the parser (or benchmarks/sites11.py) on any page of
it; tests/test_heldout_sites11_gen.py tests the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites11 import (
    athinorama,
    hoichoi,
    jawiki,
    maoyan,
    moviepilot,
    myanimelist,
    sensacine,
    shahid,
)

_DESIGNS = {d.name: d for d in (
    Design("sensacine", sensacine.fit, sensacine.render),
    Design("maoyan", maoyan.fit, maoyan.render),
    Design("shahid", shahid.fit, shahid.render),
    Design("moviepilot", moviepilot.fit, moviepilot.render),
    Design("jawiki", jawiki.fit, jawiki.render),
    Design("myanimelist", myanimelist.fit, myanimelist.render),
    Design("hoichoi", hoichoi.fit, hoichoi.render),
    Design("athinorama", athinorama.fit, athinorama.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
_NO_TEXT = frozenset({"tagline", "audience_summary"})
_NO_STUDIOS = frozenset({"studios", "studios_total"})
_NO_MONEY = frozenset({"budget", "box_office"})
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "sensacine": _NO_TEXT | {"studios", "studios_total", "box_office", "imdb_id",
                             "trailer_url"},
    "maoyan": _NO_TEXT | _NO_MONEY | {"content_rating", "imdb_id", "trailer_url", "streaming"},
    "shahid": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {
        "release_date", "user_rating_count", "countries", "imdb_id", "trailer_url",
        "streaming"},
    "moviepilot": _NO_TEXT | {"box_office", "imdb_id"},
    "jawiki": _NO_TEXT | {"content_rating", "user_rating_count", "trailer_url", "streaming"},
    "myanimelist": _NO_TEXT | _NO_MONEY | {"countries", "imdb_id", "streaming"},
    "hoichoi": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {
        "release_date", "user_rating_count", "countries", "imdb_id", "trailer_url",
        "streaming"},
    "athinorama": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"imdb_id", "trailer_url",
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
    rng = random.Random(f"sites11:{design}:{seed}")
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
