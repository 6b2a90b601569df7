"""Twenty-eighth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, all in
English, each modelled on how a real English-language film database, TV guide or cinema chain
no earlier set modelled marks its title pages up: Simkl (a watch-tracking database, US), Radio
Times (a British TV guide and film reviews), Cineworld, Picturehouse and ODEON (British cinema
chains), HOYTS and Event Cinemas (Australian cinema chains) and Marcus Theatres (an American
one). Each varies its markup per page: the facts in one of three markups, at least two of them
among six no earlier set used (checked by grepping every earlier generator, tests/heldout* and
tests/heldout_sites2..26, for the tags and style properties involved; the twenty-seventh,
twenty-ninth and thirtieth sets, written at the same time, were not there to grep):
  - reverse: fact cards whose value (<strong>) comes first in the markup and whose label
    (<span>) the stylesheet's flex-direction:column-reverse draws above it;
  - menu: a <menu> of facts, each <li> a label <span> then the value's <span>;
  - mark: one running paragraph of facts, each label plain text, its value in a <mark>, the
    facts parted by ' · ';
  - floats: rows (<p>) whose label <span> the stylesheet floats left (float:left) beside the
    value, the value a bare text node;
  - contents: a two-column CSS grid whose row wrappers are display:contents, so each row's
    label <span> and value <span> are the grid's cells;
  - icons: icon rows whose label is only the alt text of an <img> inside a <picture> (the
    value in a <span> after it), as cinema sites draw a clock for the running time;
the heading and its unlabelled meta line in the hero's <header> on some deploys, the meta line
a dotted line, chips (a <ul>), the certificate as a badge whose title attribute names it
before the year and length, or absent, the score as a number or as stars (role="img" with an
aria-label) beside the votes, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders, JSON-LD on some pages of
every design. The English wording differs per site: 'Runtime' / 'Running time' / 'Length' /
'Duration'; 'Rated' / 'Certificate' / 'Age rating' / 'Rating' / 'Classification'; 'Released' /
'Release date' / 'UK release'; 'Series' for seasons (Radio Times); 'Directed by' / 'Written by'
(Cineworld); 'Studio' / 'Distributor'; money as '$3,600,000', '£2,000,000', 'US$3,600,000',
'USD 3,600,000'; runtimes as '1h 51m', '1hr 51mins', '1 hr 51 mins', '1 hour 51 minutes',
'1 Hour 51 Minutes', '1h 51min', '1 HR 51 MIN' or plain minutes; dates as 'October 27, 1995',
'10/27/1995', '27 October 1995', '27 Oct 1995', '27/10/1995', '27.10.1995', '27-10-1995'.
Distractors on every design: rails of other titles with their years, runtimes and certificates,
counters beside the votes ('users have it in their Watchlist', 'Read 12,345 times', 'people
have booked', 'Seen by ... members', 'wishlisted', 'people want to see this', 'myODEON members
interested', 'guests interested'), composer/producer/cinematographer labels (Simkl's,
Picturehouse's and Event Cinemas' 'Director of Photography' begins with the director's label),
a later date under a trap label ('Digital Release', 'First shown on TV', 'Unlimited Screening',
"Members' screening", 'In LUX from', 'Gold Class from', 'ODEON Luxe from', 'UltraScreen DLX
from'), episode lists with their own lengths, dates and directors, comments quoting other years
and lengths, Radio Times' critic's review with its own stars, minutes and review date, a TV
listing's channel and time, showtimes and sessions with their own times and
prices, subscription and membership prices (Simkl VIP, Radio Times, Cineworld Unlimited,
Picturehouse membership, Cinebuzz, myODEON Limitless, $5 Tuesday), and rows the record has no
key for (language, audio description, subtitles, screen type, consumer advice, format,
accessibility).

How it was kept blind: it was written from the record spec and from what the writer generally
knew of how these sites lay their pages out; no page of the sites' own markup was read and no
search was made, so every label, format and layout here is an approximation (the counters,
offers, prices and venues are invented or half-remembered, not copied). It reuses only the
generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's common with
the helpers it re-exports, tests/heldout_sites18's Site/Words/hide and tests/heldout_sites26's
hero, trailer, rail line and facts26). Nobody writing it opened, grepped, imported or ran
marquee (its parser, normalizers, learners), its docs or field tests, the benchmark figures,
or ran the parser (or benchmarks/sites28.py) on any page of it; tests/test_heldout_sites28_gen.py
tests the generator alone.
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
from tests.heldout_sites28 import (
    cineworld,
    eventcinemas,
    hoyts,
    marcus,
    odeon,
    picturehouse,
    radiotimes,
    simkl,
)

_MODULES = (simkl, radiotimes, cineworld, picturehouse, hoyts, eventcinemas, odeon, marcus)
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
    rng = random.Random(f"sites28:{design}:{seed}")
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
