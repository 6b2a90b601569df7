# ruff: noqa: E501  (HTML templates read best on one line)
"""Cinemaplus: a CinemaPlus (Azerbaijan) film page in its Azerbaijani interface (series too).
The <h1>; the poster's badge ('12+'); the facts as a grid of cards whose labels are icons'
accessible names (aria-label 'Müddət', 'Janr'...), or 'Label: value' lines, or a list: 'Rejissor',
'Ssenari', 'Rollarda' ('Ad (Rol)' or names), 'Bəstəkar', 'Prodüser' and 'Operator' (traps),
'Janr', 'Ölkə', 'İl', 'Müddət: 1 saat 51 dəq.' (or '111 dəq.'; a series' 'dəq. / seriya'),
'Yaş həddi', 'Premyera: 27 oktyabr 1995' (or '27.10.1995') beside a later 'Azərbaycanda
premyera' (a trap), 'Dil' (a trap), 'İstehsalçı şirkət' (studios), 'Büdcə: $3 600 000',
'Kassa yığımı', 'Mövsüm sayı'; 'Reytinq 7.4 (1 234 səs)' beside 'Baxış sayı: 12 345' (a trap);
'Seanslar' with halls, times and '9 ₼' prices; the trailer; a series' episodes with their own
directors; 'Bunlar da maraqlı ola bilər'; a JSON-LD Movie on some pages. No tagline, audience
text, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, hours, youtube_embed
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites15.common import (
    Chrome,
    Classes,
    ages,
    any_facts,
    episodes_block,
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

NAME = "cinemaplus"
MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
          "oktyabr", "noyabr", "dekabr")
GENRES = {"Action": "Döyüş", "Adventure": "Macəra", "Animation": "Cizgi filmi",
          "Comedy": "Komediya", "Crime": "Kriminal", "Documentary": "Sənədli", "Drama": "Dram",
          "Family": "Ailə", "Fantasy": "Fentezi", "History": "Tarixi", "Horror": "Qorxu",
          "Music": "Musiqili", "Mystery": "Sirli", "Romance": "Romantik",
          "Science Fiction": "Elmi fantastika", "Thriller": "Triller", "War": "Müharibə",
          "Western": "Vestern"}
COUNTRIES = {"United States": "ABŞ", "United Kingdom": "Böyük Britaniya", "France": "Fransa",
             "Germany": "Almaniya", "Japan": "Yaponiya", "China": "Çin",
             "South Korea": "Cənubi Koreya", "India": "Hindistan", "Brazil": "Braziliya",
             "Australia": "Avstraliya", "Canada": "Kanada", "Spain": "İspaniya",
             "Italy": "İtaliya", "Mexico": "Meksika", "Nigeria": "Nigeriya", "Sweden": "İsveç",
             "Denmark": "Danimarka", "Argentina": "Argentina", "Iran": "İran", "Poland": "Polşa"}
AGES = ages("0+", "6+", "12+", "16+", "18+")
LANGUAGES = ("Azərbaycan dilində", "Rus dilində", "Orijinal dildə, altyazı ilə")
HALLS = ("28 Mall, Zal 4", "Deniz Mall, Zal 2", "Ganjlik Mall, Zal 6", "Amburan Mall, Zal 1")
PROSE = Prose(
    verbs=("qayıdır", "miras alır", "axtarır", "qaçır", "qoruyur", "itirir"),
    things=("su basmış kəndə", "ailə bağına", "köhnə mayağa", "tərk edilmiş mədənə",
            "sərhəd şəhərinə", "son bərəyə"),
    synopsis=("{hero} {thing} {verb} və {other} da {thing2} {verb2}. "
              "{title} uzun bir mövsüm ərzində sınağa çəkilən köhnə sədaqətlərdən bəhs edir."),
    taglines=("Hər şeyin öz qiyməti var.",),
    audiences=("Tamaşaçılar aktyorları tərifləyir.",))
CHROME = Chrome("az", "CinemaPlus", ("Cədvəl", "Filmlər", "Tezliklə", "Kinoteatrlar", "Aksiyalar", "Bilet al"),
                ("Saytımız kukilərdən istifadə edir.", "Qəbul et", "Parametrlər"),
                ("Haqqımızda", "Əlaqə", "Qaydalar", "Məxfilik siyasəti", "Vakansiyalar"), "© 2026 CinemaPlus", "__CINEMAPLUS__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, imdb=None, streaming=None,
                studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def tarix(d: date, long: bool) -> str:
    """'27 oktyabr 1995' or '27.10.1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def muddet(n: int, long: bool) -> str:
    """'1 saat 51 dəq.' or '111 dəq.'."""
    return hours(n, " saat", " dəq.") if long else f"{n} dəq."


