# ruff: noqa: E501  (HTML templates read best on one line)
"""Екран.бг (an invented Bulgarian film guide, bg, Cyrillic): a poster; the <h1> (the meta line
under it on some pages); 'Резюме'; the ticket button; the facts as data rows ('<span>Label:</span>
value'), list items with a bold label, or stat tiles: 'Режисьор', 'Сценарий', 'Музика',
'Продуцент', 'Оператор' (traps), 'Жанр', 'Държава', 'Година', 'Времетраене: 1 ч. 51 мин.' (or
'111 мин.'; a series' ' на епизод'), 'Категория' (the Bulgarian board's letters 'B', 'C', 'D',
'X'), 'Сезони', 'Премиера: 27 октомври 1995 г.' (or '27.10.1995 г.') beside a later 'Премиера по
телевизията' (a trap), 'Студио', 'Бюджет' and 'Приходи' ('25,3 млн. USD', '1,25 млрд. USD', a
decimal comma), 'Оригинално заглавие' (a dash) and 'Разпространител' rows (no record key);
'Актьорски състав'; the trailer; a series' episodes; the lists widget with counts and a ticket
price in leva (traps); 'Ревюта'; 'Подобни заглавия'; a JSON-LD on some pages. '1 234 гласа'
beside '12 345 искат да гледат' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites64.common import (
    Chrome,
    Site,
    Words,
    ages,
    episode_line,
    fit_rng,
    grouped_by,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
    translate,
    widget,
)

NAME = "ekranbg"
HOST = "ekran-bg.example"
BOARD = ages("B", "B", "C", "D", "X")
GENRES = {
    "Action": "Екшън",
    "Adventure": "Приключенски",
    "Animation": "Анимация",
    "Comedy": "Комедия",
    "Crime": "Криминален",
    "Documentary": "Документален",
    "Drama": "Драма",
    "Family": "Семеен",
    "Fantasy": "Фентъзи",
    "History": "Исторически",
    "Horror": "Ужаси",
    "Music": "Музикален",
    "Mystery": "Мистерия",
    "Romance": "Романтичен",
    "Science Fiction": "Научна фантастика",
    "Thriller": "Трилър",
    "War": "Военен",
    "Western": "Уестърн",
}
COUNTRIES = {
    "United States": "САЩ",
    "United Kingdom": "Великобритания",
    "France": "Франция",
    "Germany": "Германия",
    "Japan": "Япония",
    "China": "Китай",
    "South Korea": "Южна Корея",
    "India": "Индия",
    "Brazil": "Бразилия",
    "Australia": "Австралия",
    "Canada": "Канада",
    "Spain": "Испания",
    "Italy": "Италия",
    "Mexico": "Мексико",
    "Nigeria": "Нигерия",
    "Sweden": "Швеция",
    "Denmark": "Дания",
    "Argentina": "Аржентина",
    "Iran": "Иран",
    "Poland": "Полша",
}
MONTHS = (
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
)
PROSE = Prose(
    verbs=("се връща в", "наследява", "търси", "бяга от", "пази"),
    things=(
        "наводнено село",
        "семейната овощна градина",
        "стар фар",
        "изоставена мина",
        "погранично градче",
    ),
    synopsis="{hero} {verb} {thing} и открива, че {other} също {verb2} {thing2}. {title} разказва за стара вярност, подложена на изпитание през един дълъг сезон.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "bg",
    "Екран.бг",
    ("Филми", "Сериали", "В кината", "Стрийминг", "Вход"),
    ("Използваме бисквитки, за да запомним настройките ви.", "Приемам", "Поверителност"),
    ("За нас", "Реклама", "Контакти", "Поверителност", "Общи условия"),
    "© 2026 Екран.бг",
    "__EKRAN_STATE__",
)
WORDS = Words(
    {
        "director": "Режисьор",
        "writer": "Сценарий",
        "music": "Музика",
        "producer": "Продуцент",
        "camera": "Оператор",
        "genre": "Жанр",
        "country": "Държава",
        "year": "Година",
        "runtime": "Времетраене",
        "rating": "Категория",
        "seasons": "Сезони",
        "released": "Премиера",
        "studio": "Студио",
        "budget": "Бюджет",
        "box_office": "Приходи",
    },
    {
        "about": "Резюме",
        "details": "Информация за филма",
        "cast": "Актьорски състав",
        "trailer": "Трейлър",
        "episodes": "Епизоди",
        "reviews": "Ревюта",
        "no_reviews": "Все още няма ревюта.",
        "rail": "Подобни заглавия",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 октомври 1995 г.' or '27.10.1995 г.'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year} г."
        if long
        else f"{d.day:02d}.{d.month:02d}.{d.year} г."
    )


def running(n: int, long: bool) -> str:
    """'1 ч. 51 мин.' or '111 мин.'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} ч." + (f" {small} мин." if small else "")
    return f"{n} мин."


def votes(n: int) -> str:
    return f"{grouped_by(n, chr(160))} " + ("глас" if n == 1 else "гласа")


def views(n: int) -> str:
    return f"{grouped_by(n, chr(160))} искат да гледат"


def money(m: Money) -> str:
    """'25,3 млн. USD', '1,25 млрд. USD' (a decimal comma; every amount exact), '800 000 USD'
    in full below a million."""
    if m.amount < 10**6:
        return f"{grouped_by(m.amount, chr(160))} {m.currency}"
    big = m.amount >= 10**9
    n = format(Decimal(m.amount) / 10 ** (9 if big else 6), "f")
    n = (n.rstrip("0").rstrip(".") if "." in n else n).replace(".", ",")
    return f"{n} " + ("млрд." if big else "млн.") + f" {m.currency}"


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Оригинално заглавие", "—"),
            ("Разпространител", pick(rng, ("Александра Филмс", "Форум Филм", "Про Филмс"))),
        ]
    )


SITE = Site(
    NAME,
    "ekb",
    CHROME,
    WORDS,
    date_,
    running,
    " на епизод",
    votes,
    money,
    views,
    episode_line("Епизод", "Режисьор:", running, date_),
    widget("Моите списъци", ("Гледам", "Искам да гледам", "Гледан", "Любими"), "Билети от 14 лв."),
    ("ekranbg-danni", "ekranbg-spisak", "stats"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="Премиера по телевизията",
    extra_rows=_more,
    cta="Купи билети",
    art="poster",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
