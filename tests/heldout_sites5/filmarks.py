# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmarks: a Filmarks-like Japanese page. Under the <h1> one info line of '／'-separated
'ラベル：値' parts ('上映日：1995年03月12日', '製作国：アメリカ、フランス', '上映時間：111分',
'放送時間：45分', 'ジャンル：ドラマ、コメディ', Eirin ratings 'PG12' / 'R15+'); the score '3.8'
beside '評価数 12,400件' or, on some deploys, '評価数 1.2万件' (a 万 is 10,000) among traps
('Clip!数', 'レビュー' counts); 'キャッチコピー' in 「」; the synopsis as a preview with the full
text in a collapsed block on some deploys; '監督', '脚本', '撮影', '音楽' and '出演者' (names
only) rows; '全3シーズン'; where-to-watch services; review cards and '関連作品' with their own
info lines. No money and no schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, grouped
from tests.heldout_sites2.records import Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    translate,
)

NAME = "filmarks"
GENRES = {"Action": "アクション", "Adventure": "アドベンチャー・冒険", "Animation": "アニメ",
          "Comedy": "コメディ", "Crime": "犯罪", "Documentary": "ドキュメンタリー", "Drama": "ドラマ",
          "Family": "ファミリー", "Fantasy": "ファンタジー", "History": "歴史", "Horror": "ホラー",
          "Music": "音楽", "Mystery": "ミステリー", "Romance": "恋愛", "Science Fiction": "SF",
          "Thriller": "スリラー", "War": "戦争", "Western": "西部劇"}
COUNTRIES = {"United States": "アメリカ", "United Kingdom": "イギリス", "France": "フランス",
             "Germany": "ドイツ", "Japan": "日本", "China": "中国", "South Korea": "韓国",
             "India": "インド", "Brazil": "ブラジル", "Australia": "オーストラリア", "Canada": "カナダ",
             "Spain": "スペイン", "Italy": "イタリア", "Mexico": "メキシコ", "Nigeria": "ナイジェリア",
             "Sweden": "スウェーデン", "Denmark": "デンマーク", "Argentina": "アルゼンチン",
             "Iran": "イラン", "Poland": "ポーランド"}
# the Eirin certificates for the ones the generator draws; unrated titles show none
EIRIN = {"G": "G", "U": "G", "PG": "G", "TV-Y": "G", "TV-G": "G", "TV-PG": "G", "FSK 0": "G",
         "FSK 6": "G", "PG-13": "PG12", "12A": "PG12", "M": "PG12", "TV-14": "PG12",
         "FSK 12": "PG12", "R": "R15+", "15": "R15+", "MA15+": "R15+", "TV-MA": "R15+",
         "FSK 16": "R15+", "NC-17": "R18+", "18": "R18+", "R18+": "R18+", "FSK 18": "R18+"}
PROSE = Prose(
    verbs=("探し求める", "受け継ぐ", "守り抜く", "失う", "取り戻す", "再建する", "裏切る"),
    things=("水没した村", "家族の果樹園", "盗まれたバイオリン", "古い灯台", "傾きかけたサーカス",
            "最後のフェリー", "廃坑", "国境の町"),
    synopsis=("{hero}は{thing}を{verb}が、{other}もまた{thing2}を{verb2}ことを知る。"
              "『{title}』は、長いひと季節のあいだに試される古い絆の物語。戻ってくるものは、"
              "何ひとつ出ていった時のままではない。"),
    taglines=("すべてには代償がある。", "開かない扉もある。", "潮は必ず戻ってくる。",
              "ひと夏、ひとつのチャンス。"),
    audiences=("演技と映像を称える声が多く、結末には賛否があるものの、キャストが物語を支えているという感想が目立つ。",
               "静かだが心を揺さぶる作品で、音楽が美しいという声が多い。"))


def _man(t: Title) -> bool:
    return fit_rng(NAME, t, "man").random() < 0.5


def man_votes(n: int | None) -> int | None:
    """The count a '1.2万' display really says (a 万 is 10,000, one decimal shown)."""
    return n if n is None or n < 10000 else round(n / 1000) * 1000


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    return no_characters(replace(t, rating=EIRIN.get(t.rating or ""), budget=None, box_office=None,
                                 votes=man_votes(t.votes) if _man(t) else t.votes,
                                 studios_shown=len(t.studios)))


