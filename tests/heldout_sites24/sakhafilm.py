# ruff: noqa: E501  (HTML templates read best on one line)
"""Сахафильм: a film or series page of the Sakha national film company's catalogue, in Yakut
(Sakha). A poster; a breadcrumb; the <h1> (the meta line '1995 · 16+ · 1 чаас 51 мүнүүтэ ·
Драма' under it, in the hero's <header> on some deploys); the score with '(1 234 куолас)' beside
'Көрбүттэр: 12 345' (views, a trap); 'Киинэ туһунан'; the facts as an ARIA grid with a row of
column headers over a row of cells, list items whose value comes before its label and that
the stylesheet draws reversed, or a definition list: 'Режиссер', 'Сценарист', 'Композитор',
'Продюсер' and 'Оператор' (traps), 'Жанр', 'Дойду', 'Сыла', 'Уһуна: 111 мүнүүтэ' or '1 чаас 51
мүнүүтэ' (a series' 'сиэрийэтэ'), 'Саас' (the Russian marks 0+/6+/12+/16+/18+), 'Тахсыбыт
күнэ: 1995 сыл алтынньы 27 күнэ' (or '27.10.1995') beside a later 'Саха сиригэр премьерата' (a
trap), 'Студия', 'Бүддьүөтэ: 3 600 000 $', 'Кассата', 'Сезон', 'Тыла'; 'Оонньууллар'; the
trailer; a series' episodes with their own lengths, dates and directors; screenings in Yakutsk
cinemas with prices in roubles (traps); comments; 'Маны эмиэ көрүҥ'; a JSON-LD Movie on some
pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites24.common import (
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

NAME = "sakhafilm"
MONTHS = ("тохсунньу", "олунньу", "кулун тутар", "муус устар", "ыам ыйа", "бэс ыйа", "от ыйа",
          "атырдьах ыйа", "балаҕан ыйа", "алтынньы", "сэтинньи", "ахсынньы")
GENRES = {"Action": "Экшн", "Adventure": "Сырыы-айан", "Animation": "Мультфильм", "Comedy": "Комедия",
          "Crime": "Криминал", "Documentary": "Документальнай", "Drama": "Драма", "Family": "Дьиэ кэргэн",
          "Fantasy": "Фэнтези", "History": "Историческай", "Horror": "Ужас", "Music": "Мюзикл",
          "Mystery": "Кистэлэҥ", "Romance": "Таптал", "Science Fiction": "Фантастика",
          "Thriller": "Триллер", "War": "Сэрии", "Western": "Вестерн"}
COUNTRIES = {"United States": "АХШ", "United Kingdom": "Улуу Британия", "France": "Франция",
             "Germany": "Германия", "Japan": "Дьоппуон", "China": "Кытай", "South Korea": "Соҕуруу Корея",
             "India": "Индия", "Brazil": "Бразилия", "Australia": "Австралия", "Canada": "Канада",
             "Spain": "Испания", "Italy": "Италия", "Mexico": "Мексика", "Nigeria": "Нигерия",
             "Sweden": "Швеция", "Denmark": "Дания", "Argentina": "Аргентина", "Iran": "Иран",
             "Poland": "Польша"}
AGES = ages("0+", "6+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("төннөр", "булар", "көрдүүр", "куотар", "көмүскүүр", "сүтэрэр"),
    things=("уу ылбыт дэриэбинэтигэр", "дьиэ кэргэн ходуһатын", "эргэ маягы",
            "хаалбыт шахтаны", "кыраныыса куоратын", "бүтэһик тыыны"),
    synopsis=("{hero} {thing} {verb}, онтон {other} эмиэ {thing2} {verb2} эбит. "
              "{title} — сыл устата тургутуллар эргэ бэриниилээх туһунан кэпсээн."),
    taglines=("Хас биирдии туох баар бэйэтин сыаналаах.",), audiences=("Көрөөччүлэр артыыстары хайҕаатылар.",))
CHROME = Chrome("sah", "Сахафильм", ("Сүрүн", "Киинэлэр", "Сериаллар", "Кинотеатрдар", "Сонуннар", "Көрдөөһүн"),
                ("Биһиги cookie туттабыт.", "Сөп", "Туруоруулар"),
                ("Биһиги туһунан", "Ситимҥэ тахсыы", "Сиэрдэр", "Кистэлэҥ"), "© 2026 «Сахафильм» НКК", "__SAKHAFILM__")
WORDS = Words(
    {"director": "Режиссер", "writer": "Сценарист", "music": "Композитор", "producer": "Продюсер",
     "camera": "Оператор", "genre": "Жанр", "country": "Дойду", "year": "Сыла",
     "runtime": "Уһуна", "rating": "Саас", "seasons": "Сезон", "released": "Тахсыбыт күнэ",
     "studio": "Студия", "budget": "Бүддьүөтэ", "box_office": "Кассата"},
    {"about": "Киинэ туһунан", "details": "Сиһилии", "cast": "Оонньууллар", "trailer": "Трейлер",
     "episodes": "Сиэрийэлэр", "reviews": "Санаалар", "no_reviews": "Санаа суох.",
     "rail": "Маны эмиэ көрүҥ"})


def kune(d: date, long: bool) -> str:
    """'1995 сыл алтынньы 27 күнэ' or '27.10.1995'."""
    return f"{d.year} сыл {MONTHS[d.month - 1]} {d.day} күнэ" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def uhuna(n: int, long: bool) -> str:
    """'1 чаас 51 мүнүүтэ', '2 чаас' or '111 мүнүүтэ'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} мүнүүтэ"
    return f"{big} чаас" + (f" {small} мүнүүтэ" if small else "")


def kuolas(n: int) -> str:
    """'(1 234 куолас)'."""
    return f"({grouped(n, ' ')} куолас)"


def karchy(m: Money) -> str:
    """'3 600 000 $', '7 200 000 EUR'."""
    return f"{grouped(m.amount, ' ')} {'$' if m.currency == 'USD' else m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season} сезон, {e.number} сиэрийэ · {uhuna(e.minutes, long)} · {kune(e.aired, long)}</p><p>Режиссер: {esc(e.director)}</p>"


def _screenings(t: Title, c: Classes, rng: random.Random) -> str:
    """Screenings in Yakutsk, days from now (not the release), prices in roubles."""
    day = date(2026, 12, 7) + timedelta(days=rng.randint(1, 20))
    rows = "".join(f"<li>«{hall}» киинэтеатр, {day.day:02d}.{day.month:02d} {hour}:00 — {price} ₽</li>"
                   for hall, hour, price in (("Центр", rng.randint(12, 16), rng.choice((300, 350))),
                                             ("Лена", rng.randint(17, 21), rng.choice((400, 450)))))
    return f'<section class="{c("sessions")}"><h2>Дьокуускайга көрдөрүү</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Тыла", pick(rng, ("сахалыы", "нууччалыы, сахалыы субтиитирдээх", "сахалыы, нууччалыы субтиитирдээх")))]


SITE = Site(NAME, "sf", CHROME, WORDS, kune, uhuna, " сиэрийэтэ", kuolas, karchy,
            lambda n: f"Көрбүттэр: {grouped(n, ' ')}", _episode, _screenings, ("gridcells", "reverse", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Саха сиригэр премьерата", extra_rows=_more, art="poster", crumbs="Киинэлэр")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
