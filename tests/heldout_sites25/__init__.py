"""Twenty-fifth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site of its kind marks its title pages up, in six languages no earlier
set used (Asturian, Upper Sorbian, Low German, Samoan, Esperanto, Sardinian) and two English
sites no earlier set modelled (Landmark Theatres in the United States, Glasgow Film Theatre in
Scotland). Each varies its markup per page: the facts in one of three markups, at least two of
them among six no earlier set used (checked by grepping every earlier generator, tests/heldout*
and tests/heldout_sites2..24, for the tags and style properties involved; the twenty-sixth set,
written at the same time from another pool of languages, was not there to grep):
  - columns: one list of every label and then every value, the stylesheet's column-count:2
    flowing the labels into a left column and the values into a right one, each value drawn
    beside its label;
  - order: a wrapping flex box of half-width cells, the values first in the document (last
    first) and the labels after them, each cell's CSS order (style="order:2i" for label i,
    "order:2i+1" for its value) drawing every row as label, value;
  - foreign: an SVG info card whose <foreignObject> holds the labelled lines as XHTML;
  - legacy: an old CMS's lines, a <font> label and a <nobr> value ending in <br>, no element
    around a pair;
  - celltable: <div>s and <span>s laid out as a table by the stylesheet alone (display:table,
    table-row, table-cell);
  - anchor: the values in a column, each naming a CSS anchor (anchor-name:--v3), the labels
    after them, each placed beside its value by CSS anchor positioning (position-anchor:--v3);
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders, JSON-LD on some pages of
every design. Distractors on every design: rails of other titles with their years, runtimes and
certificates, view or ticket counters beside the votes, composer/producer/cinematographer
labels, a later local broadcast, subtitle or cinema date, episode lists with their own lengths,
dates and directors, comments quoting other years and lengths, broadcast times, subscriptions,
congress screenings or showtimes with their own dates and prices, and rows the record has no
key for (language, format, access).
rtpa (RTPA, Asturian: columns, anchor or a definition list; '(1.234 votos)' beside
'Reproducciones: 12.345', 'Duración: 111 min' or '1 h 51 min', 'Estrenu: 27 d'ochobre de 1995'
or '27/10/1995' beside 'En TPA dende', Spain's ICAA marks TP/7/12/16/18, 'Presupuestu:
3.600.000 $'),
wuhladko (MDR's Sorbian Wuhladko, Upper Sorbian: order, foreign or a table; '(1.234 hłosow)'
beside 'Wobhladane', 'Traće: 111 mjeń.' or '1 hodź. 51 mjeń.', 'Premjera: 27. oktobra 1995'
(the month in the genitive) or '27.10.1995' beside 'W mediatece MDR wot', FSK 0/6/12/16/18),
ndrplatt (NDR Plattdüütsch, Low German: legacy, celltable or bold-label lines; '(1.234
Stimmen)' beside 'Ankeken: 12.345 Mol', 'Längde: 111 Minuten' or '1 Stünn 51 Minuten',
'Rutkamen: 27. Oktover 1995' or '27.10.1995' beside 'In de NDR Mediathek siet', the FSK's
classes as 'af 12'),
sqbc (TV1 Samoa of SQBC, Samoan: columns, order or stat tiles; '(palota 1,234)' beside 'Ua
matamata', 'Umi: 111 minute' or '1 itula 51 minute', 'Aso na faalauiloa: 27 Oketopa 1995' or
'27/10/1995' beside 'I luga o le TV1 mai le', G/PG/R13/R16/R18, a subscription in tala),
filmoj (an Esperanto film club's catalogue in Vikipedio's infobox wording: foreign, celltable
or a definition list; '(1 234 voĉdonoj)' beside 'Spektoj', 'Daŭro: 111 minutoj' or '1 horo 51
minutoj', 'Premiero: 27-a de oktobro 1995' or the ISO '1995-10-27' beside 'Kun Esperantaj
subtekstoj ekde', marks Ĉiuj/6+/12+/16+/18+, 'Buĝeto: 3 600 000 usonaj dolaroj', congress
screenings in euros),
videolina (Videolina, Sardinian: anchor, legacy or a table; '(1.234 votos)' beside
'Bisualizatziones', 'Durada: 111 minutos' or '1 ora e 51 minutos', 'Essida: 27 de santugaine
1995' or '27/10/1995' beside 'In Videolina dae su', Italy's marks as Totu/6+/14+/18+),
landmark (Landmark Theatres, American English: celltable, anchor or leader lines; no votes,
'1,234 tickets sold this week', 'Runtime: 1 hr. 51 min.' or '111 min.', 'Release Date: October
27, 1995' or '10/27/1995' beside 'Now Playing at Landmark', the MPA's G/PG/PG-13/R/NC-17,
showtimes in dollars),
gft (Glasgow Film Theatre, British English: legacy, columns or a value-first headers table;
'(1,234 audience ratings)' beside '1,234 tickets booked', 'Running time: 111 mins' or '1hr
51mins', 'Release date: 27 October 1995' or '27.10.1995' beside 'At GFT from', the BBFC's
U/PG/12A/15/18, screenings priced in pounds).

How it was kept blind: it was written from the record spec and from what the writer generally
knew of how these broadcasters, media libraries, catalogues and cinemas lay their pages out; no
page of the sites' own markup was read, so every label, format and layout here is an
approximation: the Asturian, Upper Sorbian, Low German, Samoan, Esperanto and Sardinian labels,
month names and forms (the Sorbian genitive 'oktobra', the Sardinian 'santugaine', the Low
German 'Oktover', the Esperanto '27-a de oktobro'), the vote, hour and minute forms, the age
marks (Samoa's, the Esperanto club's and Videolina's are site conventions as the writer imagined
them), the genre and country names, and the synopses in those languages, which are the writer's
own and will read awkwardly to a native speaker; the Esperanto club site itself is imagined, its
wording taken from Vikipedio's film infobox. It reuses only the generator code of the earlier
sets (tests/heldout_sites2, tests/heldout_sites16's common with the helpers it re-exports,
tests/heldout_sites18's Site/Words/hide and tests/heldout_sites24's facts24 and page skeleton).
Nobody writing it opened, grepped, imported or ran marquee (its parser, normalizers, learners),
its docs or field tests, the benchmark figures, or ran the parser (or benchmarks/sites25.py) on
any page of it; tests/test_heldout_sites25_gen.py tests the generator alone.
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
from tests.heldout_sites25 import (
    filmoj,
    gft,
    landmark,
    ndrplatt,
    rtpa,
    sqbc,
    videolina,
    wuhladko,
)

_MODULES = (rtpa, wuhladko, ndrplatt, sqbc, filmoj, videolina, landmark, gft)
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
    rng = random.Random(f"sites25:{design}:{seed}")
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
