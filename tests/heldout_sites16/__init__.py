"""Sixteenth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, in six languages no earlier set used
(Serbian in Cyrillic, Latvian, Albanian, Malay, Armenian, Kazakh) and two English sites, and
each varies its markup per page (facts in one of two or three markups, among them five no
earlier set used: a responsive table whose cells carry their label in a data-label attribute
the stylesheet shows, a wide table whose labels are column headers over one row of values,
accordions (<details>/<summary>), facts in hidden tab panels, a thin visible layer over an
app-state JSON; optional blocks; blocks in another order; JSON-LD on some pages of some
designs):
rtsplaneta (RTS Planeta, Serbian Cyrillic: a wide table, a responsive table or lines, 'Трајање:
111 мин.', 'Премијера: 27. октобар 1995.' or '27.10.1995.' beside later 'Премијера у Србији' and
'Прво емитовање на РТС', ages '12+'/'Без ограничења', '(1.234 гласова)' in Serbian singular/
paucal/plural beside 'Прегледа', 'Музика', 'Продуцент' and 'Директор фотографије' traps,
'Буџет: 3.600.000 $', 'Зарада', plans '599 дин. месечно', episodes with their own directors),
splendidpalace (Splendid Palace, Latvian: accordions, a two-column or plain definition list,
'Ilgums: 111 min.', 'Pirmizrāde pasaulē: 1995. gada 27. oktobris' or '27.10.1995.' beside a
later 'Pirmizrāde Latvijā', or the dates as a timeline with a Riga festival screening, the
Latvian classes U/7+/12+/16+/18+, '(1 234 balsis)' / '(21 balss)' beside 'Skatījumi',
'Komponists', 'Operators', 'Producents' and 'Izplatītājs' traps, 'Seansi' with '7,50 €'),
kinomillennium (Kinema Millennium Tirana, Albanian: tooltip chips (label only in a title
attribute), a responsive table or a list, 'Kohëzgjatja: 111 min', 'Premiera: 27 tetor 1995' or
'27.10.1995' beside a later 'Premiera në Shqipëri', ages 'Për të gjitha moshat'/'12+', '(1.234
vota)' beside 'Shikime', 'Muzika', 'Producenti', 'Kinematografia' and 'Shpërndarësi' traps,
'Buxheti: 3.600.000 $', 'Oraret' with '600 Lekë', episodes with their own directors and writers),
tonton (Tonton, Malay: tabs ('Episod', 'Butiran', 'Pelakon') whose hidden panels hold the facts
as a definition list or a table, the meta line '1995 | 18 | 1 jam 51 min', 'Durasi: 111 minit',
'Tarikh tayangan: 27 Oktober 1995' beside a later 'Mula di Tonton', the LPF classes U/P13/16/18,
'Penerbit' (the producer), 'Muzik' and 'Sinematografi' traps, 'Tontonan: 12,345' views, plans
'RM9.90/bulan', episodes with their own lengths and directors),
kinoparkam (KinoPark Yerevan, Armenian: icon cards (labels only as icons' accessible names), a
wide table or lines whose separator is the Armenian '՝' or ':', 'Տևողություն՝ 111 րոպե' or '1 ժ
51 ր', 'Պրեմիերա՝ 27 հոկտեմբերի 1995 թ.' or '27.10.1995' beside a later 'Պրեմիերա Հայաստանում',
ages '0+'..'18+', '(1 234 ձայն)' beside 'Դիտումներ', 'Կոմպոզիտոր', 'Պրոդյուսեր' and 'Օպերատոր'
traps, 'Բյուջե՝ 3 600 000 $', 'Սեանսներ' with '2 500 ֏'),
chaplinkz (Chaplin Cinemas, Kazakh: a captioned table 'Фильм туралы', accordions or lines,
'Ұзақтығы: 111 мин' or '1 сағ 51 мин', 'Әлемдік премьера: 1995 жылғы 27 қазан' or '27.10.1995'
beside a later 'Қазақстандағы премьера', the classes К/Б14/Е16/Е18, '(1 234 дауыс)' beside
'Қаралым', 'Композитор', 'Продюсер', 'Оператор' and 'Прокаттаушы' traps, 'Бюджеті: 3 600 000 $',
'Сеанстар' with '2 500 ₸' and bonus points, episodes with their own directors and writers),
peacock (Peacock, English: a thin visible layer (the heading a logo image on some pages, the
meta line '2021 • R • 1h 51m • Drama', 'Starring', 'More Info' groups labelled only by
aria-label, in an accordion or a tab) over an app-state JSON that repeats the facts with a view
count and a trending rank; 'Executive Producer' and 'Composer' traps; episodes with their own
lengths and directors; plan prices '$7.99/mo'),
criterion (The Criterion Channel, English: the hero line 'Directed by X • 1995 • France', the
credits as a captioned wide table or a definition list with 'Cinematography', 'Music',
'Producer' and 'Editor' traps, 'Runtime: 111 minutes' or '1h 51m', 'Supplements' with their own
years and lengths, 'Featured in' collections, '$10.99/month', episodes with their own
directors).

How it was kept blind: it was written from the record spec and from what is generally known of
how these sites lay their pages out; the writer did not look the sites up (the time limit left
no room), so every label, format and layout here is an approximation: the Serbian, Latvian,
Albanian, Malay, Armenian and Kazakh labels, the age marks (the Kazakh and Malaysian ones follow
their boards' class names as the writer knew them; the Serbian, Albanian and Armenian '12+'
marks are site conventions, not a board's), the plural forms of the vote words, Peacock's and
the Criterion Channel's markup, and the synopses in those languages, which are the writer's. It
reuses only the generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites15
common and the helpers it re-exports). Nobody writing it read marquee's parser
(marquee/parsers/, marquee/extract.py, marquee/learn*.py, marquee/normalizers/), its docs or
field tests, the benchmark figures, or ran the parser (or benchmarks/sites16.py) on any page of
it; tests/test_heldout_sites16_gen.py tests the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites16 import (
    chaplinkz,
    criterion,
    kinomillennium,
    kinoparkam,
    peacock,
    rtsplaneta,
    splendidpalace,
    tonton,
)

_DESIGNS = {d.name: d for d in (
    Design("rtsplaneta", rtsplaneta.fit, rtsplaneta.render),
    Design("splendidpalace", splendidpalace.fit, splendidpalace.render),
    Design("kinomillennium", kinomillennium.fit, kinomillennium.render),
    Design("tonton", tonton.fit, tonton.render),
    Design("kinoparkam", kinoparkam.fit, kinoparkam.render),
    Design("chaplinkz", chaplinkz.fit, chaplinkz.render),
    Design("peacock", peacock.fit, peacock.render),
    Design("criterion", criterion.fit, criterion.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
_NO_TEXT = frozenset({"tagline", "audience_summary"})
_NO_STUDIOS = frozenset({"studios", "studios_total"})
_NO_MONEY = frozenset({"budget", "box_office"})
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "rtsplaneta": _NO_TEXT | {"trailer_url", "streaming"},
    "splendidpalace": _NO_TEXT | _NO_MONEY | {"streaming"},
    "kinomillennium": _NO_TEXT | {"streaming"},
    "tonton": _NO_TEXT | _NO_MONEY | {"user_rating_count", "imdb_id", "streaming"},
    "kinoparkam": _NO_TEXT | {"streaming"},
    "chaplinkz": _NO_TEXT | {"imdb_id", "streaming"},
    "peacock": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"release_date", "user_rating_count",
                                                     "countries", "imdb_id", "trailer_url",
                                                     "streaming"},
    "criterion": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"release_date", "content_rating",
                                                       "user_rating_count", "genres",
                                                       "imdb_id", "streaming"},
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites16:{design}:{seed}")
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
