# ruff: noqa: E501  (HTML templates read best on one line)
"""Apollokino: an Apollo Kino (Estonia) film page (Estonian; series it screens too). The <h1>;
chips 'Draama, Krimi' and the age limit ('MS-12', 'K-16', 'PERE'); the dates as a timeline of
<time> items ('27.10.1995 Maailmaesilinastus', a later 'Eesti esilinastus' and 'PÖFF' festival
screening, traps) or as a fact; the facts as a definition list split over two columns or 'Label:
value' lines: 'Režissöör', 'Stsenarist', 'Näitlejad' ('Nimi (roll)' cards or names), 'Helilooja',
'Operaator' and 'Produtsent' (traps), 'Žanr', 'Riik', 'Aasta', 'Kestus: 1 t 51 min' (or '111
min'; a series' 'min / osa'), 'Vanusepiirang', 'Tootjafirma' (studios), 'Levitaja' and 'Keel'
(traps), 'Hooaegu'; 'Kasutajate hinne 4,2 (1 234 häält)'; the trailer; 'Seansid' with halls,
times and '8,90 €' prices, 'Apollo Klubi' points (traps); a series' episodes with their own
directors; 'Sulle võib meeldida ka'; a JSON-LD Movie on some pages. No tagline, audience text,
money, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, hours, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites15.common import (
    Chrome,
    Classes,
    ages,
    any_facts,
    cast_block,
    episodes_block,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    schema,
    translate,
)

NAME = "apollokino"
MONTHS = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
          "september", "oktoober", "november", "detsember")
GENRES = {"Action": "Märul", "Adventure": "Seiklus", "Animation": "Animatsioon",
          "Comedy": "Komöödia", "Crime": "Krimi", "Documentary": "Dokumentaal", "Drama": "Draama",
          "Family": "Perefilm", "Fantasy": "Fantaasia", "History": "Ajalugu", "Horror": "Õudus",
          "Music": "Muusikal", "Mystery": "Müsteerium", "Romance": "Romantika",
          "Science Fiction": "Ulme", "Thriller": "Põnevus", "War": "Sõjafilm",
          "Western": "Vestern"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Suurbritannia", "France": "Prantsusmaa",
             "Germany": "Saksamaa", "Japan": "Jaapan", "China": "Hiina",
             "South Korea": "Lõuna-Korea", "India": "India", "Brazil": "Brasiilia",
             "Australia": "Austraalia", "Canada": "Kanada", "Spain": "Hispaania",
             "Italy": "Itaalia", "Mexico": "Mehhiko", "Nigeria": "Nigeeria", "Sweden": "Rootsi",
             "Denmark": "Taani", "Argentina": "Argentina", "Iran": "Iraan", "Poland": "Poola"}
# the Estonian film classification: PERE (family), MS-6, MS-12, K-16 (no adults-only tier here)
AGES = ages("PERE", "MS-6", "MS-12", "K-16", None)
DISTRIBUTORS = ("Hea Film", "Estinfilm", "Best Film", "Acme Film", "Tallinnfilm")
LANGUAGES = ("inglise", "prantsuse", "eesti", "saksa", "jaapani")
HALLS = ("Apollo Kino Solaris, saal 3", "Apollo Kino Ülemiste, saal 7", "Apollo Kino Lõunakeskus, saal 2", "Apollo Kino Pärnu, saal 1")
PROSE = Prose(
    verbs=("naaseb", "pärib", "otsib", "põgeneb", "kaitseb", "kaotab"),
    things=("üleujutatud külla", "pere õunaaeda", "vanasse majakasse", "mahajäetud kaevandusse",
            "piirilinna", "viimasele praamile"),
    synopsis=("{hero} {verb} {thing} ja avastab, et ka {other} {verb2} {thing2}. "
              "{title} räägib vanadest truudustest, mis pannakse proovile ühe pika hooaja jooksul."),
    taglines=("Kõigel on oma hind.",),
    audiences=("Vaatajad kiidavad näitlejaid.",))
CHROME = Chrome("et", "Apollo Kino", ("Kinokava", "Filmid", "Tulekul", "Piletid", "Apollo Klubi", "Kinkekaardid"),
                ("Kasutame küpsiseid, et pakkuda paremat kasutajakogemust.", "Nõustun", "Seaded"),
                ("Meist", "Kontakt", "Tingimused", "Privaatsus", "Karjäär"), "© 2026 Apollo Kino", "__APOLLO__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, budget=None, box_office=None, imdb=None,
                streaming=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def kuupaev(d: date, long: bool = False) -> str:
    """'27.10.1995' or '27. oktoober 1995'."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def kestus(n: int, long: bool) -> str:
    """'1 t 51 min' (tund, minutit) or '111 min'."""
    return hours(n, " t", " min") if long else f"{n} min"


