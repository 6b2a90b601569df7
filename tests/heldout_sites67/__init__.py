"""Sixty-seventh independent held-out set: ReelGuide's own title page in eight translated editions,
for right-to-left and East Asian readers and others earlier sets used least, judged at first
sight: Arabic (reelguide_arabic, ar, right to left), Hebrew (reelguide_hebrew, he, right to
left), Persian (reelguide_persian, fa, right to left, every number in Persian digits), Japanese
(reelguide_japanese, ja), Traditional Chinese for Taiwan (reelguide_chinese, zh-TW), Korean
(reelguide_korean, ko), Thai (reelguide_thai, th) and Hindi (reelguide_hindi, hi, Devanagari).
Each page is at https://<edition>.reelguide.example/<kind>/<slug> (ar, he, fa, ja, zh-tw, ko, th,
hi: its canonical link and schema.org url there; the record's source_id is '<kind>/<slug>'), its
<html lang> the edition's language, with dir="rtl" on the three right-to-left editions.

The theme asked for was ReelGuide's own title page in eight translated editions for right-to-left
and East Asian readers and others earlier sets used least. It is new as asked: earlier sets gave
ReelGuide's page localized editions in Spanish and German (sites36's reelguide_es, reelguide_de) and
English regional editions (sites54's uk, ie, au, nz, ca, in, sg, za), and wrote pages in these
languages for other, real or invented sites (sites3, 5-13, 19, 20, 24, 49, 55, 64), never
ReelGuide's. Counted from every earlier generator's <html lang>, Chrome(...) language and JSON
'lang' (tests/test_heldout_sites67_gen.py does): Hindi none, Traditional Chinese for Taiwan (zh-TW)
none, Persian and Thai two each, Korean three, Japanese and Chinese four, Hebrew five, Arabic seven,
against English's hundreds. The editions share ReelGuide's one skeleton, so that only the language's
own wording and conventions differ: label words, dates (Eastern Arabic or Persian digits,
Japanese/Chinese/Korean year-month-day, the Thai Buddhist era), runtimes, money (East Asian myriads,
Thai millions, Indian crore and lakh) and certificates (each market's own board).

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the record
each page must produce (spec: /work/shared/site-sample/README.md). Titles and records come from
tests/heldout_sites2 (records.py, site.py); genres and countries are translated into the edition's
language (the record holds them as the page shows them), the synopsis is written in it, and the
certificate is the edition's market's board's. Titles, people and studio names stay in Latin script,
as a translated edition keeps a title's international name. The designs: reelguide_arabic (ReelGuide
العربية (ReelGuide's Arabic edition, ar, right to left, dir="rtl"): a poster; the <h1> (the meta
line under it on some pages); 'القصة'; the ticket button; the facts as data rows
('<span>Label:</span> value'), a table with a th label per row, or a definition list: 'إخراج',
'تأليف', 'موسيقى', 'المنتج', 'تصوير سينمائي' (traps), 'النوع', 'بلد الإنتاج', 'سنة الإصدار', 'المدة:
١ ساعة و٥١ دقيقة' (Eastern Arabic digits; or '111 دقيقة' in ASCII digits; a series' ' للحلقة'),
'التصنيف العمري' (the UAE's 'G', 'PG', 'PG13', '15+', '18+'), 'عدد المواسم', 'تاريخ العرض: ٢٧ أكتوبر
١٩٩٥' (Eastern Arabic digits; or '27/10/1995') beside a later 'أول عرض على المنصات' (a trap), 'شركة
الإنتاج', 'اللغة' and 'التوزيع' rows (no record key); 'طاقم التمثيل'; the trailer; a series'
episodes; the lists widget with counts and a ticket price in dirhams (traps); 'مراجعات'; 'عناوين
مشابهة'; a JSON-LD on some pages. '1,234 تقييم' beside '12,345 يريدون المشاهدة' (a trap). No
tagline, audience text, money or streaming block.) reelguide_hebrew (ReelGuide עברית (ReelGuide's
Hebrew edition, he, right to left, dir="rtl"): a backdrop; the <h1> (the meta line under it on some
pages); 'תקציר'; the ticket button; the facts as data rows, list items ('<strong>Label:</strong>
value') or an earlier set's key-value rows: 'בימוי', 'תסריט', 'מוזיקה', 'מפיק', 'צילום' (traps;
'מפיק' the producer, 'חברת הפקה' the studio), "ז'אנר", 'ארץ הפקה', 'שנה', 'אורך: שעה ו-51 דקות'
('שעתיים', '3 שעות'; or '111 דקות'; a series' ' לפרק'), 'סיווג גיל' (Israel's 'מותר לכל הגילאים',
'מותר מגיל 12', 'מותר מגיל 16', 'מותר מגיל 18'), 'עונות', 'תאריך יציאה: 27 באוקטובר 1995' (or
'27.10.1995') beside a later 'בכורה בטלוויזיה' (a trap), 'חברת הפקה', 'שפה' and 'הפצה' rows (no
record key); 'שחקנים'; the trailer; a series' episodes; the lists widget with counts and a ticket
price in shekels (traps); 'ביקורות'; 'כותרים דומים'; a JSON-LD on some pages. '1,234 דירוגים' beside
'12,345 רוצים לצפות' (a trap). No tagline, audience text, money or streaming block.)
reelguide_persian (ReelGuide فارسی (ReelGuide's Persian edition, fa, right to left, dir="rtl", every
number in Persian digits): a poster; the <h1> (the meta line under it on some pages); 'خلاصه
داستان'; the ticket button; the facts as lines ('<span>Label:</span> value'), a two-cell table or
CSS captions: 'کارگردان', 'نویسنده', 'آهنگساز', 'تهیه‌کننده', 'فیلمبردار' (traps), 'ژانر', 'کشور
سازنده', 'سال انتشار: ۱۹۹۵', 'مدت زمان: ۱ ساعت و ۵۱ دقیقه' (or '۱۱۱ دقیقه'; a series' ' هر قسمت'),
'رده سنی' ('مناسب همه سنین', 'بالای ۷ سال', 'بالای ۱۳ سال', 'بالای ۱۷ سال', 'بالای ۱۸ سال'), 'تعداد
فصل‌ها', 'تاریخ اکران: ۲۷ اکتبر ۱۹۹۵' (the Gregorian date with its Persian month name; or
'۱۹۹۵/۱۰/۲۷', year first) beside a later 'پخش تلویزیونی' (a trap), 'شرکت تولید', 'زبان' and
'پخش‌کننده' rows (no record key); 'بازیگران'; the trailer; a series' episodes; the lists widget with
counts and a ticket price in toman (traps); 'نقد و نظر'; 'عنوان‌های مشابه'; a JSON-LD on some pages.
'۱٬۲۳۴ رأی' beside '۱۲٬۳۴۵ نفر می‌خواهند ببینند' (a trap). No tagline, audience text, money or
streaming block.) reelguide_japanese (ReelGuide 日本版 (ReelGuide's Japanese edition, ja): a poster;
the <h1> (the meta line under it on some pages); 'あらすじ'; the ticket button; the facts as data
rows, a table with a th label per row, or dot leaders: '監督', '脚本', '音楽', 'プロデューサー',
'撮影' (traps), 'ジャンル', '製作国', '公開年', '上映時間: 1時間51分' (or '111分'; a series'
'（1話あたり）'), '映倫区分' (Eirin's 'G', 'PG12', 'R15+', 'R18+'), 'シーズン数', '公開日:
1995年10月27日' (or '1995/10/27') beside a later '配信開始日' (a trap), '製作会社', '製作費' and
'興行収入' (in myriads: '2,500万米ドル', '12億5,000万米ドル', '1億2,345万6,789円', the currency
named), '原題' (a dash) and '配給' rows (no record key); 'キャスト'; the trailer; a series'
episodes; the lists widget with counts and a ticket price in yen (traps); 'レビュー'; '関連作品'; a
JSON-LD on some pages. '1,234件の評価' beside '12,345人が観たい' (a trap). No tagline, audience text
or streaming block.) reelguide_chinese (ReelGuide 繁體中文 (ReelGuide's Traditional Chinese edition
for Taiwan, zh-TW): a backdrop; the <h1> (the meta line under it on some pages); '劇情簡介'; the
ticket button; the facts as data rows ('<span>Label：</span>value', a full-width colon), list items
with a bold label, or stat tiles: '導演', '編劇', '配樂', '製片', '攝影' (traps), '類型', '國家',
'年份', '片長: 1小時51分' (or '111分鐘'; a series' '（每集）'), '分級' (Taiwan's '普遍級', '保護級',
'輔12級', '輔15級', '限制級'), '季數', '上映日期: 1995年10月27日' (or '1995-10-27') beside a later
'串流上架' (a trap), '出品公司', '預算' and '票房' (in myriads: '2,500萬美元', '12億5,000萬美元',
the currency named), '語言' and '發行' rows (no record key); '演員'; the trailer; a series'
episodes; the lists widget with counts and a ticket price in NT$ (traps); '影評'; '相似作品'; a
JSON-LD on some pages. '1,234 人評分' beside '12,345 人想看' (a trap). No tagline, audience text or
streaming block.) reelguide_korean (ReelGuide 한국어 (ReelGuide's Korean edition, ko): a poster; the
<h1> (the meta line under it on some pages); '줄거리'; the ticket button; the facts as data rows, a
definition list's grouped pairs, or Turbo frames: '감독', '각본', '음악감독', '제작', '촬영' (traps;
'제작' the producers, '제작사' the studio), '장르', '국가', '개봉연도', '러닝타임: 1시간 51분' (or
'111분'; a series' ' (회당)'), '관람등급' (the KMRB's '전체관람가', '12세이상관람가',
'15세이상관람가', '청소년관람불가'), '시즌', '개봉일: 1995년 10월 27일' (or '1995.10.27.') beside a
later 'OTT 공개일' (a trap), '제작사', '제작비' and '흥행수익' (in myriads: '2,500만 달러', '12억
5,000만 달러', '1억 2,345만 6,789원'), '원제' (a dash) and '배급' rows (no record key); '출연진';
the trailer; a series' episodes; the lists widget with counts and a ticket price in won (traps);
'리뷰'; '비슷한 작품'; a JSON-LD on some pages. '1,234명 참여' beside '12,345명이 보고싶어요' (a
trap). No tagline, audience text or streaming block.) reelguide_thai (ReelGuide ไทย (ReelGuide's
Thai edition, th): a backdrop; the <h1> (the meta line under it on some pages); 'เรื่องย่อ'; the ticket
button; the facts as data rows, list items ('<em>Label:</em> value') or sprite icon rows (the label
only an svg's title): 'ผู้กำกับ', 'ผู้เขียนบท', 'ดนตรีประกอบ', 'ผู้อำนวยการสร้าง', 'ผู้กำกับภาพ' (traps),
'ประเภท', 'ประเทศ', 'ปี: 1995' (the Christian era), 'ความยาว: 1 ชั่วโมง 51 นาที' (or '111 นาที'; a
series' ' ต่อตอน'), 'เรต' (Thailand's 'ท', 'น13+', 'น18+', 'ฉ20-'), 'จำนวนซีซัน', 'วันเข้าฉาย: 27 ตุลาคม
พ.ศ. 2538' (the Buddhist era, marked 'พ.ศ.', 543 years ahead; or '27/10/1995', the Christian era)
beside a later 'วันเริ่มสตรีมมิ่ง' (a trap), 'บริษัทผู้สร้าง', 'ทุนสร้าง' and 'รายได้' ('25 ล้านดอลลาร์สหรัฐ', '1,250
ล้านดอลลาร์สหรัฐ', '123.456789 ล้านเยน': millions, exact; '800,000 ดอลลาร์สหรัฐ' in full below a million),
'ภาษา' and 'ผู้จัดจำหน่าย' rows (no record key); 'นักแสดง'; the trailer; a series' episodes; the lists
widget with counts and a ticket price in baht (traps); 'รีวิว'; 'เรื่องที่คล้ายกัน'; a JSON-LD on some
pages. '1,234 โหวต' beside '12,345 คนอยากดู' (a trap). No tagline, audience text or streaming block.)
reelguide_hindi (ReelGuide हिन्दी (ReelGuide's Hindi edition, hi, Devanagari): a poster; the <h1>
(the meta line under it on some pages); 'कहानी'; the ticket button; the facts as lines
('<span>Label:</span> value'), list items ('<b>Label:</b> value') or a definition list: 'निर्देशक',
'लेखक', 'संगीत', 'निर्माता', 'छायांकन' (traps), 'शैली', 'देश', 'वर्ष', 'अवधि: 1 घंटा 51 मिनट' ('2 घंटे'; or
'111 मिनट'; a series' ' प्रति एपिसोड'), 'प्रमाणन' (the CBFC's 'U', 'UA 7+', 'UA 13+', 'UA 16+', 'A'),
'सीज़न', 'रिलीज़ तिथि: 27 अक्टूबर 1995' (or '27-10-1995') beside a later 'ओटीटी रिलीज़' (a trap),
'प्रोडक्शन कंपनी', 'बजट' and 'बॉक्स ऑफ़िस' (rupees in crore and lakh, '₹12.35 करोड़', '₹45 लाख'; dollars
in millions, '$25 मिलियन', '$1.25 बिलियन'; the amounts in the edition's rupees on about half the
titles, exact at that precision), 'भाषा' and 'वितरक' rows (no record key); 'कलाकार'; the trailer; a
series' episodes; the lists widget with counts and a ticket price in rupees (traps); 'समीक्षाएँ';
'मिलती-जुलती फ़िल्में'; a JSON-LD on some pages. '1,234 वोट' beside '12,345 लोग देखना चाहते हैं' (a trap;
counts in Indian grouping, '1,23,456'). No tagline, audience text or streaming block.)

Each varies its markup per page: the facts in one of three markups, two of them the edition's own
(class names transliterated from its language: bayanat-film, jadwal-maalumat, pratei-seret,
reshimat-netunim, moshakhasat-film, jadval-etelaat, sakuhin-joho, kihon-deta, yingpian-ziliao,
jiben-xinxi, yeonghwa-jeongbo, sangse-jeongbo, khomun-phapphayon, raikan-khomun, film-vivaran,
jankari-suchi; each block marked data-edition-facts), the third an earlier set's (a definition list,
key-value rows, CSS captions, dot leaders, stat tiles, Turbo frames, sprite icon rows); the meta
line under the <h1> on half the pages; the facts folded under a button on some; the blocks in one of
three orders; a JSON-LD on some pages.

Distractors on every design: the crew in other jobs (music, producer, the cinematographer; Korean
'제작' (the producers) beside the studio's '제작사', Hebrew 'מפיק' beside 'חברת הפקה'); a later date
(a TV, streaming or OTT premiere) beside the release; rows with no record key (distributor,
language, an original title shown as a dash); a watch-list widget's lists with member counts and a
ticket price in the market's money; a want-to-see counter beside the votes; the episodes of a series
with their own runtimes, air dates and directors; reviews quoting other numbers (the shared
skeleton's comments, in English as a community's reviews may be); a rail of other titles with their
own years, certificates and runtimes.

Money is shown by five editions, each its own way: Japanese '2,500万米ドル', '12億5,000万米ドル',
'1億2,345万6,789円' and Chinese '2,500萬美元' (myriads: 万/萬 ten thousand, 億 a hundred million,
the currency named after, exact to the unit), Korean '2,500만 달러', '12억 5,000만 달러' (the same
in Hangul, spaced), Thai '25 ล้านดอลลาร์สหรัฐ', '1,250 ล้านดอลลาร์สหรัฐ' (millions, exact; in full below a
million), Hindi '₹12.35 करोड़', '₹45 लाख' (rupees in crore and lakh, the edition's own money on about
half the titles, exact at that precision) and '$25 मिलियन', '$1.25 बिलियन' (dollars in millions and
billions). The Arabic, Hebrew and Persian editions show no money.

How it was kept blind: written from the record spec and the writer's knowledge of these languages'
conventions, never looking at marquee/, docs/, the benchmarks or the parser's tests; the page
skeleton, furniture and facts markups reuse tests/heldout_sites64's common.py (itself from
tests/heldout_sites16, 18, 38, 42, 44, 48 and 60), with the sixteen new markups added and each
edition's digits for the plain numbers (year, seasons, a rail's year).

What a careful reader of these pages reads, where the spec leaves room: a certificate as shown
('PG13', 'מותר מגיל 12', 'بالای ۱۳ سال' in Persian digits, 'PG12', '輔12級', '15세이상관람가',
'น13+', 'UA 13+'). Numbers in Eastern Arabic or Persian digits as the numbers they are ('١٩٩٥',
'۱۹۹۵' is 1995; '۱٬۲۳۴' is 1,234). Genres and countries as the page names them ('دراما', 'ארצות
הברית', 'アメリカ', '美國', '미국', 'สหรัฐอเมริกา', 'अमेरिका'). Dates: Arabic and Hebrew day first ('٢٧
أكتوبر ١٩٩٥', '27 באוקטובר 1995', '27.10.1995'); Persian the Gregorian date with its Persian month
name, or numeric year first ('۱۹۹۵/۱۰/۲۷'); Japanese, Chinese and Korean year first
('1995年10月27日', '1995-10-27', '1995.10.27.'); Thai long dates in the Buddhist era, marked 'พ.ศ.'
('27 ตุลาคม พ.ศ. 2538' is 27 October 1995), numeric dates and the year row in the Christian era;
Hindi day first ('27-10-1995'). Runtime in hours and minutes in the language's words ('١ ساعة و٥١
دقيقة', 'שעה ו-51 דקות', 'שעתיים', '1時間51分', '1小時51分', '1시간 51분', '1 ชั่วโมง 51 นาที', '1 घंटा
51 मिनट') or minutes alone; a series' runtime is per episode. Votes: the count beside the rating
('1,234件の評価', '1,23,456 वोट' in Indian grouping), not the want-to-see counter or the lists'
member counts.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import (
    Title,
    expected,
    fix_dates,
    new_title,
    other_titles,
    person,
)
from tests.heldout_sites2.site import Context, Design, Episode, SitePage, episodes, reviews
from tests.heldout_sites67 import (
    reelguide_arabic,
    reelguide_chinese,
    reelguide_hebrew,
    reelguide_hindi,
    reelguide_japanese,
    reelguide_korean,
    reelguide_persian,
    reelguide_thai,
)
from tests.heldout_sites67.common import own_url

_MODULES = (
    reelguide_arabic,
    reelguide_hebrew,
    reelguide_persian,
    reelguide_japanese,
    reelguide_chinese,
    reelguide_korean,
    reelguide_thai,
    reelguide_hindi,
)
HOSTS: dict[str, str] = {m.NAME: m.HOST for m in _MODULES}
_DESIGNS = {m.NAME: Design(m.NAME, m.fit, m.render) for m in _MODULES}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    m.NAME: m.SITE.hidden | ({"studios_total"} if "studios" in m.SITE.hidden else set())
    for m in _MODULES
}
SPEC_KEYS = (
    "source_id",
    "kind",
    "title",
    "tagline",
    "synopsis",
    "audience_summary",
    "release_date",
    "release_year",
    "runtime_minutes",
    "content_rating",
    "user_rating_count",
    "genres",
    "countries",
    "studios",
    "studios_total",
    "budget",
    "box_office",
    "imdb_id",
    "trailer_url",
    "seasons",
    "streaming",
    "directors",
    "writers",
    "cast",
)

__all__ = ["DESIGNS", "HOSTS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites67:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows (a null count or runtime matches no rail's),
    and that an episode's director is never one of the title's own (a trap, not a credit)."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    eps = [_own_director(rng, title, e) for e in episodes(rng, title)]
    ctx = Context(title, others, reviews(rng, title), eps)
    return SitePage(
        own_url(HOSTS[design.name], title),
        design.render(title, ctx),
        expected(title),
        design.name,
        tuple(expected(o) for o in others),
    )


def _unlike_any_rail(t: Title) -> Title:
    return replace(
        t,
        rating="(none)" if t.rating is None else t.rating,
        votes=-1 if t.votes is None else t.votes,
        runtime=-1 if t.runtime is None else t.runtime,
    )


def _own_director(rng: random.Random, t: Title, e: Episode) -> Episode:
    director = e.director
    while director in t.directors:
        director = person(rng)
    return replace(e, director=director)
