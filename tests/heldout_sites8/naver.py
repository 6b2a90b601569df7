# ruff: noqa: E501  (HTML templates read best on one line)
"""Naver: a Naver search-portal movie box (Korean). The <h2> title with '영화' or '드라마'; an info
box of <dt>/<dd> pairs: '개요' as '드라마, 로맨스 · 미국 · 111분' (any part may be missing),
'개봉' '1995.10.27.' (or a year alone), '등급' '15세 관람가', '방송' with '시즌 3' for a show,
'평점' '8.51' with '(참여 1,234명)', and '누적관객' '1,234,567명' or '123.5만명' as a trap; '줄거리'; cast cards
'Actor' over '주연 | Character' or '감독' / '각본', with '제작' and '촬영' cards as traps; 'VOD ·
OTT' with a count and an update date; a show's episodes with their own director; '관람객
평점' reviews; '함께 많이 찾는 콘텐츠' rails. No tagline, audience text, money, studios, IMDb
link, trailer or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, grouped
from tests.heldout_sites2.records import Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites8.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
)

NAME = "naver"
GENRES = {"Action": "액션", "Adventure": "모험", "Animation": "애니메이션", "Comedy": "코미디",
          "Crime": "범죄", "Documentary": "다큐멘터리", "Drama": "드라마", "Family": "가족",
          "Fantasy": "판타지", "History": "사극", "Horror": "공포", "Music": "음악",
          "Mystery": "미스터리", "Romance": "로맨스", "Science Fiction": "SF",
          "Thriller": "스릴러", "War": "전쟁", "Western": "서부"}
COUNTRIES = {"United States": "미국", "United Kingdom": "영국", "France": "프랑스",
             "Germany": "독일", "Japan": "일본", "China": "중국", "South Korea": "한국",
             "India": "인도", "Brazil": "브라질", "Australia": "오스트레일리아", "Canada": "캐나다",
             "Spain": "스페인", "Italy": "이탈리아", "Mexico": "멕시코", "Nigeria": "나이지리아",
             "Sweden": "스웨덴", "Denmark": "덴마크", "Argentina": "아르헨티나", "Iran": "이란",
             "Poland": "폴란드"}
# the Korea Media Rating Board's grades, as Naver's box writes them
GRADES = {"G": "전체 관람가", "U": "전체 관람가", "TV-Y": "전체 관람가", "TV-G": "전체 관람가",
          "FSK 0": "전체 관람가", "PG": "12세 관람가", "TV-PG": "12세 관람가", "FSK 6": "12세 관람가",
          "PG-13": "12세 관람가", "12A": "12세 관람가", "M": "15세 관람가", "TV-14": "15세 관람가",
          "FSK 12": "12세 관람가", "R": "15세 관람가", "15": "15세 관람가", "MA15+": "15세 관람가",
          "TV-MA": "청소년 관람불가", "FSK 16": "15세 관람가", "NC-17": "청소년 관람불가",
          "18": "청소년 관람불가", "R18+": "청소년 관람불가", "FSK 18": "청소년 관람불가"}
PROSE = Prose(
    verbs=("찾아 나서고", "물려받고", "지키고", "잃고", "되찾고"),
    things=("물에 잠긴 마을", "가족의 과수원", "낡은 등대", "마지막 여객선", "버려진 광산", "국경 마을"),
    synopsis=("{hero}은(는) {thing}을(를) {verb}, {other} 역시 {thing2}을(를) {verb2} 있다는 것을 "
              "알게 된다. 〈{title}〉, 한 계절 동안 시험받는 오랜 의리의 이야기."),
    taglines=("모든 것에는 대가가 있다.",),
    audiences=("배우들의 연기가 좋다는 평.",))


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.7


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), GRADES)
    t = replace(t, tagline=None, audience=None, budget=None, box_office=None, studios=(),
                studios_shown=0, imdb=None, trailer=None)
    return t if _roles(t) else no_characters(t)


def day(d: date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}."


def admissions(n: int, man: bool) -> str:
    """Cinema admissions, a trap: '1,234,567명' or '123.5만명' (a 만 is 10,000)."""
    return f"{n / 10000:.1f}".removesuffix(".0") + "만명" if man and n >= 10000 else f"{grouped(n)}명"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("nv", rng)
    blocks = [_info(t, c, rng), _people(t, c, rng), _watch(t.streaming, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{esc(t.title)} : 네이버 검색</title>'
            f'<link rel="canonical" href="{t.url}">{css("nv", t.slug, 100)}</head><body>'
            f'{cookie_banner(c("consent"), "네이버는 서비스 개선을 위해 쿠키를 사용합니다.", "확인", "설정")}'
            f'{_nav(c)}<main class="{c("content")}"><div class="{c("cs_movie")}">{_head(t, c)}{"".join(blocks)}'
            f'{_episodes(ctx, c)}</div>{_reviews(ctx, c)}{_rails(ctx, c)}</main>{_footer(c)}'
            f'{app_state("__NAVER_SEARCH__", ctx.others, {"where": "nexearch"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("통합", "VIEW", "이미지", "지식iN", "인플루언서", "동영상", "쇼핑", "뉴스")
    return (f'<header class="{c("header")}"><a href="https://www.naver.com" class="{c("logo")}">NAVER</a>'
            '<input type="search" aria-label="검색어 입력"><nav><ul>'
            + "".join(f'<li><a href="?where={i}">{x}</a></li>' for i, x in enumerate(items)) + "</ul></nav></header>")


def _head(t: Title, c: Classes) -> str:
    kind = "드라마" if t.kind == "show" else "영화"
    return (f'<div class="{c("title_area")}"><h2 class="{c("title")}"><a class="this_text" href="?query={t.slug}"><strong>{esc(t.title)}</strong></a></h2>'
            f'<span class="{c("sub_text")}">{kind}</span></div>')


def _overview(t: Title) -> str:
    parts = [", ".join(map(esc, t.genres))] if t.genres else []
    parts += [", ".join(map(esc, t.countries))] if t.countries else []
    parts += [f"{t.runtime}분"] if t.runtime else []
    return " · ".join(parts)


def _info(t: Title, c: Classes, rng: random.Random) -> str:
    rows: list[tuple[str, str]] = []
    if _overview(t):
        rows.append(("개요", _overview(t)))
    if t.released:
        rows.append(("개봉" if t.kind == "movie" else "방송", day(t.released) + (f" · 시즌 {t.seasons}" if t.seasons else "")))
    elif t.year or t.seasons:
        rows.append(("제작" if t.kind == "movie" else "방송", " · ".join(([f"{t.year}년"] if t.year else []) + ([f"시즌 {t.seasons}"] if t.seasons else []))))
    if t.rating:
        rows.append(("등급", esc(t.rating)))
    if t.votes:
        rows.append(("평점", f"{6 + len(t.slug) % 4}.{len(t.title) % 100:02d} <span>(참여 {grouped(t.votes)}명)</span>"))
    if t.kind == "movie" and rng.random() < 0.6:
        rows.append(("누적관객", admissions(len(t.slug) * 98765, rng.random() < 0.5)))
    if rng.random() < 0.4:
        rows.reverse()
    body = "".join(f'<dl class="{c("info_group")}"><dt>{k}</dt><dd>{v}</dd></dl>' for k, v in rows)
    out = f'<div class="{c("info")}">{body}</div>'
    if t.synopsis:
        out += f'<div class="{c("intro")}"><h3>{pick(rng, ("줄거리", "소개"))}</h3><p>{esc(t.synopsis)}</p></div>'
    return out


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer, dop = others_people(t, rng, 2)
    cards = [(d, "감독") for d in t.directors]
    for i, p in enumerate(t.cast):
        job = "주연" if i < 4 else "조연"
        cards.append((p.actor, f"{job} | {esc(p.character)}" if p.character else job))
    cards += [(w, "각본") for w in t.writers] + [(producer, "제작"), (dop, "촬영")]
    items = "".join(f'<li class="{c("item")}"><a href="?query={i}"><strong class="{c("name")}">{esc(n)}</strong></a>'
                    f'<span class="{c("sub_text")}">{job}</span></li>' for i, (n, job) in enumerate(cards))
    return f'<div class="{c("cast")}"><h3>출연진</h3><ul>{items}</ul></div>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("ott")}"><h3>VOD · OTT</h3><p>현재 시청 가능한 서비스가 없습니다</p></div>'
    n = len(s.platforms)
    head = f"{n}곳에서 시청 가능" if s.available else f"제공 서비스 {n}곳 중 0곳 시청 가능"
    items = "".join(f'<li><img alt="{esc(p)}" src="/ott/{i}.png"><span>{esc(p)}</span></li>' for i, p in enumerate(s.platforms))
    return f'<div class="{c("ott")}"><h3>VOD · OTT</h3><p>{head}</p><ul>{items}</ul><small>{day(s.verified_on)} 업데이트</small></div>'


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li>시즌 {e.season} {e.number}회 <b>{esc(e.name)}</b> · {e.minutes}분 · "
                    f"{day(e.aired)} · 연출 {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<div class="{c("episode")}"><h3>회차정보</h3><ol>{items}</ol></div>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li class="{c("review")}"><span>★ {r.score}</span><p>{esc(r.text)}</p><b>{esc(r.author)}</b> '
                    f"<time>{day(r.posted)}</time></li>" for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h3>관람객 평점</h3><ul>{items}</ul></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><strong>{esc(o.title)}</strong></a><span>{o.year}</span><span>{o.runtime or 97}분</span>'
                    f'<span>{esc(o.rating or "")}</span><span>(참여 {grouped(o.votes or 1)}명)</span></li>' for o in ctx.others)
    return f'<section class="{c("related")}"><h3>함께 많이 찾는 콘텐츠</h3><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/policy/service">이용약관</a><a href="/policy/privacy">개인정보처리방침</a>'
            '<a href="/help">고객센터</a><p>© NAVER Corp.</p></footer>')
