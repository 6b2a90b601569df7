# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmru: a Film.ru film or series page (Russian). The <h1>; the year, countries and genres
under it; facts as 'Год', 'Страна', 'Жанр', 'Продолжительность: 111 мин' (a series' '45 мин
(серия)'), 'Возраст: 16+', 'Премьера в мире: 27 октября 1995' beside 'Премьера в России' (a
later date, a trap), 'Режиссер', 'Сценарий', 'Продюсер' and 'Оператор' (traps), 'Производство',
'Бюджет: $3 600 000', 'Сборы в мире', 'Сезонов'; 'Рейтинг film.ru 7.4' with 'оценок: 12 345';
'В ролях' cards with roles (names only on some pages); a series' episodes with their own
directors; viewers' reviews; 'Похожие фильмы'; a JSON-LD Movie on some pages. No tagline,
audience text, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped
from tests.heldout_sites2.records import Money, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites8.kinopoisk import AGES, COUNTRIES, GENRES, MONTHS, PROSE
from tests.heldout_sites13.common import (
    FACT_STYLES,
    Chrome,
    Classes,
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
    schema,
)

NAME = "filmru"
CHROME = Chrome("ru", "Film.ru", ("Фильмы", "Сериалы", "Афиша", "Новости", "Подборки", "Рецензии"),
                ("Мы используем файлы cookie.", "Принять", "Настроить"),
                ("О проекте", "Реклама", "Контакты", "Правила", "Политика конфиденциальности"),
                "© 2026 Film.ru", "__FILMRU__")


def fit(t: Title) -> Title:
    t = rated(localize(t, PROSE), AGES)
    t = replace(t, genres=tuple(GENRES[g] for g in t.genres),
                countries=tuple(COUNTRIES[c] for c in t.countries), tagline=None, audience=None,
                imdb=None, trailer=None, streaming=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def data(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def dengi(m: Money) -> str:
    symbol = SYMBOLS.get(m.currency, m.currency)
    figure = grouped(m.amount, " ")
    return f"{figure} {symbol}" if symbol.isalpha() else f"{symbol}{figure}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fr", rng)
    ld = schema(t, ("director", "actor", "genre", "datePublished", "contentRating")) if rng.random() < 0.5 else ""
    blocks = [_facts(t, c, rng), cast_block(t, c, "В ролях", "/person/"),
              episodes_block(ctx, c, "Эпизоды", _episode), comments(ctx, c, "Рецензии зрителей", "Рецензий пока нет.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Похожие фильмы", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year}, {o.runtime or 97} мин, {o.rating or ''}"


def _episode(e: Episode) -> str:
    return f"<p>{e.number} серия · {e.minutes} мин · {data(e.aired)}</p><p>Режиссер: {esc(e.director)}</p>"


def _head(t: Title, c: Classes) -> str:
    sub = ", ".join(([str(t.year)] if t.year else []) + list(t.countries))
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("sub")}">{esc(sub)}</p>'
    score = f'<div class="{c("score")}"><span>Рейтинг film.ru</span> <b>{6 + len(t.slug) % 4}.{len(t.title) % 10}</b>'
    score += f' <span>оценок: {grouped(t.votes, " ")}</span></div>' if t.votes else " <span>Оценок пока нет</span></div>"
    plot = f'<div class="{c("plot")}"><h2>Сюжет</h2><p>{esc(t.synopsis)}</p></div>' if t.synopsis else ""
    return out + score + plot + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 2)
    length = f"{t.runtime} мин" + (" (серия)" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Год", str(t.year or "")), ("Страна", esc(", ".join(t.countries))),
            ("Жанр", esc(", ".join(t.genres))), ("Продолжительность", length),
            ("Возраст", t.rating or ""), ("Сезонов", str(t.seasons or ""))]
    if t.released:
        rows.append(("Премьера в мире", data(t.released)))
        if rng.random() < 0.5:
            rows.append(("Премьера в России", data(t.released + timedelta(days=rng.randint(20, 300)))))
    rows += [("Режиссер", esc(", ".join(t.directors))), ("Сценарий", esc(", ".join(t.writers))),
             ("Продюсер", esc(extra[0])), ("Оператор", esc(extra[1])),
             ("Производство", esc(", ".join(t.studios))),
             ("Бюджет", dengi(t.budget) if t.budget else ""),
             ("Сборы в мире", dengi(t.box_office) if t.box_office else "")]
    return f'<section class="{c("about")}"><h2>О фильме</h2>{facts(c, pick(rng, FACT_STYLES), rows)}</section>'
