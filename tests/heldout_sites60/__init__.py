"""Sixtieth independent held-out set: English title pages of eight community tracking
databases for anime, drama, TV and film, each with its own wording of the sidebar's facts and
its own markup, judged at first sight: Kitsu, AniDB, Anime-Planet, LiveChart.me, MyDramaList,
aniSearch, TV Time, and Queuebox (an invented tracker in the manner of Trakt and Simkl). Each
page is at https://<site>.example/<kind>/<slug> on the site's own host (its canonical link and
schema.org url there; the record's source_id is '<kind>/<slug>'), its <html lang> en-US.

The theme asked for was tracking and anime/TV databases' title pages (Trakt, Simkl,
MyAnimeList, AniList, Kitsu, TVmaze, TheTVDB, Serializd). Earlier sets had modelled seven of
those one design at a time (tests/heldout_sites3 and 6 a Trakt, 4 and 11 a MyAnimeList, 5 a
TheTVDB, 7 a TVmaze, 28 Simkl, 32 AniList, 40 Serializd, the first set Letterboxd as 'boxd'),
but no set was given over to the theme. The nearest angle none had done: a whole set of the
theme's sites that no earlier generator names (Kitsu, AniDB, Anime-Planet, LiveChart.me,
MyDramaList, aniSearch, TV Time) plus an invented one, with the theme's sidebar vocabulary
('Aired', 'Premiered', 'Episodes', 'Duration: 24 min. per ep.', 'Studios', 'Producers',
'Licensors', 'Source', 'Rating: PG-13 - Teens 13 or older'), member and list counts beside
the votes and a watch-status widget on every page. tests/test_heldout_sites60_gen.py greps
every earlier generator for these sites' names and hosts.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and records
come from tests/heldout_sites2 (records.py, site.py); the designs are new:
kitsu (Kitsu, an anime and manga tracking community, US: a poster; the <h1> (the meta line
under it on some pages); 'Synopsis'; the library button; the facts as the sidebar's media
summary (a bold label, then its value), Ember's media-detail rows or a definition list:
'Director', 'Script', 'Music', 'Producer', 'Director of Photography' (a trap beginning with a
director's word), 'Genres', 'Country', 'Year', 'Episode Length: 111 minutes' (or '1h 51m'; a
series' ' each'), 'Age Rating' (MPA), 'Seasons', 'Start Date: Oct 27, 1995' (or '1995-10-27')
beside a later 'End Date' (a trap), 'Studios', 'Status' and 'Type' rows (no record key);
'Characters'; the trailer; a series' episodes; the library widget's lists with member counts and
Kitsu Pro's price (traps); 'Reactions'; 'More Like This'; a JSON-LD on some pages. 'from 1,234
ratings' beside '12,345 library entries' (a trap). No tagline, audience text, IMDb link, money
or streaming block.)
anidb (AniDB (an anime database run by its members, with English pages and a European's
day-first dates): a poster; the <h1> (the meta line under it on some pages); 'Description'; the
MyList button; the facts as the data table (a th 'field' and a td 'value' per row, the row's
class naming it), infobox cells, or a plain table: 'Direction', 'Screenplay', 'Music',
'Producer', 'Photography' (traps), 'Tags' for the genres, 'Country', 'Year', 'Duration: 111
minutes' (or '111 min'; a series' ' per episode'), 'Seasons', 'Aired: 27 Oct 1995' (or
'27.10.1995', day first) beside a later 'Until' (a trap), 'Animation Work' for the studio,
'Type' and 'Resources' rows (no record key); 'Cast'; the trailer; a series' episodes; MyList's
states with counts and a donation's price (traps); 'Comments'; 'Similar Anime'; a JSON-LD on
some pages. '1,234 votes' beside '12,345 in MyList' (a trap). No certificate, tagline, audience
text, money or streaming block.)
animeplanet (Anime-Planet (an anime recommendation and tracking site, US): a poster; the <h1>
(the meta line under it on some pages); 'Synopsis'; the status button; the facts as the entry
bar's cells (a label span, then its value), md-info rows with an <em> label, or stat tiles:
'Director', 'Writer', 'Music', 'Producer', 'Cinematography' (traps), 'Tags' for the genres,
'Country', 'Year', 'Length: 1 hr 51 min' (or '111 min'; a series' ' per ep'), 'Content Rating'
(MPA), 'Seasons', 'Start: October 27, 1995' (or '10/27/1995') beside a later 'End' (a trap),
'Studio', a 'Source' row (no record key); 'Voice Actors'; the trailer; a series' episodes; the
My Anime widget's lists with member counts and Premium's price (traps); 'Reviews';
'Recommendations'; a JSON-LD on some pages. '1,234 votes' beside '12,345 members' (a trap). No
tagline, audience text, IMDb link, money or streaming block.)
livechart (LiveChart.me (a seasonal anime chart and tracker, English): a poster; the <h1> (the
meta line under it on some pages); 'Synopsis'; the track button; the facts as the info bar's
items (a label div over its value), anime card meta rows, or CSS captions: 'Director', 'Writer',
'Music', 'Producers', 'Director of Photography' (traps, one beginning with a director's word),
'Tags' for the genres, 'Country of Origin', 'Premiered' (the year alone), 'Duration: 1 hr. 51
min.' (or '111 min.'; a series' ' per ep.'), 'Rating: PG-13 - Teens 13 or older' (the MPA's code
and the board's gloss), 'Seasons', 'Aired: Oct 27, 1995' (or '1995-10-27') beside a later
'Finished' (a trap), 'Studios', 'Source', 'Licensors' and 'Episodes' rows (no record key);
'Cast'; the trailer; a series' episodes; the Track widget's lists with counts and Patron's price
(traps); 'Comments'; 'Related Anime'; a JSON-LD on some pages. '1,234 ratings' beside '12,345
tracking' (a trap). No tagline, audience text, IMDb link, money or streaming block.)
mydramalist (MyDramaList (an Asian drama and film tracking community, English): a poster; the
<h1> (the meta line under it on some pages); 'Synopsis'; the Add to List button; the facts as
the details box's list items ('<b>Label:</b> value'), box key/value rows, or dot leaders:
'Director', 'Screenwriter', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genres',
'Country', 'Year', 'Duration: 1 hr. 51 min.' (or '111 min.'; a series' ' per episode'), 'Content
Rating: PG-13 - Teens 13 or older' (the MPA's code and the board's gloss), 'Seasons', 'Aired:
Oct 27, 1995' (or '1995-10-27') beside a later 'Last Aired' (a trap), 'Studio', 'Original
Network' and 'Episodes' rows (no record key); 'Cast & Credits'; the trailer; a series' episodes;
the list widget's counts and Premium's price (traps); 'Reviews'; 'Recommendations'; a JSON-LD on
some pages. 'scored by 1,234 users' beside '12,345 watchers' (a trap). No tagline, audience
text, money or streaming block.)
anisearch (aniSearch (a European anime database with an English edition): a poster; the <h1>
(the meta line under it on some pages); 'Description'; the list button; the facts as detail rows
(a label span, then its value), header lines ('<span>Label:</span> value'), or a definition
list: 'Director', 'Screenplay', 'Music', 'Producer', 'Director of Photography' (traps, one
beginning with a director's word), 'Main genres', 'Country', 'Year', 'Runtime: 111 min' (or '1h
51m'; a series' ' / episode'), 'Age Rating' (MPA), 'Seasons', 'Published: 27 October 1995' (or
'1995-10-27') beside a later 'Blu-ray release' (a trap), 'Studio', 'Status' and 'Adapted From'
rows (no record key); 'Voice Actors'; the trailer; a series' episodes; the list widget's counts
and a shop's price (traps); 'Comments'; 'Relations'; a JSON-LD on some pages. 'based on 1,234
ratings' beside '12,345 on lists' (a trap). No tagline, audience text, IMDb link, money or
streaming block.)
tvtime (TV Time (a TV and movie tracking app's web page, US): a poster; the <h1> (the meta line
under it on some pages); 'Overview'; the follow button; the facts as the show-facts rows (a
title span, then its text), chips with an <i> label, or a plain table: 'Directed by', 'Written
by', 'Music by', 'Produced by', 'Cinematography by' (traps), 'Genres', 'Country', 'Year',
'Runtime: 1h 51m' (or '111 min'; a series' ' per episode'), 'Rated' (MPA), 'Seasons',
'Premiered: October 27, 1995' (or '10/27/1995') beside a later 'Last Aired' (a trap), 'Studio',
'Budget: $150M' (or '$1.2B'), 'Box Office', 'Network' row (no record key); 'Cast'; the trailer;
a series' episodes; the progress widget's counts and Premium's price (traps); 'Comments'; 'You
might also like'; a JSON-LD on some pages. '1,234 votes' beside '12,345 followers' (a trap).
Every budget and gross in US dollars. No tagline, audience text or streaming block.)
queuebox (Queuebox (an invented film and TV tracking community, US, in the manner of Trakt and
Simkl): a poster; the <h1> (the meta line under it on some pages); 'Overview'; the check-in
button; the facts as term/description pairs, sidebar lines ('<span>Label:</span> value'), or
stat tiles: 'Directors', 'Writers', 'Original Music', 'Producers', 'Camera' (traps), 'Genres',
'Country of origin', 'Released in' (the year alone), 'Runtime: 1h 51m' (or '111 mins'; a series'
' per episode'), 'Certification' (MPA), 'Seasons', 'Released: Oct 27, 1995' (or '1995-10-27')
beside a later 'Streaming since' (a trap), 'Studios', 'Budget: $150,000,000' (or 'EUR
7,200,000'), 'Revenue', a 'Status' row (no record key); 'Cast'; the trailer; a series' episodes;
the Track it widget's counts and VIP's price (traps); 'Shouts'; 'Related'; a JSON-LD on some
pages. '1,234 votes' beside 'in 12,345 lists' (a trap). Budget and revenue in full in the
title's own money. No tagline, audience text or streaming block.)
Each varies its markup per page: the facts in one of three markups, two of them the site's
own and used by no earlier generator (checked by grepping every earlier generator,
tests/heldout* and tests/heldout_sites2..56, for their tells: media-summary__label,
media-detail__key, g_definitionlist, infobox_label, entryBar__label, md-info__k,
info-bar__label, anime-card__meta-k, 'list-item p-a-0', mdl-kv__k, details-row__label,
as-fact__header, show-facts__title, tvt-chip__k, qb-pair__term, qb-side-line__k,
data-tracker-markup=; the fifty-seventh to fifty-ninth sets, written at the same time by other
writers, were not there to grep), the third an earlier set's (a definition list, a table, stat
tiles, dot leaders, CSS captions); the heading and its meta line in the hero's <header> on
some pages, the facts collapsed in a hidden="until-found" block on some, the blocks in one of
three orders, JSON-LD on some pages of every design. Distractors on every design: rails of
other titles with their years, runtimes and certificates (and an app-state blob carrying
them); library entries, MyList, members, tracking, watchers, list and follower counts beside
the votes; the watch-status widget's lists (Watching, Completed, Plan to Watch, On Hold,
Dropped ...) each with a member count; music/producer/cinematographer labels ('Director of
Photography' begins with a director's word); a later date ('End Date', 'Until', 'End',
'Finished', 'Last Aired', 'Blu-ray release', 'Streaming since'); episode lists with their own
lengths, dates and directors; comments quoting other years and lengths; paid tiers', donation
and shop prices in dollars; and rows the record has no key for ('Source', 'Licensors',
'Episodes', 'Status', 'Type', 'Resources', 'Original Network', 'Adapted From', 'Network').
Only TV Time (US dollars, '$150M') and Queuebox (in full, in the title's own money) show a
budget and a gross; the anime and drama databases never do.

How it was kept blind: it was written in a hurry from the record spec and the writer's memory
of how these sites lay out a title's sidebar, without browsing them or opening any search
result. It reuses only the generator code of the earlier sets (tests/heldout_sites2,
tests/heldout_sites16's common with the helpers it re-exports, tests/heldout_sites18's
Site/Words/hide, tests/heldout_sites38's, 42's and 44's facts markups and the fifty-sixth set's
page skeleton and furniture, copied into common.py). Nobody writing it opened, grepped,
imported or ran marquee (its parser, normalizers, learners), its docs or field tests, the
benchmark figures, or ran the parser (or benchmarks/sites60.py) on any page of it;
tests/test_heldout_sites60_gen.py tests the generator alone.

What a careful reader of these pages reads, where the spec leaves room: 'PG-13 - Teens 13 or
older' (LiveChart, MyDramaList) is the certificate 'PG-13' followed by the board's gloss, so
the record's content_rating is the code before ' - '; AniDB's numeric dates are day first with
dots, as Europe writes them ('27.10.1995' is the 27th of October); a numeric date with
slashes is month first ('10/27/1995'), one with dashes ISO ('1995-10-27'); 'Premiered'
(LiveChart) and 'Released in' (Queuebox) give the year alone; a series' 'Duration: 24 min.
per ep.' (or 'each', 'per episode', '/ episode') is the length of one episode; an 'Episodes'
count is no record key; a bare '$' is USD and '$150M' is 150,000,000 USD.
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
from tests.heldout_sites60 import (
    anidb,
    animeplanet,
    anisearch,
    kitsu,
    livechart,
    mydramalist,
    queuebox,
    tvtime,
)
from tests.heldout_sites60.common import own_url

_MODULES = (kitsu, anidb, animeplanet, livechart, mydramalist, anisearch, tvtime, queuebox)
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
    rng = random.Random(f"sites60:{design}:{seed}")
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
