"""Twenty-ninth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up: four English-language broadcasters and
streamers no earlier set modelled (ITVX and STV Player in Britain, 9Now in Australia, Crave in
Canada) and four sites in languages no earlier set used (Manx, Tongan, Fijian, Scots; the
brief's Breton, Faroese, Turkmen and Pashto were all in earlier generators, so these are its
substitutes). Each varies its markup per page: the facts in one of three markups, two or
three of them among five no earlier set used (checked by grepping every earlier generator,
tests/heldout* and tests/heldout_sites2..26; the twenty-seventh, twenty-eighth and thirtieth
sets, written at the same time by other writers, were not there to grep):
  - menu: a <menu> strip (the list element some design systems render fact strips with), each
    item a label <span> then a value <span>;
  - mark: lines whose label is a highlighted <mark> before the value in the same <p>;
  - sideways: rows whose label is a <small> set sideways by the stylesheet
    (writing-mode:vertical-rl, turned to read bottom to top), the value in a <b> beside it;
  - contents: a two-column CSS grid whose rows are display:contents wrappers, so each row's
    label <em> and value <span> are the grid's own cells;
  - icontip: items led by an icon whose label is only its accessible name (role="img" with an
    aria-label) and the tooltip the stylesheet draws on hover from data-tooltip, the value in
    the <span> beside it (a label carried by an attribute, as the spec allows);
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders, JSON-LD on some pages of
every design. Label wording varies from site to site the way real sites word them: 'Directed
by' / 'Director' / 'Directit bi', 'Made in' / 'Country of origin' / 'Kintra', 'Guidance' /
'Certificate' / 'Classification' / 'Certie', 'Series' for seasons (ITVX, STV), 'Released in'
for the year (STV), 'Premiered' / 'First shown' / 'Furst shawn' for the release date.
Distractors on every design: rails of other titles with their years, runtimes and
certificates, stream, play, 'watching now', view and 'interestit' counters beside the votes,
composer/producer/cinematographer labels (STV's 'Director of Photography' begins with the
director's label; DCA's 'Producit bi', 'Muisic bi', 'Camera bi' share the shape of 'Directit
bi'), a later streaming, broadcast or cinema date, episode lists with their own lengths, dates
and directors, comments quoting other years and lengths, broadcast slots, ITVX Premium, STV
Player+, Stan, Crave, Walesi and paʻanga prices, a DVD's price, screenings with their own dates
and prices, and rows the record has no key for (audio description, subtitles, region, consumer
advice, languages).
itvx (ITVX, British English: menu, mark or icontip; no votes, '12,345 streams this
week', 'Duration: 1h 51m' or '111 mins', 'Premiered: 27 October 1995' or '27.10.1995' beside
'On ITVX since', U/PG/12/15/18 under 'Guidance', 'Series' for seasons),
stvplayer (STV Player, Scottish English: sideways, contents or a definition list; '(1,234
ratings)' beside '12,345 plays', 'Runtime: 1 hr 51 min', 'First shown: 27 Oct 1995' or
'27/10/1995', 'Released in' for the year, 'Budget: $3,600,000' or '£...'),
ninenow (9Now, Australian English: contents, mark or icontip; 'Length: 1h 51m' or '111m',
the G/PG/M/MA15+/R18+ classifications, 'Streaming on 9Now from', a Stan price in A$),
crave (Crave, Canadian English: menu, sideways or a table; 'Released: October 27, 1995' or
'1995-10-27', 'Duration: 1 h 51 min', G/PG/14+/18+, 'Budget: US$3,600,000' or 'CA$...'),
culturevannin (Culture Vannin, Manx: mark, contents or a colgroup table; '(1,234 teiyn)' beside
'Er ny akin 12,345 keayrt', 'Traa: 1 oor as 51 minnid' or '111 minnid', 'Laa soilshaghey: 27
Jerrey Fouyir 1995' (the Manx month names) or '27/10/1995' beside 'Ayns Doolish veih'),
tbc (TV Tonga, Tongan: menu, contents or a feed; '(fili ʻe 1,234)' beside 'Mamata ʻe 12,345',
'Lōloa: houa ʻe 1 mo e miniti ʻe 51' or 'miniti ʻe 111' (the noun before the number), 'ʻAho
tukuange: 27 ʻOkatopa 1995', 'Patiseti: USD 3,600,000' (the code, since a bare '$' in Tonga is
the paʻanga), marks Kotoa/PG/13/16/18),
fbctv (FBC TV, Fijian: sideways, mark or slides; '(1,234 na voti)' beside 'E raica e 12,345',
'Balavu: 1 na aua 51 na miniti' or '111 na miniti', 'Siga e tabaki kina: 27 Okotova 1995',
'Lavo e vakayagataki: 3,600,000 USD', marks G/PG/M/R16/R18, a Walesi price in FJ$),
dca (DCA, Dundee's arts-centre cinema, Scots: sideways, menu or leader lines; '(1,234 fowk hae
rated it)' beside '12,345 fowk interestit', 'Lenth: 1 oor 51 meenits', 'Furst shawn: 27 Mairch
1995' or '27.03.1995' beside 'At DCA fae', the BBFC's U/PG/12A/15/18 under 'Certie', 'Siller
spent: $3,600,000', screenings priced in pounds).

How it was kept blind: it was written in half an hour from the record spec and from what the
writer generally knew of how these broadcasters, streamers and cinemas lay their pages out; no
page of the sites' own markup was read and no search was made, so every label, format and
layout here is an approximation: the Manx, Tongan, Fijian and Scots labels, month names, vote,
hour and minute forms, the age marks (the Tongan and Fijian marks are site conventions as the
writer imagined them, not a board's), the genre and country names, and the synopses in those
languages are the writer's own and will read awkwardly to a native speaker. It reuses only the
generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's common,
tests/heldout_sites18's Site/Words/hide and tests/heldout_sites26's facts26 and page
skeleton). Nobody writing it opened, grepped, imported or ran marquee (its parser,
normalizers, learners), its docs or field tests, the benchmark figures, or ran the parser (or
benchmarks/sites29.py) on any page of it; tests/test_heldout_sites29_gen.py tests the
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
from tests.heldout_sites29 import (
    crave,
    culturevannin,
    dca,
    fbctv,
    itvx,
    ninenow,
    stvplayer,
    tbc,
)

_MODULES = (itvx, stvplayer, ninenow, crave, culturevannin, tbc, fbctv, dca)
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
    rng = random.Random(f"sites29:{design}:{seed}")
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
