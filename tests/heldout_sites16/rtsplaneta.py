# ruff: noqa: E501  (HTML templates read best on one line)
"""RTS Planeta: a film or series page of the Serbian broadcaster's streaming service (Serbian,
Cyrillic). The <h1>; the original title; the meta line 'Драма, Трилер · 1995 · 111 мин.';
'Оцена 7,4 (1.235 гласова)' in Serbian plural forms beside a view counter 'Прегледа: 12.345'
(a trap); the facts as a wide table (labels as column headers over one row of values), a
responsive table (labels in data-label shown by the CSS) or 'Label: value' lines: 'Режија',
'Сценарио', 'Музика', 'Продуцент' and 'Директор фотографије' (traps), 'Жанр', 'Земља',
'Година', 'Трајање: 111 мин.' (a series' 'мин. по епизоди'), 'Узраст' ('12+', 'Без
ограничења'), 'Премијера: 27. октобар 1995.' (or '27.10.1995.') beside a later 'Премијера у
Србији' and 'Прво емитовање на РТС' (traps), 'Продукција', 'Буџет: 3.600.000 $', 'Зарада',
'Број сезона'; 'Улоге' as 'Име (улога)' lines; a series' episodes with their own directors and
lengths; plans '599 дин. месечно' (a trap); comments; 'Можда ће вам се допасти'; the IMDb link;
a JSON-LD Movie on some pages. No tagline, audience text, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, imdb_link
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites16.common import (
    Chrome,
    Classes,
    ages,
    comments,
    episodes_block,
    facts16,
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

NAME = "rtsplaneta"
MONTHS = ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар",
          "октобар", "новембар", "децембар")
GENRES = {"Action": "Акција", "Adventure": "Авантура", "Animation": "Анимација",
          "Comedy": "Комедија", "Crime": "Криминалистички", "Documentary": "Документарни",
          "Drama": "Драма", "Family": "Породични", "Fantasy": "Фантастика",
          "History": "Историјски", "Horror": "Хорор", "Music": "Музички", "Mystery": "Мистерија",
          "Romance": "Романтични", "Science Fiction": "Научна фантастика", "Thriller": "Трилер",
          "War": "Ратни", "Western": "Вестерн"}
COUNTRIES = {"United States": "САД", "United Kingdom": "Уједињено Краљевство",
             "France": "Француска", "Germany": "Немачка", "Japan": "Јапан", "China": "Кина",
             "South Korea": "Јужна Кореја", "India": "Индија", "Brazil": "Бразил",
             "Australia": "Аустралија", "Canada": "Канада", "Spain": "Шпанија",
             "Italy": "Италија", "Mexico": "Мексико", "Nigeria": "Нигерија", "Sweden": "Шведска",
             "Denmark": "Данска", "Argentina": "Аргентина", "Iran": "Иран", "Poland": "Пољска"}
AGES = ages("Без ограничења", "7+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("се враћа у", "наслеђује", "трага за", "бежи из", "чува", "губи"),
    things=("поплављено село", "породични воћњак", "стари светионик", "напуштени рудник",
            "погранични градић", "последњи трајект"),
    synopsis=("{hero} {verb} {thing} и открива да и {other} {verb2} {thing2}. "
              "{title} је прича о старим оданостима које на пробу ставља једна дуга сезона."),
    taglines=("Све има своју цену.",),
    audiences=("Гледаоци хвале глумце.",))
CHROME = Chrome("sr-Cyrl", "РТС Планета", ("Почетна", "Филмови", "Серије", "Документарни", "Деца", "Уживо"),
                ("Користимо колачиће да бисмо побољшали ваше искуство.", "Прихватам", "Подешавања"),
                ("О нама", "Услови коришћења", "Приватност", "Помоћ", "Контакт"), "© 2026 Радио-телевизија Србије", "__RTSP__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, trailer=None, streaming=None,
                studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def datum(d: date, long: bool) -> str:
    """'27. октобар 1995.' or '27.10.1995.': the Serbian date ends with a dot."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}." if long else f"{d.day:02d}.{d.month:02d}.{d.year}."


