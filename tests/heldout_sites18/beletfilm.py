# ruff: noqa: E501  (HTML templates read best on one line)
"""Beletfilm: a film or series page of Belet Film, a Turkmen streaming service (Turkmen, Latin).
The <h1>; on some pages the meta line '1995 • 16+ • 1 sag 51 min • Drama'; the score with
'(1 234 ses)' beside 'Görülen: 12 345' (views, a trap); 'Film barada'; the facts as ARIA
term/definition <div>s, paragraphs opening with a <dfn> label, or a definition list:
'Režissýor', 'Ssenariý', 'Kompozitor', 'Prodýuser' and 'Operator' (traps), 'Žanr', 'Ýurt',
'Ýyl', 'Dowamlylygy: 111 min' (or '1 sag 51 min'; a series' 'bir bölüm'), 'Ýaş çägi' (the
marks 0+, 6+, 12+, 16+, 18+), 'Çykan senesi: 27-nji oktýabr 1995' (or '27.10.1995') beside a
later 'Belet Filmde' (a trap), 'Studiýa', 'Möwsüm'; 'Baş rollarda'; the trailer; a series'
episodes with their own lengths and directors; plans '25 TMT/aý' (a trap); comments; 'Meňzeş
filmler'; a JSON-LD Movie on some pages. No tagline, audience text, money, IMDb link or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites18.common import (
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

NAME = "beletfilm"
MONTHS = ("ýanwar", "fewral", "mart", "aprel", "maý", "iýun", "iýul", "awgust", "sentýabr",
          "oktýabr", "noýabr", "dekabr")
GENRES = {"Action": "Başdangeçirme-hereket", "Adventure": "Başdangeçirme", "Animation": "Animasiýa",
          "Comedy": "Komediýa", "Crime": "Jenaýat", "Documentary": "Dokumental", "Drama": "Drama",
          "Family": "Maşgala", "Fantasy": "Fentezi", "History": "Taryhy", "Horror": "Gorkunç",
          "Music": "Aýdym-saz", "Mystery": "Syrly", "Romance": "Romantika",
          "Science Fiction": "Ylmy fantastika", "Thriller": "Triller", "War": "Uruş",
          "Western": "Western"}
COUNTRIES = {"United States": "ABŞ", "United Kingdom": "Beýik Britaniýa", "France": "Fransiýa",
             "Germany": "Germaniýa", "Japan": "Ýaponiýa", "China": "Hytaý",
             "South Korea": "Günorta Koreýa", "India": "Hindistan", "Brazil": "Braziliýa",
             "Australia": "Awstraliýa", "Canada": "Kanada", "Spain": "Ispaniýa",
             "Italy": "Italiýa", "Mexico": "Meksika", "Nigeria": "Nigeriýa", "Sweden": "Şwesiýa",
             "Denmark": "Daniýa", "Argentina": "Argentina", "Iran": "Eýran", "Poland": "Polşa"}
AGES = ages("0+", "6+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("yzyna gaýdýar", "miras alýar", "gözleýär", "gaçýar", "goraýar", "ýitirýär"),
    things=("suw basan oba", "maşgala bagyna", "köne maýaga", "taşlanan kana",
            "serhet şäherçesine", "soňky paroma"),
    synopsis=("{hero} {thing} {verb} we {other} hem {thing2} {verb2} diýip bilýär. "
              "«{title}» köne wepalylygy synaýan uzyn bir möwsüm barada gürrüň berýär."),
    taglines=("Her zadyň öz bahasy bar.",), audiences=("Tomaşaçylar aktýorlary öwýär.",))
CHROME = Chrome("tk", "Belet Film", ("Baş sahypa", "Filmler", "Seriallar", "Multfilmler", "Gözleg", "Giriş"),
                ("Biz cookie faýllaryny ulanýarys.", "Kabul et", "Sazlamalar"),
                ("Biz barada", "Habarlaşmak", "Düzgünler", "Gizlinlik"), "© 2026 Belet Film", "__BELET__")
WORDS = Words(
    {"director": "Režissýor", "writer": "Ssenariý", "music": "Kompozitor", "producer": "Prodýuser",
     "camera": "Operator", "genre": "Žanr", "country": "Ýurt", "year": "Ýyl",
     "runtime": "Dowamlylygy", "rating": "Ýaş çägi", "seasons": "Möwsüm",
     "released": "Çykan senesi", "studio": "Studiýa", "budget": "", "box_office": ""},
    {"about": "Film barada", "details": "Maglumat", "cast": "Baş rollarda", "trailer": "Treýler",
     "episodes": "Bölümler", "reviews": "Teswirler", "no_reviews": "Entek teswir ýok.",
     "rail": "Meňzeş filmler"})


def ordinal(n: int) -> str:
    """'27-nji', '6-njy', '9-njy', '10-njy', '20-nji': the suffix follows the vowels of the
    last spoken word (alty, dokuz, on, otuz take the back form), as the writer knew it."""
    back = n % 10 in (6, 9) or n in (10, 30)
    return f"{n}-{'njy' if back else 'nji'}"


def sene(d: date, long: bool) -> str:
    """'27-nji oktýabr 1995' or '27.10.1995'."""
    return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def dowam(n: int, long: bool) -> str:
    """'1 sag 51 min', '2 sag' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} sag" + (f" {small} min" if small else "")


def ses(n: int) -> str:
    return f"({grouped(n, ' ')} ses)"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}-nji möwsüm, {e.number}-nji bölüm • {dowam(e.minutes, long)}</p><p>Režissýor: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    month = rng.choice((15, 25, 30))
    return f'<aside class="{c("plans")}"><h2>Abuna ýazylmak</h2><ul><li>{month} TMT/aý</li><li>{month * 10} TMT/ýyl</li></ul></aside>'


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The dub and the picture quality: facts the record has no key for."""
    return [("Dili", pick(rng, ("türkmen", "rus", "türkmen, rus"))), ("Hili", pick(rng, ("HD", "Full HD")))]


SITE = Site(NAME, "bf", CHROME, WORDS, sene, dowam, " bir bölüm", ses, _money,
            lambda n: f"Görülen: {grouped(n, ' ')}", _episode, _plans, ("terms", "dfn", "dl"),
            frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id",
                       "streaming"}),
            ("director", "author", "actor", "genre", "datePublished", "description"),
            0.3, meta_sep=" • ", later="Belet Filmde", extra_rows=_more, cta="Tomaşa et")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
