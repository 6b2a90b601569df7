# ruff: noqa: E501  (HTML templates read best on one line)
"""Universaltv: a drama series or film page of Universal TV, a Somali satellite channel's site
(Somali). A backdrop; the <h1> (in an <hgroup> with the meta line on some deploys); the score
with '(1,234 cod)' (the noun singular after a number) beside 'Daawasho: 12,345' (views, a
trap); 'Sheekada'; the facts as custom elements whose label is a `label` attribute the
stylesheet shows, a row of icon <img>s whose alt text is the only label, or 'Label: value'
lines: 'Agaasimaha', 'Qoraaga', 'Muusigga', 'Soo saaraha' and 'Sawir qaadaha' (traps), 'Nooca',
'Dalka', 'Sannadka', 'Muddada: 111 daqiiqo' (or '1 saac iyo 51 daqiiqo'; a series' 'qaybtiiba'),
"Da'da" (the site's marks Dhammaan, 7+, 13+, 16+, 18+), 'Taariikhda la sii daayay: 27 Oktoobar
1995' (or '27-10-1995') beside a later 'Markii ugu horreysay Universal TV' (a trap),
'Shirkadda', 'Xilliyada', 'Luqadda'; 'IMDb' link; 'Jilayaasha'; the trailer; a series' episodes
with their own lengths and directors; 'Jadwalka' broadcast times (a trap); comments; 'Kuwo la
mid ah'; a JSON-LD Movie on some pages. No tagline, audience text, money or streaming block."""

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

NAME = "universaltv"
MONTHS = ("Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luuliyo", "Ogosto",
          "Sebtembar", "Oktoobar", "Nofembar", "Desembar")
GENRES = {"Action": "Ficil", "Adventure": "Tacaburro", "Animation": "Kartuun", "Comedy": "Majaajillo",
          "Crime": "Dambi", "Documentary": "Dokumentari", "Drama": "Riwaayad", "Family": "Qoys",
          "Fantasy": "Khayaali", "History": "Taariikh", "Horror": "Cabsi", "Music": "Hees",
          "Mystery": "Sir", "Romance": "Jacayl", "Science Fiction": "Sayniska khayaaliga",
          "Thriller": "Xiiso", "War": "Dagaal", "Western": "Galbeed"}
COUNTRIES = {"United States": "Mareykanka", "United Kingdom": "Ingiriiska", "France": "Faransiiska",
             "Germany": "Jarmalka", "Japan": "Jabaan", "China": "Shiinaha",
             "South Korea": "Kuuriyada Koonfureed", "India": "Hindiya", "Brazil": "Baraasiil",
             "Australia": "Awstaraaliya", "Canada": "Kanada", "Spain": "Isbeyn",
             "Italy": "Talyaaniga", "Mexico": "Meksiko", "Nigeria": "Nayjeeriya",
             "Sweden": "Iswiidhan", "Denmark": "Denmark", "Argentina": "Arjentiina",
             "Iran": "Iiraan", "Poland": "Booland"}
# no board: the site's own marks ('Dhammaan' = everyone)
AGES = ages("Dhammaan", "7+", "13+", "16+", "18+")
PROSE = Prose(
    verbs=("ku noqday", "dhaxlay", "raadinaya", "ka cararay", "ilaalinaya", "lumiyay"),
    things=("tuulada daadku qaaday", "beerta qoyska", "munaaraddii hore", "magaalada xadka",
            "doonta ugu dambaysa", "suuqa jiilaalka"),
    synopsis=("{hero} ayaa {verb} {thing}, wuxuuna ogaaday in {other} sidoo kale {verb2} {thing2}. "
              "«{title}» waa sheeko daacadnimo duug ah oo muddo dheer la tijaabiyay."),
    taglines=("Wax walba qiimo ayey leeyihiin.",), audiences=("Daawadayaashu way ammaaneen jilayaasha.",))
CHROME = Chrome("so", "Universal TV", ("Hoyga", "Barnaamijyada", "Riwaayadaha", "Filimada", "Jadwalka", "Toos"),
                ("Waxaan isticmaalnaa cookies si aan u hagaajinno adeegga.", "Aqbal", "Dejinta"),
                ("Nagu saabsan", "Nala soo xiriir", "Shuruudaha", "Asturnaanta"), "© 2026 Universal TV", "__UNIVERSAL__")
WORDS = Words(
    {"director": "Agaasimaha", "writer": "Qoraaga", "music": "Muusigga", "producer": "Soo saaraha",
     "camera": "Sawir qaadaha", "genre": "Nooca", "country": "Dalka", "year": "Sannadka",
     "runtime": "Muddada", "rating": "Da'da", "seasons": "Xilliyada",
     "released": "Taariikhda la sii daayay", "studio": "Shirkadda", "budget": "", "box_office": ""},
    {"about": "Sheekada", "details": "Faahfaahin", "cast": "Jilayaasha", "trailer": "Hordhac",
     "episodes": "Qaybaha", "reviews": "Faallooyin", "no_reviews": "Weli faallo ma jirto.",
     "rail": "Kuwo la mid ah"})


def taariikh(d: date, long: bool) -> str:
    """'27 Oktoobar 1995' or '27-10-1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


def muddo(n: int, long: bool) -> str:
    """'1 saac iyo 51 daqiiqo', '2 saac' or '111 daqiiqo'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} daqiiqo"
    return f"{big} saac" + (f" iyo {small} daqiiqo" if small else "")


def cod(n: int) -> str:
    """'(1,234 cod)': Somali keeps the noun singular after a number."""
    return f"({grouped(n)} cod)"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Xilliga {e.season}, Qaybta {e.number} · {muddo(e.minutes, long)} · {taariikh(e.aired, long)}</p><p>Agaasime: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("Sabti", "Axad", "Isniin", "Talaado", "Arbaco", "Khamiis", "Jimce")
    rows = "".join(f"<li>{day} <time>{rng.randint(8, 22)}:{rng.choice(('00', '30'))}</time> (EAT)</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Jadwalka</h2><ul>{rows}</ul></section>'


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The language: a fact the record has no key for."""
    return [("Luqadda", pick(rng, ("Soomaali", "Soomaali (codbeddel)", "Ingiriisi, qoraal Soomaali")))]


SITE = Site(NAME, "ut", CHROME, WORDS, taariikh, muddo, " qaybtiiba", cod, _money,
            lambda n: f"Daawasho: {grouped(n)}", _episode, _schedule, ("custom", "icons", "lines"),
            frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
            ("director", "author", "actor", "genre", "datePublished", "aggregateRating", "description"),
            0.4, later="Markii ugu horreysay Universal TV", extra_rows=_more, cta="Daawo")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
