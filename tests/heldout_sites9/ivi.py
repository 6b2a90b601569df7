# ruff: noqa: E501  (HTML templates read best on one line)
"""Ivi: an ivi.ru-like Russian streaming page. The <h1> is the Russian title (a transliteration),
on some pages followed by '(Фильм 1995)' or '(Сериал 1995)' (no part of the title); the original
title below; unlabelled param lines '1995, США, Драмы, Мелодрамы' (ivi's plural genre names) and
'111 минут' or '1 ч. 51 мин.' with the age mark '18+' (a show's '3 сезона' and per-episode '52
минуты'); 'Рейтинг Иви 8,1' with '12 345 оценок' and an IMDb score without a count; offers
('Смотреть по подписке Иви', 'Купить от 399 ₽', 'Аренда 199 ₽', '30 дней за 1 ₽') as traps;
the description; 'Актёры и создатели' cards (name over 'Режиссёр', 'Актёр', 'Сценарист',
'Продюсер' (a trap)); a show's 'Сезон 1' episodes with their own runtimes; 'С этим смотрят'
rails; a JSON-LD Movie or TVSeries on some pages. No tagline, audience text, dates, money,
studios, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites9.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    spaced,
    translate,
    transliterate,
)

NAME = "ivi"
GENRES = {"Action": "Боевики", "Adventure": "Приключения", "Animation": "Мультфильмы",
          "Comedy": "Комедии", "Crime": "Криминал", "Documentary": "Документальные",
          "Drama": "Драмы", "Family": "Семейные", "Fantasy": "Фэнтези",
          "History": "Исторические", "Horror": "Ужасы", "Music": "Музыкальные",
          "Mystery": "Детективы", "Romance": "Мелодрамы", "Science Fiction": "Фантастика",
          "Thriller": "Триллеры", "War": "Военные", "Western": "Вестерны"}
COUNTRIES = {"United States": "США", "United Kingdom": "Великобритания", "France": "Франция",
             "Germany": "Германия", "Japan": "Япония", "China": "Китай",
             "South Korea": "Южная Корея", "India": "Индия", "Brazil": "Бразилия",
             "Australia": "Австралия", "Canada": "Канада", "Spain": "Испания",
             "Italy": "Италия", "Mexico": "Мексика", "Nigeria": "Нигерия", "Sweden": "Швеция",
             "Denmark": "Дания", "Argentina": "Аргентина", "Iran": "Иран", "Poland": "Польша"}
AGES = {"G": "0+", "U": "0+", "TV-Y": "0+", "TV-G": "0+", "FSK 0": "0+", "PG": "6+",
        "TV-PG": "6+", "FSK 6": "6+", "PG-13": "12+", "12A": "12+", "M": "12+", "TV-14": "16+",
        "FSK 12": "12+", "R": "18+", "15": "16+", "MA15+": "16+", "TV-MA": "18+",
        "FSK 16": "16+", "NC-17": "18+", "18": "18+", "R18+": "18+", "FSK 18": "18+"}
LETTERS = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х",
           "i": "и", "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
           "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "у", "x": "кс",
           "y": "й", "z": "з"}
INITIAL = {ch: v.upper()[0] + v[1:] for ch, v in LETTERS.items()} | {"e": "Э", "y": "Й"}
PROSE = Prose(
    verbs=("возвращается в", "наследует", "ищет", "бежит из", "охраняет", "теряет"),
    things=("затопленную деревню", "семейный сад", "старый маяк", "заброшенную шахту",
            "пограничный городок", "последний паром"),
    synopsis=("{hero} {verb} {thing} и понимает, что {other} тоже {verb2} {thing2}. "
              "«{title}» — история о старой верности, которую испытывает один долгий сезон."),
    taglines=("У всего есть цена.",),
    audiences=("Зрители хвалят актёров.",))
_ORIGINALS: dict[str, str] = {}


def russian_title(title: str) -> str:
    return transliterate(title.replace("&", "и"), LETTERS, INITIAL)


def fit(t: Title) -> Title:
    _ORIGINALS[t.slug] = t.title
    t = replace(t, title=russian_title(t.title))
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, released=None, budget=None, box_office=None,
                studios=(), studios_shown=0, imdb=None, trailer=None, streaming=None)
    return no_characters(t)


def plural(n: int, one: str, few: str, many: str) -> str:
    """Russian count agreement: 1 оценка, 3 оценки, 11 оценок, 21 оценка."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def minutes(n: int, short: bool) -> str:
    """'111 минут', '52 минуты' or '1 ч. 51 мин.'."""
    big, small = divmod(n, 60)
    if short and big:
        return f"{big} ч." + (f" {small} мин." if small else "")
    return f"{n} {plural(n, 'минута', 'минуты', 'минут')}"


