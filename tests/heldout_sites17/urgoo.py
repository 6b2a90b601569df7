# ruff: noqa: E501  (HTML templates read best on one line)
"""Urgoo: a film or series page of Urgoo Cinema, Ulaanbaatar (Mongolian, Cyrillic). The <h1>;
the line '1995 · 1 цаг 51 минут · 16+'; 'Үнэлгээ 7.4 (1 234 санал)' beside 'Үзэлт: 12 345' (a
view counter, a trap); the facts inside a custom element's declarative shadow root
(<template shadowrootmode="open">), as fact tiles (<figure>/<figcaption>) or as icon cards:
'Найруулагч', 'Зохиолч', 'Хөгжим', 'Продюсер' and 'Зураглаач' (traps), 'Төрөл', 'Улс', 'Он',
'Үргэлжлэх хугацаа: 111 минут' (or '1 цаг 51 минут'; a series' '(нэг анги)'), 'Насны ангилал'
('Бүх нас', '13+', '16+', '18+'), 'Нээлт: 1995 оны 10 сарын 27' (or '1995.10.27') beside a later
'Монголд нээлт' (a trap), 'Үйлдвэрлэгч', 'Төсөв: 3 600 000 $', 'Орлого', 'Улирал'; 'Жүжигчид'
as 'Нэр — дүр' lines; the trailer; a series' episodes with their own directors; 'Цагийн хуваарь'
with halls and '15,000₮' prices; comments; 'Төстэй кинонууд'; a JSON-LD Movie with the rating
count on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, youtube_embed
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

NAME = "urgoo"
GENRES = {"Action": "Тулаант", "Adventure": "Адал явдалт", "Animation": "Хүүхэлдэйн кино",
          "Comedy": "Инээдмийн", "Crime": "Гэмт хэргийн", "Documentary": "Баримтат",
          "Drama": "Драм", "Family": "Гэр бүлийн", "Fantasy": "Уран зөгнөлт",
          "History": "Түүхэн", "Horror": "Аймшгийн", "Music": "Хөгжимт", "Mystery": "Нууцлаг",
          "Romance": "Романтик", "Science Fiction": "Шинжлэх ухааны уран зөгнөлт",
          "Thriller": "Триллер", "War": "Дайны", "Western": "Вестерн"}
COUNTRIES = {"United States": "АНУ", "United Kingdom": "Их Британи", "France": "Франц",
             "Germany": "Герман", "Japan": "Япон", "China": "Хятад",
             "South Korea": "Өмнөд Солонгос", "India": "Энэтхэг", "Brazil": "Бразил",
             "Australia": "Австрали", "Canada": "Канад", "Spain": "Испани", "Italy": "Итали",
             "Mexico": "Мексик", "Nigeria": "Нигери", "Sweden": "Швед", "Denmark": "Дани",
             "Argentina": "Аргентин", "Iran": "Иран", "Poland": "Польш"}
# the site's own age marks (no 6-7 tier)
AGES = ages("Бүх нас", None, "13+", "16+", "18+")
HALLS = ("Танхим 1", "Танхим 2", "IMAX танхим", "VIP танхим")
PROSE = Prose(
    verbs=("буцаж ирдэг", "өвлөн авдаг", "хайдаг", "зугтдаг", "хамгаалдаг", "алддаг"),
    things=("үерт автсан тосгон", "гэр бүлийн жимсний цэцэрлэг", "хуучин гэрэлт цамхаг",
            "хаягдсан уурхай", "хилийн жижиг хот", "сүүлчийн гатлага онгоц"),
    synopsis=("{hero} {thing} руу {verb} бөгөөд {other} ч мөн {thing2} {verb2} болохыг мэддэг. "
              "«{title}» бол нэгэн урт улирлаар сорилтод орсон хуучин үнэнч байдлын түүх юм."),
    taglines=("Бүх зүйл өөрийн үнэтэй.",),
    audiences=("Үзэгчид жүжигчдийг магтдаг.",))
CHROME = Chrome("mn", "Өргөө кино театр", ("Нүүр", "Гарсан кино", "Удахгүй", "Салбарууд", "Урамшуулал", "Холбоо барих"),
                ("Бид күүки ашигладаг.", "Зөвшөөрөх", "Тохиргоо"),
                ("Бидний тухай", "Нөхцөл", "Нууцлал", "Тусламж"), "© 2026 Өргөө кино театр", "__URGOO__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, imdb=None, streaming=None,
                studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def ognoo(d: date, long: bool) -> str:
    """'1995 оны 10 сарын 27' (Mongolian months are numbered) or '1995.10.27'."""
    return f"{d.year} оны {d.month} сарын {d.day}" if long else f"{d.year}.{d.month:02d}.{d.day:02d}"


def hugatsaa(n: int, long: bool) -> str:
    """'1 цаг 51 минут', '2 цаг' or '111 минут'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} цаг" + (f" {small} минут" if small else "")
    return f"{n} минут"


