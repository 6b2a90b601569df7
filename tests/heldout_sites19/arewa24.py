# ruff: noqa: E501  (HTML templates read best on one line)
"""Arewa24: a drama series or film page of AREWA24, a Hausa-language channel's on-demand site
(Hausa). A backdrop; the <h1> (in an <hgroup> with the meta line on some deploys); the score
with "(kuri'u 1,234)" (one "kuri'a", the noun before the number) beside 'Kallo: 12,345' (views,
a trap); 'Game da shirin'; the facts as filter chips (label and value in one <button>), a <pre>
block of padded 'Label : value' lines, or a table: 'Darakta', 'Marubuci', 'Kiɗa', 'Furodusa'
and 'Mai ɗaukar hoto' (traps), "Nau'i", 'Ƙasa', 'Shekara', 'Tsawon lokaci: minti 111' (or
'awa 1 da minti 51'; a series' 'kowane kashi'), 'Shekarun kallo' (the site's marks Kowa, 7+,
13+, 16+, 18+), 'Ranar fitowa: 27 ga Oktoba, 1995' (or '27/10/1995') beside a later 'A kan
AREWA24' (a trap), 'Kamfani', 'Zango', 'Harshe'; "'Yan wasa"; the trailer; a series' episodes
with their own lengths and directors; the broadcast times 'Lokacin nunawa' (a trap); comments;
'Shirye-shirye masu kama'; a JSON-LD Movie on some pages. No tagline, audience text, money,
IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites19.common import (
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

NAME = "arewa24"
MONTHS = ("Janairu", "Fabrairu", "Maris", "Afirilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba",
          "Oktoba", "Nuwamba", "Disamba")
GENRES = {"Action": "Faɗa", "Adventure": "Kasada", "Animation": "Zane mai motsi",
          "Comedy": "Barkwanci", "Crime": "Laifi", "Documentary": "Shirin gaskiya",
          "Drama": "Wasan kwaikwayo", "Family": "Iyali", "Fantasy": "Tatsuniya",
          "History": "Tarihi", "Horror": "Ban tsoro", "Music": "Waƙoƙi", "Mystery": "Asiri",
          "Romance": "Soyayya", "Science Fiction": "Kimiyya", "Thriller": "Tashin hankali",
          "War": "Yaƙi", "Western": "Yammacin Amurka"}
COUNTRIES = {"United States": "Amurka", "United Kingdom": "Birtaniya", "France": "Faransa",
             "Germany": "Jamus", "Japan": "Japan", "China": "Sin", "South Korea": "Koriya ta Kudu",
             "India": "Indiya", "Brazil": "Brazil", "Australia": "Ostiraliya", "Canada": "Kanada",
             "Spain": "Sipaniya", "Italy": "Italiya", "Mexico": "Mesiko", "Nigeria": "Najeriya",
             "Sweden": "Suwidan", "Denmark": "Denmark", "Argentina": "Ajantina", "Iran": "Iran",
             "Poland": "Poland"}
# no board's classes on the site: its own marks ('Kowa' = everyone)
AGES = ages("Kowa", "7+", "13+", "16+", "18+")
PROSE = Prose(
    verbs=("ya koma", "ya gaji", "yana neman", "ya gudu daga", "yana gadin", "ya rasa"),
    things=("ƙauyen da ruwa ya mamaye", "gonar iyali", "tsohon hasumiya", "garin kan iyaka",
            "jirgin ruwa na ƙarshe", "kasuwar hunturu"),
    synopsis=("{hero} {verb} {thing}, sai ya gano cewa {other} ma {verb2} {thing2}. "
              "A cikin «{title}», an gwada tsohon amana a tsawon lokaci."),
    taglines=("Komai yana da farashinsa.",), audiences=("Masu kallo sun yaba wa 'yan wasan.",))
CHROME = Chrome("ha", "AREWA24", ("Gida", "Shirye-shirye", "Fina-finai", "Jadawali", "Labarai", "Bincike"),
                ("Muna amfani da kukis don inganta shafin.", "Karɓa", "Saituna"),
                ("Game da mu", "Tuntuɓe mu", "Sharuɗɗa", "Sirri"), "© 2026 AREWA24", "__AREWA__")
WORDS = Words(
    {"director": "Darakta", "writer": "Marubuci", "music": "Kiɗa", "producer": "Furodusa",
     "camera": "Mai ɗaukar hoto", "genre": "Nau'i", "country": "Ƙasa", "year": "Shekara",
     "runtime": "Tsawon lokaci", "rating": "Shekarun kallo", "seasons": "Zango",
     "released": "Ranar fitowa", "studio": "Kamfani", "budget": "", "box_office": ""},
    {"about": "Game da shirin", "details": "Bayanai", "cast": "'Yan wasa", "trailer": "Tallan shiri",
     "episodes": "Kashi-kashi", "reviews": "Sharhi", "no_reviews": "Babu sharhi tukuna.",
     "rail": "Shirye-shirye masu kama"})


def rana(d: date, long: bool) -> str:
    """'27 ga Oktoba, 1995' or '27/10/1995'."""
    return f"{d.day} ga {MONTHS[d.month - 1]}, {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def tsawo(n: int, long: bool) -> str:
    """'awa 1 da minti 51', 'awa 2' or 'minti 111' (the noun before the number)."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"minti {n}"
    return f"awa {big}" + (f" da minti {small}" if small else "")


def kuri(n: int) -> str:
    """One vote '(kuri'a 1)', many '(kuri'u 1,234)'."""
    word = "kuri'a" if n == 1 else "kuri'u"
    return f"({word} {grouped(n)})"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Zango {e.season}, Kashi na {e.number} · {tsawo(e.minutes, long)} · {rana(e.aired, long)}</p><p>Darakta: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("Litinin", "Talata", "Laraba", "Alhamis", "Juma'a", "Asabar", "Lahadi")
    rows = "".join(f"<li>{esc(day)} <time>{rng.randint(8, 22)}:{rng.choice(('00', '30'))}</time></li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Lokacin nunawa</h2><ul>{rows}</ul></section>'


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The language: a fact the record has no key for."""
    return [("Harshe", pick(rng, ("Hausa", "Hausa, fassarar Turanci")))]


SITE = Site(NAME, "aw", CHROME, WORDS, rana, tsawo, " kowane kashi", kuri, _money,
            lambda n: f"Kallo: {grouped(n)}", _episode, _schedule, ("buttons", "pre", "table"),
            frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id",
                       "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="A kan AREWA24", extra_rows=_more, cta="Kalla yanzu")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
