# ruff: noqa: E501  (HTML patterns read best on one line)
"""The sixty-seventh held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites67.py does)."""

from __future__ import annotations

import html
import importlib
import json
import random
import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites61
import tests.heldout_sites62
import tests.heldout_sites63
import tests.heldout_sites64
import tests.heldout_sites67
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites67 import (
    DESIGNS,
    HOSTS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    reelguide_arabic,
    reelguide_chinese,
    reelguide_hebrew,
    reelguide_hindi,
    reelguide_japanese,
    reelguide_korean,
    reelguide_persian,
    reelguide_thai,
    site_pages,
)
from tests.heldout_sites67.common import (
    DIGITS,
    NEW_STYLES,
    TEMPLATES,
    Classes,
    facts60,
    lead,
    slug,
)
from tests.test_heldout_sites64_gen import EARLIER as BEFORE_SITES64

COUNT = 30
# sites64's EARLIER stops at sites60 (sites61-64 were written alongside each other, and its
# EARLIER holds none of them): each of the four is unioned in here
EARLIER = (
    BEFORE_SITES64
    | set(tests.heldout_sites61.DESIGNS)
    | set(tests.heldout_sites62.DESIGNS)
    | set(tests.heldout_sites63.DESIGNS)
    | set(tests.heldout_sites64.DESIGNS)
)
ALONGSIDE = (65, 66)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        reelguide_arabic,
        reelguide_hebrew,
        reelguide_persian,
        reelguide_japanese,
        reelguide_chinese,
        reelguide_korean,
        reelguide_thai,
        reelguide_hindi,
    )
}
# each edition: its brand, its host, its <html lang>, its two markups, and words its facts use
# that set it apart
IDEAS = {
    "reelguide_arabic": (
        "ReelGuide العربية",
        "ar.reelguide.example",
        "ar",
        ("reelguide_arabic-bayanat", "reelguide_arabic-jadwal"),
        ("إخراج", "المدة", "التصنيف العمري", "تاريخ العرض"),
    ),
    "reelguide_hebrew": (
        "ReelGuide עברית",
        "he.reelguide.example",
        "he",
        ("reelguide_hebrew-pratim", "reelguide_hebrew-reshima"),
        ("בימוי", "אורך", "סיווג גיל", "תאריך יציאה"),
    ),
    "reelguide_persian": (
        "ReelGuide فارسی",
        "fa.reelguide.example",
        "fa",
        ("reelguide_persian-moshakhasat", "reelguide_persian-jadval"),
        ("کارگردان", "مدت زمان", "رده سنی", "تاریخ اکران"),
    ),
    "reelguide_japanese": (
        "ReelGuide 日本版",
        "ja.reelguide.example",
        "ja",
        ("reelguide_japanese-sakuhin", "reelguide_japanese-kihon"),
        ("監督", "上映時間", "映倫区分", "公開日"),
    ),
    "reelguide_chinese": (
        "ReelGuide 繁體中文",
        "zh-tw.reelguide.example",
        "zh-TW",
        ("reelguide_chinese-ziliao", "reelguide_chinese-xinxi"),
        ("導演", "片長", "分級", "上映日期"),
    ),
    "reelguide_korean": (
        "ReelGuide 한국어",
        "ko.reelguide.example",
        "ko",
        ("reelguide_korean-jeongbo", "reelguide_korean-sangse"),
        ("감독", "러닝타임", "관람등급", "개봉일"),
    ),
    "reelguide_thai": (
        "ReelGuide ไทย",
        "th.reelguide.example",
        "th",
        ("reelguide_thai-khomun", "reelguide_thai-raikan"),
        ("ผู้กำกับ", "ความยาว", "เรต", "วันเข้าฉาย"),
    ),
    "reelguide_hindi": (
        "ReelGuide हिन्दी",
        "hi.reelguide.example",
        "hi",
        ("reelguide_hindi-vivaran", "reelguide_hindi-jankari"),
        ("निर्देशक", "अवधि", "प्रमाणन", "रिलीज़ तिथि"),
    ),
}
RTL = {"reelguide_arabic", "reelguide_hebrew", "reelguide_persian"}
# a distinctive piece of each new markup, grepped for in every earlier generator
TELLS = {
    "reelguide_arabic-bayanat": "bayanat-film__qima",
    "reelguide_arabic-jadwal": "jadwal-maalumat__qima",
    "reelguide_hebrew-pratim": "pratei-seret__erech",
    "reelguide_hebrew-reshima": "reshimat-netunim__prit",
    "reelguide_persian-moshakhasat": "moshakhasat-film__meghdar",
    "reelguide_persian-jadval": "jadval-etelaat__meghdar",
    "reelguide_japanese-sakuhin": "sakuhin-joho__naiyo",
    "reelguide_japanese-kihon": "kihon-deta__atai",
    "reelguide_chinese-ziliao": "yingpian-ziliao__neirong",
    "reelguide_chinese-xinxi": "jiben-xinxi__xiang",
    "reelguide_korean-jeongbo": "yeonghwa-jeongbo__naeyong",
    "reelguide_korean-sangse": "sangse-jeongbo__gap",
    "reelguide_thai-khomun": "khomun-phapphayon__raila",
    "reelguide_thai-raikan": "raikan-khomun__rai",
    "reelguide_hindi-vivaran": "film-vivaran__maan",
    "reelguide_hindi-jankari": "jankari-suchi__bindu",
}
MARKERS = {style: f'data-edition-facts="{style}"' for style in TEMPLATES} | {
    "dl": "<dt>",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "caption": "<p data-caption=",
    "stats": 'data-layout="tiles"',
    "sprite": "/static/icons.svg#",
    "frames": "<turbo-frame ",
    "prose": 'data-facts="prose"',
    "kv": "<p><var>",
}


