# ruff: noqa: E501  (HTML templates read best on one line)
"""FBC TV: a film or series page of the Fiji Broadcasting Corporation's television on-demand
site, in Fijian (iTaukei). A backdrop; the <h1> (the meta line '1995 · R16 · 1 na aua 51 na
miniti · Draama' under it, in the hero's <header> on some deploys); the score with '(1,234 na
voti)' beside 'E raica e 12,345' (views, a trap); 'Ivakamacala'; the facts as rows whose labels
are set sideways (writing-mode:vertical-rl), lines whose label is a highlighted <mark>, or a
scroll-snap carousel of fact cards: 'Dairekita', 'Dauvolaivola', 'Daucaka sere', 'Dauvakarautaka'
and 'Dautaba iyaloyalo' (traps), 'Mataqali', 'Vanua', 'Yabaki', 'Balavu: 111 na miniti' or '1
na aua 51 na miniti' (a series' 'e veiwase'), 'iVakatagedegede' (the site's G/PG/M/R16/R18),
'Siga e tabaki kina: 27 Okotova 1995' or '27/10/1995' beside a later 'Ena FBC TV mai na' (a
trap), 'Kabani', 'Lavo e vakayagataki: 3,600,000 USD', 'Lavo e rawati', 'Siisoni', 'Vosa';
'Era vakaitavi'; the trailer; a series' episodes with their own lengths, dates and directors;
broadcast times and a Walesi price in Fiji dollars (traps); comments; 'Eso tale na iyaloyalo';
a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites29.common import (
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

NAME = "fbctv"
MONTHS = (
    "Janueri",
    "Feperueri",
    "Maji",
    "Epereli",
    "Me",
    "June",
    "Julai",
    "Okosita",
    "Seviteba",
    "Okotova",
    "Noveba",
    "Tiseba",
)
GENRES = {
    "Action": "Veivaluti",
    "Adventure": "Veilakoyaki",
    "Animation": "Droini",
    "Comedy": "Veiwali",
    "Crime": "Ivalavala ca",
    "Documentary": "iTukutuku dina",
    "Drama": "Draama",
    "Family": "Vuvale",
    "Fantasy": "Veivakananumi",
    "History": "iTukutuku makawa",
    "Horror": "Vakarerevaki",
    "Music": "Sere",
    "Mystery": "Ka vuni",
    "Romance": "Veilomani",
    "Science Fiction": "Vuli ni ka vakaitamera",
    "Thriller": "Veivakasausaui",
    "War": "Valu",
    "Western": "Vakarautaki ni Ra",
}
COUNTRIES = {
    "United States": "Amerika",
    "United Kingdom": "Peritania",
    "France": "Varanise",
    "Germany": "Jamani",
    "Japan": "Japani",
    "China": "Jaina",
    "South Korea": "Koria ni Ceva",
    "India": "Idia",
    "Brazil": "Perasili",
    "Australia": "Ositerelia",
    "Canada": "Kenada",
    "Spain": "Sipeni",
    "Italy": "Itali",
    "Mexico": "Meke Siko",
    "Nigeria": "Naijiria",
    "Sweden": "Suetini",
    "Denmark": "Tenimaka",
    "Argentina": "Ajenitina",
    "Iran": "Irani",
    "Poland": "Polani",
}
GRADES = ages("G", "PG", "M", "R16", "R18")
PROSE = Prose(
    verbs=("lesu", "vakasaqara", "taqomaka", "dro", "vukea", "yali"),
    things=(
        "koro lailai e baravi",
        "were ni vuvale",
        "waqa makawa",
        "yanuyanu biubiu",
        "koro e yasana",
        "waqa vakaotioti",
    ),
    synopsis=(
        "E {verb} o {hero} ki na {thing}, ka {verb2} talega o {other} ki na {thing2}. "
        "O {title} e italanoa ni dua na veiyalayalati makawa a vakatovolei e dua na yabaki taucoko."
    ),
    taglines=("E tiko na isau ni veika kece.",),
    audiences=("Era taleitaka na dausarava.",),
)
CHROME = Chrome(
    "fj",
    "FBC TV",
    ("Vale", "iYaloyalo", "Porokaramu", "iTukutuku", "Qito", "Vakasaqara"),
    ("Eda vakayagataka na cookies.", "Ciqoma", "Digidigi"),
    ("Me baleti keimami", "Veitaratara", "Lawa", "Maroroi"),
    "© 2026 Fiji Broadcasting Corporation",
    "__FBCTV__",
)
WORDS = Words(
    {
        "director": "Dairekita",
        "writer": "Dauvolaivola",
        "music": "Daucaka sere",
        "producer": "Dauvakarautaka",
        "camera": "Dautaba iyaloyalo",
        "genre": "Mataqali",
        "country": "Vanua",
        "year": "Yabaki",
        "runtime": "Balavu",
        "rating": "iVakatagedegede",
        "seasons": "Siisoni",
        "released": "Siga e tabaki kina",
        "studio": "Kabani",
        "budget": "Lavo e vakayagataki",
        "box_office": "Lavo e rawati",
    },
    {
        "about": "Ivakamacala",
        "details": "iTukutuku",
        "cast": "Era vakaitavi",
        "trailer": "Ivakaraitaki",
        "episodes": "Tikina",
        "reviews": "Nanuma",
        "no_reviews": "Sega ni bau dua na nanuma.",
        "rail": "Eso tale na iyaloyalo",
    },
)


def siga(d: date, long: bool) -> str:
    """'27 Okotova 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def balavu(n: int, long: bool) -> str:
    """'1 na aua 51 na miniti', '2 na aua' or '111 na miniti'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} na miniti"
    return f"{big} na aua" + (f" {small} na miniti" if small else "")


def voti(n: int) -> str:
    """'(1,234 na voti)', '(1 na voti)'."""
    return f"({grouped(n)} na voti)"


def lavo(m: Money) -> str:
    """'3,600,000 USD' (a bare '$' in Fiji would be the Fiji dollar)."""
    return f"{grouped(m.amount)} {m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Siisoni {e.season}, tikina {e.number} · {balavu(e.minutes, long)} · {siga(e.aired, long)}</p><p>Dairekita: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Moniti", "Tusiti", "Vukelulu", "Lotulevu", "Vakaraubuka", "Vakarauwai")
    rows = "".join(
        f"<li>{day}, {rng.randint(7, 10)}.{rng.choice(('00', '30'))} ena bogi</li>"
        for day in rng.sample(days, 2)
    )
    return f'<section class="{c("schedule")}"><h2>Ena FBC TV</h2><ul>{rows}</ul><p>Walesi Plus: FJ${rng.choice(("9.95", "14.95"))} e dua na vula.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Vosa", pick(rng, ("Vakaviti", "Vakavalagi, vola vakaviti", "Vakaviti kei na Vakavalagi")))
    ]


SITE = Site(
    NAME,
    "fb",
    CHROME,
    WORDS,
    siga,
    balavu,
    " e veiwase",
    voti,
    lavo,
    lambda n: f"E raica e {grouped(n)}",
    _episode,
    _schedule,
    ("sideways", "mark", "slides"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="Ena FBC TV mai na",
    extra_rows=_more,
    cta="Sarava",
)


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), GRADES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
