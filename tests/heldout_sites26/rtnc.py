# ruff: noqa: E501  (HTML templates read best on one line)
"""RTNC (Radio-Télévision nationale congolaise): a film or series page of the Congolese public
broadcaster's site, in Lingala. A backdrop; the <h1> (the meta line '1995 · 16+ · ngonga 1 na
miniti 51 · Drame' under it, in the hero's <header> on some deploys); the score with '(mingongo
1 234)' / '(mongongo 1)' beside 'Batali: 12 345' (views, a trap); 'Lisolo na mokuse'; the facts
as a scroll-snap carousel of cards (aria-roledescription="slide"), a CSS table of <div>s, or
bold-label lines: 'Mokambi', 'Mokomi', 'Mobongisi miziki', 'Mobimisi' and 'Mozwi bililingi'
(traps), 'Lolenge', 'Ekólo', 'Mobu', 'Molai: miniti 111' or 'ngonga 1 na miniti 51' (the noun
before the number; a series' 'na eteni moko'), 'Mbula ya kotala' (Bato nyonso/PG/12+/16+/18+,
a site convention), 'Mokolo ebimaki: 27 sánzá ya zómi 1995' (or '27/10/1995') beside a later 'Na
RTNC banda' (a trap), 'Studio', 'Biteni', 'Monoko'; 'Bakisi'; the trailer; a series' episodes
with their own lengths, dates and directors; broadcast times (traps); comments; 'Mosusu lisusu';
a JSON-LD Movie on some pages. No tagline, audience text, money, IMDb link or streaming block."""

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

NAME = "rtnc"
MONTHS = ("sánzá ya yambo", "sánzá ya míbalé", "sánzá ya mísáto", "sánzá ya mínei",
          "sánzá ya mítáno", "sánzá ya motóbá", "sánzá ya nsambo", "sánzá ya mwambe",
          "sánzá ya libwa", "sánzá ya zómi", "sánzá ya zómi na mɔ̌kɔ́", "sánzá ya zómi na míbalé")
GENRES = {"Action": "Bitumba ya makasi", "Adventure": "Mobembo", "Animation": "Bililingi ya kobenda",
          "Comedy": "Komedi", "Crime": "Mabe", "Documentary": "Mokanda ya solo", "Drama": "Drame",
          "Family": "Libota", "Fantasy": "Makambo ya kokamwa", "History": "Lisolo ya kala",
          "Horror": "Nsɔ́mɔ", "Music": "Miziki", "Mystery": "Sekele", "Romance": "Bolingo",
          "Science Fiction": "Siansi ya lobi", "Thriller": "Motungisi", "War": "Etumba",
          "Western": "Western"}
COUNTRIES = {"United States": "Ameriki", "United Kingdom": "Angleterre", "France": "Falánsé",
             "Germany": "Alémani", "Japan": "Zapɔ́", "China": "Sína", "South Korea": "Korea ya Sidi",
             "India": "Índia", "Brazil": "Brazílɛ", "Australia": "Ositáli", "Canada": "Kanadá",
             "Spain": "Espanye", "Italy": "Itali", "Mexico": "Meksike", "Nigeria": "Nizerya",
             "Sweden": "Swédɛ", "Denmark": "Danemark", "Argentina": "Arizantinɛ", "Iran": "Irâ",
             "Poland": "Poloni"}
AGES = ages("Bato nyonso", "PG", "12+", "16+", "18+")  # a site convention, no board's
PROSE = Prose(
    verbs=("azongi", "amoni", "aluki", "akimi", "abateli", "abungisi"),
    things=("mboka oyo mai ezindisi", "elanga ya libota", "ndako ya kala ya mwinda",
            "libulu ya mabanga etikali", "mboka ya ndelo", "masuwa ya nsuka"),
    synopsis=("{hero} {verb} {thing} mpe {other} mpe {verb2} {thing2}. "
              "{title} ezali lisolo ya boyokani ya kala oyo emekami mobu mobimba."),
    taglines=("Eloko nyonso ezali na ntalo na yango.",), audiences=("Batali bakumisi basani.",))
CHROME = Chrome("ln", "RTNC", ("Ndako", "Masano", "Bafilme", "Na mbala moko", "Nsango", "Koluka"),
                ("Tosalelaka ba cookies.", "Nandimi", "Kobongisa"),
                ("Biso", "Kokutana na biso", "Mibeko", "Sekele ya bato"), "© 2026 Radio-Télévision nationale congolaise", "__RTNC__")
WORDS = Words(
    {"director": "Mokambi", "writer": "Mokomi", "music": "Mobongisi miziki", "producer": "Mobimisi",
     "camera": "Mozwi bililingi", "genre": "Lolenge", "country": "Ekólo", "year": "Mobu",
     "runtime": "Molai", "rating": "Mbula ya kotala", "seasons": "Biteni", "released": "Mokolo ebimaki",
     "studio": "Studio", "budget": "", "box_office": ""},
    {"about": "Lisolo na mokuse", "details": "Makambo", "cast": "Bakisi", "trailer": "Bande-annonce",
     "episodes": "Biteni ya lisolo", "reviews": "Makanisi", "no_reviews": "Likanisi moko te naino.",
     "rail": "Mosusu lisusu"})


def mokolo(d: date, long: bool) -> str:
    """'27 sánzá ya zómi 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def molai(n: int, long: bool) -> str:
    """'ngonga 1 na miniti 51', 'ngonga 2' or 'miniti 111' (the noun first)."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"miniti {n}"
    return f"ngonga {big}" + (f" na miniti {small}" if small else "")


def mingongo(n: int) -> str:
    """'(mingongo 1 234)', '(mongongo 1)'."""
    return "(mongongo 1)" if n == 1 else f"(mingongo {grouped(n, ' ')})"


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Eteni {e.season}, lisolo {e.number} · {molai(e.minutes, long)} · {mokolo(e.aired, long)}</p><p>Mokambi: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Mokɔlɔ ya liboso", "Mokɔlɔ ya míbalé", "Mokɔlɔ ya mísáto", "Mokɔlɔ ya mínei", "Mokɔlɔ ya mítáno", "Mpɔ́sɔ", "Eyenga")
    rows = "".join(f"<li>{day}, ngonga {rng.randint(19, 22)}:{rng.choice(('00', '30'))}</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Tango ya kolakisa</h2><ul>{rows}</ul><p>Bakozongela yango mokolo ya Eyenga na ntɔngɔ́.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Monoko", pick(rng, ("Lingala", "Falansé, makomi na Lingala", "Lingala mpe Falansé")))]


SITE = Site(NAME, "rn", CHROME, WORDS, mokolo, molai, " na eteni moko", mingongo, no_money,
            lambda n: f"Batali: {grouped(n, ' ')}", _episode, _schedule, ("slides", "csstable", "lines"),
            frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Na RTNC banda", extra_rows=_more, cta="Tala")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
