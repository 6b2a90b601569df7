# ruff: noqa: E501  (HTML templates read best on one line)
"""OBN: a drama or film page of the Oromia Broadcasting Network, in Oromo (Afaan Oromoo). A
backdrop; the <h1> (the meta line '1995 · 16+ · sa'aatii 1 fi daqiiqaa 51 · Diraamaa' under
it, in the hero's <header> on some deploys); the score with '(sagalee 1,234)' beside 'Kan
ilaalan: 12,345' (views, a trap); "Waa'ee fiilmii"; the facts as narrow lines whose long labels
may break inside their words (<wbr>), an ARIA grid with a row of column headers over a row of
cells, or bold-label lines: 'Qajeelchaa', 'Barreessaa', 'Muuziqaa', 'Oomishaa' and 'Suuraa
kaasaa' (traps), 'Gosa', 'Biyya', 'Bara', "Dheerina: daqiiqaa 111" or "sa'aatii 1 fi daqiiqaa
51" (a series' 'kutaa tokkoon tokkoon'), 'Umurii' (the network's marks Hunda/PG/13+/16+/18+),
'Guyyaa itti bahe: 27 Onkoloolessa 1995' (or '27/10/1995') beside a later 'OBN irratti
jalqabe' (a trap), 'Dhaabbata', 'Baajata: $3,600,000', 'Galii argame', 'Waqtii', 'Afaan';
'Taphattoota'; the trailer; a series' episodes with their own lengths, dates and directors;
broadcast times (traps); comments; "Kan biraa si gammachiisu"; a JSON-LD Movie on some pages.
No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites24.common import (
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

NAME = "obn"
MONTHS = ("Amajjii", "Guraandhala", "Bitootessa", "Ebla", "Caamsaa", "Waxabajjii", "Adooleessa",
          "Hagayya", "Fulbaana", "Onkoloolessa", "Sadaasa", "Muddee")
GENRES = {"Action": "Gocha", "Adventure": "Imala", "Animation": "Kartuunii", "Comedy": "Qoosaa",
          "Crime": "Yakka", "Documentary": "Dookumentarii", "Drama": "Diraamaa", "Family": "Maatii",
          "Fantasy": "Hawwii", "History": "Seenaa", "Horror": "Sodaachisaa", "Music": "Weellisaa",
          "Mystery": "Iccitii", "Romance": "Jaalala", "Science Fiction": "Saayinsii tilmaamaa",
          "Thriller": "Dinqisiisaa", "War": "Waraana", "Western": "Western"}
COUNTRIES = {"United States": "Ameerikaa", "United Kingdom": "Biriteen", "France": "Faransaay",
             "Germany": "Jarmanii", "Japan": "Jaappaan", "China": "Chaayinaa",
             "South Korea": "Kooriyaa Kibbaa", "India": "Hindii", "Brazil": "Biraazil",
             "Australia": "Awustiraaliyaa", "Canada": "Kanaadaa", "Spain": "Ispeen", "Italy": "Xaaliyaanii",
             "Mexico": "Meeksikoo", "Nigeria": "Naayijeeriyaa", "Sweden": "Siwiidin", "Denmark": "Denmaark",
             "Argentina": "Arjentiinaa", "Iran": "Iraan", "Poland": "Poolaand"}
AGES = ages("Hunda", "PG", "13+", "16+", "18+")
PROSE = Prose(
    verbs=("gara deebi'a", "argata", "barbaada", "baqata", "eega", "dhaba"),
    things=("ganda bishaaniin liqimfame", "qonna maatii", "mana ibsaa durii",
            "albuuda dhiifame", "magaalaa daangaa", "bidiruu dhumaa"),
    synopsis=("{hero} {thing} {verb}, {other} illee {thing2} {verb2} ta'uu hubata. "
              "{title} seenaa amanamummaa durii waggaa guutuu qoramuu ti."),
    taglines=("Wanti hundi gatii mataa isaa qaba.",), audiences=("Daawwattoonni taphattoota jajan.",))
CHROME = Chrome("om", "OBN", ("Fuula duraa", "Diraamaa", "Fiilmii", "Kallattiin", "Oduu", "Barbaadi"),
                ("Kuukii fayyadamna.", "Fudhadhu", "Filannoo"),
                ("Waa'ee keenya", "Nu quunnamaa", "Seerota", "Icciitii"), "© 2026 Oromia Broadcasting Network", "__OBN__")
WORDS = Words(
    {"director": "Qajeelchaa", "writer": "Barreessaa", "music": "Muuziqaa", "producer": "Oomishaa",
     "camera": "Suuraa kaasaa", "genre": "Gosa", "country": "Biyya", "year": "Bara",
     "runtime": "Dheerina", "rating": "Umurii", "seasons": "Waqtii", "released": "Guyyaa itti bahe",
     "studio": "Dhaabbata", "budget": "Baajata", "box_office": "Galii argame"},
    {"about": "Waa'ee fiilmii", "details": "Odeeffannoo", "cast": "Taphattoota", "trailer": "Agarsiisa gabaabaa",
     "episodes": "Kutaalee", "reviews": "Yaada", "no_reviews": "Yaadni hin jiru.",
     "rail": "Kan biraa si gammachiisu"})


def guyyaa(d: date, long: bool) -> str:
    """'27 Onkoloolessa 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def dheerina(n: int, long: bool) -> str:
    """"sa'aatii 1 fi daqiiqaa 51", "sa'aatii 2" or 'daqiiqaa 111': the noun before the number."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"daqiiqaa {n}"
    return f"sa'aatii {big}" + (f" fi daqiiqaa {small}" if small else "")


def sagalee(n: int) -> str:
    """'(sagalee 1,234)'."""
    return f"(sagalee {grouped(n)})"


def maallaqa(m: Money) -> str:
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Waqtii {e.season}, Kutaa {e.number} · {dheerina(e.minutes, long)} · {guyyaa(e.aired, long)}</p><p>Qajeelchaa: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Wiixata", "Kibxata", "Roobii", "Kamiisa", "Jimaata", "Sanbata", "Dilbata")
    rows = "".join(f"<li>{day} sa'aatii {rng.randint(1, 4)}:{rng.choice(('00', '30'))} galgala</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Sagantaa tamsaasaa</h2><ul>{rows}</ul><p>Irra deebiin OBN Afaan Oromoo irratti Dilbata.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Afaan", pick(rng, ("Afaan Oromoo", "Afaan Ingiliffaa, barreeffama Afaan Oromoo", "Afaan Amaaraa, hiikkaa Afaan Oromoo")))]


SITE = Site(NAME, "ob", CHROME, WORDS, guyyaa, dheerina, " kutaa tokkoon tokkoon", sagalee, maallaqa,
            lambda n: f"Kan ilaalan: {grouped(n)}", _episode, _schedule, ("wbr", "gridcells", "lines"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="OBN irratti jalqabe", extra_rows=_more, cta="Amma ilaali")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
