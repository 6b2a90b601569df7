# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide 日本版 (ReelGuide's Japanese edition, ja): a poster; the <h1> (the meta line under
it on some pages); 'あらすじ'; the ticket button; the facts as data rows, a table with a th label
per row, or dot leaders: '監督', '脚本', '音楽', 'プロデューサー', '撮影' (traps), 'ジャンル',
'製作国', '公開年', '上映時間: 1時間51分' (or '111分'; a series' '（1話あたり）'), '映倫区分'
(Eirin's 'G', 'PG12', 'R15+', 'R18+'), 'シーズン数', '公開日: 1995年10月27日' (or '1995/10/27')
beside a later '配信開始日' (a trap), '製作会社', '製作費' and '興行収入' (in myriads: '2,500万米ドル',
'12億5,000万米ドル', '1億2,345万6,789円', the currency named), '原題' (a dash) and '配給' rows (no
record key); 'キャスト'; the trailer; a series' episodes; the lists widget with counts and a
ticket price in yen (traps); 'レビュー'; '関連作品'; a JSON-LD on some pages. '1,234件の評価'
beside '12,345人が観たい' (a trap). No tagline, audience text or streaming block."""

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

NAME = "reelguide_japanese"
HOST = "ja.reelguide.example"
BOARD = ages("G", "G", "PG12", "R15+", "R18+")
GENRES = {
    "Action": "アクション",
    "Adventure": "アドベンチャー",
    "Animation": "アニメーション",
    "Comedy": "コメディ",
    "Crime": "クライム",
    "Documentary": "ドキュメンタリー",
    "Drama": "ドラマ",
    "Family": "ファミリー",
    "Fantasy": "ファンタジー",
    "History": "歴史",
    "Horror": "ホラー",
    "Music": "ミュージック",
    "Mystery": "ミステリー",
    "Romance": "ロマンス",
    "Science Fiction": "SF",
    "Thriller": "スリラー",
    "War": "戦争",
    "Western": "西部劇",
}
COUNTRIES = {
    "United States": "アメリカ",
    "United Kingdom": "イギリス",
    "France": "フランス",
    "Germany": "ドイツ",
    "Japan": "日本",
    "China": "中国",
    "South Korea": "韓国",
    "India": "インド",
    "Brazil": "ブラジル",
    "Australia": "オーストラリア",
    "Canada": "カナダ",
    "Spain": "スペイン",
    "Italy": "イタリア",
    "Mexico": "メキシコ",
    "Nigeria": "ナイジェリア",
    "Sweden": "スウェーデン",
    "Denmark": "デンマーク",
    "Argentina": "アルゼンチン",
    "Iran": "イラン",
    "Poland": "ポーランド",
}
CURRENCIES = {
    "USD": "米ドル",
    "EUR": "ユーロ",
    "GBP": "英ポンド",
    "JPY": "円",
    "CNY": "人民元",
    "KRW": "韓国ウォン",
    "INR": "インドルピー",
    "BRL": "ブラジルレアル",
    "AUD": "豪ドル",
    "CAD": "カナダドル",
    "DEM": "ドイツマルク",
}
PROSE = Prose(
    verbs=("に戻る", "を受け継ぐ", "を探す", "から逃げる", "を守る"),
    things=("水没した村", "家族の果樹園", "古い灯台", "廃坑", "国境の町"),
    synopsis="{hero}は{thing}{verb}が、やがて{other}もまた{thing2}{verb2}ことを知る。『{title}』は、長い季節のなかで試される古い忠誠の物語。",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "ja",
    "ReelGuide 日本版",
    ("映画", "ドラマ", "上映中", "配信", "ログイン"),
    ("設定を保存するためにCookieを使用しています。", "同意する", "プライバシー"),
    ("会社概要", "広告掲載", "お問い合わせ", "プライバシー", "利用規約"),
    "© 2026 ReelGuide 日本版",
    "__REELGUIDE_JA_STATE__",
)
WORDS = Words(
    {
        "director": "監督",
        "writer": "脚本",
        "music": "音楽",
        "producer": "プロデューサー",
        "camera": "撮影",
        "genre": "ジャンル",
        "country": "製作国",
        "year": "公開年",
        "runtime": "上映時間",
        "rating": "映倫区分",
        "seasons": "シーズン数",
        "released": "公開日",
        "studio": "製作会社",
        "budget": "製作費",
        "box_office": "興行収入",
    },
    {
        "about": "あらすじ",
        "details": "作品情報",
        "cast": "キャスト",
        "trailer": "予告編",
        "episodes": "エピソード",
        "reviews": "レビュー",
        "no_reviews": "まだレビューはありません。",
        "rail": "関連作品",
    },
)


def date_(d: date, long: bool) -> str:
    """'1995年10月27日' or '1995/10/27'."""
    if long:
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def running(n: int, long: bool) -> str:
    """'1時間51分', '2時間' or '111分'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big}時間" + (f"{small}分" if small else "")
    return f"{n}分"


def votes(n: int) -> str:
    return f"{n:,}件の評価"


def views(n: int) -> str:
    return f"{n:,}人が観たい"


def money(m: Money) -> str:
    """'2,500万米ドル', '12億5,000万米ドル', '1億2,345万6,789円': exact, in myriads."""
    return myriad(m.amount, "億", "万") + CURRENCIES[m.currency]


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("原題", "—"),
            ("配給", pick(rng, ("東和ピクチャーズ", "ギャガ", "キノフィルムズ"))),
        ]
    )


SITE = Site(
    NAME,
    "rgja",
    CHROME,
    WORDS,
    date_,
    running,
    "（1話あたり）",
    votes,
    money,
    views,
    episode_line("エピソード", "監督:", running, date_),
    widget("マイリスト", ("視聴中", "観たい", "観た", "お気に入り"), "鑑賞料金 一般 2,000円"),
    ("reelguide_japanese-sakuhin", "reelguide_japanese-kihon", "leaders"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="配信開始日",
    extra_rows=_more,
    cta="チケットを購入",
    art="poster",
    meta_sep=" ｜ ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this edition's words, formats and components, on its
    own host."""
    return render_on(SITE, HOST, t, ctx)
