"""Thirty-first independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, all in
English, each modelled on how a real English-language site no earlier set modelled marks its
title pages up: the American cinema chains AMC Theatres, Regal and Cinemark, the British ones
Vue, Showcase Cinemas and Everyman, the public-library streaming service hoopla and the
showtimes site Moviefone (checked by grepping every earlier generator: Moviefone, Everyman,
Vue and Showcase are named nowhere; AMC, Regal and Cinemark only as cinemas in a Fandango
listing and hoopla only in a list of services, none as a design or a site's name). Each varies
its markup per page: the facts in one of three markups, at least two of them among four no
earlier set used (checked by grepping every earlier generator, tests/heldout* and
tests/heldout_sites2..30, for the tags and attributes involved; the thirty-second set,
written at the same time by another writer, was not there to grep):
  - ion: an Ionic <ion-list> as the framework's web components leave it in server-rendered
    HTML, each <ion-item> an <ion-label> with the label and an <ion-note slot="end"> with the
    value;
  - aria: a table made of <div>s with ARIA roles (role="table" with aria-rowcount), each row
    numbered by aria-rowindex, its label a rowheader and its value a cell, numbered by
    aria-colindex;
  - slcard: a grid of Shoelace <sl-card>s, one per fact, the label in the card's header slot
    and the value its body;
  - tips: a row of Shoelace pill <sl-tag>s, each a value, wrapped in an <sl-tooltip> whose
    content attribute is its label (a tooltip shown on hover or focus: the label is in an
    attribute only, as the spec allows);
the third markup an earlier set's (a definition list, a table, bold-label lines,
the thirtieth set's <menu>, <mark> pills, open accordion or display:contents grid; Vue's
three are all new); the
heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders (facts first, cast
first, facts after the episodes and the extras), JSON-LD on some pages of every design.
English wording varies from design to design: 'Runtime', 'Run Time', 'Running time',
'Running Time', 'Duration', 'Length'; '1 HR 51 MIN', '1h 51min', '1 hr 51 min', '1hr 51mins',
'1h 51m', '1 hr. 51 min.', '111 MIN', '111 mins', '111 min.'; 'Release Date: Friday, October
27, 1995', 'Oct. 27, 1995' (and the AP's 'Sept.', 'March'), 'Oct 27, 1995', '27th October
1995', '27 Oct 1995', 'Friday 27 October 1995', '10/27/1995', '27/10/1995', '27.10.1995',
'1995-10-27'; 'Rating', 'Rated', 'MPAA Rating', 'Certificate'; 'Studio', 'Distributor',
'Publisher', 'Production Company'; 'Directed By', 'Written By', 'Screenplay', 'Writers'.
Distractors on every design: rails of other titles with their years, runtimes and
certificates, interest, booking, borrow and fan counters beside (or instead of) the votes,
composer/producer/cinematographer labels (Cinemark's and Vue's 'Director of Photography'
begins with the director's label, Moviefone's 'Score' is the composer), a later re-release,
anniversary screening, premium-format premiere, 'Added to hoopla' or 'Digital Release' date,
episode lists with their own lengths, dates and directors, comments quoting other years and
lengths, ticket, membership and subscription prices (AMC's A-List and Discount Tuesdays,
Regal Unlimited and Value Days, Cinemark's Movie Club, Vue's Big Screen Mondays, Showcase
Unlimited and XPlus, hoopla's $0 library borrow and monthly borrow limit, Moviefone's
showtimes and ticket prices, Everyman's sofas and membership), and rows the record has no key
for (premium formats, language, subtitled screenings, audio description, format, sound mix,
seating).
amc (AMC Theatres, US: ion, aria or a definition list; no votes, '12,345 people are
interested', 'Runtime: 1 HR 51 MIN', 'Release Date: Friday, October 27, 1995' beside 'AMC
Re-Release', a movie's MPA certificate or a show's TV mark),
regal (Regal, US: tips, ion or a table; no votes, 'Run Time: 1h 51min', 'Release Date: Oct.
27, 1995' beside 'Regal Anniversary Screening', 'Rated', 'Distributor'),
cinemark (Cinemark, US: aria, slcard or bold-label lines; no votes, 'Runtime: 1 hr 51 min',
'Release Date: Oct 27, 1995' beside 'Cinemark XD Premiere', 'Country of Origin'),
vue (Vue, UK: ion, slcard or tips; no votes, 'Running time: 1hr 51mins', 'Release date:
27th October 1995' beside 'At Vue from', the BBFC's U/PG/12A/15/18 as 'Certificate'),
showcase (Showcase Cinemas, UK: aria, ion or <mark> pills; no votes, 'Duration: 1h 51m',
'Released: 27 Oct 1995' or '27.10.1995' beside 'Showcase re-release', 'Budget: $3,600,000'),
hoopla (hoopla, US: slcard, tips or a <menu>; '(1,234 ratings)' beside 'Borrowed 12,345
times', 'Length: 1h 51m', 'Release Date: Oct 27, 1995' or '1995-10-27' beside 'Added to
hoopla', 'Publisher' for the studios),
moviefone (Moviefone, US: ion, aria or a display:contents grid; '1,234 fan ratings' beside '12,345
people want to see this', 'Runtime: 1 hr. 51 min.', 'Release Date: Oct. 27, 1995' beside
'Digital Release', 'MPAA Rating', 'Production Company', 'Budget' and 'Box Office', an IMDb
link),
everyman (Everyman, UK: slcard, aria or an open accordion; no votes, '12,345 guests booked',
'Running Time: 1 hr 51 mins', 'Release Date: Friday 27 October 1995' beside 'Everyman
Screening', 'Screenplay' for the writers, the BBFC's certificates).

How it was kept blind: it was written from the record spec and from what the writer generally
knew of how these cinema chains, the library service and the showtimes site lay their pages
out, without any search: no page of the sites' own markup was read, so every label, format and
layout here is an approximation (the ticket and plan prices are invented). It reuses only the
generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's common with
the helpers it re-exports, tests/heldout_sites18's Site/Words/hide and tests/heldout_sites30's
facts30 and page skeleton). Nobody writing it opened, grepped, imported or ran marquee (its
parser, normalizers, learners), its docs or field tests, the benchmark figures, or ran the
parser (or benchmarks/sites31.py) on any page of it; tests/test_heldout_sites31_gen.py tests
the generator alone.
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
from tests.heldout_sites31 import (
    amc,
    cinemark,
    everyman,
    hoopla,
    moviefone,
    regal,
    showcase,
    vue,
)

_MODULES = (amc, regal, cinemark, vue, showcase, hoopla, moviefone, everyman)
_DESIGNS = {m.NAME: Design(m.NAME, m.fit, m.render) for m in _MODULES}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    m.NAME: m.SITE.hidden | ({"studios_total"} if "studios" in m.SITE.hidden else set())
    for m in _MODULES
}
SPEC_KEYS = (
    "source_id",
    "kind",
    "title",
    "tagline",
    "synopsis",
    "audience_summary",
    "release_date",
    "release_year",
    "runtime_minutes",
    "content_rating",
    "user_rating_count",
    "genres",
    "countries",
    "studios",
    "studios_total",
    "budget",
    "box_office",
    "imdb_id",
    "trailer_url",
    "seasons",
    "streaming",
    "directors",
    "writers",
    "cast",
)

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites31:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows (a null count or runtime matches no rail's),
    and that an episode's director is never one of the title's own (a trap, not a credit)."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    eps = [_own_director(rng, title, e) for e in episodes(rng, title)]
    ctx = Context(title, others, reviews(rng, title), eps)
    return SitePage(
        title.url,
        design.render(title, ctx),
        expected(title),
        design.name,
        tuple(expected(o) for o in others),
    )


def _unlike_any_rail(t: Title) -> Title:
    return replace(
        t,
        rating="(none)" if t.rating is None else t.rating,
        votes=-1 if t.votes is None else t.votes,
        runtime=-1 if t.runtime is None else t.runtime,
    )


def _own_director(rng: random.Random, t: Title, e: Episode) -> Episode:
    director = e.director
    while director in t.directors:
        director = person(rng)
    return replace(e, director=director)