@cache  # every test reads the same pages a design: render them once a process
def _first_60(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 60, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 60:
        return site_pages(design, count, seed)
    return _first_60(design, 0)[:count]


def _pattern(style: str) -> re.Pattern[str]:
    item = TEMPLATES[style][1]
    out = re.escape(item)
    for hole, group in (
        ("{k}", r'(?P<k>[^<"]*?)'),
        ("{v}", r'(?P<v>[^<"]*)'),
        ("{slug}", r'[^"]*'),
    ):
        out = out.replace(re.escape(hole), group)
    return re.compile(out)


PATTERNS = {style: _pattern(style) for style in TEMPLATES}


# the earlier markups this set reuses, each read by a pattern of its own (value first in the
# tiles; the label only an svg's title in the sprite rows; the definition list by its <dt>)
EARLIER_PAIRS = {
    "kv": re.compile(r"<p><var>([^<]*)</var> <samp>([^<]*)</samp></p>"),
    "frames": re.compile(
        r'<turbo-frame id="[^"]*"><header>([^<]*)</header><div>([^<]*)</div></turbo-frame>'
    ),
    "caption": re.compile(r'<p data-caption="([^"]*)">([^<]*)</p>'),
    "leaders": re.compile(
        r'<p><span>([^<]*)</span><span aria-hidden="true">&hellip;</span><span>([^<]*)</span></p>'
    ),
    "sprite": re.compile(r'<svg title="([^"]*)"[^>]*><use [^>]*></use></svg> <span>([^<]*)</span>'),
    "dl": re.compile(r"<dt>([^<]*)</dt>\s*<dd>([^<]*)</dd>"),
}


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs in this set's markups or the two earlier ones above (None: none of
    them)."""
    for style, pattern in PATTERNS.items():
        if MARKERS[style] in markup:
            return [(m.group("k"), m.group("v")) for m in pattern.finditer(markup)]
    if MARKERS["stats"] in markup:
        return [(k, v) for v, k in re.findall(r"<li><b>([^<]*)</b><sub>([^<]*)</sub></li>", markup)]
    for style, earlier in EARLIER_PAIRS.items():
        if MARKERS[style] in markup:
            return earlier.findall(markup)
    return None


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's pairs, or
    an earlier set's markup as the forty-fourth set's test reads it."""
    if 'data-facts="prose"' in markup:  # each sentence opens with its fact's own words
        opening = lead(label) + " "
        found = []
        for hook, sentence in re.findall(r'<span data-fact="([^"]*)">([^<]*)</span>', markup):
            text = html.unescape(sentence)
            if hook == slug(label):
                assert text.startswith(opening) and text.endswith("."), text
                found.append(text[len(opening) : -1])
        return found
    pairs = _pairs(markup)
    assert pairs is not None, markup[:200]
    return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name, label or show things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(
        re.findall(r'(?:alt|title|aria-label|content|label|value|data-value)="([^"]*)"', body)
    )
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def details(page: SitePage) -> str:
    """The facts block alone (the menus, rails and episodes carry some label words too)."""
    found = re.search(r'-details-[0-9a-f]{5}">(.*?)</section>', page.html, re.S)
    assert found, page.url
    return found.group(1)


