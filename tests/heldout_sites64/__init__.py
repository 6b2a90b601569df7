"""Sixty-fourth independent held-out set: title pages of eight invented film and TV guides, each in
a language earlier sets used least, judged at first sight: Lerretet (Norwegian Bokmål, nb),
Premietanie.sk (Slovak, sk), Filmski vodič (Croatian, hr), Екран.бг (Bulgarian in Cyrillic, bg),
Ekranas.lt (Lithuanian, lt), La Pantalla (Catalan, ca), Rolprentgids (Afrikaans, af) and
Kinoleht (Estonian, et). Each page is at https://<site>.example/<kind>/<slug> on the site's own
host (its canonical link and schema.org url there; the record's source_id is '<kind>/<slug>'),
its <html lang> the site's language.

The theme asked for was movie and TV title pages of sites in languages other than English, in
the languages earlier sets used least, each with its market's own label wording, date, runtime,
money and certificate conventions. The theme is not new: tests/heldout_sites4 to 26 gave whole
sets to local-language sites, some ninety languages in all (counted from every earlier
generator's <html lang>, Chrome(...) language and JSON 'lang'). The brief's examples had each
been used by one or two earlier designs' files (Polish, Romanian, Greek, Vietnamese, Indonesian,
Thai, Ukrainian, Finnish one; Czech, Hungarian, Turkish, Hebrew, Dutch, Swedish two). This set
takes seven languages each used by one earlier design only, as little as the least used of those
(nb by sites14's filmwebno, sk, hr, bg, lt, ca, et once each, in sites13-15: mojtv, cinefish,
forumcinemas, filmin, kinemask, apollokino) and one no earlier set used at all (Afrikaans). The
nearest angle none had done: invented general guides (not the earlier sets' real sites) sharing
one skeleton, so that only the language's own wording and conventions differ between designs,
each with its own two markups whose class names are in the site's language, a later TV or
platform premiere beside the release, a want-to-see counter beside the votes and a lists widget
on every page. tests/test_heldout_sites64_gen.py checks that no earlier generator names these
sites or hosts.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the record
each page must produce (spec: /work/shared/site-sample/README.md). Titles and records come from
tests/heldout_sites2 (records.py, site.py); genres and countries are translated into the site's
language (the record holds them as the page shows them), the synopsis is written in it, and the
certificate is the site's own board's. The designs are new:
lerretet (Lerretet (an invented Norwegian cinema and streaming guide, nb): a poster; the <h1>
(the meta line under it on some pages); 'Handling'; the ticket button; the facts as a fact box's
rows, info lines ('<strong>Label:</strong> value') or a definition list: 'Regi', 'Manus',
'Musikk', 'Produsent', 'Foto' (traps), 'Sjanger', 'Land', 'År', 'Lengde: 1 t 51 min' (or '111
min'; a series' ' per episode'), 'Aldersgrense' (Medietilsynet's 'Tillatt for alle', '6 år', '12
år', '15 år', '18 år'), 'Sesonger', 'Kinopremiere: 27. oktober 1995' (or '27.10.1995') beside a
later 'Strømmepremiere' (a trap), 'Produksjonsselskap', 'Distributør' and 'Språk' rows (no
record key); 'Skuespillere'; the trailer; a series' episodes; the lists widget with member
counts and a ticket price (traps); 'Anmeldelser'; 'Lignende titler'; a JSON-LD on some pages. '1
234 stemmer' beside '12 345 vil se' (a trap). No tagline, audience text, money or streaming
block.)
premietanie (Premietanie.sk (an invented Slovak cinema programme and film database, sk): a
poster; the <h1> (the meta line under it on some pages); 'Obsah'; the ticket button; the facts
as detail paragraphs ('<span>Label:</span> value'), a two-cell table or dot leaders: 'Réžia',
'Scenár', 'Hudba', 'Producent', 'Kamera' (traps), 'Žáner', 'Krajina', 'Rok výroby', 'Dĺžka: 1 h
51 min' (or '111 min.'; a series' ' / epizóda'), 'Prístupnosť' (the Slovak board's 'U', '7',
'12', '15', '18'), 'Počet sérií', 'Premiéra v SR: 27. októbra 1995' (or '27. 10. 1995') beside a
later 'Premiéra v TV' (a trap), 'Produkčná spoločnosť', 'Rozpočet' and 'Tržby' ('25 000 000
USD', '25 000 000 €'), 'Pôvodný jazyk' and 'Distribútor' rows (no record key); 'Hrajú'; the
trailer; a series' episodes; the lists widget with counts and a ticket price (traps);
'Recenzie'; 'Podobné filmy'; a JSON-LD on some pages. '1 234 hodnotení' beside '12 345 chce
vidieť' (a trap). No tagline, audience text or streaming block.)
filmskivodic (Filmski vodič (an invented Croatian film and TV guide, hr): a backdrop; the <h1>
(the meta line under it on some pages); 'Radnja'; the ticket button; the facts as data rows, a
card's items ('<em>Label</em> value') or CSS captions: 'Redatelj', 'Scenarij', 'Glazba',
'Producent', 'Snimatelj' (traps), 'Žanr', 'Zemlja', 'Godina', 'Trajanje: 1 h 51 min' (or '111
min'; a series' ' po epizodi'), 'Dobna granica' ('7+', '12+', '15+', '18+'; a film for all ages
shows none), 'Broj sezona', 'Premijera: 27. listopada 1995.' (or '27.10.1995.', the ordinal full
stop after the year) beside a later 'Premijera na televiziji' (a trap), 'Produkcijska kuća',
'Budžet' and 'Zarada' ('25.000.000 USD'), 'Izvorni jezik' and 'Distributer' rows (no record
key); 'Glumci'; the trailer; a series' episodes; the lists widget with counts and a ticket price
(traps); 'Kritike'; 'Slični naslovi'; a JSON-LD on some pages. 'Glasova: 1.234' beside 'Prati:
12.345' (a trap). No tagline, audience text, IMDb link or streaming block.)
ekranbg (Екран.бг (an invented Bulgarian film guide, bg, Cyrillic): a poster; the <h1> (the meta
line under it on some pages); 'Резюме'; the ticket button; the facts as data rows
('<span>Label:</span> value'), list items with a bold label, or stat tiles: 'Режисьор',
'Сценарий', 'Музика', 'Продуцент', 'Оператор' (traps), 'Жанр', 'Държава', 'Година',
'Времетраене: 1 ч. 51 мин.' (or '111 мин.'; a series' ' на епизод'), 'Категория' (the Bulgarian
board's letters 'B', 'C', 'D', 'X'), 'Сезони', 'Премиера: 27 октомври 1995 г.' (or '27.10.1995
г.') beside a later 'Премиера по телевизията' (a trap), 'Студио', 'Бюджет' and 'Приходи' ('25,3
млн. USD', '1,25 млрд. USD', a decimal comma), 'Оригинално заглавие' (a dash) and
'Разпространител' rows (no record key); 'Актьорски състав'; the trailer; a series' episodes; the
lists widget with counts and a ticket price in leva (traps); 'Ревюта'; 'Подобни заглавия'; a
JSON-LD on some pages. '1 234 гласа' beside '12 345 искат да гледат' (a trap). No tagline,
audience text or streaming block.)
ekranas (Ekranas.lt (an invented Lithuanian cinema and TV guide, lt): a backdrop; the <h1> (the
meta line under it on some pages); 'Aprašymas'; the ticket button; the facts as data rows, a
table with a th label per row, or sprite icon rows (the label only an svg's title):
'Režisierius', 'Scenarijus', 'Muzika', 'Prodiuseris', 'Operatorius' (traps), 'Žanras', 'Šalis',
'Metai', 'Trukmė: 1 val. 51 min.' (or '111 min.'; a series' ' per seriją'), 'Cenzas' (the
Lithuanian index 'V', 'N-7', 'N-13', 'N-16', 'N-18'), 'Sezonai', 'Premjera: 1995 m. spalio 27
d.' (or '1995-10-27', year first) beside a later 'Premjera televizijoje' (a trap), 'Studija',
'Originalo kalba' and 'Platintojas' rows (no record key); 'Vaidina'; the trailer; a series'
episodes; the lists widget with counts and a ticket price (traps); 'Atsiliepimai'; 'Panašūs
filmai'; a JSON-LD on some pages. 'Įvertinimų: 1 234' beside 'Nori pamatyti: 12 345' (a trap).
No tagline, audience text, money, IMDb link or streaming block.)
pantalla (La Pantalla (an invented Catalan film and TV guide, ca): a poster; the <h1> (the meta
line under it on some pages); 'Sinopsi'; the ticket button; the facts as a technical card's
lines ('<span>Label:</span> value'), a definition list's grouped pairs, or Turbo frames:
'Direcció', 'Guió', 'Música', 'Producció', 'Fotografia' (traps; 'Producció' the producers,
'Productora' the studio), 'Gènere', 'País', 'Any', 'Durada: 1 h 51 min' (or '111 min'; a series'
' per episodi'), 'Qualificació' (the ICAA's 'TP', '+7', '+12', '+16', '+18'), 'Temporades',
'Estrena: 27 d'octubre de 1995' (or '27/10/1995') beside a later 'Estrena en plataformes' (a
trap), 'Productora', 'Pressupost' and 'Recaptació' ('25.000.000 $', the sign after), 'Versió'
and 'Distribuïdora' rows (no record key); 'Repartiment'; the trailer; a series' episodes; the
lists widget with counts and a ticket price (traps); 'Crítiques'; 'Títols semblants'; a JSON-LD
on some pages. '1.234 vots' beside '12.345 la volen veure' (a trap). No tagline, audience text
or streaming block.)
rolprentgids (Rolprentgids (an invented South African film guide in Afrikaans, af): a backdrop;
the <h1> (the meta line under it on some pages); 'Storielyn'; the ticket button; the facts as
fact rows, list items ('<b>Label:</b> value') or a paragraph of one sentence per fact:
'Regisseur', 'Draaiboek', 'Musiek', 'Vervaardiger', 'Kinematografie' (traps), 'Genre', 'Land',
'Jaar', 'Speeltyd: 1 uur 51 min' (or '111 min'; a series' ' per episode'), 'Ouderdomsperk' (the
FPB's 'A', 'PG', '13', '16', '18'), 'Seisoene', 'Vrystellingsdatum: 27 Oktober 1995' (or
'1995-10-27') beside a later 'TV-première' (a trap), 'Produksiemaatskappy', 'Begroting' and
'Loketinkomste' ('$25 miljoen', '$1,25 miljard'), 'Taal' and 'Verspreider' rows (no record key);
'Rolverdeling'; the trailer; a series' episodes; the lists widget with counts and a ticket price
in rand (traps); 'Resensies'; 'Soortgelyke titels'; a JSON-LD on some pages. '1 234 stemme'
beside '12 345 wil kyk' (a trap). No tagline, audience text, IMDb link or streaming block.)
kinoleht (Kinoleht (an invented Estonian cinema and film guide, et): a poster; the <h1> (the
meta line under it on some pages); 'Sisukokkuvõte'; the ticket button; the facts as data rows,
list items ('<i>Label:</i> value') or an earlier set's key-value rows: 'Režissöör',
'Stsenarist', 'Muusika', 'Produtsent', 'Operaator' (traps; 'Produtsent' the producer, 'Tootja'
the studio), 'Žanr', 'Riik', 'Aasta', 'Kestus: 1 t 51 min' (or '111 min'; a series' ' osa
kohta'), 'Vanusepiirang' (the Estonian 'PERE', 'MS-6', 'MS-12', 'K-16'; an adults-only film
shows none), 'Hooaegu', 'Esilinastus: 27. oktoober 1995' (or '27.10.1995') beside a later
'Teleesilinastus' (a trap), 'Tootja', 'Eelarve' and 'Kassatulu' ('25 000 000 USD', '25 000 000
€'), 'Keel' and 'Levitaja' rows (no record key); 'Osades'; the trailer; a series' episodes; the
lists widget with counts and a ticket price (traps); 'Arvustused'; 'Sarnased filmid'; a JSON-LD
on some pages. '1 234 häält' beside '12 345 tahab näha' (a trap). No tagline, audience text or
streaming block.)

Each varies its markup per page: the facts in one of three markups, two of them the site's own
(class names in its language: faktaboks, film-udaje, podaci-filma, film-danni, filmo-duomenys,
fitxa-tecnica, rolprent-feite, filmi-andmed ...), the third an earlier set's (a definition list,
dot leaders, CSS captions, stat tiles, sprite icon rows, Turbo frames, a prose paragraph,
key-value rows); the meta line under the <h1> on half the pages; the facts folded under a button
on some; the blocks in one of three orders; a JSON-LD on some pages.

Distractors on every design: the crew in other jobs (music, producer, the cinematographer;
Catalan's 'Producció' and Estonian's 'Produtsent' sit beside the studio's 'Productora' and
'Tootja'); a later date (a TV, streaming or platform premiere) beside the release; rows with no
record key (distributor, language, version, an original title shown as a dash); a watch-list
widget's lists with member counts and a ticket or subscription price; a want-to-see counter
beside the votes; the episodes of a series with their own runtimes, air dates and directors;
reviews quoting other numbers (the shared skeleton's comments, in English as a community's
reviews may be); a rail of other titles with their own years, certificates and runtimes.

Money is shown by six sites, each its own way: Slovak and Estonian '25 000 000 USD' or '25 000
000 €' (a no-break space between thousands, the code or the euro's sign after), Croatian
'25.000.000 USD' (dots), Bulgarian '25,3 млн. USD' or '1,25 млрд. USD' (the Bulgarian words for
million and billion, a decimal comma; amounts are exact at that precision), Catalan '25.000.000
$' (the dollar sign after the number, as Catalan writes it; '$' alone is USD per the spec) and
Afrikaans '$25 miljoen' or '$1,25 miljard' (the words for million and billion). Lerretet and
Ekranas show no money.

How it was kept blind: written from the record spec and the writer's knowledge of these
languages' conventions, never looking at marquee/, docs/, the benchmarks or the parser's tests;
the page skeleton, furniture and facts markups reuse tests/heldout_sites60's common.py (itself
from tests/heldout_sites16, 18, 38, 42, 44 and 48), with the sixteen new markups added.

What a careful reader of these pages reads, where the spec leaves room: a certificate as shown
('12 år', '12+', 'N-13', '+12', 'MS-12', 'C', 'PG', '13', 'TP', 'Tillatt for alle'); where a
board has no equivalent for a title's certificate (Croatian for all ages, Estonian adults-only)
the page shows none and the record's content_rating is null. Genres and countries as the page
names them ('Krim', 'Dráma', 'SAD', 'САЩ', 'JAV', 'Estats Units', 'Verenigde State'). Dates day
first (Lithuanian and Afrikaans numeric dates year first: '1995 m. spalio 27 d.', '1995-10-27');
Croatian dates end with the ordinal full stop ('27.10.1995.'); Bulgarian with 'г.' (year).
Runtime in hours and minutes in the language's abbreviations ('1 t 51 min', '1 ч. 51 мин.', '1
val. 51 min.', '1 uur 51 min') or minutes alone; a series' runtime is per episode. Votes: the
count beside the rating, not the want-to-see counter or the lists' member counts.
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
from tests.heldout_sites64 import (
    ekranas,
    ekranbg,
    filmskivodic,
    kinoleht,
    lerretet,
    pantalla,
    premietanie,
    rolprentgids,
)
from tests.heldout_sites64.common import own_url

_MODULES = (lerretet, premietanie, filmskivodic, ekranbg, ekranas, pantalla, rolprentgids, kinoleht)
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
    rng = random.Random(f"sites64:{design}:{seed}")
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