def novac(m: Money) -> str:
    """'3.600.000 $', '70.000.000 CNY': dotted thousands, the sign after."""
    return f"{grouped(m.amount, '.')} {SYMBOLS.get(m.currency, m.currency)}"


def glasova(n: int) -> str:
    """'1 глас', '3 гласа', '12 гласова', '1.235 гласова', '1.234 гласа'."""
    if n % 10 == 1 and n % 100 != 11:
        word = "глас"
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        word = "гласа"
    else:
        word = "гласова"
    return f"{grouped(n, '.')} {word}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("rts", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "author", "actor", "genre", "datePublished", "description")) if rng.random() < 0.4 else ""
    blocks = [_facts(t, c, rng, long), _cast(t, c),
              episodes_block(ctx, c, "Епизоде", lambda e: _episode(e, long)), _plans(c, rng),
              comments(ctx, c, "Коментари", "Још нема коментара.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Можда ће вам се допасти", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} мин. · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}. сезона, {e.number}. епизода · {e.minutes} мин. · {datum(e.aired, long)}</p><p>Режија: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    line = [", ".join(t.genres), str(t.year or ""), f"{t.runtime} мин." if t.runtime else ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("orig")}">Оригинални наслов: {esc(t.title)}</p>'
    out += f'<p class="{c("meta")}">{esc(" · ".join(x for x in line if x))}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Оцена <b>{5 + len(t.slug) % 4},{len(t.title) % 10}</b> <span>({glasova(t.votes)})</span></div>'
    out += f'<p class="{c("views")}">Прегледа: {grouped(rng.randint(100, 500000), ".")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>О филму</h2><p>{esc(t.synopsis)}</p></div>'
    if t.imdb:
        out += f'<p class="{c("ext")}">{imdb_link(t.imdb, "IMDb страница")}</p>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    music, producer, camera = others_people(t, rng, 3)
    length = f"{t.runtime} мин." + (" по епизоди" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Режија", esc(", ".join(t.directors))), ("Сценарио", esc(", ".join(t.writers))),
            ("Музика", esc(music)), ("Продуцент", esc(producer)), ("Директор фотографије", esc(camera)),
            ("Жанр", esc(", ".join(t.genres))), ("Земља", esc(", ".join(t.countries))),
            ("Година", str(t.year or "")), ("Трајање", length), ("Узраст", esc(t.rating or "")),
            ("Број сезона", str(t.seasons or ""))]
    if t.released:
        rows.append(("Премијера", datum(t.released, long)))
        later = t.released + timedelta(days=rng.randint(15, 300))
        if rng.random() < 0.5:
            rows.append(("Премијера у Србији", datum(later, long)))
        if rng.random() < 0.35:
            rows.append(("Прво емитовање на РТС", datum(later + timedelta(days=rng.randint(200, 700)), long)))
    rows += [("Продукција", esc(", ".join(t.studios))),
             ("Буџет", novac(t.budget) if t.budget else ""),
             ("Зарада", novac(t.box_office) if t.box_office else "")]
    style = pick(rng, ("wide", "responsive", "responsive", "lines"))
    return f'<section class="{c("info")}"><h2>Подаци о филму</h2>{facts16(c, style, rows, "Основни подаци")}</section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    lines = "".join(f'<li><a href="/glumac/{i}">{esc(p.actor)}</a>' + (f" ({esc(p.character)})" if p.character else "") + "</li>" for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>Улоге</h2><ul>{lines}</ul></section>'


def _plans(c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    price = rng.choice(("599", "699", "799"))
    return f'<aside class="{c("plans")}"><h2>Претплата</h2><p>РТС Планета Премијум — {price} дин. месечно</p><p>Први месец бесплатно.</p></aside>'
