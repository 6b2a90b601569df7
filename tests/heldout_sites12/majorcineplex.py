# ruff: noqa: E501  (HTML templates read best on one line)
"""Major Cineplex: a majorcineplex.com movie page (Thai). The <h1> (the title; a logo image
with the title as its alt on some deploys); a line 'ดราม่า, โรแมนติก | 111 นาที' and 'วันที่เข้าฉาย
27 ตุลาคม 1995' (Thai months, the Christian year); the Thai board's rate 'น15+' in a badge
(aria-label 'เรตภาพยนตร์'); 'เรื่องย่อ' the synopsis; 'ผู้กำกับ' directors and 'นักแสดง' the cast
(names only); 'ผู้อำนวยการสร้าง' producers a trap; 'รอบฉาย' showtimes with cinemas, halls
('IMAX', '4DX') and ticket prices in บาท as traps; 'ภาพยนตร์อื่นๆ' with other films' dates and
rates; an embedded YouTube trailer; a JSON-LD Movie on some pages. A series page ('ซีรีส์',
from its streaming partner) shows 'จำนวนซีซั่น 5'. No tagline, audience text, votes, writers,
countries, studios, money, IMDb link or streaming block."""

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
    rail,
    rated,
    schema,
    translate,
)

NAME = "majorcineplex"
GENRES = {"Action": "แอ็คชั่น", "Adventure": "ผจญภัย", "Animation": "แอนิเมชั่น",
          "Comedy": "ตลก", "Crime": "อาชญากรรม", "Documentary": "สารคดี", "Drama": "ดราม่า",
          "Family": "ครอบครัว", "Fantasy": "แฟนตาซี", "History": "ประวัติศาสตร์",
          "Horror": "สยองขวัญ", "Music": "ดนตรี", "Mystery": "ลึกลับ", "Romance": "โรแมนติก",
          "Science Fiction": "ไซไฟ", "Thriller": "ระทึกขวัญ", "War": "สงคราม",
          "Western": "คาวบอย"}
MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
# the Thai film board's rates: ส (promoted), ท (general), น13+, น15+, น18+, ฉ20-
RATES = {"G": "ท", "U": "ท", "TV-Y": "ส", "TV-G": "ท", "FSK 0": "ท", "PG": "ท", "TV-PG": "ท",
         "FSK 6": "ท", "PG-13": "น13+", "12A": "น13+", "M": "น13+", "TV-14": "น13+",
         "FSK 12": "น13+", "R": "น15+", "15": "น15+", "MA15+": "น15+", "FSK 16": "น15+",
         "TV-MA": "น18+", "NC-17": "ฉ20-", "18": "น18+", "R18+": "น18+", "FSK 18": "น18+"}
PROSE = Prose(
    verbs=("กลับไปยัง", "ได้รับมรดก", "ออกตามหา", "หนีออกจาก", "ปกป้อง", "สูญเสีย"),
    things=("หมู่บ้านที่ถูกน้ำท่วม", "สวนผลไม้ของครอบครัว", "ประภาคารเก่า", "เหมืองร้าง",
            "เมืองชายแดน", "เรือข้ามฟากลำสุดท้าย"),
    synopsis=("{hero} {verb}{thing} และพบว่า {other} ก็{verb2}{thing2}เช่นกัน ใน {title} "
              "ความภักดีเก่าถูกทดสอบตลอดหนึ่งฤดูกาลอันยาวนาน"),
    taglines=("ทุกอย่างมีราคา",),
    audiences=("ผู้ชมชื่นชมนักแสดง",))


def fit(t: Title) -> Title:
    t = rated(translate(localize(replace(t, countries=()), PROSE), GENRES, {}), RATES)
    t = replace(t, tagline=None, audience=None, votes=None, countries=(), studios=(),
                studios_shown=0, budget=None, box_office=None, imdb=None, streaming=None,
                writers=())
    return no_characters(t)


