# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinopoisk: a Kinopoisk-like Russian page. The <h1> 'Title (1995)' (the year in brackets is no
part of the title); the score '7.8' over '12 345 оценок' (no-break spaces, Russian plurals)
beside an IMDb score without a count and 'ждут' / 'рецензий' traps; an 'О фильме' table
('Год производства' with '(5 сезонов)' for a show, 'Страна', 'Жанр', 'Слоган' in «», 'Режиссер',
'Сценарий', 'Продюсер', 'Оператор', 'Композитор', 'Бюджет' '$3 600 000', 'Сборы в мире',
'Премьера в мире', 'Возраст' '16+' or, for some US-rated titles, 'Рейтинг MPAA' 'R' instead,
'Время' '111 мин. / 01:51'); 'В главных ролях' names only; 'Описание'; viewers' reviews; 'Если
вам понравился этот фильм' rails; a JSON-LD Movie on some deploys. No studios, IMDb link,
trailer, streaming or audience text."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites8.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    spaced,
    translate,
)

NAME = "kinopoisk"
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")
GENRES = {"Action": "боевик", "Adventure": "приключения", "Animation": "мультфильм",
          "Comedy": "комедия", "Crime": "криминал", "Documentary": "документальный",
          "Drama": "драма", "Family": "семейный", "Fantasy": "фэнтези", "History": "история",
          "Horror": "ужасы", "Music": "музыка", "Mystery": "детектив", "Romance": "мелодрама",
          "Science Fiction": "фантастика", "Thriller": "триллер", "War": "военный",
          "Western": "вестерн"}
COUNTRIES = {"United States": "США", "United Kingdom": "Великобритания", "France": "Франция",
             "Germany": "Германия", "Japan": "Япония", "China": "Китай",
             "South Korea": "Корея Южная", "India": "Индия", "Brazil": "Бразилия",
             "Australia": "Австралия", "Canada": "Канада", "Spain": "Испания",
             "Italy": "Италия", "Mexico": "Мексика", "Nigeria": "Нигерия", "Sweden": "Швеция",
             "Denmark": "Дания", "Argentina": "Аргентина", "Iran": "Иран", "Poland": "Польша"}
AGES = {"G": "0+", "U": "0+", "TV-Y": "0+", "TV-G": "0+", "FSK 0": "0+", "PG": "6+",
        "TV-PG": "6+", "FSK 6": "6+", "PG-13": "12+", "12A": "12+", "M": "12+", "TV-14": "12+",
        "FSK 12": "12+", "R": "16+", "15": "16+", "MA15+": "16+", "TV-MA": "16+",
        "FSK 16": "16+", "NC-17": "18+", "18": "18+", "R18+": "18+", "FSK 18": "18+"}
MPAA = ("G", "PG", "PG-13", "R", "NC-17")
# what the record's content_rating may be: the age mark, or the MPAA rating where it stands alone
BOARD = frozenset(AGES.values()) | frozenset(MPAA)
PROSE = Prose(
    verbs=("возвращается в", "наследует", "ищет", "бежит из", "охраняет", "теряет"),
    things=("затопленную деревню", "семейный сад", "старый маяк", "заброшенную шахту",
            "пограничный городок", "зимнюю ярмарку", "последний паром"),
    synopsis=("{hero} {verb} {thing} и понимает, что {other} тоже {verb2} {thing2}. "
              "«{title}» — история о старой верности, которую испытывает один долгий сезон."),
    taglines=("У всего есть цена.", "Некоторые двери лучше не открывать.",
              "Одно лето. Один шанс.", "Никто не уходит просто так."),
    audiences=("Зрители хвалят актёров.",))


def _mpaa(t: Title) -> bool:
    """A US-rated title shows its MPAA rating in place of the age mark on some pages."""
    return t.rating in MPAA and fit_rng(NAME, t, "mpaa").random() < 0.4


def fit(t: Title) -> Title:
    rating = t.rating if _mpaa(t) else AGES.get(t.rating or "")
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = replace(t, rating=rating, audience=None, studios=(), studios_shown=0, imdb=None,
                trailer=None, streaming=None)
    return no_characters(t)


