# ruff: noqa: E501  (HTML templates read best on one line)
"""Havnarbio: a film or series page of Havnar Bio, the cinema in Tórshavn (Faroese). The <h1>;
on some pages the meta line '1995 · 15 ár · 1 t. 51 min. · Drama'; 'Keypt: 1.234 atgongumerki'
(tickets sold, a trap); 'Um filmin'; the facts as one <fieldset> per fact (the label its
<legend>), a table of two pairs per row, or 'Label: value' lines: 'Leikstjóri', 'Handrit',
'Tónleikur', 'Framleiðari' and 'Myndatøka' (traps), 'Slag', 'Land', 'Ár', 'Longd: 111 min.'
(or '1 t. 51 min.'; a series' 'pr. part'), 'Aldursmark' (the Danish classes as the Faroes use
them: 'Loyvd fyri øll', '7 ár', '11 ár', '15 ár'), 'Frumsýning: 27. oktober 1995' (or
'27.10.1995') beside a later 'Frumsýning í Føroyum' (a trap), 'Framleiðsla' (studios),
'Røðir'; 'Leikarar'; the trailer; IMDb; a series' parts with their own lengths and
directors; 'Sýningar' with halls and '90 kr.' prices (a trap); comments; 'Eisini í Havnar
Bio'. No tagline, audience text, votes, money, streaming block or schema.org data."""

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

NAME = "havnarbio"
MONTHS = ("januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember")
GENRES = {"Action": "Action", "Adventure": "Ævintýr", "Animation": "Tekningafilmur",
          "Comedy": "Gaman", "Crime": "Brotsverk", "Documentary": "Heimildarfilmur",
          "Drama": "Drama", "Family": "Familja", "Fantasy": "Fantasy", "History": "Søga",
          "Horror": "Ræðsla", "Music": "Tónleikafilmur", "Mystery": "Gáta", "Romance": "Kærleiki",
          "Science Fiction": "Vísindaskaldskapur", "Thriller": "Spenningur", "War": "Kríggj",
          "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Stórabretland", "France": "Frakland",
             "Germany": "Týskland", "Japan": "Japan", "China": "Kina", "South Korea": "Suðurkorea",
             "India": "India", "Brazil": "Brasil", "Australia": "Avstralia", "Canada": "Kanada",
             "Spain": "Spania", "Italy": "Italia", "Mexico": "Meksiko", "Nigeria": "Nigeria",
             "Sweden": "Svøríki", "Denmark": "Danmark", "Argentina": "Argentina", "Iran": "Iran",
             "Poland": "Pólland"}
# the Danish Media Council's classes (the Faroes follow them): no class above 15
AGES = ages("Loyvd fyri øll", "7 ár", "11 ár", "15 ár", None)
DISTRIBUTORS = ("Nordisk Film Distribution", "SF Studios", "Scanbox", "UIP Danmark")
HALLS = ("Salur 1", "Salur 2", "Salur 3")
PROSE = Prose(
    verbs=("kemur aftur til", "arvar", "leitar eftir", "rýmir frá", "ansar eftir", "missir"),
    things=("eina bygd undir vatni", "garðin hjá familjuni", "ein gamlan vita",
            "eina tóma námu", "ein bý við markið", "seinastu ferjuna"),
    synopsis=("{hero} {verb} {thing} og fær at vita, at {other} eisini {verb2} {thing2}. "
              "Í «{title}» verða gomul trúskapsbond roynd eitt langt summar."),
    taglines=("Alt hevur sín prís.",), audiences=("Áskoðararnir rósa sjónleikarunum.",))
CHROME = Chrome("fo", "Havnar Bio", ("Á skránni", "Komandi", "Atgongumerki", "Gávukort", "Samband"),
                ("Vit nýta cookies.", "Góðtak", "Stillingar"),
                ("Um okkum", "Samband", "Treytir", "Privatlív"), "© 2026 Havnar Bio", "__HAVNARBIO__")
WORDS = Words(
    {"director": "Leikstjóri", "writer": "Handrit", "music": "Tónleikur", "producer": "Framleiðari",
     "camera": "Myndatøka", "genre": "Slag", "country": "Land", "year": "Ár", "runtime": "Longd",
     "rating": "Aldursmark", "seasons": "Røðir", "released": "Frumsýning",
     "studio": "Framleiðsla", "budget": "", "box_office": ""},
    {"about": "Um filmin", "details": "Upplýsingar", "cast": "Leikarar", "trailer": "Trailari",
     "episodes": "Partar", "reviews": "Viðmerkingar", "no_reviews": "Ongar viðmerkingar enn.",
     "rail": "Eisini í Havnar Bio"})


def dagfesting(d: date, long: bool) -> str:
    """'27. oktober 1995' or '27.10.1995'."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def longd(n: int, long: bool) -> str:
    """'1 t. 51 min.', '2 t.' or '111 min.'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min."
    return f"{big} t." + (f" {small} min." if small else "")


def _none(n: int) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Røð {e.season}, partur {e.number} · {longd(e.minutes, long)} · {dagfesting(e.aired, long)}</p><p>Leikstjóri: {esc(e.director)}</p>"


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.3:
        return ""
    rows = "".join(f'<li><b>{hall}</b> <time>{rng.randint(14, 22)}:{rng.choice(("00", "15", "30"))}</time> <span>{rng.choice(("80", "90", "100"))} kr.</span></li>' for hall in rng.sample(HALLS, 2))
    return f'<section class="{c("sessions")}"><h2>Sýningar</h2><ul>{rows}</ul></section>'


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """Speech and subtitles, and the distributor (a company that is not the studio): traps."""
    return [("Tal", pick(rng, ("enskt tal, danskur tekstur", "føroyskt tal", "enskt tal, føroyskur tekstur"))),
            ("Útleigari", pick(rng, DISTRIBUTORS) if rng.random() < 0.6 else "")]


SITE = Site(NAME, "hb", CHROME, WORDS, dagfesting, longd, " pr. part", _none, _money,
            lambda n: f"Keypt: {grouped(n, '.')} atgongumerki", _episode, _sessions,
            ("fieldset", "fieldset", "pairs", "lines"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget",
                       "box_office", "streaming"}),
            later="Frumsýning í Føroyum", imdb_text="Sí á IMDb", extra_rows=_more, cta="Keyp atgongumerki", art="poster")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
