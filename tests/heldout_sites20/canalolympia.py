# ruff: noqa: E501  (HTML templates read best on one line)
"""CanalOlympia Iarivo: a film page of the Antananarivo cinema's site (Malagasy). A poster; the
<h1> (the meta line '1995 · 12+ · 1 ora 51 minitra · Tantara' above or under it on some deploys);
the score with '(1 234 vato)' beside 'Mpijery: 12 345' (admissions, a trap); 'Famintinana'; the
facts as a table giving each name its own row under a spanning label cell, a one-column table
stacking a label row over each value row, or a definition list: 'Tale', 'Mpanoratra', 'Mozika',
'Mpamokatra' and 'Mpaka sary' (traps), 'Karazany', 'Firenena', 'Taona', 'Faharetany: 111
minitra' or '1 ora 51 minitra' (a series' 'isaky ny fizarana'), 'Sokajin-taona' (the site's
marks Ho an'ny rehetra/7+/12+/16+/18+), 'Daty navoahana: 27 Oktobra 1995' (or '27/10/1995')
beside a later 'Mivoaka eto Madagasikara' (a trap), 'Orinasa mpamokatra', 'Teti-bola: 3 600 000
$', 'Vola niditra', 'Vanim-potoana' (seasons), 'Fiteny'; 'Mpilalao'; the trailer; a series'
episodes with their own lengths, dates and directors; the sessions with prices in ariary
(traps); comments; 'Mandeha ankehitriny'; a JSON-LD Movie on some pages. No tagline, audience
text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, hours
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites20.common import (
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

NAME = "canalolympia"
MONTHS = ("Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra",
          "Septambra", "Oktobra", "Novambra", "Desambra")
GENRES = {"Action": "Hetsika", "Adventure": "Fitsangatsanganana", "Animation": "Sariitatra",
          "Comedy": "Hatsikana", "Crime": "Heloka", "Documentary": "Fanadihadiana", "Drama": "Tantara",
          "Family": "Fianakaviana", "Fantasy": "Angano", "History": "Tantaram-pirenena",
          "Horror": "Mampihoron-koditra", "Music": "Sarimihetsika mozika", "Mystery": "Zava-miafina",
          "Romance": "Fitiavana", "Science Fiction": "Siansa foronina", "Thriller": "Mampiahiahy",
          "War": "Ady", "Western": "Western"}
COUNTRIES = {"United States": "Etazonia", "United Kingdom": "Angletera", "France": "Frantsa",
             "Germany": "Alemaina", "Japan": "Japana", "China": "Sina", "South Korea": "Korea Atsimo",
             "India": "India", "Brazil": "Brezila", "Australia": "Aostralia", "Canada": "Kanada",
             "Spain": "Espaina", "Italy": "Italia", "Mexico": "Meksika", "Nigeria": "Nizeria",
             "Sweden": "Soeda", "Denmark": "Danemarka", "Argentina": "Arzantina", "Iran": "Iran",
             "Poland": "Polonina"}
# no board of its own: the site's marks as the writer imagined them
AGES = ages("Ho an'ny rehetra", "7+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("miverina any amin'", "mandova", "mitady", "mandositra", "miaro", "manary"),
    things=("ny tanàna tondra-drano", "ny sahan'ny fianakaviana", "ny fanilo taloha",
            "ny toeram-pitrandrahana nilaozana", "ny tanàna amin'ny sisintany", "ny sambo farany"),
    synopsis=("{hero} dia {verb} {thing} ary hitany fa {other} koa dia {verb2} {thing2}. "
              "Tantaran'ny fahatokiana taloha voasedra mandritra ny vanim-potoana iray i {title}."),
    taglines=("Misy vidiny ny zava-drehetra.",), audiences=("Nankasitrahan'ny mpijery ireo mpilalao.",))
CHROME = Chrome("mg", "CanalOlympia Iarivo", ("Fandraisana", "Sarimihetsika", "Fandaharana", "Tapakila", "Fifandraisana"),
                ("Mampiasa cookies izahay hanatsarana ny traikefanao.", "Ekeko", "Safidy"),
                ("Momba anay", "Fepetra", "Tsiambaratelo", "Fanampiana"), "© 2026 CanalOlympia", "__CANALOLYMPIA__")
WORDS = Words(
    {"director": "Tale", "writer": "Mpanoratra", "music": "Mozika", "producer": "Mpamokatra",
     "camera": "Mpaka sary", "genre": "Karazany", "country": "Firenena", "year": "Taona",
     "runtime": "Faharetany", "rating": "Sokajin-taona", "seasons": "Vanim-potoana",
     "released": "Daty navoahana", "studio": "Orinasa mpamokatra", "budget": "Teti-bola",
     "box_office": "Vola niditra"},
    {"about": "Famintinana", "details": "Momba ny sarimihetsika", "cast": "Mpilalao",
     "trailer": "Tapa-tsarimihetsika", "episodes": "Fizarana", "reviews": "Hevitra",
     "no_reviews": "Mbola tsy misy hevitra.", "rail": "Mandeha ankehitriny"})


def daty(d: date, long: bool) -> str:
    """'27 Oktobra 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def faharetany(n: int, long: bool) -> str:
    """'1 ora 51 minitra' or '111 minitra'."""
    return hours(n, " ora", " minitra") if long else f"{n} minitra"


def vato(n: int) -> str:
    """'(1 234 vato)'."""
    return f"({grouped(n, ' ')} vato)"


def vola(m: Money) -> str:
    """'3 600 000 $': the sign after the figure."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Vanim-potoana {e.season}, Fizarana {e.number} · {faharetany(e.minutes, long)} · {daty(e.aired, long)}</p><p>Tale: {esc(e.director)}</p>"


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    """Today's sessions: times, halls and prices in ariary (traps)."""
    start = date(2026, 6, 1) + timedelta(days=rng.randint(0, 120))
    rows = "".join(f"<li>{daty(start, True)} <time>{h}:{rng.choice(('00', '30'))}</time> · Efitrano {rng.randint(1, 3)} · {grouped(rng.choice((8000, 10000, 15000)), ' ')} Ar</li>" for h in sorted(rng.sample(range(10, 22), 3)))
    return f'<section class="{c("sessions")}"><h2>Fandaharana</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Fiteny", pick(rng, ("Frantsay", "Anglisy, dikan-teny frantsay", "Malagasy")))]


SITE = Site(NAME, "co", CHROME, WORDS, daty, faharetany, " isaky ny fizarana", vato, vola,
            lambda n: f"Mpijery: {grouped(n, ' ')}", _episode, _sessions, ("rowspan", "stacked", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Mivoaka eto Madagasikara", extra_rows=_more, cta="Hividy tapakila", art="poster")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
