# ruff: noqa: E501  (HTML templates read best on one line)
"""Eigabox: an eiga.com-like Japanese page. Under the <h1>, '劇場公開日：1995年3月12日' and an
unlabelled data line '1995年製作／111分／R／アメリカ・イギリス合作' whose parts are known by
their shape (the rails' cards carry the same line for OTHER titles); a <dl> of staff that
also names a producer, a cinematographer and a composer; cast as name plus <small> character;
'「tagline」'; '¥' or '円' money; '(12,400人が評価)'; '製作会社：A、B ほか2社'; the distributor
(not a studio) beside it; a partial JSON-LD on some deploys."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, grouped, json_ld, ld_type, money_symbol
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize, person
from tests.heldout_sites2.site import Context
from tests.heldout_sites3.common import Classes, look, pick

NAME = "eigabox"
GENRES = {"Action": "アクション", "Adventure": "アドベンチャー", "Animation": "アニメ",
          "Comedy": "コメディ", "Crime": "犯罪", "Documentary": "ドキュメンタリー",
          "Drama": "ドラマ", "Family": "ファミリー", "Fantasy": "ファンタジー", "History": "歴史",
          "Horror": "ホラー", "Music": "音楽", "Mystery": "ミステリー", "Romance": "ロマンス",
          "Science Fiction": "SF", "Thriller": "サスペンス", "War": "戦争",
          "Western": "西部劇"}
COUNTRIES = {"United States": "アメリカ", "United Kingdom": "イギリス", "France": "フランス",
             "Germany": "ドイツ", "Japan": "日本", "China": "中国", "South Korea": "韓国",
             "India": "インド", "Brazil": "ブラジル", "Australia": "オーストラリア",
             "Canada": "カナダ", "Spain": "スペイン", "Italy": "イタリア", "Mexico": "メキシコ",
             "Nigeria": "ナイジェリア", "Sweden": "スウェーデン", "Denmark": "デンマーク",
             "Argentina": "アルゼンチン", "Iran": "イラン", "Poland": "ポーランド"}
DISTRIBUTORS = ("ギャガ", "東宝東和", "ファントム・フィルム", "キノフィルムズ", "ビターズ・エンド")
PROSE = Prose(
    verbs=("に戻り", "を受け継ぎ", "を探し", "から逃れ", "に恋をし", "の秘密を暴き", "を守り"),
    things=("水没した村", "家族の果樹園", "盗まれたバイオリン", "古い灯台", "潰れかけのサーカス",
            "最後の渡し船", "忘れられた鉱山", "国境の町"),
    synopsis=("{hero}は{thing}{verb}、{other}もまた{thing2}のことを隠していたと知る。"
              "「{title}」は、長いひと季節のあいだに古い絆が試される物語。"),
    taglines=("すべてには代償がある。", "開かない扉もある。", "潮は必ず戻ってくる。",
              "ひと夏、一度きりのチャンス。"),
    audiences=("俳優陣の演技と映像美を称える声が多く、結末の評価は分かれるものの、キャストが物語を支えている。",
               "テンポはゆっくりだが余韻が深い、音楽が特に良いという感想が目立つ。"))


def fit(t: Title) -> Title:
    t = localize(t, PROSE)
    return replace(t, genres=tuple(GENRES[g] for g in t.genres),
                   countries=tuple(COUNTRIES[c] for c in t.countries))


def jdate(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def yen(m: Money) -> str:
    return f"{grouped(m.amount)}円" if m.currency == "JPY" else money_symbol(m)


def data_line(year: int | None, runtime: int | None, rating: str | None,
              countries: tuple[str, ...], show: bool) -> str:
    parts = [f"{year}年製作"] if year else []
    if runtime:
        parts.append(f"1話{runtime}分" if show else f"{runtime}分")
    if rating:
        parts.append(esc(rating))
    if countries:
        parts.append("・".join(countries) + ("合作" if len(countries) > 1 else ""))
    return "／".join(parts)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("eb", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    main = [_story(t, c), _staff(t, c, rng), _cast(t, c), _episodes(ctx, c), _reviews(ctx, c)]
    if rng.random() < 0.5:
        main[1], main[2] = main[2], main[1]
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} : 作品情報 - 映画ボックス</title>"
            f'<link rel="canonical" href="{t.url}">{css("eb", t.slug, 75)}{ld}</head><body>'
            f"{_nav(c)}<main id=\"{c('main')}\"><div class=\"moveInfoBox\">{_head(t, c, rng)}</div>"
            f'<div class="{c("cols")}"><div class="{c("left")}">{"".join(main)}</div>'
            f'<div class="{c("right")}">{_watch(t.streaming, c)}{_links(t, c)}</div></div>'
            f"{_related(ctx, c)}</main>{_footer(c)}"
            f'{app_state("__EIGABOX__", ctx.others, {"lang": "ja"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": "3.6",
                                   "ratingCount": t.votes}
    if t.released:
        data["dateCreated"] = t.released.isoformat()
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("映画", "映画館", "ランキング", "特集", "ニュース", "動画配信", "アニメ", "海外ドラマ")
    return (f'<header class="{c("header")}"><a href="/">映画ボックス</a><nav><ul>'
            + "".join(f'<li><a href="/{i}/">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input placeholder="作品名・人名で検索"></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<h1 class="page-title">{esc(t.title)}</h1>'
    if t.released:
        label = "配信開始日" if t.kind == "show" else "劇場公開日"
        out += f'<p class="date-published">{label}：<strong>{jdate(t.released)}</strong></p>'
    if t.tagline:
        out += f'<p class="{c("catch")}">「{esc(t.tagline)}」</p>'
    seasons = f"／全{t.seasons}シーズン" if t.seasons else ""
    line = data_line(t.year, t.runtime, t.rating, t.countries, t.kind == "show") + seasons
    dist = pick(rng, DISTRIBUTORS)
    out += (f'<p class="data">原題または英題：{esc(t.title)}<br>{line}<br>'
            f'配給：<a href="/company/{len(dist)}">{dist}</a></p>')
    if t.genres:
        out += '<ul class="movie-genre">' + "".join(
            f'<li><a href="/genre/{i}">{g}</a></li>' for i, g in enumerate(t.genres)) + "</ul>"
    if t.votes:
        out += (f'<div class="{c("review-score")}"><span class="rating-star">3.6</span> '
                f"<span>（{grouped(t.votes)}人が評価）</span></div>")
    return out


def _story(t: Title, c: Classes) -> str:
    out = ""
    if t.synopsis:
        out += f'<div class="txt-block"><h2>解説・あらすじ</h2><p>{esc(t.synopsis)}</p></div>'
    if t.audience:
        out += f'<div class="{c("impressions")}"><h2>みんなの感想</h2><p>{esc(t.audience)}</p></div>'
    if t.trailer:
        out += (f'<div class="{c("movie")}"><h2>予告編・動画</h2><iframe title="予告編" '
                f'src="https://www.youtube.com/embed/{t.trailer}?hl=ja"></iframe></div>')
    return out


def _staff(t: Title, c: Classes, rng: random.Random) -> str:
    own = set(t.directors) | set(t.writers) | {p.actor for p in t.cast}
    extra = [x for x in (person(rng) for _ in range(3)) if x not in own]
    rows: list[tuple[str, tuple[str, ...]]] = [("監督", t.directors), ("製作", tuple(extra[:1])),
                                               ("脚本", t.writers), ("撮影", tuple(extra[1:2])),
                                               ("音楽", tuple(extra[2:3]))]
    body = "".join(f"<dt>{label}</dt><dd>" + "、".join(
        f'<a href="/person/{label}{i}">{esc(n)}</a>' for i, n in enumerate(names)) + "</dd>"
        for label, names in rows if names)
    studios = ""
    if t.studios:
        more = f" ほか{t.more_studios}社" if t.more_studios else ""
        studios = f"<dt>製作会社</dt><dd>{'、'.join(map(esc, t.shown_studios))}{more}</dd>"
    for label, m in (("製作費", t.budget), ("全世界興行収入", t.box_office)):
        if m:
            studios += f"<dt>{label}</dt><dd>{yen(m)}</dd>"
    return (f'<div class="{c("staff")}"><h2>スタッフ・キャスト</h2><dl class="movie-staff">'
            f"{body}{studios}</dl></div>")


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    items = "".join(f'<li><a href="/person/c{i}"><span>{esc(p.actor)}</span></a>'
                    + (f"<small>{esc(p.character)}</small>" if p.character else "") + "</li>"
                    for i, p in enumerate(t.cast))
    return f'<div class="{c("cast")}"><h3>キャスト</h3><ul class="movie-cast">{items}</ul></div>'


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li>シーズン{e.season} 第{e.number}話「{esc(e.name)}」（{e.minutes}分）"
                    f"{jdate(e.aired)}配信 監督：{esc(e.director)}</li>" for e in ctx.episodes)
    return f'<div class="{c("episodes")}"><h2>エピソード</h2><ol>{items}</ol></div>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<div class="user-review"><p class="user-name">{esc(r.author)}さん</p>'
                    f"<span>{r.score / 2:.1f}</span> <time>{jdate(r.posted)}</time>"
                    f"<p>{esc(r.text)}</p></div>" for r in ctx.reviews)
    return f'<div class="{c("reviews")}"><h2>映画レビュー</h2>{items}</div>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("vod")}"><h2>動画配信</h2><p>現在配信しているサービスはありません</p></div>'
    n = len(s.platforms)
    head = f"{n}社で配信中" if s.available else f"以下の{n}社では現在配信されていません"
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return (f'<div class="{c("vod")}"><h2>動画配信</h2><p>{head}</p><ul>{items}</ul>'
            f"<small>※{jdate(s.verified_on)}時点の情報です</small></div>")


def _links(t: Title, c: Classes) -> str:
    if not t.imdb:
        return ""
    return (f'<div class="{c("links")}"><h2>関連リンク</h2><a href="https://www.imdb.com/title/'
            f'{t.imdb}/">IMDb</a></div>')


def _related(ctx: Context, c: Classes) -> str:
    cards = "".join(
        f'<li><a href="{o.path}"><img alt="" src="/p/{o.slug}.jpg"><p class="title">'
        f"{esc(o.title)}</p></a><p class=\"data\">"
        f"{data_line(o.year, o.runtime, o.rating, o.countries, o.kind == 'show')}</p></li>"
        for o in ctx.others)
    return (f'<section class="{c("related")}"><h2>この作品を見た人はこんな作品も見ています</h2>'
            f"<ul>{cards}</ul></section>")


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><ul><li><a href="/info/">運営会社</a></li>'
            '<li><a href="/privacy/">プライバシーポリシー</a></li><li><a href="/terms/">利用規約'
            '</a></li><li><a href="/ad/">広告掲載</a></li></ul><p>© 映画ボックス</p></footer>')