def haalt(n: int) -> str:
    return f"{grouped(n, ' ')} {'hääl' if n == 1 else 'häält'}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ap", rng)
    long = rng.random() < 0.5
    timeline = rng.random() < 0.6
    ld = schema(t, ("director", "actor", "genre", "contentRating", "description")) if rng.random() < 0.4 else ""
    blocks = [_facts(t, c, rng, long, timeline), _timeline(t, c, rng) if timeline else "",
              cast_block(t, c, "Näitlejad", "/naitleja/"), _trailer(t, c),
              episodes_block(ctx, c, "Osad", lambda e: _episode(e, long)), _sessions(t, c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Sulle võib meeldida ka", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} · {kestus(o.runtime or 97, long)} · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}. hooaeg, {e.number}. osa · {kestus(e.minutes, long)} · {kuupaev(e.aired)}</p><p>Režissöör: {esc(e.director)}</p>"


def _head(t: Title, c: Classes) -> str:
    chips = "".join(f'<span class="{c("chip")}">{esc(g)}</span>' for g in t.genres)
    if t.rating:
        chips += f'<span class="{c("age")}">{esc(t.rating)}</span>'
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><div class="{c("chips")}">{chips}</div>'
    if t.votes:
        out += f'<div class="{c("score")}">Kasutajate hinne <b>{3 + len(t.slug) % 2},{len(t.title) % 10}</b> <span>({haalt(t.votes)})</span></div>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Sisu</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool, timeline: bool) -> str:
    music, camera, producer = others_people(t, rng, 3)
    length = kestus(t.runtime, long) + (" / osa" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Režissöör", esc(", ".join(t.directors))), ("Stsenarist", esc(", ".join(t.writers))),
            ("Helilooja", esc(music)), ("Operaator", esc(camera)), ("Produtsent", esc(producer)),
            ("Žanr", esc(", ".join(t.genres))), ("Riik", esc(", ".join(t.countries))),
            ("Aasta", str(t.year or "")), ("Kestus", length), ("Vanusepiirang", esc(t.rating or "")),
            ("Hooaegu", str(t.seasons or ""))]
    if t.released and not timeline:
        rows.append(("Maailmaesilinastus", kuupaev(t.released, long)))
    rows += [("Tootjafirma", esc(", ".join(t.studios))),
             ("Levitaja", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.6 else ""),
             ("Keel", pick(rng, LANGUAGES))]
    style = pick(rng, ("split", "split", "lines"))
    return f'<section class="{c("details")}"><h2>Filmist</h2>{any_facts(c, style, rows)}</section>'


def _timeline(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.released:
        return ""
    events = [(t.released, "Maailmaesilinastus")]
    if rng.random() < 0.7:
        events.append((t.released + timedelta(days=rng.randint(15, 240)), "Eesti esilinastus"))
    if rng.random() < 0.4:
        events.append((t.released + timedelta(days=rng.randint(250, 400)), "PÖFF-i seanss"))
    items = "".join(f'<li><time datetime="{d.isoformat()}">{kuupaev(d)}</time> <span>{what}</span></li>' for d, what in events)
    return f'<section class="{c("timeline")}"><h2>Ajajoon</h2><ol>{items}</ol></section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Treiler</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.35:
        return ""
    rows = "".join(f'<li><b>{esc(hall)}</b> <time>{rng.randint(11, 22)}:{rng.choice(("00", "15", "30", "45"))}</time> <span>{rng.choice(("7,90", "8,90", "9,50"))} €</span></li>' for hall in rng.sample(HALLS, 3))
    return f'<section class="{c("sessions")}"><h2>Seansid</h2><ul>{rows}</ul><p>Apollo Klubi liikmele {rng.randint(50, 300)} punkti</p></section>'
