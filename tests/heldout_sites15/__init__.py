"""Fifteenth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, and each varies its markup per page
(facts in one of two or three markups, among them four no earlier set used: a grid of cards
whose labels are only icons' accessible names, a definition list split over two columns, a
data table with a caption, chips whose label is only a title attribute; optional blocks;
blocks in another order; JSON-LD on some pages of some designs):
kinemask (Kinema.sk, Slovak: a captioned table 'Informácie o filme', 'Dĺžka: 111 min',
'Svetová premiéra: 27. 10. 1995' or '27. októbra 1995' beside later 'Premiéra v SR' and 'Na
DVD', the Slovak marks U/7/12/15/18 under 'Vhodnosť', '(1 234 hlasov)' in Slovak plural forms
beside a view counter 'Zobrazení', 'Kamera', 'Hudba' and 'Producent' traps, 'Distribúcia SR',
'Rozpočet: 3 600 000 $', 'Tržby', cinema prices '6,90 €', a series' episodes with their own
directors and writers),
kolosej (Kolosej.si, Slovenian: facts as icon cards (aria-label labels), tooltip chips or a
definition list, 'Trajanje: 111 min', 'Premiera: 27. 10. 1995' beside a later 'Slovenska
premiera', age marks '12+', '(1.234 glasov)' in Slovenian singular/dual/plural, 'Ogledov' view
counter, 'Glasba' and 'Fotografija' traps, 'Distributer', 'Spored' with halls and '7,40 €'),
apollokino (Apollo Kino, Estonian: the dates as a timeline of <time> items with a later 'Eesti
esilinastus' and a PÖFF screening, a two-column definition list, 'Kestus: 1 t 51 min' or '111
min', the Estonian classes PERE/MS-6/MS-12/K-16, '(1 234 häält)', 'Helilooja', 'Operaator' and
'Produtsent' traps, 'Levitaja', 'Keel', 'Seansid' with '8,90 €' and club points),
kvikmyndir (Kvikmyndir.is, Icelandic: 'Um myndina' as a two-column definition list or a table,
'Leikstjórn', 'Handrit', 'Framleiðandi' and 'Tónlist' traps, 'Lengd: 111 mín.', 'Aldurstakmark:
12 ára', 'Heimsfrumsýning: 27. október 1995' beside later 'Frumsýnd á Íslandi' and 'VOD', IMDb,
Rotten Tomatoes and Metacritic scores beside '(1.234 atkvæði)', 'Sem' characters, trivia with
numbers, 'Hvar get ég horft?' with 'Síðast athugað', 'Sýningartímar' with '2.190 kr.'),
zinea (zinea.eus, Basque: 'Label: value' lines, a list or a table, 'Zuzendaria', 'Gidoia',
'Argazkia', 'Musika' and 'Ekoizlea' traps, 'Iraupena: 111 min', 'Estreinaldia: 1995eko urriaren
27a' or '1995/10/27' beside a later 'Estreinaldia Euskal Herrian', ICAA ages in Basque
('12 urtetik gorakoentzat'), 'Aurrekontua: 3.600.000 $', 'Diru-bilketa', '(1.234 boto)' beside
'Ikustaldiak', festival awards with years, 'Non ikusi?' with 'Azken egiaztapena: 2026/03/03',
Basque-language screenings with '6,50 €'),
cinemaplus (CinemaPlus, Azerbaijani: icon cards, lines or a list, 'Müddət: 1 saat 51 dəq.' or
'111 dəq.', 'Premyera: 27 oktyabr 1995' or '27.10.1995' beside a later 'Azərbaycanda premyera',
'Yaş həddi: 12+', 'Bəstəkar', 'Prodüser' and 'Operator' traps, 'Dil', 'Büdcə: $3 600 000',
'Kassa yığımı', '(1 234 səs)' beside 'Baxış sayı', 'Seanslar' with '9 ₼' prices),
reelgood (Reelgood, English: a thin server-rendered layer over a __NEXT_DATA__ app state
that repeats the visible facts and adds a tracking count and a popularity rank; the meta line
'1995 · R · 1h 51m', 'Where to Watch' with 'Available on 3 services' and 'Last updated: Mar 3,
2026', rent and buy prices, 'Tracked by 12.4K users', 'Cast & Crew' as one list where a card's
second line is a character or a job ('Director', 'Screenplay', 'Writer'; 'Producer', 'Original
Music Composer', 'Director of Photography' traps), a show's episodes with their own lengths),
hulu (Hulu, English: the heading a logo image on some pages, the meta line 'R • Drama • 1995 •
1 hr 51 min', 'Details' whose labels are only aria-labels of groups on most pages, 'Executive
Producer' and 'Music' traps, a series' episodes with their own lengths, dates and ratings and no
runtime of the series' own, plan prices '$9.99/mo', and the full release date only in the
JSON-LD some pages carry).

How it was kept blind: it was written from the record spec and from how the model sites mark
their pages up. The search tools found little of these sites' own markup: a Kvikmyndir.is
film page ('Leikstjórn', 'Handrit', 'Framleiðandi', 'Aðalleikarar', 'Frumsýnd á Íslandi: 14.
ágúst 2025', 'VOD: 22. desember 2025'), Kolosej.si news ('29. 3. 2002' dates), Estonian film
listings ('Rež:', 'riik:', 'esilinastus'); the labels and layouts of the other sites follow what
is known of them and are approximations (the Slovak, Slovenian, Estonian, Azerbaijani and Basque
labels and their age marks, Reelgood's and Hulu's markup, the Basque synopses are the writer's,
not copied from the sites). It reuses only the generator code of the earlier sets
(tests/heldout_sites2, tests/heldout_sites14 common: their helpers). Nobody writing it read
marquee's parser (marquee/parsers/, marquee/extract.py, marquee/learn*.py,
marquee/normalizers/), its docs or field tests, the benchmark figures, or ran the parser (or
benchmarks/sites15.py) on any page of it; tests/test_heldout_sites15_gen.py tests the
generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites15 import (
    apollokino,
    cinemaplus,
    hulu,
    kinemask,
    kolosej,
    kvikmyndir,
    reelgood,
    zinea,
)

_DESIGNS = {d.name: d for d in (
    Design("kinemask", kinemask.fit, kinemask.render),
    Design("kolosej", kolosej.fit, kolosej.render),
    Design("apollokino", apollokino.fit, apollokino.render),
    Design("kvikmyndir", kvikmyndir.fit, kvikmyndir.render),
    Design("zinea", zinea.fit, zinea.render),
    Design("cinemaplus", cinemaplus.fit, cinemaplus.render),
    Design("reelgood", reelgood.fit, reelgood.render),
    Design("hulu", hulu.fit, hulu.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
_NO_TEXT = frozenset({"tagline", "audience_summary"})
_NO_STUDIOS = frozenset({"studios", "studios_total"})
_NO_MONEY = frozenset({"budget", "box_office"})
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "kinemask": _NO_TEXT | {"trailer_url", "streaming"},
    "kolosej": _NO_TEXT | _NO_MONEY | {"imdb_id", "streaming"},
    "apollokino": _NO_TEXT | _NO_MONEY | {"imdb_id", "streaming"},
    "kvikmyndir": _NO_TEXT | _NO_MONEY | {"trailer_url"},
    "zinea": _NO_TEXT,
    "cinemaplus": _NO_TEXT | {"imdb_id", "streaming"},
    "reelgood": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"release_date", "user_rating_count",
                                                      "countries"},
    "hulu": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"user_rating_count", "countries", "imdb_id",
                                                  "trailer_url", "streaming"},
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites15:{design}:{seed}")
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
