"""Nineteenth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, each
modelled on how a real site marks its title pages up, in six languages no earlier set used
(Yoruba, Hausa, Somali, isiZulu, Breton, Central Kurdish (Sorani, right to left)) and two
English sites no earlier set modelled (Acorn TV, Crackle). Each varies its markup per page:
the facts in one of three markups, at least two of them among five no earlier set used
(checked by grepping every earlier generator, tests/heldout* and tests/heldout_sites2..18):
  - icons: each fact after a small icon <img> whose alt text is its only label;
  - buttons: filter chips, the label and the value inside one <button>;
  - slash: 'Label / value' lines, one text node each;
  - custom: custom elements <xx-fact label="Runtime">111 min</xx-fact> (no shadow root) whose
    label is an attribute a stylesheet rule shows before the value (content: attr(label));
  - pre: a preformatted block of 'Label : value' lines, the labels padded to one width;
the heading and its meta line in an <hgroup> on some deploys, the facts inside a popover panel
(<div popover>, opened by a button) on some pages, the meta line on some pages only, the blocks
in one of three orders, JSON-LD on some pages of every design. Distractors on every design:
rails of other titles with their years, runtimes and certificates, view counters or ranks
beside the votes, composer/producer/cinematographer labels, a later local premiere or
platform date (not on Crackle, which gives no full date), distributors or dubbing studios,
episode lists with their own lengths, dates and directors, comments quoting other years and
lengths, plan, donation or broadcast-time blocks, and rows the record has no key for
(language, subtitles, audio, ad breaks).
irokotv (iROKOtv's Yoruba section: icons, slash lines or a list; '(ìbò 1,234)' beside
'Ìwòran', 'Gígùn: ìṣẹ́jú 111' or 'wákàtí 1 ìṣẹ́jú 51', 'Ọjọ́ àgbéjáde: 27 Ọ̀wàrà 1995' or
'27/10/1995' beside 'Ọjọ́ tí ó dé iROKOtv', the NFVCB classes G/PG/12/15/18, 'Ìnáwó: $3,600,000',
'Olùpín' distributors, plans '₦3,200/oṣù'),
arewa24 (AREWA24, Hausa: button chips, a <pre> block or a table; "(kuri'u 1,234)" / "(kuri'a
1)", 'Tsawon lokaci: minti 111' or 'awa 1 da minti 51', 'Ranar fitowa: 27 ga Oktoba, 1995' or
'27/10/1995' beside 'A kan AREWA24', marks Kowa/7+/13+/16+/18+, broadcast times),
universaltv (Universal TV, Somali: custom elements, icons or lines; '(1,234 cod)' beside
'Daawasho', 'Muddada: 111 daqiiqo' or '1 saac iyo 51 daqiiqo', 'Taariikhda la sii daayay: 27
Oktoobar 1995' or '27-10-1995' beside 'Markii ugu horreysay Universal TV', marks
Dhammaan/7+/13+/16+/18+, an IMDb link, broadcast times),
showmax (Showmax in isiZulu: button chips, custom elements or a list; '(1 234 amavoti)' /
'(1 ivoti)' beside 'Ukubukwa', 'Ubude: imizuzu 111' or 'ihora 1 imizuzu 51', 'Usuku
lokukhishwa: 27 Okthoba 1995' or '1995/10/27' beside 'Kufike ku-Showmax', the FPB classes
A/7-9PG/13/16/18, plans 'R49/ngenyanga', a breadcrumb trail),
brezhoweb (Brezhoweb, Breton: a <pre> block, slash lines or a captioned table; '(1 234
mouezh)', 'Padelezh: 111 munutenn' or '1 eur 51 munutenn', 'Deiziad mont er-maez: 27 a viz Here
1995' or '27/10/1995' beside 'Lakaet war Brezhoweb', the French signs 'An holl'/-10/-12/-16/-18,
'Budjed: 3 600 000 $', the dubbing studio 'Doublerezh', a donation box '5 €/miz'),
kurdsat (Kurdsat, Sorani, dir=rtl: icons, custom elements or a <pre> block; '(1,234 دەنگ)'
beside 'بینین', 'ماوە: 111 خولەک' or in Eastern Arabic digits '١ کاتژمێر و ٥١ خولەک',
'ڕێکەوتی بڵاوبوونەوە: ٢٧ی تشرینی یەکەمی ١٩٩٥' or '1995/10/27' beside 'لە کوردسات', marks
گشتی/7+/12+/15+/18+, 'بودجە: $3,600,000', broadcast times),
acorntv (Acorn TV, English: slash lines, button chips or one <dd> per name; '(1,234 ratings)'
beside '#12 in Mysteries', 'Runtime: 111 min' or '1h 51m', 'Original Air Date: October 27,
1995' or '10/27/1995' beside 'Added to Acorn TV', the TV guidelines, 'Series' as the season
count, 'Executive Producer' and 'Director of Photography' traps, '$8.99/month', breadcrumbs),
crackle (Crackle, English, Next.js: icons, custom elements or a table; 'Released' the year
alone, 'Duration: 1h 51m' or '111 min', MPA ratings for films and TV guidelines for series,
'12,345 views', 'Ad breaks' with their own counts and seconds; no votes, no full date).

How it was kept blind: it was written from the record spec and from what the writer generally
knew of how these sites lay their pages out; the writer did not look the sites up, so every
label, format and layout here is an approximation: the Yoruba, Hausa, Somali, isiZulu, Breton
and Sorani labels, month names (the old Yoruba month names, the Hausa 'ga' date, the Breton 'a
viz', the Sorani Syriac-derived months), the vote and minute forms (Yoruba and Hausa put the
noun before the number; Somali and Breton keep it singular after one), the age marks (the
NFVCB's, the FPB's and the French broadcasters' classes as the writer knew them; the Hausa,
Somali and Sorani marks are site conventions, not a board's), and the synopses in those
languages, which are the writer's own and may read awkwardly to a native speaker. It reuses
only the generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's
common with the helpers it re-exports, tests/heldout_sites18's Site/Words/hide and facts18).
Nobody writing it opened, grepped, imported or ran marquee (its parser, normalizers, learners),
its docs or field tests, the benchmark figures, or ran the parser (or benchmarks/sites19.py) on
any page of it; tests/test_heldout_sites19_gen.py tests the generator alone.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import Title, expected, fix_dates, new_title, other_titles
from tests.heldout_sites2.site import Context, Design, SitePage, episodes, reviews
from tests.heldout_sites19 import (
    acorntv,
    arewa24,
    brezhoweb,
    crackle,
    irokotv,
    kurdsat,
    showmax,
    universaltv,
)

_MODULES = (irokotv, arewa24, universaltv, showmax, brezhoweb, kurdsat, acorntv, crackle)
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
    rng = random.Random(f"sites19:{design}:{seed}")
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
