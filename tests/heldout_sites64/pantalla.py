# ruff: noqa: E501  (HTML templates read best on one line)
"""La Pantalla (an invented Catalan film and TV guide, ca): a poster; the <h1> (the meta line
under it on some pages); 'Sinopsi'; the ticket button; the facts as a technical card's lines
('<span>Label:</span> value'), a definition list's grouped pairs, or Turbo frames: 'Direcció',
'Guió', 'Música', 'Producció', 'Fotografia' (traps; 'Producció' the producers, 'Productora' the
studio), 'Gènere', 'País', 'Any', 'Durada: 1 h 51 min' (or '111 min'; a series' ' per
episodi'), 'Qualificació' (the ICAA's 'TP', '+7', '+12', '+16', '+18'), 'Temporades', 'Estrena:
27 d'octubre de 1995' (or '27/10/1995') beside a later 'Estrena en plataformes' (a trap),
'Productora', 'Pressupost' and 'Recaptació' ('25.000.000 $', the sign after), 'Versió' and
'Distribuïdora' rows (no record key); 'Repartiment'; the trailer; a series' episodes; the
lists widget with counts and a ticket price (traps); 'Crítiques'; 'Títols semblants'; a JSON-LD
on some pages. '1.234 vots' beside '12.345 la volen veure' (a trap). No tagline, audience text
or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites64.common import (
    Chrome,
    Site,
    Words,
    ages,
    episode_line,
    fit_rng,
    grouped_by,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
    translate,
    widget,
)

NAME = "pantalla"
HOST = "pantalla.example"
BOARD = ages("TP", "+7", "+12", "+16", "+18")
GENRES = {
    "Action": "Acció",
    "Adventure": "Aventures",
    "Animation": "Animació",
    "Comedy": "Comèdia",
    "Crime": "Policíac",
    "Documentary": "Documental",
    "Drama": "Drama",
    "Family": "Familiar",
    "Fantasy": "Fantàstic",
    "History": "Històric",
    "Horror": "Terror",
    "Music": "Musical",
    "Mystery": "Misteri",
    "Romance": "Romàntic",
    "Science Fiction": "Ciència-ficció",
    "Thriller": "Thriller",
    "War": "Bèl·lic",
    "Western": "Western",
}
COUNTRIES = {
    "United States": "Estats Units",
    "United Kingdom": "Regne Unit",
    "France": "França",
    "Germany": "Alemanya",
    "Japan": "Japó",
    "China": "Xina",
    "South Korea": "Corea del Sud",
    "India": "Índia",
    "Brazil": "Brasil",
    "Australia": "Austràlia",
    "Canada": "Canadà",
    "Spain": "Espanya",
    "Italy": "Itàlia",
    "Mexico": "Mèxic",
    "Nigeria": "Nigèria",
    "Sweden": "Suècia",
    "Denmark": "Dinamarca",
    "Argentina": "Argentina",
    "Iran": "Iran",
    "Poland": "Polònia",
}
MONTHS = (
    "gener",
    "febrer",
    "març",
    "abril",
    "maig",
    "juny",
    "juliol",
    "agost",
    "setembre",
    "octubre",
    "novembre",
    "desembre",
)
PROSE = Prose(
    verbs=("torna a", "hereta", "busca", "abandona", "vigila"),
    things=(
        "un poble inundat",
        "l'hort de la família",
        "un far vell",
        "una mina abandonada",
        "un poble de frontera",
    ),
    synopsis="{hero} {verb} {thing} i descobreix que {other} també {verb2} {thing2}. {title} parla d'una vella lleialtat posada a prova durant una llarga temporada.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "ca",
    "La Pantalla",
    ("Pel·lícules", "Sèries", "Cartellera", "Plataformes", "Inicia la sessió"),
    ("Fem servir galetes per recordar la teva configuració.", "Accepta", "Privadesa"),
    ("Qui som", "Publicitat", "Contacte", "Privadesa", "Avís legal"),
    "© 2026 La Pantalla",
    "__PANTALLA_STATE__",
)
WORDS = Words(
    {
        "director": "Direcció",
        "writer": "Guió",
        "music": "Música",
        "producer": "Producció",
        "camera": "Fotografia",
        "genre": "Gènere",
        "country": "País",
        "year": "Any",
        "runtime": "Durada",
        "rating": "Qualificació",
        "seasons": "Temporades",
        "released": "Estrena",
        "studio": "Productora",
        "budget": "Pressupost",
        "box_office": "Recaptació",
    },
    {
        "about": "Sinopsi",
        "details": "Fitxa",
        "cast": "Repartiment",
        "trailer": "Tràiler",
        "episodes": "Episodis",
        "reviews": "Crítiques",
        "no_reviews": "Encara no hi ha crítiques.",
        "rail": "Títols semblants",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 d'octubre de 1995', '3 de març de 1995' or '27/10/1995'."""
    name = MONTHS[d.month - 1]
    of = "d'" if name[0] in "aeiou" else "de "
    return f"{d.day} {of}{name} de {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1 h 51 min' or '111 min'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} h" + (f" {small} min" if small else "")
    return f"{n} min"


def votes(n: int) -> str:
    return f"{grouped_by(n, '.')} " + ("vot" if n == 1 else "vots")


def views(n: int) -> str:
    return f"{grouped_by(n, '.')} la volen veure"


def money(m: Money) -> str:
    """'25.000.000 $', '25.000.000 €', '25.000.000 GBP': dots between thousands, the sign or
    code after."""
    sign = {"USD": "$", "EUR": "€"}.get(m.currency, m.currency)
    return f"{grouped_by(m.amount, '.')} {sign}"


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Versió", pick(rng, ("VOSC", "Doblada al català", "VO"))),
            ("Distribuïdora", pick(rng, ("A Contracorriente", "Filmax", "Avalon"))),
        ]
    )


SITE = Site(
    NAME,
    "pnt",
    CHROME,
    WORDS,
    date_,
    running,
    " per episodi",
    votes,
    money,
    views,
    episode_line("Episodi", "Direcció:", running, date_),
    widget(
        "Les meves llistes",
        ("Mirant", "Vull veure", "Vista", "Preferides"),
        "Entrades des de 7,50 €",
    ),
    ("pantalla-fitxa", "pantalla-dades", "frames"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.4,
    later="Estrena en plataformes",
    extra_rows=_more,
    cta="Compra entrades",
    art="poster",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
