# ruff: noqa: E501  (HTML templates read best on one line)
"""Maoyan: a maoyan.com film page (Chinese). The banner's 'movie-brief-container' holds the
<h1 class="name"> and three 'ellipsis' lines: genres ('剧情,爱情'), 'countries / 111分钟' and
'1995-10-27中国大陆上映' (or the year alone, '1995中国大陆上映'); a show's '共5季' and '单集45分钟';
'用户评分' with '12345人评分' (in full digits) and '12345人想看' as a trap; tabs '介绍' ('剧情简介'),
'演职人员' groups ('导演', '演员' cards with '饰：character' on some deploys, '编剧', '制片人' and
'摄影' as traps), '出品发行' ('出品' studios, '发行' distributors a trap), '奖项' nominations,
'热门短评' comments with their own dates and scores, '相关电影' with other films' box office in
亿 (a trap). No JSON-LD, tagline, audience text, certificate, money, IMDb link, trailer or
streaming block."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import app_state, css, esc
from tests.heldout_sites2.records import Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites10.douban import COUNTRIES, GENRES, PROSE
from tests.heldout_sites11.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    translate,
)

NAME = "maoyan"


def _year_only(t: Title) -> bool:
    return fit_rng(NAME, t, "year-only").random() < 0.25


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = replace(t, tagline=None, audience=None, rating=None, studios_shown=len(t.studios),
                budget=None, box_office=None, imdb=None, trailer=None, streaming=None)
    if _year_only(t):
        t = replace(t, released=None)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("my", rng)
    tabs = [_intro(t, c), _crew(t, c, rng), _companies(t, c, rng), _awards(c, rng), _comments(ctx, c)]
    if rng.random() < 0.5:
        tabs[2], tabs[3] = tabs[3], tabs[2]
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(t.title)} - 猫眼电影 - 一网打尽好电影</title>'
            f'<link rel="canonical" href="{t.url}">{css("my", t.slug, 95)}</head><body>'
            f'{cookie_banner(c("privacy"), "猫眼电影使用Cookie以提升您的浏览体验，继续访问即表示同意《猫眼隐私政策》。", "同意", "不同意")}'
            f'{_nav(c)}<div class="banner {c("banner")}">{_brief(t, c, rng)}</div><div class="main-content {c("main")}"><div class="tab-container">{"".join(tabs)}</div>{_related(ctx, c, rng)}</div>'
            f'{_footer(c)}{app_state("__MAOYAN_STATE__", ctx.others, {"ci": 1})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("首页", "电影", "演出", "榜单", "热点", "商城")
    return (f'<header class="header {c("header")}"><a href="/" class="logo">猫眼电影</a><nav><ul>' + "".join(f'<li><a href="/n{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="text" placeholder="找影视剧、影人、影院" aria-label="搜索"><a href="/app">下载APP</a></header>')


def _brief(t: Title, c: Classes, rng: random.Random) -> str:
    lines = []
    if t.genres:
        lines.append(",".join(f'<a class="text-link" href="/films?catId={i}">{esc(g)}</a>' for i, g in enumerate(t.genres)))
    place = ",".join(map(esc, t.countries))
    if t.runtime:
        length = f"{'单集' if t.kind == 'show' else ''}{t.runtime}分钟"
        place = f"{place} / {length}" if place else length
    if place:
        lines.append(place)
    if t.released:
        lines.append(f"{t.released.isoformat()}{pick(rng, ('中国大陆上映', '美国上映', '中国大陆上映', '日本上映'))}")
    elif t.year:
        lines.append(f"{t.year}{'开播' if t.kind == 'show' else '中国大陆上映'}")
    if t.seasons:
        lines.append(f"共{t.seasons}季")
    items = "".join(f'<li class="ellipsis">{x}</li>' for x in lines)
    return (f'<div class="movie-brief-container {c("brief")}"><h1 class="name">{esc(t.title)}</h1><ul>{items}</ul></div>'
            f'<div class="movie-stats-container {c("stats")}">{_score(t, c, rng)}</div>')


def _score(t: Title, c: Classes, rng: random.Random) -> str:
    want = f'<div class="{c("wish")}"><span>{(t.votes or 0) * 3 + rng.randint(11, 999)}</span>人想看</div>'
    if not t.votes:
        return f'<div class="{c("score")}"><p class="info-title">用户评分</p><p>暂无评分</p></div>{want}'
    return (f'<div class="{c("score")}"><p class="info-title">用户评分</p><span class="index-left info-num"><span class="stonefont">{6 + len(t.slug) % 4}.{len(t.title) % 10}</span></span>'
            f'<div class="index-right"><span class="score-num"><span class="stonefont">{t.votes}</span>人评分</span></div></div>{want}')


def _intro(t: Title, c: Classes) -> str:
    body = f'<span class="dra">{esc(t.synopsis)}</span>' if t.synopsis else '<span class="dra">暂无简介</span>'
    return f'<div class="tab-desc tab-content {c("desc")}"><div class="module"><div class="mod-title"><h3>剧情简介</h3></div><div class="mod-content">{body}</div></div></div>'


def _group(c: Classes, label: str, cards: list[tuple[str, str]]) -> str:
    items = "".join(f'<li class="celebrity {c("celebrity")}"><div class="info"><a href="/films/celebrity/{i}" class="name">{esc(n)}</a>{f"<span class={chr(34)}role{chr(34)}>{esc(r)}</span>" if r else ""}</div></li>' for i, (n, r) in enumerate(cards))
    return f'<div class="celebrity-group"><div class="celebrity-type">{label}<span class="num">（{len(cards)}）</span></div><ul class="celebrity-list">{items}</ul></div>'


def _crew(t: Title, c: Classes, rng: random.Random) -> str:
    groups = []
    if t.directors:
        groups.append(_group(c, "导演", [(d, "") for d in t.directors]))
    if t.cast:
        groups.append(_group(c, "演员", [(p.actor, f"饰：{p.character}" if p.character else "") for p in t.cast]))
    if t.writers:
        groups.append(_group(c, "编剧", [(w, "") for w in t.writers]))
    extra = others_people(t, rng, 2)
    groups.append(_group(c, "制片人", [(extra[0], "")]))
    if rng.random() < 0.6:
        groups.append(_group(c, "摄影", [(extra[1], "")]))
    return f'<div class="tab-celebrity tab-content {c("celebrities")}"><h3>演职人员</h3>{"".join(groups)}</div>'


def _companies(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    if t.studios:
        rows.append(("出品", t.studios))
    rows.append(("发行", (pick(rng, ("华夏电影发行有限责任公司", "中国电影股份有限公司", "博纳影业集团")),)))
    body = "".join(f'<div class="{c("company")}"><h4>{k}</h4><ul>' + "".join(f"<li>{esc(x)}</li>" for x in v) + "</ul></div>" for k, v in rows)
    return f'<div class="tab-company tab-content">{body}</div>'


def _awards(c: Classes, rng: random.Random) -> str:
    fest = pick(rng, ("第78届戛纳电影节", "第96届奥斯卡金像奖", "第60届金马奖"))
    return f'<div class="tab-award tab-content {c("award")}"><h3>奖项</h3><ul><li>{fest} 提名 {rng.randint(1, 4)}项</li></ul></div>'


def _comments(ctx: Context, c: Classes) -> str:
    items = "".join(f'<li class="comment-container"><span class="user-name">{esc(r.author)}</span><span class="time" title="{r.posted.isoformat()}">{r.posted.month}月{r.posted.day}日</span>'
                    f'<span class="score">{r.score}分</span><div class="comment-content">{esc(r.text)}</div></li>' for r in ctx.reviews)
    return f'<div class="tab-comment tab-content {c("comments")}"><h3>热门短评</h3><ul>{items or "<li>暂无短评</li>"}</ul></div>'


def _related(ctx: Context, c: Classes, rng: random.Random) -> str:
    cards = "".join(f'<dd><a href="{o.path}" title="{esc(o.title)}"><div class="movie-title">{esc(o.title)}</div></a><div>{o.year} · {o.runtime or 97}分钟</div>'
                    f'<div class="{c("bo")}">票房：{rng.randint(1, 40) / 10}亿</div><div>{o.votes}人评分</div></dd>' for o in ctx.others)
    return f'<div class="related {c("related")}"><h3>相关电影</h3><dl class="movie-list">{cards}</dl></div>'


def _footer(c: Classes) -> str:
    links = ("关于猫眼", "商务合作", "廉政邮箱", "隐私政策", "用户协议", "联系我们")
    return (f'<footer class="footer {c("footer")}"><p>' + " | ".join(f'<a href="/f{i}">{x}</a>' for i, x in enumerate(links))
            + "</p><p>©2026 猫眼电影 maoyan.com 京ICP证160733号</p></footer>")
