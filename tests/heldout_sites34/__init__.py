"""Thirty-fourth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, all in
English, each modelled on how a real English-language film and TV site no earlier set modelled
marks its title pages up: IMDb's older reference view (sites10 modelled IMDb's phone page, not
this one), three stores that rent and sell films (Rakuten TV in the UK, Sky Store, the Microsoft
Store's movies and TV), and four free broadcasters' streaming services (SBS On Demand and 7plus
in Australia, ThreeNow in New Zealand, My5 in the UK). Each varies its markup per page: the
facts in one of three markups, two of them among three no earlier set used (checked by grepping
every earlier generator, tests/heldout* and tests/heldout_sites2..32, for the attributes and
elements involved; the thirty-third set, written at the same time by another writer, was not
there to grep):
  - datatitle: a list whose items carry their label only in a data-title attribute, drawn
    before the value by the stylesheet (li::before{content:attr(data-title) ": "}), as a
    responsive table or card list does;
  - opened: one <details open> disclosure widget per fact, its label the <summary>, its value
    the paragraph it discloses;
  - propvalue: schema.org PropertyValue microdata items (a store's additional properties), the
    itemprop="name" label over the itemprop="value" value;
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders (facts first, cast
first, facts after the episodes and the extras), JSON-LD on some pages of every design.
Distractors on every design: rails of other titles with their years, runtimes and
certificates; popularity, view, play, 'watching now', stream, wishlist and 'people bought this'
counters beside (or instead of) the votes; composer/producer/cinematographer labels (Rakuten
TV's, the Microsoft Store's and 7plus's 'Director of photography' begin with the director's
label); a later date (IMDb's 'Digital Release', Rakuten's 'Available to rent from', Sky Store's
'On Sky Cinema from', the Store's 'Added to the Store', SBS's and My5's 'Available until',
7plus's 'Expires', 'On ThreeNow until'); episode lists with their own lengths, dates, directors
(and prices, on the Store); comments quoting other years and lengths; prices (IMDbPro, rentals
and Buy & Keep in pounds and dollars, an SBS Shop DVD, ad-free add-ons, Sky Box Office); and rows
the record has no key for (language, sound mix, aspect ratio, audio, subtitles, captions,
video quality, format, extras, channel, audio description).
imdbref (datatitle, opened or a table; '(1,234 votes)' beside 'Popularity 12,345', 'Runtime: 111
min' or '1h 51m', 'Release Date: October 27, 1995' or '10/27/1995', MPA marks, 'Budget:
$3,600,000', 'Cumulative Worldwide Gross'; no IMDb link: the page is IMDb's own),
rakutentv (opened, propvalue or chips; '(1,234 ratings)' beside '12,345 views', 'Duration: 1h 51m'
or '111 min', 'Release date: 27 October 1995' or '27/10/1995', 'Age rating' U/PG/12/15/18),
skystore (propvalue, datatitle or bold-label lines; no votes, 'Duration: 1h 51m' or '111 mins',
'Released: 27 October 1995' or '27/10/1995', 'Certificate' U/PG/12/15/18, the meta line split by
' | '),
msstore (datatitle, opened or a grouped description list; '1,234 ratings' beside '12,345
wishlisted', 'Duration: 1 h 51 min' or '111 min', 'Release date: 10/27/1995' or 'October 27,
1995', 'Rating' G/PG/PG-13/R/NC-17, 'Release year'),
sbsondemand (opened, propvalue or a definition list; no votes, 'Duration: 1h 51m' or '111m',
'Released: 27 October 1995' or '27/10/1995', 'Classification' G/PG/M/MA15+/R18+),
sevenplus (propvalue, datatitle or tooltip labels; no votes, 'Runtime: 1 hr 51 min' or '111 min',
'First aired: 27 October 1995' or '27/10/1995', 'Rated' G/PG/M/MA15+/R18+),
threenow (datatitle, opened or a portable infobox; no votes, 'Running time: 1hr 51min' or
'111min', 'Premiered: 27 October 1995' or '27/10/1995', 'Rating' G/PG/M/16/18),
my5 (propvalue, opened or bold-label lines; no votes, 'Duration: 1h 51m' or '111 mins', 'First
shown: 27 October 1995' or '27/10/1995', 'Guidance' U/PG/12/15/18).

How it was kept blind: it was written in a hurry from the record spec and from what the writer
generally knew of how these sites lay their title pages out, without any search: no page of the
sites' own markup was read, so every label, format and layout here is an approximation (the
sites' real labels, formats and field sets differ in places; the free services' ratings and
later dates are as the writer remembers them). It reuses only the generator code of the earlier
sets (tests/heldout_sites2, tests/heldout_sites16's common with the helpers it re-exports,
tests/heldout_sites18's Site/Words/hide, tests/heldout_sites30's page skeleton as
tests/heldout_sites32's common lays it out, and facts32 for the older markups). Nobody writing
it opened, grepped, imported or ran marquee (its parser, normalizers, learners), its docs or
field tests, the benchmark figures, or ran the parser (or benchmarks/sites34.py) on any page of
it; tests/test_heldout_sites34_gen.py tests the generator alone.
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
from tests.heldout_sites34 import (
    imdbref,
    msstore,
    my5,
    rakutentv,
    sbsondemand,
    sevenplus,
    skystore,
    threenow,
)

_MODULES = (imdbref, rakutentv, skystore, msstore, sbsondemand, sevenplus, threenow, my5)
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
    rng = random.Random(f"sites34:{design}:{seed}")
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