def label(design: str, key: str) -> str:
    return str(MODULES[design].SITE.words.labels[key])


def schema_blocks(page: SitePage) -> list[Any]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.html, re.S)
    return [json.loads(block) for block in found]


def strings(expected: dict[str, Any]) -> list[str]:
    found = [expected[k] for k in ("title", "synopsis", "content_rating") if expected[k]]
    for key in ("genres", "countries", "studios", "directors", "writers"):
        found += expected[key]
    for credit in expected["cast"]:
        found += [v for v in credit.values() if v]
    return found


@cache  # several tests grep the same files: read them once a process
def _earlier_source() -> str:
    earlier = checks.earlier_generators(67, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 67))
    for n in (61, 62, 63, 64):
        assert any(f"heldout_sites{n}/" in str(p) for p in earlier), n
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    assert {"lerretet", "reelguide_in", "reelguide_de", "reelguide_es"} <= EARLIER
    every: set[str] = set()
    for n in ("", *range(2, 65)):  # every earlier set's DESIGNS (sites54's EARLIER lacks sites25)
        every |= set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS)
    assert every <= EARLIER | set(importlib.import_module("tests.heldout_sites25").DESIGNS)
    assert not every & set(DESIGNS)
    for n in range(57, 65):
        assert set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS) <= EARLIER, n
    assert not EARLIER & set(DESIGNS)


def test_each_edition_is_in_its_own_language_on_its_own_host() -> None:
    assert sorted(HOSTS.values()) == sorted(h for _, h, _, _, _ in IDEAS.values())
    assert len({lang for _, _, lang, _, _ in IDEAS.values()}) == 8
    for d in DESIGNS:
        name, host, lang, _, _ = IDEAS[d]
        assert name in (MODULES[d].__doc__ or ""), d
        for page in rendered(d, 5):
            m = re.search(r'<html lang="([a-zA-Z-]+)"( dir="rtl")?>', page.html)
            assert m and m.group(1) == lang, d
            assert bool(m.group(2)) == (d in RTL), d
            assert page.url.startswith(f"https://{host}/"), page.url
            assert name in page_text(page), (d, page.url)
            assert "www.reelguide.example" not in page.html, page.url


def _uses(source: str, lang: str) -> int:
    """How many places in the earlier generators give a page this language."""
    return sum(
        len(re.findall(pattern, source))
        for pattern in (
            rf'lang=\\?"{lang}(?:-[A-Za-z]+)?\\?"',
            rf'Chrome\(\s*"{lang}(?:-[A-Za-z]+)?",',
            rf'"lang": "{lang}"',
        )
    )


def test_the_languages_are_ones_earlier_sets_used_little() -> None:
    """The theme: right-to-left and East Asian readers and others earlier sets used least.
    Hindi no earlier page used; Persian and Thai two places each, Korean three, Japanese and
    Chinese four (and Traditional Chinese for Taiwan none), Hebrew five, Arabic seven, against
    English's hundreds."""
    source = _earlier_source()
    used = {IDEAS[d][2]: _uses(source, IDEAS[d][2]) for d in DESIGNS}
    assert used.pop("hi") == 0 and used.pop("zh-TW") == 0, used
    assert all(n <= 8 for n in used.values()), used
    assert _uses(source, "en-US") > 10 * max(used.values())
    assert "right to left" in (tests.heldout_sites67.__doc__ or "")


