# ruff: noqa: E501  (HTML templates read best on one line)
"""Iqiyi: an iQIYI (iq.com / iqiyi.com) film or drama page (Chinese). The <h1> (a logo image
with the title as alt on some pages); a tag row '2026 · 中国大陆 · 剧情 / 爱情'; '导演：', '编剧：',
'主演：' names only; '上映时间：1995-10-27'; '片长：111分钟' (a drama's '每集45分钟' and '共5季',
'更新至第12集'); '评分 8.1' with '(12345人评分)'; an episode grid with each episode's own length
and date; 'VIP会员 ¥25/月' offers and '热播榜' rails of other titles; a JSON-LD Movie on some pages.
No tagline, audience text, certificate, studios, money, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import esc
from tests.heldout_sites2.records import Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites10.douban import COUNTRIES, GENRES, PROSE
from tests.heldout_sites13.common import (
    Chrome,
    Classes,
    comments,
    episodes_block,
    look,
    no_characters,
    page,
    rail,
    schema,
    translate,
)

NAME = "iqiyi"
CHROME = Chrome("zh-CN", "爱奇艺", ("首页", "电视剧", "电影", "综艺", "动漫", "纪录片", "VIP会员"),
                ("我们使用Cookie来改善您的体验。", "接受", "设置"),
                ("关于我们", "帮助中心", "用户协议", "隐私政策", "广告合作"), "© 2026 爱奇艺 iQIYI", "__IQIYI__")


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = replace(t, tagline=None, audience=None, rating=None, studios=(), studios_shown=0,
                budget=None, box_office=None, imdb=None, trailer=None, streaming=None)
    return no_characters(t)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("iq", rng)
    ld = schema(t, ("director", "author", "actor", "datePublished", "aggregateRating")) if rng.random() < 0.4 else ""
    blocks = [_intro(t, c, rng), episodes_block(ctx, c, "选集", _episode), _vip(c, rng),
              comments(ctx, c, "热门评论", "暂无评论")]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, pick_head(rng), _line)
    return page(t, ctx, c, CHROME, ld, main)


def pick_head(rng: random.Random) -> str:
    return ("热播榜", "猜你喜欢", "相关推荐")[rng.randrange(3)]


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97}分钟 · ({o.votes}人评分)"


def _episode(e: Episode) -> str:
    return f"<p>第{e.number}集 · {e.minutes}分钟 · {e.aired.isoformat()}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    logo = rng.random() < 0.3
    inner = f'<img src="/logo/{t.slug}.png" alt="{esc(t.title)}">' if logo else esc(t.title)
    tags = ([str(t.year)] if t.year else []) + list(t.countries) + ([" / ".join(t.genres)] if t.genres else [])
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{inner}</h1><div class="{c("tags")}">{esc(" · ".join(tags))}</div>'
    if t.votes:
        out += f'<div class="{c("score")}"><span>评分</span> <b>{6 + len(t.slug) % 4}.{len(t.title) % 10}</b> <span>({t.votes}人评分)</span></div>'
    return out + "</section>"


def _intro(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [("导演", " / ".join(t.directors)), ("编剧", " / ".join(t.writers)),
            ("主演", " / ".join(p.actor for p in t.cast)),
            ("上映时间", t.released.isoformat() if t.released else "")]
    if t.kind == "movie":
        rows.append(("片长", f"{t.runtime}分钟" if t.runtime else ""))
    else:
        rows += [("每集", f"{t.runtime}分钟" if t.runtime else ""), ("季数", f"共{t.seasons}季"),
                 ("更新", f"更新至第{rng.randint(3, 40)}集")]
    body = "".join(f'<p class="{c("row")}"><span>{k}：</span>{esc(v)}</p>' for k, v in rows if v)
    plot = f'<p class="{c("desc")}"><span>简介：</span>{esc(t.synopsis)}</p>' if t.synopsis else ""
    return f'<section class="{c("intro")}">{body}{plot}</section>'


def _vip(c: Classes, rng: random.Random) -> str:
    price = rng.choice((19, 25, 30))
    return f'<aside class="{c("vip")}"><h2>开通VIP会员</h2><p>连续包月 ¥{price}/月 · 首月¥{price - 10}</p><button>立即开通</button></aside>'