def votes(n: int) -> str:
    return f"{spaced(n)} {plural(n, 'оценка', 'оценки', 'оценок')}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("nbl", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_description(t, c), _people(t, c, rng), _episodes(t, ctx, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{esc(t.title)} ({"сериал" if t.kind == "show" else "фильм"}'
            f'{f", {t.year}" if t.year else ""}) смотреть онлайн в хорошем качестве HD</title><link rel="canonical" href="{t.url}">{css("nbl", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("cookie"), "Мы используем cookie для улучшения работы сайта.", "Хорошо", "Подробнее")}'
            f'{_nav(c)}<main class="{c("page")}">{_head(t, c, rng)}{_offers(c, rng)}{"".join(blocks)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__IVI_STATE__", ctx.others, {"subsite": "s183"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url, "alternateName": _ORIGINALS[t.slug]}
    if t.year:
        data["dateCreated"] = str(t.year)
    if t.genres:
        data["genre"] = list(t.genres)
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 8.1, "bestRating": 10, "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Мой Иви", "Что нового", "Фильмы", "Сериалы", "Мультфильмы", "TV+")
    return (f'<header class="{c("header")}"><a href="/" class="{c("logo")}" aria-label="Иви">ivi</a><nav><ul>'
            + "".join(f'<li><a href="/m{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><a href="/subscribe">Смотреть 30 дней за 1 ₽</a><input type="search" placeholder="Фильмы, персоны, жанры" aria-label="Поиск"></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    kind = "Сериал" if t.kind == "show" else "Фильм"
    tail = f' <span class="{c("year")}">({kind}{f" {t.year}" if t.year else ""})</span>' if rng.random() < 0.5 else ""
    heading = f'<h1 class="{c("watchTitle")}">{esc(t.title)}{tail}</h1>'
    first = ([str(t.year)] if t.year else []) + list(map(esc, t.countries)) + list(map(esc, t.genres))
    second = ([f"{t.seasons} {plural(t.seasons, 'сезон', 'сезона', 'сезонов')}"] if t.seasons else [])
    second += [minutes(t.runtime, rng.random() < 0.4)] if t.runtime else []
    second += [f'<span class="{c("age")}">{esc(t.rating)}</span>'] if t.rating else []
    params = "".join(f'<div class="{c("paramsList")}">{line}</div>' for line in (", ".join(first), " · ".join(second)) if line)
    score = (f'<div class="{c("ratingIvi")}"><span>Рейтинг Иви</span> <b>{7 + len(t.slug) % 3},{len(t.title) % 10}</b> '
             f'<span>{pick(rng, ("Интересный сюжет", "Зрелищность", "Актёры"))}</span> <span class="{c("votes")}">{votes(t.votes)}</span></div>') if t.votes else ""
    return (f'<section class="{c("watchHead")}">{heading}<div class="{c("original")}" lang="en">{esc(_ORIGINALS[t.slug])}</div>{params}{score}'
            f'<div class="{c("imdb")}">IMDb {5 + len(t.title) % 4}.{len(t.slug) % 10}</div></section>')


def _offers(c: Classes, rng: random.Random) -> str:
    offers = ("Смотреть по подписке Иви", f"Купить от {pick(rng, ('299', '399', '499'))} ₽", f"Аренда {pick(rng, ('149', '199'))} ₽", "Первые 30 дней за 1 ₽")
    return f'<div class="{c("actionButtons")}">' + "".join(f'<button class="{c("button")}">{o}</button>' for o in offers) + "</div>"


def _description(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("synopsis")}"><div class="clause__text"><p>{esc(t.synopsis)}</p></div><a href="#">Детали о {"сериале" if t.kind == "show" else "фильме"}</a></section>'


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer = others_people(t, rng, 1)[0]
    cards = [(d, "Режиссёр") for d in t.directors] + [(p.actor, pick(rng, ("Актёр", "Актриса", "Актёр"))) for p in t.cast]
    cards += [(w, "Сценарист") for w in t.writers] + [(producer, "Продюсер")]
    items = "".join(f'<li class="{c("personCard")}"><a href="/person/{i}"><div class="{c("title")}">{esc(n)}</div>'
                    f'<div class="{c("extra")}">{job}</div></a></li>' for i, (n, job) in enumerate(cards))
    return f'<section class="{c("creators")}"><h2>Актёры и создатели</h2><ul>{items}</ul></section>'


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li class="{c("episode")}"><span>{e.number} серия</span><b>{esc(e.name)}</b><span>{minutes(e.minutes, False)}</span></li>' for e in ctx.episodes)
    return f'<section class="{c("seasons")}"><h2>Сезон {t.seasons}</h2><ol>{items}</ol></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><span class="{c("name")}">{esc(o.title)}</span></a><span>{o.year}, {minutes(o.runtime or 97, False)}</span>'
                    f'<span>{esc(o.rating or "")}</span><span>{votes(o.votes or 1)}</span></li>' for o in ctx.others)
    return f'<section class="{c("gallery")}"><h2>С этим смотрят</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/info/about">О компании</a><a href="/info/vacancies">Вакансии</a>'
            '<a href="/info/agreement">Пользовательское соглашение</a><a href="/info/privacy">Политика конфиденциальности</a><p>© 2026 ООО «Иви.ру»</p></footer>')
