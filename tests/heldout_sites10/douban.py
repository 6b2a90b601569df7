# ruff: noqa: E501  (HTML templates read best on one line)
"""Douban: a movie.douban.com subject page (Chinese). The <h1> is the title in a
'v:itemreviewed' span followed by the year in its own span ('(1995)', no part of the title);
'div#info' of '<span class="pl">label</span>: value' lines ('导演', '编剧', '主演' (names only),
'类型' genres, '制片国家/地区', '语言' and '又名' (aliases) as traps, '上映日期: 1995-12-15(美国)' or a
show's '首播', '片长: 170分钟' or a show's '季数' and '单集片长', '集数' a trap, 'IMDb: tt0113277' as
plain text); the score with '12345人评价' and star shares; '剧情简介'; '在哪儿看这部剧集/电影' with
'VIP免费观看' and prices as traps; '短评' comments with their own dates and votes; '喜欢这部电影的人也喜欢'
rails; a JSON-LD Movie on most pages (Douban's own block, with its rating count). No tagline,
audience text, certificate, studios, money, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites10.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
    translate,
)

NAME = "douban"
GENRES = {"Action": "动作", "Adventure": "冒险", "Animation": "动画", "Comedy": "喜剧",
          "Crime": "犯罪", "Documentary": "纪录片", "Drama": "剧情", "Family": "家庭",
          "Fantasy": "奇幻", "History": "历史", "Horror": "恐怖", "Music": "音乐",
          "Mystery": "悬疑", "Romance": "爱情", "Science Fiction": "科幻", "Thriller": "惊悚",
          "War": "战争", "Western": "西部"}
COUNTRIES = {"United States": "美国", "United Kingdom": "英国", "France": "法国",
             "Germany": "德国", "Japan": "日本", "China": "中国大陆", "South Korea": "韩国",
             "India": "印度", "Brazil": "巴西", "Australia": "澳大利亚", "Canada": "加拿大",
             "Spain": "西班牙", "Italy": "意大利", "Mexico": "墨西哥", "Nigeria": "尼日利亚",
             "Sweden": "瑞典", "Denmark": "丹麦", "Argentina": "阿根廷", "Iran": "伊朗",
             "Poland": "波兰"}
PROSE = Prose(
    verbs=("回到了", "继承了", "寻找", "逃离了", "守护着", "失去了"),
    things=("一座被淹没的村庄", "家族的果园", "一座旧灯塔", "一座废弃的矿井", "一个边境小镇", "最后一班渡轮"),
    synopsis=("{hero}{verb}{thing}，却发现{other}也{verb2}{thing2}。《{title}》讲述了一段在漫长季节里经受考验的旧日情谊。"),
    taglines=("一切都有代价。",),
    audiences=("观众称赞演员的表演。",))


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = replace(t, tagline=None, audience=None, rating=None, studios=(), studios_shown=0,
                budget=None, box_office=None, trailer=None, streaming=None)
    return no_characters(t)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("db", rng)
    ld = _ld(t) if rng.random() < 0.7 else ""
    blocks = [_related(t, c), _where(t, c, rng), _comments(ctx, c, rng)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="zh-CN" class="ua-linux"><head><meta charset="utf-8"><title>{esc(t.title)} (豆瓣)</title>'
            f'<link rel="canonical" href="{t.url}">{css("db", t.slug, 90)}{ld}</head><body>'
            f'{cookie_banner(c("privacy"), "我们使用 Cookie 来改善您的浏览体验。继续使用即表示您同意《豆瓣隐私政策》。", "同意", "拒绝")}'
            f'{_nav(c)}<div id="wrapper"><div id="content" class="{c("content")}">{_heading(t, c)}<div class="article">{_info(t, c, rng)}{_rating(t, c)}'
            f'{"".join(blocks)}</div>{_rails(ctx, c)}</div></div>'
            f'{_footer(c)}{app_state("__DOUBAN_DATA__", ctx.others, {"ck": "x9Qa"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.writers:
        data["author"] = [{"@type": "Person", "name": w} for w in t.writers]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.genres:
        data["genre"] = list(t.genres)
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingCount": t.votes, "bestRating": "10", "worstRating": "2", "ratingValue": f"{6 + len(t.slug) % 4}.{len(t.title) % 10}"}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("影讯&购票", "选电影", "选剧集", "排行榜", "影评", "2025年度榜单")
    return (f'<div id="db-global-nav" class="{c("global-nav")}"><a href="/">豆瓣</a><a href="/read">读书</a><a href="/music">音乐</a><a href="/group">小组</a></div>'
            f'<header class="{c("nav")}"><a href="/" class="nav-logo">豆瓣电影</a><nav><ul>' + "".join(f'<li><a href="/n{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="搜索电影、电视剧、综艺、影人" aria-label="搜索"></header>')


def _heading(t: Title, c: Classes) -> str:
    year = f' <span class="year">({t.year})</span>' if t.year else ""
    return f'<h1 class="{c("h1")}"><span property="v:itemreviewed">{esc(t.title)}</span>{year}</h1>'


def _people(names: tuple[str, ...], prop: str) -> str:
    return ' / '.join(f'<a href="/celebrity/{i}/" rel="{prop}">{esc(n)}</a>' for i, n in enumerate(names))


def _info(t: Title, c: Classes, rng: random.Random) -> str:
    rows: list[tuple[str, str]] = []
    if t.directors:
        rows.append(("导演", _people(t.directors, "v:directedBy")))
    if t.writers:
        rows.append(("编剧", _people(tuple(t.writers), "")))
    if t.cast:
        rows.append(("主演", _people(tuple(p.actor for p in t.cast), "v:starring")))
    if t.genres:
        rows.append(("类型", " / ".join(f'<span property="v:genre">{esc(g)}</span>' for g in t.genres)))
    if t.countries:
        rows.append(("制片国家/地区", " / ".join(map(esc, t.countries))))
    rows.append(("语言", pick(rng, ("英语", "英语 / 西班牙语", "法语", "汉语普通话"))))
    if t.released:
        place = pick(rng, ("美国", "中国大陆", "英国", "法国"))
        shown = f"{t.released.isoformat()}({place})"
        rows.append(("首播" if t.kind == "show" else "上映日期", f'<span property="v:initialReleaseDate" content="{shown}">{shown}</span>'))
    if t.seasons:
        rows.append(("季数", str(t.seasons)))
        rows.append(("集数", str(rng.randint(6, 24))))
    if t.runtime:
        label = "单集片长" if t.kind == "show" else "片长"
        rows.append((label, f'<span property="v:runtime" content="{t.runtime}">{t.runtime}分钟</span>' if t.kind == "movie" else f"{t.runtime}分钟"))
    alias = others_people(t, rng, 1)[0].split()[1]
    rows.append(("又名", f"{esc(alias)}之夜 / {esc(t.title.upper())}"))
    if t.imdb:
        rows.append(("IMDb", t.imdb))
    body = "<br>".join(f"<span class=\"pl\">{k}</span>: <span class=\"attrs\">{v}</span>" if k in ("导演", "编剧", "主演") else f'<span class="pl">{k}:</span> {v}' for k, v in rows)
    return f'<div id="info" class="{c("info")}">{body}<br></div>'


def _rating(t: Title, c: Classes) -> str:
    if not t.votes:
        return f'<div id="interest_sectl" class="{c("rating")}"><div class="rating_sum">尚未上映</div></div>' if t.year and t.year > 2025 else f'<div id="interest_sectl" class="{c("rating")}"><div class="rating_sum">评价人数不足</div></div>'
    stars = "".join(f'<div class="item"><span>{s}星</span><span class="rating_per">{p}%</span></div>' for s, p in zip((5, 4, 3, 2, 1), (38.2, 41.0, 17.3, 2.6, 0.9), strict=True))
    return (f'<div id="interest_sectl" class="{c("rating")}"><strong class="ll rating_num" property="v:average">{6 + len(t.slug) % 4}.{len(t.title) % 10}</strong>'
            f'<div class="rating_sum"><a href="collections" class="rating_people"><span property="v:votes">{t.votes}</span>人评价</a></div>{stars}</div>')


def _related(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    what = "剧集" if t.kind == "show" else "电影"
    return f'<div class="{c("related-info")}"><h2>{esc(t.title)}的剧情简介 · · · · · ·</h2><span property="v:summary">{esc(t.synopsis)}</span></div><p>这部{what}的信息由豆瓣用户维护。</p>'


def _where(t: Title, c: Classes, rng: random.Random) -> str:
    sources = rng.sample((("腾讯视频", "VIP免费观看"), ("爱奇艺视频", "VIP免费观看"), ("优酷视频", "付费 5元"), ("咪咕视频", "免费观看")), 2)
    items = "".join(f'<li><a href="#">{s}</a> <span>{p}</span></li>' for s, p in sources)
    return f'<div class="{c("gray_ad")}"><h2>在哪儿看这部{"剧集" if t.kind == "show" else "电影"}</h2><ul>{items}</ul></div>'


def _comments(ctx: Context, c: Classes, rng: random.Random) -> str:
    items = "".join(f'<div class="comment-item"><span class="votes">{rng.randint(1, 9999)}</span> 有用 <a href="#">{esc(r.author)}</a> '
                    f'<span class="comment-time">{r.posted.isoformat()}</span><p class="comment-content">{esc(r.text)}</p></div>' for r in ctx.reviews)
    return f'<div id="comments-section" class="{c("comments")}"><h2>短评 · · · · · · (全部 {rng.randint(10, 99999)} 条)</h2>{items}</div>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<dl><dt><a href="{o.path}"><img alt="{esc(o.title)}" src="/s/{o.slug}.jpg"></a></dt><dd><a href="{o.path}">{esc(o.title)}</a> '
                    f'<span>({o.year})</span> <span>{o.runtime or 97}分钟</span> <span>{o.votes or 1}人评价</span></dd></dl>' for o in ctx.others)
    return f'<div class="aside {c("recommendations")}"><h2>喜欢这部电影的人也喜欢 · · · · · ·</h2>{cards}</div>'


def _footer(c: Classes) -> str:
    return (f'<footer id="footer" class="{c("footer")}"><span>© 2005－2026 douban.com, all rights reserved 北京豆网科技有限公司</span>'
            '<a href="/about">关于豆瓣</a><a href="/jobs">在豆瓣工作</a><a href="/ads">联系我们</a><a href="/legal">法律声明</a><a href="/help">帮助中心</a></footer>')
