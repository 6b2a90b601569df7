# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide auf Deutsch (German, Germany): the localized edition of the ReelGuide title page,
laid out as German film sites lay out a title's 'Details' (label and value). A backdrop; the
<h1> (the meta line '1995 · FSK 16 · 111 Min. · Drama' under it on some deploys); the score
with '1.234 Bewertungen' beside '12.345 Aufrufe' (a trap); 'Handlung'; the facts in icon rows
(the label only the icon's SVG title), a layout table or bold-label lines: 'Regie', 'Drehbuch',
'Musik', 'Produktion', 'Kamera' (traps), 'Genre', 'Produktionsland', 'Produktionsjahr',
'Laufzeit: 111 Min.' (or '1 Std. 51 Min.'; a series' 'pro Folge'), 'Altersfreigabe' (FSK 0/6/
12/16/18), 'Staffeln', 'Kinostart: 27. Oktober 1995' (or '27.10.1995') beside a later
'Heimkinostart' (a trap), 'Studio', 'Originalsprache', 'Synchronfassung'; 'Besetzung'; the
trailer; a series' episodes; the subscription in euros (a trap); 'Kommentare'; 'Das könnte dir
auch gefallen'; a JSON-LD Movie on some pages. Genres and countries in German; no tagline,
audience text, budget, box office, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites9.dewiki import COUNTRIES, FSK, GENRES, MONTHS, PROSE
from tests.heldout_sites36.common import (
    Chrome,
    Classes,
    Site,
    Words,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    translate,
)

NAME = "reelguide_de"
CHROME = Chrome(
    "de",
    "ReelGuide Deutschland",
    ("Start", "Filme", "Serien", "Neu im Kino", "Streaming", "Merkliste"),
    (
        "Wir verwenden Cookies, um dir das beste Erlebnis zu bieten.",
        "Alle akzeptieren",
        "Einstellungen",
    ),
    ("Über uns", "Hilfe", "Impressum", "Datenschutz", "Cookie-Einstellungen", "Kontakt"),
    "© 2026 ReelGuide. Alle Rechte vorbehalten.",
    "__REELGUIDE_DE__",
)
WORDS = Words(
    {
        "director": "Regie",
        "writer": "Drehbuch",
        "music": "Musik",
        "producer": "Produktion",
        "camera": "Kamera",
        "genre": "Genre",
        "country": "Produktionsland",
        "year": "Produktionsjahr",
        "runtime": "Laufzeit",
        "rating": "Altersfreigabe",
        "seasons": "Staffeln",
        "released": "Kinostart",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Handlung",
        "details": "Details",
        "cast": "Besetzung",
        "trailer": "Trailer",
        "episodes": "Folgen",
        "reviews": "Kommentare",
        "no_reviews": "Noch keine Kommentare.",
        "rail": "Das könnte dir auch gefallen",
    },
)


def de_date(d: date, long: bool) -> str:
    """'27. Oktober 1995' or '27.10.1995'."""
    return (
        f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
        if long
        else f"{d.day:02d}.{d.month:02d}.{d.year}"
    )


def laufzeit(n: int, long: bool) -> str:
    """'111 Min.' or '1 Std. 51 Min.' ('45 Min.' under the hour)."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} Min."
    return f"{big} Std." + (f" {small} Min." if small else "")


def votes(n: int) -> str:
    return f"{grouped(n, '.')} Bewertung" + ("" if n == 1 else "en")


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Staffel {e.season}, Folge {e.number} · {laufzeit(e.minutes, long)} · Erstausstrahlung {de_date(e.aired, long)}</p><p>Regie: {esc(e.director)}</p>"


def _abo(t: Title, c: Classes, rng: random.Random) -> str:
    price = pick(rng, ("4,99 €", "7,99 €", "9,99 €"))
    return f'<aside class="{c("abo")}"><h2>Jetzt abonnieren</h2><p>Basis-Abo mit Werbung {price}/Monat · Premium {rng.randint(12, 17)},99 €/Monat</p><p>Jederzeit kündbar.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Originalsprache", pick(rng, ("Englisch", "Französisch", "Deutsch"))),
            ("Synchronfassung", pick(rng, ("Deutsch", "Deutsch, Englisch (OmU)"))),
        ]
    )


SITE = Site(
    NAME,
    "rd",
    CHROME,
    WORDS,
    de_date,
    laufzeit,
    " pro Folge",
    votes,
    no_money,
    lambda n: f"{grouped(n, '.')} Aufrufe",
    _episode,
    _abo,
    ("icons", "layout", "lines"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    ("director", "actor", "genre", "contentRating", "datePublished", "description"),
    0.35,
    later="Heimkinostart",
    extra_rows=_more,
)


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), FSK)
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
