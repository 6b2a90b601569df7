# ruff: noqa: E501  (HTML templates read best on one line)
"""Tatarkino: a film or series page of Tatarkino, the Tatarstan film foundation's cinema site
(Tatar, Cyrillic). The <h1>; on some pages the meta line '1995 · 16+ · 1 сәг. 51 мин. ·
Драма'; the score with '(1 234 тавыш)' beside 'Карадылар: 12 345' (views, a trap); 'Фильм
турында'; the facts as a definition list giving each name its own <dd>, a table of two pairs
per row, or a table with a caption: 'Режиссер', 'Сценарий авторы', 'Композитор', 'Продюсер'
and 'Оператор' (traps), 'Жанр', 'Ил', 'Ел', 'Озынлыгы: 111 мин.' (or '1 сәг. 51 мин.'; a
series' '(бер серия)'), 'Яшь чикләве' (the Russian marks 0+, 6+, 12+, 16+, 18+),
'Премьера: 1995 елның 27 октябре' (or '27.10.1995') beside a later 'Татарстанда премьера' (a
trap), 'Студия', 'Бюджет: 3 600 000 $', 'Прокат җыемы', 'Сезоннар'; 'Рольләрдә'; the trailer;
a series' episodes with their own lengths and directors; 'Сеанслар' with halls and '350 ₽'
prices (a trap); comments; 'Охшаш фильмнар'; a JSON-LD Movie on some pages. No tagline,
audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites18.common import (
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

NAME = "tatarkino"
# the month names in the possessive form a date takes ('27 октябре'), as the writer knew them
MONTHS = ("гыйнвары", "феврале", "марты", "апреле", "мае", "июне", "июле", "августы",
          "сентябре", "октябре", "ноябре", "декабре")
GENRES = {"Action": "Экшн", "Adventure": "Маҗаралар", "Animation": "Мультфильм",
          "Comedy": "Комедия", "Crime": "Криминал", "Documentary": "Документаль",
          "Drama": "Драма", "Family": "Гаилә", "Fantasy": "Фэнтези", "History": "Тарихи",
          "Horror": "Куркыныч", "Music": "Музыкаль", "Mystery": "Серле", "Romance": "Мәхәббәт",
          "Science Fiction": "Фантастика", "Thriller": "Триллер", "War": "Сугыш",
          "Western": "Вестерн"}
COUNTRIES = {"United States": "АКШ", "United Kingdom": "Бөекбритания", "France": "Франция",
             "Germany": "Германия", "Japan": "Япония", "China": "Кытай",
             "South Korea": "Көньяк Корея", "India": "Һиндстан", "Brazil": "Бразилия",
             "Australia": "Австралия", "Canada": "Канада", "Spain": "Испания",
             "Italy": "Италия", "Mexico": "Мексика", "Nigeria": "Нигерия", "Sweden": "Швеция",
             "Denmark": "Дания", "Argentina": "Аргентина", "Iran": "Иран", "Poland": "Польша"}
AGES = ages("0+", "6+", "12+", "16+", "18+")
DISTRIBUTORS = ("Татаркино", "Каро Прокат", "Вольга Прокат", "Централ Партнершип")
HALLS = ("Зур зал", "Кече зал", "Мәйдан залы")
PROSE = Prose(
    verbs=("кайта", "мирас итеп ала", "эзли", "кача", "саклый", "югалта"),
    things=("су баскан авылга", "гаилә бакчасына", "иске маякка", "ташландык шахтага",
            "чик буендагы шәһәргә", "соңгы паромга"),
    synopsis=("{hero} {thing} {verb}, һәм {other} да {thing2} {verb2} икәнен белә. "
              "«{title}» — бер озын сезон сынаган иске тугрылык турында хикәя."),
    taglines=("Һәр нәрсәнең үз бәясе бар.",), audiences=("Тамашачылар артистларны мактый.",))
CHROME = Chrome("tt", "Татаркино", ("Афиша", "Фильмнар", "Кинотеатрлар", "Фестиваль", "Яңалыклар"),
                ("Без cookie файлларын кулланабыз.", "Килешәм", "Көйләүләр"),
                ("Безнең турында", "Элемтә", "Кагыйдәләр", "Шәхси мәгълүмат"), "© 2026 Татаркино", "__TATARKINO__")
WORDS = Words(
    {"director": "Режиссер", "writer": "Сценарий авторы", "music": "Композитор",
     "producer": "Продюсер", "camera": "Оператор", "genre": "Жанр", "country": "Ил",
     "year": "Ел", "runtime": "Озынлыгы", "rating": "Яшь чикләве", "seasons": "Сезоннар",
     "released": "Премьера", "studio": "Студия", "budget": "Бюджет",
     "box_office": "Прокат җыемы"},
    {"about": "Фильм турында", "details": "Мәгълүмат", "cast": "Рольләрдә", "trailer": "Трейлер",
     "episodes": "Серияләр", "reviews": "Фикерләр", "no_reviews": "Әлегә фикерләр юк.",
     "rail": "Охшаш фильмнар"})


def kon(d: date, long: bool) -> str:
    """'1995 елның 27 октябре' or '27.10.1995'."""
    return f"{d.year} елның {d.day} {MONTHS[d.month - 1]}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def ozynlyk(n: int, long: bool) -> str:
    """'1 сәг. 51 мин.', '2 сәг.' or '111 мин.'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} мин."
    return f"{big} сәг." + (f" {small} мин." if small else "")


def tavysh(n: int) -> str:
    """'(1 234 тавыш)': Tatar nouns do not inflect after a numeral."""
    return f"({grouped(n, ' ')} тавыш)"


def akcha(m: Money) -> str:
    """'3 600 000 $', '70 000 000 CNY'."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season} сезон, {e.number} серия · {ozynlyk(e.minutes, long)} · {kon(e.aired, long)}</p><p>Режиссер: {esc(e.director)}</p>"


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.3:
        return ""
    rows = "".join(f'<li><b>{hall}</b> <time>{rng.randint(10, 22)}:{rng.choice(("00", "30", "45"))}</time> <span>{rng.choice(("250", "350", "400"))} ₽</span></li>' for hall in rng.sample(HALLS, 2))
    return f'<section class="{c("sessions")}"><h2>Сеанслар</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The dub and the distributor (a company that is not the studio): traps."""
    return [("Тел", pick(rng, ("татар", "татар, рус", "рус, татар субтитрлары"))),
            ("Прокатчы", pick(rng, DISTRIBUTORS) if rng.random() < 0.6 else "")]


SITE = Site(NAME, "tk", CHROME, WORDS, kon, ozynlyk, " (бер серия)", tavysh, akcha,
            lambda n: f"Карадылар: {grouped(n, ' ')}", _episode, _sessions,
            ("multidd", "multidd", "pairs", "caption"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
            0.5, later="Татарстанда премьера", extra_rows=_more, cta="Билет алу", art="poster")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
