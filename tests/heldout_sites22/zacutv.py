# ruff: noqa: E501  (HTML templates read best on one line)
"""Zacu TV: a film or series page of the Rwandan streaming service for local films, in
Kinyarwanda. A backdrop; the <h1> (the meta line '1995 · 13+ · isaha 1 n'iminota 51 · Ikinamico'
under it, in the hero's <header> on some deploys); the score with '(amajwi 1 234)' beside
'Byarebwe inshuro 12 345' (views, a trap); 'Incamake'; the facts as value-first stat tiles (a
<strong> value over its <small> label), as items whose labels are only the stylesheet's
'::before' rules, or as bold-label lines: 'Uwayoboye', 'Uwanditse', 'Umuziki', 'Uwatunganyije'
and 'Ufata amashusho' (traps), 'Ubwoko', 'Igihugu', 'Umwaka', 'Igihe bimara: iminota 111' or
'isaha 1 n'iminota 51' (a series' 'buri gace'), 'Imyaka' (the site's marks Bose/7+/13+/16+/18+),
'Itariki yasohotse: 27 Ukwakira 1995' (or '27/10/1995') beside a later 'Kuri Zacu TV guhera' (a
trap), 'Sosiyete yabikoze', 'Ingengo y'imari: $3,600,000', 'Amafaranga yinjije', 'Ibihe'
(seasons), 'Ururimi'; 'Abakinnyi'; the trailer; a series' episodes with their own lengths, dates
and directors; the subscription plans in francs (traps); comments; 'Ibindi wakunda'; a JSON-LD
Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites22.common import (
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

NAME = "zacutv"
MONTHS = ("Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga", "Kanama",
          "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza")
GENRES = {"Action": "Imirwano", "Adventure": "Ibitangaza", "Animation": "Filime zishushanyije",
          "Comedy": "Urwenya", "Crime": "Ubugizi bwa nabi", "Documentary": "Filime mbarankuru",
          "Drama": "Ikinamico", "Family": "Umuryango", "Fantasy": "Inzozi", "History": "Amateka",
          "Horror": "Ibiteye ubwoba", "Music": "Filime z'indirimbo", "Mystery": "Amayobera",
          "Romance": "Urukundo", "Science Fiction": "Siyansi y'ibihimbano", "Thriller": "Igishyika",
          "War": "Intambara", "Western": "Western"}
COUNTRIES = {"United States": "Leta Zunze Ubumwe z'Amerika", "United Kingdom": "Ubwongereza",
             "France": "Ubufaransa", "Germany": "Ubudage", "Japan": "Ubuyapani", "China": "Ubushinwa",
             "South Korea": "Koreya y'Epfo", "India": "Ubuhinde", "Brazil": "Burezili",
             "Australia": "Ositaraliya", "Canada": "Kanada", "Spain": "Espanye", "Italy": "Ubutaliyani",
             "Mexico": "Megizike", "Nigeria": "Nijeriya", "Sweden": "Suwede", "Denmark": "Danimarike",
             "Argentina": "Arijantine", "Iran": "Irani", "Poland": "Polonye"}
# no board: the site's own marks ('Bose' = for everyone)
AGES = ages("Bose", "7+", "13+", "16+", "18+")
PROSE = Prose(
    verbs=("agaruka mu", "araga", "ashakisha", "ahunga", "arinda", "atakaza"),
    things=("umudugudu wuzuyemo amazi", "umurima w'umuryango", "inzu y'itara ishaje",
            "ikirombe cyatawe", "umujyi wo ku mupaka", "ubwato bwa nyuma"),
    synopsis=("{hero} {verb} {thing} maze agasanga na {other} {verb2} {thing2}. "
              "{title} ni inkuru y'ubudahemuka bwa kera bugeragezwa n'igihe."),
    taglines=("Buri kintu kigira igiciro cyacyo.",), audiences=("Abarebye bashimye abakinnyi.",))
CHROME = Chrome("rw", "Zacu TV", ("Ahabanza", "Filime", "Ikinamico z'uruhererekane", "Abana", "Ibiciro", "Shakisha"),
                ("Dukoresha cookies kugira ngo tunoze serivisi zacu.", "Ndabyemeye", "Igenamiterere"),
                ("Abo turi bo", "Twandikire", "Amabwiriza", "Ibanga ryawe"), "© 2026 Zacu Entertainment", "__ZACU__")
WORDS = Words(
    {"director": "Uwayoboye", "writer": "Uwanditse", "music": "Umuziki", "producer": "Uwatunganyije",
     "camera": "Ufata amashusho", "genre": "Ubwoko", "country": "Igihugu", "year": "Umwaka",
     "runtime": "Igihe bimara", "rating": "Imyaka", "seasons": "Ibihe",
     "released": "Itariki yasohotse", "studio": "Sosiyete yabikoze", "budget": "Ingengo y'imari",
     "box_office": "Amafaranga yinjije"},
    {"about": "Incamake", "details": "Amakuru arambuye", "cast": "Abakinnyi", "trailer": "Integuza",
     "episodes": "Uduce", "reviews": "Ibitekerezo", "no_reviews": "Nta gitekerezo kiratangwa.",
     "rail": "Ibindi wakunda"})


def itariki(d: date, long: bool) -> str:
    """'27 Ukwakira 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def igihe(n: int, long: bool) -> str:
    """'isaha 1 n'iminota 51', 'amasaha 2' or 'iminota 111': the noun before the number."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"iminota {n}"
    hrs = f"isaha {big}" if big == 1 else f"amasaha {big}"
    return hrs + (f" n'iminota {small}" if small else "")


def amajwi(n: int) -> str:
    """'(ijwi 1)', '(amajwi 1 234)'."""
    return f"(ijwi {n})" if n == 1 else f"(amajwi {grouped(n, ' ')})"


def amafaranga(m: Money) -> str:
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Igihe cya {e.season}, Agace ka {e.number} · {igihe(e.minutes, long)} · {itariki(e.aired, long)}</p><p>Uwayoboye: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    week = rng.choice((1000, 1500))
    return f'<aside class="{c("plans")}"><h2>Ibiciro</h2><ul><li>Icyumweru: Frw {grouped(week)}</li><li>Ukwezi: Frw 3,000</li><li>Umwaka: Frw 30,000</li></ul><p>Ishyura na MoMo cyangwa Airtel Money.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Ururimi", pick(rng, ("Ikinyarwanda", "Ikinyarwanda, insobanuro mu Cyongereza", "Icyongereza")))]


SITE = Site(NAME, "zc", CHROME, WORDS, itariki, igihe, " buri gace", amajwi, amafaranga,
            lambda n: f"Byarebwe inshuro {grouped(n, ' ')}", _episode, _plans, ("tiles", "csslabel", "lines"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Kuri Zacu TV guhera", extra_rows=_more, cta="Reba nonaha")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
