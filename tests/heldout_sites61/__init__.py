"""Sixty-first independent held-out set: the title pages of eight streaming services (invented
names), each the service's own page for a film or a series in its market's English, with its own
wording and markup: big subscription services with an ad-supported plan in the manner of the
large ones (lanternbox, Lanternbox, en-US; quaystream, Quaystream, en-GB), a free ad-supported
service (tidepool, Tidepool TV, en-CA), and niche services for anime (sakuraline, Sakuraline,
en-US), classic film (nitratehouse, Nitrate House, en-US), horror (gravemoss, Gravemoss, en-US),
documentary (fieldnote, Fieldnote, en-AU) and children (puddlejump, Puddlejump, en-US). Pages
are served at the site sample's addresses (https://www.reelguide.example/<kind>/<slug>, the
canonical link), as the fifty-seventh set's cinemas were.

Theme check: earlier sets modelled real streaming services one design at a time
(tests/heldout_sites10: Prime Video and Disney+ Hotstar; 12: Tubi; 13: Pluto TV; 16: Peacock;
18: The Roku Channel; 27: Sundance Now; 39: Funimation, NOW, U, ARROW; 7: MUBI; 14: iWantTFC and
aha) and the forty-ninth set gave a whole set to eight real niche services (HIDIVE, Nebula,
MagellanTV, Dekkoo, OVID, Fandor, KOCOWA+, BroadwayHD). So the theme is not new as such. The
nearest angle none had done, taken here: invented services, big and niche side by side across
four markets, each page carrying the streaming page's own furniture as the thing to read past: a
maturity rating with its content descriptors in a row of its own ('This title contains',
'Advisory', 'Content Advisory', 'Content advisory', 'Content warnings', 'Consumer advice',
'Parents should know', 'Guidance'), a watch panel with a season (or series) picker whose options
agree with the seasons row, audio and subtitle languages, a 'Leaving' notice dated with no year
or another year than the title's, and the plans' prices; a 'Coming soon to <service>' shelf of
other titles, each dated with a month and a day; and an 'Added' kind of date beside the release
('Added', 'Free on Tidepool since', 'English Dub Added', 'Restoration added', 'Unearthed on
Gravemoss', 'Added to Fieldnote', 'New on Puddlejump', 'Available until'). Their names are in no
earlier generator (the generator test greps them).

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the record
each page must produce (spec: /work/shared/site-sample/README.md). Titles and records come from
tests/heldout_sites2 (records.py, site.py); the designs are new. Each varies its markup per
page: the facts in one of three markups, two of them its own and used by no earlier generator
(checked by grepping every earlier generator, tests/heldout* and tests/heldout_sites2..60, for
their tells: lbx-about-cell__k, lbx-modal-about__label, tp-details-key, tp-infobox__key,
sk-series-info__heading, sk-details-chip__name, nh-credit-line__role, nh-index-card__field,
gm-crypt-tag__k, gm-dossier__label, fn-factfile__term, fn-notes-pair__k, pj-bubble__label,
pj-grownups__k, qs-programme-info__label, qs-spec-line__name, data-stream-facts=; the
sixty-second to sixty-fourth sets, written at the same time by other writers, were not there to
grep), the third an earlier set's (a definition list, a table, stat tiles, CSS captions, dot
leaders); the heading and its meta line in the hero's <header> on some pages, the facts
collapsed in a hidden="until-found" block on some, the blocks in one of three orders, JSON-LD on
some pages of every design: lanternbox (Lanternbox: the facts as an about grid (a label span
over its value span), a preview modal's tag lines ('Label:' then the items) or a definition
list: 'Director', 'Writers', 'Music', 'Executive Producer', 'Cinematography' (traps), 'Genres',
'Country', 'Year', 'Runtime: 1h 51m' (or '111m'; a series' ' per episode'), 'Maturity rating'
(TV-Y..TV-MA) with 'This title contains' descriptors in a row of their own, 'Seasons', 'Release
date: Oct 27, 1995' (or '10/27/1995') beside a later 'Added' date (a trap), 'Studio', 'Video'
and 'Available in' rows (no record key); 'Cast'; the trailer; a series' episodes; 'Watch
options' (a season picker, audio and subtitle languages, a 'Leaving' notice without a year,
plans with monthly prices; a trap); member reviews; 'More Like This'; a JSON-LD on some deploys.
'(1,234 ratings)' beside '12,345 added to My List' (a trap). No tagline, audience text, money,
IMDb link or where-to-watch block); tidepool (Tidepool TV: the facts as data-testid rows (a key
span and a value span), an infobox's lines ('<b>Label</b> / value') or a table: 'Directed by',
'Written by', 'Music by', 'Produced by', 'Director of Photography' (traps; the last begins with
the director's word), 'Genre', 'Country', 'Year', 'Duration: 1 hr 51 min' (or '111 min'; a
series' ' / episode'), 'Rated' (Canadian Home Video G/PG/14A/18A/R) with an 'Advisory' row,
'Seasons', 'Premiered: October 27, 1995' (or '1995-10-27') beside a later 'Free on Tidepool
since' date (a trap), 'Production company', 'Ad breaks' (no record key); 'Starring'; the
trailer; a series' episodes; 'Watch free' (a season picker, audio and caption languages, an
'Expires' / 'Leaving' notice, the free plan and an ad-free plan's price; a trap); comments; 'You
Might Also Like'; a JSON-LD on some deploys. No votes ('12,345 views this week' is a trap),
tagline, audience text, money, IMDb link or where-to-watch block); sakuraline (Sakuraline: the
facts as series-info blocks (an <h6> over a <p>), detail chips (a name span and a value span) or
CSS captions: 'Director', 'Script', 'Music', 'Producer', 'Art Director' (traps; the last ends
with the director's word), 'Genres', 'Country of Origin', 'Year', 'Run Time: 1h 51min' (or '111
min'; a series' ' per ep'), 'Content Rating' (TV-Y7..TV-MA) with a 'Content Advisory' row,
'Seasons', 'First Aired: October 27, 1995' (or '10/27/1995') beside a later 'English Dub Added'
date (a trap), 'Animation Studio', 'Available versions' (no record key); 'Voice Cast'; the
trailer; a series' episodes; 'Watch on Sakuraline' (a season picker, audio and subtitle
languages, a leaving notice, the Fan tiers' prices; a trap); fan reviews; 'Similar Anime'; a
JSON-LD on some deploys. '1,234 ratings' beside '12,345 in queues' (a trap). No tagline,
audience text, money, IMDb link or where-to-watch block); nitratehouse (Nitrate House: the facts
as credit lines (a role span, then the names), an index card's table (a 'Label.' cell closed by
a full stop, then the entry) or dot leaders: 'Director', 'Screenplay', 'Original Music',
'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Running time: 1 hour 51
minutes' (or '111 minutes'; a series' ' per episode'), 'Rated' (MPA) with a 'Content advisory'
row, 'Seasons', 'Released: Oct. 27, 1995' (AP style, or '10/27/1995') beside a later
'Restoration added' date (a trap), 'Studio', 'Color' and 'Aspect ratio' (no record key); 'IMDb';
'Players'; the trailer; a series' episodes; 'Membership' (a season picker, soundtrack and
caption languages, a 'Leaving the Vault' notice, the membership prices; a trap); members' notes;
'From the Same Era'; a JSON-LD on some deploys. No votes ('12,345 members watched this month' is
a trap), tagline, audience text, money or where-to-watch block); gravemoss (Gravemoss: the facts
as tags (a key span and a value span), dossier entries (an <h3> label, also the article's
aria-label, over the value) or stat tiles: 'Directed by', 'Written by', 'Score', 'Producer',
'Cinematographer' (traps), 'Subgenres' for the genres, 'Country', 'Year', 'Length: 1 hr 51 mins'
(or '111 mins'; a series' ' / ep'), 'Rated' (MPA) with a 'Content warnings' row, 'Seasons',
'Release Date: Oct 27, 1995' (or '10/27/1995') beside a later 'Unearthed on Gravemoss' date (a
trap), 'Studio', 'Gore level' and 'Jump scares' (no record key); 'The Victims' (the cast); the
trailer; a series' episodes; 'Enter the Crypt' (a season picker, audio and subtitle languages, a
leaving notice, the plans' prices; a trap); comments; 'If You Dare'; a JSON-LD on some deploys;
the tagline. '1,234 fan ratings' beside '12,345 dared to watch' (a trap). No audience text,
money, IMDb link or where-to-watch block); fieldnote (Fieldnote: the facts as a fact file (a
definition list with each pair in its own <div>, the term and description carrying their own
classes), notes pairs (a <strong> label, a <br>, the value) or a table: 'Director', 'Writer',
'Composer', 'Producer', 'Camera' (traps), 'Genre', 'Country', 'Year', 'Duration: 1 hr 51 min'
(or '111 min'; a series' ' per episode'), 'Classification' (ACB G/PG/M/MA15+/R18+) with a
'Consumer advice' row, 'Series' for the seasons, 'Released: 27 October 1995' (or '27/10/1995')
beside a later 'Added to Fieldnote' date (a trap), 'Production company', 'Topics' and
'Narration' (no record key); 'Featuring'; the trailer; a series' episodes; 'Plans' (a series
picker, audio and subtitle languages, a leaving notice, prices in Australian dollars; a trap);
comments; 'Related documentaries'; a JSON-LD on some deploys. No votes ('12,345 saved this' is a
trap), tagline, audience text, money, IMDb link or where-to-watch block); puddlejump
(Puddlejump: the facts as bubbles (a label span and a value span), a grown-ups panel's rows
('Label:' then the value) or CSS captions: 'Director', 'Writer', 'Songs by', 'Producer',
'Animation Director' (traps; the last ends with the director's word), 'Genre', 'Country',
'Year', 'Length: 1 hr 51 min' (or '111 min'; a series' ' each'), 'Age rating' (TV-Y..TV-14) with
a 'Parents should know' row, 'Seasons', 'Premiere date: October 27, 1995' (or '10/27/1995')
beside a later 'New on Puddlejump' date (a trap), 'Studio', 'Good for ages' and 'Learning' (no
record key); 'Voices &amp; Characters'; the trailer; a series' episodes; 'Family plan' (a season
picker, audio and subtitle languages, a leaving notice, the family plan's prices; a trap);
parent reviews; 'Kids also watched'; a JSON-LD on some deploys. No votes ('12,345 kids loved
this' is a trap), tagline, audience text, money, IMDb link or where-to-watch block); quaystream
(Quaystream: the facts as programme information items (a label span and a value span), spec
lines (a name span, then the data) or a definition list: 'Director', 'Writer', 'Composer',
'Executive producer', 'Director of photography' (traps; the last begins with the director's
word), 'Genre', 'Country', 'Year', 'Duration: 1hr 51mins' (or '111 mins'; a series' ' an
episode'), 'Certificate' (BBFC U/PG/12/15/18) with a 'Guidance' row, 'Series' for the seasons,
'First shown: 27 October 1995' (or '27/10/1995') beside a later 'Available until' date (a trap),
'Production company', 'Audio description' and 'Signed' (no record key); 'Cast'; the trailer; a
series' episodes; 'Ways to watch' (a series picker, audio and subtitle languages, a leaving
notice, the plans' prices in pounds; a trap); viewer reviews; 'Because you watched'; a JSON-LD
on some deploys. '1,234 viewer ratings' beside '12,345 watching now' (a trap). No tagline,
audience text, money, IMDb link or where-to-watch block).

Distractors on every design: the watch panel (a season or series picker, audio and subtitle
languages, a leaving notice, plan prices in the market's money); rails of other titles with
their years, runtimes and ratings; a 'Coming soon' shelf of other titles with their days; 'added
to My List', 'views this week', 'in queues', 'members watched this month', 'dared to watch',
'saved this', 'kids loved this' and 'watching now' counters beside (or instead of) the votes;
composer/producer/camera rows (Tidepool's and Quaystream's 'Director of Photography',
Sakuraline's 'Art Director' and Puddlejump's 'Animation Director' hold the director's word); the
service's own later date beside the release; the descriptors row beside the rating (never part
of it); episode lists with their own lengths, dates and directors; comments quoting other years
and lengths; and rows the record has no key for (video, audio formats, ad breaks, versions,
colour, aspect ratio, gore level, topics, narration, ages, learning, audio description,
signing).

How it was kept blind: it was written in a hurry from the record spec and the writer's general
memory of how streaming services' title pages are laid out, without any search or browsing:
every service's name is invented, and every label, format and layout is an approximation of the
kind, not a copy of any real service. It reuses only the generator code of the earlier sets
(tests/heldout_sites2, tests/heldout_sites16's common with the helpers it re-exports,
tests/heldout_sites18's Site/Words/hide, tests/heldout_sites38's, 42's and 44's facts markups
and tests/heldout_sites57's page skeleton and furniture, copied into common.py). Nobody writing
it opened, grepped, imported or ran marquee (its parser, normalizers, learners), its docs or
field tests, the benchmark figures, or ran the parser (or benchmarks/sites61.py) on any page of
it; tests/test_heldout_sites61_gen.py tests the generator alone.

What a careful reader of these pages reads, where the spec leaves room: the content rating is
the rating row's value alone ('TV-MA', '14A', 'MA15+', '15'); the descriptors beside it are no
part of it. The release date is the release row ('Release date', 'Premiered', 'First Aired',
'Released', 'Release Date', 'Premiere date', 'First shown'); the service's own dates ('Added',
'Free on Tidepool since', 'English Dub Added', 'Restoration added', 'Unearthed on Gravemoss',
'Added to Fieldnote', 'New on Puddlejump', 'Available until') are later and never the release;
the watch panel's 'Leaving' notice and the 'Coming soon' shelf's days are the service's, not the
title's. A numeric date is read as its market writes it: month first in the US ('10/27/1995'),
day first in the UK and Australia ('27/10/1995'), ISO in Canada ('1995-10-27'). The season
picker's options count the seasons the seasons row gives (Fieldnote and Quaystream call them
series). 'Subgenres' (Gravemoss) are the title's genres. A tagline (Gravemoss only) is the <q>'s
text, its quotes drawn by the browser. No service gives a budget, a gross or a where-to-watch
block (its own page is the place to watch): those are null, and plan prices are never money of
the title's.
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
from tests.heldout_sites61 import (
    fieldnote,
    gravemoss,
    lanternbox,
    nitratehouse,
    puddlejump,
    quaystream,
    sakuraline,
    tidepool,
)

_MODULES = (
    lanternbox,
    tidepool,
    sakuraline,
    nitratehouse,
    gravemoss,
    fieldnote,
    puddlejump,
    quaystream,
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
    rng = random.Random(f"sites61:{design}:{seed}")
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
