# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinoparkam: a film or series page of the KinoPark cinema in Yerevan (Armenian). The <h1>;
the original title; 'Վարկանիշ 7.4 (1 234 ձայն)' beside a view counter 'Դիտումներ՝ 12 345' (a
trap); the facts as a grid of cards whose labels are only icons' accessible names, a wide table
(labels as column headers over one row of values) or a definition list: 'Ռեժիսոր', 'Սցենարիստ',
'Կոմպոզիտոր', 'Պրոդյուսեր' and 'Օպերատոր' (traps), 'Ժանր', 'Երկիր', 'Տարի', 'Տևողություն՝ 111
րոպե' (or '1 ժ 51 ր'; a series' 'րոպե (սերիա)'), 'Տարիքային սահմանափակում' ('0+', '12+'),
'Պրեմիերա՝ 27 հոկտեմբերի 1995 թ.' (or '27.10.1995') beside a later 'Պրեմիերա Հայաստանում' (a
trap), 'Արտադրություն', 'Բյուջե՝ 3 600 000 $', 'Հասույթ', 'Եթերաշրջաններ'; the label separator
is the Armenian '՝' as often as ':'; 'Դերերում' cards; the trailer; a series' episodes with their
own directors; 'Սեանսներ' with halls and '2 500 ֏' prices; comments; 'Նման ֆիլմեր'; the IMDb
link; a JSON-LD Movie on some pages. No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, hours, imdb_link, youtube_embed
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites16.common import (
    Chrome,
    Classes,
    ages,
    cast_block,
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

NAME = "kinoparkam"
MONTHS = ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի",
          "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի")
GENRES = {"Action": "Մարտաֆիլմ", "Adventure": "Արկածային", "Animation": "Անիմացիոն",
          "Comedy": "Կատակերգություն", "Crime": "Քրեական", "Documentary": "Վավերագրական",
          "Drama": "Դրամա", "Family": "Ընտանեկան", "Fantasy": "Ֆենտեզի", "History": "Պատմական",
          "Horror": "Սարսափ", "Music": "Երաժշտական", "Mystery": "Միստիկա",
          "Romance": "Ռոմանտիկ", "Science Fiction": "Գիտաֆանտաստիկ", "Thriller": "Թրիլեր",
          "War": "Պատերազմական", "Western": "Վեսթերն"}
COUNTRIES = {"United States": "ԱՄՆ", "United Kingdom": "Մեծ Բրիտանիա", "France": "Ֆրանսիա",
             "Germany": "Գերմանիա", "Japan": "Ճապոնիա", "China": "Չինաստան",
             "South Korea": "Հարավային Կորեա", "India": "Հնդկաստան", "Brazil": "Բրազիլիա",
             "Australia": "Ավստրալիա", "Canada": "Կանադա", "Spain": "Իսպանիա",
             "Italy": "Իտալիա", "Mexico": "Մեքսիկա", "Nigeria": "Նիգերիա", "Sweden": "Շվեդիա",
             "Denmark": "Դանիա", "Argentina": "Արգենտինա", "Iran": "Իրան", "Poland": "Լեհաստան"}
AGES = ages("0+", "6+", "12+", "16+", "18+")
HALLS = ("Դահլիճ 1", "Դահլիճ 3", "VIP դահլիճ")
PROSE = Prose(
    verbs=("վերադառնում է", "ժառանգում է", "փնտրում է", "փախչում է", "պահպանում է", "կորցնում է"),
    things=("ջրածածկ գյուղ", "ընտանեկան այգին", "հին փարոսը", "լքված հանքը",
            "սահմանամերձ քաղաքը", "վերջին լաստանավը"),
    synopsis=("{hero}ն {thing} {verb} և պարզում, որ {other}ն էլ {thing2} {verb2}։ "
              "«{title}»-ը պատմություն է հին հավատարմությունների մասին, որոնք փորձության է ենթարկում մի երկար սեզոն։"),
    taglines=("Ամեն ինչ իր գինն ունի։",),
    audiences=("Հանդիսատեսը գովում է դերասաններին։",))
