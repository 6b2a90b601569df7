# ruff: noqa: E501  (HTML templates read best on one line)
"""21cineplex: a 21cineplex.com (Cinema XXI) film page (Indonesian). The <h1>; a badge with the
LSF classification 'SU', '13+', '17+' or '21+'; the genres ('Drama, Romantis') and 'Durasi:
111 Menit'; 'Tanggal rilis: 27 Oktober
1995'; 'Sinopsis'; 'Produser' (a trap), 'Sutradara', 'Penulis' and 'Pemain' (names only) on a
<table> or 'Label : value' lines; 'Distributor' a trap; 'Jadwal' showtimes with cinemas, 'XXI' /
'IMAX' / 'The Premiere' halls and 'Rp 50.000' prices (traps); 'Sedang Tayang' rail; an embedded
YouTube trailer; a JSON-LD Movie on some pages. A series ('Serial', from the M-Tix streaming
partner) shows 'Jumlah musim: 5'. No tagline, audience text, votes, countries, studios, money,
IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites12.common import (
    Classes,
    cookie_banner,
    footer,
    look,
    nav,
    no_characters,
    others_people,
    pick,
    rail,
    rated,
    schema,
    translate,
)

NAME = "cineplex21"
GENRES = {"Action": "Aksi", "Adventure": "Petualangan", "Animation": "Animasi",
          "Comedy": "Komedi", "Crime": "Kriminal", "Documentary": "Dokumenter",
          "Drama": "Drama", "Family": "Keluarga", "Fantasy": "Fantasi", "History": "Sejarah",
          "Horror": "Horor", "Music": "Musik", "Mystery": "Misteri", "Romance": "Romantis",
          "Science Fiction": "Fiksi Ilmiah", "Thriller": "Thriller", "War": "Perang",
          "Western": "Koboi"}
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
# Lembaga Sensor Film classifications
LSF = {"G": "SU", "U": "SU", "TV-Y": "SU", "TV-G": "SU", "FSK 0": "SU", "PG": "SU",
       "TV-PG": "SU", "FSK 6": "SU", "PG-13": "13+", "12A": "13+", "M": "13+", "TV-14": "13+",
       "FSK 12": "13+", "R": "17+", "15": "17+", "MA15+": "17+", "FSK 16": "17+",
       "TV-MA": "17+", "NC-17": "21+", "18": "21+", "R18+": "21+", "FSK 18": "21+"}
PROSE = Prose(
    verbs=("kembali ke", "mewarisi", "mencari", "kabur dari", "menjaga", "kehilangan"),
    things=("desa yang kebanjiran", "kebun keluarga", "mercusuar tua", "tambang terlupakan",
            "kota perbatasan", "kapal feri terakhir"),
    synopsis=("{hero} {verb} {thing} dan mendapati bahwa {other} juga {verb2} {thing2}. "
              "Dalam {title}, kesetiaan lama diuji sepanjang satu musim panjang."),
    taglines=("Semua ada harganya.",),
    audiences=("Penonton memuji para pemain.",))


def fit(t: Title) -> Title:
    t = rated(translate(localize(replace(t, countries=()), PROSE), GENRES, {}), LSF)
    t = replace(t, tagline=None, audience=None, votes=None, countries=(), studios=(),
                studios_shown=0, budget=None, box_office=None, imdb=None, streaming=None)
    return no_characters(t)


def tanggal(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("xxi", rng)
    ld = schema(t, ("genre", "director", "author", "actor", "contentRating", "datePublished")) if rng.random() < 0.5 else ""
    trailer = f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>' if t.trailer else ""
    blocks = [_credits(t, c, rng), _schedule(t, c, rng)]
    if rng.random() < 0.5:
        blocks.reverse()
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{esc(t.title)} - Cinema XXI</title>'
            f'<link rel="canonical" href="{t.url}">{css("xxi", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.", "Setuju", "Tolak")}'
            f'{nav(c, "Cinema XXI", ("Sedang Tayang", "Segera", "Bioskop", "Promo", "m.tix", "Info"))}<main class="{c("main")}">{_hero(t, c)}{trailer}{"".join(blocks)}'
            f'{rail(ctx, c, "Sedang Tayang", _line)}</main>'
            f'{footer(c, ("Tentang Kami", "Karir", "Kebijakan Privasi", "Hubungi Kami", "FAQ"), "© 2026 PT Nusantara Sejahtera Raya")}{app_state("__XXI__", ctx.others, {"city": "Jakarta"})}</body></html>')


def _line(o: Title) -> str:
    return f"{o.rating or ''} · {o.runtime or 97} Menit · {o.year}"


def _hero(t: Title, c: Classes) -> str:
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
    if t.rating:
        out += f'<span class="{c("lsf")}" title="Klasifikasi usia">{t.rating}</span>'
    out += f'<p class="{c("genre")}">{", ".join(map(esc, t.genres))}</p>' if t.genres else ""
    if t.runtime:
        out += f'<p class="{c("dur")}">Durasi: {t.runtime} Menit{" per episode" if t.kind == "show" else ""}</p>'
    if t.seasons:
        out += f'<p class="{c("seasons")}">Serial · Jumlah musim: {t.seasons}</p>'
    if t.released:
        out += f'<p class="{c("date")}">Tanggal rilis: {tanggal(t.released)}</p>'
    elif t.year:
        out += f'<p class="{c("date")}">Tahun: {t.year}</p>'
    if t.synopsis:
        out += f'<div class="{c("synopsis")}"><h2>Sinopsis</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [("Produser", tuple(others_people(t, rng, 1))), ("Sutradara", t.directors),
            ("Penulis", t.writers), ("Pemain", tuple(p.actor for p in t.cast)),
            ("Distributor", (pick(rng, ("Feat Pictures", "Falcon Pictures", "Netflix Indonesia", "Universal Pictures")),))]
    if rng.random() < 0.5:
        body = "".join(f"<tr><th>{k}</th><td>{', '.join(map(esc, v))}</td></tr>" for k, v in rows if v)
        return f'<table class="{c("credits")}">{body}</table>'
    return f'<div class="{c("credits")}">' + "".join(f"<p>{k} : {', '.join(map(esc, v))}</p>" for k, v in rows if v) + "</div>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.3:
        return ""
    sites = rng.sample(("GRAND INDONESIA CGV", "PLAZA SENAYAN XXI", "KOTA KASABLANKA XXI", "PONDOK INDAH 1 XXI"), 2)
    rows = "".join(f'<li><b>{s}</b> <span>{rng.choice(("XXI", "IMAX", "The Premiere"))}</span> <time>{rng.randint(11, 21)}:{rng.choice(("00", "15", "45"))}</time> <span>Rp {rng.randint(35, 150)}.000</span></li>' for s in sites)
    return f'<section class="{c("schedule")}"><h2>Jadwal</h2><ul>{rows}</ul></section>'
