# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinorium: a Kinorium-like Russian page. Under the <h1> the line 'Title, 1995' and 'Фильм' or
'Сериал'; the scores 'Кинориум 7.8' beside '12 400 оценок' (no-break spaces, Russian plurals)
among traps ('ждут 1 234', 'смотрели 5 678') and an IMDb score without a count; a two-column
'Информация' table ('Год', 'Страна', 'Жанр', 'Режиссёр', 'Сценарий', 'Продюсер', 'Оператор',
'Композитор', 'Студии' with '+2 ещё', 'Бюджет', 'Сборы в мире', 'Премьера в мире', 'Время'
as '111 мин. / 01:51', 'Сезонов', age marks '16+'); a 'Слоган' in «»; 'В ролях' as 'Actor —
Character' or two spans; 'Где посмотреть онлайн'; a show's last episodes with their own
director; reviews; 'Похожие' rails. No schema.org."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites6.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    spaced,
    translate,
)

NAME = "kinorium"
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
             "South Korea": "Южная Корея", "India": "Индия", "Brazil": "Бразилия",
             "Australia": "Австралия", "Canada": "Канада", "Spain": "Испания",
             "Italy": "Италия", "Mexico": "Мексика", "Nigeria": "Нигерия", "Sweden": "Швеция",
             "Denmark": "Дания", "Argentina": "Аргентина", "Iran": "Иран", "Poland": "Польша"}
AGES = {"G": "0+", "U": "0+", "TV-Y": "0+", "TV-G": "0+", "FSK 0": "0+", "PG": "6+",
        "TV-PG": "6+", "FSK 6": "6+", "PG-13": "12+", "12A": "12+", "M": "12+", "TV-14": "12+",
        "FSK 12": "12+", "R": "16+", "15": "16+", "MA15+": "16+", "TV-MA": "16+",
        "FSK 16": "16+", "NC-17": "18+", "18": "18+", "R18+": "18+", "FSK 18": "18+"}
PROSE = Prose(
    verbs=("возвращается в", "наследует", "ищет", "бежит из", "охраняет", "теряет",
           "восстанавливает"),
    things=("затопленную деревню", "семейный сад", "старый маяк", "разорившийся цирк",
            "заброшенную шахту", "пограничный городок", "зимнюю ярмарку"),
    synopsis=("{hero} {verb} {thing} и узнаёт, что {other} тоже {verb2} {thing2}. В фильме "
              "«{title}» старая верность проходит испытание долгим сезоном, и ничто не "
              "возвращается таким, каким ушло."),
    taglines=("У всего есть цена.", "Некоторые двери остаются закрытыми.",
              "Прилив всегда возвращается.", "Одно лето. Один шанс."),
    audiences=("Зрители хвалят актёрскую игру и операторскую работу; финал спорный, но "
               "актёры держат историю.",
               "Многие называют фильм медленным, но трогательным, отдельно отмечая музыку."))


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.7


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    return t if _roles(t) else no_characters(t)


