# ruff: noqa: E501  (HTML templates read best on one line)
"""Chaplinkz: a film or series page of Chaplin Cinemas, Kazakhstan (Kazakh). The <h1>; the
line '2 сағ 05 мин · Е16 · Драма'; 'Рейтинг 7,4 (1 234 дауыс)' beside 'Қаралым: 12 345' (a
view counter, a trap); the facts as a data table with the caption 'Фильм туралы', accordions
(<details>) or 'Label: value' lines: 'Режиссер', 'Сценарий', 'Композитор', 'Продюсер' and
'Оператор' (traps), 'Жанр', 'Ел', 'Жыл', 'Ұзақтығы: 111 мин' (or '1 сағ 51 мин'; a series'
'мин (бір серия)'), 'Жас шектеуі' (the Kazakh classes К, Б14, Е16, Е18), 'Әлемдік премьера:
1995 жылғы 27 қазан' (or '27.10.1995') beside a later 'Қазақстандағы премьера' (a trap),
'Өндіруші', 'Прокаттаушы' (a trap), 'Бюджеті: 3 600 000 $', 'Кассалық жинақ', 'Маусымдар';
'Рөлдерде' as 'Аты — рөлі' lines; the trailer; a series' episodes with their own directors and
writers; 'Сеанстар' with halls and '2 500 ₸' prices and bonus points; comments; 'Ұқсас
фильмдер'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming
block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, youtube_embed
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

NAME = "chaplinkz"
MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
          "қыркүйек", "қазан", "қараша", "желтоқсан")
GENRES = {"Action": "Экшн", "Adventure": "Шытырман", "Animation": "Анимация",
          "Comedy": "Комедия", "Crime": "Қылмыстық", "Documentary": "Деректі", "Drama": "Драма",
          "Family": "Отбасылық", "Fantasy": "Фэнтези", "History": "Тарихи",
          "Horror": "Қорқынышты", "Music": "Музыкалық", "Mystery": "Мистика",
          "Romance": "Романтикалық", "Science Fiction": "Ғылыми фантастика",
          "Thriller": "Триллер", "War": "Соғыс", "Western": "Вестерн"}
COUNTRIES = {"United States": "АҚШ", "United Kingdom": "Ұлыбритания", "France": "Франция",
             "Germany": "Германия", "Japan": "Жапония", "China": "Қытай",
             "South Korea": "Оңтүстік Корея", "India": "Үндістан", "Brazil": "Бразилия",
             "Australia": "Аустралия", "Canada": "Канада", "Spain": "Испания",
             "Italy": "Италия", "Mexico": "Мексика", "Nigeria": "Нигерия", "Sweden": "Швеция",
             "Denmark": "Дания", "Argentina": "Аргентина", "Iran": "Иран", "Poland": "Польша"}
# the Kazakh classes: К (all), Б14, Е16, Е18 (no class for the 6-7 tier)
AGES = ages("К", None, "Б14", "Е16", "Е18")
DISTRIBUTORS = ("Chaplin Distribution", "Меломан Фильм", "Qazaqfilm Prokat", "Kino Alliance")
HALLS = ("1-зал", "2-зал", "IMAX зал", "VIP зал")
PROSE = Prose(
    verbs=("қайта оралады", "мұраға алады", "іздейді", "қашады", "күзетеді", "жоғалтады"),
    things=("су басқан ауылға", "отбасылық бақты", "ескі маякты", "тастанды кенішті",
            "шекаралық қалашықты", "соңғы паромды"),
    synopsis=("{hero} {thing} {verb} және {other} да {thing2} {verb2} екенін біледі. "
              "«{title}» — бір ұзақ маусым сынаған ескі адалдық туралы хикая."),
    taglines=("Әр нәрсенің өз бағасы бар.",),
    audiences=("Көрермендер актерлерді мақтайды.",))
CHROME = Chrome("kk", "Chaplin Cinemas", ("Афиша", "Жақында", "Кинотеатрлар", "Акциялар", "Бонустар", "Қолдау"),
                ("Біз cookie файлдарын қолданамыз.", "Қабылдау", "Баптаулар"),
                ("Біз туралы", "Байланыс", "Ереже", "Құпиялылық"), "© 2026 Chaplin Cinemas", "__CHAPLIN__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, imdb=None, streaming=None,
                studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def kuni(d: date, long: bool) -> str:
    """'1995 жылғы 27 қазан' or '27.10.1995'."""
    return f"{d.year} жылғы {d.day} {MONTHS[d.month - 1]}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def uzaqtygy(n: int, long: bool) -> str:
    """'1 сағ 51 мин' or '111 мин'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} сағ {small:02d} мин"
    return f"{n} мин"


