"""Sixty-sixth independent held-out set: title pages of eight invented encyclopedic and wiki sites
about a film or series, in English, judged at first sight: Folia (a reader of Wikipedia's
articles, in the manner of Wikiwand), Pocketpedia (an offline reader of a Wikipedia dump, in the
manner of Kiwix), Encyclomirror (an ad-supported mirror), Screenfans Wiki (a MediaWiki fan wiki
with a portable infobox), Datacanon (a structured-data wiki's item page, in the manner of
Wikidata: statements with qualifiers and references), Linkedfilm (a linked-data resource page,
in the manner of DBpedia), Harbour Film Society Wiki (a film society's own wiki) and Mobipedia (a
mobile reader with collapsible sections). Each page is at https://<site>.example/<kind>/<slug> on
the site's own host (its canonical link and schema.org url there; the record's source_id is
'<kind>/<slug>'), its <html lang> an English one.

The theme asked for was encyclopedic and wiki pages about a title: Wikipedia mirrors and readers,
fan wikis with portable infoboxes, Wikidata-like and DBpedia-like pages and a film society's wiki,
with Wikipedia's infobox words ('Directed by', 'Screenplay by', 'Starring', 'Release dates' with
places, 'Running time', 'Budget', 'Box office' with footnote marks) and lead paragraphs as the
synopsis. The theme is partly not new: tests/heldout_sites14 has enwiki (an English Wikipedia
article's infobox), sites9 dewiki, sites11 jawiki, sites32 itwiki, sites45 fandom_wiki (a fan
wiki's portable infobox) and an earlier set reelguide_wiki (a wiki article in Wikipedia's
words). None did the readers, mirrors and offline dumps of Wikipedia, nor an item page of
statements (Wikidata) or a resource page of triples (DBpedia), nor a film society's wiki: this set
takes that nearest angle, each site with its own two markups (class names in its own idiom:
folia-infocard, pp-ibox, em-sidebar-facts, sfw-infobox, dcn-statementgroup, lf-triples,
fsw-filmcard, mbp-collapsible-block ...), places after release dates, a reference's footnote mark
after money on six sites, property labels in place of prose labels on two ('publication date',
'duration', 'cost'; 'dbo:releaseDate', 'dbo:runtime', 'dbp:gross'), and a page-views or
revisions counter where a guide would put votes. tests/test_heldout_sites66_gen.py checks that
no earlier generator names these sites or hosts, nor uses the new markups.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the record
each page must produce (spec: /work/shared/site-sample/README.md). Titles and records come from
tests/heldout_sites2 (records.py, site.py); the synopsis is rewritten as the site's lead (an
encyclopedic sentence or two), genres and countries as the earlier sets give them in English. The
designs are new:
folia (Folia (an invented reader of Wikipedia's articles, in the manner of Wikiwand): a poster;
the <h1> (the meta line under it on some pages); the lead as 'Overview'; the facts as an info
card's rows, fact chips ('<h4>' label over the value) or a definition list, in Wikipedia's
words: 'Directed by', 'Screenplay by', 'Music by', 'Produced by', 'Cinematography' (traps),
'Genre', 'Country', 'Year', 'Running time: 111 minutes' (or '111 min'), 'No. of seasons',
'Release dates: October 27, 1995 (Toronto)' and a wider release under it, 'November 10, 1995
(United States)' (the place after each date; or '1995-10-27 (Toronto)') beside a later 'Home
media' (a trap), 'Production companies', 'Budget' and 'Box office' ('$25 million' with a
reference's mark '[3]' after it), 'Distributed by' and 'Language' rows (no record key); 'Cast';
a series' episodes; the article widget with watcher and edit counts and a subscription price
(traps); 'Reader notes'; 'Related articles'; the IMDb link; a JSON-LD on some pages. '12,345
page views in the past 30 days' (a trap; no votes). No tagline, audience text, certificate,
trailer or streaming block.)
pocketpedia (Pocketpedia (an invented offline encyclopedia reader serving a dump of Wikipedia,
in the manner of Kiwix, en-GB): a poster; the <h1> (the meta line under it on some pages); the
lead as 'Plot'; the facts as an infobox table ('<th scope="row">' labels), flat lines
('<b>Label</b>: value') or an earlier set's key-value rows: 'Directed by', 'Written by', 'Music
by', 'Produced by', 'Cinematography' (traps), 'Genre', 'Countries', 'Year', 'Running time: 111
minutes' (or '111 mins'), 'No. of series', 'Release date: 27 October 1995 (Cannes)' (or
'27/10/1995 (Cannes)') beside a later 'Television premiere' (a trap), 'Production company',
'Budget' and 'Box office' ('$25,000,000[3]', in full with a reference's mark), 'Edited by' and
'Language' rows (no record key); 'Cast'; a series' episodes; the library widget with counts and
a size (traps); 'Talk'; 'See also'; the IMDb link; a JSON-LD on some pages. 'This snapshot holds
12,345 articles' (a trap; no votes). No tagline, audience text, certificate, trailer or
streaming block.)
encyclomirror (Encyclomirror (an invented ad-supported mirror of Wikipedia's articles): a
backdrop; the <h1> (the meta line under it on some pages); the lead as 'Summary'; the facts as
an old sidebar table ('<td valign="top">' labels), key-fact bullets ('Label – value') or dot
leaders: 'Directed by', 'Screenplay by', 'Music by', 'Produced by', 'Cinematography' (traps),
'Genres', 'Country of origin', 'Released in' (the year), 'Running time: 111 minutes' (or '111
min.'), 'Number of seasons', 'Release: October 27, 1995 (Sundance)' (or '10/27/1995') beside a
later 'Streaming release' (a trap), 'Production company', 'Budget' and 'Box office' ('$25
million[3]'), 'Distributed by' and 'Mirrored from' rows (no record key); 'Starring'; a series'
'Episode list'; the mirror tools with counts and an ad-free price (traps); 'Comments'; 'Articles
you may like'; the IMDb link; a JSON-LD on some pages. 'Mirrored 12,345 times this month' (a
trap; no votes). No tagline, audience text, certificate, trailer or streaming block.)
screenfans (Screenfans Wiki (an invented MediaWiki fan wiki on a wiki farm, its pages in a
portable infobox): a poster; the <h1> (the meta line under it on some pages); the lead as
'Synopsis'; the facts as a portable infobox's items ('<h3>' label over the value, the item's
data-field), a tabber panel's rows or Turbo frames: 'Director', 'Writer(s)', 'Composer',
'Producer(s)', 'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1h 51m' (or '111
min'), 'Rating' (the certificate as shown), 'Seasons', 'Release date: October 27, 1995' (or
'10/27/1995') beside a later 'Streaming premiere' (a trap), 'Studio', 'Budget' and 'Gross'
('$25,000,000'), 'Followed by' and 'Franchise' rows (no record key); 'Cast'; the trailer; a
series' 'Episode guide'; the community widget with counts and a fan pass's price (traps);
'Comments'; 'Trending pages'; the IMDb link; a JSON-LD on some pages. '12,345 fans follow this
wiki' (a trap; no votes). No tagline, audience text or streaming block.)
datacanon (Datacanon (an invented structured-data wiki's item pages, in the manner of Wikidata,
lang en): a backdrop; the <h1> (the item's label; the meta line under it on some pages); the
description as 'Description'; the facts as statement groups (the property a link, the main
value, '1 reference' under it), compact snaks with a 'preferred rank' mark, or CSS captions, in
property labels: 'director', 'screenwriter', 'composer', 'producer', 'director of photography'
(traps), 'genre', 'country of origin', 'publication year', 'duration: 111 minute' (the unit's
label, singular; or '111 min'), 'content rating' (the certificate as shown), 'number of
seasons', 'publication date: 27 October 1995' with the qualifier 'place of publication: Toronto'
beside a later 'significant event: television premiere' (a trap), 'production company', 'cost'
and 'box office' ('25,000,000 United States dollar', the currency's label), 'instance of' and
'original language of film or TV show' rows (no record key); 'cast member'; a series' 'has
part(s)'; the sitelinks widget with counts and a mirror's price (traps); 'Discussion'; 'Items
linked here'; the 'IMDb ID' link; a JSON-LD on some pages. '1,234 revisions in this item's
history' (a trap; no votes). No tagline, audience text, trailer or streaming block.)
linkedfilm (Linkedfilm (an invented linked-data resource page, in the manner of DBpedia): a
backdrop; the <h1> (the meta line under it on some pages); 'dbo:abstract'; the facts as a
property/value table of triples, Turtle-like statements ('<code>dbo:director</code> value ;') or
stat tiles, labelled by the properties' prefixed names: 'dbo:director', 'dbo:writer',
'dbo:musicComposer', 'dbo:producer', 'dbo:cinematography' (traps), 'dbp:genre', 'dbo:country',
'dbp:year', 'dbo:runtime: 111.0 (minutes)' (or '111 minutes'), 'dbp:rating' (the certificate as
shown), 'dbo:numberOfSeasons', 'dbo:releaseDate: 1995-10-27 (xsd:date)' beside a later
'dbp:tvRelease' (a trap), 'dbo:productionCompany', 'dbp:budget' and 'dbp:gross' ('$25
million[3]', the wiki's text copied with its reference mark), 'rdf:type' and 'dbo:wikiPageID'
rows (no record key; a page id a number); 'dbo:starring'; a series' 'dbo:episode'; the links
widget with counts and an endpoint plan's price (traps); 'Feedback'; 'is dbo:wikiPageWikiLink
of'; the 'dbp:imdbId' link; a JSON-LD on some pages. '12,345 triples about this resource' (a
trap; no votes). No tagline, audience text, trailer or streaming block.)
filmsociety (Harbour Film Society Wiki (an invented film society's own wiki of the titles it
screens, en-IE): a poster; the <h1> (the meta line under it on some pages); the lead as
'Programme note'; the facts as a screening card's table, numbered notes ('<u>Label</u> — value')
or a paragraph of one sentence per fact: 'Directed by', 'Screenplay by', 'Score', 'Producer',
'Photographed by' (traps), 'Genre', 'Country', 'Year', 'Running time: 111 minutes' (or '111
mins'), 'Certificate' (as shown), 'Seasons', 'Release dates: 27 October 1995 (Venice)' and a
wider release under it, '10 November 1995 (Berlin)' (or '27.10.1995 (Venice)') beside a later
'Society screening' (a trap), 'Production company', 'Budget' and 'Box office' ('$25
million[3]'), 'Print' and 'Screened' rows (no record key); 'Starring'; the trailer; a series'
'Episodes screened'; the screenings widget with counts and a season ticket's price (traps);
'Members' comments'; 'Also in this season'; the IMDb link; a JSON-LD on some pages. '1,234
members' votes' beside '12,345 members on the mailing list' (a trap). No tagline, audience text
or streaming block.)
mobipedia (Mobipedia (an invented mobile reader of Wikipedia's articles, with collapsible
sections, en-AU): a backdrop; the <h1> (the meta line under it on some pages); the lead as
'Lead'; the facts as a collapsible block's key-value divs, label-over-text pairs ('<br>'
between) or sprite icon rows (the label only an svg's title): 'Director', 'Screenplay', 'Music',
'Producers', 'Camera' (traps), 'Genres', 'Country', 'Year', 'Length: 1 hr 51 min' (or '111
min'), 'Seasons', 'Released: 27 Oct 1995 (Berlin)' (or '27/10/1995') beside a later 'Streaming'
(a trap), 'Studio', 'Budget' and 'Box office' ('$25 million[3]'), 'Language' and 'Based on' rows
(no record key); 'Starring'; a series' episodes; the reading-list widget with counts and a
subscription's price (traps); 'Talk'; 'Read next'; the IMDb link; a JSON-LD on some pages. 'Read
12,345 times on phones this week' (a trap; no votes). No tagline, audience text, certificate,
trailer or streaming block.)

Each varies its markup per page: the facts in one of three markups, two of them the site's own,
the third an earlier set's (a definition list, key-value rows, dot leaders, Turbo frames, CSS
captions, stat tiles, a prose paragraph, sprite icon rows); the meta line under the <h1> on half
the pages; the facts folded under a button on some; the blocks in one of three orders; a JSON-LD
on some pages.

Distractors on every design: the crew in other jobs (music, producer, the cinematographer); a
later date (home media, a TV or streaming premiere, a society's own screening) beside the
release; rows with no record key (distributor, language, editor, 'instance of', 'rdf:type', a
numeric 'dbo:wikiPageID', the print's format); a widget of counts (watchers, edits, sitelinks,
inbound links, ballots) with a subscription's, a ticket's or a plan's price; a page-views,
snapshot-size, revisions or triples counter (only the film society shows votes: '1,234 members'
votes' beside its mailing list's count); the episodes of a series with their own runtimes, air
dates and directors; comments quoting other numbers; a rail of other titles with their own years,
certificates and runtimes.

Money: '$25 million[3]' (a sign, the amount in words, a reference's footnote mark after it) on
Folia, Encyclomirror, Linkedfilm, the film society and Mobipedia; '$25,000,000[3]' on
Pocketpedia; '$25,000,000' without a mark on Screenfans; Datacanon's '25,000,000 United States
dollar' (the currency item's label as the unit). Money in other currencies is written with the
sign the spec names ('€', '£', '₹', '₩', 'R$', 'A$', 'CA$', 'DM') or its ISO code ('JPY 3.6
billion', 'CNY 12 million').

How it was kept blind: written from the record spec and the writer's knowledge of how these kinds
of site mark up their pages, never looking at marquee/, docs/, the benchmarks or the parser's
tests; the page skeleton, furniture and earlier facts markups reuse tests/heldout_sites64's
common.py (itself from tests/heldout_sites16, 18, 38, 42, 44, 48 and 60), with the sixteen new
markups in place of that set's.

What a careful reader of these pages reads, where the spec leaves room: the release date is the
date the page gives for the release (where 'Release dates' lists two, one a line, the first and
earliest; the wider release under it is no part of it), the place in brackets after it (or
Datacanon's 'place of publication' qualifier) no part of it, the later dates beside it traps; a
footnote mark '[3]' after an amount is a reference, no part of it; '111 minute' and '111.0
(minutes)' are 111 minutes; property labels name what they hold ('cost' is the budget,
'dbp:gross' the box office, 'screenwriter' and 'dbo:writer' the writers, 'director of
photography' no director); a page views, revisions or triples counter is no vote count (the
record's user_rating_count is null on all but the film society's pages); the certificate as
shown where a site shows one (Screenfans, Datacanon, Linkedfilm, the film society), null on the
other four, which show no certificate.
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
from tests.heldout_sites66 import (
    datacanon,
    encyclomirror,
    filmsociety,
    folia,
    linkedfilm,
    mobipedia,
    pocketpedia,
    screenfans,
)
from tests.heldout_sites66.common import own_url

_MODULES = (
    folia,
    pocketpedia,
    encyclomirror,
    screenfans,
    datacanon,
    linkedfilm,
    filmsociety,
    mobipedia,
)
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

__all__ = ["DESIGNS", "HOSTS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites66:{design}:{seed}")
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
        own_url(HOSTS[design.name], title),
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
