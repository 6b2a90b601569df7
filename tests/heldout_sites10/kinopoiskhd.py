# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinopoisk HD: the hd.kinopoisk.ru streaming app's film card (Russian). The <h1> is the
Russian title (a transliteration) or, on some pages, a title-art image whose alt text is it,
with the original title beside it; unlabelled lines '8.1 1995, криминал, драма' (a score with
no count) and 'США • 2 ч 50 мин • 18+' (a show's '2008–…, драма' and 'США • 5 сезонов • 18+'
with 'серии по 45 мин'); offers ('Смотреть по подписке', 'Купить 399 ₽', 'Аренда 199 ₽') as
traps; the description; 'В ролях' (names only) and 'Режиссёр' lines, 'Продюсер' and
'Композитор' as traps on some pages; a show's episodes with their own runtimes; 'Похожее'
rails with their own scores, years and ages. No tagline, audience text, dates, votes, studios,
writers, money, IMDb link, trailer, streaming block or JSON-LD."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import app_state, css, esc
from tests.heldout_sites2.records import Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites9.ivi import AGES, COUNTRIES, PROSE, plural, russian_title
from tests.heldout_sites10.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
)

NAME = "kinopoiskhd"
GENRES = {"Action": "боевик", "Adventure": "приключения", "Animation": "мультфильм",
          "Comedy": "комедия", "Crime": "криминал", "Documentary": "документальный",
          "Drama": "драма", "Family": "семейный", "Fantasy": "фэнтези", "History": "история",
          "Horror": "ужасы", "Music": "музыка", "Mystery": "детектив", "Romance": "мелодрама",
          "Science Fiction": "фантастика", "Thriller": "триллер", "War": "военный",
          "Western": "вестерн"}
_ORIGINALS: dict[str, str] = {}


def fit(t: Title) -> Title:
    _ORIGINALS[t.slug] = t.title
    t = replace(t, title=russian_title(t.title))
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, countries=t.countries[:2])  # the card names two countries at most
    t = replace(t, tagline=None, audience=None, released=None, votes=None, studios=(),
                studios_shown=0, budget=None, box_office=None, imdb=None, trailer=None,
                streaming=None, writers=())
    return no_characters(t)


def duration(n: int) -> str:
    """'2 ч 50 мин', '2 ч', '45 мин'."""
    big, small = divmod(n, 60)
    return " ".join(([f"{big} ч"] if big else []) + ([f"{small} мин"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("styles_", rng)
    blocks = [_description(t, c), _people(t, c, rng), _episodes(ctx, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{esc(t.title)} — смотреть онлайн в хорошем качестве — Кинопоиск</title>'
            f'<link rel="canonical" href="{t.url}">{css("styles_", t.slug, 120)}</head><body>'
            f'{cookie_banner(c("cookies"), "Мы используем файлы cookie, чтобы сервис работал лучше.", "Принять", "Настроить")}'
            f'{_nav(c)}<main class="{c("root")}">{_head(t, c, rng)}{"".join(blocks)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__INITIAL_STATE_HD__", ctx.others, {"platform": "web"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Главное", "Моё", "Фильмы", "Сериалы", "Каналы", "Спорт", "Магазин")
    return (f'<header class="{c("header")}"><a href="/" aria-label="Кинопоиск">Кинопоиск</a><nav><ul>'
            + "".join(f'<li><a href="/s{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><a href="/mypromo">Ввести промокод</a><a href="/login">Войти</a></header>')


def _lines(t: Title, rng: random.Random) -> tuple[str, str]:
    years = f"{t.year}–…" if t.year and t.kind == "show" and rng.random() < 0.5 else str(t.year) if t.year else ""
    first = ", ".join([years] * bool(years) + list(map(esc, t.genres)))
    second = list(map(esc, t.countries))
    if t.seasons:
        second.append(f"{t.seasons} {plural(t.seasons, 'сезон', 'сезона', 'сезонов')}")
    if t.runtime:
        second.append(f"серии по {duration(t.runtime)}" if t.kind == "show" else duration(t.runtime))
    if t.rating:
        second.append(f'<span class="{{age}}">{esc(t.rating)}</span>')
    return first, " • ".join(second)


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    heading = (f'<h1 class="{c("title")}"><img alt="{esc(t.title)}" src="/logo/{t.slug}.png"></h1>' if rng.random() < 0.35
               else f'<h1 class="{c("title")}">{esc(t.title)}</h1>')
    first, second = _lines(t, rng)
    score = f'<span class="{c("rating")}">{6 + len(t.slug) % 3}.{len(t.title) % 10}</span> '
    offers = ("Смотреть по подписке", f"Купить {pick(rng, ('299', '399'))} ₽", f"Аренда {pick(rng, ('149', '199'))} ₽", "Трейлер")
    return (f'<section class="{c("head")}">{heading}<div class="{c("original")}" lang="en">{esc(_ORIGINALS[t.slug])}</div>'
            f'<div class="{c("meta")}">{score}{first}</div><div class="{c("meta")}">{second.replace("{age}", c("age"))}</div>'
            f'<div class="{c("buttons")}">' + "".join(f'<button>{o}</button>' for o in offers[: rng.randint(2, 4)]) + "</div></section>")


def _description(t: Title, c: Classes) -> str:
    return f'<section class="{c("synopsis")}"><p>{esc(t.synopsis)}</p></section>' if t.synopsis else ""


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    rows: list[tuple[str, str]] = []
    if t.cast:
        rows.append(("В ролях", ", ".join(esc(p.actor) for p in t.cast)))
    if t.directors:
        rows.append(("Режиссёр", ", ".join(map(esc, t.directors))))
    if rng.random() < 0.6:
        producer, composer = others_people(t, rng, 2)
        rows += [("Продюсер", esc(producer)), ("Композитор", esc(composer))]
    if not rows:
        return ""
    return f'<section class="{c("crew")}">' + "".join(f'<div class="{c("row")}"><span class="{c("label")}">{k}</span> <span>{v}</span></div>' for k, v in rows) + "</section>"


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li><span>{e.number} серия</span> <b>{esc(e.name)}</b> <span>{duration(e.minutes)}</span></li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Сезон {ctx.episodes[0].season}</h2><ol>{items}</ol></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><span>{esc(o.title)}</span></a><span>{6 + i % 3}.{i}</span>'
                    f'<span>{o.year}, {duration(o.runtime or 97)}</span><span>{esc(o.rating or "")}</span></li>' for i, o in enumerate(ctx.others))
    return f'<section class="{c("gallery")}"><h2>Похожее</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/support">Служба поддержки</a><a href="/legal">Пользовательское соглашение</a>'
            '<a href="/jobs">Вакансии</a><p>© 2003–2026 Кинопоиск</p></footer>')
