# ruff: noqa: E501  (HTML templates read best on one line)
"""Splendid Palace: a film page of the Riga cinema (Latvian). The <h1>; the original title;
genre chips and an age badge; 'Skatītāju vērtējums 4,2 (1 234 balsis)' ('1 balss', '21 balss')
beside 'Skatījumi: 12 345' (a trap); the facts as accordions (<details>), a definition list
split over two columns or a plain definition list: 'Režisors', 'Scenārija autors',
'Komponists', 'Operators' and 'Producents' (traps), 'Žanrs', 'Valsts', 'Gads', 'Ilgums: 111
min.' (a series' 'min. sērijā'), 'Vecuma ierobežojums' (the Latvian classes U, 7+, 12+, 16+,
18+), 'Pirmizrāde pasaulē: 1995. gada 27. oktobris' (or '27.10.1995.') beside a later
'Pirmizrāde Latvijā' (a trap), or these dates as a timeline with a festival screening,
'Producētājkompānija', 'Izplatītājs' (a trap), 'Valoda', 'Sezonas'; 'Lomās' cards; the
trailer; a series' episodes with their own directors; 'Seansi' with halls and '7,50 €'
prices; 'Jums varētu patikt'; the IMDb link; a JSON-LD Movie on some pages. No tagline,
audience text, money or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, imdb_link, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites16.common import (
    Chrome,
    Classes,
    ages,
    cast_block,
    episodes_block,
    facts16,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    schema,
    timeline,
    translate,
)

NAME = "splendidpalace"
MONTHS = ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts",
          "septembris", "oktobris", "novembris", "decembris")
GENRES = {"Action": "Asa sižeta", "Adventure": "Piedzīvojumu", "Animation": "Animācijas",
          "Comedy": "Komēdija", "Crime": "Kriminālfilma", "Documentary": "Dokumentālā",
          "Drama": "Drāma", "Family": "Ģimenes", "Fantasy": "Fantāzija", "History": "Vēsturiskā",
          "Horror": "Šausmu", "Music": "Mūzikls", "Mystery": "Mistērija", "Romance": "Romantiskā",
          "Science Fiction": "Zinātniskā fantastika", "Thriller": "Trilleris", "War": "Kara",
          "Western": "Vesterns"}
COUNTRIES = {"United States": "ASV", "United Kingdom": "Lielbritānija", "France": "Francija",
             "Germany": "Vācija", "Japan": "Japāna", "China": "Ķīna",
             "South Korea": "Dienvidkoreja", "India": "Indija", "Brazil": "Brazīlija",
             "Australia": "Austrālija", "Canada": "Kanāda", "Spain": "Spānija", "Italy": "Itālija",
             "Mexico": "Meksika", "Nigeria": "Nigērija", "Sweden": "Zviedrija", "Denmark": "Dānija",
             "Argentina": "Argentīna", "Iran": "Irāna", "Poland": "Polija"}
AGES = ages("U", "7+", "12+", "16+", "18+")
DISTRIBUTORS = ("Acme Film", "Baltic Content Media", "Estinfilm", "Kino Bize")
HALLS = ("Lielā zāle", "Mazā zāle", "Sarkanā zāle")
LANGUAGES = ("angļu val., latviešu subtitri", "oriģinālvalodā ar latviešu un krievu subtitriem", "latviešu valodā")
PROSE = Prose(
    verbs=("atgriežas", "manto", "meklē", "bēg no", "sargā", "zaudē"),
    things=("applūdušā ciemā", "ģimenes augļu dārzu", "veco bāku", "pamestās raktuves",
            "pierobežas pilsētiņu", "pēdējo prāmi"),
    synopsis=("{hero} {verb} {thing} un atklāj, ka arī {other} {verb2} {thing2}. "
              "{title} ir stāsts par vecām uzticībām, ko pārbauda viena gara sezona."),
    taglines=("Visam ir sava cena.",),
    audiences=("Skatītāji slavē aktierus.",))
CHROME = Chrome("lv", "Splendid Palace", ("Repertuārs", "Filmas", "Festivāli", "Pasākumi", "Dāvanu kartes", "Par kino"),
                ("Mēs izmantojam sīkdatnes, lai uzlabotu jūsu pieredzi.", "Piekrītu", "Iestatījumi"),
                ("Par mums", "Kontakti", "Noteikumi", "Privātuma politika"), "© 2026 Kino Splendid Palace", "__SPLENDID__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, budget=None, box_office=None, streaming=None,
                studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def datums(d: date, long: bool) -> str:
    """'1995. gada 27. oktobris' or '27.10.1995.'."""
    return f"{d.year}. gada {d.day}. {MONTHS[d.month - 1]}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}."


def balsis(n: int) -> str:
    """'1 balss', '21 balss', '11 balsis', '1 234 balsis'."""
    word = "balss" if n % 10 == 1 and n % 100 != 11 else "balsis"
    return f"{grouped(n, ' ')} {word}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("sp", rng)
    long = rng.random() < 0.5
    dated = bool(t.released) and rng.random() < 0.45
    ld = schema(t, ("director", "actor", "genre", "contentRating", "datePublished", "description")) if rng.random() < 0.35 else ""
    blocks = [_facts(t, c, rng, long, dated), _dates(t, c, rng, long) if dated else "",
              cast_block(t, c, "Lomās", "/aktieris/"), _trailer(t, c),
              episodes_block(ctx, c, "Sērijas", lambda e: _episode(e, long)), _sessions(t, c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Jums varētu patikt", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} min. · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}. sezona, {e.number}. sērija · {e.minutes} min. · {datums(e.aired, long)}</p><p>Režisors: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    chips = "".join(f'<span class="{c("chip")}">{esc(g)}</span>' for g in t.genres)
    if t.rating:
        chips += f'<span class="{c("age")}">{esc(t.rating)}</span>'
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("orig")}"><i>{esc(t.title)}</i></p><div class="{c("chips")}">{chips}</div>'
    if t.votes:
        out += f'<div class="{c("score")}">Skatītāju vērtējums <b>{3 + len(t.slug) % 2},{len(t.title) % 10}</b> <span>({balsis(t.votes)})</span></div>'
    out += f'<p class="{c("views")}">Skatījumi: {grouped(rng.randint(100, 90000), " ")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Par filmu</h2><p>{esc(t.synopsis)}</p></div>'
    if t.imdb:
        out += f'<p>{imdb_link(t.imdb, "IMDb")}</p>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool, dated: bool) -> str:
    music, camera, producer = others_people(t, rng, 3)
    length = f"{t.runtime} min." + (" sērijā" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Režisors", esc(", ".join(t.directors))), ("Scenārija autors", esc(", ".join(t.writers))),
            ("Komponists", esc(music)), ("Operators", esc(camera)), ("Producents", esc(producer)),
            ("Žanrs", esc(", ".join(t.genres))), ("Valsts", esc(", ".join(t.countries))),
            ("Gads", str(t.year or "")), ("Ilgums", length), ("Vecuma ierobežojums", esc(t.rating or "")),
            ("Sezonas", str(t.seasons or ""))]
    if t.released and not dated:
        rows.append(("Pirmizrāde pasaulē", datums(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Pirmizrāde Latvijā", datums(t.released + timedelta(days=rng.randint(10, 300)), long)))
    rows += [("Producētājkompānija", esc(", ".join(t.studios))),
             ("Izplatītājs", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.6 else ""),
             ("Valoda", pick(rng, LANGUAGES))]
    style = pick(rng, ("accordion", "accordion", "split", "dl"))
    return f'<section class="{c("details")}"><h2>Informācija</h2>{facts16(c, style, rows)}</section>'


def _dates(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    assert t.released
    events = [(t.released, "Pirmizrāde pasaulē")]
    if rng.random() < 0.7:
        events.append((t.released + timedelta(days=rng.randint(10, 240)), "Pirmizrāde Latvijā"))
    if rng.random() < 0.4:
        events.append((t.released + timedelta(days=rng.randint(250, 420)), "Rīgas Starptautiskais kino festivāls"))
    return timeline(c, "Hronoloģija", events, lambda d: datums(d, long))


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Treileris</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.35:
        return ""
    rows = "".join(f'<li><b>{hall}</b> <time>{rng.randint(11, 22)}:{rng.choice(("00", "15", "30", "45"))}</time> <span>{rng.choice(("6,50", "7,50", "8,00"))} €</span></li>' for hall in rng.sample(HALLS, 2))
    return f'<section class="{c("sessions")}"><h2>Seansi</h2><ul>{rows}</ul></section>'
