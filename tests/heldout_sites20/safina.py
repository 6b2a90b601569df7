# ruff: noqa: E501  (HTML templates read best on one line)
"""Safina: a series or film page of the Tajik television channel's site (Tajik, Cyrillic). A
backdrop; the <h1> (the meta line '1995 · 12+ · 1 соату 51 дақиқа · Драма' above or under it on
some deploys); the score with '(1 234 овоз)' beside 'Тамошо: 12 345' (views, a trap); 'Мухтасар';
the facts as a read-only form (each value only an input's value), list items whose text is the
label and whose value is a data-value attribute the stylesheet draws after it, or bold-label
lines: 'Коргардон', 'Сценарист', 'Мусиқӣ', 'Продюсер' and 'Оператор' (traps), 'Жанр', 'Кишвар',
'Сол', 'Давомнокӣ: 111 дақиқа' or '1 соату 51 дақиқа' (a series' 'ҳар қисм'), 'Синну сол' (the
site's marks Барои ҳама/6+/12+/16+/18+), 'Санаи нахустнамоиш: 27 октябри соли 1995' (or
'27.10.1995') beside a later 'Дар «Сафина»' (a trap), 'Ширкати истеҳсолӣ', 'Буҷет: 3 600 000 $',
'Даромад', 'Мавсимҳо', 'Забон'; 'Нақшҳо'; the trailer; a series' episodes with their own lengths,
dates and directors; the broadcast times (a trap); comments; 'Монанд'; a JSON-LD Movie on some
pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites20.common import (
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

NAME = "safina"
# the month in the izofat form a date takes ('27 октябри соли 1995')
MONTHS = ("январи", "феврали", "марти", "апрели", "майи", "июни", "июли", "августи", "сентябри",
          "октябри", "ноябри", "декабри")
GENRES = {"Action": "Экшн", "Adventure": "Саргузашт", "Animation": "Аниматсия", "Comedy": "Мазҳака",
          "Crime": "Ҷиноӣ", "Documentary": "Мустанад", "Drama": "Драма", "Family": "Оилавӣ",
          "Fantasy": "Фантастика", "History": "Таърихӣ", "Horror": "Даҳшат", "Music": "Мусиқавӣ",
          "Mystery": "Пурасрор", "Romance": "Ошиқона", "Science Fiction": "Илмӣ-тахайюлӣ",
          "Thriller": "Триллер", "War": "Ҷангӣ", "Western": "Вестерн"}
COUNTRIES = {"United States": "ИМА", "United Kingdom": "Британияи Кабир", "France": "Фаронса",
             "Germany": "Олмон", "Japan": "Ҷопон", "China": "Чин", "South Korea": "Кореяи Ҷанубӣ",
             "India": "Ҳиндустон", "Brazil": "Бразилия", "Australia": "Австралия", "Canada": "Канада",
             "Spain": "Испания", "Italy": "Италия", "Mexico": "Мексика", "Nigeria": "Нигерия",
             "Sweden": "Шветсия", "Denmark": "Дания", "Argentina": "Аргентина", "Iran": "Эрон",
             "Poland": "Лаҳистон"}
# no board: the site's own marks ('Барои ҳама' = for everyone)
AGES = ages("Барои ҳама", "6+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("бармегардад ба", "мерос мегирад", "меҷӯяд", "мегурезад аз", "муҳофизат мекунад", "гум мекунад"),
    things=("деҳаи зериобмонда", "боғи оила", "маяки кӯҳна", "кони партофташуда",
            "шаҳраки сарҳадӣ", "киштии охирин"),
    synopsis=("{hero} {verb} {thing} ва мефаҳмад, ки {other} низ {verb2} {thing2}. "
              "«{title}» қиссаи вафодории деринаест, ки дар тӯли як мавсим санҷида мешавад."),
    taglines=("Ҳар чиз нархи худро дорад.",), audiences=("Тамошобинон ҳунармандонро ситоиш карданд.",))
CHROME = Chrome("tg", "Сафина", ("Асосӣ", "Сериалҳо", "Филмҳо", "Пахши мустақим", "Барномаҳо", "Ҷустуҷӯ"),
                ("Мо кукиҳоро истифода мебарем.", "Қабул", "Танзимот"),
                ("Дар бораи мо", "Тамос", "Шартҳо", "Махфият"), "© 2026 Шабакаи «Сафина»", "__SAFINA__")
WORDS = Words(
    {"director": "Коргардон", "writer": "Сценарист", "music": "Мусиқӣ", "producer": "Продюсер",
     "camera": "Оператор", "genre": "Жанр", "country": "Кишвар", "year": "Сол", "runtime": "Давомнокӣ",
     "rating": "Синну сол", "seasons": "Мавсимҳо", "released": "Санаи нахустнамоиш",
     "studio": "Ширкати истеҳсолӣ", "budget": "Буҷет", "box_office": "Даромад"},
    {"about": "Мухтасар", "details": "Маълумот", "cast": "Нақшҳо", "trailer": "Трейлер",
     "episodes": "Қисмҳо", "reviews": "Назарҳо", "no_reviews": "Ҳоло назаре нест.", "rail": "Монанд"})


def sana(d: date, long: bool) -> str:
    """'27 октябри соли 1995' or '27.10.1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} соли {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def davom(n: int, long: bool) -> str:
    """'1 соату 51 дақиқа', '2 соат' or '111 дақиқа'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} дақиқа"
    return f"{big} соату {small} дақиқа" if small else f"{big} соат"


def ovoz(n: int) -> str:
    """'(1 234 овоз)'."""
    return f"({grouped(n, ' ')} овоз)"


def pul(m: Money) -> str:
    """'3 600 000 $'."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Мавсими {e.season}, қисми {e.number} · {davom(e.minutes, long)} · {sana(e.aired, long)}</p><p>Коргардон: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("Душанбе", "Сешанбе", "Чоршанбе", "Панҷшанбе", "Ҷумъа", "Шанбе", "Якшанбе")
    rows = "".join(f"<li>{day} <time>{rng.randint(17, 23)}:{rng.choice(('00', '30'))}</time></li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Вақти пахш</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Забон", pick(rng, ("Тоҷикӣ", "Тоҷикӣ (дубляж)", "Русӣ, зернависи тоҷикӣ")))]


SITE = Site(NAME, "sf", CHROME, WORDS, sana, davom, " ҳар қисм", ovoz, pul,
            lambda n: f"Тамошо: {grouped(n, ' ')}", _episode, _schedule, ("readonly", "cssvalue", "lines"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Дар «Сафина»", extra_rows=_more, cta="Тамошо кардан")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
