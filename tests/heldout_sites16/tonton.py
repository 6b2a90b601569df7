# ruff: noqa: E501  (HTML templates read best on one line)
"""Tonton: a film or drama-series page of the Malaysian streaming service (Malay). The <h1>;
the unlabelled meta line '1995 | 18 | 1 jam 51 min' (a series' '3 Musim'); genre chips; the
synopsis; 'Tontonan: 12,345' (a view counter, a trap); the page split into tabs whose panels
are all in the markup: 'Episod' (a series' episodes with their own lengths, dates and
directors), 'Butiran' (the facts as a definition list or a table: 'Pengarah', 'Penulis Skrip',
'Penerbit', 'Muzik' and 'Sinematografi' (traps: 'Penerbit' is the producer), 'Genre',
'Negara', 'Tahun', 'Durasi: 1 jam 51 min' or '111 minit' (a series' 'setiap episod'),
'Klasifikasi' (the Malaysian LPF classes U, P13, 16, 18), 'Tarikh tayangan: 27 Oktober 1995'
beside a later 'Mula di Tonton' (a trap), 'Syarikat produksi', 'Bahasa', 'Sari kata'), and
'Pelakon' (cast cards with roles, or names); the trailer; plans 'RM9.90/bulan' (traps);
'Tontonan berkaitan' rails; a JSON-LD Movie or TVSeries on some pages. No tagline, audience
text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, hours, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites16.common import (
    Chrome,
    Classes,
    ages,
    cast_block,
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
    tabs,
    translate,
)

NAME = "tonton"
MONTHS = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
          "Oktober", "November", "Disember")
GENRES = {"Action": "Aksi", "Adventure": "Pengembaraan", "Animation": "Animasi",
          "Comedy": "Komedi", "Crime": "Jenayah", "Documentary": "Dokumentari", "Drama": "Drama",
          "Family": "Keluarga", "Fantasy": "Fantasi", "History": "Sejarah", "Horror": "Seram",
          "Music": "Muzikal", "Mystery": "Misteri", "Romance": "Cinta",
          "Science Fiction": "Fiksyen Sains", "Thriller": "Saspens", "War": "Perang",
          "Western": "Koboi"}
COUNTRIES = {"United States": "Amerika Syarikat", "United Kingdom": "United Kingdom",
             "France": "Perancis", "Germany": "Jerman", "Japan": "Jepun", "China": "China",
             "South Korea": "Korea Selatan", "India": "India", "Brazil": "Brazil",
             "Australia": "Australia", "Canada": "Kanada", "Spain": "Sepanyol", "Italy": "Itali",
             "Mexico": "Mexico", "Nigeria": "Nigeria", "Sweden": "Sweden", "Denmark": "Denmark",
             "Argentina": "Argentina", "Iran": "Iran", "Poland": "Poland"}
# Lembaga Penapisan Filem: U, P13, 16, 18 (no class for the 6-7 tier)
AGES = ages("U", None, "P13", "16", "18")
LANGUAGES = ("Bahasa Melayu", "Bahasa Inggeris", "Bahasa Korea")
PROSE = Prose(
    verbs=("pulang ke", "mewarisi", "mencari", "lari dari", "menjaga", "kehilangan"),
    things=("kampung yang dinaiki air", "dusun keluarga", "rumah api lama", "lombong terbiar",
            "pekan sempadan", "feri terakhir"),
    synopsis=("{hero} {verb} {thing} dan mendapati bahawa {other} juga {verb2} {thing2}. "
              "{title} ialah kisah tentang kesetiaan lama yang diuji sepanjang satu musim."),
    taglines=("Setiap perkara ada harganya.",),
    audiences=("Penonton memuji para pelakon.",))
CHROME = Chrome("ms", "Tonton", ("Utama", "Drama", "Filem", "Rancangan", "Siaran Langsung", "Kids"),
                ("Kami menggunakan kuki untuk meningkatkan pengalaman anda.", "Terima", "Tetapan"),
                ("Tentang Kami", "Terma Penggunaan", "Dasar Privasi", "Soalan Lazim", "Hubungi Kami"), "© 2026 Media Prima Digital", "__TONTON__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, votes=None, budget=None, box_office=None,
                imdb=None, streaming=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def tarikh(d: date) -> str:
    """'27 Oktober 1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def durasi(n: int, long: bool) -> str:
    """'1 jam 51 min' or '111 minit'."""
    return hours(n, " jam", " min") if long else f"{n} minit"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("tt", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "actor", "genre", "datePublished", "numberOfSeasons", "description")) if rng.random() < 0.45 else ""
    panels = [("Episod", episodes_block(ctx, c, "Episod", lambda e: _episode(e, long))) if ctx.episodes else ("", ""),
              ("Butiran", _facts(t, c, rng, long)),
              ("Pelakon", cast_block(t, c, "Pelakon", "/pelakon/") if t.cast else "")]
    if rng.random() < 0.5:
        panels[1], panels[2] = panels[2], panels[1]
    kept = [(k, v) for k, v in panels if v]
    main = _head(t, c, rng, long) + tabs(c, kept, "Butiran tontonan") + _trailer(t, c) + _plans(c, rng)
    return page(t, ctx, c, CHROME, ld, main + rail(ctx, c, "Tontonan berkaitan", lambda o: _line(o, long)))


