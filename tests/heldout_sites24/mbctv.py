# ruff: noqa: E501  (HTML templates read best on one line)
"""MBC TV: a drama or film page of the Malawi Broadcasting Corporation's television, in
Chichewa. A backdrop; the <h1> (the meta line '1995 · 16 · ola 1 ndi mphindi 51 · Sewero' under
it, in the hero's <header> on some deploys); the score with '(mavoti 1,234)' / '(voti 1)' beside
'Owonera: 12,345' (views, a trap); 'Za filimuyi'; the facts as a component whose shadow root
holds the labels beside named slots that the values (last first) fill, list items whose value
comes before its label and that the stylesheet draws reversed, or a table: 'Wotsogolera',
'Wolemba', 'Nyimbo', 'Wopanga' and 'Wojambula' (traps), 'Mtundu', 'Dziko', 'Chaka', 'Nthawi:
mphindi 111' or 'ola 1 ndi mphindi 51' (a series' 'pa gawo lililonse'), 'Zaka' (the Malawi
Censorship Board's marks as the channel prints them, Onse/PG/13/16/18), 'Tsiku lotulutsidwa:
27 Okutobala 1995' (or '27/10/1995') beside a later 'Pa MBC TV kuyambira' (a trap), 'Kampani',
'Ndalama zogwiritsidwa ntchito: $3,600,000', 'Ndalama zopezeka', 'Nyengo', 'Chilankhulo';
'Ochita sewero'; the trailer; a series' episodes with their own lengths, dates and directors;
broadcast times and the MBC Digital bundle in kwacha (traps); comments; 'Zina zomwe mungakonde';
a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites24.common import (
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

NAME = "mbctv"
MONTHS = ("Januwale", "Febuluwale", "Malichi", "Epulo", "Meyi", "Juni", "Julayi", "Ogasiti",
          "Seputembala", "Okutobala", "Novembala", "Disembala")
GENRES = {"Action": "Zochitika", "Adventure": "Ulendo", "Animation": "Zojambula", "Comedy": "Zoseketsa",
          "Crime": "Upandu", "Documentary": "Zolemba zenizeni", "Drama": "Sewero", "Family": "Banja",
          "Fantasy": "Nthano", "History": "Mbiri", "Horror": "Zoopsa", "Music": "Za nyimbo",
          "Mystery": "Chinsinsi", "Romance": "Chikondi", "Science Fiction": "Sayansi yongoganizira",
          "Thriller": "Zokhumudwitsa mtima", "War": "Nkhondo", "Western": "Western"}
COUNTRIES = {"United States": "Amereka", "United Kingdom": "Bulitani", "France": "Falansa",
             "Germany": "Jelemani", "Japan": "Japani", "China": "Tchaina",
             "South Korea": "Korea ya Kumwera", "India": "India", "Brazil": "Brazil",
             "Australia": "Australia", "Canada": "Kanada", "Spain": "Spain", "Italy": "Italy",
             "Mexico": "Mekisiko", "Nigeria": "Nayijeriya", "Sweden": "Swideni", "Denmark": "Denimaki",
             "Argentina": "Arigentina", "Iran": "Iran", "Poland": "Poland"}
AGES = ages("Onse", "PG", "13", "16", "18")
PROSE = Prose(
    verbs=("abwerera ku", "apeza", "afufuza", "athawa", "ateteza", "ataya"),
    things=("mudzi womizidwa ndi madzi", "munda wabanja", "nyumba yakale ya nyali",
            "mgodi wosiyidwa", "tawuni yamalire", "bwato lomaliza"),
    synopsis=("{hero} {verb} {thing} ndipo apeza kuti {other} nayenso {verb2} {thing2}. "
              "{title} ndi nkhani ya kukhulupirika kwakale koyesedwa chaka chonse."),
    taglines=("Chilichonse chili ndi mtengo wake.",), audiences=("Owonera ayamikira ochita sewero.",))
CHROME = Chrome("ny", "MBC TV", ("Kunyumba", "Masewero", "Mafilimu", "Onerani pompano", "Nkhani", "Sakani"),
                ("Timagwiritsa ntchito makeke kukonza zomwe mukuwona.", "Vomerani", "Zokonda"),
                ("Za ife", "Lumikizanani nafe", "Malamulo", "Chinsinsi"), "© 2026 Malawi Broadcasting Corporation", "__MBCTV__")
WORDS = Words(
    {"director": "Wotsogolera", "writer": "Wolemba", "music": "Nyimbo", "producer": "Wopanga",
     "camera": "Wojambula", "genre": "Mtundu", "country": "Dziko", "year": "Chaka",
     "runtime": "Nthawi", "rating": "Zaka", "seasons": "Nyengo", "released": "Tsiku lotulutsidwa",
     "studio": "Kampani", "budget": "Ndalama zogwiritsidwa ntchito", "box_office": "Ndalama zopezeka"},
    {"about": "Za filimuyi", "details": "Zambiri", "cast": "Ochita sewero", "trailer": "Kanema wachidule",
     "episodes": "Magawo", "reviews": "Ndemanga", "no_reviews": "Palibe ndemanga pakali pano.",
     "rail": "Zina zomwe mungakonde"})


def tsiku(d: date, long: bool) -> str:
    """'27 Okutobala 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def nthawi(n: int, long: bool) -> str:
    """'ola 1 ndi mphindi 51', 'maola 2' or 'mphindi 111': the noun before the number."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"mphindi {n}"
    return ("ola 1" if big == 1 else f"maola {big}") + (f" ndi mphindi {small}" if small else "")


def mavoti(n: int) -> str:
    """'(mavoti 1,234)', '(voti 1)'."""
    return "(voti 1)" if n == 1 else f"(mavoti {grouped(n)})"


def ndalama(m: Money) -> str:
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Nyengo {e.season}, Gawo {e.number} · {nthawi(e.minutes, long)} · {tsiku(e.aired, long)}</p><p>Wotsogolera: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Lolemba", "Lachiwiri", "Lachitatu", "Lachinayi", "Lachisanu", "Loweruka", "Lamlungu")
    rows = "".join(f"<li>{day} nthawi ya {rng.randint(18, 21)}:{rng.choice(('00', '30'))}</li>" for day in rng.sample(days, 2))
    price = rng.choice(("5,000", "7,500"))
    return f'<section class="{c("schedule")}"><h2>Nthawi zowulutsa</h2><ul>{rows}</ul><p>MBC Digital: MK {price} pa mwezi.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Chilankhulo", pick(rng, ("Chichewa", "Chingerezi, mawu olembedwa a Chichewa", "Chichewa ndi Chitumbuka")))]


SITE = Site(NAME, "mb", CHROME, WORDS, tsiku, nthawi, " pa gawo lililonse", mavoti, ndalama,
            lambda n: f"Owonera: {grouped(n)}", _episode, _schedule, ("slots", "reverse", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Pa MBC TV kuyambira", extra_rows=_more, cta="Onerani tsopano")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
