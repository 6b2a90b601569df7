# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinoleht (an invented Estonian cinema and film guide, et): a poster; the <h1> (the meta line
under it on some pages); 'Sisukokkuvõte'; the ticket button; the facts as data rows, list items
('<i>Label:</i> value') or an earlier set's key-value rows: 'Režissöör', 'Stsenarist', 'Muusika',
'Produtsent', 'Operaator' (traps; 'Produtsent' the producer, 'Tootja' the studio), 'Žanr',
'Riik', 'Aasta', 'Kestus: 1 t 51 min' (or '111 min'; a series' ' osa kohta'), 'Vanusepiirang'
(the Estonian 'PERE', 'MS-6', 'MS-12', 'K-16'; an adults-only film shows none), 'Hooaegu',
'Esilinastus: 27. oktoober 1995' (or '27.10.1995') beside a later 'Teleesilinastus' (a trap),
'Tootja', 'Eelarve' and 'Kassatulu' ('25 000 000 USD', '25 000 000 €'), 'Keel' and 'Levitaja'
rows (no record key); 'Osades'; the trailer; a series' episodes; the lists widget with counts
and a ticket price (traps); 'Arvustused'; 'Sarnased filmid'; a JSON-LD on some pages. '1 234
häält' beside '12 345 tahab näha' (a trap). No tagline, audience text or streaming block."""

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

NAME = "kinoleht"
HOST = "kinoleht.example"
BOARD = ages("PERE", "MS-6", "MS-12", "K-16", None)
GENRES = {
    "Action": "Märul",
    "Adventure": "Seiklus",
    "Animation": "Animatsioon",
    "Comedy": "Komöödia",
    "Crime": "Krimi",
    "Documentary": "Dokumentaal",
    "Drama": "Draama",
    "Family": "Pere",
    "Fantasy": "Fantaasia",
    "History": "Ajalugu",
    "Horror": "Õudus",
    "Music": "Muusikal",
    "Mystery": "Müsteerium",
    "Romance": "Romantika",
    "Science Fiction": "Ulme",
    "Thriller": "Põnevus",
    "War": "Sõda",
    "Western": "Vestern",
}
COUNTRIES = {
    "United States": "USA",
    "United Kingdom": "Suurbritannia",
    "France": "Prantsusmaa",
    "Germany": "Saksamaa",
    "Japan": "Jaapan",
    "China": "Hiina",
    "South Korea": "Lõuna-Korea",
    "India": "India",
    "Brazil": "Brasiilia",
    "Australia": "Austraalia",
    "Canada": "Kanada",
    "Spain": "Hispaania",
    "Italy": "Itaalia",
    "Mexico": "Mehhiko",
    "Nigeria": "Nigeeria",
    "Sweden": "Rootsi",
    "Denmark": "Taani",
    "Argentina": "Argentina",
    "Iran": "Iraan",
    "Poland": "Poola",
}
MONTHS = (
    "jaanuar",
    "veebruar",
    "märts",
    "aprill",
    "mai",
    "juuni",
    "juuli",
    "august",
    "september",
    "oktoober",
    "november",
    "detsember",
)
PROSE = Prose(
    verbs=("naaseb", "põgeneb", "kolib", "jõuab", "eksib"),
    things=(
        "üleujutatud külla",
        "pere õunaaeda",
        "vanasse majakasse",
        "mahajäetud kaevandusse",
        "piirilinnakesse",
    ),
    synopsis="{hero} {verb} {thing} ja avastab, et ka {other} {verb2} {thing2}. {title} räägib vanast truudusest, mille paneb proovile üks pikk hooaeg.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "et",
    "Kinoleht",
    ("Filmid", "Sarjad", "Kinodes", "Voogedastus", "Logi sisse"),
    ("Kasutame küpsiseid, et sinu seadeid meeles pidada.", "Nõustun", "Privaatsus"),
    ("Meist", "Reklaam", "Kontakt", "Privaatsus", "Tingimused"),
    "© 2026 Kinoleht",
    "__KINOLEHT_STATE__",
)
WORDS = Words(
    {
        "director": "Režissöör",
        "writer": "Stsenarist",
        "music": "Muusika",
        "producer": "Produtsent",
        "camera": "Operaator",
        "genre": "Žanr",
        "country": "Riik",
        "year": "Aasta",
        "runtime": "Kestus",
        "rating": "Vanusepiirang",
        "seasons": "Hooaegu",
        "released": "Esilinastus",
        "studio": "Tootja",
        "budget": "Eelarve",
        "box_office": "Kassatulu",
    },
    {
        "about": "Sisukokkuvõte",
        "details": "Filmi andmed",
        "cast": "Osades",
        "trailer": "Treiler",
        "episodes": "Osad",
        "reviews": "Arvustused",
        "no_reviews": "Arvustusi veel pole.",
        "rail": "Sarnased filmid",
    },
)


def date_(d: date, long: bool) -> str:
    """'27. oktoober 1995' or '27.10.1995'."""
    return (
        f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
        if long
        else f"{d.day:02d}.{d.month:02d}.{d.year}"
    )


def running(n: int, long: bool) -> str:
    """'1 t 51 min' or '111 min'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} t" + (f" {small} min" if small else "")
    return f"{n} min"


def votes(n: int) -> str:
    return f"{grouped_by(n, chr(160))} " + ("hääl" if n == 1 else "häält")


def views(n: int) -> str:
    return f"{grouped_by(n, chr(160))} tahab näha"


def money(m: Money) -> str:
    """'25 000 000 USD', '25 000 000 €': the amount in full, its code (the euro's sign) after."""
    return f"{grouped_by(m.amount, chr(160))} " + ("€" if m.currency == "EUR" else m.currency)


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Keel", pick(rng, ("inglise", "prantsuse", "saksa"))),
            ("Levitaja", pick(rng, ("Estinfilm", "ACME Film", "Hea Film"))),
        ]
    )


SITE = Site(
    NAME,
    "knl",
    CHROME,
    WORDS,
    date_,
    running,
    " osa kohta",
    votes,
    money,
    views,
    episode_line("Osa", "Režissöör:", running, date_),
    widget(
        "Minu nimekirjad", ("Vaatan", "Tahan näha", "Nähtud", "Lemmikud"), "Piletid alates 7,50 €"
    ),
    ("kinoleht-andmed", "kinoleht-loetelu", "kv"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Teleesilinastus",
    extra_rows=_more,
    cta="Osta piletid",
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