def plural(n: int, one: str, few: str, many: str) -> str:
    """Russian count agreement: 1 оценка, 3 оценки, 11 оценок, 21 оценка."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def votes(n: int) -> str:
    return f"{spaced(n)} {plural(n, 'оценка', 'оценки', 'оценок')}"


def day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def money(m: Money) -> str:
    """'$3 600 000', '€11 400 000', 'DM 7 200 000'."""
    symbol = SYMBOLS.get(m.currency, m.currency)
    return f"{symbol}{' ' if symbol.isalpha() else ''}{spaced(m.amount)}"


def duration(minutes: int) -> str:
    return f"{minutes} мин. / {minutes // 60:02d}:{minutes % 60:02d}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("styles_", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_about(t, c, rng), _cast(t, c), _synopsis(t, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f'{f" ({t.year})" if t.year else ""} — Кинопоиск</title><link rel="canonical" href="{t.url}">'
            f'{css("styles_", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("cookies"), "Мы используем файлы cookie, чтобы улучшить работу сервиса.", "Принять", "Настроить")}'
            f'{_nav(c)}<main class="{c("root")}">{_head(t, c, rng)}{"".join(blocks)}'
            f'{_reviews(ctx, c)}{_rails(ctx, c)}</main>{_footer(c)}'
            f'{app_state("__NEXT_DATA_KP__", ctx.others, {"locale": "ru"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.year:
        data["dateCreated"] = str(t.year)
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 7.8, "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Главная", "Онлайн-кинотеатр", "Фильмы", "Сериалы", "Телеканалы", "Спорт", "Медиа", "Кинопоиск и МТС")
    return (f'<header class="{c("header")}"><a class="{c("logo")}" href="/" aria-label="Кинопоиск">КП</a><nav><ul>'
            + "".join(f'<li><a href="/s{i}/">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="Фильмы, сериалы, персоны" aria-label="Поиск"><a href="/login">Войти</a></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    year = f" ({t.year})" if t.year else ""
    inner = f"<span>{esc(t.title)}{year}</span>" if rng.random() < 0.5 else f"{esc(t.title)}{year}"
    score = (f'<div class="{c("rating")}"><span class="{c("ratingValue")}">7.{len(t.slug) % 10}</span>'
             f'<span class="{c("count")}">{votes(t.votes)}</span></div>') if t.votes else f'<div class="{c("rating")}">Недостаточно оценок</div>'
    return (f'<section class="{c("header-film")}"><h1 itemprop="name" class="{c("title")}">{inner}</h1>'
            f'<div class="{c("original")}"><span>{esc(t.title)}</span></div>{score}'
            f'<div class="{c("imdb")}">IMDb: {6 + len(t.title) % 3}.{len(t.slug) % 10}0</div>'
            f'<ul class="{c("stats")}"><li>{spaced(len(t.slug) * 77)} ждут</li><li>{len(t.title) * 3} рецензий</li></ul></section>')


def _about(t: Title, c: Classes, rng: random.Random) -> str:
    producer, dop, composer = others_people(t, rng, 3)
    rows: list[tuple[str, str]] = []
    if t.year:
        rows.append(("Год производства", f"{t.year}" + (f" ({t.seasons} {plural(t.seasons, 'сезон', 'сезона', 'сезонов')})" if t.seasons else "")))
    if t.countries:
        rows.append(("Страна", ", ".join(map(esc, t.countries))))
    if t.genres:
        rows.append(("Жанр", ", ".join(map(esc, t.genres)) + ' <a href="#keywords">слова</a>'))
    if t.tagline:
        rows.append(("Слоган", f"«{esc(t.tagline)}»"))
    if t.directors:
        rows.append(("Режиссер", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("Сценарий", ", ".join(map(esc, t.writers))))
    rows += [("Продюсер", esc(producer)), ("Оператор", esc(dop)), ("Композитор", esc(composer))]
    if t.budget:
        rows.append(("Бюджет", money(t.budget)))
    if t.box_office:
        rows.append(("Сборы в мире", money(t.box_office)))
    if t.released:
        rows.append(("Премьера в мире", day(t.released)))
    if t.rating:
        rows.append(("Рейтинг MPAA", f'<img alt="рейтинг {esc(t.rating)}" src="/mpaa/{esc(t.rating)}.svg"><span>{esc(t.rating)}</span>')
                    if t.rating in MPAA else ("Возраст", f'<span class="{c("age")}">{esc(t.rating)}</span>'))
    if t.runtime:
        rows.append(("Время", duration(t.runtime)))
    title = pick(rng, ("О фильме", "О сериале")) if t.kind == "show" else "О фильме"
    body = "".join(f'<div class="{c("row")}"><div class="{c("title-cell")}">{k}</div><div class="{c("value")}">{v}</div></div>' for k, v in rows)
    return f'<section class="{c("about")}"><h3>{title}</h3><div class="{c("table")}">{body}</div></section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    items = "".join(f'<li><a href="/name/{i}/">{esc(p.actor)}</a></li>' for i, p in enumerate(t.cast))
    return f'<section class="{c("actors")}"><h3>В главных ролях</h3><ul>{items}</ul><a href="cast/">{len(t.cast) + 20} актеров</a></section>'


def _synopsis(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("synopsis")}"><h3>Описание</h3><p class="{c("paragraph")}">{esc(t.synopsis)}</p></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<article class="{c("review")}"><b>{esc(r.author)}</b> <time>{day(r.posted)}</time>'
                    f"<p>{esc(r.text)}</p><span>Полезно {r.score * 3}</span></article>" for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h3>Рецензии зрителей</h3>{items}</section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><span>{esc(o.title)}</span></a><span>{o.year}, {o.runtime or 97} мин.</span>'
                    f'<span>{esc(o.rating or "")}</span><span>{votes(o.votes or 1)}</span></li>' for o in ctx.others)
    return f'<section class="{c("similar")}"><h3>Если вам понравился этот фильм</h3><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/docs/usage/">Пользовательское соглашение</a><a href="/adv/">Реклама</a>'
            '<a href="/support/">Справка</a><a href="/vacancy/">Вакансии</a><p>© 2003–2026 Кинопоиск. 18+</p></footer>')
