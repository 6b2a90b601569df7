# ruff: noqa: E501  (HTML templates read best on one line)
"""SQBC (Samoa Quality Broadcasting Corporation, TV1 Samoa): a film or series page of its
on-demand site, in Samoan. A backdrop; the <h1> (the meta line '1995 · R13 · 1 itula 51 minute
· Tala faatino' under it, in the hero's <header> on some deploys); the score with '(palota
1,234)' beside 'Ua matamata: 12,345' (a trap); 'Aotelega'; the facts as one list whose labels
and values the stylesheet flows into two columns (column-count), a wrapping flex box whose value
cells come before their label cells in the document, each drawn in place by its CSS order, or
stat tiles: 'Faatonu', 'Tusitala', 'Fatupese', 'Faatupe' and 'Puea ata' (traps), 'Ituaiga',
'Atunuu', 'Tausaga', 'Umi: 111 minute' or '1 itula 51 minute' (a series' 'i le vaega'),
'Tapulaa' (the Samoan censor's G/PG/R13/R16/R18), 'Aso na faalauiloa: 27 Oketopa 1995' (or
'27/10/1995') beside a later 'I luga o le TV1 mai le' (a trap), 'Kamupani', 'Tupe faaalu:
$3,600,000', 'Tupe maua', 'Vaitau', 'Gagana'; 'Tagata taaalo'; the trailer; a series' episodes
with their own lengths, dates and directors; the broadcast times and a tala subscription
(traps); comments; 'Isi ata tifaga'; a JSON-LD Movie on some pages. No tagline, audience text,
IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites25.common import (
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

NAME = "sqbc"
MONTHS = ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso", "Setema",
          "Oketopa", "Novema", "Tesema")
GENRES = {"Action": "Gaioiga", "Adventure": "Malaga", "Animation": "Ata ola", "Comedy": "Malie",
          "Crime": "Solitulafono", "Documentary": "Faamaumauga", "Drama": "Tala faatino", "Family": "Aiga",
          "Fantasy": "Tala fatu", "History": "Talafaasolopito", "Horror": "Mataga", "Music": "Musika",
          "Mystery": "Lilo", "Romance": "Alofa", "Science Fiction": "Saienisi fatu",
          "Thriller": "Popolevale", "War": "Taua", "Western": "Uesetana"}
COUNTRIES = {"United States": "Amerika", "United Kingdom": "Peretania", "France": "Farani",
             "Germany": "Siamani", "Japan": "Iapani", "China": "Saina", "South Korea": "Korea i Saute",
             "India": "Initia", "Brazil": "Pasila", "Australia": "Ausetalia", "Canada": "Kanata",
             "Spain": "Sepania", "Italy": "Italia", "Mexico": "Mekisikō", "Nigeria": "Naigeria",
             "Sweden": "Suetena", "Denmark": "Tenimaka", "Argentina": "Atenitina", "Iran": "Iran",
             "Poland": "Polani"}
CENSOR = ages("G", "PG", "R13", "R16", "R18")
PROSE = Prose(
    verbs=("toe foi i", "maua", "saili", "sola ese mai", "puipuia", "leiloa"),
    things=("le fale tuai i le matafaga", "le nuu i tua o le mauga", "le vaa fagota mulimuli",
            "le faatoaga a le aiga", "le lotu i le alatele", "le uafu tuai"),
    synopsis=("{hero} ua {verb} {thing}, ae {other} ua {verb2} {thing2}. "
              "O le {title} o se tala i le faamaoni e tumau i le tele o tausaga."),
    taglines=("E i ai le tau o mea uma.",), audiences=("Na viia e le aofia le au taaalo.",))
CHROME = Chrome("sm", "TV1 Samoa", ("Amataga", "Polokalama", "Ata tifaga", "Ola", "Tala fou", "Suesue"),
                ("Matou te faaaogaina cookies.", "Ioe", "Filifiliga"),
                ("E uiga ia i matou", "Faafesootai", "Aiaiga", "Le faalilolilo"), "© 2026 SQBC", "__SQBC__")
WORDS = Words(
    {"director": "Faatonu", "writer": "Tusitala", "music": "Fatupese", "producer": "Faatupe",
     "camera": "Puea ata", "genre": "Ituaiga", "country": "Atunuu", "year": "Tausaga",
     "runtime": "Umi", "rating": "Tapulaa", "seasons": "Vaitau", "released": "Aso na faalauiloa",
     "studio": "Kamupani", "budget": "Tupe faaalu", "box_office": "Tupe maua"},
    {"about": "Aotelega", "details": "Faamatalaga", "cast": "Tagata taaalo", "trailer": "Ata faataitai",
     "episodes": "Vaega", "reviews": "Manatu", "no_reviews": "E leai ni manatu.",
     "rail": "Isi ata tifaga"})


def aso(d: date, long: bool) -> str:
    """'27 Oketopa 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def umi(n: int, long: bool) -> str:
    """'1 itula 51 minute', '2 itula' or '111 minute'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minute"
    return f"{big} itula" + (f" {small} minute" if small else "")


def palota(n: int) -> str:
    """'(palota 1,234)', '(palota 1)'."""
    return f"(palota {grouped(n)})"


def tupe(m: Money) -> str:
    """'$3,600,000', 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Vaitau {e.season}, vaega {e.number} · {umi(e.minutes, long)} · {aso(e.aired, long)}</p><p>Faatonu: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Aso Gafua", "Aso Lua", "Aso Lulu", "Aso Tofi", "Aso Faraile", "Aso Toonai", "Aso Sa")
    rows = "".join(f"<li>{day}, {rng.randint(6, 10)}:{rng.choice(('00', '30'))} i le afiafi</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Taimi faasalalau</h2><ul>{rows}</ul><p>Lesitala mo le ${rng.choice((15, 20))} tala i le masina.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Gagana", pick(rng, ("Faasamoa", "Igilisi, upu Samoa", "Faaliliu i le Faasamoa")))]


SITE = Site(NAME, "sq", CHROME, WORDS, aso, umi, " i le vaega", palota, tupe,
            lambda n: f"Ua matamata: {grouped(n)}", _episode, _schedule, ("columns", "order", "tiles"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="I luga o le TV1 mai le", extra_rows=_more, cta="Matamata")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), CENSOR), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
