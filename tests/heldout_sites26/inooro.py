# ruff: noqa: E501  (HTML templates read best on one line)
"""Inooro TV: a film or series page of the Kenyan Kikuyu-language channel's site, in Gĩkũyũ. A
backdrop; the <h1> (the meta line '1995 · 16 · ithaa 1 na ndagika 51 · Ndirama' under it, in
the hero's <header> on some deploys); the score with '(mĩgambo 1,234)' / '(mũgambo 1)' beside
'Arorete: 12,345' (views, a trap); 'Ũhoro wa filamu'; the facts as one list of labels then
values flowed into two columns (column-count), a scroll-snap carousel of cards
(aria-roledescription="slide"), or a definition list: 'Mũtongoria', 'Mwandĩki', 'Mũthondeki wa
nyĩmbo', 'Mũrugamĩrĩri' and 'Mũnyiti wa kamera' (traps), 'Mũthemba', 'Bũrũri', 'Mwaka',
'Ũraihu: ndagika 111' or 'ithaa 1 na ndagika 51' (the noun first; a series' 'o gĩcunjĩ'), 'Mĩaka'
(the KFCB's GE/PG/16/18), 'Mũthenya wa kuumĩrĩra: 27 mweri wa ikũmi 1995' (or '27/10/1995')
beside a later 'Inooro TV kuuma' (a trap), 'Kampuni', 'Mahinda', 'Rũthiomi'; 'Ateithia'; the
trailer; a series' episodes with their own lengths, dates and directors; broadcast times and
an M-Pesa bundle in shillings (traps); comments; 'Ingĩ ta ici'; a JSON-LD Movie on some pages.
No tagline, audience text, money, IMDb link or streaming block."""

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

NAME = "inooro"
MONTHS = ("mweri wa mbere", "mweri wa kerĩ", "mweri wa gatatũ", "mweri wa kana", "mweri wa gatano",
          "mweri wa gatandatũ", "mweri wa mũgwanja", "mweri wa kanana", "mweri wa kenda",
          "mweri wa ikũmi", "mweri wa ikũmi na ũmwe", "mweri wa ikũmi na igĩrĩ")
GENRES = {"Action": "Mbaara", "Adventure": "Rũgendo", "Animation": "Ikarabu", "Comedy": "Ndũthĩ",
          "Crime": "Ũhũni", "Documentary": "Ũhoro wa ma", "Drama": "Ndirama", "Family": "Famĩlĩ",
          "Fantasy": "Ndoto", "History": "Ũhoro wa tene", "Horror": "Guoya", "Music": "Nyĩmbo",
          "Mystery": "Hitho", "Romance": "Wendo", "Science Fiction": "Sayansi ya mũthiĩ",
          "Thriller": "Kũmaka", "War": "Mbaara ya bũrũri", "Western": "Western"}
COUNTRIES = {"United States": "Amerika", "United Kingdom": "Ngeretha", "France": "Bũranja",
             "Germany": "Njamanĩ", "Japan": "Japani", "China": "China", "South Korea": "Korea ya Mũhuro",
             "India": "India", "Brazil": "Brazil", "Australia": "Australia", "Canada": "Canada",
             "Spain": "Spain", "Italy": "Italy", "Mexico": "Mexico", "Nigeria": "Nigeria",
             "Sweden": "Sweden", "Denmark": "Denmark", "Argentina": "Argentina", "Iran": "Iran",
             "Poland": "Poland"}
AGES = ages("GE", "PG", None, "16", "18")  # the Kenya Film Classification Board's classes
PROSE = Prose(
    verbs=("niacookire", "niekuonire", "niekũcaria", "nieũrire", "niekũgitĩra", "nĩorirũo nĩ"),
    things=("itũũra rĩrĩa rĩaiyũrĩte maaĩ", "mũgũnda wa famĩlĩ", "nyũmba ya tene ya ũtheri",
            "irima rĩa mahiga rĩatiganĩtio", "itũũra rĩa mũhaka-inĩ", "marikabu ya mũthia"),
    synopsis=("{hero} {verb} {thing}, na {other} o nake {verb2} {thing2}. "
              "{title} nĩ rũgano rwa ũrata wa tene ũrageragio mwaka wothe."),
    taglines=("Kĩndũ o gĩothe kĩrĩ na goro wakĩo.",), audiences=("Arorani nĩmakumĩrĩtie ateithia.",))
CHROME = Chrome("ki", "Inooro TV", ("Mũciĩ", "Mĩtaratara", "Filamu", "Rũũgĩ", "Ũhoro", "Caria"),
                ("Nĩtũhũthagĩra cookies.", "Nĩnetĩkĩra", "Mĩbango"),
                ("Ũhoro witũ", "Tũhũre thimũ", "Mawatho", "Hitho yaku"), "© 2026 Royal Media Services", "__INOORO__")
WORDS = Words(
    {"director": "Mũtongoria", "writer": "Mwandĩki", "music": "Mũthondeki wa nyĩmbo", "producer": "Mũrugamĩrĩri",
     "camera": "Mũnyiti wa kamera", "genre": "Mũthemba", "country": "Bũrũri", "year": "Mwaka",
     "runtime": "Ũraihu", "rating": "Mĩaka", "seasons": "Mahinda", "released": "Mũthenya wa kuumĩrĩra",
     "studio": "Kampuni", "budget": "", "box_office": ""},
    {"about": "Ũhoro wa filamu", "details": "Ũhoro mũnini", "cast": "Ateithia", "trailer": "Kĩonereria",
     "episodes": "Icunjĩ", "reviews": "Mawoni", "no_reviews": "Gũtirĩ na rĩwoni o na rĩmwe.",
     "rail": "Ingĩ ta ici"})


def muthenya(d: date, long: bool) -> str:
    """'27 mweri wa ikũmi 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def uraihu(n: int, long: bool) -> str:
    """'ithaa 1 na ndagika 51', 'mathaa 2' or 'ndagika 111' (the noun first)."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"ndagika {n}"
    return ("ithaa 1" if big == 1 else f"mathaa {big}") + (f" na ndagika {small}" if small else "")


def migambo(n: int) -> str:
    """'(mĩgambo 1,234)', '(mũgambo 1)'."""
    return "(mũgambo 1)" if n == 1 else f"(mĩgambo {grouped(n)})"


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ihinda {e.season}, gĩcunjĩ {e.number} · {uraihu(e.minutes, long)} · {muthenya(e.aired, long)}</p><p>Mũtongoria: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Mwambĩrĩria wa kiumia", "Njumatatũ", "Njumaine", "Njumatana", "Aramithi", "Ijumaa", "Njumamosi")
    rows = "".join(f"<li>{day}, thaa {rng.randint(1, 4)} za ũtukũ</li>" for day in rng.sample(days, 2))
    bundle = rng.choice(("20", "50"))
    return f'<section class="{c("schedule")}"><h2>Mathaa ma kuonania</h2><ul>{rows}</ul><p>Rĩha na M-Pesa: Ksh {bundle} kiumia.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Rũthiomi", pick(rng, ("Gĩkũyũ", "Gĩthungũ, na maandĩko ma Gĩkũyũ", "Gĩkũyũ na Kiswahili")))]


SITE = Site(NAME, "in", CHROME, WORDS, muthenya, uraihu, " o gĩcunjĩ", migambo, no_money,
            lambda n: f"Arorete: {grouped(n)}", _episode, _schedule, ("columns", "slides", "dl"),
            frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Inooro TV kuuma", extra_rows=_more, cta="Rora")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
