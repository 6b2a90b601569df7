"""Thirty-second independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, all in
English, each modelled on how a real English-language site no earlier set modelled marks its
title pages up: a national film archive (NFSA, Australia), two public broadcasters' streaming
services (BBC iPlayer, ABC iview), a film festival's year-round programme (TIFF, Canada), an
Indian film portal (Bollywood Hungama), two anime databases (AniList, Anime News Network's
encyclopedia) and a home-video database (Blu-ray.com). Each varies its markup per page: the
facts in one of three markups, at least two of them among four no earlier set used (checked by
grepping every earlier generator, tests/heldout* and tests/heldout_sites2..30, for the tags,
attributes and style properties involved; the thirty-first set, written at the same time by
another writer, was not there to grep):
  - portable: a wiki's portable infobox, an <aside> of items each carrying data-source (the
    template field's name), a small <h3> label and the value in a <div> under it;
  - groups: a description list whose <dt>/<dd> pairs are each wrapped in a <div> (the grouping
    the HTML standard allows), one bordered row per pair;
  - chips: chips that are small inline grids (display:inline-grid), the label in small capitals
    on the first line and the value on the second;
  - tooltips: 'label: value' lines whose label is a <dfn> underlined with dots
    (text-decoration:underline dotted) that explains itself in a tooltip (its title);
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders (facts first, cast
first, facts after the episodes and the extras), JSON-LD on some pages of every design.
Distractors on every design: rails of other titles with their years, runtimes and
certificates, view, play, watching, saved, page-view, 'on their list' or 'seen by' counters
beside (or instead of) the votes, composer/producer/cinematographer labels (NFSA's, AniList's and
ANN's 'Director of Photography' begin with the director's label), a later date (NFSA's
'Accessioned', iPlayer's 'Available until', iview's 'Added to iview', TIFF's 'Screening at TIFF
Lightbox', Hungama's 'OTT Release', AniList's 'Streaming Since', ANN's 'North American release',
Blu-ray.com's 'Blu-ray release date'), episode lists with their own lengths, dates and
directors, comments quoting other years and lengths, prices (the NFSA shop, the TV Licence fee,
ABC Shop DVDs, TIFF tickets and membership, rentals in rupees, AniList supporter tiers, ANN+,
Blu-ray list and retailer prices), and rows the record has no key for (format, sound, audio
description, sign language, channel, captions, expiry, language, subtitles, programme, verdict,
opening-day takings, source, average score, popularity, favorites, themes, objectionable
content, video codec, audio, discs, region).
nfsa (portable, groups or a table; no votes, 'Duration: 1:51:00' or '111 mins', 'Release date:
27 October 1995' or '27/10/1995', ACB marks, 'Budget: USD 3,600,000'),
iplayer (chips, tooltips or bold-label lines; no votes, 'Running time: 1 hr 51 mins' or '111
mins', 'Released: 27 Oct 1995' or '27/10/1995', 'Certificate' U/PG/12/15/18, 'Made in'),
iview (groups, chips or a <menu>; no votes, 'Duration: 1h 51m' or '111m', 'Premiered: Fri 27 Oct
1995' or '27.10.1995', 'Rated' G/PG/M/MA15+/R18+),
tiff (tooltips, portable or a definition list; no votes, 'Running Time: 111 minutes' or '1h 51m',
'Release Date: October 27, 1995' or '1995-10-27', 'Ontario Rating' G/PG/14A/18A/R),
hungama (chips, groups or leader lines; '(12,34,567 user ratings)' in lakhs beside '1,23,456 page
views', 'Duration: 1 hr 51 mins' or '111 min', 'Release Date: 27 Oct, 1995' or '27-10-1995',
'Censor Rating' U/UA/A, 'Banner', 'Budget: ₹ 9,00,00,000' or '$ 3,600,000', 'Box Office
Collection'),
anilist (portable, tooltips or display:contents grid; no votes and no certificate, 'Duration: 1
hour, 51 mins' or '111 mins', 'Start Date: Oct 27, 1995' or '1995-10-27', 'Series Composition'
for the writers, 'Studios', 'Popularity' and 'Favorites' counts),
annenc (groups, chips or bold-label lines; '(1,234 votes)' beside 'seen in whole by 12,345 users',
'Running time: 111 minutes' or '111 min.', 'Vintage: October 27, 1995' or '1995-10-27', 'Age
rating' G/PG12/R15+/R18+, 'Animation Production', 'Budget: $3,600,000 (USD)'),
bluraycom (tooltips, portable or a table; '(1,234 votes)' beside '12,345 views', 'Runtime: 111
min' or '1 hr 51 min', 'Theatrical release: Oct 27, 1995' or '10/27/1995', 'Rated'
G/PG/PG-13/R/NC-17, 'Budget: $3,600,000').

How it was kept blind: it was written from the record spec and from what the writer generally
knew of how these archives, broadcasters, festivals, portals and databases lay their pages out,
without any search: no page of the sites' own markup was read, so every label, format and layout
here is an approximation (the sites' real labels, formats and field sets differ in places). It
reuses only the generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's
common with the helpers it re-exports, tests/heldout_sites18's Site/Words/hide and
tests/heldout_sites30's facts30 and page skeleton). Nobody writing it opened, grepped, imported
or ran marquee (its parser, normalizers, learners), its docs or field tests, the benchmark
figures, or ran the parser (or benchmarks/sites32.py) on any page of it;
tests/test_heldout_sites32_gen.py tests the generator alone.
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
from tests.heldout_sites32 import (
    anilist,
    annenc,
    bluraycom,
    hungama,
    iplayer,
    iview,
    nfsa,
    tiff,
)

_MODULES = (nfsa, iplayer, iview, tiff, hungama, anilist, annenc, bluraycom)
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
    rng = random.Random(f"sites32:{design}:{seed}")
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
