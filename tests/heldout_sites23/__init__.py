"""Twenty-third independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, in six languages no earlier set used
(Corsican, Friulian, Guarani, Tok Pisin, Hawaiian, Papiamentu) and two English sites no earlier
set modelled (PBS in the United States, Curzon in Britain). Each varies its markup per page: the
facts in one of three markups, at least two of them among six no earlier set used (checked by
grepping every earlier generator, tests/heldout* and tests/heldout_sites2..22, for the tags and
attributes involved; the twenty-fourth set, written at the same time from another pool of
languages, was not there to grep):
  - svgtitle: an inline SVG icon per fact whose only label is the icon's <title> (the tooltip a
    browser shows over it, the name a screen reader reads), the value in a <span> after it;
  - tooltip: value chips, each chip's label a role="tooltip" bubble after its value that the
    stylesheet shows on hover or keyboard focus (tabindex="0");
  - ariagrid: a table built of <div>s with ARIA roles, a row of role="columnheader" labels over
    a row of role="cell" values;
  - gridareas: all the labels, then all the values in reverse order, each paired with its label
    only by the stylesheet's grid-template-areas ("l0 v0" "l1 v1" ...);
  - rowreverse: value-first items (<span> value, then <b> label) that the stylesheet's
    flex-direction:row-reverse draws label first;
  - tree: a role="tree" widget, each label an expanded treeitem whose group holds the value;
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some (both the twenty-second set's), the blocks in one of three
orders, JSON-LD on some pages of every design. Distractors on every design: rails of other
titles with their years, runtimes and certificates, view, admission or watch-list counters
beside the votes, composer/producer/cinematographer labels (PBS's 'Director of Photography'
begins with the director's label), a later local premiere or platform date, episode lists with
their own lengths, dates and directors, comments quoting other years and lengths, broadcast
slots, schedules, plans, showtimes with their own dates and prices, and rows the record has no
key for (language, captions, audio description, format).
viastella (ViaStella, Corsican: tree, svgtitle or a definition list; '(1 234 voti)' / '(1 votu)'
beside 'Vistu 12 345 volte', 'Durata: 111 minuti' or '1 ora è 51 minuti', "Esciuta: 27 d'uttrovi
1995" or '27/10/1995' beside "Nant'à ViaStella dapoi", the French marks Tutti i publichi/-10/-12/
-16/-18, 'Bugettu: 3 600 000 $', broadcast slots),
telefriuli (Telefriuli, Friulian: rowreverse, ariagrid or bold-label lines; '(1.234 vôts)' beside
'12.345 visualizazions', 'Durade: 111 minûts' or '1 ore e 51 minûts', 'Jessude: 27 di otubar dal
1995' or '27/10/1995' beside 'Su Telefriuli dal', the Italian classes T/6+/14+/18+, 'Budget: $
3.600.000', the evening schedule),
paraguaytv (Paraguay TV, Guarani: tooltip, gridareas or a table; '(1.234 poravo)' beside
'12.345 jehecha', "Ipukukue: 111 aravo'i" or "1 aravo 51 aravo'i", 'Osẽ ára: 27 jasypa 1995' or
'27/10/1995' beside 'Paraguay TV-pe', the site's marks ATP/+13/+16/+18, 'Presupuesto: US$
3.600.000', the schedule and an advertising price in guaraníes),
emtv (EMTV, Tok Pisin: svgtitle, rowreverse or a definition list; '(1,234 vot)' beside '12,345
taim ol i lukim', 'Longpela: 111 minit' or '1 aua 51 minit', 'De em i kamap: 27 Oktoba 1995' or
'27/10/1995' beside 'Long EMTV', the PNG Censorship Board's G/PG/M/R, 'Baset: $3,600,000', plans
in kina),
oiwitv (ʻŌiwi TV, Hawaiian: ariagrid, tree or bold-label lines; '(1,234 koho)' beside 'Nānā ʻia
12,345 manawa', 'Ka lōʻihi: 111 minuke' or '1 hola 51 minuke', 'Lā i puka ai: 27 ʻOkakopa 1995'
or '10/27/1995' (month first) beside 'Ma ʻŌiwi TV mai', TV-G/TV-PG/TV-14/TV-MA, cable slots),
themovies (The Movies Curaçao, Papiamentu, a cinema: gridareas, tooltip or a table; '(1.234
voto)' beside '12.345 bishitante', 'Durashon: 111 minüt' or '1 ora i 51 minüt', 'Fecha di
estreno: 27 di òktober 1995' or '27-10-1995' beside 'Na Kòrsou for di', the MPA's
G/PG/PG-13/R/NC-17, 'Presupuesto: US$ 3.600.000', showtimes priced in Caribbean guilders),
pbs (PBS, American English: tooltip, ariagrid or button chips; no votes, '12,345 views',
'Duration: 1h 51m' or '111 min', 'Premiere Date: Oct 27, 1995' or '10/27/1995' beside 'Available
with PBS Passport', TV-G/TV-PG/TV-14/TV-MA, the local station's slot and the Passport donation),
curzon (Curzon, British English, a cinema chain with its home cinema: gridareas, svgtitle or
bold-label lines; no votes, '12,345 members saved this', 'Running Time: 111 mins' or '1h 51m',
'Release Date: 27 October 1995' or '27/10/1995' beside 'On Curzon Home Cinema from', the BBFC's
U/PG/12A/15/18, 'Budget: $3,600,000', showtimes at Curzon venues priced in pounds).

How it was kept blind: it was written from the record spec, from what the writer generally knew
of how these sites lay their pages out, and from a few public pages found with the search tool
(about ʻŌiwi TV, its cable channel and its Hawaiian-language programming; Curzon Home Cinema's
catalogue pages and the chain's venues; press about PBS's programmes and local stations); no
page of the sites' own markup was read, so every label, format and layout here is an
approximation: the Corsican, Friulian, Guarani, Tok Pisin, Hawaiian and Papiamentu labels, month
names, hour and minute words, the age marks (the Paraguayan and Papua New Guinean marks as the
writer knew them, not checked against a board), the genre and country names, and the synopses
in those languages, which are the writer's own and will read awkwardly to a native speaker. It
reuses only the generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's
common with the helpers it re-exports, tests/heldout_sites18's Site/Words/hide and
tests/heldout_sites22's page skeleton and facts22). Nobody writing it opened, grepped, imported
or ran marquee (its parser, normalizers, learners), its docs or field tests, the benchmark
figures, or ran the parser (or benchmarks/sites23.py) on any page of it;
tests/test_heldout_sites23_gen.py tests the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import (
    Title,
    expected,
    fix_dates,
    new_title,
    other_titles,
    person,
)
from tests.heldout_sites2.site import Context, Design, Episode, SitePage, episodes, reviews
from tests.heldout_sites23 import (
    curzon,
    emtv,
    oiwitv,
    paraguaytv,
    pbs,
    telefriuli,
    themovies,
    viastella,
)

_MODULES = (viastella, telefriuli, paraguaytv, emtv, oiwitv, themovies, pbs, curzon)
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
    rng = random.Random(f"sites23:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows (a null count or runtime matches no rail's),
    and that an episode's director is never one of the title's own (a trap, not a credit)."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    eps = [_own_director(rng, title, e) for e in episodes(rng, title)]
    ctx = Context(title, others, reviews(rng, title), eps)
    return SitePage(title.url, design.render(title, ctx), expected(title), design.name,
                    tuple(expected(o) for o in others))


def _unlike_any_rail(t: Title) -> Title:
    return replace(t, rating="(none)" if t.rating is None else t.rating,
                   votes=-1 if t.votes is None else t.votes,
                   runtime=-1 if t.runtime is None else t.runtime)


def _own_director(rng: random.Random, t: Title, e: Episode) -> Episode:
    director = e.director
    while director in t.directors:
        director = person(rng)
    return replace(e, director=director)
