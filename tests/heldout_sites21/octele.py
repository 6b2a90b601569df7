# ruff: noqa: E501  (HTML templates read best on one line)
"""ÒCtele: a film or series page of the Occitan-language web television (Occitan,
the classical spelling). A backdrop; the <h1> (the meta line '1995 · -12 · 1 ora 51 minutas · Drama' above
or under it on some deploys); the score with '(1 234 vòts)' beside '12 345 visionaments'
(views, a trap); 'Sinopsi'; the facts as a disabled list box whose labels are <optgroup label>
attributes over one <option> per value, an SVG card of <text> labels and values, or label+value
button chips: 'Realizacion', 'Scenari', 'Musica', 'Produccion' and 'Fotografia' (traps), 'Gènre',
'País', 'Annada', 'Durada: 111 minutas' or '1 ora 51 minutas' (a series' 'per episòdi'),
'Public' (the French marks Tot public/-10/-12/-16/-18), "Sortida: 27 d'octòbre de 1995" (or
'27/10/1995') beside a later 'Sus ÒCtele dempuèi' (a trap), 'Societat de produccion', 'Budgèt:
3 600 000 $', 'Recèptas', 'Sasons', 'Lenga'; 'Distribucion'; the trailer; a series' episodes
with their own lengths, dates and directors; the broadcast times on the partner channels (a
trap); comments; 'Tanben sus ÒCtele'; a JSON-LD Movie on some pages. No tagline, audience text,
IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

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

NAME = "octele"
MONTHS = ("genièr", "febrièr", "març", "abril", "mai", "junh", "julhet", "agost", "setembre",
          "octòbre", "novembre", "decembre")
GENRES = {"Action": "Accion", "Adventure": "Aventura", "Animation": "Animacion",
          "Comedy": "Comèdia", "Crime": "Polar", "Documentary": "Documentari", "Drama": "Drama",
          "Family": "Familha", "Fantasy": "Fantastic", "History": "Istòria", "Horror": "Òrror",
          "Music": "Filme musical", "Mystery": "Mistèri", "Romance": "Romança",
          "Science Fiction": "Sciéncia-ficcion", "Thriller": "Thriller", "War": "Guèrra",
          "Western": "Western"}
COUNTRIES = {"United States": "Estats Units", "United Kingdom": "Reialme Unit",
             "France": "França", "Germany": "Alemanha", "Japan": "Japon", "China": "China",
             "South Korea": "Corèa del Sud", "India": "Índia", "Brazil": "Brasil",
             "Australia": "Austràlia", "Canada": "Canadà", "Spain": "Espanha", "Italy": "Itàlia",
             "Mexico": "Mexic", "Nigeria": "Nigèria", "Sweden": "Suècia", "Denmark": "Danemarc",
             "Argentina": "Argentina", "Iran": "Iran", "Poland": "Polonha"}
# the French audiovisual regulator's marks (-10: desconselhat als mens de 10 ans)
AGES = ages("Tot public", "-10", "-12", "-16", "-18")
PROSE = Prose(
    verbs=("torna a", "erita", "cerca", "fugís", "protegís", "abandona"),
    things=("lo vilatge negat", "lo mas de la familha", "lo vièlh far",
            "la mina abandonada", "la vila de la frontièra", "lo darrièr batèl"),
    synopsis=("{hero} {verb} {thing} e descobrís que {other} {verb2} {thing2} tanben. "
              "{title} conta una vièlha fidelitat mesa a l'espròva pendent una sason."),
    taglines=("Tot a son prètz.",), audiences=("Lo public a lausat los actors.",))
CHROME = Chrome("oc", "ÒCtele", ("Acuèlh", "Emissions", "Filmes", "Sèries", "Mainatges", "Cercar"),
                ("ÒCtele utiliza de cookies per melhorar vòstra experiéncia.", "Acceptar", "Paramètres"),
                ("A prepaus", "Mencions legalas", "Confidencialitat", "Contacte", "Ajuda"), "© 2026 ÒCtele", "__OCTELE__")
WORDS = Words(
    {"director": "Realizacion", "writer": "Scenari", "music": "Musica", "producer": "Produccion",
     "camera": "Fotografia", "genre": "Gènre", "country": "País", "year": "Annada",
     "runtime": "Durada", "rating": "Public", "seasons": "Sasons", "released": "Sortida",
     "studio": "Societat de produccion", "budget": "Budgèt", "box_office": "Recèptas"},
    {"about": "Sinopsi", "details": "Fica tecnica", "cast": "Distribucion", "trailer": "Anóncia",
     "episodes": "Episòdis", "reviews": "Comentaris", "no_reviews": "Pas cap de comentari pel moment.",
     "rail": "Tanben sus ÒCtele"})


def data(d: date, long: bool) -> str:
    """"27 d'octòbre de 1995", '3 de març de 1995' or '27/10/1995'."""
    month = MONTHS[d.month - 1]
    of = "d'" if month[0] in "aeiou" else "de "
    return f"{d.day} {of}{month} de {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def durada(n: int, long: bool) -> str:
    """'1 ora 51 minutas', '2 oras', '45 minutas' or '111 minutas'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minutas"
    hour = f"{big} {'ora' if big == 1 else 'oras'}"
    return f"{hour} {small} minutas" if small else hour


def vots(n: int) -> str:
    """'(1 234 vòts)', '(1 vòt)'."""
    return f"({grouped(n, ' ')} {'vòt' if n == 1 else 'vòts'})"


def moneda(m: Money) -> str:
    """'3 600 000 $': the sign after the figure."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Sason {e.season}, episòdi {e.number} · {durada(e.minutes, long)} · {data(e.aired, long)}</p><p>Realizacion: {esc(e.director)}</p>"


def _difusions(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("diluns", "dimars", "dimècres", "dijòus", "divendres", "dissabte", "dimenge")
    rows = "".join(f"<li>{day} a <time>{rng.randint(18, 22)}h{rng.choice(('00', '15', '45'))}</time> sus {pick(rng, ('ViàOccitanie', 'France 3 Nouvelle-Aquitaine', 'TV7'))}</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("tv")}"><h2>Difusions</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Lenga", pick(rng, ("Occitan", "Occitan, sostitolat en francés", "Francés, doblatge occitan")))]


SITE = Site(NAME, "oc", CHROME, WORDS, data, durada, " per episòdi", vots, moneda,
            lambda n: f"{grouped(n, ' ')} visionaments", _episode, _difusions, ("optgroup", "svgtext", "buttons"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Sus ÒCtele dempuèi", extra_rows=_more, cta="Agachar")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
