"""Thirty-fifth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py). Unlike the earlier sets, the
designs model no other site: all eight, in English, are redesigns of the ReelGuide title page
itself, as different agencies pitching a ReelGuide relaunch might build it, each on another
front-end stack (server-rendered templates, a Vue/Nuxt app, an Angular app, an Astro page with
islands, an AMP page, a SvelteKit app, a Tailwind utility-class page, an email-newsletter-like
table layout) with its own information design and wording ('Runtime', 'Run time', 'Duration',
'Length', 'Running time'; 'Released', 'Release date', 'Premiere', 'Original release'; 'Rated',
'Rating', 'Certificate', 'Maturity rating', 'Classification'; 'Studios', 'Production',
'Production company'; 'Budget', 'Estimated budget'; 'Box office', 'Worldwide gross'; 'Directed
by', 'Directors'; 'Written by', 'Writers', 'Screenplay by'; 'Cast', 'Starring', 'Top cast').
Each varies its markup per page: the facts in one of three markups, two of them among three no
earlier set used (checked by grepping every earlier generator, tests/heldout* and
tests/heldout_sites2..34, for the elements and attributes involved; the thirty-sixth set, written
at the same time by another writer, was not there to grep):
  - customrow: an Angular component per fact, a custom <app-fact-row> element with the
    framework's _ngcontent/_nghost attribute noise and a ng-reflect-label echo, the label in one
    span and the value in the next;
  - stacked: Svelte-scoped cells (svelte-xxxxxx on every element), the label in small upper-case
    grey type, a <br>, then the value;
  - mailtable: an email-like layout table (role="presentation", cellpadding, a bgcolor per row,
    inline font styles), the label in the bold left cell;
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, a "Details / Cast / Where to watch" tab strip over them on
some, the blocks in one of three orders, JSON-LD on some pages of every design.
Distractors on every design: rails of other titles with their years, runtimes and ratings;
page-view, watchlist, 'watching now', play, share, follower and newsletter-open counters beside
(or instead of) the votes; composer/producer/cinematographer labels (nuxtapp's 'Director of
Photography' begins with the director's label); a later date ('Streaming from', 'On TV from',
'Available on demand', 'Leaving on', 'Streaming premiere', 'In cinemas from', 'Home release',
'Back in cinemas'); episode lists with their own lengths, dates and directors; comments quoting
other years and lengths; prices (a ReelGuide Plus or Pro plan, cinema tickets, rent and buy,
DVDs, subscriptions, memberships); rows the record has no key for (language, sound mix, audio,
subtitles, aspect ratio, video, captions, picture, print, filming locations, format, edition,
sound).
No design shows a tagline, an audience summary or a where-to-watch block (their records say
null); nuxtapp has no IMDb link and astroisland no votes.
The designs are the writer's own invention of how such pitches would look, written without any
search. It reuses only the generator code of the earlier sets (tests/heldout_sites2,
tests/heldout_sites16's common with the helpers it re-exports, tests/heldout_sites18's
Site/Words/hide, tests/heldout_sites34's page skeleton and facts34 for the older markups).
Nobody writing it opened, grepped, imported or ran marquee (its parser, normalizers, learners),
its docs or field tests, the benchmark figures, or ran the parser (or benchmarks/sites35.py) on
any page of it; tests/test_heldout_sites35_gen.py tests the generator alone.
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
from tests.heldout_sites35 import (
    ampstory,
    angularapp,
    astroisland,
    mailer,
    nuxtapp,
    serverside,
    sveltekit,
    tailwind,
)

_MODULES = (serverside, nuxtapp, angularapp, astroisland, ampstory, sveltekit, tailwind, mailer)
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
    rng = random.Random(f"sites35:{design}:{seed}")
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
