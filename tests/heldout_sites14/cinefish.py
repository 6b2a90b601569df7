# ruff: noqa: E501  (HTML templates read best on one line)
"""Cinefish: a Cinefish.bg film or series page (Bulgarian). The <h1>; the year and countries
under it; 'Оценка 7.4' with '(1 234 гласа)'; facts as 'Режисьор', 'Сценарий', 'Оператор',
'Музика' and 'Продуцент' (traps), 'Жанр', 'Държава', 'Година', 'Времетраене: 111 мин.' (a
series' 'мин. (епизод)'), 'Категория' (the Bulgarian letters A, B, C, D, X), 'Премиера:
27.10.1995 г.' (or '27 октомври 1995') beside a later 'Премиера в България' (a trap),
'Продукция' (studios), 'Бюджет: $3 600 000', 'Приходи', 'Сезони'; 'Актьорски състав' cards
with roles (names only on some pages); a series' episodes with their own directors; 'Кино
програма' with cinemas and 'лв.' prices; news about other films with their dates; viewers'
comments; 'Още филми'. No tagline, audience text, IMDb link, trailer, streaming block or
schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites14.common import (
    FACT_STYLES,
    Chrome,
    Classes,
    ages,
    cast_block,
    comments,
    episodes_block,
    facts,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    translate,
)

NAME = "cinefish"
MONTHS = ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
          "октомври", "ноември", "декември")
GENRES = {"Action": "Екшън", "Adventure": "Приключенски", "Animation": "Анимация",
          "Comedy": "Комедия", "Crime": "Криминален", "Documentary": "Документален",
          "Drama": "Драма", "Family": "Семеен", "Fantasy": "Фентъзи", "History": "Исторически",
          "Horror": "Ужаси", "Music": "Мюзикъл", "Mystery": "Мистерия", "Romance": "Романтичен",
          "Science Fiction": "Научна фантастика", "Thriller": "Трилър", "War": "Военен",
          "Western": "Уестърн"}
COUNTRIES = {"United States": "САЩ", "United Kingdom": "Великобритания", "France": "Франция",
             "Germany": "Германия", "Japan": "Япония", "China": "Китай",
             "South Korea": "Южна Корея", "India": "Индия", "Brazil": "Бразилия",
             "Australia": "Австралия", "Canada": "Канада", "Spain": "Испания", "Italy": "Италия",
             "Mexico": "Мексико", "Nigeria": "Нигерия", "Sweden": "Швеция", "Denmark": "Дания",
             "Argentina": "Аржентина", "Iran": "Иран", "Poland": "Полша"}
# the Bulgarian film rating letters (an approximation of the NFC's categories)
AGES = ages("A", "B", "C", "D", "X")
CINEMAS = ("Cinema City Mall of Sofia", "Арена Младост", "Cine Grand Park Center", "Кино Одеон")
PROSE = Prose(
    verbs=("се връща в", "наследява", "търси", "бяга от", "пази", "губи"),
    things=("наводнено село", "семейната градина", "стар фар", "изоставена мина",
            "граничен град", "последния ферибот"),
    synopsis=("{hero} {verb} {thing} и открива, че {other} също {verb2} {thing2}. "
              "„{title}“ разказва за стари верности, подложени на изпитание през един дълъг сезон."),
    taglines=("Всичко си има цена.",),
    audiences=("Зрителите хвалят актьорите.",))
CHROME = Chrome("bg", "Синефиш", ("Новини", "Филми", "Сериали", "Кино програма", "Рецензии", "Интервюта"),
                ("Този сайт използва бисквитки.", "Приемам", "Настройки"),
                ("За нас", "Реклама", "Контакти", "Общи условия", "Поверителност"), "© 2026 синефиш.бг", "__CINEFISH__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, imdb=None, trailer=None, streaming=None,
                studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def data(d: date, long: bool) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year} г."


def pari(m: Money) -> str:
    symbol = SYMBOLS.get(m.currency, m.currency)
    figure = grouped(m.amount, " ")
    return f"{figure} {symbol}" if symbol.isalpha() else f"{symbol}{figure}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("cf", rng)
    long = rng.random() < 0.4
    blocks = [_facts(t, c, rng, long), cast_block(t, c, "Актьорски състав", "/actor/"),
              episodes_block(ctx, c, "Епизоди", lambda e: _episode(e, long)), _program(t, c, rng),
              _news(ctx, c, rng), comments(ctx, c, "Коментари", "Все още няма коментари.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Още филми", _line)
    return page(t, ctx, c, CHROME, "", main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} мин. · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Епизод {e.number} · {e.minutes} мин. · {data(e.aired, long)}</p><p>Режисьор: {esc(e.director)}</p>"


def _head(t: Title, c: Classes) -> str:
    sub = ", ".join(([str(t.year)] if t.year else []) + list(t.countries))
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("sub")}">{esc(sub)}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Оценка <b>{5 + len(t.slug) % 4}.{len(t.title) % 10}</b> <span>({grouped(t.votes, " ")} {"глас" if t.votes == 1 else "гласа"})</span></div>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Резюме</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    extra = others_people(t, rng, 3)
    length = f"{t.runtime} мин." + (" (епизод)" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Режисьор", esc(", ".join(t.directors))), ("Сценарий", esc(", ".join(t.writers))),
            ("Оператор", esc(extra[0])), ("Музика", esc(extra[1])), ("Продуцент", esc(extra[2])),
            ("Жанр", esc(", ".join(t.genres))), ("Държава", esc(", ".join(t.countries))),
            ("Година", str(t.year or "")), ("Времетраене", length), ("Категория", esc(t.rating or "")),
            ("Сезони", str(t.seasons or ""))]
    if t.released:
        rows.append(("Премиера", data(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Премиера в България", data(t.released + timedelta(days=rng.randint(20, 300)), long)))
    rows += [("Продукция", esc(", ".join(t.studios))), ("Бюджет", pari(t.budget) if t.budget else ""),
             ("Приходи", pari(t.box_office) if t.box_office else "")]
    return f'<section class="{c("about")}"><h2>Информация</h2>{facts(c, pick(rng, FACT_STYLES), rows)}</section>'


def _program(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.4:
        return ""
    rows = "".join(f'<li><b>{esc(name)}</b> <span>{rng.randint(11, 22)}:{rng.choice(("00", "20", "40"))}</span> <span>{rng.randint(9, 19)} лв.</span></li>' for name in rng.sample(CINEMAS, 3))
    return f'<section class="{c("program")}"><h2>Кино програма</h2><ul>{rows}</ul></section>'


def _news(ctx: Context, c: Classes, rng: random.Random) -> str:
    items = "".join(f'<li><a href="/news/{i}">{esc(o.title)}: първи кадри</a> <small>{rng.randint(1, 28)} {MONTHS[rng.randrange(12)].capitalize()} 2026 | синефиш.бг</small></li>' for i, o in enumerate(ctx.others[:3]))
    return f'<section class="{c("news")}"><h2>Новини</h2><ul>{items}</ul></section>'
