# ruff: noqa: E501  (HTML templates read best on one line)
"""Yingping: a Douban-like Chinese page. The <h1> holds the title span and a '(1995)' year
span; the facts are one #info block of '<span class="pl">导演</span>: value<br>' lines with
' / '-separated values, RDFa-style property attributes on some of them ('v:runtime' with a
content attribute), '1995-03-12(美国)' dates, '111分钟', '12400人评价', '¥' for yuan and yen,
'A / B 等5家' for studios; the IMDb id as plain text on some deploys; a short synopsis with
the full text in a hidden span; a celebrities list whose actor roles read '演员 (饰 Character)';
a partial JSON-LD on some deploys."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, grouped, json_ld, ld_type
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites3.common import Classes, look

NAME = "yingping"
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
# yuan and yen share '¥' (the spec reads it by the title's countries)
SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "KRW": "₩", "INR": "₹",
         "BRL": "R$", "AUD": "A$", "CAD": "CA$", "DEM": "DM "}
PROSE = Prose(
    verbs=("回到", "继承了", "寻找", "逃离", "爱上了", "揭开了", "守护着", "失去了", "重建"),
    things=("一座被淹没的村庄", "家里的果园", "一把被偷的小提琴", "一座旧灯塔", "一个濒临倒闭的马戏团",
            "最后一班渡轮", "一座沉默的电台", "一座被遗忘的矿山"),
    synopsis=("{hero}{verb}{thing}，却发现{other}也{verb2}{thing2}。在《{title}》里，旧日的情谊"
              "在一个漫长的季节中经受考验，离开的一切都不再以原来的样子回来。"),
    taglines=("一切都有代价。", "有些门永远关着。", "潮水总会回来。", "一个夏天，一次机会。"),
    audiences=("观众称赞演员的表演和摄影，结局评价两极，但演员阵容撑起了整个故事。",
               "不少观众觉得节奏偏慢，却后劲十足，配乐尤其动人。"))


def fit(t: Title) -> Title:
    t = localize(t, PROSE)
    return replace(t, genres=tuple(GENRES[g] for g in t.genres),
                   countries=tuple(COUNTRIES[c] for c in t.countries))


def money(m: Money) -> str:
    return f"{SIGNS.get(m.currency, m.currency + ' ')}{grouped(m.amount)}"


def released(t: Title) -> str:
    place = f"({t.countries[0]})" if t.countries else ""
    return f"{t.released.isoformat() if t.released else t.year}{place}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("yp", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    year = f' <span class="year">({t.year})</span>' if t.year else ""
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} (影评网)</title><link rel=\"canonical\" href=\"{t.url}\">"
            f"{css('yp', t.slug, 70)}{ld}</head><body>{_nav(c)}<div id=\"wrapper\">"
            f'<h1><span property="v:itemreviewed">{esc(t.title)}</span>'
            f"{year}</h1>"
            f'<div id="content" class="{c("grid")}"><div class="article">'
            f"{_info(t, c, rng)}{_rating(t, c)}{_summary(t, c)}{_celebrities(t, c)}"
            f"{_episodes(ctx, c)}{_comments(ctx, c)}{_recs(ctx, c)}</div>"
            f'<div class="aside">{_watch(t.streaming, c)}{_trailer(t, c)}</div></div></div>'
            f"{_footer(c)}{app_state('__YP__', ctx.others, {'lang': 'zh'})}</body></html>")


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.path}
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.writers:
        data["author"] = [{"@type": "Person", "name": w} for w in t.writers]
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.genres:
        data["genre"] = list(t.genres)
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("影讯&购票", "选电影", "电视剧", "排行榜", "影评", "年度榜单")
    return (f'<nav class="{c("nav")}"><a href="/">影评网</a><form><input name="q" '
            'placeholder="搜索电影、电视剧、综艺、影人"></form><ul>'
            + "".join(f'<li><a href="/{i}">{esc(x)}</a></li>' for i, x in enumerate(items))
            + "</ul></nav>")


def _pl(label: str, value: str) -> str:
    return f'<span><span class="pl">{label}</span>: <span class="attrs">{value}</span></span><br>'


def _names(names: tuple[str, ...], rel: str = "") -> str:
    attr = f' rel="{rel}"' if rel else ""
    return " / ".join(f'<a href="/celebrity/{i}"{attr}>{esc(n)}</a>' for i, n in enumerate(names))


def _info(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    if t.directors:
        rows.append(_pl("导演", _names(t.directors, "v:directedBy")))
    if t.writers:
        rows.append(_pl("编剧", _names(t.writers)))
    if t.cast:
        rows.append(_pl("主演", _names(tuple(p.actor for p in t.cast[:5]), "v:starring")))
    if t.genres:
        rows.append('<span class="pl">类型:</span> ' + " / ".join(
            f'<span property="v:genre">{g}</span>' for g in t.genres) + "<br>")
    if t.countries:
        rows.append(f'<span class="pl">制片国家/地区:</span> {" / ".join(t.countries)}<br>')
    rows.append('<span class="pl">语言:</span> 英语<br>')
    if t.year:
        label = "首播" if t.kind == "show" else "上映日期"
        content = f' content="{t.released.isoformat()}"' if t.released else ""
        rows.append(f'<span class="pl">{label}:</span> <span property="v:initialReleaseDate"'
                    f"{content}>{released(t)}</span><br>")
    if t.seasons:
        rows.append(f'<span class="pl">季数:</span> {t.seasons}<br>')
    if t.runtime:
        label = "单集片长" if t.kind == "show" else "片长"
        rows.append(f'<span class="pl">{label}:</span> <span property="v:runtime" '
                    f'content="{t.runtime}">{t.runtime}分钟</span><br>')
    if t.rating:
        rows.append(f'<span class="pl">分级:</span> {esc(t.rating)}<br>')
    if t.studios:
        more = f" 等{len(t.studios)}家" if t.more_studios else ""
        rows.append(f'<span class="pl">出品公司:</span> {" / ".join(map(esc, t.shown_studios))}'
                    f"{more}<br>")
    for label, m in (("预算", t.budget), ("全球票房", t.box_office)):
        if m:
            rows.append(f'<span class="pl">{label}:</span> {money(m)}<br>')
    if t.tagline:
        rows.append(f'<span class="pl">宣传语:</span> “{esc(t.tagline)}”<br>')
    rows.append(f'<span class="pl">又名:</span> {esc(t.title.upper())}<br>')
    if t.imdb:
        rows.append('<span class="pl">IMDb:</span> ' + (
            t.imdb if rng.random() < 0.5 else
            f'<a href="https://www.imdb.com/title/{t.imdb}/" target="_blank">{t.imdb}</a>') + "<br>")
    return f'<div id="info">{"".join(rows)}</div>'


def _rating(t: Title, c: Classes) -> str:
    people = (f'<div class="rating_sum"><a class="rating_people" href="{t.path}/collections">'
              f'<span property="v:votes">{t.votes}</span>人评价</a></div>' if t.votes
              else '<div class="rating_sum">尚未上映</div>')
    return (f'<div id="interest_sectl" class="{c("rating")}"><strong class="ll rating_num" '
            f'property="v:average">7.8</strong>{people}<span class="rating_per">5星 21.3%</span>'
            "</div>")


def _summary(t: Title, c: Classes) -> str:
    out = ""
    if t.synopsis:
        short = t.synopsis[: max(12, len(t.synopsis) // 3)]
        out += (f'<div class="related-info"><h2>{esc(t.title)}的剧情简介 · · · · · ·</h2>'
                f'<span class="short"><span property="v:summary">{esc(short)}……</span>'
                '<a href="javascript:;" class="j a_show_full">(展开全部)</a></span>'
                f'<span class="all hidden">{esc(t.synopsis)}</span></div>')
    if t.audience:
        out += f'<div class="{c("digest")}"><h2>观众怎么说</h2><p>{esc(t.audience)}</p></div>'
    return out


def _celebrities(t: Title, c: Classes) -> str:
    people = [(d, "导演") for d in t.directors] + [
        (p.actor, f"演员 (饰 {p.character})" if p.character else "演员") for p in t.cast]
    if not people:
        return ""
    items = "".join(f'<li class="celebrity"><span class="name"><a href="/celebrity/c{i}">'
                    f'{esc(n)}</a></span><span class="role">{esc(r)}</span></li>'
                    for i, (n, r) in enumerate(people))
    return (f'<div id="celebrities" class="{c("celebs")}"><h2>演职员 · · · · · · (全部 '
            f"{len(people) + 7})</h2><ul>{items}</ul></div>")


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li>第{e.number}集 {esc(e.name)} · {e.minutes}分钟 · "
                    f"{e.aired.isoformat()} · 导演: {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<div class="{c("episodes")}"><h2>分集短评</h2><ul>{items}</ul></div>'


def _comments(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<div class="comment"><span class="comment-info"><a>{esc(r.author)}</a> '
                    f"看过 {'★' * (r.score // 2)} {r.posted.isoformat()}</span>"
                    f'<p class="comment-content">{esc(r.text)}</p></div>' for r in ctx.reviews)
    return f'<div id="comments-section" class="{c("comments")}"><h2>短评</h2>{items}</div>'


def _recs(ctx: Context, c: Classes) -> str:
    items = "".join(f'<dl><dt><a href="{o.path}"><img alt="{esc(o.title)}" src="/s/{o.slug}.jpg">'
                    f'</a></dt><dd><a href="{o.path}">{esc(o.title)}</a> '
                    f"<span>{o.year} / {o.runtime or 97}分钟 / {esc(o.rating)}</span></dd></dl>"
                    for o in ctx.others)
    return (f'<div id="recommendations" class="{c("recs")}"><h2>喜欢这部作品的人也喜欢 · · · · · ·'
            f"</h2>{items}</div>")


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("gray")}"><h2>在哪儿看</h2><p>暂无播放源</p></div>'
    n = len(s.platforms)
    head = f"{n}个平台可播放" if s.available else f"目前在以下{n}个平台均不可播放"
    items = "".join(f'<li><a href="/go/{i}">{esc(p)}</a></li>' for i, p in enumerate(s.platforms))
    d: date = s.verified_on
    return (f'<div class="{c("gray")}"><h2>在哪儿看</h2><p>{head}</p><ul>{items}</ul>'
            f"<small>更新于 {d.isoformat()}</small></div>")


def _trailer(t: Title, c: Classes) -> str:
    if not t.trailer:
        return ""
    return (f'<div class="{c("trailer")}"><h2>预告片</h2><iframe src="https://www.youtube.com'
            f'/embed/{t.trailer}" title="预告片"></iframe></div>')


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><span>© 2005－2026 yingping.example, all rights '
            'reserved</span><a href="/about">关于我们</a><a href="/jobs">在这里工作</a>'
            '<a href="/contact">联系我们</a><a href="/legal">免责声明</a></footer>')