def _line(o: Title, long: bool) -> str:
    return f"{o.year} | {o.rating or ''} | {durasi(o.runtime or 97, long)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Musim {e.season} Episod {e.number} | {durasi(e.minutes, long)} | {tarikh(e.aired)}</p><p>Pengarah: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    meta = [str(t.year or ""), t.rating or "", f"{t.seasons} Musim" if t.seasons else "",
            durasi(t.runtime, long) if t.runtime else ""]
    chips = "".join(f'<a class="{c("chip")}" href="/genre/{i}">{esc(g)}</a>' for i, g in enumerate(t.genres))
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><div class="{c("meta")}">{esc(" | ".join(x for x in meta if x))}</div><div class="{c("chips")}">{chips}</div>'
    if t.synopsis:
        out += f'<p class="{c("synopsis")}">{esc(t.synopsis)}</p>'
    out += f'<p class="{c("views")}">Tontonan: {grouped(rng.randint(500, 2000000))}</p>'
    return out + f'<a class="{c("cta")}" href="/watch/{t.slug}">Tonton Sekarang</a></section>'


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    producer, music, camera = others_people(t, rng, 3)
    length = durasi(t.runtime, long) + (" setiap episod" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Pengarah", esc(", ".join(t.directors))), ("Penulis Skrip", esc(", ".join(t.writers))),
            ("Penerbit", esc(producer)), ("Muzik", esc(music)), ("Sinematografi", esc(camera)),
            ("Genre", esc(", ".join(t.genres))), ("Negara", esc(", ".join(t.countries))),
            ("Tahun", str(t.year or "")), ("Durasi", length), ("Klasifikasi", esc(t.rating or "")),
            ("Musim", str(t.seasons or ""))]
    if t.released:
        rows.append(("Tarikh tayangan", tarikh(t.released)))
        if rng.random() < 0.5:
            rows.append(("Mula di Tonton", tarikh(t.released + timedelta(days=rng.randint(60, 900)))))
    rows += [("Syarikat produksi", esc(", ".join(t.studios))), ("Bahasa", pick(rng, LANGUAGES)),
             ("Sari kata", "Bahasa Melayu, Bahasa Inggeris")]
    return f'<section class="{c("details")}"><h2>Butiran</h2>{facts16(c, pick(rng, ("dl", "table")), rows)}</section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Treler</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _plans(c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    price = rng.choice(("RM9.90", "RM12.90", "RM19.90"))
    return f'<aside class="{c("plans")}"><h2>Langgan Tonton Premium</h2><p>{price}/bulan · Tanpa iklan</p></aside>'
