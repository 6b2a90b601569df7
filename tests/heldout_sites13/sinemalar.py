# ruff: noqa: E501  (HTML templates read best on one line)
"""Sinemalar: a Sinemalar.com film or series page (Turkish). The <h1>; 'Vizyon Tarihi: 27
Ekim 1995' (or 'Yapım Yılı: 1995'); 'Süre: 111 dk' (a series' 'Bölüm süresi'); 'Tür', 'Yapım'
(countries); the age badge ('13+', 'Genel İzleyici'); 'Kullanıcı puanı 7,4' with '(1.234 oy)';
'Yönetmen:', 'Senarist:', 'Yapımcı:' and 'Müzik:' (traps); 'Oyuncular' cards with the role
under the actor; 'Nereden izlenir?' with '3 platformda' (or 'Takip ettiğimiz 7 platformun
hiçbirinde') and 'Son kontrol: 3 Mart 2026'; the showtimes ('Seanslar') of cinemas with '₺'
prices; a series' episodes; users' comments; 'Benzer filmler'. No tagline, audience text,
studios, money, IMDb link, trailer or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import esc
from tests.heldout_sites2.records import Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites6.beyazperde import AGES, COUNTRIES, GENRES, MONTHS, PROSE
from tests.heldout_sites13.common import (
    FACT_STYLES,
    Chrome,
    Classes,
    WhereWords,
    cast_block,
    comments,
    dotted,
    episodes_block,
    facts,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    translate,
    where,
)

NAME = "sinemalar"
CINEMAS = ("Cinemaximum Kanyon", "Paribu Cineverse Akasya", "Cinemarine Buyaka", "Avşar Sinemaları")
CHROME = Chrome("tr", "Sinemalar.com", ("Vizyondakiler", "Yakında", "Diziler", "Seans Saatleri", "Haberler", "Fragmanlar"),
                ("Sitemizde çerezler kullanılmaktadır.", "Kabul et", "Ayarlar"),
                ("Hakkımızda", "İletişim", "Gizlilik", "Kullanım Koşulları", "Reklam"), "© 2026 Sinemalar.com", "__SINEMALAR__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, studios=(), studios_shown=0, budget=None,
                box_office=None, imdb=None, trailer=None)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def tarih(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


WORDS = WhereWords("Nereden izlenir?", "Şu anda hiçbir platformda yok.",
                   lambda n: f"{n} platformda", lambda n: f"Takip ettiğimiz {n} platformun hiçbirinde",
                   lambda s: f"Son kontrol: {tarih(s.verified_on)}")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("sn", rng)
    blocks = [_facts(t, c, rng), cast_block(t, c, "Oyuncular", "/sanatci/"), where(t, c, WORDS),
              _showtimes(t, c, rng), episodes_block(ctx, c, "Bölümler", _episode),
              comments(ctx, c, "Yorumlar", "Henüz yorum yapılmamış.")]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Benzer filmler", _line)
    return page(t, ctx, c, CHROME, "", main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} dk · {o.rating or ''}"


def _episode(e: Episode) -> str:
    return f"<p>{e.season}. Sezon {e.number}. Bölüm · {e.minutes} dk · {tarih(e.aired)}</p><p>Yönetmen: {esc(e.director)}</p>"


def _head(t: Title, c: Classes) -> str:
    badge = f'<span class="{c("age")}">{esc(t.rating)}</span>' if t.rating else ""
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1>{badge}'
    score = f'<div class="{c("score")}">Kullanıcı puanı <b>{5 + len(t.slug) % 4},{len(t.title) % 10}</b>'
    out += score + (f" <span>({dotted(t.votes)} oy)</span></div>" if t.votes else " <span>Henüz oy yok</span></div>")
    if t.synopsis:
        out += f'<div class="{c("summary")}"><h2>Özet</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 2)
    length = f"{t.runtime} dk" if t.runtime else ""
    rows = [("Vizyon Tarihi", tarih(t.released)) if t.released else ("Yapım Yılı", str(t.year or "")),
            ("Bölüm süresi" if t.kind == "show" else "Süre", length),
            ("Tür", esc(", ".join(t.genres))), ("Yapım", esc(", ".join(t.countries))),
            ("Sezon sayısı", str(t.seasons or "")),
            ("Yönetmen", esc(", ".join(t.directors))), ("Senarist", esc(", ".join(t.writers))),
            ("Yapımcı", esc(extra[0])), ("Müzik", esc(extra[1]))]
    return f'<section class="{c("info")}"><h2>Film Künyesi</h2>{facts(c, pick(rng, FACT_STYLES), rows)}</section>'


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.4:
        return ""
    rows = "".join(f'<li><b>{esc(name)}</b> <span>{rng.randint(11, 22)}:{rng.choice(("00", "15", "30", "45"))}</span> <span>{rng.randint(18, 36)}0 ₺</span></li>' for name in rng.sample(CINEMAS, 3))
    return f'<section class="{c("sessions")}"><h2>Seanslar</h2><ul>{rows}</ul></section>'
