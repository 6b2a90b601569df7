# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide 한국어 (ReelGuide's Korean edition, ko): a poster; the <h1> (the meta line under it
on some pages); '줄거리'; the ticket button; the facts as data rows, a definition list's grouped
pairs, or Turbo frames: '감독', '각본', '음악감독', '제작', '촬영' (traps; '제작' the producers,
'제작사' the studio), '장르', '국가', '개봉연도', '러닝타임: 1시간 51분' (or '111분'; a series'
' (회당)'), '관람등급' (the KMRB's '전체관람가', '12세이상관람가', '15세이상관람가', '청소년관람불가'),
'시즌', '개봉일: 1995년 10월 27일' (or '1995.10.27.') beside a later 'OTT 공개일' (a trap), '제작사',
'제작비' and '흥행수익' (in myriads: '2,500만 달러', '12억 5,000만 달러', '1억 2,345만 6,789원'),
'원제' (a dash) and '배급' rows (no record key); '출연진'; the trailer; a series' episodes; the
lists widget with counts and a ticket price in won (traps); '리뷰'; '비슷한 작품'; a JSON-LD on
some pages. '1,234명 참여' beside '12,345명이 보고싶어요' (a trap). No tagline, audience text or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites67.common import (
    Chrome,
    Site,
    Words,
    ages,
    episode_line,
    fit_rng,
    hide,
    myriad,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
    translate,
    widget,
)

NAME = "reelguide_korean"
HOST = "ko.reelguide.example"
BOARD = ages("전체관람가", "12세이상관람가", "12세이상관람가", "15세이상관람가", "청소년관람불가")
GENRES = {
    "Action": "액션",
    "Adventure": "모험",
    "Animation": "애니메이션",
    "Comedy": "코미디",
    "Crime": "범죄",
    "Documentary": "다큐멘터리",
    "Drama": "드라마",
    "Family": "가족",
    "Fantasy": "판타지",
    "History": "역사",
    "Horror": "공포",
    "Music": "음악",
    "Mystery": "미스터리",
    "Romance": "로맨스",
    "Science Fiction": "SF",
    "Thriller": "스릴러",
    "War": "전쟁",
    "Western": "서부",
}
COUNTRIES = {
    "United States": "미국",
    "United Kingdom": "영국",
    "France": "프랑스",
    "Germany": "독일",
    "Japan": "일본",
    "China": "중국",
    "South Korea": "한국",
    "India": "인도",
    "Brazil": "브라질",
    "Australia": "호주",
    "Canada": "캐나다",
    "Spain": "스페인",
    "Italy": "이탈리아",
    "Mexico": "멕시코",
    "Nigeria": "나이지리아",
    "Sweden": "스웨덴",
    "Denmark": "덴마크",
    "Argentina": "아르헨티나",
    "Iran": "이란",
    "Poland": "폴란드",
}
CURRENCIES = {
    "USD": "달러",
    "EUR": "유로",
    "GBP": "파운드",
    "JPY": "엔",
    "CNY": "위안",
    "KRW": "원",
    "INR": "루피",
    "BRL": "헤알",
    "AUD": "호주 달러",
    "CAD": "캐나다 달러",
    "DEM": "마르크",
}
PROSE = Prose(
    verbs=("을 다시 찾는다", "을 물려받는다", "을 찾아 나선다", "에서 도망친다", "을 지킨다"),
    things=("물에 잠긴 마을", "가족의 과수원", "오래된 성당", "버려진 광산", "국경 마을"),
    synopsis="{hero}는 {thing}{verb}. 그러나 {other} 역시 {thing2}{verb2}는 사실을 알게 된다. 《{title}》은 긴 계절 동안 시험대에 오른 오랜 의리에 관한 이야기다.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "ko",
    "ReelGuide 한국어",
    ("영화", "시리즈", "상영 중", "스트리밍", "로그인"),
    ("설정을 기억하기 위해 쿠키를 사용합니다.", "동의", "개인정보"),
    ("회사 소개", "광고 문의", "고객센터", "개인정보처리방침", "이용약관"),
    "© 2026 ReelGuide 한국어",
    "__REELGUIDE_KO_STATE__",
)
WORDS = Words(
    {
        "director": "감독",
        "writer": "각본",
        "music": "음악감독",
        "producer": "제작",
        "camera": "촬영",
        "genre": "장르",
        "country": "국가",
        "year": "개봉연도",
        "runtime": "러닝타임",
        "rating": "관람등급",
        "seasons": "시즌",
        "released": "개봉일",
        "studio": "제작사",
        "budget": "제작비",
        "box_office": "흥행수익",
    },
    {
        "about": "줄거리",
        "details": "기본 정보",
        "cast": "출연진",
        "trailer": "예고편",
        "episodes": "에피소드",
        "reviews": "리뷰",
        "no_reviews": "아직 리뷰가 없습니다.",
        "rail": "비슷한 작품",
    },
)


def date_(d: date, long: bool) -> str:
    """'1995년 10월 27일' or '1995.10.27.'."""
    if long:
        return f"{d.year}년 {d.month}월 {d.day}일"
    return f"{d.year}.{d.month:02d}.{d.day:02d}."


def running(n: int, long: bool) -> str:
    """'1시간 51분', '2시간' or '111분'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big}시간" + (f" {small}분" if small else "")
    return f"{n}분"


def votes(n: int) -> str:
    return f"{n:,}명 참여"


def views(n: int) -> str:
    return f"{n:,}명이 보고싶어요"


def money(m: Money) -> str:
    """'2,500만 달러', '12억 5,000만 달러', '1억 2,345만 6,789원': exact, in myriads."""
    unit = CURRENCIES[m.currency]
    return myriad(m.amount, "억", "만", " ") + ("" if unit == "원" else " ") + unit


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("원제", "—"),
            ("배급", pick(rng, ("누리픽쳐스", "판씨네마", "오드"))),
        ]
    )


SITE = Site(
    NAME,
    "rgko",
    CHROME,
    WORDS,
    date_,
    running,
    " (회당)",
    votes,
    money,
    views,
    episode_line("에피소드", "연출:", running, date_),
    widget("내 목록", ("보는 중", "보고싶어요", "봤어요", "즐겨찾기"), "일반 관람료 15,000원"),
    ("reelguide_korean-jeongbo", "reelguide_korean-sangse", "frames"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="OTT 공개일",
    extra_rows=_more,
    cta="예매하기",
    art="poster",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this edition's words, formats and components, on its
    own host."""
    return render_on(SITE, HOST, t, ctx)