def test_no_earlier_generator_names_these_editions() -> None:
    source = _earlier_source().lower()
    for design in DESIGNS:
        assert design not in source, design  # nor as a part of a longer word
        assert HOSTS[design] not in source, design
        assert IDEAS[design][0].lower() not in source, design


@pytest.mark.parametrize("design", DESIGNS)
def test_each_site_wears_its_own_markup_and_words(design: str) -> None:
    _, _, _, styles, words = IDEAS[design]
    assert set(styles) <= set(MODULES[design].SITE.styles), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-title-page">' in page.html, page.url


def test_the_sites_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 3, (d, other, shared)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them its own, the
    third an earlier set's."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) == 2
    pages = rendered(design, 60)
    for style in styles:
        having = sum(MARKERS[style] in details(p) for p in pages)
        assert 0 < having < len(pages), (style, having)
    assert sum(sum(MARKERS[s] in details(p) for s in styles) == 1 for p in pages) == len(pages)


def test_every_new_markup_is_used_by_one_design() -> None:
    used = [s for m in MODULES.values() for s in m.SITE.styles if s in NEW_STYLES]
    assert sorted(used) == sorted(NEW_STYLES) == sorted(TELLS) and len(used) == 16


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier_source()
    c = Classes("x", random.Random(1))
    for style, tell in TELLS.items():
        assert tell in facts60(c, style, [("Genre", "Drama")]), style
        assert tell not in source, tell
    assert "data-edition-facts=" not in source


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("監督", ["Ada Gallo", "Bruno Sato"]),
        ("上映時間", "111分"),
        ("公開年", ""),
        ("ジャンル", ["ドラマ"]),
    ]
    want = [("監督", "Ada Gallo, Bruno Sato"), ("上映時間", "111分"), ("ジャンル", "ドラマ")]
    for style in NEW_STYLES:
        out = facts60(c, style, rows)
        assert _pairs(out) == want, style
        assert "公開年" not in out, style
        assert values_after(out, "上映時間") == ["111分"], style
    table = facts60(c, "reelguide_japanese-kihon", rows)
    assert (
        '<th class="kihon-deta__midashi">上映時間</th><td class="kihon-deta__atai">111分</td>'
        in table
    )
    zh = facts60(c, "reelguide_chinese-ziliao", rows)
    assert (
        '<span class="yingpian-ziliao__biaoti">上映時間：</span><span class="yingpian-ziliao__neirong">111分</span>'
        in zh
    )


def _own_labels(design: str) -> set[str]:
    site = MODULES[design].SITE
    extra = {k for k, _ in site.extra_rows(None, random.Random(0))}
    return set(site.words.labels.values()) | {site.later} | extra


