# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide 繁體中文 (ReelGuide's Traditional Chinese edition for Taiwan, zh-TW): a backdrop; the
<h1> (the meta line under it on some pages); '劇情簡介'; the ticket button; the facts as data rows
('<span>Label：</span>value', a full-width colon), list items with a bold label, or stat tiles:
'導演', '編劇', '配樂', '製片', '攝影' (traps), '類型', '國家', '年份', '片長: 1小時51分' (or
'111分鐘'; a series' '（每集）'), '分級' (Taiwan's '普遍級', '保護級', '輔12級', '輔15級', '限制級'),
'季數', '上映日期: 1995年10月27日' (or '1995-10-27') beside a later '串流上架' (a trap), '出品公司',
'預算' and '票房' (in myriads: '2,500萬美元', '12億5,000萬美元', the currency named), '語言' and
'發行' rows (no record key); '演員'; the trailer; a series' episodes; the lists widget with
counts and a ticket price in NT$ (traps); '影評'; '相似作品'; a JSON-LD on some pages. '1,234 人評分'
beside '12,345 人想看' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites67.common import (
    Chrome,
    Site,
    Words,
    ages,
    episode_line,
    fit_rng,
    hide,
    myriad,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
    translate,
    widget,
)

NAME = "reelguide_chinese"
HOST = "zh-tw.reelguide.example"
BOARD = ages("普遍級", "保護級", "輔12級", "輔15級", "限制級")
GENRES = {
    "Action": "動作",
    "Adventure": "冒險",
    "Animation": "動畫",
    "Comedy": "喜劇",
    "Crime": "犯罪",
    "Documentary": "紀錄片",
    "Drama": "劇情",
    "Family": "家庭",
    "Fantasy": "奇幻",
    "History": "歷史",
    "Horror": "恐怖",
    "Music": "音樂",
    "Mystery": "懸疑",
    "Romance": "愛情",
    "Science Fiction": "科幻",
    "Thriller": "驚悚",
    "War": "戰爭",
    "Western": "西部",
}
COUNTRIES = {
    "United States": "美國",
    "United Kingdom": "英國",
    "France": "法國",
    "Germany": "德國",
    "Japan": "日本",
    "China": "中國",
    "South Korea": "南韓",
    "India": "印度",
    "Brazil": "巴西",
    "Australia": "澳洲",
    "Canada": "加拿大",
    "Spain": "西班牙",
    "Italy": "義大利",
    "Mexico": "墨西哥",
    "Nigeria": "奈及利亞",
    "Sweden": "瑞典",
    "Denmark": "丹麥",
    "Argentina": "阿根廷",
    "Iran": "伊朗",
    "Poland": "波蘭",
}
CURRENCIES = {
    "USD": "美元",
    "EUR": "歐元",
    "GBP": "英鎊",
    "JPY": "日圓",
    "CNY": "人民幣",
    "KRW": "韓圓",
    "INR": "印度盧比",
    "BRL": "巴西雷亞爾",
    "AUD": "澳幣",
    "CAD": "加幣",
    "DEM": "德國馬克",
}
PROSE = Prose(
    verbs=("回到", "繼承了", "尋找", "逃離", "守護著"),
    things=("被淹沒的村莊", "家族果園", "老燈塔", "廢棄礦坑", "邊境小鎮"),
    synopsis="{hero}{verb}{thing}，卻發現{other}也{verb2}{thing2}。《{title}》講述一段舊日情誼在漫長季節裡所受的考驗。",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "zh-TW",
    "ReelGuide 繁體中文",
    ("電影", "影集", "院線上映", "串流", "登入"),
    ("我們使用 Cookie 來記住您的設定。", "同意", "隱私權"),
    ("關於我們", "廣告合作", "聯絡我們", "隱私權政策", "使用條款"),
    "© 2026 ReelGuide 繁體中文",
    "__REELGUIDE_ZH_TW_STATE__",
)
WORDS = Words(
    {
        "director": "導演",
        "writer": "編劇",
        "music": "配樂",
        "producer": "製片",
        "camera": "攝影",
        "genre": "類型",
        "country": "國家",
        "year": "年份",
        "runtime": "片長",
        "rating": "分級",
        "seasons": "季數",
        "released": "上映日期",
        "studio": "出品公司",
        "budget": "預算",
        "box_office": "票房",
    },
    {
        "about": "劇情簡介",
        "details": "電影資訊",
        "cast": "演員",
        "trailer": "預告片",
        "episodes": "分集",
        "reviews": "影評",
        "no_reviews": "目前還沒有影評。",
        "rail": "相似作品",
    },
)


def date_(d: date, long: bool) -> str:
    """'1995年10月27日' or '1995-10-27'."""
    if long:
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def running(n: int, long: bool) -> str:
    """'1小時51分', '2小時' or '111分鐘'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big}小時" + (f"{small}分" if small else "")
    return f"{n}分鐘"


def votes(n: int) -> str:
    return f"{n:,} 人評分"


def views(n: int) -> str:
    return f"{n:,} 人想看"


def money(m: Money) -> str:
    """'2,500萬美元', '12億5,000萬美元': exact, in myriads."""
    return myriad(m.amount, "億", "萬") + CURRENCIES[m.currency]


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("語言", pick(rng, ("英語", "英語（中文字幕）"))),
            ("發行", pick(rng, ("采昌國際多媒體", "車庫娛樂", "海鵬影業"))),
        ]
    )


SITE = Site(
    NAME,
    "rgzh",
    CHROME,
    WORDS,
    date_,
    running,
    "（每集）",
    votes,
    money,
    views,
    episode_line("集數", "導演:", running, date_),
    widget("我的片單", ("正在看", "想看", "看過", "最愛"), "全票 NT$320"),
    ("reelguide_chinese-ziliao", "reelguide_chinese-xinxi", "stats"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="串流上架",
    extra_rows=_more,
    cta="線上訂票",
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
