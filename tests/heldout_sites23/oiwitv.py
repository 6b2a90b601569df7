# ruff: noqa: E501  (HTML templates read best on one line)
"""ʻŌiwi TV: a film or series page of the Hawaiian-language channel's on-demand site, in
Hawaiian. A backdrop; the <h1> (the meta line '1995 · TV-14 · 1 hola 51 minuke · Hana keaka'
under it, in the hero's <header> on some deploys); the score with '(1,234 koho)' beside 'Nānā
ʻia 12,345 manawa' (views, a trap); 'Moʻolelo'; the facts as a table of <div>s with ARIA roles (a
row of column headers over a row of cells), as a role="tree" widget (each label an expanded
item, its value the item under it), or as bold-label lines: 'Luna hoʻokele', 'Mea kākau',
'Mele', 'Mea hoʻopuka' and 'Mea paʻi kiʻi' (traps), 'ʻAno', 'ʻĀina', 'Makahiki', 'Ka lōʻihi: 111
minuke' or '1 hola 51 minuke' (a series' 'o kēlā me kēia mahele'), 'Papa' (the US TV
Parental Guidelines TV-G/TV-PG/TV-14/TV-MA), 'Lā i puka ai: 27 ʻOkakopa 1995' (or '10/27/1995',
month first as in the United States) beside a later 'Ma ʻŌiwi TV mai' (a trap), 'Hui hana',
'Kālā hoʻolilo: $3,600,000', 'Kālā i loaʻa', 'Kau', 'ʻŌlelo'; 'Nā mea hana keaka'; the trailer; a
series' episodes with their own lengths, dates and directors; the channel's cable slots
(traps); comments; 'E nānā pū'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb
link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites23.common import (
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

NAME = "oiwitv"
MONTHS = ("Ianuali", "Pepeluali", "Malaki", "ʻApelila", "Mei", "Iune", "Iulai", "ʻAukake",
          "Kepakemapa", "ʻOkakopa", "Nowemapa", "Kekemapa")
GENRES = {"Action": "Hana koa", "Adventure": "Huakaʻi", "Animation": "Kiʻi paʻi kiʻi ʻoniʻoni",
          "Comedy": "Hoʻohenehene", "Crime": "Kalaima", "Documentary": "Palapala hōʻike",
          "Drama": "Hana keaka", "Family": "ʻOhana", "Fantasy": "Moeʻuhane", "History": "Moʻolelo kahiko",
          "Horror": "Weliweli", "Music": "Puolo", "Mystery": "Pohihihi", "Romance": "Aloha",
          "Science Fiction": "ʻEpekema noʻonoʻo", "Thriller": "Hopohopo", "War": "Kaua",
          "Western": "Paniolo"}
COUNTRIES = {"United States": "ʻAmelika Hui Pū ʻIa", "United Kingdom": "Aupuni Mōʻī Hui Pū ʻIa",
             "France": "Palani", "Germany": "Kelemānia", "Japan": "Iāpana", "China": "Kina",
             "South Korea": "Kōlea Hema", "India": "ʻInia", "Brazil": "Palakila", "Australia": "Nūhōlani",
             "Canada": "Kanakā", "Spain": "Sepania", "Italy": "ʻĪkālia", "Mexico": "Mekiko",
             "Nigeria": "Naigeria", "Sweden": "Kuekene", "Denmark": "Kenemaka", "Argentina": "ʻAlekina",
             "Iran": "ʻIlana", "Poland": "Polani"}
AGES = ages("TV-G", "TV-PG", "TV-14", "TV-MA", "TV-MA")  # the US TV Parental Guidelines
PROSE = Prose(
    verbs=("hoʻi i", "ʻimi i", "mālama i", "holo pēʻe mai", "loaʻa iā ia", "nalowale"),
    things=("kekahi kauhale ma uka", "ka loʻi o ka ʻohana", "kekahi hale ipukukui kahiko",
            "kekahi loko iʻa", "kekahi awa lawaiʻa", "ka waʻa hope loa"),
    synopsis=("{hero} {verb} {thing} a ʻike ʻo ia ua {verb2} pū ʻo {other} {thing2}. "
              "He moʻolelo ʻo {title} no ka pili kūpaʻa kahiko i hoʻāʻo ʻia e ka manawa."),
    taglines=("He kumukūʻai ko nā mea a pau.",), audiences=("Ua mahalo ka lehulehu i nā mea hana keaka.",))
CHROME = Chrome("haw", "ʻŌiwi TV", ("Ka ʻaoʻao mua", "Nā kiʻiʻoniʻoni", "Nā papahana", "Nā keiki", "Ola", "Huli"),
                ("Hoʻohana mākou i nā cookie e hoʻomaikaʻi ai i kēia lawelawe.", "ʻAe", "Nā koho"),
                ("No mākou", "Kelepona mai", "Nā kulekele", "Ka pilikino"), "© 2026 ʻŌiwi TV, Honolulu", "__OIWITV__")
WORDS = Words(
    {"director": "Luna hoʻokele", "writer": "Mea kākau", "music": "Mele", "producer": "Mea hoʻopuka",
     "camera": "Mea paʻi kiʻi", "genre": "ʻAno", "country": "ʻĀina", "year": "Makahiki",
     "runtime": "Ka lōʻihi", "rating": "Papa", "seasons": "Kau", "released": "Lā i puka ai",
     "studio": "Hui hana", "budget": "Kālā hoʻolilo", "box_office": "Kālā i loaʻa"},
    {"about": "Moʻolelo", "details": "Nā kikoʻī", "cast": "Nā mea hana keaka", "trailer": "Hōʻike mua",
     "episodes": "Nā mahele", "reviews": "Nā manaʻo", "no_reviews": "ʻAʻohe manaʻo i kēia manawa.",
     "rail": "E nānā pū"})


def la(d: date, long: bool) -> str:
    """'27 ʻOkakopa 1995' or '10/27/1995' (month first, as in the United States)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def loihi(n: int, long: bool) -> str:
    """'1 hola 51 minuke', '2 hola', '45 minuke' or '111 minuke'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minuke"
    return f"{big} hola" + (f" {small} minuke" if small else "")


def koho(n: int) -> str:
    """'(1,234 koho)'."""
    return f"({grouped(n)} koho)"


def kala(m: Money) -> str:
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Kau {e.season}, Mahele {e.number} · {loihi(e.minutes, long)} · {la(e.aired, long)}</p><p>Luna hoʻokele: {esc(e.director)}</p>"


def _slots(t: Title, c: Classes, rng: random.Random) -> str:
    """Cable slots: traps."""
    day = pick(rng, ("Pōʻakahi", "Pōʻalua", "Pōʻakolu", "Pōʻahā", "Pōʻalima", "Pōʻaono", "Lāpule"))
    return f'<aside class="{c("onair")}"><h2>Ma ke kīwī</h2><p>{day}, {rng.randint(5, 9)}:{rng.choice(("00", "30"))} p.m. · Spectrum ʻOceanic kanela 326</p><p>Manuahi ma ka pūnaewele.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("ʻŌlelo", pick(rng, ("ʻŌlelo Hawaiʻi", "ʻŌlelo Hawaiʻi, lepe ʻōlelo Pelekānia", "ʻŌlelo Pelekānia")))]


SITE = Site(NAME, "ow", CHROME, WORDS, la, loihi, " o kēlā me kēia mahele", koho, kala,
            lambda n: f"Nānā ʻia {grouped(n)} manawa", _episode, _slots, ("ariagrid", "tree", "lines"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Ma ʻŌiwi TV mai", extra_rows=_more, cta="E nānā")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
