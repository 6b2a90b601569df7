"""Fifty-ninth independent held-out set: eight invented English-language institutions'
catalogue pages for a title, in the wording and markup film archives, museums' film
departments, festivals and a distributor's press office use, judged at first sight: a national
film archive's collection record (northvale_archive, /collection/, en-GB), a museum of the
moving image's film page (halloway_museum, /film/, en-US), an international festival's
programme entry (riverlight_festival, /programme/, en-GB), a distributor's electronic press
kit (saltmarsh_presskit, /presskit/, en-US), a repertory cinematheque's calendar page
(larchmere_cinematheque, /films/, en-US), a documentary festival's catalogue entry
(emberbay_docfest, /catalogue/, en-AU), a regional film archive's moving image catalogue
(kestrel_heritage, /moving-image/, en-GB) and an art museum's film department's screening page
(grayfield_museum, /screenings/, en-US). Each page is at
https://<its own host>/<path>/<kind>/<slug> (its canonical link, schema.org url and links to
other titles under that path; the record's source_id is still '<kind>/<slug>'), and its
<head> says what it is (a MARCXML alternate, a museum department meta, a festival edition or
catalogue meta, a press kit's PDF alternate, a showtimes iCal alternate, Dublin Core type).

The theme is not new in part: tests/heldout_sites32 modelled one real national film archive
(NFSA) and one real festival's year-round programme (TIFF), tests/heldout_sites20 the Tribeca
Festival's film guide, tests/heldout_sites6 the Finnish archive's Elonet, each one design
among others. No earlier set gave a whole set to the angle taken here: invented archives,
museums, festivals and a press kit side by side, with the catalogue's own vocabulary ('Year of
production', 'Country of production', 'Production year', 'Running time', 'Duration',
'Length'), print and format notes (35mm, 16mm, DCP, holdings, print source, accession
numbers), screenings with their own dates and venues beside (or instead of) the release, and
programme notes as the synopsis.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new:
northvale_archive (a record's field rows or a typed catalogue card's tagged lines; 'Year of
production', 'Country of production', 'Running time: 111 minutes' or '111 mins', 'BBFC
certificate', 'UK release date: 27 October 1995' or '1995-10-27', 'Photography' for the
camera; a later 'Acquired'; '12,345 record views'; no votes, money),
halloway_museum (an object label's tombstone lines or open <details> disclosures; 'Directed
by', 'Running time: 111 min.' or '1 hr 51 min', 'Rated' (MPA), 'U.S. release: October 27,
1995' or '10/27/1995'; a later 'Added to the collection'; screenings with a date, a theater
and prices; '12,345 visitors this month'; no votes, money),
riverlight_festival (a film-info list of bold labels or credit lines; 'Year of production',
'Country of production', 'Running time: 111 min' or "111'" (the minutes mark festival
catalogues print); no release date and no certificate; screenings on this year's dates at two
venues with ticket prices; 'Audience score from 1,234 votes' beside '12,345 added to
planners'; section, premiere status, screening format, subtitles as rows without a key),
saltmarsh_presskit (a technical specifications table with <th scope="row"> or a fact sheet's
'Label | value' lines; 'Running Time: 111 minutes' or '01:51:00' (the DCP's duration), 'MPA
Rating', 'Release Date', 'Budget: $3,600,000' or 'EUR 3,600,000' in full in the title's own
money, 'Worldwide Gross', 'Director of Photography' (a trap with a director's word); a later
'Home Entertainment Release'; licensing prices; '12,345 kit downloads'; no votes),
larchmere_cinematheque (meta lines of an italic abbreviated label or a spec grid of small
labels; 'Dir.', 'Scr.', 'Mus.', 'Prod.', 'Ph.' (a repertory calendar's abbreviations; 'Ph.' is
the cinematographer), 'Runtime: 111 min' or '1h 51m', 'Original release: October 27, 1995' or
'10/27/1995'; a later 'Restoration premiere'; showtimes with prices; '1,234 member ratings'
beside '12,345 on watchlists'; no certificate, money),
emberbay_docfest (entry terms and descriptions or a sidebar's stacked heads and bodies;
'Directed by', 'Writing', 'Camera', 'Production country', 'Year of production', 'Length: 111
min' or '1 hr 51 min', 'Production' for the companies; no release date, certificate, votes or
money; sessions with dates, a venue and prices; '12,345 people interested'),
kestrel_heritage (meta term/description pairs or a library catalogue card's fields each closed
by a full stop, 'Director. Ada Gallo'; 'Production year', 'Country of production', 'Duration:
111 min' or '1h 51min', 'Certificate' (BBFC), 'Number of series' for the seasons, 'Release
date', 'Production cost: £3,600,000' or 'USD 3,600,000' in full; a later 'Catalogued'; copy
and licensing prices; '12,345 catalogue views'; original format, colour, sound, collection as
rows without a key; no votes, gross),
grayfield_museum (wall-text rows or a credit list of 'role: name' items; 'Running time: 111
minutes' or '1 hour 51 minutes', 'Released: October 27, 1995' or '10/27/1995', 'Director of
photography' (a trap); a later 'Acquired by the Museum'; admission with a screening's date,
theater and prices; '12,345 saves'; format, print source, accession number as rows without a
key; no certificate, votes, money).
Each varies its markup per page: the facts in one of three markups, two of them its own and
used by no earlier generator (checked by grepping every earlier generator, tests/heldout* and
tests/heldout_sites2..56, for their tells: nfa-field__label, nfa-card__tag, tombstone__key,
class="object-detail", film-info__label, credit-line__role, tech-spec__name, factsheet-sep,
screening-meta__k, spec-grid__cell, entry-fact__term, sidebar-stat__head, heritage-meta__term,
catalogue-card__field, wall-text__caption, credit-item__role, data-catalogue-form=; the
fifty-seventh, fifty-eighth and sixtieth sets, written at the same time by other writers,
were not there to grep), the third an earlier set's (a definition list, a table, stat tiles,
dot leaders, CSS captions); the heading and its meta line in the hero's <header> on some
pages, the facts collapsed in a hidden="until-found" block on some, the blocks in one of three
orders, JSON-LD on some pages of every design. Distractors on every design: rails of other
titles with their years, runtimes and certificates; view, planner, download, watchlist,
interest and save counters beside (or instead of) the votes; composer/producer/
cinematographer labels; a later date (acquisition, collection, home entertainment,
restoration premiere, cataloguing) on the designs that give a release date; festival
screenings, museum and cinematheque showtimes with their own dates, venues and prices; episode
lists with their own lengths, dates and directors; comments quoting other years and lengths;
access, copying, licensing and ticket prices; and rows the record has no key for (holdings,
accession numbers, colour, sound, print source, format, section, premiere status, subtitles,
aspect ratio, strand, collection).

How it was kept blind: it was written in a hurry from the record spec and the writer's memory
of how archives, museums, festivals and press kits mark their catalogue pages up, without
opening any search result. It reuses only the generator code of the earlier sets
(tests/heldout_sites2, tests/heldout_sites16's common with the helpers it re-exports,
tests/heldout_sites18's Site/Words/hide, tests/heldout_sites38's, 42's and 44's facts markups
and the fifty-sixth set's page skeleton and furniture, copied into common.py). Nobody writing
it opened, grepped, imported or ran marquee (its parser, normalizers, learners), its docs or
field tests, the benchmark figures, or ran the parser (or benchmarks/sites59.py) on any page
of it; tests/test_heldout_sites59_gen.py tests the generator alone.

What a careful reader of these pages reads, where the spec leaves room: 'Year of production'
and 'Production year' give the release year (the pages' years agree with their release dates);
a festival's or museum's screening dates are the institution's, never the release; "111'" is
111 minutes; a press kit's '01:51:00' is 1 hour 51 minutes, so 111; a bare '$' is USD and '£'
GBP; a numeric date with slashes (on the American pages only) is month first ('10/27/1995'),
one with dashes ISO; 'Number of series' is the seasons; 'Ph.' and 'Photography' are the
cinematographer, never the director; accession numbers and aspect ratios are not runtimes or
years.
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
from tests.heldout_sites59 import (
    emberbay_docfest,
    grayfield_museum,
    halloway_museum,
    kestrel_heritage,
    larchmere_cinematheque,
    northvale_archive,
    riverlight_festival,
    saltmarsh_presskit,
)
from tests.heldout_sites59.common import site_url

_MODULES = (
    northvale_archive,
    halloway_museum,
    riverlight_festival,
    saltmarsh_presskit,
    larchmere_cinematheque,
    emberbay_docfest,
    kestrel_heritage,
    grayfield_museum,
)
FORMS: dict[str, str] = {m.NAME: m.FORM for m in _MODULES}
HOSTS: dict[str, str] = {m.NAME: m.HOST for m in _MODULES}
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

__all__ = ["DESIGNS", "FORMS", "HOSTS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites59:{design}:{seed}")
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
        site_url(HOSTS[design.name], FORMS[design.name], title),
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