def aqsha(m: Money) -> str:
    """'3 600 000 $', '70 000 000 CNY'."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ch", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "author", "actor", "genre", "contentRating", "datePublished", "description")) if rng.random() < 0.4 else ""
    blocks = [_facts(t, c, rng, long), _cast(t, c), _trailer(t, c),
              episodes_block(ctx, c, "Сериялар", lambda e: _episode(e, long)), _sessions(t, c, rng),
              comments(ctx, c, "Пікірлер", "Әзірге пікір жоқ.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng, long) + "".join(blocks) + rail(ctx, c, "Ұқсас фильмдер", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} · {uzaqtygy(o.runtime or 97, long)} · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}-маусым, {e.number}-серия · {uzaqtygy(e.minutes, long)} · {kuni(e.aired, long)}</p><p>Режиссер: {esc(e.director)} · Сценарий: {esc(e.writer)}</p>"


def _head(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    line = [uzaqtygy(t.runtime, long) if t.runtime else "", t.rating or "", ", ".join(t.genres)]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" · ".join(x for x in line if x))}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Рейтинг <b>{5 + len(t.slug) % 4},{len(t.title) % 10}</b> <span>({grouped(t.votes, " ")} дауыс)</span></div>'
    out += f'<p class="{c("views")}">Қаралым: {grouped(rng.randint(100, 600000), " ")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Сипаттама</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    music, producer, camera = others_people(t, rng, 3)
    length = uzaqtygy(t.runtime, long) + (" (бір серия)" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Режиссер", esc(", ".join(t.directors))), ("Сценарий", esc(", ".join(t.writers))),
            ("Композитор", esc(music)), ("Продюсер", esc(producer)), ("Оператор", esc(camera)),
            ("Жанр", esc(", ".join(t.genres))), ("Ел", esc(", ".join(t.countries))),
            ("Жыл", str(t.year or "")), ("Ұзақтығы", length), ("Жас шектеуі", esc(t.rating or "")),
            ("Маусымдар", str(t.seasons or ""))]
    if t.released:
        rows.append(("Әлемдік премьера", kuni(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Қазақстандағы премьера", kuni(t.released + timedelta(days=rng.randint(7, 300)), long)))
    rows += [("Өндіруші", esc(", ".join(t.studios))),
             ("Прокаттаушы", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.5 else ""),
             ("Бюджеті", aqsha(t.budget) if t.budget else ""),
             ("Кассалық жинақ", aqsha(t.box_office) if t.box_office else "")]
    style = pick(rng, ("caption", "caption", "accordion", "lines"))
    return f'<section class="{c("about")}"><h2>Толығырақ</h2>{facts16(c, style, rows, "Фильм туралы")}</section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    lines = "".join(f'<li><a href="/aktor/{i}">{esc(p.actor)}</a>' + (f" — {esc(p.character)}" if p.character else "") + "</li>" for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>Рөлдерде</h2><ul>{lines}</ul></section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Трейлер</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.35:
        return ""
    rows = "".join(f'<li><b>{hall}</b> <time>{rng.randint(10, 23)}:{rng.choice(("00", "10", "40"))}</time> <span>{rng.choice(("2 000", "2 500", "3 200"))} ₸</span></li>' for hall in rng.sample(HALLS, 2))
    return f'<section class="{c("sessions")}"><h2>Сеанстар</h2><ul>{rows}</ul><p>Chaplin Bonus: {rng.randint(50, 400)} бонус</p></section>'
