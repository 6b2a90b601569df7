# ruff: noqa: E501  (HTML templates read best on one line)
"""Rolprentgids (an invented South African film guide in Afrikaans, af): a backdrop; the <h1>
(the meta line under it on some pages); 'Storielyn'; the ticket button; the facts as fact rows,
list items ('<b>Label:</b> value') or a paragraph of one sentence per fact: 'Regisseur',
'Draaiboek', 'Musiek', 'Vervaardiger', 'Kinematografie' (traps), 'Genre', 'Land', 'Jaar',
'Speeltyd: 1 uur 51 min' (or '111 min'; a series' ' per episode'), 'Ouderdomsperk' (the FPB's
'A', 'PG', '13', '16', '18'), 'Seisoene', 'Vrystellingsdatum: 27 Oktober 1995' (or
'1995-10-27') beside a later 'TV-première' (a trap), 'Produksiemaatskappy', 'Begroting' and
'Loketinkomste' ('$25 miljoen', '$1,25 miljard'), 'Taal' and 'Verspreider' rows (no record key);
'Rolverdeling'; the trailer; a series' episodes; the lists widget with counts and a ticket
price in rand (traps); 'Resensies'; 'Soortgelyke titels'; a JSON-LD on some pages. '1 234
stemme' beside '12 345 wil kyk' (a trap). No tagline, audience text, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

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

NAME = "rolprentgids"
HOST = "rolprentgids.example"
BOARD = ages("A", "PG", "13", "16", "18")
GENRES = {
    "Action": "Aksie",
    "Adventure": "Avontuur",
    "Animation": "Animasie",
    "Comedy": "Komedie",
    "Crime": "Misdaad",
    "Documentary": "Dokumentêr",
    "Drama": "Drama",
    "Family": "Familie",
    "Fantasy": "Fantasie",
    "History": "Geskiedenis",
    "Horror": "Gruwel",
    "Music": "Musikaal",
    "Mystery": "Raaisel",
    "Romance": "Romanse",
    "Science Fiction": "Wetenskapfiksie",
    "Thriller": "Riller",
    "War": "Oorlog",
    "Western": "Western",
}
COUNTRIES = {
    "United States": "Verenigde State",
    "United Kingdom": "Verenigde Koninkryk",
    "France": "Frankryk",
    "Germany": "Duitsland",
    "Japan": "Japan",
    "China": "China",
    "South Korea": "Suid-Korea",
    "India": "Indië",
    "Brazil": "Brasilië",
    "Australia": "Australië",
    "Canada": "Kanada",
    "Spain": "Spanje",
    "Italy": "Italië",
    "Mexico": "Meksiko",
    "Nigeria": "Nigerië",
    "Sweden": "Swede",
    "Denmark": "Denemarke",
    "Argentina": "Argentinië",
    "Iran": "Iran",
    "Poland": "Pole",
}
MONTHS = (
    "Januarie",
    "Februarie",
    "Maart",
    "April",
    "Mei",
    "Junie",
    "Julie",
    "Augustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
PROSE = Prose(
    verbs=("keer terug na", "erf", "soek na", "vlug uit", "bewaak"),
    things=(
        "'n oorstroomde dorpie",
        "die familie se boord",
        "'n ou vuurtoring",
        "'n verlate myn",
        "'n grensdorp",
    ),
    synopsis="{hero} {verb} {thing} en ontdek dat {other} ook {verb2} {thing2}. {title} vertel van ou lojaliteit wat deur een lang seisoen op die proef gestel word.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "af",
    "Rolprentgids",
    ("Rolprente", "Reekse", "In teaters", "Stroom", "Teken in"),
    ("Ons gebruik koekies om jou instellings te onthou.", "Aanvaar", "Privaatheid"),
    ("Oor ons", "Adverteer", "Kontak", "Privaatheid", "Bepalings"),
    "© 2026 Rolprentgids",
    "__ROLPRENTGIDS_STATE__",
)
WORDS = Words(
    {
        "director": "Regisseur",
        "writer": "Draaiboek",
        "music": "Musiek",
        "producer": "Vervaardiger",
        "camera": "Kinematografie",
        "genre": "Genre",
        "country": "Land",
        "year": "Jaar",
        "runtime": "Speeltyd",
        "rating": "Ouderdomsperk",
        "seasons": "Seisoene",
        "released": "Vrystellingsdatum",
        "studio": "Produksiemaatskappy",
        "budget": "Begroting",
        "box_office": "Loketinkomste",
    },
    {
        "about": "Storielyn",
        "details": "Oor die rolprent",
        "cast": "Rolverdeling",
        "trailer": "Lokprent",
        "episodes": "Episodes",
        "reviews": "Resensies",
        "no_reviews": "Nog geen resensies nie.",
        "rail": "Soortgelyke titels",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 Oktober 1995' or '1995-10-27' (South Africa's numeric dates are year first)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1 uur 51 min' or '111 min'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} uur" + (f" {small} min" if small else "")
    return f"{n} min"


def votes(n: int) -> str:
    return f"{grouped_by(n, chr(160))} " + ("stem" if n == 1 else "stemme")


def views(n: int) -> str:
    return f"{grouped_by(n, chr(160))} wil kyk"


def money(m: Money) -> str:
    """'$25 miljoen', '$1,25 miljard' (a decimal comma; every amount exact), '$800 000' in
    full below a million; other money by its code, 'EUR 25 miljoen'."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    if m.amount < 10**6:
        return sign + grouped_by(m.amount, chr(160))
    big = m.amount >= 10**9
    n = format(Decimal(m.amount) / 10 ** (9 if big else 6), "f")
    n = (n.rstrip("0").rstrip(".") if "." in n else n).replace(".", ",")
    return sign + n + (" miljard" if big else " miljoen")


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Taal", pick(rng, ("Engels", "Afrikaans", "Frans"))),
            (
                "Verspreider",
                pick(rng, ("Ster-Kinekor", "Nu Metro", "Indigenous Film Distribution")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "rpg",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    episode_line("Episode", "Regisseur:", running, date_),
    widget("My lyste", ("Kyk tans", "Wil kyk", "Gekyk", "Gunstelinge"), "Kaartjies vanaf R95"),
    ("rolprentgids-feite", "rolprentgids-lys", "prose"),
    frozenset(["audience_summary", "imdb_id", "streaming", "tagline"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="TV-première",
    extra_rows=_more,
    cta="Koop kaartjies",
    art="backdrop",
    meta_sep=" | ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
