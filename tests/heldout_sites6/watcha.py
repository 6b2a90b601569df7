# ruff: noqa: E501  (HTML templates read best on one line)
"""Watcha: a Watcha Pedia-like Korean page. Under the <h1> two unlabelled lines ('1995 · 드라마 ·
미국' and '1시간 51분 · 15세 이상 관람가'); '평균 ★3.8 (12,400명)' or, on some deploys, a compact
'(1.2만명)' (a 만 is 10,000) among traps ('보고싶어요 1.5만', '코멘트 345'); a '기본 정보' <dl>
('원제', '제작 연도', '개봉일' as '1995.03.12.', '국가', '장르', '상영시간', '연령 등급', '시즌');
'출연/제작' person cards whose second line gives the job ('감독', '주연 | Character', '조연',
'각본', '제작' and '촬영' as traps); '감상 가능한 곳'; a show's episodes with their own director;
comments; '비슷한 작품' rails. No tagline, audience text, money, studios, IMDb link or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, grouped
from tests.heldout_sites2.records import Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites6.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    rated,
    translate,
)

NAME = "watcha"
GENRES = {"Action": "액션", "Adventure": "모험", "Animation": "애니메이션", "Comedy": "코미디",
          "Crime": "범죄", "Documentary": "다큐멘터리", "Drama": "드라마", "Family": "가족",
          "Fantasy": "판타지", "History": "역사", "Horror": "공포", "Music": "음악",
          "Mystery": "미스터리", "Romance": "로맨스", "Science Fiction": "SF",
          "Thriller": "스릴러", "War": "전쟁", "Western": "서부"}
COUNTRIES = {"United States": "미국", "United Kingdom": "영국", "France": "프랑스",
             "Germany": "독일", "Japan": "일본", "China": "중국", "South Korea": "한국",
             "India": "인도", "Brazil": "브라질", "Australia": "호주", "Canada": "캐나다",
             "Spain": "스페인", "Italy": "이탈리아", "Mexico": "멕시코", "Nigeria": "나이지리아",
             "Sweden": "스웨덴", "Denmark": "덴마크", "Argentina": "아르헨티나", "Iran": "이란",
             "Poland": "폴란드"}
# the Korea Media Rating Board's grades for the certificates the generator draws
GRADES = {"G": "전체 관람가", "U": "전체 관람가", "TV-Y": "전체 관람가", "TV-G": "전체 관람가",
          "FSK 0": "전체 관람가", "PG": "전체 관람가", "TV-PG": "전체 관람가", "FSK 6": "전체 관람가",
          "PG-13": "12세 이상 관람가", "12A": "12세 이상 관람가", "M": "12세 이상 관람가",
          "TV-14": "12세 이상 관람가", "FSK 12": "12세 이상 관람가", "R": "15세 이상 관람가",
          "15": "15세 이상 관람가", "MA15+": "15세 이상 관람가", "TV-MA": "15세 이상 관람가",
          "FSK 16": "15세 이상 관람가", "NC-17": "청소년 관람불가", "18": "청소년 관람불가",
          "R18+": "청소년 관람불가", "FSK 18": "청소년 관람불가"}
PROSE = Prose(
    verbs=("찾아 나서고", "물려받고", "지키고", "잃고", "되찾고", "다시 세우고"),
    things=("물에 잠긴 마을", "가족의 과수원", "도둑맞은 바이올린", "낡은 등대", "망해 가는 서커스",
            "마지막 여객선", "버려진 광산", "국경 마을"),
    synopsis=("{hero}은(는) {thing}을(를) {verb}, {other} 역시 {thing2}을(를) {verb2} 있다는 사실을 "
              "알게 된다. 〈{title}〉은(는) 긴 한 계절 동안 시험받는 오랜 의리에 관한 이야기다. "
              "떠난 것은 무엇도 그대로 돌아오지 않는다."),
    taglines=("모든 것에는 대가가 있다.",),
    audiences=("배우들의 연기가 돋보인다는 평이 많다.",))


def _man(t: Title) -> bool:
    return fit_rng(NAME, t, "man").random() < 0.4


def man_votes(n: int | None) -> int | None:
    """The count a '1.2만' display really says (a 만 is 10,000, one decimal shown)."""
    return n if n is None or n < 10000 else round(n / 1000) * 1000


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.6


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), GRADES)
    t = replace(t, tagline=None, audience=None, budget=None, box_office=None, imdb=None,
                studios=(), studios_shown=0, votes=man_votes(t.votes) if _man(t) else t.votes)
    return t if _roles(t) else no_characters(t)


def count(n: int, man: bool) -> str:
    """'9,876', '1.2만', '123.5만', '3만'."""
    if not man or n < 10000:
        return grouped(n)
    return f"{n / 10000:.1f}".removesuffix(".0") + "만"


def day(d: date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}."


def duration(minutes: int) -> str:
    big, small = divmod(minutes, 60)
    return " ".join(([f"{big}시간"] if big else []) + ([f"{small}분"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("wp", rng)
    man = _man(t)
    blocks = [_info(t, c, rng), _people(t, c, rng), _watch(t.streaming, c), _video(t, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{esc(t.title)} - 왓챠피디아</title>'
            f'<link rel="canonical" href="{t.url}">{css("wp", t.slug, 90)}</head><body>'
            f'{cookie_banner(c("cookie"), "왓챠피디아는 더 나은 서비스를 위해 쿠키를 사용합니다.", "동의", "거부")}'
            f'{_nav(c)}<main class="{c("main")}">{_head(t, c, rng, man)}{"".join(blocks)}'
            f'{_episodes(ctx, c)}{_comments(ctx, c)}{_rails(ctx, c, man)}</main>{_footer(c)}'
            f'{app_state("__WATCHA_STATE__", ctx.others, {"country": "KR"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("영화", "시리즈", "책", "웹툰")
    return (f'<header class="{c("header")}"><a href="/" aria-label="왓챠피디아 홈">WATCHA PEDIA</a><nav><ul>'
            + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input placeholder="콘텐츠, 인물, 컬렉션, 유저를 검색해보세요." aria-label="검색"><a href="/sign_in">로그인</a></header>')


def _head(t: Title, c: Classes, rng: random.Random, man: bool) -> str:
    first = [str(t.year)] if t.year else []
    first += [" / ".join(map(esc, t.genres))] if t.genres else []
    first += [" · ".join(map(esc, t.countries))] if t.countries and rng.random() < 0.6 else []
    second = [duration(t.runtime)] if t.runtime else []
    second += [esc(t.rating)] if t.rating else []
    if t.seasons:
        second.append(f"시즌 {t.seasons}개")
    score = (f'평균 ★{3 + len(t.slug) % 2}.{len(t.title) % 10} <span>({count(t.votes, man)}명)</span>' if t.votes
             else "평가가 아직 없어요")
    return (f'<section class="{c("header-content")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
            f'<div class="{c("detail")}">{" · ".join(first)}</div><div class="{c("detail")}">{" · ".join(second)}</div>'
            f'<div class="{c("rating")}">{score}</div><ul class="{c("actions")}"><li>보고싶어요 {count(len(t.slug) * 613, True)}</li>'
            f'<li>코멘트 {len(t.title) * 7}</li></ul></section>')


def _info(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [("원제", esc(t.title))]
    if t.year:
        rows.append(("제작 연도", str(t.year)))
    if t.released:
        rows.append(("개봉일" if t.kind == "movie" else "첫 방송", day(t.released)))
    if t.countries:
        rows.append(("국가", ", ".join(map(esc, t.countries))))
    if t.genres:
        rows.append(("장르", ", ".join(map(esc, t.genres))))
    if t.runtime:
        rows.append(("상영시간" if t.kind == "movie" else "회당 시간", duration(t.runtime)))
    if t.rating:
        rows.append(("연령 등급", esc(t.rating)))
    if t.seasons:
        rows.append(("시즌", f"총 {t.seasons}개 시즌"))
    if rng.random() < 0.4:
        rows[1:] = rows[:0:-1]
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    out = f'<section class="{c("basic-info")}"><h2>기본 정보</h2><dl>{body}</dl>'
    if t.synopsis:
        out += f'<p class="{c("description")}">{esc(t.synopsis)}</p>'
    return out + "</section>"


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer, dop = others_people(t, rng, 2)
    cards = [(d, "감독") for d in t.directors]
    for i, p in enumerate(t.cast):
        job = "주연" if i < 3 else "조연"
        cards.append((p.actor, f"{job} | {esc(p.character)}" if p.character else job))
    cards += [(w, "각본") for w in t.writers] + [(producer, "제작"), (dop, "촬영")]
    items = "".join(f'<li><a href="/people/{i}" title="{esc(n)}"><div class="{c("name")}">{esc(n)}</div>'
                    f'<div class="{c("job")}">{job}</div></a></li>' for i, (n, job) in enumerate(cards))
    return f'<section class="{c("people")}"><h2>출연/제작</h2><ul>{items}</ul></section>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("ott")}"><h2>감상 가능한 곳</h2><p>아직 감상 가능한 곳이 없어요</p></section>'
    n = len(s.platforms)
    head = f"{n}개 서비스에서 감상 가능" if s.available else f"추적 중인 {n}개 서비스 모두 미제공"
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<section class="{c("ott")}"><h2>감상 가능한 곳</h2><p>{head}</p><ul>{items}</ul><small>업데이트 {day(s.verified_on)}</small></section>'


def _video(t: Title, c: Classes) -> str:
    if not t.trailer:
        return ""
    return (f'<section class="{c("videos")}"><h2>영상</h2><iframe title="예고편" '
            f'src="https://www.youtube.com/embed/{t.trailer}?hl=ko"></iframe></section>')


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li>시즌 {e.season} · {e.number}화 <b>{esc(e.name)}</b> · {duration(e.minutes)} · "
                    f"{day(e.aired)} · 연출 {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>에피소드</h2><ol>{items}</ol></section>'


def _comments(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li class="{c("comment")}"><b>{esc(r.author)}</b> <span>★{r.score / 2:.1f}</span> '
                    f"<p>{esc(r.text)}</p><span>좋아요 {len(r.text) % 90}</span></li>" for r in ctx.reviews)
    return f'<section class="{c("comments")}"><h2>코멘트 {len(ctx.reviews)}+</h2><ul>{items}</ul></section>'


def _rails(ctx: Context, c: Classes, man: bool) -> str:
    cards = "".join(f'<li><a href="{o.path}"><div>{esc(o.title)}</div><div>{o.year} · {duration(o.runtime or 97)} · {esc(o.rating or "")}</div>'
                    f'<div>평균 ★3.{len(o.slug) % 10} ({count(o.votes or 1, man)}명)</div></a></li>' for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>비슷한 작품</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><p>지금까지 ★ 812,345,678 개의 평가가 쌓였어요.</p><a href="/terms">서비스 이용약관</a>'
            '<a href="/privacy">개인정보 처리방침</a><a href="/about">회사 안내</a><p>© 2026 by WATCHA, Inc.</p></footer>')
