# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinoteka: a Kinopoisk-like Russian page. The <h1> reads 'Title (1995)' or
'Title (сериал, 2019)'; 'О фильме' is a table of rows made of two sibling <div>s (label,
value) with Russian labels, lower-case Russian genres, 'США', '«tagline»', genitive dates
('12 марта 1995'), '111 мин. / 01:51', thousands spaced with no-break spaces ('$3 600 000',
'12 400 оценок'), seasons in the year row ('2019 (3 сезона)'), producers, a cinematographer
and a composer the record has no key for; 'В главных ролях' without characters beside
'Роли дублировали' (the dubbing voices, not the cast); a partial JSON-LD on some deploys."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, grouped, json_ld, ld_type
from tests.heldout_sites2.records import Credit, Money, Prose, Streaming, Title, localize, person
from tests.heldout_sites2.site import Context
from tests.heldout_sites3.common import Classes, look, pick

NAME = "kinoteka"
NBSP = "\u00a0"
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
US_RATINGS = {"G", "PG", "PG-13", "R", "NC-17"}
PROSE = Prose(
    verbs=("возвращается в", "наследует", "ищет", "бежит из", "влюбляется в", "раскрывает",
           "охраняет", "теряет", "восстанавливает"),
    things=("затопленную деревню", "семейный сад", "украденную скрипку", "старый маяк",
            "разорившийся цирк", "последний паром", "заброшенную шахту", "пограничный город"),
    synopsis=("{hero} {verb} {thing} и узнаёт, что {other} тоже {verb2} {thing2}. В фильме "
              "«{title}» старая дружба проходит испытание долгим сезоном."),
    taglines=("У всего есть цена.", "Некоторые двери остаются закрытыми.",
              "Прилив всегда возвращается.", "Одно лето. Один шанс."),
    audiences=("Зрители хвалят актёрскую игру и операторскую работу; финал вызывает споры, "
               "но актёрский состав вытягивает историю.",
               "Многие называют картину медленной, но трогательной, с прекрасной музыкой."))


def fit(t: Title) -> Title:
    t = localize(t, PROSE)
    return replace(t, genres=tuple(GENRES[g] for g in t.genres),
                   countries=tuple(COUNTRIES[c] for c in t.countries),
                   cast=tuple(Credit(p.actor, None) for p in t.cast),
                   studios_shown=len(t.studios))


def plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        word = one
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        word = few
    else:
        word = many
    return f"{grouped(n, NBSP)}{NBSP}{word}"


def day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def money(m: Money) -> str:
    signs = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩"}
    sign = signs.get(m.currency)
    return f"{sign}{grouped(m.amount, NBSP)}" if sign else f"{grouped(m.amount, NBSP)} {m.currency}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("styles_", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    kind = "сериал, " if t.kind == "show" else ""
    year = f" ({kind}{t.year})" if t.year else (" (сериал)" if t.kind == "show" else "")
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)}{year} — Кинотека</title>"
            f'<link rel="canonical" href="{t.url}">{css("kt", t.slug, 80)}{ld}</head><body>'
            f'{_nav(c)}<main class="{c("main")}"><div class="{c("column")}">'
            f'<h1 class="{c("title")}" itemprop="name"><span>{esc(t.title)}{year}</span></h1>'
            f"{_tagline_top(t, c, rng)}<h3>{'О сериале' if t.kind == 'show' else 'О фильме'}</h3>"
            f'<div data-test-id="encyclopedic-table" class="{c("table")}">{_rows(t, c, rng)}'
            f"</div>{_texts(t, c)}{_episodes(ctx, c)}{_reviews(ctx, c)}</div>"
            f'<div class="{c("side")}">{_rating(t, c)}{_actors(t, c, rng)}{_watch(t.streaming, c)}'
            f"</div>{_similar(ctx, c)}</main>{_footer(c)}"
            f'{app_state("__NEXT_DATA_KT__", ctx.others, {"locale": "ru"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.countries:
        data["countryOfOrigin"] = [{"@type": "Country", "name": n} for n in t.countries]
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Фильмы", "Сериалы", "Билеты в кино", "Медиа", "Онлайн-кинотеатр")
    return (f'<header class="{c("header")}"><a href="/">Кинотека</a><nav>'
            + "".join(f'<a href="/lists/{i}">{x}</a>' for i, x in enumerate(items))
            + '</nav><input placeholder="Фильмы, сериалы, персоны"><a href="/login">Войти</a>'
            "</header>")


