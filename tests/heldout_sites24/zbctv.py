# ruff: noqa: E501  (HTML templates read best on one line)
"""ZBCtv: a drama or film page of the Zimbabwe Broadcasting Corporation's television, in Shona.
A backdrop; the <h1> (the meta line '1995 · 13 · awa 1 nemaminitsi 51 · Mutambo' under it, in
the hero's <header> on some deploys); the score with '(mavhoti 1,234)' / '(vhoti 1)' beside
'Vakaona: 12,345' (views, a trap); 'Nezvefirimu'; the facts as a grid whose values come first
and labels after, placed by named grid areas, an ordered list whose labels are only each item's
::marker rule, or a definition list: 'Mutungamiri', 'Munyori', 'Mimhanzi', 'Mugadziri' and
'Mutori wemifananidzo' (traps), 'Rudzi', 'Nyika', 'Gore', 'Nguva: maminitsi 111' or 'awa 1
nemaminitsi 51' (a series' 'pachikamu chimwe nechimwe'), 'Zera' (the channel's marks
Vese/PG/13/16/18), 'Zuva rekuburitswa: 27 Gumiguru 1995' (or '27/10/1995') beside a later 'Pa
ZBCtv kubva' (a trap), 'Kambani', 'Mari yakashandiswa: $3,600,000', 'Mari yakawanikwa',
'Mwaka', 'Mutauro'; 'Vatambi'; the trailer; a series' episodes with their own lengths, dates
and directors; broadcast times and the ZBC licence fee in US dollars (traps); comments;
'Zvimwe zvaungada'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or
streaming block."""

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

NAME = "zbctv"
MONTHS = ("Ndira", "Kukadzi", "Kurume", "Kubvumbi", "Chivabvu", "Chikumi", "Chikunguru",
          "Nyamavhuvhu", "Gunyana", "Gumiguru", "Mbudzi", "Zvita")
GENRES = {"Action": "Zviito", "Adventure": "Rwendo", "Animation": "Katuni", "Comedy": "Zvinosetsa",
          "Crime": "Mhosva", "Documentary": "Zvinyorwa zvechokwadi", "Drama": "Mutambo",
          "Family": "Mhuri", "Fantasy": "Ngano", "History": "Nhoroondo", "Horror": "Zvinotyisa",
          "Music": "Zvemimhanzi", "Mystery": "Chakavanzika", "Romance": "Rudo",
          "Science Fiction": "Sainzi yekufungidzira", "Thriller": "Zvinovhundutsa",
          "War": "Hondo", "Western": "Western"}
COUNTRIES = {"United States": "Amerika", "United Kingdom": "Bhiriteni", "France": "Furanzi",
             "Germany": "Jerimani", "Japan": "Japani", "China": "Chaina",
             "South Korea": "Korea yeMaodzanyemba", "India": "Indiya", "Brazil": "Brazil",
             "Australia": "Ositireriya", "Canada": "Kanada", "Spain": "Speni", "Italy": "Itari",
             "Mexico": "Mekisiko", "Nigeria": "Naijeriya", "Sweden": "Swidheni", "Denmark": "Denmaki",
             "Argentina": "Ajendina", "Iran": "Irani", "Poland": "Poland"}
AGES = ages("Vese", "PG", "13", "16", "18")  # the channel's own marks ('Vese' = everyone)
PROSE = Prose(
    verbs=("anodzokera ku", "anowana", "anotsvaga", "anotiza", "anodzivirira", "anorasikirwa ne"),
    things=("musha wakanyudzwa nemvura", "purazi remhuri", "imba yemwenje yekare",
            "mugodhi wakasiyiwa", "taundi riri pamuganhu", "chikepe chekupedzisira"),
    synopsis=("{hero} {verb} {thing} ndokuona kuti {other} zvakare {verb2} {thing2}. "
              "{title} inyaya yekuvimbika kwekare kunoedzwa gore rese."),
    taglines=("Chinhu chimwe nechimwe chine mutengo wacho.",), audiences=("Vaoni vakarumbidza vatambi.",))
CHROME = Chrome("sn", "ZBCtv", ("Kumba", "Mitambo", "Mafirimu", "Ona mhenyu", "Nhau", "Tsvaga"),
                ("Tinoshandisa makuki kuvandudza zvaunoona.", "Bvuma", "Zvirongwa"),
                ("Nezvedu", "Taura nesu", "Mitemo", "Zvakavanzika"), "© 2026 Zimbabwe Broadcasting Corporation", "__ZBCTV__")
WORDS = Words(
    {"director": "Mutungamiri", "writer": "Munyori", "music": "Mimhanzi", "producer": "Mugadziri",
     "camera": "Mutori wemifananidzo", "genre": "Rudzi", "country": "Nyika", "year": "Gore",
     "runtime": "Nguva", "rating": "Zera", "seasons": "Mwaka", "released": "Zuva rekuburitswa",
     "studio": "Kambani", "budget": "Mari yakashandiswa", "box_office": "Mari yakawanikwa"},
    {"about": "Nezvefirimu", "details": "Ruzivo", "cast": "Vatambi", "trailer": "Chidimbu chekuratidza",
     "episodes": "Zvikamu", "reviews": "Mafungiro", "no_reviews": "Hapana mafungiro parizvino.",
     "rail": "Zvimwe zvaungada"})


def zuva(d: date, long: bool) -> str:
    """'27 Gumiguru 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def nguva(n: int, long: bool) -> str:
    """'awa 1 nemaminitsi 51', 'maawa 2' or 'maminitsi 111': the noun before the number."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"maminitsi {n}"
    return ("awa 1" if big == 1 else f"maawa {big}") + (f" nemaminitsi {small}" if small else "")


def mavhoti(n: int) -> str:
    """'(mavhoti 1,234)', '(vhoti 1)'."""
    return "(vhoti 1)" if n == 1 else f"(mavhoti {grouped(n)})"


def mari(m: Money) -> str:
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Mwaka {e.season}, Chikamu {e.number} · {nguva(e.minutes, long)} · {zuva(e.aired, long)}</p><p>Mutungamiri: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Muvhuro", "Chipiri", "Chitatu", "China", "Chishanu", "Mugovera", "Svondo")
    rows = "".join(f"<li>{day} {rng.randint(18, 21)}:{rng.choice(('00', '30'))}</li>" for day in rng.sample(days, 2))
    fee = rng.choice(("$30", "$35"))
    return f'<section class="{c("schedule")}"><h2>Nguva dzekuratidzwa</h2><ul>{rows}</ul><p>Rezinesi reZBC: {fee} pagore, kubhadhara paZBC Pay.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Mutauro", pick(rng, ("ChiShona", "ChiShona, zvinyorwa zveChirungu", "Chirungu, zvakashandurirwa muChiShona")))]


SITE = Site(NAME, "zb", CHROME, WORDS, zuva, nguva, " pachikamu chimwe nechimwe", mavhoti, mari,
            lambda n: f"Vakaona: {grouped(n)}", _episode, _schedule, ("areas", "marker", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Pa ZBCtv kubva", extra_rows=_more, cta="Ona izvozvi")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