def test_every_value_sits_after_its_label_in_the_sites_markup() -> None:
    for design in DESIGNS:
        own = IDEAS[design][3]
        for page in rendered(design, COUNT):
            markup = details(page)
            if not any(MARKERS[s] in markup for s in own):
                continue
            pairs = _pairs(markup) or []
            assert pairs, page.url
            assert all(html.unescape(k) in _own_labels(design) for k, _ in pairs), page.url
            assert not any(html.unescape(v) in _own_labels(design) for _, v in pairs), page.url
            for k, v in pairs:
                at = markup.index(k)
                assert markup.index(v, at + len(k)) > at, page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 60):
        e, markup = page.expected, details(page)

        def under(key: str, want: set[str] | None) -> None:
            found = values_after(markup, label(design, key))  # noqa: B023
            if want is None:
                assert not found, (page.url, key, found)  # noqa: B023
            else:
                assert found and found[0] in want, (page.url, key, found, want)  # noqa: B023
                seen[key] = seen.get(key, 0) + 1

        suffix = site.per_episode if e["kind"] == "show" else ""
        n = e["runtime_minutes"]
        under("runtime", {site.runtime(n, long) + suffix for long in (True, False)} if n else None)
        d = date.fromisoformat(e["release_date"]) if e["release_date"] else None
        under("released", {site.date(d, long) for long in (True, False)} if d else None)
        for key, rec in (
            ("director", "directors"),
            ("writer", "writers"),
            ("genre", "genres"),
            ("country", "countries"),
            ("studio", "studios"),
        ):
            under(key, {", ".join(e[rec])} if e[rec] else None)
        rating = e["content_rating"]
        under("rating", {rating} if rating else None)
        digits = DIGITS.get(design, str)
        under("seasons", {digits(str(e["seasons"]))} if e["seasons"] else None)
        under("year", {digits(str(e["release_year"]))} if e["release_year"] else None)
        for key in ("budget", "box_office"):
            m = e[key]
            under(key, {site.money(Money(int(m["amount"]), m["currency"]))} if m else None)
        if e["user_rating_count"]:
            assert " ".join(site.votes(e["user_rating_count"]).split()) in page_text(page)
    assert all(n > 3 for n in seen.values()) and len(seen) >= 8, seen


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert reelguide_arabic.date_(d, True) == "٧ أكتوبر ١٩٩٥"
    assert reelguide_arabic.date_(d, False) == "07/10/1995"
    assert reelguide_hebrew.date_(d, True) == "7 באוקטובר 1995"
    assert reelguide_hebrew.date_(d, False) == "07.10.1995"
    assert reelguide_persian.date_(d, True) == "۷ اکتبر ۱۹۹۵"
    assert reelguide_persian.date_(d, False) == "۱۹۹۵/۱۰/۰۷"
    assert reelguide_japanese.date_(d, True) == "1995年10月7日"
    assert reelguide_japanese.date_(d, False) == "1995/10/07"
    assert reelguide_chinese.date_(d, False) == "1995-10-07"
    assert reelguide_korean.date_(d, True) == "1995년 10월 7일"
    assert reelguide_korean.date_(d, False) == "1995.10.07."
    assert reelguide_thai.date_(d, True) == "7 ตุลาคม พ.ศ. 2538"
    assert reelguide_thai.date_(d, False) == "07/10/1995"
    assert reelguide_hindi.date_(d, True) == "7 अक्टूबर 1995"
    assert reelguide_hindi.date_(d, False) == "07-10-1995"
    assert reelguide_arabic.running(111, True) == "١ ساعة و٥١ دقيقة"
    assert reelguide_arabic.running(111, False) == "111 دقيقة"
    assert reelguide_hebrew.running(111, True) == "שעה ו-51 דקות"
    assert reelguide_hebrew.running(120, True) == "שעתיים"
    assert reelguide_hebrew.running(185, True) == "3 שעות ו-5 דקות"
    assert reelguide_persian.running(111, True) == "۱ ساعت و ۵۱ دقیقه"
    assert reelguide_persian.running(111, False) == "۱۱۱ دقیقه"
    assert reelguide_japanese.running(111, True) == "1時間51分"
    assert reelguide_japanese.running(45, True) == "45分"
    assert reelguide_chinese.running(111, False) == "111分鐘"
    assert reelguide_korean.running(111, True) == "1시간 51분"
    assert reelguide_thai.running(111, True) == "1 ชั่วโมง 51 นาที"
    assert reelguide_hindi.running(111, True) == "1 घंटा 51 मिनट"
    assert reelguide_hindi.running(120, True) == "2 घंटे"
    assert reelguide_arabic.votes(1234) == "1,234 تقييم"
    assert reelguide_hebrew.votes(1) == "דירוג אחד"
    assert reelguide_persian.votes(1234) == "۱٬۲۳۴ رأی"
    assert reelguide_japanese.votes(12345) == "12,345件の評価"
    assert reelguide_hindi.votes(123456) == "1,23,456 वोट"
    assert int("۱۹۹۵") == 1995 == int("١٩٩٥")  # the digits a reader reads