def pul(m: Money) -> str:
    """'$3 600 000', '70 000 000 CNY'."""
    symbol = SYMBOLS.get(m.currency, m.currency)
    figure = grouped(m.amount, " ")
    return f"{figure} {symbol}" if symbol.isalpha() else f"{symbol}{figure}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("cp", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "actor", "genre", "contentRating", "datePublished", "description")) if rng.random() < 0.5 else ""
    blocks = [_facts(t, c, rng, long), _cast(t, c), _trailer(t, c),
              episodes_block(ctx, c, "Seriyalar", lambda e: _episode(e, long)), _sessions(t, c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Bunlar da maraqlı ola bilər", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} · {muddet(o.runtime or 97, long)} · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}-ci mövsüm, {e.number}-ci seriya · {muddet(e.minutes, long)} · {tarix(e.aired, long)}</p><p>Rejissor: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    badge = f'<span class="{c("age")}">{esc(t.rating)}</span>' if t.rating else ""
    out = f'<section class="{c("hero")}"><div class="{c("poster")}"><img src="/posters/{t.slug}.jpg" alt="">{badge}</div><h1 class="{c("title")}">{esc(t.title)}</h1>'
    if t.votes:
        out += f'<div class="{c("score")}">Reytinq <b>{5 + len(t.slug) % 4}.{len(t.title) % 10}</b> <span>({grouped(t.votes, " ")} səs)</span></div>'
    out += f'<p class="{c("views")}">Baxış sayı: {grouped(rng.randint(500, 900000), " ")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Məzmun</h2><p>{esc(t.synopsis)}</p></div>'
    return out + f'<a class="{c("buy")}" href="/bilet/{t.slug}">Bilet al</a></section>'


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    composer, producer, camera = others_people(t, rng, 3)
    length = muddet(t.runtime, long) + (" / seriya" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Rejissor", esc(", ".join(t.directors))), ("Ssenari", esc(", ".join(t.writers))),
            ("Bəstəkar", esc(composer)), ("Prodüser", esc(producer)), ("Operator", esc(camera)),
            ("Janr", esc(", ".join(t.genres))), ("Ölkə", esc(", ".join(t.countries))),
            ("İl", str(t.year or "")), ("Müddət", length), ("Yaş həddi", esc(t.rating or "")),
            ("Mövsüm sayı", str(t.seasons or "")), ("Dil", pick(rng, LANGUAGES))]
    if t.released:
        rows.append(("Premyera", tarix(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Azərbaycanda premyera", tarix(t.released + timedelta(days=rng.randint(10, 200)), long)))
    rows += [("İstehsalçı şirkət", esc(", ".join(t.studios))),
             ("Büdcə", pul(t.budget) if t.budget else ""),
             ("Kassa yığımı", pul(t.box_office) if t.box_office else "")]
    style = pick(rng, ("cards", "cards", "lines", "list"))
    return f'<section class="{c("info")}"><h2>Film haqqında</h2>{any_facts(c, style, rows)}</section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    if any(p.character for p in t.cast):
        items = "".join(f'<li><a href="/aktyor/{i}">{esc(p.actor)}</a>' + (f" ({esc(p.character)})" if p.character else "") + "</li>" for i, p in enumerate(t.cast))
        return f'<section class="{c("cast")}"><h2>Rollarda</h2><ul>{items}</ul></section>'
    return f'<section class="{c("cast")}"><h2>Rollarda</h2><p>{esc(", ".join(p.actor for p in t.cast))}</p></section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Treyler</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.35:
        return ""
    rows = "".join(f'<li><b>{esc(hall)}</b> <time>{rng.randint(11, 23)}:{rng.choice(("00", "20", "40"))}</time> <span>{rng.choice((7, 9, 11, 14))} ₼</span></li>' for hall in rng.sample(HALLS, 3))
    return f'<section class="{c("sessions")}"><h2>Seanslar</h2><ul>{rows}</ul></section>'
