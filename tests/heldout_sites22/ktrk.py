# ruff: noqa: E501  (HTML templates read best on one line)
"""КТРК: a series or film page of Kyrgyzstan's public broadcaster's video site, in Kyrgyz
(Cyrillic). A backdrop; the <h1> (the meta line '1995 · 12+ · 1 саат 51 мүнөт · Драма' under it,
in the hero's <header> on some deploys); the score with '(1 234 добуш)' beside 'Көрүүлөр:
12 345' (views, a trap); 'Кыскача мазмуну'; the facts as items whose labels are only the
stylesheet's '::before' rules, a one-row table whose labels are the <tfoot> row under the
values, or a table: 'Режиссёр', 'Сценарист', 'Композитор', 'Продюсер' and 'Оператор' (traps),
'Жанры', 'Өлкө', 'Жылы', 'Узактыгы: 111 мүнөт' or '1 саат 51 мүнөт' (a series' 'ар бир сериясы'),
'Жаш чеги' (0+/6+/12+/16+/18+), 'Бет ачары: 1995-жылдын 27-октябры' (or '27.10.1995') beside a
later 'КТРКнын эфиринде' (a trap), 'Өндүрүш', 'Бюджети: 3 600 000 $', 'Кассалык киреше',
'Сезондор', 'Тили'; 'Ролдордо'; the trailer; a series' episodes with their own lengths, dates
and directors; the broadcast times on КТРК and Маданият (a trap); comments; 'Окшош
программалар'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, hours
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites22.common import (
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

NAME = "ktrk"
# the month names with the possessive ending a date gives them ('27-октябры')
MONTHS = ("январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу", "сентябры",
          "октябры", "ноябры", "декабры")
GENRES = {"Action": "Экшн", "Adventure": "Укмуштуу окуялар", "Animation": "Мультфильм",
          "Comedy": "Комедия", "Crime": "Кылмыш", "Documentary": "Даректүү", "Drama": "Драма",
          "Family": "Үй-бүлөлүк", "Fantasy": "Фэнтези", "History": "Тарыхый", "Horror": "Үрөй учурган",
          "Music": "Музыкалык", "Mystery": "Табышмактуу", "Romance": "Мелодрама",
          "Science Fiction": "Илимий фантастика", "Thriller": "Триллер", "War": "Согуш", "Western": "Вестерн"}
COUNTRIES = {"United States": "АКШ", "United Kingdom": "Улуу Британия", "France": "Франция",
             "Germany": "Германия", "Japan": "Япония", "China": "Кытай", "South Korea": "Түштүк Корея",
             "India": "Индия", "Brazil": "Бразилия", "Australia": "Австралия", "Canada": "Канада",
             "Spain": "Испания", "Italy": "Италия", "Mexico": "Мексика", "Nigeria": "Нигерия",
             "Sweden": "Швеция", "Denmark": "Дания", "Argentina": "Аргентина", "Iran": "Иран",
             "Poland": "Польша"}
AGES = ages("0+", "6+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("кайтып келет", "мураска алат", "издейт", "качат", "коргойт", "жоготот"),
    things=("суу каптаган айылды", "үй-бүлөнүн бакчасын", "эски маякты", "таштанды кенди",
            "чек арадагы шаарчаны", "акыркы кайыкты"),
    synopsis=("{hero} {thing} {verb} жана {other} да {thing2} {verb2} экенин билет. "
              "«{title}» — убакыт сынаган эски берилгендик тууралуу окуя."),
    taglines=("Ар нерсенин өз баасы бар.",), audiences=("Көрүүчүлөр актёрлорду мактады.",))
CHROME = Chrome("ky", "КТРК", ("Башкы бет", "Сериалдар", "Тасмалар", "Түз эфир", "Жаңылыктар", "Издөө"),
                ("Сайттын ыңгайлуулугу үчүн cookie файлдарын колдонобуз.", "Макул", "Жөндөөлөр"),
                ("Биз жөнүндө", "Байланыш", "Шарттар", "Купуялуулук"), "© 2026 КТРК", "__KTRK__")
WORDS = Words(
    {"director": "Режиссёр", "writer": "Сценарист", "music": "Композитор", "producer": "Продюсер",
     "camera": "Оператор", "genre": "Жанры", "country": "Өлкө", "year": "Жылы", "runtime": "Узактыгы",
     "rating": "Жаш чеги", "seasons": "Сезондор", "released": "Бет ачары",
     "studio": "Өндүрүш", "budget": "Бюджети", "box_office": "Кассалык киреше"},
    {"about": "Кыскача мазмуну", "details": "Маалымат", "cast": "Ролдордо", "trailer": "Трейлер",
     "episodes": "Сериялар", "reviews": "Пикирлер", "no_reviews": "Азырынча пикир жок.",
     "rail": "Окшош программалар"})


def kun(d: date, long: bool) -> str:
    """'1995-жылдын 27-октябры' or '27.10.1995'."""
    return f"{d.year}-жылдын {d.day}-{MONTHS[d.month - 1]}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def uzaktygy(n: int, long: bool) -> str:
    """'1 саат 51 мүнөт' or '111 мүнөт'."""
    return hours(n, " саат", " мүнөт") if long else f"{n} мүнөт"


def dobush(n: int) -> str:
    """'(1 234 добуш)'."""
    return f"({grouped(n, ' ')} добуш)"


def akcha(m: Money) -> str:
    """'3 600 000 $'."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}-сезон, {e.number}-серия · {uzaktygy(e.minutes, long)} · {kun(e.aired, long)}</p><p>Режиссёр: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("Дүйшөмбү", "Шейшемби", "Шаршемби", "Бейшемби", "Жума", "Ишемби", "Жекшемби")
    rows = "".join(f"<li>{day} <time>{rng.randint(17, 23)}:{rng.choice(('00', '15', '30'))}</time> · {pick(rng, ('КТРК', 'Маданият', 'Балдар ТВ'))}</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Эфир убактысы</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Тили", pick(rng, ("кыргызча", "орусча, кыргызча котормо", "кыргызча, орусча субтитр")))]


SITE = Site(NAME, "kt", CHROME, WORDS, kun, uzaktygy, " ар бир сериясы", dobush, akcha,
            lambda n: f"Көрүүлөр: {grouped(n, ' ')}", _episode, _schedule, ("csslabel", "tfoot", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="КТРКнын эфиринде", extra_rows=_more, cta="Көрүү")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