def day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def plural(n: int, one: str, few: str, many: str) -> str:
    """Russian count agreement: 1 оценка, 3 оценки, 11 оценок, 21 оценка."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def votes(n: int) -> str:
    return f"{spaced(n)} {plural(n, 'оценка', 'оценки', 'оценок')}"


def money(m: Money) -> str:
    symbol = SYMBOLS.get(m.currency, m.currency)
    return f"{symbol}{' ' if symbol.isalpha() else ''}{spaced(m.amount)}"


def duration(minutes: int) -> str:
    return f"{minutes} мин. / {minutes // 60:02d}:{minutes % 60:02d}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("kr", rng)
    blocks = [_info(t, c, rng), _texts(t, c), _cast(t, c, rng), _watch(t.streaming, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    kind = "сериал" if t.kind == "show" else "фильм"
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f'{f" ({t.year})" if t.year else ""} — {kind} — Кинориум</title><link rel="canonical" href="{t.url}">'
            f'{css("kr", t.slug, 90)}</head><body>'
            f'{cookie_banner(c("cookies"), "Мы используем файлы cookie, чтобы сайт работал лучше.", "Понятно", "Настроить")}'
            f'{_nav(c)}<main class="{c("main")}">{_head(t, c, rng)}{"".join(blocks)}'
            f'{_episodes(ctx, c)}{_reviews(ctx, c)}{_rails(ctx, c)}</main>{_footer(c)}'
            f'{app_state("__KR_INITIAL__", ctx.others, {"lang": "ru"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Фильмы", "Сериалы", "Скоро в кино", "Онлайн", "Подборки", "Новости", "Персоны")
    return (f'<header class="{c("header")}"><a class="{c("logo")}" href="/">Кинориум</a><nav><ul>'
            + "".join(f'<li><a href="/{i}/">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="Поиск фильмов и сериалов" aria-label="Поиск"></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    sub = esc(t.title) + (f", {t.year}" if t.year else "")
    kind = "Сериал" if t.kind == "show" else "Фильм"
    out = (f'<section class="{c("film-page")}"><h1 class="{c("film-page__title-text")}">{esc(t.title)}</h1>'
           f'<div class="{c("film-page__orig")}">{sub}</div><div class="{c("kind")}">{kind}</div>')
    if t.rating:
        out += f'<span class="{c("age")}" title="Возрастное ограничение">{t.rating}</span>'
    scores = [f'<li><span class="{c("rating-kr")}">Кинориум</span> <b>7.{len(t.slug) % 10}</b>'
              + (f' <span class="{c("count")}">{votes(t.votes)}</span>' if t.votes else " <span>мало оценок</span>") + "</li>"]
    if t.imdb:
        scores.append(f'<li><a href="https://www.imdb.com/title/{t.imdb}/">IMDb</a> <b>{6 + len(t.title) % 4}.{len(t.slug) % 7}</b></li>')
    stats = (f'<ul class="{c("stats")}"><li>ждут {spaced(len(t.slug) * 41)}</li>'
             f'<li>смотрели {spaced(len(t.title) * 313)}</li></ul>')
    return out + f'<ul class="{c("ratings")}">{"".join(scores)}</ul>{stats}</section>'


def _info(t: Title, c: Classes, rng: random.Random) -> str:
    producer, dop, composer = others_people(t, rng, 3)
    rows = []
    if t.year:
        rows.append(("Год", str(t.year)))
    if t.countries:
        rows.append(("Страна" if len(t.countries) == 1 else "Страны", ", ".join(map(esc, t.countries))))
    if t.genres:
        rows.append(("Жанр", ", ".join(map(esc, t.genres))))
    if t.directors:
        rows.append(("Режиссёр" if len(t.directors) == 1 else "Режиссёры", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("Сценарий", ", ".join(map(esc, t.writers))))
    rows += [("Продюсер", esc(producer)), ("Оператор", esc(dop)), ("Композитор", esc(composer))]
    if t.studios:
        more = f" +{t.more_studios} ещё" if t.more_studios else ""
        rows.append(("Студия" if len(t.studios) == 1 else "Студии", ", ".join(map(esc, t.shown_studios)) + more))
    if t.budget:
        rows.append(("Бюджет", money(t.budget)))
    if t.box_office:
        rows.append(("Сборы в мире", money(t.box_office)))
    if t.released:
        rows.append(("Премьера в мире", day(t.released)))
    if t.runtime:
        rows.append(("Время", duration(t.runtime) + (" (серия)" if t.kind == "show" else "")))
    if t.seasons:
        rows.append(("Сезонов", str(t.seasons)))
    if t.rating and rng.random() < 0.5:
        rows.append(("Возраст", t.rating))
    if rng.random() < 0.5:
        rows.reverse()
    body = "".join(f'<tr><td class="{c("info__title")}">{k}</td><td class="{c("info__value")}">{v}</td></tr>' for k, v in rows)
    return f'<section class="{c("info")}"><h2>Информация</h2><table>{body}</table></section>'


def _texts(t: Title, c: Classes) -> str:
    out = ""
    if t.tagline:
        out += f'<p class="{c("slogan")}"><span>Слоган</span> «{esc(t.tagline)}»</p>'
    if t.synopsis:
        out += f'<section class="{c("description")}"><h2>Описание</h2><p>{esc(t.synopsis)}</p></section>'
    if t.audience:
        out += f'<section class="{c("audience")}"><h2>Что говорят зрители</h2><p>{esc(t.audience)}</p></section>'
    if t.trailer:
        out += (f'<section class="{c("trailer")}"><h2>Трейлер</h2><iframe title="Трейлер" '
                f'src="https://www.youtube.com/embed/{t.trailer}"></iframe></section>')
    return out


def _cast(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.cast:
        return ""
    dash = rng.random() < 0.5
    items = "".join(
        f'<li><a href="/name/{i}/">{esc(p.actor)}</a>'
        + ((f" — {esc(p.character)}" if dash else f'<span class="{c("role")}">{esc(p.character)}</span>') if p.character else "")
        + "</li>" for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>В ролях</h2><ul>{items}</ul></section>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("online")}"><h2>Где посмотреть онлайн</h2><p>Пока нет в онлайн-кинотеатрах</p></section>'
    n = len(s.platforms)
    head = (f"Доступен в {n} {plural(n, 'онлайн-кинотеатре', 'онлайн-кинотеатрах', 'онлайн-кинотеатрах')}" if s.available
            else f"Нет ни в одном из {n} {plural(n, 'отслеживаемого сервиса', 'отслеживаемых сервисов', 'отслеживаемых сервисов')}")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<section class="{c("online")}"><h2>Где посмотреть онлайн</h2><p>{head}</p><ul>{items}</ul><small>Обновлено {day(s.verified_on)}</small></section>'


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li>{e.season} сезон, {e.number} серия · <b>{esc(e.name)}</b> · {e.minutes} мин. · "
                    f"{day(e.aired)} · режиссёр {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Последние серии</h2><ol>{items}</ol></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<article class="{c("review")}"><b>{esc(r.author)}</b> <span>{r.score} из 10</span> '
                    f"<time>{day(r.posted)}</time><p>{esc(r.text)}</p></article>" for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Рецензии</h2>{items}</section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><span>{o.year}</span><span>{o.runtime or 97} мин.</span>'
                    f'<span>{esc(o.rating or "")}</span><span>{votes(o.votes or 1)}</span></li>' for o in ctx.others)
    title = pick(random.Random(len(ctx.others[0].slug)), ("Похожие фильмы", "Похожие", "Вам может понравиться"))
    return f'<section class="{c("similar")}"><h2>{title}</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about/">О проекте</a><a href="/agreement/">Пользовательское соглашение</a>'
            '<a href="/privacy/">Конфиденциальность</a><a href="/ads/">Реклама</a><p>© 2011–2026 Кинориум</p></footer>')
