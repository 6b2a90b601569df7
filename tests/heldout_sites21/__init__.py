"""Twenty-first independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, in six languages no earlier set used
(West Frisian, Romansh, Scottish Gaelic, Occitan, Haitian Creole, Northern Sami) and two
English sites no earlier set modelled (CBC Gem, Alamo Drafthouse Cinema). Each varies its
markup per page: the facts in one of three markups, at least two of them among six no earlier
set used (checked by grepping every earlier generator, tests/heldout* and
tests/heldout_sites2..20, for the tags and attributes involved):
  - optgroup: a disabled list box (<select multiple disabled size>) whose labels are only the
    label attributes of its <optgroup>s, one <option> per value (per name) under each;
  - headers: a wide two-row table, a row of label cells with ids and a row of value cells
    each naming its label cell (<td headers="...">);
  - describedby: a CSS grid whose labels all come first in the document and whose values come
    after them, each value pointing back at its label (aria-describedby), the grid placing
    both on the same row (grid-row/grid-column);
  - svgtext: an SVG card, each label a <text> at x=0 and its value a <text> on the same
    baseline further right;
  - csslabel: list items holding only the value, each label a string literal the stylesheet
    draws before its item (.cls::before{content:"Label: "}): the label is in no element;
  - ariaheading: each label a <div role="heading" aria-level="3"> over its value's <div>;
the meta line above the heading (an eyebrow) or under it or absent, the blocks in one of three
orders, JSON-LD on some pages of every design. Distractors on every design: rails of other
titles with their years, runtimes and certificates, view, play, admission or wish-list counters
beside the votes, composer/producer/cinematographer labels (CBC Gem's 'Director of
Photography' begins with the director's label), a later local premiere, platform or repertory
date, episode lists with their own lengths, dates and directors, comments quoting other years
and lengths, broadcast times, plans, sessions or showtimes with their own dates and prices, and
rows the record has no key for (language, subtitles, captions, format, programme).
omrop (Omrop Fryslân, West Frisian: optgroup, headers or a definition list; '(1.234 stimmen)' /
'(1 stim)' beside '12.345 kear besjoen', 'Doer: 111 minuten' or '1 oere 51 minuten', 'Premjêre:
27 oktober 1995' or '27-10-1995' beside 'Op Omrop Fryslân', the Kijkwijzer ages AL/6/12/16/18,
'Budzjet: $ 3.600.000', broadcast times on Omrop Fryslân Televyzje),
playrtr (Play RTR, Romansh: describedby, svgtext or bold-label lines; "(1'234 vuschs)" beside
"Guardà 12'345 giadas", 'Durada: 111 minutas' or '1 ura e 51 minutas', "Premiera: 27 d'october
1995" or '27.10.1995' beside 'Sin Play RTR dapi', the Swiss marks 0+/6+/12+/16+/18+, "Budget:
USD 3'600'000", broadcast times on SRF 1),
bbcalba (BBC ALBA, Scottish Gaelic: csslabel, ariaheading or a table; '(1,234 bhòt)' beside
'Air fhaicinn 12,345 turas', 'Fad: 111 mionaid' or '1 uair a thìde 51 mionaid', 'Ciad
sealladh: 27 Dàmhair 1995' or '27/10/1995' beside 'Air BBC ALBA bho', the BBFC's
U/PG/12/15/18, 'Sreathan' as the season count, broadcast times),
octele (ÒCtele, Occitan: optgroup, svgtext or button chips; '(1 234 vòts)' beside '12 345
visionaments', 'Durada: 111 minutas' or '1 ora 51 minutas', "Sortida: 27 d'octòbre de 1995" or
'27/10/1995' beside 'Sus ÒCtele dempuèi', the French marks Tot public/-10/-12/-16/-18, 'Budgèt:
3 600 000 $', broadcast times on ViàOccitanie, France 3 and TV7),
cinetriomphe (Ciné Triomphe, Port-au-Prince, Haitian Creole, a cinema: headers, describedby or
a definition list; '(1 234 vòt)' beside 'Espektatè' admissions, 'Dire: 111 minit' or '1 èdtan
51 minit', 'Dat sòti: 27 oktòb 1995' or '27/10/1995' beside 'Sòti ann Ayiti', marks Tout
piblik/10+/13+/16+/18+, 'Bidjè: 3 600 000 $', sessions with prices in gourdes),
nrksapmi (NRK Sápmi, Northern Sami: csslabel, ariaheading or bold-label lines; '(1 234 jiena)'
/ '(1 jietna)' beside 'Geahččan 12 345 geardde', 'Guhkkodat: 111 minuhta' or '1 diibmu 51
minuhta', 'Almmuhuvvon: golggotmánu 27. b. 1995' or '27.10.1995' beside 'NRK TV:s', the
Norwegian age limits Buohkaide/6/12/15/18, 'Bušeahtta: 3 600 000 $', broadcast times on NRK1),
cbcgem (CBC Gem, Canadian English: optgroup, describedby or a table; no votes, '12,345 plays
this week', 'Duration: 1h 51m' or '111 min', 'Release Date: October 27, 1995' or '1995-10-27'
beside 'On CBC Gem since', the home video ratings G/PG/14A/18A/R for films and the TV classes
G/PG/14+/18+ for series, Gem Premium plans '$4.99/month'),
alamo (Alamo Drafthouse Cinema, US English: svgtext, ariaheading or button chips; breadcrumbs,
no votes, '1,234 Victory members want to see this', 'Runtime: 111 min' or '1 hr 51 min',
'Release Date: October 27, 1995' or '10/27/1995' beside a repertory 'Now Showing', MPA ratings
for films and TV guidelines for series, showtimes at two locations with ticket prices, menu
prices, the 'Series' programme and projection 'Format').

How it was kept blind: it was written from the record spec and from what the writer generally
knew of how these sites lay their pages out, with a few look-ups of public pages about them
(Omrop Fryslân's Frisian programme notes for 'útstjoering', 'oere' and the month names, MG
ALBA's Gaelic news for 'Riochdaire' and its '4 Sultain 2018' date form, NRK Sápmi's own 'NRK
TV:s' and the Sami 'diimmu' and 'minuhta', Occitan news for "d'octòbre de 1944", 'dempuèi' and
ÒCtele's partner channels, the reopened Ciné Triomphe's two halls of 450 and 300 seats and its
350/500 gourde tickets, the Canadian broadcasters' TV classes); none of them showed a title
page's markup, so every label, format and layout here is an approximation: the Frisian,
Romansh, Gaelic, Occitan, Haitian Creole and Sami labels, month names and date forms (the Sami
genitive month before the day, Romansh "d'"/'da' and Occitan "d'"/'de' before the month), the
vote, hour and minute forms (Romansh 'ura'/'uras', Sami 'diibmu'/'diimmu', 'jietna'/'jiena'),
the age marks (Kijkwijzer, the Swiss, BBFC, French and Norwegian tiers as the writer knew them;
the Haitian cinema's marks are the writer's own), the genre and country names, and the
synopses in those languages, which are the writer's own and will read awkwardly to a native
speaker. CBC Gem's and Alamo Drafthouse's labels are likewise from memory. It reuses only the
generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's common with
the helpers it re-exports, tests/heldout_sites18's Site/Words/hide and tests/heldout_sites20's
facts20). Nobody writing it opened, grepped, imported or ran marquee (its parser, normalizers,
learners), its docs or field tests, the benchmark figures, or ran the parser (or
benchmarks/sites21.py) on any page of it; tests/test_heldout_sites21_gen.py tests the generator
alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites21 import (
    alamo,
    bbcalba,
    cbcgem,
    cinetriomphe,
    nrksapmi,
    octele,
    omrop,
    playrtr,
)

_MODULES = (omrop, playrtr, bbcalba, octele, cinetriomphe, nrksapmi, cbcgem, alamo)
_DESIGNS = {m.NAME: Design(m.NAME, m.fit, m.render) for m in _MODULES}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    m.NAME: m.SITE.hidden | ({"studios_total"} if "studios" in m.SITE.hidden else set())
    for m in _MODULES
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites21:{design}:{seed}")
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
