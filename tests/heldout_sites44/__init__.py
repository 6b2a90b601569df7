"""Forty-fourth independent held-out set: eight ReelGuide relaunches, each around its own
information design (a ledger, a ticket stub, an almanac, a scorecard, a dossier, a broadsheet,
a family guide, a timeline) with its own wording and layout of the facts, all in English (US),
judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new. All eight
are ReelGuide redesigns of this set's own invention, none of them one of the ReelGuide
designs of tests/heldout_sites33, 35, 38, 40 and 42 (an accessibility-first and a pro
redesign, a headless CMS, server-driven UI, print, TV, and eight front-end stacks: none of
those was an information design of this kind, nor used these words for the facts together):
reelguide_ledger (a reference ledger: 'Length', 'Opened', 'MPA', 'Made by', 'Made in'),
reelguide_stub (a ticket stub: 'Runs', 'Premiered', seat prices, 'tickets sold'),
reelguide_almanac (a printed almanac: 'Helmed by', 'Penned by', 'Running length', 'First
shown', 'Studio credit', 'Cost', 'Grossed', AP dates), reelguide_scorecard (a box score: the
numbers first, 'Release: 10/27/1995', 'Budgeted at', 'Earned', '1,234 scores'),
reelguide_dossier (a case file: 'Length: 111 min', 'Opened: Friday, October 27, 1995', 'Made
in', 'Made by'), reelguide_broadsheet (a newspaper's info box: 'Running time: 1 hr. 51 min.',
AP dates, 'reader ratings'), reelguide_family (a parents' guide: 'Length', 'Rated', 'Our age
pick', 'Earned') and reelguide_timeline (a title's life down the page: 'Run time', 'MPA
rating', 'Opened', 'Budgeted at', 'Earned').
Each varies its markup per page: the facts in one of three markups, two or three of them
among three no earlier set used (checked by grepping every earlier generator, tests/heldout*
and tests/heldout_sites2..42, for the elements and attributes involved; the forty-third set,
written at the same time by another writer, was not there to grep):
  - stats: stat tiles, each value first in a <b> and its label under it in a <sub>
    ('<li><b>1 hr 51 min</b><sub>Length</sub></li>');
  - caption: each value a <p data-caption="Length">, its label only in that attribute, drawn
    before it by the stylesheet's '[data-caption]::before{content:attr(data-caption)}';
  - leaders: dot-leader lines, '<p><span>Length</span><span aria-hidden="true">&hellip;</span>
    <span>1 hr 51 min</span></p>', as a printed almanac sets them;
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders, JSON-LD on some pages of
every design.
Distractors on every design: rails of other titles with their years, runtimes and
certificates; 'Seen by N members', tickets sold, bookmarks, followers, views, shares,
'families watching' and plays counters beside the votes; composer/producer/cinematographer
labels (the dossier's 'Director of photography' begins with the director's label); a later date
('On streaming', 'Re-release', 'Revival', 'Digital', 'TV premiere', 'On DVD', 'Streaming
since', 'Streaming from'); episode lists with their own lengths, dates and directors; comments
quoting other years and lengths; prices (rent/buy, seats, the printed edition, a season pass, a
membership, a subscription, a family plan, rentals); and rows the record has no key for (sound
mix, format, filming location, screens, color, language, ReelGuide's own age pick beside the
MPA rating, the film stock).
reelguide_ledger (leaders, stats or a definition list; 'Length: 1 hr 51 min' or '111 min',
'Oct 27, 1995' or '10/27/1995'),
reelguide_stub (caption, stats or a table; 'Runs: 111 minutes' or '1 hr 51 min', 'October 27,
1995' or '10/27/1995', '1,234 votes'),
reelguide_almanac (leaders, caption or prose; 'Running length: 1 hour 51 minutes' or '111
minutes', 'Oct. 27, 1995' or '10/27/1995', 'Rated by 1,234 readers'),
reelguide_scorecard (stats, leaders or a table; 'Runtime: 1h 51m' or '111 min', '10/27/1995'
or 'October 27, 1995'),
reelguide_dossier (caption, leaders or <var>/<samp> lines; 'Length: 111 min' or '1 hr 51 min',
'Friday, October 27, 1995' or '10/27/1995', '(1,234 user ratings)'),
reelguide_broadsheet (prose, caption or stats; 'Running time: 111 minutes' or '1 hr. 51 min.',
'Oct. 27, 1995' or '10/27/1995'),
reelguide_family (stats, caption or sprite icon rows; 'Length: 1h 51m' or '111 min', 'Oct 27,
1995' or '10/27/1995', '1,234 parent ratings'),
reelguide_timeline (leaders, stats or prose; 'Run time: 1 hr 51 min' or '111 min', 'October
27, 1995' or '10/27/1995').

How it was kept blind: it was written in a hurry from the record spec, without any search:
these are invented redesigns, so every label, format and layout is the writer's own. It
reuses only the generator code of the earlier sets (tests/heldout_sites2,
tests/heldout_sites16's common with the helpers it re-exports, tests/heldout_sites18's
Site/Words/hide, tests/heldout_sites38's and tests/heldout_sites42's facts markups and the
forty-second set's page skeleton and furniture, copied into common.py). Nobody writing it
opened, grepped, imported or ran marquee (its parser, normalizers, learners), its docs or
field tests, the benchmark figures, or ran the parser (or benchmarks/sites44.py) on any page of
it; tests/test_heldout_sites44_gen.py tests the generator alone.
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
from tests.heldout_sites44 import (
    reelguide_almanac,
    reelguide_broadsheet,
    reelguide_dossier,
    reelguide_family,
    reelguide_ledger,
    reelguide_scorecard,
    reelguide_stub,
    reelguide_timeline,
)

_MODULES = (
    reelguide_ledger,
    reelguide_stub,
    reelguide_almanac,
    reelguide_scorecard,
    reelguide_dossier,
    reelguide_broadsheet,
    reelguide_family,
    reelguide_timeline,
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
    rng = random.Random(f"sites44:{design}:{seed}")
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
