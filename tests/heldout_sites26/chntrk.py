# ruff: noqa: E501  (HTML templates read best on one line)
"""ЧНТРК (Чӑваш наци телерадиокомпанийӗ): a film or series page of Chuvashia's national
broadcaster's site, in Chuvash. A backdrop; the <h1> (the meta line '1995 · 16+ · 1 сехет 51
минут · Драма' under it, in the hero's <header> on some deploys); the score with '(1 234 сасӑ)'
beside 'Пӑхнӑ: 12 345' (views, a trap); 'Фильм ҫинчен'; the facts as a CSS table of <div>s, a
role="feed" of <article>s each with its label in a <header>, or a table: 'Режиссер',
'Сценарист', 'Композитор', 'Продюсер' and 'Оператор' (traps), 'Жанр', 'Ҫӗршыв', 'Ҫулӗ', 'Тӑршшӗ:
111 минут' or '1 сехет 51 минут' (a series' 'пӗр серийӗ'), 'Ҫул чикки' (the Russian marks
0+/6+/12+/16+/18+), 'Тухнӑ кун: 1995 ҫулхи юпан 27-мӗшӗ' (year first, the month in the
genitive; or '27.10.1995') beside a later 'ЧНТРК эфирӗнче' (a trap), 'Студи', 'Бюджет: 3 600
000 $', 'Касса', 'Сезон', 'Чӗлхи'; 'Рольсенче'; the trailer; a series' episodes with their own
lengths, dates and directors; broadcast times (traps); comments; 'Ҫавӑн пекех пӑхӑр'; a JSON-LD
Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites26.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
    translate,
)

NAME = "chntrk"
# the months in the genitive ('1995 ҫулхи юпан 27-мӗшӗ')
MONTHS = ("кӑрлачӑн", "нарӑсӑн", "пушӑн", "акан", "ҫуӑн", "ҫӗртмен", "утӑн", "ҫурлан", "авӑнӑн",
          "юпан", "чӳкӗн", "раштавӑн")
GENRES = {"Action": "Боевик", "Adventure": "Приключени", "Animation": "Мультфильм", "Comedy": "Комеди",
          "Crime": "Криминал", "Documentary": "Документлӑ", "Drama": "Драма", "Family": "Ҫемье",
          "Fantasy": "Фэнтези", "History": "Истори", "Horror": "Хӑрушӑ", "Music": "Музыкӑллӑ",
          "Mystery": "Детектив", "Romance": "Юрату", "Science Fiction": "Фантастика",
          "Thriller": "Триллер", "War": "Вӑрҫӑ", "Western": "Вестерн"}
COUNTRIES = {"United States": "АПШ", "United Kingdom": "Аслӑ Британи", "France": "Франци",
             "Germany": "Германи", "Japan": "Япони", "China": "Китай", "South Korea": "Кӑнтӑр Корей",
             "India": "Инди", "Brazil": "Бразили", "Australia": "Австрали", "Canada": "Канада",
             "Spain": "Испани", "Italy": "Итали", "Mexico": "Мексика", "Nigeria": "Нигери",
             "Sweden": "Швеци", "Denmark": "Дани", "Argentina": "Аргентина", "Iran": "Иран",
             "Poland": "Польша"}
AGES = ages("0+", "6+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("таврӑнать", "тупать", "шырать", "тарать", "сыхлать", "ҫухатать"),
    things=("шыв айне пулнӑ яла", "ҫемье пахчине", "кивӗ маяка", "пӑрахӑҫа тухнӑ шахтӑна",
            "чикӗ ҫывӑхӗнчи поселока", "юлашки кимӗ"),
    synopsis=("{hero} {thing} {verb}, {other} те {thing2} {verb2}. "
              "{title} — ҫулталӑк хушши тӗрӗсленекен кивӗ туслӑх ҫинчен каласа паракан кино."),
    taglines=("Кашни япалан хӑйӗн хакӗ пур.",), audiences=("Куракансем артистсене мухтарӗҫ.",))
CHROME = Chrome("cv", "ЧНТРК", ("Тӗп страница", "Сериалсем", "Фильмсем", "Тӳрӗ эфир", "Хыпарсем", "Шырав"),
                ("Эпир cookie файлсемпе усӑ куратпӑр.", "Килӗшетӗп", "Ӗнерлевсем"),
                ("Пирӗн ҫинчен", "Ҫыхӑну", "Йӗркесем", "Конфиденциальлӗх"), "© 2026 Чӑваш наци телерадиокомпанийӗ", "__CHNTRK__")
WORDS = Words(
    {"director": "Режиссер", "writer": "Сценарист", "music": "Композитор", "producer": "Продюсер",
     "camera": "Оператор", "genre": "Жанр", "country": "Ҫӗршыв", "year": "Ҫулӗ",
     "runtime": "Тӑршшӗ", "rating": "Ҫул чикки", "seasons": "Сезон", "released": "Тухнӑ кун",
     "studio": "Студи", "budget": "Бюджет", "box_office": "Касса"},
    {"about": "Фильм ҫинчен", "details": "Информаци", "cast": "Рольсенче", "trailer": "Трейлер",
     "episodes": "Серисем", "reviews": "Шухӑшсем", "no_reviews": "Халлӗхе шухӑш ҫук.",
     "rail": "Ҫавӑн пекех пӑхӑр"})


def kun(d: date, long: bool) -> str:
    """'1995 ҫулхи юпан 27-мӗшӗ' or '27.10.1995'."""
    return f"{d.year} ҫулхи {MONTHS[d.month - 1]} {d.day}-мӗшӗ" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def tarshshe(n: int, long: bool) -> str:
    """'1 сехет 51 минут', '2 сехет' or '111 минут'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} минут"
    return f"{big} сехет" + (f" {small} минут" if small else "")


def sasa(n: int) -> str:
    """'(1 234 сасӑ)'."""
    return f"({grouped(n, ' ')} сасӑ)"


def ukhsha(m: Money) -> str:
    """'3 600 000 $', '7 200 000 EUR'."""
    return f"{grouped(m.amount, ' ')} {'$' if m.currency == 'USD' else m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}-мӗш сезон, {e.number}-мӗш пайӗ · {tarshshe(e.minutes, long)} · {kun(e.aired, long)}</p><p>Режиссер: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Тунтикун", "Ытларикун", "Юнкун", "Кӗҫнерникун", "Эрнекун", "Шӑматкун", "Вырсарникун")
    rows = "".join(f"<li>{day}, {rng.randint(18, 22)}:{rng.choice(('00', '30'))}</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Эфир вӑхӑчӗ</h2><ul>{rows}</ul><p>Тепӗр хут — вырсарникун ирхине.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Чӗлхи", pick(rng, ("чӑвашла", "вырӑсла, чӑвашла субтитрсем", "чӑвашла куҫарнӑ")))]


SITE = Site(NAME, "cv", CHROME, WORDS, kun, tarshshe, " пӗр серийӗ", sasa, ukhsha,
            lambda n: f"Пӑхнӑ: {grouped(n, ' ')}", _episode, _schedule, ("csstable", "feed", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="ЧНТРК эфирӗнче", extra_rows=_more, cta="Пӑхмалла")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