CHROME = Chrome("hy", "KinoPark", ("Կինոթատրոն", "Շուտով", "Ֆիլմեր", "Սերիալներ", "Ակցիաներ", "Տոմսեր"),
                ("Մենք օգտագործում ենք թխուկներ։", "Ընդունել", "Կարգավորումներ"),
                ("Մեր մասին", "Կապ", "Պայմաններ", "Գաղտնիություն"), "© 2026 KinoPark", "__KINOPARK__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, streaming=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def amsativ(d: date, long: bool) -> str:
    """'27 հոկտեմբերի 1995 թ.' or '27.10.1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} թ." if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def tevoghutyun(n: int, long: bool) -> str:
    """'1 ժ 51 ր' (ժամ, րոպե) or '111 րոպե'."""
    return hours(n, " ժ", " ր") if long else f"{n} րոպե"


def gumar(m: Money) -> str:
    """'3 600 000 $', '70 000 000 CNY'."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("kp", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "author", "actor", "genre", "datePublished", "aggregateRating", "description")) if rng.random() < 0.4 else ""
    blocks = [_facts(t, c, rng, long), cast_block(t, c, "Դերերում", "/derasan/"), _trailer(t, c),
              episodes_block(ctx, c, "Սերիաներ", lambda e: _episode(e, long)), _sessions(t, c, rng),
              comments(ctx, c, "Մեկնաբանություններ", "Մեկնաբանություններ դեռ չկան։")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Նման ֆիլմեր", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} · {tevoghutyun(o.runtime or 97, long)} · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Եթերաշրջան {e.season}, սերիա {e.number} · {tevoghutyun(e.minutes, long)} · {amsativ(e.aired, long)}</p><p>Ռեժիսոր՝ {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("orig")}">{esc(t.title)}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Վարկանիշ <b>{5 + len(t.slug) % 4}.{len(t.title) % 10}</b> <span>({grouped(t.votes, " ")} ձայն)</span></div>'
    out += f'<p class="{c("views")}">Դիտումներ՝ {grouped(rng.randint(100, 400000), " ")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Նկարագրություն</h2><p>{esc(t.synopsis)}</p></div>'
    if t.imdb:
        out += f'<p>{imdb_link(t.imdb, "IMDb")}</p>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    music, producer, camera = others_people(t, rng, 3)
    length = tevoghutyun(t.runtime, long) + (" (սերիա)" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Ռեժիսոր", esc(", ".join(t.directors))), ("Սցենարիստ", esc(", ".join(t.writers))),
            ("Կոմպոզիտոր", esc(music)), ("Պրոդյուսեր", esc(producer)), ("Օպերատոր", esc(camera)),
            ("Ժանր", esc(", ".join(t.genres))), ("Երկիր", esc(", ".join(t.countries))),
            ("Տարի", str(t.year or "")), ("Տևողություն", length),
            ("Տարիքային սահմանափակում", esc(t.rating or "")), ("Եթերաշրջաններ", str(t.seasons or ""))]
    if t.released:
        rows.append(("Պրեմիերա", amsativ(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Պրեմիերա Հայաստանում", amsativ(t.released + timedelta(days=rng.randint(7, 300)), long)))
    rows += [("Արտադրություն", esc(", ".join(t.studios))),
             ("Բյուջե", gumar(t.budget) if t.budget else ""),
             ("Հասույթ", gumar(t.box_office) if t.box_office else "")]
    style = pick(rng, ("cards", "cards", "wide", "lines"))
    return f'<section class="{c("about")}"><h2>Ֆիլմի մասին</h2>{facts16(c, style, rows, "", pick(rng, ("՝", ":")))}</section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Թրեյլեր</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.25:
        return ""
    rows = "".join(f'<li><b>{hall}</b> <time>{rng.randint(11, 23)}:{rng.choice(("00", "20", "40"))}</time> <span>{rng.choice(("2 000", "2 500", "3 500"))} ֏</span></li>' for hall in rng.sample(HALLS, 2))
    return f'<section class="{c("sessions")}"><h2>Սեանսներ</h2><ul>{rows}</ul></section>'