def test_money_formats() -> None:
    assert reelguide_japanese.money(Money(25_000_000, "USD")) == "2,500万米ドル"
    assert reelguide_japanese.money(Money(1_250_000_000, "USD")) == "12億5,000万米ドル"
    assert reelguide_japanese.money(Money(123_456_789, "JPY")) == "1億2,345万6,789円"
    assert reelguide_japanese.money(Money(800_000, "EUR")) == "80万ユーロ"
    assert reelguide_chinese.money(Money(25_000_000, "USD")) == "2,500萬美元"
    assert reelguide_chinese.money(Money(1_250_000_000, "GBP")) == "12億5,000萬英鎊"
    assert reelguide_korean.money(Money(25_000_000, "USD")) == "2,500만 달러"
    assert reelguide_korean.money(Money(1_250_000_000, "USD")) == "12억 5,000만 달러"
    assert reelguide_korean.money(Money(123_456_789, "KRW")) == "1억 2,345만 6,789원"
    assert reelguide_thai.money(Money(25_000_000, "USD")) == "25 ล้านดอลลาร์สหรัฐ"
    assert reelguide_thai.money(Money(1_250_000_000, "USD")) == "1,250 ล้านดอลลาร์สหรัฐ"
    assert reelguide_thai.money(Money(123_456_789, "JPY")) == "123.456789 ล้านเยน"
    assert reelguide_thai.money(Money(800_000, "USD")) == "800,000 ดอลลาร์สหรัฐ"
    assert reelguide_hindi.money(Money(123_500_000, "INR")) == "₹12.35 करोड़"
    assert reelguide_hindi.money(Money(4_500_000, "INR")) == "₹45 लाख"
    assert reelguide_hindi.money(Money(12_000_000_000, "INR")) == "₹1,200 करोड़"
    assert reelguide_hindi.money(Money(25_000_000, "USD")) == "$25 मिलियन"
    assert reelguide_hindi.money(Money(1_250_000_000, "USD")) == "$1.25 बिलियन"
    assert reelguide_hindi.money(Money(800_000, "USD")) == "$800,000"
    for design in ("reelguide_arabic", "reelguide_hebrew", "reelguide_persian"):
        assert {"budget", "box_office"} <= NOT_SHOWN[design]
    for page in rendered("reelguide_hindi", 60):
        for key in ("budget", "box_office"):
            m = page.expected[key]
            assert not m or m["currency"] in ("INR", "USD"), page.url


@pytest.mark.parametrize(
    "design",
    (
        "reelguide_japanese",
        "reelguide_chinese",
        "reelguide_korean",
        "reelguide_thai",
        "reelguide_hindi",
    ),
)
def test_money_is_on_some_pages(design: str) -> None:
    pages = rendered(design, 60)
    assert sum(bool(p.expected["budget"]) for p in pages) > 5
    assert sum(bool(p.expected["box_office"]) for p in pages) > 5


BOARDS = {
    "reelguide_arabic": {"G", "PG", "PG13", "15+", "18+"},
    "reelguide_hebrew": {"מותר לכל הגילאים", "מותר מגיל 12", "מותר מגיל 16", "מותר מגיל 18"},
    "reelguide_persian": {
        "مناسب همه سنین",
        "بالای ۷ سال",
        "بالای ۱۳ سال",
        "بالای ۱۷ سال",
        "بالای ۱۸ سال",
    },
    "reelguide_japanese": {"G", "PG12", "R15+", "R18+"},
    "reelguide_chinese": {"普遍級", "保護級", "輔12級", "輔15級", "限制級"},
    "reelguide_korean": {"전체관람가", "12세이상관람가", "15세이상관람가", "청소년관람불가"},
    "reelguide_thai": {"ท", "น13+", "น18+", "ฉ20-"},
    "reelguide_hindi": {"U", "UA 7+", "UA 13+", "UA 16+", "A"},
}


def test_certificates_are_the_sites_own_boards() -> None:
    assert set(BOARDS) == set(DESIGNS)
    for design in DESIGNS:
        assert set(MODULES[design].BOARD.values()) == BOARDS[design], design
        seen = {p.expected["content_rating"] for p in rendered(design, 60)} - {None}
        assert seen <= BOARDS[design] and len(seen) >= 3, (design, seen)


