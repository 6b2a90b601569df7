"""Fortieth independent held-out set: English title pages of four real film/TV sites and four
ReelGuide redesigns, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new. All eight
are in English. Four model how a real English-language site no earlier set modelled marks a
title up (checked by grepping every earlier generator for the site's name): Emirates ice (an
airline's in-flight entertainment catalogue, UK spelling), DVD Talk (a disc review's film
facts), Serializd (a TV-logging social site's show page) and Zavvi (a UK retailer's Blu-ray
product page, BBFC certificates). Four are ReelGuide redesigns of this set's own invention,
each on a front-end approach neither sites35's nor sites38's ReelGuide designs used:
reelguide_cms (a headless CMS's entry rendered by a static build, the visual editor's
annotations left in), reelguide_sdui (a server-driven UI drawing a component tree the server
ships as JSON), reelguide_print (a print-friendly reader view: serif column, a print
stylesheet, a print button, no pictures) and reelguide_tv (a smart-TV 10-foot UI, 1920-pixel
viewport, spatial navigation, focusable tiles).
Each varies its markup per page: the facts in one of three markups, two of them among three
no earlier set used (checked by grepping every earlier generator, tests/heldout* and
tests/heldout_sites2..38, for the attributes involved; the thirty-ninth set, written at the
same time by another writer, was not there to grep):
  - cms: a headless CMS's field blocks, each a <div data-sb-field-path="facts.runtime"> with
    the label an <h4> and the value a <p> under it, inside a data-sb-object-id grid;
  - focus: a 10-foot UI's focusable tiles, each fact a <button data-focus-key="fact-runtime">
    holding a caption span (the label) and a value span;
  - sdui: a server-driven UI's rows, <div data-sdui-type="KeyValueRow"> with the label and the
    value in data-sdui-slot="key" and data-sdui-slot="value" spans;
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders (facts first, cast
first, facts after the episodes and the extras), JSON-LD on some pages of every design.
Distractors on every design: rails of other titles with their years, runtimes and
certificates; plays on board, reads, followers, 'people have this in their basket', plays,
prints and 'watching now' counters beside (or instead of) the votes; composer/producer/
cinematographer labels (Serializd's and Zavvi's 'Director of Photography' begins with the
director's label); a later date ('On board from', 'DVD Release', 'Added to Serializd',
'Blu-ray Release Date', 'Digital release', 'Leaving ReelGuide Now', 'Printed from ReelGuide
on', 'Available until'); episode lists with their own lengths, dates and directors; comments
quoting other years and lengths; prices (Wi-Fi packages in US dollars, disc prices, Serializd
Pro, a packshot's price and RRP in pounds, ReelGuide+, streaming plans, a print annual,
rentals); and rows the record has no key for (audio, subtitles, cabin, video, region, status,
network time, format, number of discs, editor's pick, reading time, downloads, pages,
permalink, picture).
emirates (focus, sdui or a table; no votes, 'Duration: 1h 51m' or '111 mins', '27 October
1995' or '27/10/1995', G/PG/PG-13/R, no trailer),
dvdtalk (cms, sdui or bold-label lines; '1,234 reader ratings' beside '12,345 reads',
'Directed by'/'Written by', 'Running Time: 111 minutes' or '1:51', 'Theatrical Release:
October 27, 1995' or '10/27/1995', 'MPAA Rating'),
serializd (focus, cms or a definition list; '1,234 ratings' beside '12,345 followers',
'Runtime: 1h 51m' or '111m', 'First Aired: Oct 27, 1995' or '10/27/1995', TV-G/TV-PG/TV-14/
TV-MA),
zavvi (sdui, cms or a layout table; '(1,234 ratings)', 'Run Time: 111 minutes' or '1h 51m',
'Original Release: 27 October 1995' or '27/10/1995', 'Certificate' U/PG/12/15/18),
reelguide_cms (cms, sdui or <var>/<samp> lines; 'Runtime: 1 hr 51 min' or '111 min', US
dates, 'Rated', budget and box office in dollars),
reelguide_sdui (sdui, focus or aria-described rows; 'Runtime: 1h 51m' or '111m', 'Oct 27,
1995' or '1995-10-27', a series' '/ episode'),
reelguide_print (cms, sdui or a definition list; 'Running time: 111 minutes' or '1 h 51 min',
US dates, no pictures or trailer),
reelguide_tv (focus, cms or a table; 'Runtime: 1h 51m' or '111 min', US dates, 'Rated').

How it was kept blind: it was written in a hurry from the record spec and from what the writer
generally knew of how these sites lay their title pages out, without any search: no page of the
sites' own markup was read, so every label, format and layout here is an approximation (the
sites' real labels, formats and field sets differ in places). It reuses only the generator
code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's common with the
helpers it re-exports, tests/heldout_sites18's Site/Words/hide, and tests/heldout_sites38's
page skeleton and furniture, copied into common.py, with facts38 for the older markups).
Nobody writing it opened, grepped, imported or ran marquee (its parser, normalizers,
learners), its docs or field tests, the benchmark figures, or ran the parser (or
benchmarks/sites40.py) on any page of it; tests/test_heldout_sites40_gen.py tests the
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
from tests.heldout_sites40 import (
    dvdtalk,
    emirates,
    reelguide_cms,
    reelguide_print,
    reelguide_sdui,
    reelguide_tv,
    serializd,
    zavvi,
)

_MODULES = (
    emirates,
    dvdtalk,
    serializd,
    zavvi,
    reelguide_cms,
    reelguide_sdui,
    reelguide_print,
    reelguide_tv,
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
    rng = random.Random(f"sites40:{design}:{seed}")
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
