# ruff: noqa: E501  (HTML templates read best on one line)
"""БСТ (Башҡорт спутник телевидениеһы): a film or series page of Bashkortostan's satellite
channel, in Bashkir. A backdrop; the <h1> (the meta line '1995 · 16+ · 1 сәғәт 51 минут ·
Драма' under it, in the hero's <header> on some deploys); the score with '(1 234 тауыш)' beside
'Ҡараусылар: 12 345' (views, a trap); 'Фильм тураһында'; the facts as narrow lines whose long
labels may break inside their words (<wbr>), an ordered list whose labels are only each item's
::marker rule, or a value-first table whose value cells name the label cell after them
(headers/id): 'Режиссёр', 'Сценарист', 'Композитор', 'Продюсер' and 'Оператор' (traps), 'Жанр',
'Ил', 'Йыл', 'Оҙонлоғо: 111 минут' or '1 сәғәт 51 минут' (a series' 'һәр серияһы'), 'Йәш сиге'
(the Russian marks 0+/6+/12+/16+/18+), 'Сығыу көнө: 1995 йылдың 27 октябре' (or '27.10.1995')
beside a later 'БСТ эфирында' (a trap), 'Студия', 'Бюджет: 3 600 000 $', 'Кассаһы', 'Миҙгел',
'Тел'; 'Ролдәрҙә'; the trailer; a series' episodes with their own lengths, dates and directors;
broadcast times (traps); comments; 'Шулай уҡ ҡарағыҙ'; a JSON-LD Movie on some pages. No
tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
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

NAME = "bst"
# the month in the possessive after 'йылдың' ('1995 йылдың 27 октябре')
MONTHS = ("ғинуары", "феврале", "марты", "апреле", "майы", "июне", "июле", "авгусы",
          "сентябре", "октябре", "ноябре", "декабре")
GENRES = {"Action": "Боевик", "Adventure": "Мажаралар", "Animation": "Мультфильм", "Comedy": "Комедия",
          "Crime": "Криминал", "Documentary": "Документаль", "Drama": "Драма", "Family": "Ғаилә",
          "Fantasy": "Фэнтези", "History": "Тарихи", "Horror": "Ҡурҡыныс", "Music": "Музыкаль",
          "Mystery": "Серле", "Romance": "Мөхәббәт", "Science Fiction": "Фантастика",
          "Thriller": "Триллер", "War": "Һуғыш", "Western": "Вестерн"}
COUNTRIES = {"United States": "АҠШ", "United Kingdom": "Бөйөк Британия", "France": "Франция",
             "Germany": "Германия", "Japan": "Япония", "China": "Ҡытай", "South Korea": "Көньяҡ Корея",
             "India": "Һиндостан", "Brazil": "Бразилия", "Australia": "Австралия", "Canada": "Канада",
             "Spain": "Испания", "Italy": "Италия", "Mexico": "Мексика", "Nigeria": "Нигерия",
             "Sweden": "Швеция", "Denmark": "Дания", "Argentina": "Аргентина", "Iran": "Иран",
             "Poland": "Польша"}
AGES = ages("0+", "6+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("ҡайта", "таба", "эҙләй", "ҡаса", "һаҡлай", "юғалта"),
    things=("һыу баҫҡан ауылға", "ғаилә баҡсаһын", "иҫке маяҡты", "ташланған шахтаны",
            "сик буйындағы ҡасабаны", "һуңғы кәмәне"),
    synopsis=("{hero} {thing} {verb} һәм {other} ҙа {thing2} {verb2} икәнен аңлай. "
              "{title} — йыл буйы һынала торған иҫке тоғролоҡ тураһында хикәйә."),
    taglines=("Һәр нәмәнең үҙ хаҡы бар.",), audiences=("Тамашасылар актёрҙарҙы маҡтаны.",))
CHROME = Chrome("ba", "БСТ", ("Баш бит", "Сериалдар", "Фильмдар", "Тура эфир", "Яңылыҡтар", "Эҙләү"),
                ("Беҙ cookie файлдарын ҡулланабыҙ.", "Ризамын", "Көйләүҙәр"),
                ("Беҙ тураһында", "Бәйләнеш", "Ҡағиҙәләр", "Конфиденциаллек"), "© 2026 «Башҡортостан» ТРК", "__BST__")
WORDS = Words(
    {"director": "Режиссёр", "writer": "Сценарист", "music": "Композитор", "producer": "Продюсер",
     "camera": "Оператор", "genre": "Жанр", "country": "Ил", "year": "Йыл",
     "runtime": "Оҙонлоғо", "rating": "Йәш сиге", "seasons": "Миҙгел", "released": "Сығыу көнө",
     "studio": "Студия", "budget": "Бюджет", "box_office": "Кассаһы"},
    {"about": "Фильм тураһында", "details": "Мәғлүмәт", "cast": "Ролдәрҙә", "trailer": "Трейлер",
     "episodes": "Серияләр", "reviews": "Фекерҙәр", "no_reviews": "Әлегә фекер юҡ.",
     "rail": "Шулай уҡ ҡарағыҙ"})


def kon(d: date, long: bool) -> str:
    """'1995 йылдың 27 октябре' or '27.10.1995'."""
    return f"{d.year} йылдың {d.day} {MONTHS[d.month - 1]}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def ozonlogo(n: int, long: bool) -> str:
    """'1 сәғәт 51 минут', '2 сәғәт' or '111 минут'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} минут"
    return f"{big} сәғәт" + (f" {small} минут" if small else "")


def tauysh(n: int) -> str:
    """'(1 234 тауыш)'."""
    return f"({grouped(n, ' ')} тауыш)"


def aqsa(m: Money) -> str:
    """'3 600 000 $', '7 200 000 EUR'."""
    return f"{grouped(m.amount, ' ')} {'$' if m.currency == 'USD' else m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}-се миҙгел, {e.number}-се серия · {ozonlogo(e.minutes, long)} · {kon(e.aired, long)}</p><p>Режиссёр: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Дүшәмбе", "Шишәмбе", "Шаршамбы", "Кесаҙна", "Йома", "Шәмбе", "Йәкшәмбе")
    rows = "".join(f"<li>{day}, {rng.randint(18, 22)}:{rng.choice(('00', '30'))}</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Эфир ваҡыты</h2><ul>{rows}</ul><p>Ҡабатлау — йәкшәмбе иртәнсәк.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Тел", pick(rng, ("башҡортса", "урысса, башҡортса субтитрҙар", "башҡортса тәржемә")))]


SITE = Site(NAME, "bs", CHROME, WORDS, kon, ozonlogo, " һәр серияһы", tauysh, aqsa,
            lambda n: f"Ҡараусылар: {grouped(n, ' ')}", _episode, _schedule, ("wbr", "marker", "headers"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="БСТ эфирында", extra_rows=_more, cta="Ҡарарға")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
