# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinomillennium: a film or series page of the Millennium cinema in Tirana (Albanian). The
<h1>; the line 'Dramë, Triller | 111 min | 12+'; 'Vlerësimi 7,4 (1.234 vota)' ('1 votë')
beside 'Shikime: 12.345' (a trap); the facts as chips whose label is only their title
attribute (a tooltip), a responsive table (labels in data-label shown by the CSS) or a list of
'Label: value' items: 'Regjia', 'Skenari', 'Muzika', 'Producenti' and 'Kinematografia' (traps),
'Zhanri', 'Shteti', 'Viti', 'Kohëzgjatja: 111 min' (a series' 'min për episod'), 'Mosha' ('Për
të gjitha moshat', '12+'), 'Premiera: 27 tetor 1995' (or '27.10.1995') beside a later
'Premiera në Shqipëri' (a trap), 'Prodhimi', 'Shpërndarësi' (a trap), 'Buxheti: 3.600.000 $',
'Të ardhurat', 'Sezone'; 'Aktorët' as 'Emri si Personazhi' lines; the trailer; a series'
episodes with their own directors and writers; 'Oraret' with halls and '600 Lekë' prices;
comments; 'Filma të ngjashëm'; the IMDb link; a JSON-LD Movie on some pages. No tagline,
audience text or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, imdb_link, youtube_embed
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites16.common import (
    Chrome,
    Classes,
    ages,
    comments,
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
    translate,
)

NAME = "kinomillennium"
MONTHS = ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
          "tetor", "nëntor", "dhjetor")
GENRES = {"Action": "Aksion", "Adventure": "Aventurë", "Animation": "Animacion",
          "Comedy": "Komedi", "Crime": "Krim", "Documentary": "Dokumentar", "Drama": "Dramë",
          "Family": "Familjar", "Fantasy": "Fantazi", "History": "Histori", "Horror": "Horror",
          "Music": "Muzikor", "Mystery": "Mister", "Romance": "Romancë",
          "Science Fiction": "Fantashkencë", "Thriller": "Triller", "War": "Luftë",
          "Western": "Western"}
COUNTRIES = {"United States": "SHBA", "United Kingdom": "Mbretëria e Bashkuar",
             "France": "Francë", "Germany": "Gjermani", "Japan": "Japoni", "China": "Kinë",
             "South Korea": "Koreja e Jugut", "India": "Indi", "Brazil": "Brazil",
             "Australia": "Australi", "Canada": "Kanada", "Spain": "Spanjë", "Italy": "Itali",
             "Mexico": "Meksikë", "Nigeria": "Nigeri", "Sweden": "Suedi", "Denmark": "Danimarkë",
             "Argentina": "Argjentinë", "Iran": "Iran", "Poland": "Poloni"}
AGES = ages("Për të gjitha moshat", "7+", "12+", "15+", "18+")
DISTRIBUTORS = ("Millennium Film", "Cineplexx Albania", "Tirana Film Distribution")
HALLS = ("Salla 1", "Salla 2", "Salla VIP")
PROSE = Prose(
    verbs=("kthehet në", "trashëgon", "kërkon", "ikën nga", "ruan", "humbet"),
    things=("fshatin e përmbytur", "pemishten e familjes", "farin e vjetër", "minierën e braktisur",
            "qytezën kufitare", "tragetin e fundit"),
    synopsis=("{hero} {verb} {thing} dhe zbulon se edhe {other} {verb2} {thing2}. "
              "{title} është një histori për besnikëri të vjetra që i vë në provë një sezon i gjatë."),
    taglines=("Çdo gjë ka çmimin e vet.",),
    audiences=("Shikuesit lavdërojnë aktorët.",))
CHROME = Chrome("sq", "Kinema Millennium", ("Në kinema", "Së shpejti", "Filma", "Seriale", "Ngjarje", "Biletat"),
                ("Ne përdorim cookies për të përmirësuar shërbimin.", "Pranoj", "Cilësimet"),
                ("Rreth nesh", "Kontakt", "Kushtet", "Privatësia"), "© 2026 Kinema Millennium", "__MILLENNIUM__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, streaming=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def data(d: date, long: bool) -> str:
    """'27 tetor 1995' or '27.10.1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def leke(m: Money) -> str:
    """'3.600.000 $', '70.000.000 CNY'."""
    return f"{grouped(m.amount, '.')} {SYMBOLS.get(m.currency, m.currency)}"


def vota(n: int) -> str:
    return f"{grouped(n, '.')} {'votë' if n == 1 else 'vota'}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mil", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "author", "actor", "genre", "contentRating", "aggregateRating", "description")) if rng.random() < 0.4 else ""
    blocks = [_facts(t, c, rng, long), _cast(t, c), _trailer(t, c),
              episodes_block(ctx, c, "Episodet", lambda e: _episode(e, long)), _times(t, c, rng),
              comments(ctx, c, "Komente", "Ende nuk ka komente.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Filma të ngjashëm", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} | {o.runtime or 97} min | {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Sezoni {e.season}, episodi {e.number} | {e.minutes} min | {data(e.aired, long)}</p><p>Regjia: {esc(e.director)} · Skenari: {esc(e.writer)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    line = [", ".join(t.genres), f"{t.runtime} min" if t.runtime else "", t.rating or ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" | ".join(x for x in line if x))}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Vlerësimi <b>{5 + len(t.slug) % 4},{len(t.title) % 10}</b> <span>({vota(t.votes)})</span></div>'
    out += f'<p class="{c("views")}">Shikime: {grouped(rng.randint(100, 300000), ".")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Përmbledhja</h2><p>{esc(t.synopsis)}</p></div>'
    if t.imdb:
        out += f'<p>{imdb_link(t.imdb, "Shiko në IMDb")}</p>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    music, producer, camera = others_people(t, rng, 3)
    length = f"{t.runtime} min" + (" për episod" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Regjia", esc(", ".join(t.directors))), ("Skenari", esc(", ".join(t.writers))),
            ("Muzika", esc(music)), ("Producenti", esc(producer)), ("Kinematografia", esc(camera)),
            ("Zhanri", esc(", ".join(t.genres))), ("Shteti", esc(", ".join(t.countries))),
            ("Viti", str(t.year or "")), ("Kohëzgjatja", length), ("Mosha", esc(t.rating or "")),
            ("Sezone", str(t.seasons or ""))]
    if t.released:
        rows.append(("Premiera", data(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Premiera në Shqipëri", data(t.released + timedelta(days=rng.randint(10, 300)), long)))
    rows += [("Prodhimi", esc(", ".join(t.studios))),
             ("Shpërndarësi", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.5 else ""),
             ("Buxheti", leke(t.budget) if t.budget else ""),
             ("Të ardhurat", leke(t.box_office) if t.box_office else "")]
    style = pick(rng, ("titled", "titled", "responsive", "list"))
    return f'<section class="{c("details")}"><h2>Detaje</h2>{facts16(c, style, rows)}</section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    lines = "".join(f'<li><a href="/aktor/{i}">{esc(p.actor)}</a>' + (f" si <i>{esc(p.character)}</i>" if p.character else "") + "</li>" for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>Aktorët</h2><ul>{lines}</ul></section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Traileri</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _times(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.4:
        return ""
    rows = "".join(f'<li><b>{hall}</b> <time>{rng.randint(12, 22)}:{rng.choice(("00", "30"))}</time> <span>{rng.choice(("500", "600", "800"))} Lekë</span></li>' for hall in rng.sample(HALLS, 2))
    return f'<section class="{c("times")}"><h2>Oraret</h2><ul>{rows}</ul></section>'
