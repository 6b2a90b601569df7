"""Forty-eighth independent held-out set: eight ReelGuide relaunches, each built on a different
public design system with that system's real component markup for the facts (GOV.UK, USWDS,
Material Web, IBM Carbon, Microsoft Fluent UI, Bootstrap 5, Shoelace / Web Awesome, GitHub
Primer), each with its own wording of the fact labels, in English (GB for GOV.UK, US for the
rest), judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new. None is a
ReelGuide design of an earlier set (tests/heldout_sites33, 35, 38, 40, 42, 44 redesigned
ReelGuide around accessibility, a CMS, front-end stacks and information designs; none on a
named public design system's components):
reelguide_govuk (GOV.UK Design System: govuk-summary-list rows or a govuk-table, 'Running
time: 1 hour 51 minutes', 'Release date: 27 October 1995', 'Age rating' 12A/15, 'Number of
series', 'Box office takings'),
reelguide_uswds (US Web Design System: usa-list--unstyled 'Label:' lines or a
usa-table--borderless, 'Run time', 'MPA rating', 'Production companies', 'Estimated budget',
'Worldwide gross'),
reelguide_material (Material Web: md-list-item headline/supporting-text or md-assist-chip
labels, 'Duration: 1h 51m', 'Rated', 'Studios', 'Revenue'),
reelguide_carbon (IBM Carbon: cds-structured-list rows or cds-tile grids, 'Runtime: 111 min',
'Release year', 'Initial release', 'Production company'),
reelguide_fluent (Microsoft Fluent UI: fluent-data-grid rows or fluent-label/fluent-text
pairs, as the Microsoft Store's movie pages, 'Duration: 1 h 51 min', 'Category',
'Country/region', 'Age rating'),
reelguide_bootstrap (Bootstrap 5: a dl.row horizontal description list or a custom-content
list-group, 'Screenwriter', 'Runtime: 1h 51m', 'Released'),
reelguide_shoelace (Shoelace / Web Awesome: open sl-details with the label in the summary
attribute or sl-menu-label over sl-menu-item, 'Running time', 'Premiere: Oct. 27, 1995',
'(1,234 ratings)'),
reelguide_primer (GitHub Primer: Box-row lines or Label badges, 'Topics' for genres,
'Director of photography' beside 'Directed by', 'Released: Oct 27, 1995').
Each varies its markup per page: the facts in one of three markups, two of them its design
system's own and used by no earlier generator (checked by grepping every earlier generator,
tests/heldout* and tests/heldout_sites2..44, for the components' classes and elements:
govuk-, usa-list, usa-table, md-list, md-assist-chip, cds-structured, cds-tile,
fluent-data-grid, fluent-label, dl class="row", fw-bold, ms-2 me-auto, sl-details,
sl-menu-label, Box-row, Label--secondary; the forty-fifth to forty-seventh sets, written at
the same time by other writers, were not there to grep), the third an earlier set's (a
definition list, a table, stat tiles, dot leaders, CSS captions); the heading and its meta
line in the hero's <header> on some deploys, the facts collapsed in a hidden="until-found"
block on some, the blocks in one of three orders, JSON-LD on some pages of every design.
Distractors on every design: rails of other titles with their years, runtimes and
certificates; page views, watchlists, followers, downloads, views, shares, watchers counters
beside the votes; composer/producer/cinematographer labels (Primer's 'Director of
photography' begins with a director's word); a later date ('Available to stream from',
'Streaming date', 'Digital release', 'Streaming release', 'Available on Movies & TV', 'DVD
release', 'Re-release', 'Streaming since'); episode lists with their own lengths, dates and
directors; comments quoting other years and lengths; prices (rent/buy, discs, sponsor tiers);
and rows the record has no key for (language, sound mix, original language, color, video
quality, aspect ratio, filming location, film stock).

How it was kept blind: it was written in a hurry from the record spec and the design systems'
public component documentation as the writer remembers it, without opening any search result:
the labels are the writer's choice of wordings real sites use. It reuses only the generator
code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's common with the
helpers it re-exports, tests/heldout_sites18's Site/Words/hide, tests/heldout_sites38's,
42's and 44's facts markups and the forty-fourth set's page skeleton and furniture, copied
into common.py). Nobody writing it opened, grepped, imported or ran marquee (its parser,
normalizers, learners), its docs or field tests, the benchmark figures, or ran the parser (or
benchmarks/sites48.py) on any page of it; tests/test_heldout_sites48_gen.py tests the
generator alone.
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
from tests.heldout_sites48 import (
    reelguide_bootstrap,
    reelguide_carbon,
    reelguide_fluent,
    reelguide_govuk,
    reelguide_material,
    reelguide_primer,
    reelguide_shoelace,
    reelguide_uswds,
)

_MODULES = (
    reelguide_govuk,
    reelguide_uswds,
    reelguide_material,
    reelguide_carbon,
    reelguide_fluent,
    reelguide_bootstrap,
    reelguide_shoelace,
    reelguide_primer,
)
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
    rng = random.Random(f"sites48:{design}:{seed}")
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
