# ruff: noqa: E501  (HTML templates read best on one line)
"""Yahootw: a Yahoo! Movies Taiwan-like page (traditional Chinese). Beside the poster a list of
full-width-colon lines ('上映日期：1995-03-12', '類　　型：' genre buttons, '片　　長：01時51分',
'導演：', '編劇：', '演員：A、B、C' names only, '製作公司：' and a '發行公司：' distributor as a
trap, 'IMDb分數：7.1'); the Taiwanese grade as an icon whose alt text names it ('輔12級') with or
without the visible word; '滿意度 4.2' over '1,234 人評分' among traps ('期待度 85%',
'2,345 人想看'); '劇情介紹'; the trailer and a rail of OTHER titles' trailers; showtimes with
ticket prices; '相關電影' rails; a JSON-LD on some deploys. No tagline, audience text, money,
countries or where-to-watch block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, grouped, json_ld, ld_type
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites6.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
)

NAME = "yahootw"
GENRES = {"Action": "動作", "Adventure": "冒險", "Animation": "動畫", "Comedy": "喜劇",
          "Crime": "犯罪", "Documentary": "紀錄片", "Drama": "劇情", "Family": "家庭",
          "Fantasy": "奇幻", "History": "歷史", "Horror": "恐怖", "Music": "音樂",
          "Mystery": "懸疑", "Romance": "愛情", "Science Fiction": "科幻", "Thriller": "驚悚",
          "War": "戰爭", "Western": "西部"}
COUNTRIES = {"United States": "美國", "United Kingdom": "英國", "France": "法國",
             "Germany": "德國", "Japan": "日本", "China": "中國", "South Korea": "南韓",
             "India": "印度", "Brazil": "巴西", "Australia": "澳洲", "Canada": "加拿大",
             "Spain": "西班牙", "Italy": "義大利", "Mexico": "墨西哥", "Nigeria": "奈及利亞",
             "Sweden": "瑞典", "Denmark": "丹麥", "Argentina": "阿根廷", "Iran": "伊朗",
             "Poland": "波蘭"}
# Taiwan's film grades for the certificates the generator draws
GRADES = {"G": "普遍級", "U": "普遍級", "TV-Y": "普遍級", "TV-G": "普遍級", "FSK 0": "普遍級",
          "PG": "保護級", "TV-PG": "保護級", "FSK 6": "保護級", "PG-13": "輔12級", "12A": "輔12級",
          "M": "輔12級", "TV-14": "輔12級", "FSK 12": "輔12級", "R": "輔15級", "15": "輔15級",
          "MA15+": "輔15級", "TV-MA": "輔15級", "FSK 16": "輔15級", "NC-17": "限制級",
          "18": "限制級", "R18+": "限制級", "FSK 18": "限制級"}
ICONS = {"普遍級": "0", "保護級": "6", "輔12級": "12", "輔15級": "15", "限制級": "18"}
PROSE = Prose(
    verbs=("回到", "繼承了", "追尋", "逃離", "守護", "失去了", "重建"),
    things=("淹沒的村莊", "家族果園", "被偷走的小提琴", "老燈塔", "瀕臨倒閉的馬戲團",
            "最後一班渡輪", "廢棄礦坑", "邊境小鎮"),
    synopsis=("{hero}{verb}{thing}，卻發現{other}也{verb2}{thing2}。《{title}》講述舊日情誼在漫長的"
              "一季中受到考驗，離開的一切都不再以原來的模樣歸來。"),
    taglines=("一切都有代價。",),
    audiences=("觀眾讚賞演技。",))


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), GRADES)
    return no_characters(replace(t, tagline=None, audience=None, budget=None, box_office=None,
                                 countries=(), streaming=None, studios_shown=len(t.studios)))


def day(d: date) -> str:
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def duration(minutes: int) -> str:
    return f"{minutes // 60:02d}時{minutes % 60:02d}分"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ym", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_story(t, c), _videos(t, ctx, c), _showtimes(t, c, rng)]
    if rng.random() < 0.5:
        blocks.reverse()
    return (f'<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{esc(t.title)} - Yahoo奇摩電影</title>'
            f'<link rel="canonical" href="{t.url}">{css("ym", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "我們使用 Cookie 來改善您的使用體驗並提供個人化廣告。", "全部接受", "管理 Cookie")}'
            f'{_nav(c)}<main class="{c("main")}">{_info(t, c, rng)}{"".join(blocks)}{_rails(ctx, c)}</main>{_footer(c)}'
            f'{app_state("__YMOVIE_STATE__", ctx.others, {"region": "tw"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.released:
        data["datePublished"] = day(t.released)
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 4.2, "bestRating": 5,
                                   "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("本週新片", "上映中", "即將上映", "台北票房榜", "全美票房榜", "預告片", "時刻表", "電影新聞")
    return (f'<header class="{c("header")}"><a href="/" class="{c("logo")}">Yahoo!奇摩電影</a><nav><ul>'
            + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="搜尋電影、影人" aria-label="搜尋"></header>')


def _rating(t: Title, rng: random.Random) -> str:
    if not t.rating:
        return ""
    icon = f'<img class="rating_icon" src="/images/rating/{ICONS[t.rating]}.png" alt="{t.rating}">'
    return f"<span>{icon}{'' if rng.random() < 0.5 else t.rating}</span>"


def _info(t: Title, c: Classes, rng: random.Random) -> str:
    lines = []
    if t.released:
        lines.append(f"上映日期：{day(t.released)}")
    elif t.year:
        lines.append(f"出品年份：{t.year}")
    if t.genres:
        lines.append("類　　型：" + "".join(f'<a class="{c("gabtn")}" href="/genre/{i}">{esc(g)}</a>' for i, g in enumerate(t.genres)))
    if t.runtime:
        lines.append(("片　　長：" if t.kind == "movie" else "每集片長：") + duration(t.runtime))
    if t.seasons:
        lines.append(f"季　　數：{t.seasons}")
    if t.studios:
        lines.append("製作公司：" + "、".join(map(esc, t.studios)))
    lines.append("發行公司：" + pick(rng, ("華納兄弟", "采昌國際多媒體", "車庫娛樂", "美商環球影片")))
    if t.imdb:
        lines.append(f'IMDb分數：<a href="https://www.imdb.com/title/{t.imdb}/">{6 + len(t.slug) % 4}.{len(t.title) % 10}</a>')
    if rng.random() < 0.5:
        lines[1:] = lines[:0:-1]
    people = []
    if t.directors:
        people.append("導演：" + "、".join(f'<a href="/name/{i}">{esc(d)}</a>' for i, d in enumerate(t.directors)))
    if t.writers:
        people.append("編劇：" + "、".join(f'<a href="/name/{20 + i}">{esc(w)}</a>' for i, w in enumerate(t.writers)))
    if t.cast:
        people.append("演員：" + "、".join(f'<a href="/name/{40 + i}">{esc(p.actor)}</a>' for i, p in enumerate(t.cast)))
    people.append("監製：" + esc(others_people(t, rng, 1)[0]))
    score = (f'<div class="{c("score")}"><span>滿意度</span><b>4.{len(t.slug) % 10}</b><span>{grouped(t.votes)} 人評分</span></div>'
             if t.votes else f'<div class="{c("score")}"><span>滿意度</span><b>-</b><span>尚無評分</span></div>')
    expect = f'<div class="{c("expect")}"><span>期待度</span><b>{60 + len(t.title) % 40}%</b><span>{grouped(len(t.slug) * 89)} 人想看</span></div>'
    return (f'<section class="{c("movie_intro_info")}"><img class="{c("poster")}" alt="" src="/poster/{t.slug}.jpg">'
            f'<div class="{c("movie_intro_info_r")}"><h1>{esc(t.title)}</h1>{_rating(t, rng)}'
            + "".join(f'<span class="{c("line")}">{x}</span>' for x in lines)
            + f'<div class="{c("people")}">' + "".join(f"<p>{p}</p>" for p in people) + f"</div>{score}{expect}</div></section>")


def _story(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("storeinfo")}"><h2>劇情介紹</h2><p>{esc(t.synopsis)}</p></section>'


def _videos(t: Title, ctx: Context, c: Classes) -> str:
    out = ""
    if t.trailer:
        out += (f'<section class="{c("trailer")}"><h2>預告片</h2><iframe title="{esc(t.title)} 正式預告" '
                f'src="https://www.youtube.com/embed/{t.trailer}"></iframe></section>')
    others = "".join(f'<li><a href="https://www.youtube.com/watch?v={o.trailer}">{esc(o.title)} 前導預告</a></li>'
                     for o in ctx.others if o.trailer)
    if others:
        out += f'<section class="{c("more-trailers")}"><h2>其他電影預告</h2><ul>{others}</ul></section>'
    return out


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show":
        return ""
    theaters = ("台北信義威秀影城", "京站威秀影城", "國賓影城@台北長春廣場", "新光影城台北獅子林", "高雄大遠百威秀影城")
    rows = "".join(f'<li><b>{x}</b> <span>{_times(rng)}</span> <span>全票 ${rng.choice((290, 310, 330, 360))}</span></li>'
                   for x in rng.sample(theaters, 3))
    return f'<section class="{c("timetable")}"><h2>時刻表</h2><ul>{rows}</ul></section>'


def _times(rng: random.Random) -> str:
    return " ".join(f"{h}:{pick(rng, ('05', '20', '40', '55'))}" for h in sorted(rng.sample(range(10, 24), 4)))


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><span>上映日期：{day(o.released) if o.released else o.year}</span>'
                    f"<span>片長：{duration(o.runtime or 97)}</span><span>{grouped(o.votes or 1)} 人評分</span></li>" for o in ctx.others)
    return f'<section class="{c("related")}"><h2>相關電影</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/privacy">隱私權政策</a><a href="/terms">服務條款</a>'
            '<a href="/cookies">Cookie 設定</a><a href="/help">說明中心</a><p>Copyright © 2026 Yahoo Taiwan. All rights reserved.</p></footer>')
