# ruff: noqa: E501  (HTML templates read best on one line)
"""Itvuz: a film or series page of ITV.uz, Uzbekistan (Uzbek, Latin script). The <h1>; the line
'1995 · Drama · 16+'; 'Reyting 7.4 (1 234 ta ovoz)' beside 'Koʻrishlar: 12 345' (a view counter,
a trap); the facts in a details widget the app fills in, with only a <noscript> fallback table
in the served page, or a plain table, or a wide table: 'Rejissyor', 'Ssenariy muallifi',
'Bastakor', 'Prodyuser' and 'Operator' (traps), 'Janr', 'Mamlakat', 'Yil', 'Davomiyligi: 111
daqiqa' (or '1 soat 51 daqiqa', in a <data value="111"> element; a series' '(bir qism)'),
'Yosh chegarasi' (0+, 6+, 12+, 16+, 18+), 'Premyera: 27-oktabr 1995-yil' (or '27.10.1995') beside
a later 'Oʻzbekistonda premyera' (a trap), 'Studiya', 'Byudjet: 3 600 000 $', 'Kassa yigʻimi',
'Fasllar'; 'Rollarda' as 'Ism — rol' lines; the trailer; the IMDb link; a series' episodes
with their own directors; plans '39 000 soʻm/oy' (traps); comments; 'Oʻxshash filmlar'. No
tagline, audience text, JSON-LD or streaming block."""

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
    translate,
)

NAME = "itvuz"
MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr",
          "oktabr", "noyabr", "dekabr")
GENRES = {"Action": "Jangari", "Adventure": "Sarguzasht", "Animation": "Multfilm",
          "Comedy": "Komediya", "Crime": "Kriminal", "Documentary": "Hujjatli", "Drama": "Drama",
          "Family": "Oilaviy", "Fantasy": "Fantastika", "History": "Tarixiy",
          "Horror": "Qoʻrqinchli", "Music": "Musiqiy", "Mystery": "Sirli", "Romance": "Melodrama",
          "Science Fiction": "Ilmiy fantastika", "Thriller": "Triller", "War": "Harbiy",
          "Western": "Vestern"}
COUNTRIES = {"United States": "AQSH", "United Kingdom": "Buyuk Britaniya",
             "France": "Fransiya", "Germany": "Germaniya", "Japan": "Yaponiya", "China": "Xitoy",
             "South Korea": "Janubiy Koreya", "India": "Hindiston", "Brazil": "Braziliya",
             "Australia": "Avstraliya", "Canada": "Kanada", "Spain": "Ispaniya",
             "Italy": "Italiya", "Mexico": "Meksika", "Nigeria": "Nigeriya", "Sweden": "Shvetsiya",
             "Denmark": "Daniya", "Argentina": "Argentina", "Iran": "Eron", "Poland": "Polsha"}
AGES = ages("0+", "6+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("qaytadi", "meros qilib oladi", "izlaydi", "qochadi", "qoʻriqlaydi", "yoʻqotadi"),
    things=("suv bosgan qishloqqa", "oilaviy bogʻni", "eski mayoqni", "tashlandiq konni",
            "chegaradagi shaharchani", "soʻnggi paromni"),
    synopsis=("{hero} {thing} {verb} va {other} ham {thing2} {verb2} ekanini bilib qoladi. "
              "«{title}» — bitta uzun mavsum sinovdan oʻtkazgan eski sadoqat haqidagi hikoya."),
    taglines=("Hamma narsaning oʻz bahosi bor.",),
    audiences=("Tomoshabinlar aktyorlarni maqtashadi.",))
CHROME = Chrome("uz", "ITV.uz", ("Bosh sahifa", "Filmlar", "Seriallar", "Multfilmlar", "TV", "Obuna"),
                ("Biz cookie fayllaridan foydalanamiz.", "Qabul qilish", "Sozlamalar"),
                ("Biz haqimizda", "Shartlar", "Maxfiylik", "Yordam"), "© 2026 ITV.uz", "__ITVUZ__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, streaming=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def sana(d: date, long: bool) -> str:
    """'27-oktabr 1995-yil' or '27.10.1995'."""
    return f"{d.day}-{MONTHS[d.month - 1]} {d.year}-yil" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def davomiylik(n: int, long: bool) -> str:
    """'1 soat 51 daqiqa', '2 soat' or '111 daqiqa'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} soat" + (f" {small} daqiqa" if small else "")
    return f"{n} daqiqa"


def pul(m: Money) -> str:
    """'3 600 000 $'."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("itv", rng)
    long = rng.random() < 0.5
    blocks = [_facts(t, c, rng, long), _cast(t, c), _trailer(t, c),
              episodes_block(ctx, c, "Qismlar", lambda e: _episode(e, long)), _plans(c, rng),
              comments(ctx, c, "Izohlar", "Hozircha izoh yoʻq.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Oʻxshash filmlar", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, "", main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} · {davomiylik(o.runtime or 97, long)} · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}-fasl, {e.number}-qism · {davomiylik(e.minutes, long)} · {sana(e.aired, long)}</p><p>Rejissyor: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    line = [str(t.year or ""), ", ".join(t.genres), t.rating or ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" · ".join(x for x in line if x))}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Reyting <b>{5 + len(t.slug) % 4}.{len(t.title) % 10}</b> <span>({grouped(t.votes, " ")} ta ovoz)</span></div>'
    out += f'<p class="{c("views")}">Koʻrishlar: {grouped(rng.randint(100, 700000), " ")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Film haqida</h2><p>{esc(t.synopsis)}</p></div>'
    if t.imdb:
        out += f'<p class="{c("ext")}">{imdb_link(t.imdb, "IMDb sahifasi")}</p>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    music, producer, camera = others_people(t, rng, 3)
    length = f'<data value="{t.runtime}">{davomiylik(t.runtime, long)}</data>' + (" (bir qism)" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Rejissyor", esc(", ".join(t.directors))), ("Ssenariy muallifi", esc(", ".join(t.writers))),
            ("Bastakor", esc(music)), ("Prodyuser", esc(producer)), ("Operator", esc(camera)),
            ("Janr", esc(", ".join(t.genres))), ("Mamlakat", esc(", ".join(t.countries))),
            ("Yil", str(t.year or "")), ("Davomiyligi", length), ("Yosh chegarasi", esc(t.rating or "")),
            ("Fasllar", str(t.seasons or ""))]
    if t.released:
        rows.append(("Premyera", sana(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Oʻzbekistonda premyera", sana(t.released + timedelta(days=rng.randint(7, 400)), long)))
    rows += [("Studiya", esc(", ".join(t.studios))),
             ("Byudjet", pul(t.budget) if t.budget else ""),
             ("Kassa yigʻimi", pul(t.box_office) if t.box_office else "")]
    style = pick(rng, ("noscript", "noscript", "table", "wide"))
    return f'<section class="{c("about")}"><h2>Batafsil</h2>{facts17(c, style, rows, loading="Yuklanmoqda…")}</section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    lines = "".join(f'<li><a href="/aktyor/{i}">{esc(p.actor)}</a>' + (f" — {esc(p.character)}" if p.character else "") + "</li>" for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>Rollarda</h2><ul>{lines}</ul></section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Treyler</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _plans(c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    low, high = rng.choice((("39 000", "69 000"), ("29 000", "59 000")))
    return f'<aside class="{c("plans")}"><h2>Obuna</h2><ul><li>Standart — {low} soʻm/oy</li><li>Premium — {high} soʻm/oy</li></ul></aside>'
