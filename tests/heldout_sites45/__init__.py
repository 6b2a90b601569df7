"""Forty-fifth independent held-out set: English title pages of eight real kinds of film/TV
site no earlier set modelled, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new. All eight
are in English (US and Canadian) and model how a real site, none of them named by an earlier
design (checked against every earlier set's DESIGNS and by grepping every earlier generator,
case-insensitively, for the site's name), lays out a title's facts: Disney+ (the streaming
service's Details tab: 'Duration', 'Release' the year alone, 'Rating' G..TV-MA), Movies
Anywhere (the studios' digital locker: 'Directed By', 'Written By', 'Runtime', 'Rated',
retailers' prices),
the AFI Catalog (the American Film Institute's catalog entry: 'Duration(in mins): 111',
'Photography', 'Production Company'), a Fandom wiki (a fan wiki's portable infobox: 'Directed
by', 'Running time', 'Release date', 'Budget', 'Box office'), Redbox On Demand ('Runtime: 111
min', 'Release Date: 10/27/1995', kiosk prices), Tribute.ca (a Canadian movie and showtimes
site: 'Director(s)', 'Running time', Canadian ratings G/PG/14A/18A/R, ISO dates), a public
library's BiblioCommons catalogue record of a DVD ('Genre/Form', 'Running Time: 111 min.',
'MPAA Rating', holds and copies) and Kino Lorber (an independent distributor's film and disc
page: 'Runtime: 111 minutes', a disc's later 'Street Date', disc prices).
Each varies its markup per page: the facts in one of three markups, two of them among three no
earlier set used (checked by grepping every earlier generator, tests/heldout* and
tests/heldout_sites2..44, for the elements, classes and attributes involved; the forty-sixth,
forty-seventh and forty-eighth sets, written at the same time by other writers, were not there
to grep):
  - infobox: a Fandom wiki's portable infobox, groups under '<h2 class="pi-item pi-header">',
    each fact '<div class="pi-item pi-data" data-source>' with an '<h3 class="pi-data-label">'
    and a '<div class="pi-data-value">', a many-valued fact's names on lines of their own
    ('Ada Gallo<br>Bruno Sato');
  - tdstrong: a layout table of plain cells, the label bold with its colon in the first
    ('<tr><td><strong>Duration:</strong></td><td>1h 51m</td></tr>');
  - ddlist: a definition list whose every <dd> holds a <ul>, each value its own <li>
    ('<dt>Genre</dt><dd><ul><li>Drama</li><li>Comedy</li></ul></dd>');
the third an earlier set's (a definition list, a table, stat tiles). The nearest earlier
markups: tests/heldout_sites32's data-source cards (an <h3> over a <div>, ungrouped, without
Fandom's pi- classes or line-broken names), tests/heldout_sites18's several <dd>s of one <dt>
(not a list inside one <dd>) and the <th>-labelled tables of many sets (not bold <td>s). The
heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders, JSON-LD on some pages
of every design.
Distractors on every design: rails of other titles with their years, runtimes and
certificates; 'added to Watchlist', 'in collections', 'page views', 'Viewed N times', 'rentals',
'want to see', holds and copies, and 'followers' counters beside (or instead
of) the votes; producer (and on some composer/cinematographer) labels (BiblioCommons' and Kino
Lorber's 'Director of Photography' begins with the director's label); a later date ('Digital
Release', 'Copyright Date', 'Home media', 'Available On Demand', 'DVD Release Date', 'DVD
Release', 'Street Date'); episode lists with their own lengths, dates and directors; comments
quoting other years and lengths; prices (plans, rent/buy by quality, AFI membership, an ad-free
plan, kiosk nights, retailers' buy prices, cinema tickets in Canadian dollars, replacement cost
and late fees, discs);
and rows the record has no key for (audio, subtitles, format, language, physical properties,
'Preceded by', closed captions, theatres, call number, aspect ratio).
disneyplus (tdstrong, ddlist or dl; no votes, 'Duration: 1h 51m' or '111m', no release day),
moviesanywhere (tdstrong, ddlist or table; '1,234 ratings', 'Runtime: 1 hr 51 min' or '111
min', 'Oct 27, 1995' or '10/27/1995'),
afi_catalog (ddlist, tdstrong or dl; no votes or rating, 'Duration(in mins): 111', 'Oct 27,
1995' or '10/27/1995'),
fandom_wiki (infobox, ddlist or dl; no votes, 'Running time: 111 minutes' or '1 hour 51
minutes', 'October 27, 1995'),
redbox (tdstrong, ddlist or stats; '(1,234 ratings)', 'Runtime: 111 min' or '1h 51m',
'10/27/1995' or 'October 27, 1995'),
tribute_ca (tdstrong, ddlist or table; 'Fan rating (1,234 votes)', 'Running time: 111 min' or
'1h 51min', 'October 27, 1995' or '1995-10-27', 14A/18A),
bibliocommons (ddlist, tdstrong or dl; '1,234 ratings', 'Running Time: 111 min.' or '1 hr. 51
min.', 'October 27, 1995' or '1995-10-27'),
kinolorber (tdstrong, ddlist or table; no votes or money, 'Runtime: 111 minutes' or '1 hr. 51
min.', 'October 27, 1995' or '10/27/1995').

How it was kept blind: it was written from the record spec and the writer's knowledge of these
sites' pages, without any search of the project's parser. It reuses only the generator code of
the earlier sets (tests/heldout_sites2, tests/heldout_sites16's common with the helpers it
re-exports, tests/heldout_sites18's Site/Words/hide, tests/heldout_sites38's, 42nd's and 44th's
facts markups and the forty-fourth set's page skeleton and furniture, copied into common.py).
Nobody writing it opened, grepped, imported or ran marquee (its parser, normalizers, learners),
its docs or field tests, the benchmark figures, or ran the parser (or benchmarks/sites45.py) on
any page of it; tests/test_heldout_sites45_gen.py tests the generator alone.
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
from tests.heldout_sites45 import (
    afi_catalog,
    bibliocommons,
    disneyplus,
    fandom_wiki,
    kinolorber,
    moviesanywhere,
    redbox,
    tribute_ca,
)

_MODULES = (
    disneyplus,
    moviesanywhere,
    afi_catalog,
    fandom_wiki,
    redbox,
    tribute_ca,
    bibliocommons,
    kinolorber,
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
    rng = random.Random(f"sites45:{design}:{seed}")
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
