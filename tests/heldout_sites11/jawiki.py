# ruff: noqa: E501  (HTML templates read best on one line)
"""Japanese Wikipedia: a ja.wikipedia.org film or drama article. The <h1 id="firstHeading">;
a lead sentence '『X』は、1995年のアメリカ合衆国の映画。'; the infobox (<table class="infobox">, the
title in its caption) with '監督', '脚本', '原作' and '製作' and '音楽' and '撮影' as traps, '出演者'
(names only), '製作会社' studios, '配給' a trap, '公開' '1995年10月27日' (or the year alone,
'1995年'), '上映時間' '111分', '製作国', '言語' a trap, '製作費' '$3,600,000' and '興行収入'; a
drama's 'ジャンル', '放送期間' '2008年1月20日 -', 'シーズン数', '話数' a trap and '放送分' '45分';
'あらすじ'; 'キャスト' as 'character - actor（日本語吹替：voice actor）' lines on some articles (the
dub actor is no cast member); '外部リンク' with the IMDb link; a navbox of the director's other
films with their years; footnotes with access dates. No JSON-LD, tagline, audience text,
certificate, votes, a film's genres, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, imdb_link, money_symbol
from tests.heldout_sites2.records import Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.filmarks import COUNTRIES as FILMARKS_COUNTRIES
from tests.heldout_sites5.filmarks import GENRES, PROSE
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

NAME = "jawiki"
COUNTRIES = {**FILMARKS_COUNTRIES, "United States": "アメリカ合衆国", "China": "中華人民共和国",
             "South Korea": "大韓民国"}


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = replace(t, tagline=None, audience=None, rating=None, votes=None, trailer=None,
                streaming=None, studios_shown=len(t.studios))
    if t.kind == "movie":
        t = replace(t, genres=())
    if fit_rng(NAME, t, "year-only").random() < 0.25:
        t = replace(t, released=None)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def nen(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mw", rng)
    sections = [_plot(t), _cast(t, rng), _links(t), _navbox(t, ctx, c), _notes(rng)]
    if rng.random() < 0.5:
        sections[0], sections[1] = sections[1], sections[0]
    return (f'<!DOCTYPE html><html class="client-nojs" lang="ja" dir="ltr"><head><meta charset="UTF-8"><title>{esc(t.title)} - Wikipedia</title>'
            f'<link rel="canonical" href="{t.url}">{css("mw", t.slug, 80)}</head><body class="mediawiki">'
            f'{cookie_banner(c("cn"), "ウィキペディアはクッキーを使用しています。", "了解", "詳細")}'
            f'{_header(c)}<main id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">{esc(t.title)}</span></h1>'
            f'<div id="bodyContent"><div class="mw-parser-output">{_infobox(t, c, rng)}{_lead(t)}{"".join(sections)}</div></div></main>'
            f'{_footer(c)}{app_state("__RLCONF__", ctx.others, {"wgContentLanguage": "ja"})}</body></html>')


def _header(c: Classes) -> str:
    items = ("メインページ", "コミュニティ・ポータル", "最近の出来事", "新しいページ", "おまかせ表示", "練習用ページ")
    return (f'<header class="vector-header {c("header")}"><a href="/" aria-label="ウィキペディア">ウィキペディア</a><nav id="mw-panel"><ul>' + "".join(f'<li><a href="/n{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="ウィキペディア内を検索" aria-label="検索"></header>')


def _lead(t: Title) -> str:
    what = "テレビドラマ" if t.kind == "show" else "映画"
    year = f"{t.year}年の" if t.year else ""
    land = f"{t.countries[0]}の" if t.countries else ""
    return f"<p>『<b>{esc(t.title)}</b>』（原題: {esc(t.title)}）は、{year}{esc(land)}{what}。</p>"


def _names(names: tuple[str, ...]) -> str:
    return "<br>".join(f'<a href="/wiki/{i}">{esc(n)}</a>' for i, n in enumerate(names))


def _infobox(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 3)
    rows: list[tuple[str, str]] = []
    if t.kind == "show" and t.genres:
        rows.append(("ジャンル", "、".join(map(esc, t.genres))))
    rows += [(k, _names(v)) for k, v in (("監督", t.directors), ("脚本", t.writers)) if v]
    rows.append(("原作" if rng.random() < 0.5 else "製作", esc(extra[0])))
    if t.cast:
        rows.append(("出演者", _names(tuple(p.actor for p in t.cast))))
    rows += [("音楽", esc(extra[1])), ("撮影", esc(extra[2]))]
    if t.studios:
        rows.append(("製作会社", _names(t.studios)))
    if t.kind == "movie":
        rows.append(("配給", pick(rng, ("東宝東和", "ワーナー・ブラザース映画", "ギャガ", "KADOKAWA"))))
        if t.released:
            rows.append(("公開", f"{nen(t.released)}"))
        elif t.year:
            rows.append(("公開", f"{t.year}年"))
        if t.runtime:
            rows.append(("上映時間", f"{t.runtime}分"))
    else:
        if t.released:
            rows.append(("放送期間", f"{nen(t.released)} -"))
        elif t.year:
            rows.append(("放送期間", f"{t.year}年 -"))
        if t.seasons:
            rows.append(("シーズン数", str(t.seasons)))
            rows.append(("話数", f"{t.seasons * rng.randint(6, 12)}"))
        if t.runtime:
            rows.append(("放送分", f"{t.runtime}分"))
    if t.countries:
        rows.append(("製作国", "<br>".join(map(esc, t.countries))))
    rows.append(("言語", pick(rng, ("英語", "日本語", "フランス語"))))
    if t.budget:
        rows.append(("製作費", money_symbol(t.budget)))
    if t.box_office:
        rows.append(("興行収入", money_symbol(t.box_office)))
    body = "".join(f'<tr><th scope="row" class="infobox-label">{k}</th><td class="infobox-data">{v}</td></tr>' for k, v in rows)
    return f'<table class="infobox {c("infobox")}"><caption class="infobox-title">{esc(t.title)}</caption><tbody>{body}</tbody></table>'


def _plot(t: Title) -> str:
    return f'<h2 id="あらすじ">あらすじ</h2><p>{esc(t.synopsis)}</p>' if t.synopsis else ""


def _cast(t: Title, rng: random.Random) -> str:
    if not t.cast or not any(p.character for p in t.cast):
        return ""
    dub = others_people(t, rng, len(t.cast))
    items = "".join(f'<li>{esc(p.character or "")} - <a href="/wiki/a{i}">{esc(p.actor)}</a>（日本語吹替：{esc(d)}）</li>' if p.character else f'<li><a href="/wiki/a{i}">{esc(p.actor)}</a></li>' for i, (p, d) in enumerate(zip(t.cast, dub, strict=True)))
    return f'<h2 id="キャスト">キャスト</h2><p>役名 - 俳優（日本語吹替）</p><ul>{items}</ul>'


def _links(t: Title) -> str:
    items = [imdb_link(t.imdb, f"{t.title} - インターネット・ムービー・データベース")] if t.imdb else []
    items.append('<a rel="external" href="https://www.allcinema.net/">allcinema</a>')
    return '<h2 id="外部リンク">外部リンク</h2><ul>' + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def _navbox(t: Title, ctx: Context, c: Classes) -> str:
    who = t.directors[0] if t.directors else "関連作品"
    items = " · ".join(f'<a href="{o.path}">{esc(o.title)}</a>（{o.year}）' for o in ctx.others)
    return f'<div role="navigation" class="navbox {c("navbox")}"><div class="navbox-title">{esc(who)}の監督作品</div><div class="navbox-list">{items}</div></div>'


def _notes(rng: random.Random) -> str:
    refs = "".join(f'<li>「公開情報」『映画ナタリー』{2024 + i}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日。{2026}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日閲覧。</li>' for i in range(rng.randint(1, 3)))
    return f'<h2 id="脚注">脚注</h2><ol class="references">{refs}</ol>'


def _footer(c: Classes) -> str:
    links = ("プライバシー・ポリシー", "ウィキペディアについて", "免責事項", "行動規範", "開発者", "統計")
    return (f'<footer id="footer" class="{c("footer")}"><p>最終更新 2026年3月3日 (火) 09:12 （日時は個人設定で未設定ならばUTC）。</p><ul>' + "".join(f'<li><a href="/f{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul></footer>")
