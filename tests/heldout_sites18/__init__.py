"""Eighteenth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, in six languages no earlier set used
(Gujarati, Punjabi in Gurmukhi, Tatar in Cyrillic, Turkmen, Faroese, Pashto right to left)
and two English sites no earlier set modelled (BritBox, The Roku Channel). Each varies its
markup per page: the facts in one of three or four markups, among them five no earlier set
used (ARIA role="term"/role="definition" pairs on plain <div>s, a <fieldset> per fact whose
<legend> is the label, a table packing two label/value pairs into each row, a definition
list giving each name of a multi-name value its own <dd>, paragraphs opening with a <dfn>
label and no colon); a meta line on some pages only; the blocks in one of three orders;
JSON-LD on some pages of six designs. Distractors on every design: rails of other titles
with their years, runtimes and certificates, view counters or ranks beside the votes,
composer/producer/cinematographer labels, a later local premiere or platform date, episode
lists with their own lengths and directors, comments quoting other years and lengths, plan
or ticket prices, rows the record has no key for (audio language, subtitles, picture quality)
and, at the two cinemas, distributors that are not the studios. The cinemas put a poster
beside the heading, the streaming services a backdrop behind it; BritBox and the Roku Channel
add a breadcrumb trail ending in the title.
ohogujarati (OHO Gujarati, Gujarati: '(12,34,567 મત)' in Indian lakh grouping beside
'વ્યૂઝ', 'સમયગાળો: 111 મિનિટ' or '1 કલાક 51 મિનિટ', 'રિલીઝ તારીખ: 27 ઑક્ટોબર 1995' or
'27/10/1995' beside 'OHO પર ઉપલબ્ધ', the CBFC classes U .. A, plans '₹99/મહિનો'),
chaupal (Chaupal, Punjabi: fieldsets, <dfn> paragraphs or lines, '(1,23,456 ਵੋਟਾਂ)' /
'(1 ਵੋਟ)', 'ਮਿਆਦ: 1 ਘੰਟਾ 51 ਮਿੰਟ', 'ਰਿਲੀਜ਼ ਮਿਤੀ: 27 ਅਕਤੂਬਰ 1995' or '27-10-1995' beside
'ਚੌਪਾਲ ਤੇ ਪ੍ਰੀਮੀਅਰ', 'UA 13+', 'ਪ੍ਰੋਡਕਸ਼ਨ' studios),
tatarkino (Tatarkino, Tatar: a list with one <dd> per name, a two-pair table or a captioned
table, '(1 234 тавыш)' beside 'Карадылар', 'Озынлыгы: 1 сәг. 51 мин.', 'Премьера: 1995 елның
27 октябре' or '27.10.1995' beside 'Татарстанда премьера', 0+ .. 18+, 'Бюджет: 3 600 000 $',
'Прокат җыемы', sessions at '350 ₽'),
beletfilm (Belet Film, Turkmen: ARIA terms, <dfn> paragraphs or a list, '(1 234 ses)' beside
'Görülen', 'Dowamlylygy: 1 sag 51 min', 'Çykan senesi: 27-nji oktýabr 1995' or '27.10.1995'
beside 'Belet Filmde', plans '25 TMT/aý'),
havnarbio (Havnar Bio, Faroese: fieldsets, a two-pair table or lines, 'Longd: 1 t. 51 min.',
'Frumsýning: 27. oktober 1995' or '27.10.1995' beside 'Frumsýning í Føroyum', the Danish
classes 'Loyvd fyri øll' .. '15 ár', tickets sold 'Keypt: 1.234 atgongumerki' (no votes),
'Sí á IMDb', sessions at '90 kr.'),
lemartv (Lemar TV, Pashto, dir=rtl: ARIA terms, one <dd> per name or <dfn> paragraphs,
'(1,234 رایې)' / '(1 رایه)' beside 'کتنې', 'موده: 1 ساعت 51 دقیقې', 'د خپرېدو نېټه: 27 اکتوبر
1995' or '1995/10/27' beside 'په لمر کې', a broadcast schedule),
britbox (BritBox, English: one <dd> per name, fieldsets or a list, 'Duration: 111 mins' or
'1h 51m', 'First shown: 27 October 1995' or '27/10/1995' beside 'Added to BritBox', BBFC
certificates, 'Series' as the season count, 'Executive Producer' and 'Director of
Photography' traps, '£5.99 a month'),
rokuchannel (The Roku Channel, English: ARIA terms, a two-pair table or <dfn> paragraphs, the
meta line '1995 | PG-13 | 1 hr 51 min', 'Release Date: October 27, 1995' or '10/27/1995'
beside 'Leaving The Roku Channel', 'Trending #12 in Movies', add-ons from '$2.99/mo').

How it was kept blind: it was written from the record spec and from what the writer
generally knew of how these sites lay their pages out; the writer did not look the sites up,
so every label, format and layout here is an approximation: the Gujarati, Punjabi, Tatar,
Turkmen, Faroese and Pashto labels, month names (the Tatar date's month form, the Turkmen
ordinal suffix, the Pashto Gregorian month spellings), the vote plurals, the age marks (the
CBFC's classes as the writer knew them; the Tatar, Turkmen and Pashto marks are site
conventions, not a board's; the Faroese are the Danish Media Council's), and the synopses in
those languages, which are the writer's own and may read awkwardly to a native speaker. It
reuses only the generator code of the earlier sets (tests/heldout_sites2 and
tests/heldout_sites16's common with the helpers it re-exports). Nobody writing it read
marquee's parser (marquee/), its docs or field tests, the benchmark figures, or ran the parser
(or benchmarks/sites18.py) on any page of it; tests/test_heldout_sites18_gen.py tests the
generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites18 import (
    beletfilm,
    britbox,
    chaupal,
    havnarbio,
    lemartv,
    ohogujarati,
    rokuchannel,
    tatarkino,
)

_MODULES = (ohogujarati, chaupal, tatarkino, beletfilm, havnarbio, lemartv, britbox, rokuchannel)
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
    rng = random.Random(f"sites18:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows (a null count or runtime matches no rail's)."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    ctx = Context(title, others, reviews(rng, title), episodes(rng, title))
    return SitePage(title.url, design.render(title, ctx), expected(title), design.name,
                    tuple(expected(o) for o in others))


def _unlike_any_rail(t: Title) -> Title:
    return replace(t, rating="(none)" if t.rating is None else t.rating,
                   votes=-1 if t.votes is None else t.votes,
                   runtime=-1 if t.runtime is None else t.runtime)
