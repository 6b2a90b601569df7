"""Seventeenth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, in six languages no earlier set used
(Macedonian, Mongolian, Swahili, Welsh, Uzbek, Nepali) and two English sites no earlier set
modelled (Kanopy, Shudder), and each varies its markup per page (facts in one of three or four
markups, among them nine no earlier set used (checked by grepping every earlier generator):
read-only form groups whose label is a <fieldset>'s <legend>; an ARIA description list of
<div role="term"> / <div role="definition">; a custom element whose declarative shadow root
(<template shadowrootmode="open">) holds the facts; <label for> over a read-only <output>; a
two-column CSS grid filled column by column, so all labels come first and the values after them
in the same order; <dfn> labels; fact tiles as <figure>/<figcaption>; plain 'Label — value'
lines, one text node each; facts only in a <noscript> fallback table under a widget the app
fills in (plus a runtime in a <data value> element); optional blocks; blocks in another order;
JSON-LD on some pages of six designs):
cineplexxmk (Cineplexx Skopje, Macedonian: fieldsets, ARIA terms or em-dash lines, 'Времетраење:
111 мин.', 'Премиера: 27 октомври 1995' or '27.10.1995' beside a later 'Премиера во
Македонија', ages 'Без ограничување'/'7+'..'18+', '(1.234 гласа)' / '(1 глас)' beside
'Прегледи', 'Музика', 'Продуцент', 'Директор на фотографија' and 'Дистрибутер' traps, 'Буџет:
3.600.000 $', 'Проекции' with '250 ден.', episodes with their own directors),
urgoo (Urgoo Cinema, Mongolian: a declarative shadow root, figure tiles or icon cards, 'Үргэлжлэх
хугацаа: 111 минут' or '1 цаг 51 минут', 'Нээлт: 1995 оны 10 сарын 27' or '1995.10.27' beside a
later 'Монголд нээлт', ages 'Бүх нас'/'13+'/'16+'/'18+', '(1 234 санал)' beside 'Үзэлт',
'Хөгжим', 'Продюсер' and 'Зураглаач' traps, 'Төсөв: 3 600 000 $', sessions with '15,000₮'),
azammax (Azam Max, Swahili: <label>/<output> pairs, a labels-first grid or a definition list,
the unit before the number ('dakika 111', 'saa 1 dakika 51', 'kura 1,234'), 'Tarehe ya
kutolewa: 27 Oktoba 1995' or '27/10/1995' beside a later 'Ilianza Azam Max', ages 'Wote'/'13+'/
'16+'/'18+', 'Watazamaji' views, 'Muziki', 'Mtayarishaji' and 'Mpiga picha' traps, plans 'TSh
12,000/mwezi', episodes with their own lengths and directors),
s4cclic (S4C Clic, Welsh: <dfn> lines, figure tiles or a split definition list, 'Hyd: 111 munud'
or '1 awr 51 munud', 'Dyddiad rhyddhau: 27 Hydref 1995' or '27/10/1995' beside a later
'Darllediad cyntaf ar S4C', certificates U/PG/12/15/18, '(1,234 o bleidleisiau)' / '(1
bleidlais)' beside 'Gwyliadau', 'Cerddoriaeth', 'Cynhyrchydd' and 'Cyfarwyddwr
ffotograffiaeth' (which begins with the director's label, and comes first on some pages) traps,
an 'available until' date in 2027, episodes 'Cyfres 2, Pennod 4' with their own directors),
itvuz (ITV.uz, Uzbek in Latin script: a <noscript> fallback table, a plain table or a wide
table, 'Davomiyligi: 111 daqiqa' or '1 soat 51 daqiqa' in <data value>, 'Premyera: 27-oktabr
1995-yil' or '27.10.1995' beside a later 'Oʻzbekistonda premyera', ages 0+..18+, '(1 234 ta
ovoz)' beside 'Koʻrishlar', 'Bastakor', 'Prodyuser' and 'Operator' traps, 'Byudjet: 3 600 000
$', plans '39 000 soʻm/oy', episodes with their own directors),
qfx (QFX Cinemas, Nepali in Devanagari with Western digits: ARIA terms, figure tiles or lines,
'अवधि: 111 मिनेट' or '1 घण्टा 51 मिनेट', 'रिलिज मिति: 27 अक्टोबर 1995' or '1995-10-27' beside a
later 'नेपालमा रिलिज', the Bikram Sambat year '(वि.सं. 2052)' beside the year, classes U/PG/A,
'(1,234 मत)' beside 'हेराइ', 'संगीत', 'निर्माता' and 'छायांकन' traps, shows with 'रु 450'),
kanopy (Kanopy, English: a labels-first grid, <dfn> lines or a definition list, 'Runtime: 111
minutes' or '1 hour 51 minutes', 'Producer', 'Cinematographer' and 'Distributor' traps,
'Supplemental Materials' with their own years and lengths, 'Tickets' counts, the full release
date only in the JSON-LD some pages carry),
shudder (Shudder, English: a declarative shadow root, em-dash lines or accordions, the meta line
'1995 | R | 1h 51m', 'Original release: October 27, 1995' beside a later 'Premiered on
Shudder', 'Composer', 'Special Makeup Effects' and 'Producer' traps, a 'Scream Meter' percentage,
episodes with their own lengths, dates and directors, plans '$6.99/month').

How it was kept blind: it was written from the record spec and from what is generally known of
how these sites lay their pages out; the writer did not look the sites up (the time limit left
no room), so every label, format and layout here is an approximation: the Macedonian,
Mongolian, Swahili, Welsh, Uzbek and Nepali labels, month names and date formats, the count
forms of the vote words (the Welsh 'o bleidleisiau' and the Macedonian 'гласа' especially), the
age marks (the Welsh site's follow the BBFC; the Nepali U/PG/A classes, the Mongolian,
Macedonian, Swahili and Uzbek '+' marks are the writer's guesses at site conventions, not a
board's), the rough Bikram Sambat year (new year taken as 14 April), Kanopy's and Shudder's
markup, and the synopses in those languages, which are the writer's. It reuses only the
generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16 common and the
helpers it re-exports). Nobody writing it read marquee's parser (marquee/ in full), its docs or
field tests, the benchmark figures, or ran the parser (or benchmarks/sites17.py) on any page of
it; tests/test_heldout_sites17_gen.py tests the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites17 import (
    azammax,
    cineplexxmk,
    itvuz,
    kanopy,
    qfx,
    s4cclic,
    shudder,
    urgoo,
)

_DESIGNS = {d.name: d for d in (
    Design("cineplexxmk", cineplexxmk.fit, cineplexxmk.render),
    Design("urgoo", urgoo.fit, urgoo.render),
    Design("azammax", azammax.fit, azammax.render),
    Design("s4cclic", s4cclic.fit, s4cclic.render),
    Design("itvuz", itvuz.fit, itvuz.render),
    Design("qfx", qfx.fit, qfx.render),
    Design("kanopy", kanopy.fit, kanopy.render),
    Design("shudder", shudder.fit, shudder.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
_NO_TEXT = frozenset({"tagline", "audience_summary"})
_NO_MONEY = frozenset({"budget", "box_office"})
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "cineplexxmk": _NO_TEXT | {"streaming"},
    "urgoo": _NO_TEXT | {"imdb_id", "streaming"},
    "azammax": _NO_TEXT | _NO_MONEY | {"imdb_id", "streaming"},
    "s4cclic": _NO_TEXT | _NO_MONEY | {"imdb_id", "trailer_url", "streaming"},
    "itvuz": _NO_TEXT | {"streaming"},
    "qfx": _NO_TEXT | _NO_MONEY | {"imdb_id", "streaming"},
    "kanopy": _NO_TEXT | _NO_MONEY | {"user_rating_count", "imdb_id", "trailer_url",
                                      "streaming"},
    "shudder": _NO_TEXT | _NO_MONEY | {"user_rating_count", "imdb_id", "streaming"},
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites17:{design}:{seed}")
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