def _tagline_top(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<div class="{c("original")}">{esc(t.title)}</div>' if rng.random() < 0.3 else ""


def _row(c: Classes, label: str, value: str) -> str:
    return (f'<div class="{c("row")}"><div class="{c("label")}">{label}</div>'
            f'<div class="{c("value")}">{value}</div></div>')


def _people(names: tuple[str, ...]) -> str:
    return ", ".join(f'<a href="/name/{len(n) * 97 + i}">{esc(n)}</a>' for i, n in enumerate(names))


def _rows(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    if t.year:
        seasons = f" ({plural(t.seasons, 'сезон', 'сезона', 'сезонов')})" if t.seasons else ""
        rows.append(_row(c, "Год производства", f'<a href="/lists/year/{t.year}">{t.year}</a>{seasons}'))
    elif t.seasons:
        rows.append(_row(c, "Сезоны", plural(t.seasons, "сезон", "сезона", "сезонов")))
    if t.countries:
        rows.append(_row(c, "Страна", ", ".join(t.countries)))
    if t.genres:
        rows.append(_row(c, "Жанр", ", ".join(t.genres) + ', <a href="/keywords">слова</a>'))
    rows.append(_row(c, "Слоган", f"«{esc(t.tagline)}»" if t.tagline else "—"))
    extra = [person(rng) for _ in range(3)]
    own = set(t.directors) | set(t.writers) | {p.actor for p in t.cast}
    extra = [x for x in extra if x not in own] or ["—"]
    for label, names in (("Режиссер", t.directors), ("Сценарий", t.writers),
                         ("Продюсер", tuple(extra[:1])), ("Оператор", tuple(extra[1:2]))):
        rows.append(_row(c, label, _people(names) if names else "—"))
    if t.studios:
        rows.append(_row(c, "Производство", ", ".join(map(esc, t.studios))))
    for label, m in (("Бюджет", t.budget), ("Сборы в мире", t.box_office)):
        if m:
            rows.append(_row(c, label, money(m)))
    if t.released:
        label = "Премьера сериала" if t.kind == "show" else "Премьера в мире"
        rows.append(_row(c, label, f'<a href="/dates/{t.released.isoformat()}">{day(t.released)}'
                         "</a>"))
    if t.rating:
        label = "Рейтинг MPAA" if t.rating in US_RATINGS else "Возрастной рейтинг"
        rows.append(_row(c, label, f'<span class="{c("rating")}">{esc(t.rating)}</span>'))
    if t.runtime:
        clock = f"{t.runtime // 60:02d}:{t.runtime % 60:02d}"
        time = f"{t.runtime} мин." + (f" / {clock}" if rng.random() < 0.6 else "")
        rows.append(_row(c, "Время", time))
    return "".join(rows)


def _texts(t: Title, c: Classes) -> str:
    out = ""
    if t.synopsis:
        out += f'<p class="{c("paragraph")}">{esc(t.synopsis)}</p>'
    if t.audience:
        out += f'<section class="{c("summary")}"><h3>Что говорят зрители</h3><p>{esc(t.audience)}</p></section>'
    if t.trailer:
        out += (f'<section class="{c("trailer")}"><h3>Трейлер</h3><iframe src="https://www.'
                f'youtube-nocookie.com/embed/{t.trailer}" title="Трейлер"></iframe></section>')
    if t.imdb:
        out += (f'<p class="{c("imdb")}"><a href="https://www.imdb.com/title/{t.imdb}/">IMDb: 7.10'
                "</a></p>")
    return out


def _rating(t: Title, c: Classes) -> str:
    votes = (f'<span class="{c("count")}">{plural(t.votes, "оценка", "оценки", "оценок")}</span>'
             if t.votes else "")
    return (f'<div class="{c("rating-block")}"><span class="{c("value")}">7.4</span>{votes}'
            f'<a href="#reviews">{3 + len(t.slug) % 40} рецензий</a></div>')


def _actors(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.cast:
        return ""
    own = {p.actor for p in t.cast}
    dub = [x for x in (person(rng) for _ in range(3)) if x not in own]
    items = "".join(f'<li><a href="/name/a{i}">{esc(p.actor)}</a></li>' for i, p in enumerate(t.cast))
    dubbed = "".join(f'<li><a href="/name/d{i}">{esc(n)}</a></li>' for i, n in enumerate(dub))
    head = pick(rng, ("В главных ролях", "В ролях"))
    return (f'<div class="{c("actors")}"><h3>{head}</h3><ul>{items}</ul>'
            f"<h3>Роли дублировали</h3><ul>{dubbed}</ul></div>")


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("online")}"><h3>Где смотреть</h3><p>Пока нет в онлайн-кинотеатрах</p></div>'
    n = len(s.platforms)
    head = (f"Доступно на {n} {'сервисе' if n == 1 else 'сервисах'}" if s.available
            else f"Сейчас недоступно ни на одном из {n} {'сервиса' if n == 1 else 'сервисов'}")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return (f'<div class="{c("online")}"><h3>Где смотреть</h3><p>{head}</p><ul>{items}</ul>'
            f"<small>Проверено {day(s.verified_on)}</small></div>")


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li>Сезон {e.season}, серия {e.number} · {esc(e.name)} · {e.minutes} мин. · "
                    f"{day(e.aired)} · режиссер {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h3>Последние серии</h3><ul>{items}</ul></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<article class="{c("review")}"><b>{esc(r.author)}</b> · {day(r.posted)}'
                    f" · {r.score}/10<p>{esc(r.text)}</p></article>" for r in ctx.reviews)
    return f'<section id="reviews" class="{c("reviews")}"><h3>Рецензии зрителей</h3>{items}</section>'


def _similar(ctx: Context, c: Classes) -> str:
    cards = "".join(
        f'<a class="{c("card")}" href="{o.path}"><span>{esc(o.title)}</span>'
        f'<div class="{c("row")}"><div class="{c("label")}">Год</div><div class="{c("value")}">'
        f"{o.year}</div></div><span>{o.runtime or 97} мин.</span> <span>{esc(o.rating)}</span></a>"
        for o in ctx.others)
    return (f'<section class="{c("similar")}"><h3>Если вам понравился этот фильм</h3>{cards}'
            "</section>")


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/vacancy">Вакансии</a><a href="/ads">'
            'Реклама</a><a href="/terms">Соглашение</a><a href="/help">Справка</a>'
            "<p>© 2003 — 2026, Кинотека</p></footer>")
