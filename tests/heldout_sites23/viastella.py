# ruff: noqa: E501  (HTML templates read best on one line)
"""ViaStella: a film or series page of the Corsican channel (France 3 Corse ViaStella) on its
replay site, in Corsican. A backdrop; the <h1> (the meta line '1995 · -12 · 1 ora è 51 minuti ·
Dramma' under it, in the hero's <header> on some deploys); the score with '(1 234 voti)' / '(1
votu)' beside 'Vistu 12 345 volte' (views, a trap); 'Riassuntu'; the facts as a role="tree"
widget (each label an expanded item, its value the item under it), as icons whose only label is
the SVG's <title>, or as a definition list: 'Rializazione', 'Scenariu', 'Musica', 'Pruduttore' and
'Fotografia' (traps), 'Generu', 'Paese', 'Annu', 'Durata: 111 minuti' or '1 ora è 51 minuti' (a
series' 'per episodiu'), 'Publicu' (the French marks Tutti i publichi/-10/-12/-16/-18),
"Esciuta: 27 d'uttrovi 1995" (or '27/10/1995') beside a later "Nant'à ViaStella dapoi" (a trap),
'Sucietà di pruduzzione', 'Bugettu: 3 600 000 $', 'Entrate', 'Stagioni', 'Lingua'; 'Distribuzione';
the trailer; a series' episodes with their own lengths, dates and directors; the broadcast slots
on ViaStella (traps); comments; "Da vede dinò"; a JSON-LD Movie on some pages. No tagline,
audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped
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

NAME = "viastella"
MONTHS = ("ghjennaghju", "ferraghju", "marzu", "aprile", "maghju", "ghjugnu", "lugliu", "aostu",
          "sittembre", "uttrovi", "nuvembre", "dicembre")
GENRES = {"Action": "Azzione", "Adventure": "Avventura", "Animation": "Animazione",
          "Comedy": "Cumedia", "Crime": "Pulizzescu", "Documentary": "Ducumentariu",
          "Drama": "Dramma", "Family": "Famiglia", "Fantasy": "Fantasticu", "History": "Storia",
          "Horror": "Spaventu", "Music": "Film musicale", "Mystery": "Misteru", "Romance": "Rumanzu d'amore",
          "Science Fiction": "Scenza-finzione", "Thriller": "Suspense", "War": "Guerra",
          "Western": "Western"}
COUNTRIES = {"United States": "Stati Uniti", "United Kingdom": "Reame Unitu", "France": "Francia",
             "Germany": "Germania", "Japan": "Giappone", "China": "Cina", "South Korea": "Corea di u Sudu",
             "India": "India", "Brazil": "Brasile", "Australia": "Australia", "Canada": "Canada",
             "Spain": "Spagna", "Italy": "Italia", "Mexico": "Messicu", "Nigeria": "Nigeria",
             "Sweden": "Svezia", "Denmark": "Danimarca", "Argentina": "Argentina", "Iran": "Iranu",
             "Poland": "Pulonia"}
AGES = ages("Tutti i publichi", "-10", "-12", "-16", "-18")  # the French (Arcom) marks
PROSE = Prose(
    verbs=("torna in", "cerca", "difende", "fughje", "ritrova", "perde"),
    things=("un paese di muntagna", "a casa di a famiglia", "un vechju faru", "una minera abbandunata",
            "un portu di pescadori", "l'ultima barca"),
    synopsis=("{hero} {verb} {thing} è trova chì {other} {verb2} {thing2}. "
              "{title} hè a storia d'una fideltà antica messa à a prova da u tempu."),
    taglines=("Ogni cosa hà u so prezzu.",), audiences=("U publicu hà salutatu l'attori.",))
CHROME = Chrome("co", "ViaStella", ("Accolta", "Film", "Serie", "Ducumentarii", "In diretta", "Circà"),
                ("Aduprému cookies per migliurà a vostra sperienza.", "Accettà", "Parametri"),
                ("Quale simu", "Cuntattu", "Menzioni legale", "Vita privata"), "© 2026 France Télévisions - ViaStella", "__VIASTELLA__")
WORDS = Words(
    {"director": "Rializazione", "writer": "Scenariu", "music": "Musica", "producer": "Pruduttore",
     "camera": "Fotografia", "genre": "Generu", "country": "Paese", "year": "Annu",
     "runtime": "Durata", "rating": "Publicu", "seasons": "Stagioni", "released": "Esciuta",
     "studio": "Sucietà di pruduzzione", "budget": "Bugettu", "box_office": "Entrate"},
    {"about": "Riassuntu", "details": "Infurmazioni", "cast": "Distribuzione", "trailer": "Annunziu",
     "episodes": "Episodii", "reviews": "Cummenti", "no_reviews": "Ùn ci hè ancu cummentu.",
     "rail": "Da vede dinò"})


def data(d: date, long: bool) -> str:
    """"27 d'uttrovi 1995", '3 di marzu 1995' or '27/10/1995'."""
    if not long:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    month = MONTHS[d.month - 1]
    article = "d'" if month[0] in "aeiou" else "di "
    return f"{d.day} {article}{month} {d.year}"


def durata(n: int, long: bool) -> str:
    """'1 ora è 51 minuti', '2 ore', '45 minuti' or '111 minuti'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minuti"
    hrs = "1 ora" if big == 1 else f"{big} ore"
    return hrs + (f" è {small} minuti" if small else "")


def voti(n: int) -> str:
    """'(1 votu)', '(1 234 voti)'."""
    return "(1 votu)" if n == 1 else f"({grouped(n, ' ')} voti)"


def soldi(m: Money) -> str:
    """'3 600 000 $': the figure first, as French usage writes it."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Stagione {e.season}, Episodiu {e.number} · {durata(e.minutes, long)} · {data(e.aired, long)}</p><p>Rializazione: {esc(e.director)}</p>"


def _slots(t: Title, c: Classes, rng: random.Random) -> str:
    """When it is on air: traps."""
    day = pick(rng, ("luni", "marti", "mercuri", "ghjovi", "venneri", "sabbatu", "dumenica"))
    return f'<aside class="{c("onair")}"><h2>In onda</h2><p>{day} à {rng.randint(18, 22)}:{rng.choice(("05", "30", "45"))} nant\'à ViaStella</p><p>Dinò nant\'à france.tv, di rigalu.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Lingua", pick(rng, ("Corsu", "Corsu, sottutitulatu in francese", "Francese")))]


SITE = Site(NAME, "vs", CHROME, WORDS, data, durata, " per episodiu", voti, soldi,
            lambda n: f"Vistu {grouped(n, ' ')} volte", _episode, _slots, ("tree", "svgtitle", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Nant'à ViaStella dapoi", extra_rows=_more, cta="Fighjà")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
