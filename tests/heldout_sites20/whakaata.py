# ruff: noqa: E501  (HTML templates read best on one line)
"""Whakaata Māori: a series or film page of the Māori television service's on-demand site
(Māori). A backdrop; the <h1> (the meta line '1995 · M · 1 hāora 51 meneti · Whakaari' above or
under it on some deploys); the score with '(1,234 pōti)' beside 'Kua mātakitakihia: 12,345'
(views, a trap); 'Whakarāpopototanga'; the facts as value-first ruby annotations whose <rt>
(drawn above the value) is the label, a one-column table stacking a label row over each value
row, or bold-label lines: 'Kaiwhakahaere', 'Kaituhi', 'Puoro', 'Kaihanga' and 'Kaiwhakaahua'
(traps), 'Momo', 'Whenua', 'Tau', 'Roanga: 111 meneti' or '1 hāora 51 meneti' (a series' 'ia
wāhanga'), 'Whakatauranga' (the New Zealand classes G/PG/M/R16/R18), 'Rā tuku: 27
Whiringa-ā-nuku 1995' (or '27/10/1995') beside a later 'I runga i Whakaata Māori' (a trap),
'Kamupene', 'Tahua: $3,600,000', 'Moni whiwhi', 'Raupapa' (the season count), 'Reo'; 'Ngā
kaiwhakaari'; the trailer; a series' episodes with their own lengths, dates and directors; the
broadcast times (a trap); comments; 'Ētahi atu hōtaka'; a JSON-LD Movie on some pages. No
tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, hours, money_symbol
from tests.heldout_sites2.records import Prose, Title, localize
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

NAME = "whakaata"
MONTHS = ("Kohitātea", "Huitanguru", "Poutūterangi", "Paengawhāwhā", "Haratua", "Pipiri",
          "Hōngongoi", "Hereturikōkā", "Mahuru", "Whiringa-ā-nuku", "Whiringa-ā-rangi", "Hakihea")
GENRES = {"Action": "Hākinakina", "Adventure": "Mātātoa", "Animation": "Pakiwaituhi",
          "Comedy": "Pukuhohe", "Crime": "Taihara", "Documentary": "Pakipūmeka", "Drama": "Whakaari",
          "Family": "Whānau", "Fantasy": "Pakiwaitara", "History": "Hītori", "Horror": "Whakamataku",
          "Music": "Kiriata puoro", "Mystery": "Mea ngaro", "Romance": "Aroha", "Science Fiction": "Pūtaiao pakimaero",
          "Thriller": "Whakaohooho", "War": "Pakanga", "Western": "Kaupoai"}
COUNTRIES = {"United States": "Amerika", "United Kingdom": "Piritana", "France": "Wīwī",
             "Germany": "Tiamana", "Japan": "Hapani", "China": "Haina", "South Korea": "Kōrea ki te Tonga",
             "India": "Inia", "Brazil": "Parīhi", "Australia": "Ahitereiria", "Canada": "Kānata",
             "Spain": "Paniora", "Italy": "Itāria", "Mexico": "Mēhiko", "Nigeria": "Ngāitiria",
             "Sweden": "Huitene", "Denmark": "Tenemāka", "Argentina": "Āketina", "Iran": "Irānia",
             "Poland": "Pōrana"}
# the New Zealand classification labels as the writer knew them (no R13 tier here)
AGES = ages("G", "PG", "M", "R16", "R18")
PROSE = Prose(
    verbs=("hoki ki", "tiaki i", "rapu i", "oma atu i", "whakatika i", "noho ki"),
    things=("te kāinga i waipuketia", "te māra a te whānau", "te whare rama tawhito",
            "te maina kua whakarērea", "te tāone i te rohe", "te waka whakawhiti whakamutunga"),
    synopsis=("Ko {hero} te tangata ka {verb} {thing}, ā, ka kite ia kei te {verb2} anō a {other} {thing2}. "
              "He kōrero a {title} mō te pono tawhito ka whakamātauria i te roanga o te tau."),
    taglines=("He utu tō ngā mea katoa.",), audiences=("I whakamihia ngā kaiwhakaari e te hunga mātakitaki.",))
CHROME = Chrome("mi", "Whakaata Māori", ("Kāinga", "Hōtaka", "Kiriata", "Pāho Ora", "Tamariki", "Rapu"),
                ("Ka whakamahi mātou i ngā pihikete hei whakapai ake i tō wheako.", "Whakaae", "Tautuhinga"),
                ("Mō mātou", "Tūmataiti", "Ngā tikanga", "Whakapā mai", "Āwhina"), "© 2026 Whakaata Māori", "__WHAKAATA__")
WORDS = Words(
    {"director": "Kaiwhakahaere", "writer": "Kaituhi", "music": "Puoro", "producer": "Kaihanga",
     "camera": "Kaiwhakaahua", "genre": "Momo", "country": "Whenua", "year": "Tau", "runtime": "Roanga",
     "rating": "Whakatauranga", "seasons": "Raupapa", "released": "Rā tuku",
     "studio": "Kamupene", "budget": "Tahua", "box_office": "Moni whiwhi"},
    {"about": "Whakarāpopototanga", "details": "Ngā taipitopito", "cast": "Ngā kaiwhakaari",
     "trailer": "Kiriata whakatairanga", "episodes": "Ngā wāhanga", "reviews": "Ngā kōrero",
     "no_reviews": "Kāore anō he kōrero.", "rail": "Ētahi atu hōtaka"})


def ra(d: date, long: bool) -> str:
    """'27 Whiringa-ā-nuku 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def roanga(n: int, long: bool) -> str:
    """'1 hāora 51 meneti' or '111 meneti'."""
    return hours(n, " hāora", " meneti") if long else f"{n} meneti"


def poti(n: int) -> str:
    """'(1,234 pōti)'."""
    return f"({grouped(n)} pōti)"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Raupapa {e.season}, Wāhanga {e.number} · {roanga(e.minutes, long)} · {ra(e.aired, long)}</p><p>Kaiwhakahaere: {esc(e.director)}</p>"


def _paho(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("Rāhina", "Rātū", "Rāapa", "Rāpare", "Rāmere", "Rāhoroi", "Rātapu")
    rows = "".join(f"<li>{day} <time>{rng.randint(17, 22)}:{rng.choice(('00', '30'))}</time></li>" for day in rng.sample(days, 2))
    return f'<section class="{c("paho")}"><h2>Ka pāho</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Reo", pick(rng, ("Te reo Māori", "Te reo Māori, ngā kupu hauraro i te reo Pākehā", "Reo Pākehā")))]


SITE = Site(NAME, "wm", CHROME, WORDS, ra, roanga, " ia wāhanga", poti, money_symbol,
            lambda n: f"Kua mātakitakihia: {grouped(n)}", _episode, _paho, ("ruby", "stacked", "lines"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="I runga i Whakaata Māori", extra_rows=_more, cta="Mātakitaki")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
