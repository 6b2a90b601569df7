# ruff: noqa: E501  (HTML templates read best on one line)
"""Irokotv: a Nollywood film or series page of iROKOtv in its Yoruba section (Yoruba). A
backdrop; the <h1> (in an <hgroup> with the meta line on some deploys); the score with '(ìbò
1,234)' beside 'Ìwòran: 12,345' (views, a trap); 'Nípa fíìmù yìí'; the facts as a row of icon
<img>s whose alt text is the only label, 'Label / value' lines, or a definition list:
'Olùdarí', 'Òǹkọ̀wé', 'Orin', 'Olùgbéjáde' and 'Ayàwòrán' (traps), 'Irú', 'Orílẹ̀-èdè', 'Ọdún',
'Gígùn: ìṣẹ́jú 111' (or 'wákàtí 1 ìṣẹ́jú 51'; a series' 'fún ìṣẹ̀lẹ̀ kọ̀ọ̀kan'), 'Ìwọ̀n
ọjọ́-orí' (the NFVCB classes G, PG, 12, 15, 18), 'Ọjọ́ àgbéjáde: 27 Ọ̀wàrà 1995' (or
'27/10/1995') beside a later 'Ọjọ́ tí ó dé iROKOtv' (a trap), 'Ilé-iṣẹ́', 'Ìnáwó: $3,600,000',
'Owó tó wọlé', 'Olùpín' (a distributor, a trap), 'Èdè'; 'Àwọn òṣèré'; the trailer; a series'
episodes with their own lengths and directors; plans '₦3,200/oṣù'; comments; 'Ó lè wù ọ́'; a
JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Prose, Title, localize
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

NAME = "irokotv"
# the old Yoruba month names, as the writer knew them
MONTHS = ("Ṣẹ́rẹ́", "Èrèlè", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ", "Ògún", "Owewe",
          "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀")
GENRES = {"Action": "Ìjà", "Adventure": "Ìrìnàjò", "Animation": "Eré àwòrán", "Comedy": "Aláwàdà",
          "Crime": "Ìwà ọ̀daràn", "Documentary": "Àkọsílẹ̀", "Drama": "Eré onítàn",
          "Family": "Ẹbí", "Fantasy": "Àròsọ", "History": "Ìtàn", "Horror": "Ìbẹ̀rù",
          "Music": "Eré orin", "Mystery": "Àṣírí", "Romance": "Ìfẹ́", "Science Fiction": "Sáyẹ́ǹsì",
          "Thriller": "Ìdààmú", "War": "Ogun", "Western": "Ìwọ̀-oòrùn"}
COUNTRIES = {"United States": "Amẹ́ríkà", "United Kingdom": "Ìlú Gẹ̀ẹ́sì", "France": "Faransé",
             "Germany": "Jámánì", "Japan": "Japanu", "China": "Ṣáínà", "South Korea": "Kòríà Gúúsù",
             "India": "Índíà", "Brazil": "Brasil", "Australia": "Ọsirélíà", "Canada": "Kánádà",
             "Spain": "Sípéènì", "Italy": "Ítálì", "Mexico": "Mẹ́síkò", "Nigeria": "Nàìjíríà",
             "Sweden": "Swídìn", "Denmark": "Dẹ́nmárkì", "Argentina": "Agentínà", "Iran": "Iran",
             "Poland": "Polandi"}
# the NFVCB's classes as the writer knew them (its 12A and RE left out)
AGES = ages("G", "PG", "12", "15", "18")
DISTRIBUTORS = ("FilmOne Distribution", "Silverbird Distribution", "Genesis Pictures", "Blue Pictures")
PROSE = Prose(
    verbs=("padà sí", "jogún", "ń wá", "sá kúrò ní", "ń ṣọ́", "pàdánù"),
    things=("abúlé tí omi ya", "ọgbà ẹbí", "ilé-ìná àtijọ́", "ìlú ààlà", "ọkọ̀ ojú omi tó kẹ́yìn",
            "ọjà ìgbà òtútù"),
    synopsis=("{hero} {verb} {thing}, ó sì rí i pé {other} náà {verb2} {thing2}. "
              "Nínú «{title}», a dán ìdúróṣinṣin àtijọ́ wò fún ìgbà pípẹ́."),
    taglines=("Ohun gbogbo ló ní iye tirẹ̀.",), audiences=("Àwọn olùwòran yin àwọn òṣèré.",))
CHROME = Chrome("yo", "iROKOtv", ("Ilé", "Fíìmù", "Eré ẹlẹ́sẹẹsẹ", "Yorùbá", "Ìgbò", "Wá"),
                ("A ń lo kúkì láti mú iṣẹ́ wa dára sí i.", "Gbà", "Ètò"),
                ("Nípa wa", "Ìrànlọ́wọ́", "Àwọn òfin", "Ìpamọ́"), "© 2026 iROKOtv", "__IROKO__")
WORDS = Words(
    {"director": "Olùdarí", "writer": "Òǹkọ̀wé", "music": "Orin", "producer": "Olùgbéjáde",
     "camera": "Ayàwòrán", "genre": "Irú", "country": "Orílẹ̀-èdè", "year": "Ọdún",
     "runtime": "Gígùn", "rating": "Ìwọ̀n ọjọ́-orí", "seasons": "Sáà",
     "released": "Ọjọ́ àgbéjáde", "studio": "Ilé-iṣẹ́", "budget": "Ìnáwó",
     "box_office": "Owó tó wọlé"},
    {"about": "Nípa fíìmù yìí", "details": "Àlàyé", "cast": "Àwọn òṣèré", "trailer": "Àwòtẹ́lẹ̀",
     "episodes": "Àwọn ìṣẹ̀lẹ̀", "reviews": "Èrò àwọn olùwòran",
     "no_reviews": "Kò sí èrò kankan síbẹ̀.", "rail": "Ó lè wù ọ́"})


def ojo(d: date, long: bool) -> str:
    """'27 Ọ̀wàrà 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def gigun(n: int, long: bool) -> str:
    """'wákàtí 1 ìṣẹ́jú 51', 'wákàtí 2' or 'ìṣẹ́jú 111' (the noun before the number)."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"ìṣẹ́jú {n}"
    return f"wákàtí {big}" + (f" ìṣẹ́jú {small}" if small else "")


def ibo(n: int) -> str:
    """'(ìbò 1,234)'."""
    return f"(ìbò {grouped(n)})"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Sáà {e.season}, Ìṣẹ̀lẹ̀ {e.number} · {gigun(e.minutes, long)} · {ojo(e.aired, long)}</p><p>Olùdarí: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    month, year = rng.choice((("₦3,200", "₦32,000"), ("₦2,500", "₦25,000")))
    return f'<aside class="{c("plans")}"><h2>Ṣe àsansílẹ̀</h2><ul><li>{month}/oṣù</li><li>{year}/ọdún</li></ul></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    rows = [("Èdè", pick(rng, ("Yorùbá", "Yorùbá, àkọlé Gẹ̀ẹ́sì")))]
    if rng.random() < 0.5:
        rows.append(("Olùpín", esc(pick(rng, DISTRIBUTORS))))
    return rows


SITE = Site(NAME, "ik", CHROME, WORDS, ojo, gigun, " fún ìṣẹ̀lẹ̀ kọ̀ọ̀kan", ibo, money_symbol,
            lambda n: f"Ìwòran: {grouped(n)}", _episode, _plans, ("icons", "slash", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.4, later="Ọjọ́ tí ó dé iROKOtv", extra_rows=_more, cta="Wò ó báyìí")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)


