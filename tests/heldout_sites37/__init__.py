"""Thirty-seventh independent held-out set: English film and TV title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new. All eight
are in English, each modelled on how a real English-language film or TV site no earlier set
modelled marks its title or review pages up (checked by grepping every earlier generator for
the site's name): Decider (the New York Post's streaming guide), IGN's film and series
'object' pages, the magazine Empire's reviews, Variety's review credits box, Tim Dirks'
Filmsite, RogerEbert.com's reviews, Vulture's (New York magazine's) title info, and
ComingSoon.net's movie database pages.
Each varies its markup per page: the facts in one of three markups, two of them among three
no earlier set used (checked by grepping every earlier generator, tests/heldout* and
tests/heldout_sites2..36, for the elements and attributes involved; the thirty-eighth set,
written at the same time by another writer, was not there to grep):
  - columns: a spec sheet laid sideways, each band of up to four facts a header row of labels
    (<th>) over one row of their values (<td>), so a label and its value are not neighbours in
    the source;
  - sublist: an outline, each fact's label span heading a nested ordered list of its values,
    one <li> per name (lists of people never joined with commas);
  - tips: info pills whose label also rides in a data-tip attribute, an italic label and the
    value after it;
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders (facts first, cast
first, facts after the episodes and the extras), JSON-LD on some pages of every design.
Furniture on every design: a mega menu of the site's sections, a trending bar of headlines
with numbers of their own ('The 25 Best Horror Movies...'), a newsletter form, and the ad
config a tag manager reads (window.__ADCONFIG__, sixty-four slots), so pages run to ~37 KB.
Distractors on every design: rails of other titles with their years, runtimes and
certificates; shares, followers, readers, page views, reads, saves and 'anticipation votes'
counters beside (or instead of) the votes; composer/producer/cinematographer labels (Variety's
'Camera' and 'Music', Vulture's 'Produced by' beside 'Directed by' and 'Written by'); a later
date (Decider's 'Streaming Premiere', IGN's 'Digital Release', Empire's 'Out on Blu-ray',
Variety's 'Streaming Date', Filmsite's 'Video Release', RogerEbert.com's 'On Digital',
Vulture's 'Streaming On', ComingSoon.net's 'Home Release'); episode lists with their own
lengths, dates and directors; comments quoting other years and lengths; prices (subscriptions
in dollars and pounds, rentals, donations, memberships, tickets and fees); and rows the record
has no key for ('Our Call', 'Where to Stream', 'Franchise', 'IGN Score', 'Empire Rating',
'Reviewed By', 'Reviewed at', 'Editor', 'Academy Awards', 'Filmsite Rank', 'Stars', 'Critic',
'Section', 'Filming Location', 'Anticipation').
decider (sublist, tips or bold-label lines; '1,234 Stream It/Skip It votes' beside '12,345
shares', 'Runtime: 111 min' or '1h 51m', 'Premiere Date: October 27, 1995' or '10/27/1995',
'Rated' MPA; no budget or box office),
ign (columns, tips or data-field rows; '1,234 Community Ratings' beside '12,345 followers',
'Runtime: 1h 51m' or '111 min', 'Release Date', MPA, 'Budget: $3,600,000', 'Box Office'),
empire (columns, sublist or a layout table; '1,234 user reviews' beside '12,345 readers',
'Running time: 111 mins' or '1h 51m', 'UK release date: 27 October 1995' or '27/10/1995',
'Certificate' U/PG/12A/15/18),
variety (sublist, columns or a definition list; no votes, 'Running time: 111 MIN.' or '111
min.', 'Release Date', MPA, 'Budget', 'Box Office', 'Production' for the studio),
filmsite (tips, columns or bold-label lines; no votes, 'Running Time: 111 minutes' or '1 hr 51
min', 'MPAA Rating', 'Budget', 'Domestic Gross' for the box office),
rogerebert (tips, sublist or icon rows; no votes, 'Running time: 111 minutes' or '111 min',
'Released: October 27, 1995', 'Rated' MPA; no budget or box office),
vulture (columns, tips or a layout table; no votes, 'Running Time: 1 hr. 51 min.' or '111
min.', 'Rated' MPA, 'Distributor' for the studio, 'Box Office'; no budget),
comingsoon (sublist, columns or data-field rows; '1,234 user ratings' beside '12,345
anticipation votes', 'Runtime: 111 mins' or '1h 51m', 'MPAA Rating', 'Budget', 'Box Office').

How it was kept blind: it was written in a hurry from the record spec and from what the writer
generally knew of how these sites lay their pages out, without any search: no page of the
sites' own markup was read, so every label, format and layout here is an approximation (the
sites' real labels, formats and field sets differ in places). It reuses only the generator
code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's common with the
helpers it re-exports, tests/heldout_sites18's Site/Words/hide, tests/heldout_sites36's page
skeleton, copied into common.py, and facts36 for the older markups). Nobody writing it opened,
grepped, imported or ran marquee (its parser, normalizers, learners), its docs or field tests,
the benchmark figures, or ran the parser (or benchmarks/sites37.py) on any page of it;
tests/test_heldout_sites37_gen.py tests the generator alone.
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
from tests.heldout_sites37 import (
    comingsoon,
    decider,
    empire,
    filmsite,
    ign,
    rogerebert,
    variety,
    vulture,
)

_MODULES = (
    decider,
    ign,
    empire,
    variety,
    filmsite,
    rogerebert,
    vulture,
    comingsoon,
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
    rng = random.Random(f"sites37:{design}:{seed}")
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
