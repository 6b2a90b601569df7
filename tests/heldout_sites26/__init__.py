"""Twenty-sixth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, in six languages no earlier set used
(Wolof, Lingala, Setswana, Gĩkũyũ, Tigrinya, Chuvash) and two English sites no earlier set
modelled (TVNZ+ in New Zealand, Century Cinemax in Kenya). Each varies its markup per page: the
facts in one of three markups, at least two of them among six no earlier set used (checked by
grepping every earlier generator, tests/heldout* and tests/heldout_sites2..24, for the tags,
attributes, roles and style properties involved; the twenty-fifth set, written at the same time
from another pool of languages, was not there to grep):
  - columns: one list of every label and then every value, each item one unbroken line of one
    height (the list as wide as its longest line, nothing clipped), which the stylesheet's
    column-count:2 flows into two balanced columns, label i beside value i;
  - cssvar: items whose label is only a custom property of the item's inline style
    (style="--k:&quot;Label&quot;", as a CSS-in-JS component renders it), drawn before the value
    by the stylesheet's ::before{content:var(--k) ": "};
  - slides: a scroll-snap carousel (aria-roledescription="carousel") of fact cards, each a
    role="group" with aria-roledescription="slide" and an aria-label counting it ('3 / 9'), its
    label in a <span> over its value in a <strong>;
  - csstable: a table the stylesheet draws from <div>s (display:table, table-row, table-cell),
    a label cell then a value cell per row, no table element or role;
  - colgroup: a two-column <table> of plain <td>s whose label column only the <colgroup>'s
    first <col> marks (its width and tint), no <th>;
  - feed: a role="feed" of <article>s (aria-posinset/aria-setsize), each fact's label in the
    article's <header>, its value in a <p>;
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders, JSON-LD on some pages of
every design. Distractors on every design: rails of other titles with their years, runtimes and
certificates, view, watch or 'interested' counters beside the votes, composer/producer/
cinematographer labels (Century Cinemax's 'Director of Photography' begins with the director's
label), a later local broadcast, streaming or cinema date, episode lists with their own
lengths, dates and directors, comments quoting other years and lengths, broadcast times, an
ad-free add-on's price, an M-Pesa bundle, showtimes with their own dates and prices, and rows
the record has no key for (language, subtitles, warnings, format).
rts (RTS, Wolof: columns, cssvar or a definition list; '(1 234 baat)' / '(baat 1)' beside 'Ñu
ko seet: 12 345', 'Diir: 111 simili' or '1 waxtu ak 51 simili', 'Bés bi mu génn: 27 Oktoobar
1995' or '27/10/1995' beside 'Ci RTS1 dale ko', the French-style signs Ñépp/-10/-12/-16/-18,
'Koppar gi ñu ci def: 3 600 000 $', broadcast times),
rtnc (RTNC, Lingala: slides, csstable or bold-label lines; '(mingongo 1 234)' beside 'Batali',
'Molai: miniti 111' or 'ngonga 1 na miniti 51' (the noun before the number), 'Mokolo ebimaki:
27 sánzá ya zómi 1995' or '27/10/1995' beside 'Na RTNC banda', marks Bato nyonso/PG/12+/16+/18+),
btv (Btv, Setswana: colgroup, feed or a table; '(ditlhopho 1,234)' beside 'Ba e bogetse',
'Boleele: metsotso 111' or 'ura 1 le metsotso 51', 'Letsatsi la go tswa: 27 Diphalane 1995' or
'27/10/1995' beside 'Mo Btv go tloga', marks Botlhe/PG/13/16/18, 'Tekanyetso ya madi:
$3,600,000'),
inooro (Inooro TV, Gĩkũyũ: columns, slides or a definition list; '(mĩgambo 1,234)' beside
'Arorete', 'Ũraihu: ndagika 111' or 'ithaa 1 na ndagika 51', 'Mũthenya wa kuumĩrĩra: 27 mweri wa
ikũmi 1995' or '27/10/1995' beside 'Inooro TV kuuma', the KFCB's GE/PG/16/18, broadcast times
in Swahili hours and an M-Pesa bundle in shillings),
eritv (ERi-TV, Tigrinya: cssvar, colgroup or bold-label lines; '(1,234 ድምጺ)' beside 'ተራእዩ
12,345 ግዜ', 'ንውሓት: 111 ደቒቕ' or '1 ሰዓት 51 ደቒቕ', 'ዝወጸሉ ዕለት: 27 ጥቅምቲ 1995' (Eritrea's
names of the Gregorian months) or '27/10/1995' beside 'ኣብ ኤሪ-ቲቪ ካብ', marks ኩሉ/PG/13+/16+/18+,
'በጀት: $3,600,000'),
chntrk (ЧНТРК, Chuvash: csstable, feed or a table; '(1 234 сасӑ)' beside 'Пӑхнӑ: 12 345',
'Тӑршшӗ: 111 минут' or '1 сехет 51 минут', 'Тухнӑ кун: 1995 ҫулхи юпан 27-мӗшӗ' (year first,
the month in the genitive) or '27.10.1995' beside 'ЧНТРК эфирӗнче', marks 0+/6+/12+/16+/18+,
'Бюджет: 3 600 000 $'),
tvnzplus (TVNZ+, New Zealand English: cssvar, slides or leader lines; no votes, 'Watched 12,345
times this month', 'Running Time: 1hr 51min' or '111min', 'First Released: 27 October 1995' or
'27/10/1995' beside 'On TVNZ+ from', the New Zealand broadcasters' G/PG/M/16/18 with C/L/V/S
warnings, a TVNZ 1 or 2 slot and the ad-free price in NZ dollars),
centurycinemax (Century Cinemax, Kenyan English, a cinema: columns, colgroup or stat tiles;
'(1,234 reviews)' beside '12,345 interested', 'Running Time: 1 Hr 51 Mins' or '111 Mins',
'Release Date: 27th October 1995' (the ordinal day) or '27-10-1995' beside 'Now Showing From',
the KFCB's GE/PG/16/18, 'Budget: USD 3,600,000', showtimes priced in shillings).

How it was kept blind: it was written from the record spec, from what the writer generally
knew of how these broadcasters, streaming services and cinemas lay their pages out, and from
two public searches (TVNZ's and the New Zealand Media Council's G/PG/M/16/18 with the C/L/V/S
advisory symbols; news of Century Cinemax's Nairobi screens at The Junction and Garden City and
the KFCB); no page of the sites' own markup was read, so every label, format and layout here is
an approximation: the Wolof, Lingala, Setswana, Gĩkũyũ, Tigrinya and Chuvash labels, month names
(the Wolof spellings of the French months, the Lingala and Gĩkũyũ 'month of ten', Setswana's
Diphalane, the Tigrinya Gregorian months, the Chuvash genitive 'юпан'), the vote, hour and
minute forms (Lingala, Setswana and Gĩkũyũ put the noun before the number), the age marks (the
Senegalese, Congolese, Botswanan and Eritrean marks are site conventions as the writer imagined
them, not a board's), the genre and country names, and the synopses in those languages, which
are the writer's own and will read awkwardly to a native speaker. It reuses only the generator
code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's common with the helpers
it re-exports, tests/heldout_sites18's Site/Words/hide and tests/heldout_sites24's facts24 and
page skeleton). Nobody writing it opened, grepped, imported or ran marquee (its parser,
normalizers, learners), its docs or field tests, the benchmark figures, or ran the parser (or
benchmarks/sites26.py) on any page of it; tests/test_heldout_sites26_gen.py tests the
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
from tests.heldout_sites26 import (
    btv,
    centurycinemax,
    chntrk,
    eritv,
    inooro,
    rtnc,
    rts,
    tvnzplus,
)

_MODULES = (rts, rtnc, btv, inooro, eritv, chntrk, tvnzplus, centurycinemax)
_DESIGNS = {m.NAME: Design(m.NAME, m.fit, m.render) for m in _MODULES}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    m.NAME: m.SITE.hidden | ({"studios_total"} if "studios" in m.SITE.hidden else set())
    for m in _MODULES
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites26:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows (a null count or runtime matches no rail's),
    and that an episode's director is never one of the title's own (a trap, not a credit)."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    eps = [_own_director(rng, title, e) for e in episodes(rng, title)]
    ctx = Context(title, others, reviews(rng, title), eps)
    return SitePage(title.url, design.render(title, ctx), expected(title), design.name,
                    tuple(expected(o) for o in others))


def _unlike_any_rail(t: Title) -> Title:
    return replace(t, rating="(none)" if t.rating is None else t.rating,
                   votes=-1 if t.votes is None else t.votes,
                   runtime=-1 if t.runtime is None else t.runtime)


def _own_director(rng: random.Random, t: Title, e: Episode) -> Episode:
    director = e.director
    while director in t.directors:
        director = person(rng)
    return replace(e, director=director)
