# ruff: noqa: E501  (HTML templates read best on one line)
"""Bukedde TV: a drama series or film page of the Luganda channel of Uganda's Vision Group, in
Luganda. A backdrop; the <h1> (the meta line '1995 · 13+ · essaawa 1 n'eddakiika 51 · Katemba'
under it, in the hero's <header> on some deploys); the score with '(obululu 1,234)' beside
'Abalabye: 12,345' (views, a trap); 'Ebikwata ku firimu'; the facts as a value-first table whose
value cells name the label cell after them (headers/id), a one-row table whose labels are the
<tfoot> row under the values, or a definition list: 'Omulungamya', 'Omuwandiisi', 'Ennyimba',
'Omuteesiteesi' and 'Omukwata-kifaananyi' (traps), 'Ekika', 'Ensi', 'Omwaka', 'Obuwanvu:
eddakiika 111' or 'essaawa 1 n'eddakiika 51' (a series' 'buli mutendera'), 'Emyaka' (the
channel's marks Bonna/PG/13+/16+/18+), 'Olunaku lw'okufulumizibwa: 27 Okitobba 1995' (or
'27/10/1995') beside a later 'Ku Bukedde TV okuva' (a trap), 'Kampuni', 'Ensimbi ezaateekebwamu:
$3,600,000', 'Ensimbi ezaakolebwa', 'Sizoni', 'Olulimi'; 'Abazannyi'; the trailer; a series'
episodes with their own lengths, dates and directors; the broadcast times, counted in Luganda
hours from dawn ('ssaawa 2 ez'ekiro'), a trap; comments; 'Ebirala by'oyinza okwagala'; a JSON-LD
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

NAME = "bukedde"
MONTHS = ("Janwali", "Febwali", "Marisi", "Apuli", "Maayi", "Juuni", "Julaayi", "Agusito",
          "Sebuttemba", "Okitobba", "Novemba", "Desemba")
GENRES = {"Action": "Bikolwa", "Adventure": "Bya kutambula", "Animation": "Katuuni",
          "Comedy": "Bisesa", "Crime": "Bya bumenyi bw'amateeka", "Documentary": "Dokumentale",
          "Drama": "Katemba", "Family": "Bya maka", "Fantasy": "Bya kitalo", "History": "Byafaayo",
          "Horror": "Bya ntiisa", "Music": "Bya nnyimba", "Mystery": "Bya kyama",
          "Romance": "Bya mukwano", "Science Fiction": "Bya sayansi", "Thriller": "Bya kweraliikirira",
          "War": "Bya lutalo", "Western": "Western"}
COUNTRIES = {"United States": "Amerika", "United Kingdom": "Bungereza", "France": "Bufalansa",
             "Germany": "Bugirimaani", "Japan": "Japani", "China": "Cayina",
             "South Korea": "Koreya ey'Obukiikaddyo", "India": "Buyindi", "Brazil": "Buraziiri",
             "Australia": "Ausitureeliya", "Canada": "Kanada", "Spain": "Sipeyini", "Italy": "Yitale",
             "Mexico": "Mekisiko", "Nigeria": "Nayijerya", "Sweden": "Swiidini", "Denmark": "Denimaaka",
             "Argentina": "Arigentina", "Iran": "Yiraani", "Poland": "Polandi"}
# no board: the channel's own marks ('Bonna' = everyone)
AGES = ages("Bonna", "PG", "13+", "16+", "18+")
PROSE = Prose(
    verbs=("addayo ku", "asikira", "anoonya", "adduka", "akuuma", "afiirwa"),
    things=("ekyalo ekyabuutikirwa amazzi", "ennimiro y'amaka", "ennyumba y'ettaala enkadde",
            "ekirombe ekyalekebwa", "akabuga ku nsalo", "eryato erisembayo"),
    synopsis=("{hero} {verb} {thing} n'akizuula nti ne {other} {verb2} {thing2}. "
              "{title} lugero lw'obwesigwa obw'edda obugezesebwa omwaka gwonna."),
    taglines=("Buli kintu kirina omuwendo gwakyo.",), audiences=("Abalabi baatenda abazannyi.",))
CHROME = Chrome("lg", "Bukedde TV", ("Awaka", "Katemba", "Firimu", "Laba butereevu", "Amawulire", "Noonya"),
                ("Tukozesa cookies okulongoosa by'olaba.", "Nzikiriza", "Enteekateeka"),
                ("Ebitukwatako", "Tukwatagane", "Amateeka", "Ebyekusifu"), "© 2026 Vision Group", "__BUKEDDE__")
WORDS = Words(
    {"director": "Omulungamya", "writer": "Omuwandiisi", "music": "Ennyimba", "producer": "Omuteesiteesi",
     "camera": "Omukwata-kifaananyi", "genre": "Ekika", "country": "Ensi", "year": "Omwaka",
     "runtime": "Obuwanvu", "rating": "Emyaka", "seasons": "Sizoni",
     "released": "Olunaku lw'okufulumizibwa", "studio": "Kampuni",
     "budget": "Ensimbi ezaateekebwamu", "box_office": "Ensimbi ezaakolebwa"},
    {"about": "Ebikwata ku firimu", "details": "Ebisingawo", "cast": "Abazannyi", "trailer": "Ekitundu ekirangirira",
     "episodes": "Emitendera", "reviews": "Endowooza", "no_reviews": "Tewali ndowooza n'emu.",
     "rail": "Ebirala by'oyinza okwagala"})


def olunaku(d: date, long: bool) -> str:
    """'27 Okitobba 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def obuwanvu(n: int, long: bool) -> str:
    """'essaawa 1 n'eddakiika 51', 'essaawa 2' or 'eddakiika 111': the noun before the number."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"eddakiika {n}"
    return f"essaawa {big}" + (f" n'eddakiika {small}" if small else "")


def obululu(n: int) -> str:
    """'(obululu 1,234)'."""
    return f"(obululu {grouped(n)})"


def ensimbi(m: Money) -> str:
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Sizoni {e.season}, Omutendera {e.number} · {obuwanvu(e.minutes, long)} · {olunaku(e.aired, long)}</p><p>Omulungamya: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    """Broadcast times as Luganda counts hours: 'ssaawa 2 ez'ekiro' is 8 pm."""
    if rng.random() < 0.3:
        return ""
    days = ("Bbalaza", "Lwakubiri", "Lwakusatu", "Lwakuna", "Lwakutaano", "Lwamukaaga", "Ssabbiiti")
    rows = "".join(f"<li>{day} ssaawa {rng.randint(1, 4)}:{rng.choice(('00', '30'))} ez'ekiro</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Lw\'eragibwa</h2><ul>{rows}</ul><p>Ddamu olabe ku Bukedde TV 2 ku Ssande.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Olulimi", pick(rng, ("Luganda", "Luganda, ebiwandiiko mu Lungereza", "Lungereza, evvuunuddwa mu Luganda")))]


SITE = Site(NAME, "bk", CHROME, WORDS, olunaku, obuwanvu, " buli mutendera", obululu, ensimbi,
            lambda n: f"Abalabye: {grouped(n)}", _episode, _schedule, ("headers", "tfoot", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Ku Bukedde TV okuva", extra_rows=_more, cta="Laba kati")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
