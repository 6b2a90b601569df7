"""Fourteenth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, and each varies its markup per page
(facts as a definition list, a table, 'Label: value' lines or a list; optional blocks; blocks
in another order; JSON-LD on some pages of some designs):
filmwebno (Filmweb.no, Norwegian Bokmål: 'Lengde: 1 t 51 min', Medietilsynet's '12 år' or
'Tillatt for alle', 'Publikum 4,1 av 6 (1 234 stemmer)' beside the newspapers' dice
('Terningkast 5', traps), 'Regi', 'Manus', 'Produsent' and 'Musikk' traps, 'Premiere: 27.
oktober 1995' beside a later 'Norsk kinopremiere', 'Produksjonsselskap', 'Distributør' a trap,
'Budsjett: 3 600 000 USD', 'Hvor kan jeg se filmen?' with 'Sist sjekket', 'Billetter fra 145
kr', a series' episodes with their own directors),
cinefish (Cinefish.bg, Bulgarian: 'Времетраене: 111 мин.', 'Премиера: 27.10.1995 г.' or '27
октомври 1995' beside a later 'Премиера в България', 'Режисьор', 'Сценарий', 'Оператор',
'Музика' and 'Продуцент' traps, 'Категория' letters, 'Бюджет: $3 600 000', 'Приходи', '(1 234
гласа)', 'Актьорски състав' cards, 'Кино програма' with 'лв.' prices, dated news of other films),
forumcinemas (Forum Cinemas Lithuania, Lithuanian: 'Trukmė: 1 val. 51 min.', 'Premjera:
1995-10-27' or '1995 m. spalio 27 d.', 'Amžiaus cenzas: N-13', 'Režisierius', 'Scenarijus',
'Aktoriai' names only, 'Kalba' and 'Platintojas' traps, 'Seansai' with halls, times and '7,50 €'
prices, a series' episodes),
mojtv (MojTV.hr, a Croatian TV guide: 'Trajanje: 111 min', 'Premijera: 27. listopada 1995.',
TV age marks '12+', 'Ocjena korisnika' with '(1.234 glasova)' in Croatian plural forms,
'Redatelj', 'Scenarij', 'Glazba' and 'Producent' traps, 'Uloge' as 'Ime (Lik)', 'Proizvodnja',
the IMDb link, 'Termini prikazivanja' with channels, days and times, a series' episodes with
their own directors and writers),
aha (aha's Telugu interface: the meta line 'సినిమా • 1995 • 1గం 51ని • డ్రామా' with the CBFC badge,
'దర్శకత్వం', 'రచన', 'నటీనటులు' names only, 'సంగీతం' and 'నిర్మాత' traps, season tabs and 'S3 E2'
episodes, 'aha Gold ₹699/సంవత్సరం'; the heading a logo image on some pages),
iwanttfc (iWantTFC, Filipino (Tagalog-English): '1995 · Drama, Romansa · 1h 51m' with the
MTRCB chip 'R-13' or 'SPG', 'Petsa ng pagpapalabas: Oktubre 27, 1995', 'Direktor:', 'Isinulat
ni:', 'Mga Bida:' as 'Name bilang Character', 'Prodyuser:' and 'Musika:' traps, episodes with
their own directors, '₱99/buwan' plans; the heading a logo image on some pages),
justwatch (JustWatch US, English: the year in a span beside the heading, 'Stream', 'Rent' and
'Buy' offers with '$3.99' prices, 'Streaming on 3 services' and 'Last checked: Mar 3, 2026', the
streaming charts rank, 'JustWatch 87% (4.1K)' beside the linked IMDb score, 'Runtime 1h
51min', 'Age rating', 'Production country', 'Director', a show's 'Season 3 · 10 Episodes', cast
cards),
enwiki (English Wikipedia: the infobox with 'Directed by', 'Screenplay by' or 'Written by',
'Produced by', 'Cinematography', 'Edited by' and 'Music by' traps, 'Starring', 'Production
companies', 'Distributed by' a trap, 'Release dates' with a later second country, 'Running
time: 111 minutes', 'Budget: $3.6 million', 'Box office'; a series' 'No. of episodes' trap and
'Original release' range, an episode table with its own directors and writers, 'Actor as
Character' cast lines, references with access dates, a navbox of other films).

How it was kept blind: it was written from the record spec and from how the model sites mark
their pages up. The search tools found little of these sites' own markup: Norwegian film press
and Medietilsynet's film database ('Regissør', 'Lengde: 126 minutter', 'Premiere: 26. august',
age limits as '15 år'), Cinefish.bg's news listing ('17 Март 2022 | синефиш.бг'), Lithuanian
festival listings ('Rež.', '5 salė', Forum Cinemas halls), Croatian, Serbian and Slovenian
film press; so the labels and layouts follow what is known of the real sites and are
approximations (the Bulgarian rating letters, Lithuanian cinema facts for series, Telugu
hour/minute abbreviations 'గం'/'ని' and Tagalog synopses are the writer's, not copied from the
sites). It reuses only the
generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites10 (CBFC),
tests/heldout_sites13 common: their helpers). Nobody writing it read marquee's parser
(marquee/parsers/, marquee/extract.py, marquee/learn*.py, marquee/normalizers/), its docs or
field tests, the benchmark figures, or ran the parser (or benchmarks/sites14.py) on any page of
it; tests/test_heldout_sites14_gen.py tests the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites14 import (
    aha,
    cinefish,
    enwiki,
    filmwebno,
    forumcinemas,
    iwanttfc,
    justwatch,
    mojtv,
)

_DESIGNS = {d.name: d for d in (
    Design("filmwebno", filmwebno.fit, filmwebno.render),
    Design("cinefish", cinefish.fit, cinefish.render),
    Design("forumcinemas", forumcinemas.fit, forumcinemas.render),
    Design("mojtv", mojtv.fit, mojtv.render),
    Design("aha", aha.fit, aha.render),
    Design("iwanttfc", iwanttfc.fit, iwanttfc.render),
    Design("justwatch", justwatch.fit, justwatch.render),
    Design("enwiki", enwiki.fit, enwiki.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
_NO_TEXT = frozenset({"tagline", "audience_summary"})
_NO_STUDIOS = frozenset({"studios", "studios_total"})
_NO_MONEY = frozenset({"budget", "box_office"})
_SERVICE = frozenset({"imdb_id", "trailer_url", "streaming"})
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "filmwebno": _NO_TEXT | {"imdb_id"},
    "cinefish": _NO_TEXT | _SERVICE,
    "forumcinemas": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"user_rating_count", "imdb_id",
                                                          "streaming"},
    "mojtv": _NO_TEXT | _NO_MONEY | {"trailer_url", "streaming"},
    "aha": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"release_date", "user_rating_count",
                                                 "countries", "imdb_id", "streaming"},
    "iwanttfc": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"user_rating_count", "countries",
                                                      "imdb_id", "streaming"},
    "justwatch": _NO_TEXT | _NO_STUDIOS | _NO_MONEY | {"release_date", "writers"},
    "enwiki": _NO_TEXT | {"content_rating", "user_rating_count", "trailer_url", "streaming"},
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites14:{design}:{seed}")
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
