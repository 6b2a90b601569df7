# ruff: noqa: E501  (HTML templates read best on one line)
"""Kino-teatr.ua: a kino-teatr.ua film or series page (Ukrainian, Cyrillic). The <h1>; a table
of 'Рік:', 'Країна:', 'Жанр:', 'Тривалість: 111 хв.', 'Вік: 16+', 'Прем'єра у світі: 27
жовтня 1995' (genitive months), 'Режисер:', 'Сценарист:', 'Бюджет: $3 600 000', 'Касові
збори у світі' (box office), 'Сезонів: 5'; 'У ролях:' names only; 'Прем'єра в Україні' a later
date, 'Композитор' and 'Оператор' traps; 'Оцінка 7.4' with 'Голосів: 12 345'; showtimes with
ticket prices in ₴ (traps); 'Схожі фільми'. No JSON-LD, tagline, audience text, studios, IMDb
link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import app_state, css, esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites12.common import (
    Classes,
    cookie_banner,
    footer,
    look,
    nav,
    no_characters,
    others_people,
    rail,
    rated,
    translate,
)

NAME = "kinoteatrua"
GENRES = {"Action": "бойовик", "Adventure": "пригоди", "Animation": "анімація",
          "Comedy": "комедія", "Crime": "кримінал", "Documentary": "документальний",
          "Drama": "драма", "Family": "сімейний", "Fantasy": "фентезі", "History": "історичний",
          "Horror": "жахи", "Music": "музика", "Mystery": "детектив", "Romance": "мелодрама",
          "Science Fiction": "фантастика", "Thriller": "трилер", "War": "воєнний",
          "Western": "вестерн"}
COUNTRIES = {"United States": "США", "United Kingdom": "Велика Британія", "France": "Франція",
             "Germany": "Німеччина", "Japan": "Японія", "China": "Китай",
             "South Korea": "Південна Корея", "India": "Індія", "Brazil": "Бразилія",
             "Australia": "Австралія", "Canada": "Канада", "Spain": "Іспанія",
             "Italy": "Італія", "Mexico": "Мексика", "Nigeria": "Нігерія", "Sweden": "Швеція",
             "Denmark": "Данія", "Argentina": "Аргентина", "Iran": "Іран", "Poland": "Польща"}
MONTHS = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
          "вересня", "жовтня", "листопада", "грудня")
AGES = {"G": "0+", "U": "0+", "TV-Y": "0+", "TV-G": "0+", "FSK 0": "0+", "PG": "6+",
        "TV-PG": "6+", "FSK 6": "6+", "PG-13": "12+", "12A": "12+", "M": "12+", "TV-14": "12+",
        "FSK 12": "12+", "R": "16+", "15": "16+", "MA15+": "16+", "FSK 16": "16+",
        "TV-MA": "18+", "NC-17": "18+", "18": "18+", "R18+": "18+", "FSK 18": "18+"}
PROSE = Prose(
    verbs=("повертається до", "успадковує", "шукає", "тікає з", "охороняє", "втрачає"),
    things=("затопленого села", "родинного саду", "старого маяка", "покинутої шахти",
            "прикордонного містечка", "останнього порому"),
    synopsis=("{hero} {verb} {thing} і розуміє, що {other} теж {verb2} {thing2}. «{title}» — "
              "історія про стару вірність, яку випробовує один довгий сезон."),
    taglines=("Усе має ціну.",),
    audiences=("Глядачі хвалять акторів.",))


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, studios=(), studios_shown=0, imdb=None,
                trailer=None, streaming=None)
    return no_characters(t)


def data(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def hroshi(m: Money) -> str:
    sign = {"USD": "$", "EUR": "€"}.get(m.currency)
    return f"{sign}{grouped(m.amount, ' ')}" if sign else f"{grouped(m.amount, ' ')} {m.currency}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("kt", rng)
    blocks = [_table(t, c, rng), _sessions(t, c, rng)]
    if rng.random() < 0.5:
        blocks.reverse()
    return (f'<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{esc(t.title)} ({t.year or ""}) — {"серіал" if t.kind == "show" else "фільм"} | Кіно-Театр</title>'
            f'<link rel="canonical" href="{t.url}">{css("kt", t.slug, 100)}</head><body>'
            f'{cookie_banner(c("consent"), "Ми використовуємо файли cookie, щоб покращити роботу сайту.", "Прийняти", "Відхилити")}'
            f'{nav(c, "Кіно-Театр", ("Фільми", "Серіали", "Розклад сеансів", "Кінотеатри", "Новини", "Рецензії"))}<main class="{c("main")}">'
            f'<h1 class="{c("title")}">{esc(t.title)}</h1>{_score(t, c)}{"".join(blocks)}'
            + (f'<div class="{c("plot")}"><h2>Сюжет</h2><p>{esc(t.synopsis)}</p></div>' if t.synopsis else "")
            + f'{rail(ctx, c, "Схожі фільми", _line)}</main>'
            f'{footer(c, ("Про нас", "Реклама", "Контакти", "Політика конфіденційності"), "© 2026 kino-teatr.ua")}{app_state("__KT__", ctx.others, {"lang": "uk"})}</body></html>')


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} хв. · {o.rating or ''}"


def _score(t: Title, c: Classes) -> str:
    votes = f' <span>Голосів: {grouped(t.votes, " ")}</span>' if t.votes else ""
    return f'<div class="{c("rating")}">Оцінка <b>{6 + len(t.slug) % 4}.{len(t.title) % 10}</b>{votes}</div>'


def _table(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 2)
    rows = [("Рік", str(t.year or "")), ("Країна", ", ".join(map(esc, t.countries))),
            ("Жанр", ", ".join(map(esc, t.genres))),
            ("Тривалість", f"{t.runtime} хв." + (" (серія)" if t.kind == "show" else "") if t.runtime else ""),
            ("Вік", t.rating or ""), ("Сезонів", str(t.seasons or "")),
            ("Прем'єра у світі", data(t.released) if t.released else ""),
            ("Прем'єра в Україні", data(t.released + timedelta(days=rng.randint(20, 300))) if t.released and rng.random() < 0.6 else ""),
            ("Режисер", ", ".join(map(esc, t.directors))), ("Сценарист", ", ".join(map(esc, t.writers))),
            ("Композитор", esc(extra[0])), ("Оператор", esc(extra[1])),
            ("Бюджет", hroshi(t.budget) if t.budget else ""),
            ("Касові збори у світі", hroshi(t.box_office) if t.box_office else ""),
            ("У ролях", ", ".join(esc(p.actor) for p in t.cast))]
    if rng.random() < 0.5:
        body = "".join(f"<tr><td>{k}:</td><td>{v}</td></tr>" for k, v in rows if v)
        return f'<table class="{c("info")}">{body}</table>'
    return f'<div class="{c("info")}">' + "".join(f'<p><span class="{c("label")}">{k}:</span> {v}</p>' for k, v in rows if v) + "</div>"


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.3:
        return ""
    halls = rng.sample(("Multiplex Lavina", "Планета Кіно", "Жовтень", "Кінопалац", "Oskar"), 2)
    rows = "".join(f'<li><b>{h}</b> {rng.randint(10, 21)}:{rng.choice(("00", "20", "40"))} <span>{rng.randint(120, 250)} ₴</span></li>' for h in halls)
    return f'<section class="{c("sessions")}"><h2>Розклад сеансів</h2><ul>{rows}</ul></section>'
