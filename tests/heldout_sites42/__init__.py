"""Forty-second independent held-out set: eight ReelGuide relaunches, each by a different team
on its own front-end stack with its own information design and wording, all in English (US),
judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new. All eight
are ReelGuide redesigns of this set's own invention, on stacks none of the ReelGuide designs
of tests/heldout_sites33, 35, 38 and 40 used (nor any earlier generator: checked by grepping
them for each stack's tells):
reelguide_qwik (a resumable Qwik City app: q:container, qwikloader, qwik/json state),
reelguide_remix (a Remix app with nested routes: data-route-id wrappers, __remixContext),
reelguide_hotwire (a Rails page on Hotwire: Turbo frames, Stimulus controllers, an import map),
reelguide_flutter (a Flutter web build: the text in its <flt-semantics> tree under
<flutter-view>), reelguide_elm (a prerendered Elm app: elm-root, Elm.Main.init with flags),
reelguide_blazor (a Blazor Web App: <!--Blazor:--> markers, b-xxxxxxxxxx scope attributes,
blazor.web.js), reelguide_liveview (a Phoenix LiveView page: data-phx-main, phx-click) and
reelguide_solid (a SolidStart app: data-hk hydration keys, the _$HY bootstrap).
Each varies its markup per page: the facts in one of three markups, two or three of them
among three no earlier set used (checked by grepping every earlier generator, tests/heldout*
and tests/heldout_sites2..40, for the elements and attributes involved; the forty-first set,
written at the same time by another writer, was not there to grep):
  - sprite: icon rows drawn from an external SVG sprite file, <svg title="Runtime"><use
    href="/rgq/static/icons.svg#clock"></use></svg> then the value, the icon's title
    attribute its only label;
  - prose: a sentence-per-fact paragraph, 'Directed by Ada Gallo. Runs 1h 51m. Rated PG-13.
    Opened Oct 27, 1995.', each sentence a <span data-fact="runtime">;
  - frames: Hotwire's Turbo frames, a <turbo-frame id="fact_runtime"> per fact with a
    <header> label over the value (on the Hotwire page only);
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders, JSON-LD on some pages of
every design.
Distractors on every design: rails of other titles with their years, runtimes and
certificates; watchlist saves, followers, page views, plays, 'added to lists', watchlists,
'online now' and shares counters beside (or instead of) the votes; composer/producer/
cinematographer labels (Elm's 'Director of photography' begins with the director's label;
in the prose, 'Produced by' and 'Shot by' sentences beside 'Directed by'); a later date
('Streaming since', 'Digital release', 'On DVD', 'Leaving on', 'Streaming from', 'Home
video', 'Watch party', '4K release'); episode lists with their own lengths, dates and
directors; comments quoting other years and lengths; prices (showtimes, ReelGuide Premium,
rent/buy, app plans, tickets, a watch-party pass, a fan shop); and rows the record has no
key for (sound mix, aspect ratio, language, filming locations, color, sound, languages,
downloads, live chat, fan score).
reelguide_qwik (sprite, prose or a definition list; 'Runtime: 1h 51m' or '111 min', 'Oct 27,
1995' or '10/27/1995', 'Rated'),
reelguide_remix (prose, sprite or a table; 'Run time: 111 minutes' or '1 hr 51 min',
'October 27, 1995' or '1995-10-27', 'Directed by'/'Written by', 'Gross'),
reelguide_hotwire (frames, sprite or prose; 'Length: 1 hr 51 min' or '111 min', 'In
theaters: October 27, 1995' or '10/27/1995', '1,234 votes'),
reelguide_flutter (sprite, prose or aria-described rows; 'Runtime: 1h 51min' or '111 min',
'Premiere', no IMDb link),
reelguide_elm (prose, sprite or <var>/<samp> lines; 'Runtime: 111 min' or '1h 51m',
'(1,234 ratings)'),
reelguide_blazor (sprite, prose or a layout table; 'Running time: 1 h 51 min' or '111 min',
'Friday, October 27, 1995' or '10/27/1995'),
reelguide_liveview (prose, sprite or data-cy rows; 'Runtime: 1 hr 51 min' or '111 minutes',
AP dates 'Oct. 27, 1995' or '10/27/1995', 'MPA rating'),
reelguide_solid (sprite, prose or SVG-titled icon rows; 'Duration: 1h 51m' or '111m',
'1,234 fan ratings').

How it was kept blind: it was written in a hurry from the record spec, without any search:
these are invented redesigns, so every label, format and layout is the writer's own. It
reuses only the generator code of the earlier sets (tests/heldout_sites2,
tests/heldout_sites16's common with the helpers it re-exports, tests/heldout_sites18's
Site/Words/hide, tests/heldout_sites38's facts markups and tests/heldout_sites40's page
skeleton and furniture, copied into common.py). Nobody writing it opened, grepped, imported or
ran marquee (its parser, normalizers, learners), its docs or field tests, the benchmark
figures, or ran the parser (or benchmarks/sites42.py) on any page of it;
tests/test_heldout_sites42_gen.py tests the generator alone.
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
from tests.heldout_sites42 import (
    reelguide_blazor,
    reelguide_elm,
    reelguide_flutter,
    reelguide_hotwire,
    reelguide_liveview,
    reelguide_qwik,
    reelguide_remix,
    reelguide_solid,
)

_MODULES = (
    reelguide_qwik,
    reelguide_remix,
    reelguide_hotwire,
    reelguide_flutter,
    reelguide_elm,
    reelguide_blazor,
    reelguide_liveview,
    reelguide_solid,
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
    rng = random.Random(f"sites42:{design}:{seed}")
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
