# ruff: noqa: E501  (HTML templates read best on one line)
"""EMTV: a film or series page of Papua New Guinea's EMTV on its streaming site, in Tok Pisin.
A backdrop; the <h1> (the meta line '1995 · M · 1 aua 51 minit · Drama' under it, in the
hero's <header> on some deploys); the score with '(1,234 vot)' beside '12,345 taim ol i lukim'
(views, a trap); 'Stori'; the facts as icons whose only label is the SVG's <title>, as
value-first items whose bold label a flex row-reverse draws on the left, or as a definition
list: 'Dairekta', 'Raita', 'Musik', 'Prodiusa' and 'Kamera' (traps), 'Kain', 'Kantri', 'Yia',
'Longpela: 111 minit' or '1 aua 51 minit' (a series' 'long wanpela hap'), 'Klasifikesen' (the
PNG Censorship Board's G/PG/M/R), 'De em i kamap: 27 Oktoba 1995' (or '27/10/1995') beside a
later 'Long EMTV' (a trap), 'Kampani', 'Baset: $3,600,000', 'Mani i kam insait', 'Sisen',
'Tokples'; 'Ol aktor'; the trailer; a series' episodes with their own lengths, dates and
directors; the subscription plans in kina (traps); comments; 'Lukim tu'; a JSON-LD Movie on
some pages. No tagline, audience text, IMDb link or streaming block."""

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

NAME = "emtv"
MONTHS = ("Janueri", "Februeri", "Mas", "Epril", "Me", "Jun", "Julai", "Ogas", "Septemba",
          "Oktoba", "Novemba", "Disemba")
GENRES = {"Action": "Aksen", "Adventure": "Wokabaut", "Animation": "Kartun",
          "Comedy": "Pani", "Crime": "Raskol", "Documentary": "Dokumentari",
          "Drama": "Drama", "Family": "Famili", "Fantasy": "Driman", "History": "Histori",
          "Horror": "Pret", "Music": "Singsing", "Mystery": "Hait samting", "Romance": "Laikim",
          "Science Fiction": "Saiens", "Thriller": "Tait", "War": "Pait",
          "Western": "Western"}
COUNTRIES = {"United States": "Amerika", "United Kingdom": "Inglan", "France": "Frans",
             "Germany": "Jemani", "Japan": "Japan", "China": "Saina", "South Korea": "Saut Koria",
             "India": "India", "Brazil": "Brasil", "Australia": "Australia", "Canada": "Kanada",
             "Spain": "Spen", "Italy": "Itali", "Mexico": "Meksiko", "Nigeria": "Naijiria",
             "Sweden": "Swiden", "Denmark": "Denmak", "Argentina": "Arjentina", "Iran": "Iran",
             "Poland": "Polan"}
AGES = ages("G", "PG", "M", "M", "R")  # the PNG Censorship Board's classes
PROSE = Prose(
    verbs=("i go bek long", "i painim", "i lukautim", "i ranawe long", "i kisim bek", "i lusim"),
    things=("wanpela liklik ples long maunten", "gaden bilong famili", "olpela haus lait",
            "wanpela hul bilong gol", "wanpela taun long nambis", "las bot"),
    synopsis=("{hero} {verb} {thing} na em i painimaut olsem {other} tu {verb2} {thing2}. "
              "{title} em i stori bilong wanpela olpela pasin bilong bihainim tok."),
    taglines=("Olgeta samting i gat pei bilong en.",), audiences=("Ol man i laikim tumas ol aktor.",))
CHROME = Chrome("tpi", "EMTV", ("Hom", "Ol Muvi", "Ol Siris", "Nius", "Lukim Nau", "Painim"),
                ("Mipela i yusim cookies long mekim gutpela sevis.", "Orait", "Senisim"),
                ("Long mipela", "Toktok wantaim mipela", "Lo", "Praivesi"), "© 2026 EMTV Online, Port Moresby", "__EMTV__")
WORDS = Words(
    {"director": "Dairekta", "writer": "Raita", "music": "Musik", "producer": "Prodiusa",
     "camera": "Kamera", "genre": "Kain", "country": "Kantri", "year": "Yia",
     "runtime": "Longpela", "rating": "Klasifikesen", "seasons": "Sisen", "released": "De em i kamap",
     "studio": "Kampani", "budget": "Baset", "box_office": "Mani i kam insait"},
    {"about": "Stori", "details": "Ol save", "cast": "Ol aktor", "trailer": "Trela",
     "episodes": "Ol hap", "reviews": "Ol tingting", "no_reviews": "I no gat tingting yet.",
     "rail": "Lukim tu"})


def de(d: date, long: bool) -> str:
    """'27 Oktoba 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def longpela(n: int, long: bool) -> str:
    """'1 aua 51 minit', '2 aua', '45 minit' or '111 minit': no plural."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minit"
    return f"{big} aua" + (f" {small} minit" if small else "")


def vot(n: int) -> str:
    """'(1,234 vot)'."""
    return f"({grouped(n)} vot)"


def mani(m: Money) -> str:
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Sisen {e.season}, Hap {e.number} · {longpela(e.minutes, long)} · {de(e.aired, long)}</p><p>Dairekta: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    """What the app costs, in kina: traps."""
    week = rng.choice((5, 7))
    return f'<aside class="{c("plans")}"><h2>Baim EMTV Online</h2><ul><li>Wanpela wik: K{week}.00</li><li>Wanpela mun: K20.00</li><li>Wanpela yia: K199.00</li></ul><p>Baim long Digicel o BSP.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Tokples", pick(rng, ("Tok Inglis", "Tok Pisin", "Tok Inglis, raitim long Tok Pisin")))]


SITE = Site(NAME, "em", CHROME, WORDS, de, longpela, " long wanpela hap", vot, mani,
            lambda n: f"{grouped(n)} taim ol i lukim", _episode, _plans, ("svgtitle", "rowreverse", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Long EMTV", extra_rows=_more, cta="Lukim nau")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
