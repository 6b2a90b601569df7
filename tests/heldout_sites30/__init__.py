"""Thirtieth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, in four languages no earlier set used
(Quechua, Sindhi, Bambara and Kirundi: Tatar and Somali, the other two first choices, had been
used already) and four English-language streaming services no earlier set modelled (Philo and
Sling TV in the United States, hayu in the United Kingdom, Binge in Australia). Each varies its
markup per page: the facts in one of three markups, at least two of them among five no earlier
set used (checked by grepping every earlier generator, tests/heldout* and
tests/heldout_sites2..26, for the tags, attributes and style properties involved; the
twenty-seventh to twenty-ninth sets, written at the same time by other writers, were not there
to grep):
  - menu: a <menu> (the toolbar list element) of items, each a grey label <span> and then its
    value on the same line;
  - marks: 'label value' lines whose label is a highlighted <mark> pill;
  - vertical: a row of tiles, each label set sideways up the tile's edge by
    writing-mode:vertical-rl beside its value;
  - accordion: an accordion left open, each label a heading's <button aria-expanded="true">
    whose aria-details names the panel under it, which holds the value;
  - contents: a two-column CSS grid whose row wrappers are display:contents, so each row's
    label and value become two cells side by side;
the heading and its meta line in the hero's <header> on some deploys, the facts collapsed in a
hidden="until-found" block on some, the blocks in one of three orders (facts first, cast
first, facts after the episodes and the extras), JSON-LD on some pages of every design.
Distractors on every design: rails of other titles with their years, runtimes and
certificates, view, watching, saved-by, fans or streams counters beside (or instead of) the
votes, composer/producer/cinematographer labels (Sling's 'Director of Photography' begins with
the director's label), a later local broadcast or streaming date, episode lists with their own
lengths, dates and directors, comments quoting other years and lengths, broadcast times,
subscription prices (Philo's plan and DVR, Sling's Orange and Blue, hayu's pounds, Binge's
tiers and Kayo bundle), and rows the record has no key for (language, audio, captions,
quality, subtitles, consumer advice).
tvperu (TV Perú, Quechua: marks, vertical or a definition list; '(akllaykuna 1 234)' beside
'Qhawasqa: 12 345', 'Unay kaynin: 111 minutu' or '1 hora 51 minutu', "Lluqsisqan p'unchaw: 27
Uma raymi 1995" (the Inca month names) or '27/10/1995' beside 'TV Perúpi qallarisqa', marks
APT/7/14/16/18, 'Qullqi churasqa: US$ 3 600 000'),
ktn (KTN, Sindhi, right to left: menu, contents or a table; '(1,234 ووٽ)' beside 'ڏٺو ويو',
'ڊيگهه: 111 منٽ' or '1 ڪلاڪ 51 منٽ', 'رليز جي تاريخ: 27 آڪٽوبر 1995' or '27-10-1995' beside
'KTN تي پهريون ڀيرو', marks سڀ/PG/12+/15+/18+, 'بجيٽ: $3,600,000'),
ortm (ORTM, Bambara: accordion, marks or bold-label lines; '(kalata 1 234)' beside 'A filɛla
siɲɛ', 'A janya: miniti 111' or 'lɛrɛ 1 ni miniti 51' (the noun first), 'A bɔ don: 27
Ɔkutɔburukalo 1995' or '27/10/1995' beside 'ORTM kan ka bɔ', the French-style Bɛɛ/-10/-12/-16/-18,
'Musaka: 3 600 000 $'),
rtnb (RTNB, Kirundi: vertical, contents or leader lines; '(amajwi 1.234)' beside 'Yarabwe
incuro', 'Uburebure: iminota 111' or "isaha 1 n'iminota 51", 'Itariki yasohotse: 27 Gitugutu
1995' or '27.10.1995' beside 'Kuri RTNB guhera', marks Bose/PG/13+/16+/18+, "Ingengo y'imari:
3.600.000 USD"),
philo (Philo, US English: menu, accordion or a definition list; no votes, 'Saved by 12,345
subscribers', 'Length: 1 hr 51 min' or '111 min', 'Original air date: Oct 27, 1995' or
'10/27/1995' beside 'On Philo since', the TV Parental Guidelines' TV-G/TV-PG/TV-14/TV-MA),
sling (Sling TV, US English: marks, contents or a table; no votes, '12,345 watching now',
'Duration: 1h 51m' or '111m', 'Premiere Date: October 27, 1995' or '10/27/1995' beside
'Available on Sling', a movie's MPA certificate or a show's TV-G/TV-PG/TV-14/TV-MA),
hayu (hayu, British English: vertical, menu or bold-label lines; '(1,234 ratings)' beside
'12,345 fans added this', 'Running time: 1 hr 51 mins' or '111 mins', 'First shown: 27 Oct
1995' or '27/10/1995' beside 'New to hayu', U/PG/12/15/18, 'Produced by' for the studios),
binge (Binge, Australian English: accordion, contents or stat tiles; no votes, '12,345 streams
this week', 'Runtime: 1h 51m' or '111 mins', 'Release date: 27 October 1995' or '27/10/1995'
beside 'Streaming on Binge from', the ACB's G/PG/M/MA15+/R18+, 'Budget: US$3,600,000').

How it was kept blind: it was written from the record spec and from what the writer generally
knew of how these broadcasters and streaming services lay their pages out, without any search:
no page of the sites' own markup was read, so every label, format and layout here is an
approximation: the Quechua, Sindhi, Bambara and Kirundi labels, month names (the Inca names of
the Quechua months, the Sindhi spellings of the English months, the Bambara '-kalo' months, the
Kirundi months), the vote, hour and minute forms, the age marks (the Peruvian, Sindhi, Malian
and Burundian marks are site conventions as the writer imagined them, not a board's), the genre
and country names, and the synopses in those languages, which are the writer's own and will
read awkwardly to a native speaker. It reuses only the generator code of the earlier sets
(tests/heldout_sites2, tests/heldout_sites16's common with the helpers it re-exports,
tests/heldout_sites18's Site/Words/hide and tests/heldout_sites26's facts26 and page skeleton).
Nobody writing it opened, grepped, imported or ran marquee (its parser, normalizers,
learners), its docs or field tests, the benchmark figures, or ran the parser (or
benchmarks/sites30.py) on any page of it; tests/test_heldout_sites30_gen.py tests the
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
from tests.heldout_sites30 import (
    binge,
    hayu,
    ktn,
    ortm,
    philo,
    rtnb,
    sling,
    tvperu,
)

_MODULES = (tvperu, ktn, ortm, rtnb, philo, sling, hayu, binge)
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
    rng = random.Random(f"sites30:{design}:{seed}")
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
