"""Thirty-third independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and records
come from tests/heldout_sites2 (records.py, site.py). Unlike the earlier sets, which each
modelled another real site, the eight designs here are all English-language redesigns of
ReelGuide's own title page, as ReelGuide's front-end team might ship them over the next years,
modelled on no other site: a React/Next.js app with a hero and a facts grid (rgnext), a
design-system rewrite in web components (rgds), a mobile-first page of collapsible sections and
bottom sheets (rgmobile), an editorial long-form page whose lede weaves in the year, genres,
countries and length and whose facts sit 'At a glance' (rgeditorial), a data-dense
"pro" page (rgpro), a streaming-first page led by its where-to-watch module (rgstream), an
accessibility-first page whose icons carry labels as accessible names (rga11y), and a minimal page
with an unlabelled meta line and few, short labels (rgminimal). The labels vary as a product team
would vary them ('Runtime', 'Run time', 'Duration', 'Length', 'Running time'; 'Release date',
'Released', 'Premiered', 'Out'; 'Rated', 'Certificate', 'Age rating', 'MPA rating', 'Content
rating', 'Rating'; 'Studio', 'Studios', 'Production companies', 'Made by'; 'Budget', 'Est.
budget'; 'Box office', 'Gross', 'Worldwide gross'; 'Directed by', 'Director', 'Director(s)';
'Writers', 'Writer', 'Written by', 'Screenplay', 'Writer(s)'), and so do the date, length and
money forms ('October 27, 1995', '10/27/1995', 'Oct 27, 1995', '1995-10-27'; '1h 51m', '111
min', '1 hr 51 min', '111 minutes'; '$3,600,000', '$3.6 million', 'USD 3,600,000').

Each design draws its facts' markup per page from three: two this set's own, no earlier
generator's (checked by grepping tests/heldout* and tests/heldout_sites2..32; the thirty-fourth
set, written at the same time by another writer, was not there to grep): a design system's
server-rendered web components (one <reel-fact> per fact in a <reel-fact-list>, its label in a
slot="term" child, its value in a slot="detail" child) and an exclusive accordion (one
<details name="..."> per fact, the label its <summary>, the value its panel, the first open);
the third is an earlier set's markup (chips, grouped <dl> rows, a display:contents grid,
tooltip-labelled lines, a table, a <menu>, bold-label lines) or, on rga11y, a list whose labels
are only icons' accessible names (role="img" aria-label, with a title). Also per page: the meta
line in the hero's <header> or not there at all, the facts folded in a hidden="until-found"
block on some deploys, the blocks in one of three orders, JSON-LD on some pages of every design.

Distractors on every page: a rail of other titles with their own years, certificates and
runtimes (and the app state's copy of them), view/save/reader/lookup counters beside the
ratings count, composer/producer/cinematographer labels (rgds's 'Director of photography'
begins with the director's label), a later cinema, streaming, home-video or restoration date
under its own label, episode lists with their own lengths, dates and directors, reviews quoting
scores, a newsletter dialog with its issue count and readers, ReelGuide+ and Pro prices, an
app-store rating, a weekend box-office chart with other sums and dates (rgpro), a magazine
column quoting other years and sums (rgeditorial), and rows the record has no key for
(language, sound mix, colour, aspect ratio, subtitles, filming locations, audio, captions).

How it was kept blind: it was written from the record spec and the earlier generators alone
(it reuses tests/heldout_sites2, the sixteenth and eighteenth sets' helpers, the thirteenth
set's where-to-watch block and the thirty-second set's page skeleton and markups). Nobody
writing it opened, grepped, imported or ran marquee (its parser, normalizers, learners), its
docs or field tests, the benchmark figures, or ran the parser (or benchmarks/sites33.py) on any
page of it; tests/test_heldout_sites33_gen.py tests the generator alone.
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
from tests.heldout_sites33 import (
    rga11y,
    rgds,
    rgeditorial,
    rgminimal,
    rgmobile,
    rgnext,
    rgpro,
    rgstream,
)

_MODULES = (rgnext, rgds, rgmobile, rgeditorial, rgpro, rgstream, rga11y, rgminimal)
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
    rng = random.Random(f"sites33:{design}:{seed}")
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
