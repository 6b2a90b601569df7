# ruff: noqa: E501  (HTML templates read best on one line)
"""RTS (Radiodiffusion Télévision Sénégalaise): a film or series page of Senegal's public
broadcaster's replay site, in Wolof. A backdrop; the <h1> (the meta line '1995 · -16 · 1 waxtu ak
51 simili · Drame' under it, in the hero's <header> on some deploys); the score with '(1 234
baat)' / '(baat 1)' beside 'Ñu ko seet: 12 345' (views, a trap); 'Lu film bi di wax'; the facts
as one list of labels then values flowed into two columns (column-count), items whose labels
are only a custom property of their inline style drawn by ::before, or a definition list:
'Jiitukat', 'Bindkat', 'Sàkkukatu woy', 'Yorkatu liggéey' and 'Jëlkatu nataal' (traps), 'Xeet',
'Réew', 'At', 'Diir: 111 simili' or '1 waxtu ak 51 simili' (a series' 'ci benn xaaj'), 'Tollu
at' (the French-style signs Ñépp/-10/-12/-16/-18), 'Bés bi mu génn: 27 Oktoobar 1995' (or
'27/10/1995') beside a later 'Ci RTS1 dale ko' (a trap), 'Studio', 'Koppar gi ñu ci def: 3 600
000 $', 'Koppar gi mu indi', 'Sesoŋ', 'Làkk'; 'Ñi ciy fecc'; the trailer; a series' episodes
with their own lengths, dates and directors; broadcast times (traps); comments; 'Yeneen film';
a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites26.common import (
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

NAME = "rts"
# Wolof as Senegal writes the French months
MONTHS = ("Samwiyee", "Fewriyee", "Mars", "Awril", "Me", "Suweŋ", "Sulet", "Ut", "Septàmbar",
          "Oktoobar", "Nowàmbar", "Desàmbar")
GENRES = {"Action": "Action", "Adventure": "Aventure", "Animation": "Dessin animé", "Comedy": "Kaf",
          "Crime": "Bóom", "Documentary": "Documentaire", "Drama": "Drame",
          "Family": "Njaboot", "Fantasy": "Fantastique", "History": "Taariix",
          "Horror": "Tiitaange", "Music": "Mbégte", "Mystery": "Kumpa", "Romance": "Mbëggeel",
          "Science Fiction": "Science-fiction", "Thriller": "Thriller", "War": "Xare",
          "Western": "Western"}
COUNTRIES = {"United States": "Amerig", "United Kingdom": "Àngalteer", "France": "Faraas",
             "Germany": "Almaañ", "Japan": "Sapoŋ", "China": "Siin", "South Korea": "Kore gu Bëj-saalum",
             "India": "End", "Brazil": "Beresil", "Australia": "Ostarali", "Canada": "Kanadaa",
             "Spain": "Espaañ", "Italy": "Itali", "Mexico": "Meksik", "Nigeria": "Niseriya",
             "Sweden": "Suwed", "Denmark": "Danmaark", "Argentina": "Arsantin", "Iran": "Iraŋ",
             "Poland": "Poloñ"}
AGES = ages("Ñépp", "-10", "-12", "-16", "-18")  # the French signs Senegalese channels show
PROSE = Prose(
    verbs=("dellu", "gis", "wut", "daw", "aar", "ñàkk"),
    things=("dëkk bu ndox mi xañ", "tool bu njaboot gi", "tuur bu yàgg", "kaw bu ñu bàyyi",
            "dëkk bu ci digu réew mi", "gaal gu mujj gi"),
    synopsis=("{hero} {verb} {thing}, te {other} itam {verb2} {thing2}. "
              "{title} mooy léeb mu jëm ci kóllëre gu yàgg gu ñu nattu at mu mat."),
    taglines=("Lépp am na njëgam.",), audiences=("Ñi ko seet gërëm nañu ñi ciy fecc.",))
CHROME = Chrome("wo", "RTS", ("Kër", "Feeñal yi", "Film yi", "Ci dundu", "Xibaar", "Wut"),
                ("Danuy jëfandikoo cookies.", "Nangu naa", "Tànn"),
                ("Ñun", "Jokkoo ak ñun", "Sàrt yi", "Sutura"), "© 2026 Radiodiffusion Télévision Sénégalaise", "__RTS__")
WORDS = Words(
    {"director": "Jiitukat", "writer": "Bindkat", "music": "Sàkkukatu woy", "producer": "Yorkatu liggéey",
     "camera": "Jëlkatu nataal", "genre": "Xeet", "country": "Réew", "year": "At",
     "runtime": "Diir", "rating": "Tollu at", "seasons": "Sesoŋ", "released": "Bés bi mu génn",
     "studio": "Studio", "budget": "Koppar gi ñu ci def", "box_office": "Koppar gi mu indi"},
    {"about": "Lu film bi di wax", "details": "Xibaar yi", "cast": "Ñi ciy fecc", "trailer": "Bande-annonce",
     "episodes": "Xaaj yi", "reviews": "Say xalaat", "no_reviews": "Amagul benn xalaat.",
     "rail": "Yeneen film"})


def bes(d: date, long: bool) -> str:
    """'27 Oktoobar 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def diir(n: int, long: bool) -> str:
    """'1 waxtu ak 51 simili', '2 waxtu' or '111 simili'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} simili"
    return f"{big} waxtu" + (f" ak {small} simili" if small else "")


def baat(n: int) -> str:
    """'(1 234 baat)', '(baat 1)'."""
    return "(baat 1)" if n == 1 else f"({grouped(n, ' ')} baat)"


def koppar(m: Money) -> str:
    """'3 600 000 $', '7 200 000 EUR'."""
    return f"{grouped(m.amount, ' ')} {'$' if m.currency == 'USD' else m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Sesoŋ {e.season}, xaaj {e.number} · {diir(e.minutes, long)} · {bes(e.aired, long)}</p><p>Jiitukat: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Altine", "Talaata", "Àllarba", "Alxamis", "Àjjuma", "Gaawu", "Dibéer")
    rows = "".join(f"<li>{day}, {rng.randint(19, 22)}h{rng.choice(('00', '30'))}</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Waxtu yi muy jaar ci RTS1</h2><ul>{rows}</ul><p>Dañu koy delloosi Dibéer ci suba.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Làkk", pick(rng, ("wolof", "faranse, ak bind ci wolof", "wolof ak faranse")))]


SITE = Site(NAME, "rt", CHROME, WORDS, bes, diir, " ci benn xaaj", baat, koppar,
            lambda n: f"Ñu ko seet: {grouped(n, ' ')}", _episode, _schedule, ("columns", "cssvar", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Ci RTS1 dale ko", extra_rows=_more, cta="Seet")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
