"""Forty-seventh independent held-out set: eight English pages of film trade papers and
review publications, each modelled on how that real kind of page lays out a reviewed title's
facts (its own label wording and markup), judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and records
come from tests/heldout_sites2 (records.py, site.py); the designs are new:
deadline (Deadline's review credits box: 'Director', 'Screenwriter', 'Running time: 1 hr 51
min', 'Distributor', 'Festival', 'Sales agent'), hollywoodreporter (The Hollywood Reporter's
credits block at the bottom of a review: 'Production companies', 'Director', 'Screenwriter',
'Venue', and the unlabelled closing line 'Rated R, 1 hour 51 minutes'), indiewire (IndieWire's
review: 'Runtime: 111 minutes', 'Release date: Oct 27, 1995', the critic's 'Grade'), slant
(Slant Magazine's capitalized credits: 'Running Time: 111 min', 'Release Date', 'Box Office',
'Star rating'), avclub (The A.V. Club's facts box: 'Screenplay', 'Score', 'Rated', 'In
theaters', 'Gross', 'Grade', 'Availability'), guardian (The Guardian's review and its older
film pages' fact line: 'Production year', 'Cert (UK)', 'Runtime: 111 mins', 'Directors', 'UK
release date: 27 October 1995', 'Our rating'), timeout (Time Out's film listing: 'Duration: 111
mins', 'Release date: Friday 27 October 1995', 'Certificate', 'Time Out rating', '(1,234
ratings)'), littlewhitelies (Little White Lies' review: 'Directed by', 'Written by', 'Running
time', 'Released: 27 Oct 1995', the magazine's 'Anticipation', 'Enjoyment', 'In Retrospect'
scores). US pages are en-US with MPA ratings, UK pages en-GB with BBFC certificates.
Each varies its markup per page: the facts in one of three markups, at least two of them among
three no earlier set used (checked by grepping every earlier generator, tests/heldout* and
tests/heldout_sites2..44, for the elements and attributes involved; the forty-fifth,
forty-sixth and forty-eighth sets, written at the same time by other writers, were not there to
grep):
  - credits: a trade paper's WordPress credits box, one <p> of '<strong>Label:</strong> value'
    lines broken by XHTML-style '<br />' (no earlier generator wrote '<br />');
  - factline: a newspaper's fact line, one run of plain text 'Label: value; Label: value' with
    no element per fact (earlier sets joined a fact's several values with '; ', never facts);
  - paired: a two-up fact table, as box-office and trade pages set their summaries, two facts
    to a row, each a '<th scope="row">' and its '<td>' (no earlier generator put a <th> right
    after a row's <td> with only scope on it).
The Hollywood Reporter's rating and length are never labelled: its credits end with 'Rated R, 1
hour 51 minutes' (the last line of the credits box, or a paragraph after the other markups).
The heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders, JSON-LD on some pages of
every design.
Distractors on every design: the review's own paragraph (an <article> under 'Review', Time
Out's 'Time Out says') comparing the title with other films,
their years and running times ('Comparisons with Heat (1995)... Heat ran 170 minutes');
rails of other titles with their years, runtimes and certificates; comments, shares, views,
saves and reads counters (no vote count except Time Out's); composer/producer/cinematographer
labels ('Director of photography' begins with the director's label); a later date ('Streaming
date', 'Streaming', 'VOD release', 'Home Video', 'On VOD', 'On DVD and digital', 'Streaming
from', 'On streaming'); episode lists with their own lengths, dates and directors; prices
(subscriptions, memberships, tickets, a print issue); and rows the record has no key for
(festival, sales agent, venue, the critic's grade or stars, availability, Little White Lies'
three scores).

How it was kept blind: it was written in a hurry from the record spec and what these
publications' pages are known to print, without any search. It reuses only the generator code
of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's common with the helpers it
re-exports, tests/heldout_sites18's Site/Words/hide, tests/heldout_sites38's, 42's and 44's
facts markups and the forty-fourth set's page skeleton and furniture, copied into common.py).
Nobody writing it opened, grepped, imported or ran marquee (its parser, normalizers, learners),
its docs or field tests, the benchmark figures, or ran the parser (or benchmarks/sites47.py) on
any page of it; tests/test_heldout_sites47_gen.py tests the generator alone.
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
from tests.heldout_sites47 import (
    avclub,
    deadline,
    guardian,
    hollywoodreporter,
    indiewire,
    littlewhitelies,
    slant,
    timeout,
)

_MODULES = (
    deadline,
    hollywoodreporter,
    indiewire,
    slant,
    avclub,
    guardian,
    timeout,
    littlewhitelies,
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
    rng = random.Random(f"sites47:{design}:{seed}")
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
