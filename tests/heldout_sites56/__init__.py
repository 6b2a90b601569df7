"""Fifty-sixth independent held-out set: eight relaunches of ReelGuide's own title page as the
syndicated and embeddable forms the page now goes out in, each in that format's real published
markup conventions with its own wording of the fact labels, all in English (US), judged at
first sight: an oEmbed embed card (/embed/), an RSS/Atom feed item rendered for a browser
(/feed/), an Apple News Format article (/news/), a chat app's link unfurl preview in Slack's
and Discord's field markup (/share/), a Facebook Instant Article (/ia/), a fediverse note with
microformats2 classes (/notes/), an EPUB 3 e-book chapter's XHTML (/epub/) and a news
portal's syndicated partner article (/partners/). Each page is at
https://www.reelguide.example/<form>/<kind>/<slug> (its canonical link, schema.org url and
links to other titles under the form's path; the record's source_id is still
'<kind>/<slug>'), its <html lang> en-US, and its <head> announces the form as that format does
(an oEmbed discovery link, the feeds' alternate links, article:publisher, Open Graph and
twitter:card tags, op:markup_version, an activity+json alternate, Dublin Core meta, a
syndication-source meta).

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new. None is a
ReelGuide design of an earlier set (tests/heldout_sites33, 35, 38, 40, 42, 44, 46, 48, 50, 52
and 54 redesigned ReelGuide around accessibility, a CMS, front-end stacks (one an AMP page,
one an AMP story, one a mail-like table layout), print, TV, information designs, devices and
deliveries (an AMP page, an e-mail digest, an assistant's answer card, a data export), design
systems, no-code site builders, static site generators and regional editions; none as an
oEmbed card, a feed item, an Apple News or Instant Article, a chat unfurl, a fediverse note,
an e-book chapter or a partner's syndicated copy: tests/test_heldout_sites56_gen.py greps
them for these formats' names and tells):
reelguide_embed (card rows or the embed script's blockquote fallback; 'Dir.', 'Length: 1h
51m', 'Out: Oct 27, 1995', 'Budget: $150M', 'Gross'; a later 'Embed updated' date; '12,345
embed views'),
reelguide_feed (the description's '<b>Label:</b> value' paragraphs or Atom entry fields;
'Category' for the genres, 'Running time: 111 minutes', 'Release: Fri, 27 Oct 1995' (RFC
822's day) or '1995-10-27', 'Budget: $150,000,000' or 'EUR 7,200,000', 'Box office gross'; a
later 'Item updated'; '12,345 subscribers'),
reelguide_applenews (heading3/body component pairs or an ANF datatable; 'Run time: 1 hour 51
minutes', 'In theaters: Oct. 27, 1995' (AP style), 'Production budget: $150 million'; a later
'On streaming'; '12,345 readers'),
reelguide_unfurl (Slack attachment fields or Discord inline embed fields; 'Runtime: 1h 51m',
'Release Date: Oct 27, 1995' or '1995-10-27', 'Budget: $150M', 'Box Office'; a later 'Shared
on'; '12,345 clicks'),
reelguide_instant (op-kicker-headed op-list items or pull asides with a <cite>; 'Screenwriter',
'Director of photography' (a trap with a director's word), 'Country of origin', 'Premiered',
'Production company', 'Estimated budget', 'Worldwide box office'; a later 'Updated'; '12,345
shares'),
reelguide_fediverse (microformats2 p-property lines or the post's own 'Label: value' lines;
'Dir', 'Length: 111 min' or '1h51m', 'First out', 'Earnings'; a later 'Edited'; '12,345
boosts'),
reelguide_epub (epub:type keyword lines in a sidebar or a glossary's glossterm/glossdef;
'Duration', 'Certification', 'First released', 'Production', 'Cost: $150,000,000',
'Receipts'; a later 'This edition'; '1,234 reader ratings' beside '12,345 downloads'),
reelguide_syndicated (a portal's key/value rows or paragraphs led by a bold inline label; 'Run
length', 'Parental rating', 'Theatrical release: Friday, October 27, 1995', 'Reported
budget', 'Worldwide gross'; a later 'Syndicated on'; '12,345 reads').
The feed and the e-book give budget and gross in full in the title's own money; the others in
US dollars, rounded so the short form ('$3.6M', '$1.2 billion') is the exact amount. Each
varies its markup per page: the facts in one of three markups, two of them its format's own
and used by no earlier generator (checked by grepping every earlier generator, tests/heldout*
and tests/heldout_sites2..54, for their tells: rg-embed__k, rg-embed-quote, feed-item__field,
atom-field__label, anf-role-heading3, anf-datatable__header, c-message_attachment__field_title,
embedFieldName, op-kicker, op-fact, p-property-name, fedi-line, epub:type="keyword",
glossterm, article-kv__key, inline-label, data-syndication-form=; the fifty-fifth set, written
at the same time by another writer, was not there to grep), the third an earlier set's (a
definition list, a table, stat tiles, dot leaders, CSS captions); the heading and its meta line
in the hero's <header> on some pages, the facts collapsed in a hidden="until-found" block on
some, the blocks in one of three orders, JSON-LD on some pages of every design. Distractors on
every design: rails of other titles with their years, runtimes and certificates; embed views,
subscribers, readers, clicks, shares, boosts, downloads, reads beside the votes;
composer/producer/cinematographer labels ('Director of photography' begins with a director's
word); a later date (the embed's, item's or edition's update, streaming, the share, the
syndication); episode lists with their own lengths, dates and directors; comments quoting
other years and lengths; rental, ticket, subscription and book prices in dollars; and rows the
record has no key for (embed size, enclosure, channel, sound mix, visibility, chapter,
source).

How it was kept blind: it was written in a hurry from the record spec and the writer's memory
of how these formats mark their content up, without opening any search result. It reuses
only the generator code of the earlier sets (tests/heldout_sites2, tests/heldout_sites16's
common with the helpers it re-exports, tests/heldout_sites18's Site/Words/hide,
tests/heldout_sites38's, 42's and 44's facts markups and the fifty-fourth set's page skeleton
and furniture, copied into common.py). Nobody writing it opened, grepped, imported or ran
marquee (its parser, normalizers, learners), its docs or field tests, the benchmark figures,
or ran the parser (or benchmarks/sites56.py) on any page of it;
tests/test_heldout_sites56_gen.py tests the generator alone.

What a careful reader of these pages reads, where the spec leaves room: a bare '$' is USD;
'$150M' is 150,000,000 USD and '$1.2B' 1,200,000,000 USD; 'Fri, 27 Oct 1995' is the 27th of
October (RFC 822 writes the day first); a numeric date with slashes is month first
('10/27/1995'), one with dashes is ISO ('1995-10-27').
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
from tests.heldout_sites56 import (
    reelguide_applenews,
    reelguide_embed,
    reelguide_epub,
    reelguide_fediverse,
    reelguide_feed,
    reelguide_instant,
    reelguide_syndicated,
    reelguide_unfurl,
)
from tests.heldout_sites56.common import form_url

_MODULES = (
    reelguide_embed,
    reelguide_feed,
    reelguide_applenews,
    reelguide_unfurl,
    reelguide_instant,
    reelguide_fediverse,
    reelguide_epub,
    reelguide_syndicated,
)
FORMS: dict[str, str] = {m.NAME: m.FORM for m in _MODULES}
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

__all__ = ["DESIGNS", "FORMS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites56:{design}:{seed}")
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
        form_url(FORMS[design.name], title),
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