def wan(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mj", rng)
    ld = schema(t, ("description", "director", "actor", "datePublished", "contentRating")) if rng.random() < 0.5 else ""
    trailer = f'<section class="{c("trailer")}"><h2>ตัวอย่างภาพยนตร์</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
    blocks = [trailer, _showtimes(t, c, rng), _crew(t, c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{esc(t.title)} | Major Cineplex</title>'
            f'<link rel="canonical" href="{t.url}">{css("mj", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("pdpa"), "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีที่สุดแก่คุณ", "ยอมรับทั้งหมด", "ตั้งค่าคุกกี้")}'
            f'{nav(c, "Major Cineplex", ("ภาพยนตร์", "โรงภาพยนตร์", "โปรโมชั่น", "M Pass", "ป๊อปคอร์น", "บัตรของขวัญ"))}<main class="{c("main")}">{_hero(t, c, rng)}{"".join(blocks)}'
            f'{rail(ctx, c, "ภาพยนตร์อื่นๆ", _line)}</main>'
            f'{footer(c, ("เกี่ยวกับเรา", "ร่วมงานกับเรา", "นโยบายความเป็นส่วนตัว", "ติดต่อเรา"), "© 2026 Major Cineplex Group")}{app_state("__MAJOR__", ctx.others, {"lang": "th"})}</body></html>')


def _line(o: Title) -> str:
    return f"{o.runtime or 97} นาที | {o.rating or ''} | {o.year}"


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    heading = (f'<h1 class="{c("logo")}"><img src="/img/{t.slug}.png" alt="{esc(t.title)}"></h1>' if rng.random() < 0.3
               else f'<h1 class="{c("name")}">{esc(t.title)}</h1>')
    line = [", ".join(map(esc, t.genres))] if t.genres else []
    if t.runtime:
        line.append(f"{t.runtime} นาที" + ("/ตอน" if t.kind == "show" else ""))
    out = f'<section class="{c("hero")}">{heading}<div class="{c("meta")}">{" | ".join(line)}</div>'
    if t.rating:
        out += f'<span class="{c("rate")}" aria-label="เรตภาพยนตร์">{t.rating}</span>'
    if t.released:
        label = "ออกอากาศ" if t.kind == "show" else "วันที่เข้าฉาย"
        out += f'<p class="{c("release")}">{label} {wan(t.released)}</p>'
    elif t.year:
        out += f'<p class="{c("release")}">ปี {t.year}</p>'
    if t.seasons:
        out += f'<p class="{c("seasons")}">ซีรีส์ · จำนวนซีซั่น {t.seasons}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>เรื่องย่อ</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _crew(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [("ผู้กำกับ", t.directors), ("ผู้อำนวยการสร้าง", tuple(others_people(t, rng, 1))),
            ("นักแสดง", tuple(p.actor for p in t.cast))]
    if rng.random() < 0.5:
        body = "".join(f'<div class="{c("group")}"><h3>{k}</h3><ul>' + "".join(f"<li>{esc(n)}</li>" for n in v) + "</ul></div>" for k, v in rows if v)
    else:
        body = "".join(f'<p class="{c("row")}"><strong>{k}</strong> : {", ".join(map(esc, v))}</p>' for k, v in rows if v)
    return f'<section class="{c("crew")}">{body}</section>'


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.3:
        return ""
    sites = rng.sample(("พารากอน ซีนีเพล็กซ์", "เมเจอร์ รัชโยธิน", "เอสพลานาด รัชดา", "เมกา ซีนีเพล็กซ์"), 2)
    rows = "".join(f'<li><b>{s}</b> <span>{rng.choice(("IMAX", "4DX", "Digital", "Screen X"))}</span> <time>{rng.randint(11, 21)}:{rng.choice(("00", "15", "45"))}</time> <span>{rng.randint(16, 48)}0 บาท</span></li>' for s in sites)
    return f'<section class="{c("showtimes")}"><h2>รอบฉาย</h2><ul>{rows}</ul></section>'
