# ruff: noqa: E501  (HTML templates read best on one line)
"""Kvikmyndir: a Kvikmyndir.is film or series page (Icelandic). The <h1>; the line '1995 ·
Drama, Glæpamynd · 111 mín.'; the scores 'IMDb 7,4' (the IMDb link), 'Rotten Tomatoes 87%' and
'Metacritic 68/100' (traps) and 'Einkunn notenda 7,4/10 (1.234 atkvæði)'; 'Um myndina' as a
definition list split over two columns (or a table): 'Leikstjórn', 'Handrit', 'Framleiðandi'
and 'Tónlist' (traps), 'Tegund', 'Land', 'Ár', 'Lengd: 111 mín.' (a series' 'mín. hver
þáttur'), 'Aldurstakmark' ('12 ára', 'Öllum leyfð'), 'Heimsfrumsýning: 27. október 1995' beside
later 'Frumsýnd á Íslandi' and 'VOD' dates (traps), 'Framleiðslufyrirtæki' (studios),
'Dreifingaraðili' (a trap), 'Þáttaraðir'; 'Aðalleikarar' cards ('Nafn sem Persóna' or names);
'Vissir þú?' trivia with numbers; 'Hvar get ég horft?' with 'Aðgengileg á 3 streymisveitum' and
'Síðast athugað 3. mars 2026'; 'Sýningartímar' with cinemas and '2.190 kr.' prices; a series'
episodes with their own directors and writers; 'Svipaðar myndir'. No tagline, audience text,
trailer, money or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, imdb_link
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites15.common import (
    Chrome,
    Classes,
    WhereWords,
    ages,
    any_facts,
    episodes_block,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    translate,
    where,
)

NAME = "kvikmyndir"
MONTHS = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
          "október", "nóvember", "desember")
GENRES = {"Action": "Spennumynd", "Adventure": "Ævintýramynd", "Animation": "Teiknimynd",
          "Comedy": "Gamanmynd", "Crime": "Glæpamynd", "Documentary": "Heimildarmynd",
          "Drama": "Drama", "Family": "Fjölskyldumynd", "Fantasy": "Fantasía",
          "History": "Söguleg", "Horror": "Hrollvekja", "Music": "Söngvamynd",
          "Mystery": "Ráðgáta", "Romance": "Rómantík", "Science Fiction": "Vísindaskáldskapur",
          "Thriller": "Tryllir", "War": "Stríðsmynd", "Western": "Vestri"}
COUNTRIES = {"United States": "Bandaríkin", "United Kingdom": "Bretland", "France": "Frakkland",
             "Germany": "Þýskaland", "Japan": "Japan", "China": "Kína",
             "South Korea": "Suður-Kórea", "India": "Indland", "Brazil": "Brasilía",
             "Australia": "Ástralía", "Canada": "Kanada", "Spain": "Spánn", "Italy": "Ítalía",
             "Mexico": "Mexíkó", "Nigeria": "Nígería", "Sweden": "Svíþjóð", "Denmark": "Danmörk",
             "Argentina": "Argentína", "Iran": "Íran", "Poland": "Pólland"}
AGES = ages("Öllum leyfð", "6 ára", "12 ára", "16 ára", "18 ára")
DISTRIBUTORS = ("Sena", "Myndform", "Sambíóin", "Bíó Paradís")
CINEMAS = ("Smárabíó", "Laugarásbíó", "Sambíóin Egilshöll", "Háskólabíó", "Bíó Paradís")
PROSE = Prose(
    verbs=("snýr aftur til", "erfir", "leitar að", "flýr frá", "verndar", "missir"),
    things=("flóðsins í þorpinu", "fjölskyldugarðsins", "gamla vitans", "yfirgefnu námunnar",
            "landamærabæjarins", "síðustu ferjunnar"),
    synopsis=("{hero} {verb} {thing} og kemst að því að {other} {verb2} líka {thing2}. "
              "{title} fjallar um gamla tryggð sem reynir á yfir eitt langt tímabil."),
    taglines=("Allt hefur sitt verð.",),
    audiences=("Áhorfendur hrósa leikurunum.",))
CHROME = Chrome("is", "Kvikmyndir.is", ("Í bíó", "Væntanlegt", "Streymi", "Fréttir", "Gagnrýni", "Topplistar"),
                ("Við notum vafrakökur til að bæta upplifun þína.", "Samþykkja", "Stillingar"),
                ("Um okkur", "Hafa samband", "Auglýsingar", "Persónuvernd"), "© 2026 Kvikmyndir.is", "__KVIKMYNDIR__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, trailer=None, budget=None, box_office=None,
                studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def dags(d: date) -> str:
    """'27. október 1995'."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def veitum(n: int) -> str:
    return f"{n} {'streymisveitu' if n % 10 == 1 and n % 100 != 11 else 'streymisveitum'}"