def test_genres_and_countries_are_in_the_sites_language() -> None:
    for design in DESIGNS:
        m = MODULES[design]
        for page in rendered(design, COUNT):
            assert set(page.expected["genres"]) <= set(m.GENRES.values()), page.url
            assert set(page.expected["countries"]) <= set(m.COUNTRIES.values()), page.url
    assert reelguide_chinese.COUNTRIES["United States"] == "美國"
    assert reelguide_persian.COUNTRIES["United States"] == "آمریکا"


@pytest.mark.parametrize("design", DESIGNS)
def test_a_later_date_under_the_trap_label_is_after_the_release(design: str) -> None:
    site = MODULES[design].SITE
    later = 0
    for page in rendered(design, 60):
        found = values_after(details(page), site.later)
        released = page.expected["release_date"]
        if not released:
            assert not found, page.url
            continue
        d = date.fromisoformat(released)
        for value in found:
            dates = {
                site.date(d.fromordinal(d.toordinal() + k), long)
                for k in range(7, 401)
                for long in (True, False)
            }
            assert value in dates, (page.url, value)
            later += 1
    assert later > 5


@pytest.mark.parametrize("design", DESIGNS)
def test_crew_in_other_jobs_is_never_a_director_writer_or_actor(design: str) -> None:
    traps = [label(design, k) for k in ("music", "producer", "camera")]
    for page in rendered(design, COUNT):
        found = [v for t in traps for v in values_after(details(page), t)]
        assert len(found) == 3, (page.url, found)
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
            assert name not in [c["actor"] for c in e["cast"]], (page.url, name)


def test_the_producers_are_not_the_studio() -> None:
    """Korean '제작' (the producers) beside '제작사' (the studio), Hebrew 'מפיק' beside 'חברת
    הפקה': the studio is the second's value alone."""
    for design, person, firm in (
        ("reelguide_korean", "제작", "제작사"),
        ("reelguide_hebrew", "מפיק", "חברת הפקה"),
    ):
        assert (label(design, "producer"), label(design, "studio")) == (person, firm)
        for page in rendered(design, COUNT):
            studios = page.expected["studios"]
            assert values_after(details(page), firm) == ([", ".join(studios)] if studios else [])
            assert not set(values_after(details(page), person)) & set(studios), page.url


def test_persian_pages_write_every_fact_in_persian_digits() -> None:
    for page in rendered("reelguide_persian", COUNT):
        for _, value in _pairs(details(page)) or []:
            assert not re.search(r"[0-9]", html.unescape(value)), (page.url, value)
        if page.expected["user_rating_count"]:
            assert reelguide_persian.votes(page.expected["user_rating_count"]) in page_text(page)


def test_thai_release_dates_in_the_buddhist_era_say_so() -> None:
    seen = 0
    for page in rendered("reelguide_thai", 60):
        for value in values_after(details(page), "วันเข้าฉาย"):
            if "พ.ศ." in value:
                year = int(value.rsplit(" ", 1)[1])
                assert year - 543 == page.expected["release_year"], page.url
                seen += 1
    assert seen > 5


@pytest.mark.parametrize("design", DESIGNS)
def test_episodes_carry_their_own_directors(design: str) -> None:
    shows = [p for p in rendered(design, 60) if p.expected["kind"] == "show"]
    episodic = [p for p in shows if "-episode-" in p.html]
    assert episodic
    for page in episodic:
        names = re.findall(r"</p><p>[^<]*?: ([^<]+?)</p>", page.html)
        assert names, page.url
        assert not {html.unescape(n) for n in names} & set(page.expected["directors"]), page.url


def test_view_counters_are_not_the_votes() -> None:
    for design in DESIGNS:
        seen = 0
        for page in rendered(design, COUNT):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views, (design, page.url)
            assert views.group(1) == html.escape(
                MODULES[design].SITE.views(int(re.sub(r"\D", "", html.unescape(views.group(1)))))
            )
            count = int(re.sub(r"\D", "", html.unescape(views.group(1))))
            assert count != page.expected["user_rating_count"]
            seen += page.expected["user_rating_count"] is not None
        assert seen > 10, design


