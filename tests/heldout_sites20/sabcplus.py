# ruff: noqa: E501  (HTML templates read best on one line)
"""SABC+: a series or film page of the South African public broadcaster's streaming app in
isiXhosa. A backdrop; the <h1> (the meta line '1995 · 13 · iyure 1 imizuzu 51 · Idrama' above or
under it on some deploys); the score with '(1 234 iivoti)' / '(1 ivoti)' beside 'Ukubukelwa: 12
345' (views, a trap); 'Isishwankathelo'; the facts as list items whose text is the label and
whose value is a data-value attribute the stylesheet draws after it, a sandboxed <iframe
srcdoc> widget holding a definition list, or a table: 'Umlawuli', 'Umbhali', 'Umculo', 'Umvelisi'
and 'Umfoti' (traps), 'Uhlobo', 'Ilizwe', 'Unyaka', 'Ubude: imizuzu 111' or 'iyure 1 imizuzu 51'
(a series' 'isiqendu ngasinye'), 'Ubudala' (the FPB classes A/PG/13/16/18), 'Umhla wokukhutshwa:
27 EyeDwarha 1995' (or '1995-10-27') beside a later 'Kwi-SABC+ ukususela' (a trap), 'Inkampani',
'Uhlahlo-lwabiwo mali: $3 600 000', 'Ingeniso', 'Amaxesha' (seasons), 'Ulwimi'; 'Abadlali';
the trailer; a series' episodes with their own lengths, dates and directors; the channel's
broadcast times (a trap); comments; 'Ungathanda nezi'; a JSON-LD Movie on some pages. No
tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites20.common import (
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

NAME = "sabcplus"
# the old isiXhosa month names, as the writer knew them
MONTHS = ("EyoMqungu", "EyoMdumba", "EyoKwindla", "UTshazimpuzi", "UCanzibe", "EyeSilimela",
          "EyeKhala", "EyeThupha", "EyoMsintsi", "EyeDwarha", "EyeNkanga", "EyoMnga")
GENRES = {"Action": "Intshukumo", "Adventure": "Uhambo", "Animation": "Oopopayi", "Comedy": "Ihlaya",
          "Crime": "Ulwaphulo-mthetho", "Documentary": "Uxwebhu", "Drama": "Idrama", "Family": "Usapho",
          "Fantasy": "Intelekelelo", "History": "Imbali", "Horror": "Uloyiko", "Music": "Umdlalo womculo",
          "Mystery": "Imfihlelo", "Romance": "Uthando", "Science Fiction": "Inzululwazi eyintelekelelo",
          "Thriller": "Ukothusa", "War": "Imfazwe", "Western": "IWestern"}
COUNTRIES = {"United States": "eMelika", "United Kingdom": "eBritani", "France": "eFransi",
             "Germany": "eJamani", "Japan": "eJapan", "China": "eTshayina", "South Korea": "eKorea yaseMzantsi",
             "India": "eIndiya", "Brazil": "eBrazil", "Australia": "eOstreliya", "Canada": "eKhanada",
             "Spain": "eSpeyin", "Italy": "eItali", "Mexico": "eMexico", "Nigeria": "eNigeria",
             "Sweden": "eSweden", "Denmark": "eDenmark", "Argentina": "eArgentina", "Iran": "eIran",
             "Poland": "ePoland"}
# the Film and Publication Board's classes as the writer knew them (7-9PG written 'PG')
AGES = ages("A", "PG", "13", "16", "18")
PROSE = Prose(
    verbs=("ukhathalela", "ufumana ilifa", "ukhangela", "ushiya", "ukhusela", "ulahlekelwa"),
    things=("ilali enezikhukhula", "igadi yosapho", "indlu yesibane endala", "umgodi oshiyiweyo",
            "idolophu esemdeni", "isikhephe sokugqibela"),
    synopsis=("{hero} {verb} {thing} aze afumanise ukuba no-{other} {verb2} {thing2}. "
              "{title} libali lokunyaniseka okudala okuvavanywa ixesha lonke."),
    taglines=("Yonke into inexabiso layo.",), audiences=("Ababukeli babancoma abadlali.",))
CHROME = Chrome("xh", "SABC+", ("Ikhaya", "Uthotho", "Iifilimu", "Bukela Ngqo", "Iindaba", "Abantwana"),
                ("Sisebenzisa iicookies ukuphucula amava akho.", "Yamkela", "Useto"),
                ("Malunga nathi", "Imfihlo", "Imiqathango", "Uncedo"), "© 2026 SABC", "__SABCPLUS__")
WORDS = Words(
    {"director": "Umlawuli", "writer": "Umbhali", "music": "Umculo", "producer": "Umvelisi",
     "camera": "Umfoti", "genre": "Uhlobo", "country": "Ilizwe", "year": "Unyaka", "runtime": "Ubude",
     "rating": "Ubudala", "seasons": "Amaxesha", "released": "Umhla wokukhutshwa",
     "studio": "Inkampani", "budget": "Uhlahlo-lwabiwo mali", "box_office": "Ingeniso"},
    {"about": "Isishwankathelo", "details": "Iinkcukacha", "cast": "Abadlali", "trailer": "Itreyila",
     "episodes": "Iziqendu", "reviews": "Izimvo", "no_reviews": "Akukabikho zimvo.",
     "rail": "Ungathanda nezi"})


def umhla(d: date, long: bool) -> str:
    """'27 EyeDwarha 1995' or '1995-10-27'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else d.isoformat()


def ubude(n: int, long: bool) -> str:
    """'iyure 1 imizuzu 51', 'iiyure 2' or 'imizuzu 111': the noun before the number."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"imizuzu {n}"
    hrs = f"iyure {big}" if big == 1 else f"iiyure {big}"
    return hrs + (f" imizuzu {small}" if small else "")


def iivoti(n: int) -> str:
    """'(1 ivoti)', '(1 234 iivoti)'."""
    return f"({grouped(n, ' ')} {'ivoti' if n == 1 else 'iivoti'})"


def imali(m: Money) -> str:
    return money_symbol(m, " ")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ixesha {e.season}, Isiqendu {e.number} · {ubude(e.minutes, long)} · {umhla(e.aired, long)}</p><p>Umlawuli: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("uMvulo", "uLwesibini", "uLwesithathu", "uLwesine", "uLwesihlanu", "uMgqibelo", "iCawa")
    rows = "".join(f"<li>{day} <time>{rng.randint(17, 22)}:{rng.choice(('00', '30'))}</time> kwi-SABC {rng.randint(1, 3)}</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Kusasazwa nini</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Ulwimi", pick(rng, ("isiXhosa", "isiXhosa, imibhalo engezantsi ngesiNgesi", "isiNgesi")))]


SITE = Site(NAME, "sp", CHROME, WORDS, umhla, ubude, " isiqendu ngasinye", iivoti, imali,
            lambda n: f"Ukubukelwa: {grouped(n, ' ')}", _episode, _schedule, ("cssvalue", "srcdoc", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.4, later="Kwi-SABC+ ukususela", extra_rows=_more, cta="Bukela ngoku")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