WORDS = WhereWords("Hvar get ég horft?", "Ekki enn aðgengileg á streymisveitum.",
                   lambda n: f"Aðgengileg á {veitum(n)}",
                   lambda n: f"Ekki aðgengileg á neinni af þeim {n} veitum sem við fylgjumst með",
                   lambda s: f"Síðast athugað {dags(s.verified_on)}")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("kv", rng)
    blocks = [_facts(t, c, rng), _cast(t, c, rng), where(t, c, WORDS), _trivia(t, c, rng),
              episodes_block(ctx, c, "Þættir", _episode), _showtimes(t, c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Svipaðar myndir", _line)
    return page(t, ctx, c, CHROME, "", main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} mín. · {o.rating or ''}"


def _episode(e: Episode) -> str:
    return f"<p>Þáttaröð {e.season}, þáttur {e.number} · {e.minutes} mín. · {dags(e.aired)}</p><p>Leikstjórn: {esc(e.director)} · Handrit: {esc(e.writer)}</p>"


def _head(t: Title, c: Classes) -> str:
    line = ([str(t.year)] if t.year else []) + ([", ".join(t.genres)] if t.genres else []) + ([f"{t.runtime} mín."] if t.runtime else [])
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" · ".join(line))}</p><ul class="{c("scores")}">'
    if t.imdb:
        out += f"<li>{imdb_link(t.imdb, f'IMDb {5 + len(t.slug) % 4},{len(t.title) % 10}')}</li>"
    out += f"<li>Rotten Tomatoes {40 + len(t.slug) % 59}%</li><li>Metacritic {30 + len(t.title) % 60}/100</li></ul>"
    if t.votes:
        out += f'<div class="{c("users")}">Einkunn notenda <b>{5 + len(t.slug) % 4},{len(t.slug) % 10}/10</b> <span>({grouped(t.votes, ".")} atkvæði)</span></div>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Söguþráður</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    producer, music = others_people(t, rng, 2)
    length = f"{t.runtime} mín." + (" hver þáttur" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Leikstjórn", esc(", ".join(t.directors))), ("Handrit", esc(", ".join(t.writers))),
            ("Framleiðandi", esc(producer)), ("Tónlist", esc(music)),
            ("Tegund", esc(", ".join(t.genres))), ("Land", esc(", ".join(t.countries))),
            ("Ár", str(t.year or "")), ("Lengd", length), ("Aldurstakmark", esc(t.rating or "")),
            ("Þáttaraðir", str(t.seasons or ""))]
    if t.released:
        rows.append(("Heimsfrumsýning", dags(t.released)))
        later = t.released + timedelta(days=rng.randint(7, 200))
        if rng.random() < 0.6:
            rows.append(("Frumsýnd á Íslandi", dags(later)))
        if rng.random() < 0.4:
            rows.append(("VOD", dags(later + timedelta(days=rng.randint(60, 150)))))
    rows += [("Framleiðslufyrirtæki", esc(", ".join(t.studios))),
             ("Dreifingaraðili", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.5 else "")]
    style = pick(rng, ("split", "split", "table"))
    return f'<section class="{c("about")}"><h2>Um myndina</h2>{any_facts(c, style, rows)}</section>'


def _cast(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.cast:
        return ""
    if any(p.character for p in t.cast):
        cards = "".join(f'<li class="{c("actor")}"><a href="/leikari/{i}">{esc(p.actor)}</a>' + (f' <span>sem {esc(p.character)}</span>' if p.character else "") + "</li>" for i, p in enumerate(t.cast))
        return f'<section class="{c("cast")}"><h2>Aðalleikarar</h2><ul>{cards}</ul></section>'
    names = ", ".join(f'<a href="/leikari/{i}">{esc(p.actor)}</a>' for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>Aðalleikarar</h2><p>{names}</p></section>'


def _trivia(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.4:
        return ""
    fact = f"Tökur stóðu yfir í {rng.randint(20, 90)} daga og {rng.randint(200, 3000)} aukaleikarar komu við sögu."
    return f'<section class="{c("trivia")}"><h2>Vissir þú?</h2><p>{fact}</p></section>'


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.4:
        return ""
    rows = "".join(f'<li><b>{esc(name)}</b> <time>{rng.randint(14, 22)}:{rng.choice(("00", "10", "30", "50"))}</time> <span>{rng.choice(("1.990", "2.190", "2.490"))} kr.</span></li>' for name in rng.sample(CINEMAS, 3))
    return f'<section class="{c("showtimes")}"><h2>Sýningartímar</h2><ul>{rows}</ul></section>'
