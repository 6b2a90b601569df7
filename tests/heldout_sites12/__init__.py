"""Twelfth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, and each varies its markup per page:
mafab (mafab.hu, Hungarian: 'amerikai filmdráma, 111 perc, 1995', 'Rendező:',
'Forgatókönyvíró:', 'Szereplők' cards with roles, 'Bemutató: 1995. október 27.', 'Korhatár: 16',
'(12 345 szavazat)' beside the critics' score, 'Gyártó', 'Költségvetés: 3 600 000 $', 'Hol
nézhető?' with '3 szolgáltatónál' and 'Frissítve: 2026. 03. 03.'; composer and cinematographer
as traps),
kinoteatrua (kino-teatr.ua, Ukrainian: a table or lines of 'Рік:', 'Тривалість: 111 хв.', 'Вік:
16+', 'Прем'єра у світі: 27 жовтня 1995' beside the later Ukrainian premiere (a trap), 'Режисер',
'Сценарист', 'У ролях', 'Бюджет', 'Касові збори у світі', 'Голосів: 12 345'; sessions with ₴
prices as traps; no schema.org),
majorcineplex (Major Cineplex, Thai: 'ดราม่า | 111 นาที', the film board's 'น15+' badge,
'วันที่เข้าฉาย 27 ตุลาคม 1995', 'ผู้กำกับ', 'นักแสดง', a producer, showtimes and บาท prices as
traps; the heading a logo image on some pages),
edna (edna.co.il, Hebrew, right to left: 'אורך: 111 דקות', 'הגבלת גיל', 'תאריך בכורה: 27
באוקטובר 1995', 'בימוי', 'תסריט', 'שחקנים', '(12,345 מדרגים)' beside the critics' score,
showtimes and ₪ prices as traps; no schema.org),
cineplex21 (Cinema XXI / 21cineplex, Indonesian: the LSF badge '13+', 'Durasi: 111 Menit',
'Tanggal rilis: 27 Oktober 1995', 'Sutradara', 'Penulis', 'Pemain', 'Produser' and
'Distributor' traps, 'Jadwal' with 'Rp 50.000' prices),
filmvandaag (FilmVandaag.nl, Dutch: 'Drama · 1995 · 111 minuten', the tagline in quotes,
'Kijkwijzer: 12', 'Gebruikers 7,1 (1.234 stemmen)' beside the IMDb score and link, 'Regie',
'Scenario', 'Met ... als ...', 'Premiere: 27 oktober 1995', 'Productie', 'Waar te zien?' with
'Te zien bij 3 diensten' and 'Laatst gecontroleerd op ...', rental prices and other titles' TV
slots as traps),
tubi (tubitv.com, English: the unlabelled '1995 · 1 hr 51 min · Drama' line with a rating badge,
'Directors:' and 'Starring:', a season picker with 'S5:E3' episodes directed by others, a
Top 10 rank and 'Free with ads'; JSON-LD on most pages),
crunchyroll (crunchyroll.com, English, anime: 'Average Rating: 4.8 (12.4K)', 'Audio' and
'Subtitles' as traps, 'Content Advisory: TV-14', genre tags, a series' 'N Seasons' picker and
episodes with their own lengths and dates, a movie's 'Movie · 1995 · 1h 51m', Premium prices;
no credits at all).

How it was kept blind: it was written from the record spec and from how the model sites mark
their pages up (the search tools found little of these sites' own markup, only Hungarian,
Ukrainian and Thai film pages and cinema listings of other sites and clones; the labels and
layouts follow what is known of the real sites and are approximations),
reusing only the generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites5,
tests/heldout_sites7, tests/heldout_sites8, tests/heldout_sites11: their word lists and helpers).
Nobody writing it read marquee's parser (marquee/parsers/, marquee/extract.py, marquee/learn*.py,
marquee/normalizers/), its docs or field tests, the benchmark figures, or ran the parser (or
benchmarks/sites12.py) on any page of it; tests/test_heldout_sites12_gen.py tests the generator
alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites12 import (
    cineplex21,
    crunchyroll,
    edna,
    filmvandaag,
    kinoteatrua,
    mafab,
    majorcineplex,
    tubi,
)

_DESIGNS = {d.name: d for d in (
    Design("mafab", mafab.fit, mafab.render),
    Design("kinoteatrua", kinoteatrua.fit, kinoteatrua.render),
    Design("majorcineplex", majorcineplex.fit, majorcineplex.render),
    Design("edna", edna.fit, edna.render),
    Design("cineplex21", cineplex21.fit, cineplex21.render),
    Design("filmvandaag", filmvandaag.fit, filmvandaag.render),
    Design("tubi", tubi.fit, tubi.render),
    Design("crunchyroll", crunchyroll.fit, crunchyroll.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
_NO_TEXT = frozenset({"tagline", "audience_summary"})
_NO_STUDIOS = frozenset({"studios", "studios_total"})
_NO_MONEY = frozenset({"budget", "box_office"})
_SERVICE = frozenset({"imdb_id", "trailer_url", "streaming"})
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "mafab": _NO_TEXT | {"box_office", "imdb_id", "trailer_url"},
    "kinoteatrua": _NO_TEXT | _NO_STUDIOS | _SERVICE,
    "majorcineplex": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {
        "user_rating_count", "countries", "imdb_id", "streaming", "writers"},
    "edna": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | _SERVICE,
    "cineplex21": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {
        "user_rating_count", "countries", "imdb_id", "streaming"},
    "filmvandaag": _NO_MONEY | {"audience_summary"},
    "tubi": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | _SERVICE | {
        "release_date", "user_rating_count", "countries", "writers"},
    "crunchyroll": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | _SERVICE | {
        "release_date", "countries", "directors", "writers", "cast"},
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites12:{design}:{seed}")
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
