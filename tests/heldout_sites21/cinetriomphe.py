# ruff: noqa: E501  (HTML templates read best on one line)
"""Ciné Triomphe: a film page of the Port-au-Prince cinema's site (Haitian Creole). A poster;
the <h1> (the meta line '1995 · 13+ · 1 èdtan 51 minit · Dram' above or under it on some
deploys); the score with '(1 234 vòt)' beside 'Espektatè: 12 345' (admissions, a trap);
'Rezime'; the facts as a wide table whose value cells name their label cells (<td headers>), a
CSS grid whose labels come first in the document and whose values point back at them
(aria-describedby), or a definition list: 'Reyalizatè', 'Senaris', 'Mizik', 'Pwodiktè' and
'Direktè fotografi' (traps), 'Jan', 'Peyi', 'Ane', 'Dire: 111 minit' or '1 èdtan 51 minit' (a
series' 'chak epizòd'), 'Laj' (the site's marks Tout piblik/10+/13+/16+/18+), 'Dat sòti: 27
oktòb 1995' (or '27/10/1995') beside a later 'Sòti ann Ayiti' (a trap), 'Konpayi pwodiksyon',
'Bidjè: 3 600 000 $', 'Resèt', 'Sezon', 'Lang'; 'Aktè yo'; the trailer; a series' episodes with
their own lengths, dates and directors; the sessions in its two halls with prices in gourdes
(350 on weekdays, 500 at the weekend) and the halls' seat counts (traps); comments; 'Kounye a
nan sal la'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or
streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites21.common import (
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

NAME = "cinetriomphe"
MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
          "novanm", "desanm")
GENRES = {"Action": "Aksyon", "Adventure": "Avanti", "Animation": "Desen anime",
          "Comedy": "Komedi", "Crime": "Krim", "Documentary": "Dokimantè", "Drama": "Dram",
          "Family": "Fanmi", "Fantasy": "Fantezi", "History": "Istwa", "Horror": "Laterè",
          "Music": "Fim mizik", "Mystery": "Mistè", "Romance": "Romans",
          "Science Fiction": "Syans fiksyon", "Thriller": "Sispans", "War": "Lagè",
          "Western": "Western"}
COUNTRIES = {"United States": "Etazini", "United Kingdom": "Wayòm Ini", "France": "Lafrans",
             "Germany": "Almay", "Japan": "Japon", "China": "Lachin", "South Korea": "Kore di Sid",
             "India": "End", "Brazil": "Brezil", "Australia": "Ostrali", "Canada": "Kanada",
             "Spain": "Espay", "Italy": "Itali", "Mexico": "Meksik", "Nigeria": "Nijerya",
             "Sweden": "Syèd", "Denmark": "Danmak", "Argentina": "Ajantin", "Iran": "Iran",
             "Poland": "Polòy"}
# no board of its own: the cinema's marks as the writer imagined them
AGES = ages("Tout piblik", "10+", "13+", "16+", "18+")
PROSE = Prose(
    verbs=("retounen nan", "eritye", "ap chèche", "kouri kite", "ap pwoteje", "abandone"),
    things=("bouk ki anba dlo a", "jaden fanmi an", "vye fa a", "min yo abandone a",
            "vil sou fwontyè a", "dènye bato a"),
    synopsis=("{hero} {verb} {thing} epi li dekouvri {other} {verb2} {thing2} tou. "
              "{title} se istwa yon vye fidelite yo mete a leprèv pandan yon sezon."),
    taglines=("Tout bagay gen pri yo.",), audiences=("Piblik la te renmen aktè yo.",))
CHROME = Chrome("ht", "Ciné Triomphe", ("Akèy", "Fim", "Orè", "Tikè", "Evènman", "Kontak"),
                ("Sit la sèvi ak cookies pou amelyore eksperyans ou.", "Dakò", "Paramèt"),
                ("Konsènan nou", "Kondisyon", "Vi prive", "Èd"), "© 2026 Ciné Triomphe", "__TRIOMPHE__")
WORDS = Words(
    {"director": "Reyalizatè", "writer": "Senaris", "music": "Mizik", "producer": "Pwodiktè",
     "camera": "Direktè fotografi", "genre": "Jan", "country": "Peyi", "year": "Ane",
     "runtime": "Dire", "rating": "Laj", "seasons": "Sezon", "released": "Dat sòti",
     "studio": "Konpayi pwodiksyon", "budget": "Bidjè", "box_office": "Resèt"},
    {"about": "Rezime", "details": "Detay fim nan", "cast": "Aktè yo", "trailer": "Bann anons",
     "episodes": "Epizòd", "reviews": "Kòmantè", "no_reviews": "Poko gen kòmantè.",
     "rail": "Kounye a nan sal la"})


def dat(d: date, long: bool) -> str:
    """'27 oktòb 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def dire(n: int, long: bool) -> str:
    """'1 èdtan 51 minit', '2 èdtan', '45 minit' or '111 minit'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minit"
    return f"{big} èdtan {small} minit" if small else f"{big} èdtan"


def vot(n: int) -> str:
    """'(1 234 vòt)': the noun does not change with the number."""
    return f"({grouped(n, ' ')} vòt)"


def lajan(m: Money) -> str:
    """'3 600 000 $'."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Sezon {e.season}, Epizòd {e.number} · {dire(e.minutes, long)} · {dat(e.aired, long)}</p><p>Reyalizatè: {esc(e.director)}</p>"


def _seyans(t: Title, c: Classes, rng: random.Random) -> str:
    """The week's sessions in the two halls: dates, times and prices in gourdes, 350 on weekdays
    and 500 at the weekend (traps)."""
    start = date(2026, 6, 1) + timedelta(days=rng.randint(0, 120))
    rows = []
    for k in range(3):
        day = start + timedelta(days=k)
        price = 500 if day.weekday() >= 5 else 350
        hours = " ".join(f"<time>{h}è</time>" for h in sorted(rng.sample((1, 3, 5, 7), 2)))
        rows.append(f"<li>{dat(day, True)} · Sal {rng.randint(1, 2)} · {hours} · {price} goud</li>")
    return f'<section class="{c("sessions")}"><h2>Orè</h2><ul>{"".join(rows)}</ul><p>Sal 1: 450 plas · Sal 2: 300 plas</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Lang", pick(rng, ("Franse", "Angle, soutit an franse", "Kreyòl")))]


SITE = Site(NAME, "ct", CHROME, WORDS, dat, dire, " chak epizòd", vot, lajan,
            lambda n: f"Espektatè: {grouped(n, ' ')}", _episode, _seyans, ("headers", "describedby", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Sòti ann Ayiti", extra_rows=_more, cta="Achte tikè", art="poster")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