def test_the_lists_widget_counts_members_and_its_price_is_no_money() -> None:
    for design in DESIGNS:
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            block = re.search(r'<ul role="radiogroup">(.*?)</aside>', page.html, re.S)
            assert block and len(re.findall(r"data-list=", block.group(1))) == 4, page.url
            e = page.expected
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert html.escape(
                    site.money(Money(int(m["amount"]), m["currency"]))
                ) not in block.group(1)


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in p.html]
        assert 0 < len(folded) < len(pages), design


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_weigh_what_real_pages_weigh(design: str) -> None:
    for page in rendered(design, 10):
        assert 40_000 <= len(page.html.encode("utf-8")) <= 90_000, (page.url, len(page.html))
        prefix = MODULES[design].SITE.prefix
        config = re.search(
            rf'<script type="application/json" id="{prefix}-config">(.*?)</script>', page.html
        )
        assert config and f'<style id="{prefix}-design-system">' in page.html, page.url
        assert page.expected["title"] not in config.group(1), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_deterministic_per_seed(design: str) -> None:
    checks.deterministic_per_seed(lambda seed: site_pages(design, 5, seed=seed))


@pytest.mark.parametrize("design", DESIGNS)
def test_markup_varies_from_page_to_page(design: str) -> None:
    checks.markup_varies_from_page_to_page(rendered(design, 12, seed=2))


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_has_the_spec_keys_and_source_id(design: str) -> None:
    host = HOSTS[design]
    for page in rendered(design, COUNT):
        assert tuple(page.expected) == tuple(SPEC_KEYS)
        assert page.design == design
        kind, slug = page.expected["source_id"].split("/")
        assert page.url == f"https://{host}/{kind}/{slug}"
        assert kind == page.expected["kind"] in ("movie", "show")
        assert (page.expected["seasons"] is not None) == (kind == "show")
        assert f'<link rel="canonical" href="{page.url}">' in page.html


@pytest.mark.parametrize("design", DESIGNS)
def test_every_expected_string_is_on_the_page(design: str) -> None:
    checks.expected_strings_on_the_page(
        rendered(design, COUNT), page_text, lambda p: strings(p.expected)
    )


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_values_follow_the_spec(design: str) -> None:
    checks.expected_values_follow_the_spec(rendered(design, COUNT))


@pytest.mark.parametrize("design", DESIGNS)
def test_fields_are_absent_on_some_titles_and_present_on_others(design: str) -> None:
    checks.fields_absent_on_some_and_present_on_others(
        rendered(design, 60), SPEC_KEYS, NOT_SHOWN[design]
    )


def test_designs_differ() -> None:
    checks.designs_differ({d: rendered(d, 1, seed=0)[0] for d in DESIGNS})


@pytest.mark.parametrize("design", DESIGNS)
def test_rail_titles_values_differ_from_the_titles_own(design: str) -> None:
    checks.rail_values_differ(rendered(design, COUNT), page_text, nulls_may_match=True)


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_have_real_size_furniture(design: str) -> None:
    checks.real_size_furniture(rendered(design, 10), ("window.__",))


def test_schema_org_is_on_some_pages_of_every_design() -> None:
    share = {d: sum(bool(schema_blocks(p)) for p in rendered(d, 30)) for d in DESIGNS}
    assert all(0 < n < 30 for n in share.values()), share


@pytest.mark.parametrize("design", DESIGNS)
def test_schema_org_says_only_what_the_record_says(design: str) -> None:
    for page in rendered(design, COUNT):
        e = page.expected
        for block in schema_blocks(page):
            assert block["name"] == e["title"] and block["url"] == page.url
            for key, rec in (("director", "directors"), ("author", "writers")):
                if key in block:
                    assert [p["name"] for p in block[key]] == e[rec]
            assert block.get("genre", e["genres"]) == e["genres"]
            assert block.get("contentRating", e["content_rating"]) == e["content_rating"]
            assert block.get("datePublished", e["release_date"]) == e["release_date"]
            assert block.get("numberOfSeasons", e["seasons"]) == e["seasons"]
            if "aggregateRating" in block:
                assert block["aggregateRating"]["ratingCount"] == e["user_rating_count"]