def mongo(m: Money) -> str:
    """'3 600 000 $'."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ur", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "actor", "genre", "aggregateRating", "numberOfSeasons")) if rng.random() < 0.45 else ""
    blocks = [_facts(t, c, rng, long), _cast(t, c), _trailer(t, c),
              episodes_block(ctx, c, "Ангиуд", lambda e: _episode(e, long)), _sessions(t, c, rng),
              comments(ctx, c, "Сэтгэгдэл", "Сэтгэгдэл алга байна.")]
    if rng.random() < 0.5:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    main = _head(t, c, rng, long) + "".join(blocks) + rail(ctx, c, "Төстэй кинонууд", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} · {hugatsaa(o.runtime or 97, long)} · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}-р улирал, {e.number}-р анги · {hugatsaa(e.minutes, long)} · {ognoo(e.aired, long)}</p><p>Найруулагч: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    line = [str(t.year or ""), hugatsaa(t.runtime, long) if t.runtime else "", t.rating or ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" · ".join(x for x in line if x))}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Үнэлгээ <b>{5 + len(t.slug) % 4}.{len(t.title) % 10}</b> <span>({grouped(t.votes, " ")} санал)</span></div>'
    out += f'<p class="{c("views")}">Үзэлт: {grouped(rng.randint(100, 600000), " ")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Товч агуулга</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    music, producer, camera = others_people(t, rng, 3)
    length = hugatsaa(t.runtime, long) + (" (нэг анги)" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Найруулагч", esc(", ".join(t.directors))), ("Зохиолч", esc(", ".join(t.writers))),
            ("Хөгжим", esc(music)), ("Продюсер", esc(producer)), ("Зураглаач", esc(camera)),
            ("Төрөл", esc(", ".join(t.genres))), ("Улс", esc(", ".join(t.countries))),
            ("Он", str(t.year or "")), ("Үргэлжлэх хугацаа", length),
            ("Насны ангилал", esc(t.rating or "")), ("Улирал", str(t.seasons or ""))]
    if t.released:
        rows.append(("Нээлт", ognoo(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Монголд нээлт", ognoo(t.released + timedelta(days=rng.randint(7, 300)), long)))
    rows += [("Үйлдвэрлэгч", esc(", ".join(t.studios))),
             ("Төсөв", mongo(t.budget) if t.budget else ""),
             ("Орлого", mongo(t.box_office) if t.box_office else "")]
    style = pick(rng, ("shadow", "shadow", "figure", "cards"))
    return f'<section class="{c("about")}"><h2>Киноны мэдээлэл</h2>{facts17(c, style, rows, tag="urgoo-film-info")}</section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    lines = "".join(f'<li><a href="/jujigchin/{i}">{esc(p.actor)}</a>' + (f" — {esc(p.character)}" if p.character else "") + "</li>" for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>Жүжигчид</h2><ul>{lines}</ul></section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Трейлер</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.35:
        return ""
    rows = "".join(f'<li><b>{hall}</b> <time>{rng.randint(10, 23)}:{rng.choice(("00", "20", "50"))}</time> <span>{rng.choice(("12,000", "15,000", "18,000"))}₮</span></li>' for hall in rng.sample(HALLS, 2))
    return f'<section class="{c("sessions")}"><h2>Цагийн хуваарь</h2><ul>{rows}</ul></section>'
