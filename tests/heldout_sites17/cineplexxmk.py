# ruff: noqa: E501  (HTML templates read best on one line)
"""Cineplexxmk: a film or series page of Cineplexx Skopje (Macedonian, Cyrillic). The <h1>; the
line 'Драма, Трилер · 1995 · 111 мин.'; 'Оцена 7,4 (1.234 гласа)' beside 'Прегледи: 12.345' (a
view counter, a trap); the facts as read-only form groups (<fieldset>/<legend>), an ARIA
description list (role="term"/"definition") or 'Label — value' lines: 'Режија', 'Сценарио',
'Музика', 'Продуцент' and 'Директор на фотографија' (traps), 'Жанр', 'Земја', 'Година',
'Времетраење: 111 мин.' (a series' 'мин. по епизода'), 'Возраст' ('12+', 'Без ограничување'),
'Премиера: 27 октомври 1995' (or '27.10.1995') beside a later 'Премиера во Македонија' (a
trap), 'Продукција', 'Дистрибутер' (a trap), 'Буџет: 3.600.000 $', 'Приход', 'Сезони'; 'Улоги'
as 'Име (улога)' lines; the trailer; the IMDb link; a series' episodes with their own directors;
'Проекции' with halls and '250 ден.' prices; comments; 'Слични филмови'; a JSON-LD Movie on
some pages. No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, imdb_link, youtube_embed
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites17.common import (
    Chrome,
    Classes,
    ages,
    comments,
    episodes_block,
    facts17,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    schema,
    translate,
)

NAME = "cineplexxmk"
MONTHS = ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември",
          "октомври", "ноември", "декември")
GENRES = {"Action": "Акција", "Adventure": "Авантура", "Animation": "Анимација",
          "Comedy": "Комедија", "Crime": "Криминалистички", "Documentary": "Документарен",
          "Drama": "Драма", "Family": "Семеен", "Fantasy": "Фантазија", "History": "Историски",
          "Horror": "Хорор", "Music": "Музички", "Mystery": "Мистерија",
          "Romance": "Романтичен", "Science Fiction": "Научна фантастика", "Thriller": "Трилер",
          "War": "Воен", "Western": "Вестерн"}
COUNTRIES = {"United States": "САД", "United Kingdom": "Обединето Кралство",
             "France": "Франција", "Germany": "Германија", "Japan": "Јапонија", "China": "Кина",
             "South Korea": "Јужна Кореја", "India": "Индија", "Brazil": "Бразил",
             "Australia": "Австралија", "Canada": "Канада", "Spain": "Шпанија",
             "Italy": "Италија", "Mexico": "Мексико", "Nigeria": "Нигерија", "Sweden": "Шведска",
             "Denmark": "Данска", "Argentina": "Аргентина", "Iran": "Иран", "Poland": "Полска"}
AGES = ages("Без ограничување", "7+", "12+", "15+", "18+")
DISTRIBUTORS = ("Кинофон Дистрибуција", "Мегакон Филм", "Taramount Film", "Blitz Film & Video")
HALLS = ("Сала 1", "Сала 3", "Сала 5 (4DX)", "VIP сала")
PROSE = Prose(
    verbs=("се враќа во", "наследува", "трага по", "бега од", "го чува", "го губи"),
    things=("поплавеното село", "семејниот овоштарник", "стариот светилник", "напуштениот рудник",
            "пограничното гратче", "последниот траект"),
    synopsis=("{hero} {verb} {thing} и открива дека и {other} {verb2} {thing2}. "
              "{title} е приказна за старите верности што ги става на проба една долга сезона."),
    taglines=("Сè си има своја цена.",),
    audiences=("Гледачите ги фалат актерите.",))
CHROME = Chrome("mk", "Cineplexx Скопје", ("Програма", "Наскоро", "Кино", "Акции", "Ваучери", "Контакт"),
                ("Користиме колачиња за подобро искуство.", "Прифаќам", "Поставки"),
                ("За нас", "Услови", "Приватност", "Помош"), "© 2026 Cineplexx Македонија", "__CPXMK__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, streaming=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def datum(d: date, long: bool) -> str:
    """'27 октомври 1995' or '27.10.1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def pari(m: Money) -> str:
    """'3.600.000 $', '70.000.000 CNY'."""
    return f"{grouped(m.amount, '.')} {SYMBOLS.get(m.currency, m.currency)}"


def glasovi(n: int) -> str:
    """'1 глас', '1.234 гласа' (the count form after every other number)."""
    return f"{grouped(n, '.')} {'глас' if n == 1 else 'гласа'}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("cpx", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "author", "actor", "genre", "contentRating", "datePublished")) if rng.random() < 0.4 else ""
    blocks = [_facts(t, c, rng, long), _cast(t, c), _trailer(t, c),
              episodes_block(ctx, c, "Епизоди", lambda e: _episode(e, long)), _shows(t, c, rng),
              comments(ctx, c, "Коментари", "Сè уште нема коментари.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Слични филмови", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} мин. · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Сезона {e.season}, епизода {e.number} · {e.minutes} мин. · {datum(e.aired, long)}</p><p>Режија: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    line = [", ".join(t.genres), str(t.year or ""), f"{t.runtime} мин." if t.runtime else ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("meta")}">{esc(" · ".join(x for x in line if x))}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Оцена <b>{5 + len(t.slug) % 4},{len(t.title) % 10}</b> <span>({glasovi(t.votes)})</span></div>'
    out += f'<p class="{c("views")}">Прегледи: {grouped(rng.randint(100, 500000), ".")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Содржина</h2><p>{esc(t.synopsis)}</p></div>'
    if t.imdb:
        out += f'<p class="{c("ext")}">{imdb_link(t.imdb, "IMDb")}</p>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    music, producer, camera = others_people(t, rng, 3)
    length = f"{t.runtime} мин." + (" по епизода" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Режија", esc(", ".join(t.directors))), ("Сценарио", esc(", ".join(t.writers))),
            ("Музика", esc(music)), ("Продуцент", esc(producer)), ("Директор на фотографија", esc(camera)),
            ("Жанр", esc(", ".join(t.genres))), ("Земја", esc(", ".join(t.countries))),
            ("Година", str(t.year or "")), ("Времетраење", length), ("Возраст", esc(t.rating or "")),
            ("Сезони", str(t.seasons or ""))]
    if t.released:
        rows.append(("Премиера", datum(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Премиера во Македонија", datum(t.released + timedelta(days=rng.randint(10, 300)), long)))
    rows += [("Продукција", esc(", ".join(t.studios))),
             ("Дистрибутер", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.5 else ""),
             ("Буџет", pari(t.budget) if t.budget else ""),
             ("Приход", pari(t.box_office) if t.box_office else "")]
    style = pick(rng, ("fieldset", "terms", "terms", "dash"))
    return f'<section class="{c("about")}"><h2>За филмот</h2>{facts17(c, style, rows)}</section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    lines = "".join(f'<li><a href="/akter/{i}">{esc(p.actor)}</a>' + (f" ({esc(p.character)})" if p.character else "") + "</li>" for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>Улоги</h2><ul>{lines}</ul></section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Трејлер</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _shows(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.35:
        return ""
    rows = "".join(f'<li><b>{hall}</b> <time>{rng.randint(10, 23)}:{rng.choice(("00", "15", "45"))}</time> <span>{rng.choice(("200", "250", "330"))} ден.</span></li>' for hall in rng.sample(HALLS, 2))
    return f'<section class="{c("shows")}"><h2>Проекции</h2><ul>{rows}</ul></section>'
