# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide ไทย (ReelGuide's Thai edition, th): a backdrop; the <h1> (the meta line under it on
some pages); 'เรื่องย่อ'; the ticket button; the facts as data rows, list items ('<em>Label:</em>
value') or sprite icon rows (the label only an svg's title): 'ผู้กำกับ', 'ผู้เขียนบท', 'ดนตรีประกอบ',
'ผู้อำนวยการสร้าง', 'ผู้กำกับภาพ' (traps), 'ประเภท', 'ประเทศ', 'ปี: 1995' (the Christian era),
'ความยาว: 1 ชั่วโมง 51 นาที' (or '111 นาที'; a series' ' ต่อตอน'), 'เรต' (Thailand's 'ท', 'น13+',
'น18+', 'ฉ20-'), 'จำนวนซีซัน', 'วันเข้าฉาย: 27 ตุลาคม พ.ศ. 2538' (the Buddhist era, marked 'พ.ศ.',
543 years ahead; or '27/10/1995', the Christian era) beside a later 'วันเริ่มสตรีมมิ่ง' (a trap),
'บริษัทผู้สร้าง', 'ทุนสร้าง' and 'รายได้' ('25 ล้านดอลลาร์สหรัฐ', '1,250 ล้านดอลลาร์สหรัฐ', '123.456789
ล้านเยน': millions, exact; '800,000 ดอลลาร์สหรัฐ' in full below a million), 'ภาษา' and
'ผู้จัดจำหน่าย' rows (no record key); 'นักแสดง'; the trailer; a series' episodes; the lists widget
with counts and a ticket price in baht (traps); 'รีวิว'; 'เรื่องที่คล้ายกัน'; a JSON-LD on some pages.
'1,234 โหวต' beside '12,345 คนอยากดู' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites67.common import (
    Chrome,
    Site,
    Words,
    ages,
    decimal_text,
    episode_line,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
    translate,
    widget,
)

NAME = "reelguide_thai"
HOST = "th.reelguide.example"
BOARD = ages("ท", "ท", "น13+", "น18+", "ฉ20-")
GENRES = {
    "Action": "แอ็คชั่น",
    "Adventure": "ผจญภัย",
    "Animation": "แอนิเมชัน",
    "Comedy": "ตลก",
    "Crime": "อาชญากรรม",
    "Documentary": "สารคดี",
    "Drama": "ดราม่า",
    "Family": "ครอบครัว",
    "Fantasy": "แฟนตาซี",
    "History": "ประวัติศาสตร์",
    "Horror": "สยองขวัญ",
    "Music": "ดนตรี",
    "Mystery": "ลึกลับ",
    "Romance": "โรแมนติก",
    "Science Fiction": "ไซไฟ",
    "Thriller": "ระทึกขวัญ",
    "War": "สงคราม",
    "Western": "คาวบอย",
}
COUNTRIES = {
    "United States": "สหรัฐอเมริกา",
    "United Kingdom": "สหราชอาณาจักร",
    "France": "ฝรั่งเศส",
    "Germany": "เยอรมนี",
    "Japan": "ญี่ปุ่น",
    "China": "จีน",
    "South Korea": "เกาหลีใต้",
    "India": "อินเดีย",
    "Brazil": "บราซิล",
    "Australia": "ออสเตรเลีย",
    "Canada": "แคนาดา",
    "Spain": "สเปน",
    "Italy": "อิตาลี",
    "Mexico": "เม็กซิโก",
    "Nigeria": "ไนจีเรีย",
    "Sweden": "สวีเดน",
    "Denmark": "เดนมาร์ก",
    "Argentina": "อาร์เจนตินา",
    "Iran": "อิหร่าน",
    "Poland": "โปแลนด์",
}
CURRENCIES = {
    "USD": "ดอลลาร์สหรัฐ",
    "EUR": "ยูโร",
    "GBP": "ปอนด์สเตอร์ลิง",
    "JPY": "เยน",
    "CNY": "หยวน",
    "KRW": "วอน",
    "INR": "รูปีอินเดีย",
    "BRL": "เรอัลบราซิล",
    "AUD": "ดอลลาร์ออสเตรเลีย",
    "CAD": "ดอลลาร์แคนาดา",
    "DEM": "มาร์กเยอรมัน",
}
MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
PROSE = Prose(
    verbs=("กลับไปยัง", "ได้รับมรดกเป็น", "ออกตามหา", "หนีจาก", "ปกป้อง"),
    things=("หมู่บ้านที่จมน้ำ", "สวนผลไม้ของครอบครัว", "ประภาคารเก่า", "เหมืองร้าง", "เมืองชายแดน"),
    synopsis="{hero}{verb}{thing} ก่อนจะพบว่า{other}ก็{verb2}{thing2}เช่นกัน {title} เล่าถึงมิตรภาพเก่าที่ถูกทดสอบตลอดฤดูกาลอันยาวนาน",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "th",
    "ReelGuide ไทย",
    ("ภาพยนตร์", "ซีรีส์", "กำลังฉาย", "สตรีมมิ่ง", "เข้าสู่ระบบ"),
    ("เราใช้คุกกี้เพื่อจดจำการตั้งค่าของคุณ", "ยอมรับ", "ความเป็นส่วนตัว"),
    ("เกี่ยวกับเรา", "ลงโฆษณา", "ติดต่อเรา", "นโยบายความเป็นส่วนตัว", "ข้อกำหนดการใช้งาน"),
    "© 2026 ReelGuide ไทย",
    "__REELGUIDE_TH_STATE__",
)
WORDS = Words(
    {
        "director": "ผู้กำกับ",
        "writer": "ผู้เขียนบท",
        "music": "ดนตรีประกอบ",
        "producer": "ผู้อำนวยการสร้าง",
        "camera": "ผู้กำกับภาพ",
        "genre": "ประเภท",
        "country": "ประเทศ",
        "year": "ปี",
        "runtime": "ความยาว",
        "rating": "เรต",
        "seasons": "จำนวนซีซัน",
        "released": "วันเข้าฉาย",
        "studio": "บริษัทผู้สร้าง",
        "budget": "ทุนสร้าง",
        "box_office": "รายได้",
    },
    {
        "about": "เรื่องย่อ",
        "details": "ข้อมูลภาพยนตร์",
        "cast": "นักแสดง",
        "trailer": "ตัวอย่างภาพยนตร์",
        "episodes": "ตอนทั้งหมด",
        "reviews": "รีวิว",
        "no_reviews": "ยังไม่มีรีวิว",
        "rail": "เรื่องที่คล้ายกัน",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 ตุลาคม พ.ศ. 2538' (the Buddhist era, marked) or '27/10/1995' (the Christian era)."""
    if long:
        return f"{d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1 ชั่วโมง 51 นาที', '2 ชั่วโมง' or '111 นาที'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} ชั่วโมง" + (f" {small} นาที" if small else "")
    return f"{n} นาที"


def votes(n: int) -> str:
    return f"{n:,} โหวต"


def views(n: int) -> str:
    return f"{n:,} คนอยากดู"


def money(m: Money) -> str:
    """'25 ล้านดอลลาร์สหรัฐ', '1,250 ล้านดอลลาร์สหรัฐ' (millions, exact), '800,000 ดอลลาร์สหรัฐ'."""
    unit = CURRENCIES[m.currency]
    if m.amount < 10**6:
        return f"{m.amount:,} {unit}"
    return f"{decimal_text(Decimal(m.amount) / 10**6)} ล้าน{unit}"


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("ภาษา", pick(rng, ("อังกฤษ", "เสียงไทย / ซับไทย"))),
            ("ผู้จัดจำหน่าย", pick(rng, ("เอ็ม พิคเจอร์ส", "ฟิล์มเฮาส์", "สหมงคลฟิล์ม"))),
        ]
    )


SITE = Site(
    NAME,
    "rgth",
    CHROME,
    WORDS,
    date_,
    running,
    " ต่อตอน",
    votes,
    money,
    views,
    episode_line("ตอนที่", "กำกับ:", running, date_),
    widget("รายการของฉัน", ("กำลังดู", "อยากดู", "ดูแล้ว", "รายการโปรด"), "ตั๋วเริ่มต้น 220 บาท"),
    ("reelguide_thai-khomun", "reelguide_thai-raikan", "sprite"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="วันเริ่มสตรีมมิ่ง",
    extra_rows=_more,
    cta="ซื้อตั๋ว",
    art="backdrop",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this edition's words, formats and components, on its
    own host."""
    return render_on(SITE, HOST, t, ctx)
