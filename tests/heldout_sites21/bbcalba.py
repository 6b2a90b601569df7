# ruff: noqa: E501  (HTML templates read best on one line)
"""BBC ALBA: a programme or film page of the Scottish Gaelic channel's player (Scottish
Gaelic). A backdrop; the <h1> (the meta line '1995 · 15 · 1 uair a thìde 51 mionaid · Dràma'
above or under it on some deploys); the score with '(1,234 bhòt)' beside 'Air fhaicinn 12,345
turas' (views, a trap); 'Mun phrògram'; the facts as list items holding only the value whose
label is a string the stylesheet draws before it, <div role="heading" aria-level="3"> labels
over value divs, or a table: 'Stiùiriche', 'Sgrìobhadair', 'Ceòl', 'Riochdaire' and
'Dealbhadair' (traps), 'Gnè', 'Dùthaich', 'Bliadhna', 'Fad: 111 mionaid' or '1 uair a thìde 51
mionaid' (a series' 'gach earrann'), 'Aois' (the BBFC's U/PG/12/15/18), 'Ciad sealladh: 27
Dàmhair 1995' (or '27/10/1995') beside a later 'Air BBC ALBA bho' (a trap), 'Companaidh
riochdachaidh', 'Buidseat: $3,600,000', 'Teachd-a-steach', 'Sreathan' (the season count),
'Fo-thiotalan'; 'Cleasaichean'; the trailer; a series' episodes with their own lengths, dates
and directors; the channel's broadcast times (a trap); comments; 'Cuideachd air BBC ALBA'; a
JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites21.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
    translate,
)

NAME = "bbcalba"
MONTHS = ("Faoilleach", "Gearran", "Màrt", "Giblean", "Cèitean", "Ògmhios", "Iuchar",
          "Lùnastal", "Sultain", "Dàmhair", "Samhain", "Dùbhlachd")
GENRES = {"Action": "Gnìomh", "Adventure": "Dànachd", "Animation": "Beòthachadh",
          "Comedy": "Comadaidh", "Crime": "Eucoir", "Documentary": "Prògram aithriseach",
          "Drama": "Dràma", "Family": "Teaghlach", "Fantasy": "Fantasachd", "History": "Eachdraidh",
          "Horror": "Uabhas", "Music": "Ceòl is film", "Mystery": "Dìomhaireachd",
          "Romance": "Romansa", "Science Fiction": "Ficsean-saidheans", "Thriller": "Smeòrach",
          "War": "Cogadh", "Western": "Western"}
COUNTRIES = {"United States": "Na Stàitean Aonaichte", "United Kingdom": "An Rìoghachd Aonaichte",
             "France": "An Fhraing", "Germany": "A' Ghearmailt", "Japan": "Iapan", "China": "Sìona",
             "South Korea": "Coirèa a Deas", "India": "Na h-Innseachan", "Brazil": "Braisil",
             "Australia": "Astràilia", "Canada": "Canada", "Spain": "An Spàinnt", "Italy": "An Eadailt",
             "Mexico": "Meagsago", "Nigeria": "Nigèiria", "Sweden": "An t-Suain",
             "Denmark": "An Danmhairg", "Argentina": "Argentina", "Iran": "Ioràn", "Poland": "A' Phòlainn"}
# the BBFC's certificates
AGES = ages("U", "PG", "12", "15", "18")
PROSE = Prose(
    verbs=("a' tilleadh gu", "a' sealbhachadh", "a' lorg", "a' teicheadh bho", "a' dìon", "a' fàgail"),
    things=("am baile fo thuil", "croit an teaghlaich", "an seann taigh-solais",
            "a' mhèinn thrèigte", "am baile air a' chrìch", "am bàta mu dheireadh"),
    synopsis=("Tha {hero} {verb} {thing} agus a' faighinn a-mach gu bheil {other} {verb2} {thing2}. "
              "'S e sgeulachd a th' ann an {title} mu sheann dìlseachd a thèid a dhearbhadh thar aon ràithe."),
    taglines=("Tha prìs air a h-uile càil.",), audiences=("Mhol an luchd-amhairc na cleasaichean.",))
CHROME = Chrome("gd", "BBC ALBA", ("Dachaigh", "Prògraman", "Filmichean", "Spòrs", "Clann", "Lorg"),
                ("Tha am BBC a' cleachdadh briosgaidean gus an làrach a leasachadh.", "Gabh riutha", "Roghainnean"),
                ("Mun BhBC", "Poileasaidh prìobhaideachd", "Briosgaidean", "Cuir fios thugainn", "Cobhair"), "© 2026 BBC", "__BBCALBA__")
WORDS = Words(
    {"director": "Stiùiriche", "writer": "Sgrìobhadair", "music": "Ceòl", "producer": "Riochdaire",
     "camera": "Dealbhadair", "genre": "Gnè", "country": "Dùthaich", "year": "Bliadhna",
     "runtime": "Fad", "rating": "Aois", "seasons": "Sreathan", "released": "Ciad sealladh",
     "studio": "Companaidh riochdachaidh", "budget": "Buidseat", "box_office": "Teachd-a-steach"},
    {"about": "Mun phrògram", "details": "Fiosrachadh", "cast": "Cleasaichean", "trailer": "Treilear",
     "episodes": "Earrannan", "reviews": "Beachdan", "no_reviews": "Chan eil beachd ann fhathast.",
     "rail": "Cuideachd air BBC ALBA"})


def ceann_latha(d: date, long: bool) -> str:
    """'27 Dàmhair 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def fad(n: int, long: bool) -> str:
    """'1 uair a thìde 51 mionaid', '2 uair a thìde', '45 mionaid' or '111 mionaid'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mionaid"
    return f"{big} uair a thìde {small} mionaid" if small else f"{big} uair a thìde"


def bhot(n: int) -> str:
    """'(1,234 bhòt)'."""
    return f"({grouped(n)} bhòt)"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Sreath {e.season}, Earrann {e.number} · {fad(e.minutes, long)} · {ceann_latha(e.aired, long)}</p><p>Stiùiriche: {esc(e.director)}</p>"


def _craoladh(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("Diluain", "Dimàirt", "Diciadain", "Diardaoin", "Dihaoine", "Disathairne", "Didòmhnaich")
    rows = "".join(f"<li>{day} aig <time>{rng.randint(19, 23)}:{rng.choice(('00', '30'))}</time></li>" for day in rng.sample(days, 2))
    return f'<section class="{c("tv")}"><h2>Air an telebhisean</h2><ul>{rows}</ul><p>Fo-thiotalan Beurla rim faighinn.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Fo-thiotalan", pick(rng, ("Beurla", "Gàidhlig, Beurla", "Chan eil")))]


SITE = Site(NAME, "ba", CHROME, WORDS, ceann_latha, fad, " gach earrann", bhot, money_symbol,
            lambda n: f"Air fhaicinn {grouped(n)} turas", _episode, _craoladh, ("csslabel", "ariaheading", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Air BBC ALBA bho", extra_rows=_more, cta="Coimhead an-dràsta")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
