# ruff: noqa: E501  (HTML templates read best on one line)
"""ORTM: a film or series page of Mali's public broadcaster's video site, in its Bambara
(Bamanankan) edition. A backdrop; the <h1> (the meta line '1995 · -12 · lɛrɛ 1 ni miniti 51 ·
Drama' under it on some deploys); '(kalata 1 234)' beside 'A filɛla siɲɛ 12 345' (a trap);
'A kuma'; the facts in an accordion left open (each label a heading's button whose aria-details
names the panel with the value), as 'label value' lines whose label is a highlighted <mark>
pill, or as bold-label lines: 'Ɲɛmɔgɔ', 'Sɛbɛnnikɛla', 'Fɔlikɛla', 'Labɛnnikɛla' and 'Jaatalikɛla'
(traps), 'Suguya', 'Jamana', 'San', 'A janya: miniti 111' or 'lɛrɛ 1 ni miniti 51' (the noun
before the number; a series' 'tilayɔrɔ kelen kelen'), 'Si' (the French-style Bɛɛ/-10/-12/-16/-18
as the writer imagined them), 'A bɔ don: 27 Ɔkutɔburukalo 1995' (or '27/10/1995') beside a later
'ORTM kan ka bɔ' (a trap), 'Studio', 'Tilayɔrɔw', 'Musaka: 3 600 000 $', 'Kan'; 'Tulonkɛlaw';
the trailer; a series' episodes with their own lengths, dates and directors; broadcast times
on ORTM1 and TM2 (traps); comments; 'Fɛn wɛrɛw'; a JSON-LD Movie on some pages. No tagline,
audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites30.common import (
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

NAME = "ortm"
MONTHS = (
    "Zanwuyekalo",
    "Feburuyekalo",
    "Marisikalo",
    "Awirilikalo",
    "Mɛkalo",
    "Zuwɛnkalo",
    "Zuluyekalo",
    "Utikalo",
    "Sɛtanburukalo",
    "Ɔkutɔburukalo",
    "Nowanburukalo",
    "Desanburukalo",
)
GENRES = {
    "Action": "Kɛwale",
    "Adventure": "Taama",
    "Animation": "Jaa lamagalen",
    "Comedy": "Tulon",
    "Crime": "Jugumanko",
    "Documentary": "Kunnafoni",
    "Drama": "Drama",
    "Family": "Denbaya",
    "Fantasy": "Siko",
    "History": "Tariku",
    "Horror": "Siran",
    "Music": "Donkili",
    "Mystery": "Gundo",
    "Romance": "Kanu",
    "Science Fiction": "Siniko dɔnniya",
    "Thriller": "Dusukunnatigɛ",
    "War": "Kɛlɛ",
    "Western": "Western",
}
COUNTRIES = {
    "United States": "Ameriki",
    "United Kingdom": "Angilɛtɛri",
    "France": "Faransi",
    "Germany": "Alimaɲi",
    "Japan": "Zapɔn",
    "China": "Siniwa",
    "South Korea": "Kore Worodugu",
    "India": "Ɛndu",
    "Brazil": "Berezili",
    "Australia": "Ositarali",
    "Canada": "Kanada",
    "Spain": "Esipaɲi",
    "Italy": "Itali",
    "Mexico": "Meksiki",
    "Nigeria": "Nizeriya",
    "Sweden": "Suwɛdi",
    "Denmark": "Danemariki",
    "Argentina": "Arizantini",
    "Iran": "Iran",
    "Poland": "Poloɲi",
}
AGES = ages("Bɛɛ", "-10", "-12", "-16", "-18")  # French-style signs as the writer imagined them
PROSE = Prose(
    verbs=("bɛ ka ɲini", "bɛ ka kisi", "bɛ ka lakana", "bɛ ka bila", "bɛ ka segin", "bɛ ka tanga"),
    things=(
        "dugu min bɛ ji kɔrɔ",
        "denbaya foro",
        "yeelen so kɔrɔ",
        "sanu dingɛ bilalen",
        "dancɛ dugu",
        "kurun laban",
    ),
    synopsis=(
        "{hero} {verb} {thing}, {other} fana {verb2} {thing2}. "
        "{title} ye teriya kɔrɔ ka maana ye, san kelen kɔnɔ."
    ),
    taglines=("Fɛn bɛɛ n'a sɔngɔ don.",),
    audiences=("Filɛbagaw ye tulonkɛlaw diya kosɛbɛ.",),
)
CHROME = Chrome(
    "bm",
    "ORTM",
    ("So", "Filimuw", "Seriw", "Ɲɛnajɛ", "Kunnafoniw", "Ɲini"),
    ("An bɛ cookie baara kɛ.", "N sɔnna", "Labɛnw"),
    ("An ko", "Kuma an fɛ", "Sariyaw", "Gundo"),
    "© 2026 ORTM · Mali",
    "__ORTM__",
)
WORDS = Words(
    {
        "director": "Ɲɛmɔgɔ",
        "writer": "Sɛbɛnnikɛla",
        "music": "Fɔlikɛla",
        "producer": "Labɛnnikɛla",
        "camera": "Jaatalikɛla",
        "genre": "Suguya",
        "country": "Jamana",
        "year": "San",
        "runtime": "A janya",
        "rating": "Si",
        "seasons": "Tilayɔrɔw",
        "released": "A bɔ don",
        "studio": "Studio",
        "budget": "Musaka",
        "box_office": "Tiki wari",
    },
    {
        "about": "A kuma",
        "details": "Kunnafoniw",
        "cast": "Tulonkɛlaw",
        "trailer": "Jirali",
        "episodes": "Tilayɔrɔw",
        "reviews": "Hakilinaw",
        "no_reviews": "Hakilina si ma sɛbɛn fɔlɔ.",
        "rail": "Fɛn wɛrɛw",
    },
)


def don(d: date, long: bool) -> str:
    """'27 Ɔkutɔburukalo 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def janya(n: int, long: bool) -> str:
    """'lɛrɛ 1 ni miniti 51', 'lɛrɛ 2' or 'miniti 111' (the noun first)."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"miniti {n}"
    return f"lɛrɛ {big}" + (f" ni miniti {small}" if small else "")


def kalata(n: int) -> str:
    """'(kalata 1 234)'."""
    return f"(kalata {grouped(n, ' ')})"


def musaka(m: Money) -> str:
    """'3 600 000 $', '7 200 000 EUR', '900 000 000 XOF'."""
    return (
        f"{grouped(m.amount, ' ')} $"
        if m.currency == "USD"
        else f"{grouped(m.amount, ' ')} {m.currency}"
    )


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Tilayɔrɔ {e.season}, yɔrɔ {e.number} · {janya(e.minutes, long)} · {don(e.aired, long)}</p><p>Ɲɛmɔgɔ: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Ntɛnɛn", "Tarata", "Araba", "Alamisa", "Juma", "Sibiri", "Kari")
    rows = "".join(
        f"<li>ORTM1, {day} {rng.randint(19, 22)}:{rng.choice(('00', '30'))}</li>"
        for day in rng.sample(days, 2)
    )
    return f'<section class="{c("schedule")}"><h2>Jirali waatiw</h2><ul>{rows}</ul><p>TM2 kan, Kari sɔgɔma 10:00.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Kan", pick(rng, ("Bamanankan", "Tubabukan, bamanankan sɛbɛnni", "Bamanankan, tubabukan")))
    ]


SITE = Site(
    NAME,
    "ml",
    CHROME,
    WORDS,
    don,
    janya,
    " tilayɔrɔ kelen kelen",
    kalata,
    musaka,
    lambda n: f"A filɛla siɲɛ {grouped(n, ' ')}",
    _episode,
    _schedule,
    ("accordion", "marks", "lines"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="ORTM kan ka bɔ",
    extra_rows=_more,
    cta="A filɛ",
)


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
