# ruff: noqa: E501  (HTML templates read best on one line)
"""Showmax: a film or series page of Showmax, the South African streaming service, in isiZulu
(Zulu). A backdrop; a breadcrumb trail 'Ekhaya › genre › title'; the <h1> (in an <hgroup> with
the meta line on some deploys); the score with '(1 234 amavoti)' (one 'ivoti') beside
'Ukubukwa: 12 345' (views, a trap); 'Mayelana'; the facts as filter chips (label and value in
one <button>), custom elements whose label is a `label` attribute the stylesheet shows, or a
definition list: 'Umqondisi', 'Umbhali', 'Umculo', 'Umkhiqizi' and 'Umthwebuli' (traps),
'Uhlobo', 'Izwe', 'Unyaka', 'Ubude: imizuzu 111' (or 'ihora 1 imizuzu 51'; a series' 'isiqephu
ngasinye'), 'Iminyaka' (the FPB's classes A, 7-9PG, 13, 16, 18), 'Usuku lokukhishwa: 27 Okthoba
1995' (or '1995/10/27') beside a later 'Kufike ku-Showmax' (a trap), 'Isitudiyo', 'Amasizini',
'Ulimi'; 'Abalingisi'; the trailer; a series' episodes with their own lengths and directors;
plans 'R49/ngenyanga' (traps); comments; 'Okufanayo'; a JSON-LD Movie on some pages. No
tagline, audience text, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
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

NAME = "showmax"
MONTHS = ("Januwari", "Februwari", "Mashi", "Ephreli", "Meyi", "Juni", "Julayi", "Agasti",
          "Septhemba", "Okthoba", "Novemba", "Disemba")
GENRES = {"Action": "Okwesenzo", "Adventure": "Uhambo", "Animation": "Opopayi",
          "Comedy": "Amahlaya", "Crime": "Ubugebengu", "Documentary": "Umqulu",
          "Drama": "Idrama", "Family": "Umndeni", "Fantasy": "Inganekwane", "History": "Umlando",
          "Horror": "Okwesabekayo", "Music": "Ezomculo", "Mystery": "Imfihlakalo",
          "Romance": "Uthando", "Science Fiction": "Isayensi eqanjiwe", "Thriller": "Okushaqisayo",
          "War": "Impi", "Western": "Okwasentshonalanga"}
COUNTRIES = {"United States": "IMelika", "United Kingdom": "IBhilithani", "France": "IFulansi",
             "Germany": "IJalimane", "Japan": "IJapane", "China": "IShayina",
             "South Korea": "ISouth Korea", "India": "INdiya", "Brazil": "IBrazil",
             "Australia": "I-Australia", "Canada": "IKhanada", "Spain": "ISpeyini",
             "Italy": "I-Italy", "Mexico": "IMexico", "Nigeria": "INigeria", "Sweden": "ISwidi",
             "Denmark": "IDenmark", "Argentina": "I-Argentina", "Iran": "I-Iran",
             "Poland": "IPoland"}
# the Film and Publication Board's classes as the writer knew them (its PG and 10-12PG left out)
AGES = ages("A", "7-9PG", "13", "16", "18")
PROSE = Prose(
    verbs=("ubuyela", "uthola ifa", "ufuna", "ubalekela", "uqapha", "ulahlekelwa"),
    things=("edolobhaneni elagcwala amanzi", "ensimini yomndeni", "embhoshongweni omdala",
            "edolobheni lasemngceleni", "esikebheni sokugcina", "emakethe yasebusika"),
    synopsis=("U{hero} {verb} {thing} bese ethola ukuthi u{other} naye {verb2} {thing2}. "
              "Ku-«{title}» ukwethembeka kwakudala kuyavivinywa isikhathi eside."),
    taglines=("Konke kunentengo yakho.",), audiences=("Ababukeli bancoma abalingisi.",))
CHROME = Chrome("zu", "Showmax", ("Ekhaya", "Amafilimu", "Uchungechunge", "Ezemidlalo", "Izingane", "Sesha"),
                ("Sisebenzisa ama-cookie ukwenza ngcono isipiliyoni sakho.", "Yamukela", "Izilungiselelo"),
                ("Mayelana nathi", "Usizo", "Imigomo", "Ubumfihlo"), "© 2026 Showmax", "__SHOWMAX__")
WORDS = Words(
    {"director": "Umqondisi", "writer": "Umbhali", "music": "Umculo", "producer": "Umkhiqizi",
     "camera": "Umthwebuli", "genre": "Uhlobo", "country": "Izwe", "year": "Unyaka",
     "runtime": "Ubude", "rating": "Iminyaka", "seasons": "Amasizini",
     "released": "Usuku lokukhishwa", "studio": "Isitudiyo", "budget": "", "box_office": ""},
    {"about": "Mayelana", "details": "Imininingwane", "cast": "Abalingisi", "trailer": "Ithreyila",
     "episodes": "Iziqephu", "reviews": "Imibono", "no_reviews": "Awukho umbono okwamanje.",
     "rail": "Okufanayo"})


def usuku(d: date, long: bool) -> str:
    """'27 Okthoba 1995' or '1995/10/27'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.year}/{d.month:02d}/{d.day:02d}"


def ubude(n: int, long: bool) -> str:
    """'ihora 1 imizuzu 51', 'amahora 2' or 'imizuzu 111'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"imizuzu {n}"
    return ("ihora 1" if big == 1 else f"amahora {big}") + (f" imizuzu {small}" if small else "")


def amavoti(n: int) -> str:
    """'(1 ivoti)', '(1 234 amavoti)' with South Africa's space grouping."""
    return f"({grouped(n, ' ')} {'ivoti' if n == 1 else 'amavoti'})"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Isizini {e.season}, Isiqephu {e.number} · {ubude(e.minutes, long)} · {usuku(e.aired, long)}</p><p>Umqondisi: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    mobile, premium = rng.choice((("R49", "R99"), ("R39", "R89")))
    return f'<aside class="{c("plans")}"><h2>Khetha uhlelo</h2><ul><li>Showmax Mobile {mobile}/ngenyanga</li><li>Showmax Premium {premium}/ngenyanga</li></ul></aside>'


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The audio language: a fact the record has no key for."""
    return [("Ulimi", pick(rng, ("IsiZulu", "IsiNgisi", "IsiZulu, imibhalo engezansi yesiNgisi")))]


SITE = Site(NAME, "sm", CHROME, WORDS, usuku, ubude, " isiqephu ngasinye", amavoti, _money,
            lambda n: f"Ukubukwa: {grouped(n, ' ')}", _episode, _plans, ("buttons", "custom", "dl"),
            frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id",
                       "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "description"),
            0.3, later="Kufike ku-Showmax", extra_rows=_more, cta="Buka manje", crumbs="Ekhaya")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