def day(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def count(n: int, man: bool) -> str:
    if man and n >= 10000:
        return f"{n / 10000:.1f}".removesuffix(".0") + "万"
    return grouped(n)


def _kind(t: Title) -> str:
    return "ドラマ" if t.kind == "show" else "映画"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fmk", rng)
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f"{f'（{t.year}年製作の{_kind(t)}）' if t.year else ''} - Filmarks</title><link rel=\"canonical\" href=\"{t.url}\">"
            f'{css("fmk", t.slug, 80)}</head><body>{_nav(c)}<main class="{c("main")}"><div class="p-content-detail">'
            f"{_head(t, c, rng)}{_score(t, c)}{_texts(t, c, rng)}{_people(t, c, rng)}{_watch(t.streaming, c)}</div>"
            f"{_reviews(ctx, c)}{_related(ctx, c)}</main>{_footer(c)}"
            f'{app_state("__FILMARKS__", ctx.others, {"locale": "ja"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("映画", "ドラマ", "アニメ", "今週の公開作品", "上映中", "配信中", "特集")
    return (f'<header class="{c("header")}"><a href="/"><img alt="Filmarks" src="/logo.svg"></a><nav>'
            + "".join(f'<a href="/list/{i}">{x}</a>' for i, x in enumerate(items))
            + '</nav><a href="/login">ログイン</a><a href="/register">会員登録</a></header>'
            + cookie_banner(c("cookie"), "当サイトではサービス向上のためにCookieを使用しています。", "同意する", "設定"))


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    parts = []
    if t.released:
        parts.append(f"{'放送開始日' if t.kind == 'show' else '上映日'}：{day(t.released)}")
    elif t.year:
        parts.append(f"製作年：{t.year}年")
    if t.countries:
        parts.append(f"製作国：{'、'.join(map(esc, t.countries))}")
    if t.runtime:
        parts.append(f"{'放送時間' if t.kind == 'show' else '上映時間'}：{t.runtime}分")
    if t.genres:
        parts.append(f"ジャンル：{'、'.join(map(esc, t.genres))}")
    if rng.random() < 0.5:
        parts.reverse()
    badge = f'<span class="{c("rating")}">{esc(t.rating)}</span>' if t.rating else ""
    seasons = f'<p class="{c("seasons")}">全{t.seasons}シーズン</p>' if t.seasons else ""
    kind = _kind(t)
    return (f'<div class="{c("head")}"><span class="{c("kind")}">{kind}</span><h1 class="p-content-detail__title">'
            f'<span>{esc(t.title)}</span></h1>{badge}{seasons}<div class="p-content-detail__other-info">{"／".join(parts)}</div></div>')


def _score(t: Title, c: Classes) -> str:
    score = f"{2 + len(t.slug) % 3}.{len(t.title) % 10}"
    votes = f"<span>評価数 {count(t.votes, _man(t))}件</span>" if t.votes else "<span>評価はまだありません</span>"
    return (f'<div class="{c("score")}"><span class="c-rating__score">{score}</span>{votes}'
            f'<ul><li>Clip!数 {grouped(len(t.slug) * 173)}</li><li>レビュー {grouped(len(t.title) * 41)}件</li></ul></div>')


def _texts(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<p class="{c("copy")}">キャッチコピー：「{esc(t.tagline)}」</p>' if t.tagline else ""
    if t.synopsis:
        if rng.random() < 0.5:
            preview = esc(t.synopsis[:40]) + "…"
            out += (f'<div class="p-content-detail__synopsis"><h2>あらすじ</h2><p class="{c("short")}">{preview}'
                    f'<button>続きを読む</button></p><p class="{c("full")}" hidden>{esc(t.synopsis)}</p></div>')
        else:
            out += f'<div class="p-content-detail__synopsis"><h2>あらすじ</h2><p>{esc(t.synopsis)}</p></div>'
    if t.audience:
        out += f'<div class="{c("voice")}"><h2>観た人の感想まとめ</h2><p>{esc(t.audience)}</p></div>'
    if t.trailer:
        out += f'<div class="{c("trailer")}"><h2>予告編</h2><iframe src="https://www.youtube.com/embed/{t.trailer}"></iframe></div>'
    return out


def _row(label: str, names: tuple[str, ...] | list[str]) -> str:
    links = "".join(f'<a class="c-label" href="/person/{i}">{esc(n)}</a>' for i, n in enumerate(names))
    return f"<li><h3>{label}</h3>{links}</li>"


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 2)
    rows = [_row("撮影", extra[:1])]  # not 原作: an original author may count as a writer
    if t.directors:
        rows.append(_row("監督", t.directors))
    if t.writers:
        rows.append(_row("脚本", t.writers))
    rows.append(_row("音楽", extra[1:]))
    if t.cast:
        rows.append(_row("出演者", [p.actor for p in t.cast]))
    if t.studios:
        rows.append(_row("制作会社", t.studios))
    if t.imdb:
        rows.append(f'<li><h3>外部リンク</h3><a href="https://www.imdb.com/title/{t.imdb}/">IMDb</a></li>')
    return f'<ul class="{c("people")}">{"".join(rows)}</ul>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("vod")}"><h2>配信サービス</h2><p>現在配信中のサービスはありません。</p></section>'
    n = len(s.platforms)
    head = f"{n}件の配信サービスで視聴できます" if s.available else f"{n}件の配信サービスでは現在配信されていません"
    items = "".join(f"<li>{esc(p)}<span>{'見放題' if s.available else '配信終了'}</span></li>" for p in s.platforms)
    return f'<section class="{c("vod")}"><h2>配信サービス</h2><p>{head}</p><ul>{items}</ul><small>{day(s.verified_on)}時点の情報です</small></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<div class="{c("review")}"><b>{esc(r.author)}</b> <span>{r.score / 2:.1f}</span> <time>{day(r.posted)}</time>'
                    f"<p>{esc(r.text)}</p></div>" for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>レビュー</h2>{items}</section>'


def _related(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><h3>{esc(o.title)}</h3></a><p>製作年：{o.year}年／上映時間：{o.runtime or 97}分</p>'
                    f"<p>評価数 {grouped(o.votes or 1)}件</p></li>" for o in ctx.others)
    return f'<section class="{c("related")}"><h2>関連作品</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">Filmarksについて</a><a href="/terms">利用規約</a>'
            '<a href="/privacy">プライバシーポリシー</a><a href="/help">ヘルプ</a><p>© 2026 Filmarks.example</p></footer>')
