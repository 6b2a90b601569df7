# ruff: noqa: E501  (HTML templates read best on one line)
"""Brezhoweb: a film or series page of Brezhoweb, the Breton-language web channel (Breton). A
backdrop; the <h1> (in an <hgroup> with the meta line on some deploys); the score with '(1 234
mouezh)' (Breton keeps the noun singular after a number) beside 'Gweladennoù: 12 345' (views, a
trap); 'Diwar-benn'; the facts as a <pre> block of padded 'Label : value' lines, 'Label /
value' lines, or a captioned table: 'Sevenour', 'Senarier', 'Sonerezh', 'Produer' and
'Skeudennaouer' (traps), 'Rummad', 'Bro', 'Bloaz', 'Padelezh: 111 munutenn' (or '1 eur 51
munutenn'; a series' 'dre rann'), 'Oad' (the French signs, in Breton 'An holl', -10, -12, -16,
-18), 'Deiziad mont er-maez: 27 a viz Here 1995' (or '27/10/1995') beside a later 'Lakaet war
Brezhoweb' (a trap), 'Stal produiñ', 'Budjed: 3 600 000 $', 'Gounidoù', 'Koulzadoù',
'Doublerezh' (the dubbing studio, a trap) and 'Istitloù'; "C'hoarierien"; the trailer; a
series' episodes with their own lengths and directors; a donation box '5 €/miz' (a trap);
comments; 'Heñvel'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
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

NAME = "brezhoweb"
MONTHS = ("Genver", "C'hwevrer", "Meurzh", "Ebrel", "Mae", "Mezheven", "Gouere", "Eost",
          "Gwengolo", "Here", "Du", "Kerzu")
GENRES = {"Action": "Ober", "Adventure": "Avantur", "Animation": "Bevaat", "Comedy": "Farsadenn",
          "Crime": "Torfed", "Documentary": "Teulfilm", "Drama": "Drama", "Family": "Familh",
          "Fantasy": "Marzhus", "History": "Istor", "Horror": "Euzhus", "Music": "Sonadeg",
          "Mystery": "Mister", "Romance": "Karantez", "Science Fiction": "Skiant-faltazi",
          "Thriller": "Enkrez", "War": "Brezel", "Western": "Western"}
COUNTRIES = {"United States": "Stadoù-Unanet", "United Kingdom": "Rouantelezh-Unanet",
             "France": "Frañs", "Germany": "Alamagn", "Japan": "Japan", "China": "Sina",
             "South Korea": "Korea ar Su", "India": "India", "Brazil": "Brazil",
             "Australia": "Aostralia", "Canada": "Kanada", "Spain": "Spagn", "Italy": "Italia",
             "Mexico": "Mec'hiko", "Nigeria": "Nigeria", "Sweden": "Sveden", "Denmark": "Danmark",
             "Argentina": "Arc'hantina", "Iran": "Iran", "Poland": "Polonia"}
# the French broadcasters' signs, 'tous publics' in Breton
AGES = ages("An holl", "-10", "-12", "-16", "-18")
DUBBERS = ("Dizale", "Kalanna", "Stal doublañ Roazhon")
PROSE = Prose(
    verbs=("a zistro da", "a hêr", "a glask", "a dec'h diouzh", "a ziwall", "a goll"),
    things=("ur gêriadenn beuzet", "liorzh ar familh", "un tour-tan kozh", "ur gêr an harz",
            "ar vag diwezhañ", "marc'had ar goañv"),
    synopsis=("{hero} {verb} {thing} ha gwelet a ra e {verb2} {other} {thing2} ivez. "
              "E «{title}» e vez amprouet ar feal kozh e-pad ur c'houlz hir."),
    taglines=("Pep tra en deus e briz.",), audiences=("Meulet eo bet ar c'hoarierien gant ar sellerien.",))
CHROME = Chrome("br", "Brezhoweb", ("Degemer", "Filmoù", "Heuliadoù", "Bugale", "Sport", "Klask"),
                ("Implijout a reomp toupinoù evit gwellaat al lec'hienn.", "Asantiñ", "Arventennoù"),
                ("Diwar hor penn", "Darempred", "Amplegadoù", "Prevezded"), "© 2026 Brezhoweb", "__BREZHOWEB__")
WORDS = Words(
    {"director": "Sevenour", "writer": "Senarier", "music": "Sonerezh", "producer": "Produer",
     "camera": "Skeudennaouer", "genre": "Rummad", "country": "Bro", "year": "Bloaz",
     "runtime": "Padelezh", "rating": "Oad", "seasons": "Koulzadoù",
     "released": "Deiziad mont er-maez", "studio": "Stal produiñ", "budget": "Budjed",
     "box_office": "Gounidoù"},
    {"about": "Diwar-benn", "details": "Titouroù", "cast": "C'hoarierien", "trailer": "Emziskouez",
     "episodes": "Rannoù", "reviews": "Evezhiadennoù", "no_reviews": "Evezhiadenn ebet c'hoazh.",
     "rail": "Heñvel"})


def deiziad(d: date, long: bool) -> str:
    """'27 a viz Here 1995' or '27/10/1995'."""
    return f"{d.day} a viz {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def padelezh(n: int, long: bool) -> str:
    """'1 eur 51 munutenn', '2 eur' or '111 munutenn' (the noun singular after a number)."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} munutenn"
    return f"{big} eur" + (f" {small} munutenn" if small else "")


def mouezh(n: int) -> str:
    """'(1 234 mouezh)'."""
    return f"({grouped(n, ' ')} mouezh)"


def arc_hant(m: Money) -> str:
    """'3 600 000 $', '70 000 000 CNY': the French order, symbol after the figure."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Koulzad {e.season}, Rann {e.number} · {padelezh(e.minutes, long)} · {deiziad(e.aired, long)}</p><p>Sevenour: {esc(e.director)}</p>"


def _donate(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.4:
        return ""
    return f'<aside class="{c("donate")}"><h2>Skoazellit Brezhoweb</h2><p>{rng.choice(("5", "10"))} €/miz pe {rng.choice(("30", "50"))} € ur wech</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The dubbing studio (not a production company) and the subtitles: no record keys."""
    rows = [("Istitloù", pick(rng, ("brezhoneg", "brezhoneg, galleg")))]
    if rng.random() < 0.6:
        rows.insert(0, ("Doublerezh", esc(pick(rng, DUBBERS))))
    return rows


SITE = Site(NAME, "bw", CHROME, WORDS, deiziad, padelezh, " dre rann", mouezh, arc_hant,
            lambda n: f"Gweladennoù: {grouped(n, ' ')}", _episode, _donate, ("pre", "slash", "caption"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "datePublished", "aggregateRating", "description"),
            0.35, later="Lakaet war Brezhoweb", extra_rows=_more, cta="Sellet")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
