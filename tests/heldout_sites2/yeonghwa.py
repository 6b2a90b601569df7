"""Yeonghwa: a Korean-language site. A <dl> of Korean labels ('개봉', '러닝타임', '등급'),
Korean units ('111분', '회당 45분', '시즌 3', '12,400명 참여', '3,600,000,000원'), dotted dates
('1995.03.12 개봉'), genres and countries in Korean, '정보 없음' placeholders, a microdata
block naming the title and its type; no JSON-LD."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import (
    app_state,
    css,
    esc,
    grouped,
    imdb_link,
    money_symbol,
    youtube_embed,
)
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context

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
PROSE = Prose(
    verbs=("돌아가고", "물려받고", "쫓고", "도망치고", "사랑에 빠지고", "밝혀내고", "지키고"),
    things=("물에 잠긴 마을로", "가족 과수원을", "도난당한 바이올린을", "낡은 등대를",
            "마지막 연락선을", "잊혀진 광산을", "국경 마을을"),
    synopsis=("{hero}은(는) {thing} {verb}, {other} 역시 {thing2} {verb2} 있다는 것을 알게 "
              "된다. 〈{title}〉은 긴 한 계절 동안 오래된 의리를 시험하는 이야기다."),
    taglines=("모든 것에는 대가가 있다.", "어떤 문은 닫힌 채로 남는다.", "파도는 언제나 돌아온다.",
              "한 번의 여름, 한 번의 기회."),
    audiences=("관객들은 배우들의 연기와 영상미를 높이 평가했으며, 결말에 대해서는 의견이 갈렸다.",
               "느리지만 깊은 여운이 남는 작품이라는 평이 많다. 음악이 특히 좋다는 반응이다."))


def fit(t: Title) -> Title:
    t = localize(t, PROSE)
    return replace(t, genres=tuple(GENRES[g] for g in t.genres),
                   countries=tuple(COUNTRIES[c] for c in t.countries))


def dotted(d: date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def won(m: Money) -> str:
    return f"{grouped(m.amount)}원" if m.currency == "KRW" else money_symbol(m)


def render(t: Title, ctx: Context) -> str:
    kind = "TVSeries" if t.kind == "show" else "Movie"
    return (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} | 영화정보 - 영화나라</title>"
            f'<link rel="canonical" href="{t.url}">{css("yh", t.slug, 65)}</head><body>'
            f"{_gnb()}<div id=\"contents\" itemscope itemtype=\"https://schema.org/{kind}\">"
            f"{_top(t)}<div class=\"yh-wrap\"><div class=\"yh-left\">{_info(t)}"
            f"{_story(t)}{_people(t)}{_episodes(ctx)}{_comments(ctx)}</div>"
            f'<div class="yh-right">{_ott(t.streaming)}{_rank(ctx)}</div></div></div>'
            f"{_foot()}{app_state('__YH__', ctx.others, {'lang': 'ko'})}</body></html>")


def _gnb() -> str:
    items = (("/", "홈"), ("/movie", "영화"), ("/drama", "드라마"), ("/ott", "OTT"),
             ("/ranking", "랭킹"), ("/magazine", "매거진"))
    return ('<header><nav class="gnb">' + "".join(f'<a href="{h}">{n}</a>' for h, n in items)
            + "</nav></header>")


def _top(t: Title) -> str:
    kind = "TV 시리즈" if t.kind == "show" else "영화"
    tag = f'<p class="yh-copy">“{esc(t.tagline)}”</p>' if t.tagline else ""
    return (f'<div class="yh-top"><span class="yh-cat">{kind}</span>'
            f'<h1 class="yh-tit" itemprop="name">{esc(t.title)}</h1>{tag}</div>')


def _pair(label: str, value: str) -> str:
    return f"<dt>{label}</dt><dd>{value}</dd>"


def _info(t: Title) -> str:
    pairs = []
    if t.released:
        pairs.append(_pair("개봉", f"{dotted(t.released)} 개봉"))
    elif t.year:
        pairs.append(_pair("제작연도", f"{t.year}년"))
    if t.runtime:
        pairs.append(_pair("러닝타임", f"회당 {t.runtime}분" if t.kind == "show"
                           else f"{t.runtime}분"))
    if t.seasons:
        pairs.append(_pair("시즌", f"시즌 {t.seasons}"))
    pairs.append(_pair("등급", esc(t.rating or "정보 없음")))
    if t.votes:
        pairs.append(_pair("평점", f"{grouped(t.votes)}명 참여"))
    return f'<dl class="yh-info">{"".join(pairs)}{_lists(t)}</dl>'


def _lists(t: Title) -> str:
    pairs = [_pair(label, " / ".join(map(esc, values))) for label, values in (
        ("장르", t.genres), ("국가", t.countries)) if values]
    if t.studios:
        more = f" 외 {t.more_studios}곳" if t.more_studios else ""
        pairs.append(_pair("제작사", ", ".join(map(esc, t.shown_studios)) + more))
    pairs += [_pair(label, won(m)) for label, m in (("제작비", t.budget),
                                                    ("누적 매출", t.box_office)) if m]
    if t.imdb:
        pairs.append(_pair("외부 링크", imdb_link(t.imdb)))
    return "".join(pairs)


def _story(t: Title) -> str:
    out = ""
    if t.synopsis:
        out += f'<h3>줄거리</h3><p class="yh-story">{esc(t.synopsis)}</p>'
    if t.audience:
        out += f'<h3>관람객 반응</h3><p class="yh-react">{esc(t.audience)}</p>'
    if t.trailer:
        out += f'<h3>예고편</h3><div class="yh-video">{youtube_embed(t.trailer)}</div>'
    return out


def _people(t: Title) -> str:
    crew = "".join(f"<li><em>{role}</em> {', '.join(map(esc, names))}</li>"
                   for role, names in (("감독", t.directors), ("각본", t.writers)) if names)
    cast = "".join(f'<li><strong>{esc(c.actor)}</strong>'
                   + (f'<span class="yh-role">{esc(c.character)}</span>' if c.character else "")
                   + "</li>" for c in t.cast)
    if not crew and not cast:
        return ""
    return (f'<h3>감독/출연</h3><ul class="yh-crew">{crew}</ul>'
            f'<ul class="yh-cast">{cast}</ul>')


def _episodes(ctx: Context) -> str:
    items = "".join(f"<li>{e.number}화 {esc(e.name)} · {dotted(e.aired)} · {e.minutes}분 · "
                    f"연출 {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<h3>회차 정보</h3><ol class="yh-eps">{items}</ol>' if items else ""


def _comments(ctx: Context) -> str:
    items = "".join(f"<li><b>{esc(r.author)}</b> ★{r.score} · {dotted(r.posted)}"
                    f"<p>{esc(r.text)}</p></li>" for r in ctx.reviews)
    return f'<h3>관람평</h3><ul class="yh-cmt">{items}</ul>' if items else ""


def _ott(s: Streaming | None) -> str:
    if s is None:
        return ""
    n = len(s.platforms)
    names = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    if not s.counted:
        body = "<p>아직 공개된 스트리밍 서비스가 없습니다</p>"
    elif s.available:
        body = f"<p>{n}개 서비스에서 시청 가능</p><ul>{names}</ul>"
    else:
        body = f"<p>현재 시청 불가 ({n}개 서비스)</p><ul>{names}</ul>"
    return (f'<div class="yh-ott"><h3>보러가기</h3>{body}'
            f"<small>{dotted(s.verified_on)} 기준</small></div>")


def _rank(ctx: Context) -> str:
    items = "".join(f'<li><a href="{o.path}">{i}. {esc(o.title)}</a> <span>{o.year}년</span> · '
                    f"<span>{o.runtime}분</span> · <span>{esc(o.rating)}</span> · "
                    f"<span>{grouped(o.votes or 1)}명 참여</span></li>"
                    for i, o in enumerate(ctx.others, 1))
    return f'<div class="yh-rank"><h3>실시간 랭킹</h3><ol>{items}</ol></div>'


def _foot() -> str:
    return ('<footer><p>(주)영화나라 · 사업자등록번호 000-00-00000</p><a href="/terms">이용약관</a>'
            '<a href="/privacy"><b>개인정보처리방침</b></a><p>© 2026 Yeonghwa Nara</p></footer>')
