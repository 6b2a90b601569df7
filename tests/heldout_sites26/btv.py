# ruff: noqa: E501  (HTML templates read best on one line)
"""Btv (Botswana Television): a film or series page of Botswana's national broadcaster's site,
in Setswana. A backdrop; the <h1> (the meta line '1995 · 16 · ura 1 le metsotso 51 · Terama'
under it, in the hero's <header> on some deploys); the score with '(ditlhopho 1,234)' /
'(tlhopho 1)' beside 'Ba e bogetse: 12,345' (views, a trap); 'Ka ga filimi'; the facts as a
two-column table whose label cells only the <colgroup>'s first <col> sets apart, a role="feed"
of <article>s each with its label in a <header>, or a table: 'Mokaedi', 'Mokwadi', 'Moqapi wa
mmino', 'Motlhagisi' and 'Motsaya-ditshwantsho' (traps), 'Mofuta', 'Naga', 'Ngwaga', 'Boleele:
metsotso 111' or 'ura 1 le metsotso 51' (the noun first; a series' 'ka karolo'), 'Dingwaga'
(Botlhe/PG/13/16/18, a site convention), 'Letsatsi la go tswa: 27 Diphalane 1995' (or
'27/10/1995') beside a later 'Mo Btv go tloga' (a trap), 'Setudio', 'Tekanyetso ya madi:
$3,600,000', 'Madi a dithekete', 'Ditlha', 'Puo'; 'Batshameki'; the trailer; a series' episodes
with their own lengths, dates and directors; broadcast times (traps); comments; 'Tse dingwe';
a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

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

NAME = "btv"
MONTHS = ("Ferikgong", "Tlhakole", "Mopitlwe", "Moranang", "Motsheganang", "Seetebosigo", "Phukwi",
          "Phatwe", "Lwetse", "Diphalane", "Ngwanatsele", "Sedimonthole")
GENRES = {"Action": "Ditiragalo", "Adventure": "Boitshoko", "Animation": "Dikhathune",
          "Comedy": "Metlae", "Crime": "Bosenyi", "Documentary": "Pegelo", "Drama": "Terama",
          "Family": "Lelapa", "Fantasy": "Ditoro", "History": "Hisitori", "Horror": "Poifo",
          "Music": "Mmino", "Mystery": "Sephiri", "Romance": "Lorato",
          "Science Fiction": "Saense ya bokamoso", "Thriller": "Kgatelelo", "War": "Ntwa",
          "Western": "Western"}
COUNTRIES = {"United States": "Amerika", "United Kingdom": "Engelane", "France": "Fora",
             "Germany": "Jeremane", "Japan": "Japane", "China": "China", "South Korea": "Korea Borwa",
             "India": "India", "Brazil": "Brazil", "Australia": "Australia", "Canada": "Khanada",
             "Spain": "Sepania", "Italy": "Itali", "Mexico": "Mexico", "Nigeria": "Nigeria",
             "Sweden": "Sweden", "Denmark": "Denmaka", "Argentina": "Argentina", "Iran": "Irane",
             "Poland": "Poland"}
AGES = ages("Botlhe", "PG", "13", "16", "18")  # a site convention, no board's
PROSE = Prose(
    verbs=("boela", "bona", "batla", "tshaba", "sireletsa", "latlhegelwa"),
    things=("motse o metsi a o kgotlhileng", "tshimo ya lelapa", "ntlo ya lesedi ya bogologolo",
            "moepo o o tlogetsweng", "motse wa kwa moleng", "mokoro wa bofelo"),
    synopsis=("{hero} o {verb} {thing} mme {other} le ene o {verb2} {thing2}. "
              "{title} ke kgang ya botsalano jwa bogologolo jo bo lekwang ngwaga otlhe."),
    taglines=("Sengwe le sengwe se na le tlhwatlhwa ya sone.",), audiences=("Babogedi ba bakile batshameki.",))
CHROME = Chrome("tn", "Btv", ("Gae", "Diterama", "Difilimi", "Thelebishene e e tshelang", "Dikgang", "Batla"),
                ("Re dirisa di-cookie.", "Ke a dumela", "Dithulaganyo"),
                ("Ka ga rona", "Ikgolaganye le rona", "Melawana", "Sephiri sa gago"), "© 2026 Botswana Television", "__BTV__")
WORDS = Words(
    {"director": "Mokaedi", "writer": "Mokwadi", "music": "Moqapi wa mmino", "producer": "Motlhagisi",
     "camera": "Motsaya-ditshwantsho", "genre": "Mofuta", "country": "Naga", "year": "Ngwaga",
     "runtime": "Boleele", "rating": "Dingwaga", "seasons": "Ditlha", "released": "Letsatsi la go tswa",
     "studio": "Setudio", "budget": "Tekanyetso ya madi", "box_office": "Madi a dithekete"},
    {"about": "Ka ga filimi", "details": "Dintlha", "cast": "Batshameki", "trailer": "Setshwantsho sa pele",
     "episodes": "Dikarolo", "reviews": "Maikutlo", "no_reviews": "Ga go na maikutlo ga jaana.",
     "rail": "Tse dingwe"})


def letsatsi(d: date, long: bool) -> str:
    """'27 Diphalane 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def boleele(n: int, long: bool) -> str:
    """'ura 1 le metsotso 51', 'diura 2' or 'metsotso 111' (the noun first)."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"metsotso {n}"
    return ("ura 1" if big == 1 else f"diura {big}") + (f" le metsotso {small}" if small else "")


def ditlhopho(n: int) -> str:
    """'(ditlhopho 1,234)', '(tlhopho 1)'."""
    return "(tlhopho 1)" if n == 1 else f"(ditlhopho {grouped(n)})"


def madi(m: Money) -> str:
    """'$3,600,000', 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Setlha {e.season}, karolo {e.number} · {boleele(e.minutes, long)} · {letsatsi(e.aired, long)}</p><p>Mokaedi: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Mosupologo", "Labobedi", "Laboraro", "Labone", "Labotlhano", "Lamatlhatso", "Tshipi")
    rows = "".join(f"<li>{day}, {rng.randint(19, 22)}:{rng.choice(('00', '30'))}</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Dinako tsa phasalatso</h2><ul>{rows}</ul><p>E boeletswa ka Tshipi mo mosong.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Puo", pick(rng, ("Setswana", "Sekgoa, mekwalo ka Setswana", "Setswana le Sekgoa")))]


SITE = Site(NAME, "bw", CHROME, WORDS, letsatsi, boleele, " ka karolo", ditlhopho, madi,
            lambda n: f"Ba e bogetse: {grouped(n)}", _episode, _schedule, ("colgroup", "feed", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Mo Btv go tloga", extra_rows=_more, cta="Lebelela")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
