# ruff: noqa: E501  (HTML templates read best on one line)
"""FilmVandaag: a filmvandaag.nl film or series page (Dutch). The <h1>; a line 'Drama, Romantiek ·
1995 · 111 minuten' (a series' '5 seizoenen'); the tagline in curly quotes on some pages; the
Kijkwijzer age 'Kijkwijzer: 12' with its pictograms ('Geweld', 'Angst') as text; 'Waar te zien?'
with 'Te zien bij 3 diensten' (or 'Bij geen van de 7 diensten die we volgen') and 'Laatst
gecontroleerd op 3 maart 2026', rental and purchase prices in € as traps; 'Gebruikers 7,1 (1.234
stemmen)' beside the IMDb score with its link (a trap number); 'Regie', 'Scenario', 'Met'
(actors 'als' their role on some deploys), 'Muziek' a trap; 'Premiere: 27 oktober 1995' (a
series' 'Eerste uitzending'), 'Land', 'Productie' studios; an embedded YouTube trailer; 'Vandaag
op tv' with other titles' channels and times, 'Vergelijkbaar'; a JSON-LD Movie on some pages.
No audience text or money."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, imdb_link, youtube_embed
from tests.heldout_sites2.records import Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.moviemeter import COUNTRIES, GENRES, MONTHS, PROSE
from tests.heldout_sites12.common import (
    Classes,
    cookie_banner,
    dotted,
    fit_rng,
    footer,
    look,
    nav,
    no_characters,
    others_people,
    pick,
    rail,
    rated,
    schema,
    translate,
)

NAME = "filmvandaag"
KIJKWIJZER = {"G": "AL", "U": "AL", "TV-Y": "AL", "TV-G": "AL", "FSK 0": "AL", "PG": "6",
              "TV-PG": "9", "FSK 6": "6", "PG-13": "12", "12A": "12", "M": "12", "TV-14": "14",
              "FSK 12": "12", "R": "16", "15": "14", "MA15+": "16", "FSK 16": "16",
              "TV-MA": "16", "NC-17": "18", "18": "18", "R18+": "18", "FSK 18": "18"}


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), KIJKWIJZER)
    t = replace(t, audience=None, budget=None, box_office=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def datum(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fv", rng)
    ld = schema(t, ("description", "director", "author", "actor", "aggregateRating", "datePublished", "numberOfSeasons")) if rng.random() < 0.5 else ""
    trailer = f'<section class="{c("trailer")}"><h2>Trailer</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
    blocks = [_where(t, c, rng), _details(t, c, rng), trailer, _tv(ctx, c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(t.title)} ({t.year or ""}) - {"Serie" if t.kind == "show" else "Film"} - FilmVandaag.nl</title>'
            f'<link rel="canonical" href="{t.url}">{css("fv", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "FilmVandaag gebruikt cookies om de site te verbeteren en advertenties te tonen.", "Akkoord", "Instellingen")}'
            f'{nav(c, "FilmVandaag", ("Films", "Series", "Bioscoop", "Streaming", "Tv-gids", "Nieuw op Netflix"))}<main class="{c("main")}">{_head(t, c, rng)}{"".join(blocks)}'
            f'{rail(ctx, c, "Vergelijkbaar", _line)}</main>'
            f'{footer(c, ("Over ons", "Contact", "Privacy", "Cookies", "Adverteren"), "© 2026 FilmVandaag.nl")}{app_state("__FV__", ctx.others, {"land": "nl"})}</body></html>')


def _line(o: Title) -> str:
    votes = o.votes or 1
    return f"{o.year} · {o.runtime or 97} minuten · Kijkwijzer {o.rating or ''} · {dotted(votes)} stem{'men' if votes != 1 else ''}"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    line = [", ".join(map(esc, t.genres))] if t.genres else []
    line += [str(t.year)] if t.year else []
    if t.runtime:
        line.append(f"{t.runtime} minuten" + (" per aflevering" if t.kind == "show" else ""))
    if t.seasons:
        line.append(f"{t.seasons} seizoen{'en' if t.seasons > 1 else ''}")
    out = f'<section class="{c("head")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{" · ".join(line)}</p>'
    if t.tagline:
        out += f'<p class="{c("tagline")}"><em>“{esc(t.tagline)}”</em></p>'
    if t.rating:
        icons = "".join(f'<img src="/kw/{x}.svg" alt="{x}">' for x in rng.sample(("Geweld", "Angst", "Grof taalgebruik", "Drugs"), 2))
        out += f'<div class="{c("kw")}">Kijkwijzer: <b>{t.rating}</b> {icons}</div>'
    scores = f'<span>Gebruikers <b>{6 + len(t.slug) % 4},{len(t.title) % 10}</b> ({dotted(t.votes)} stem{"men" if t.votes != 1 else ""})</span>' if t.votes else ""
    if t.imdb:
        scores += f' <span>{imdb_link(t.imdb)} <b>{rng.randint(50, 89) / 10}</b></span>'
    out += f'<div class="{c("scores")}">{scores}</div>' if scores else ""
    if t.synopsis:
        out += f'<div class="{c("plot")}"><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [("Regie", ", ".join(map(esc, t.directors))), ("Scenario", ", ".join(map(esc, t.writers))),
            ("Muziek", esc(others_people(t, rng, 1)[0]))]
    if any(p.character for p in t.cast):
        rows.append(("Met", ", ".join(f"{esc(p.actor)} als {esc(p.character)}" if p.character else esc(p.actor) for p in t.cast)))
    elif t.cast:
        rows.append(("Met", ", ".join(esc(p.actor) for p in t.cast)))
    if t.released:
        rows.append(("Eerste uitzending" if t.kind == "show" else "Premiere", datum(t.released)))
    rows += [("Land", ", ".join(map(esc, t.countries))), ("Productie", ", ".join(map(esc, t.studios)))]
    if rng.random() < 0.5:
        return f'<section class="{c("details")}"><h2>Details</h2><dl>' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows if v) + "</dl></section>"
    return f'<section class="{c("details")}"><h2>Details</h2>' + "".join(f'<p><span class="{c("k")}">{k}:</span> {v}</p>' for k, v in rows if v) + "</section>"


def _where(t: Title, c: Classes, rng: random.Random) -> str:
    s = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("where")}"><h2>Waar te zien?</h2><p>Nog niet te zien bij een streamingdienst.</p></section>'
    n = len(s.platforms)
    say = f"Te zien bij {n} dienst{'en' if n != 1 else ''}" if s.available else f"Bij geen van de {n} diensten die we volgen"
    items = "".join(f'<li>{esc(p)} <span>{pick(rng, ("Abonnement", "Huren € 3,99", "Kopen € 9,99")) if s.available else "niet beschikbaar"}</span></li>' for p in s.platforms)
    return f'<section class="{c("where")}"><h2>Waar te zien?</h2><p>{say}</p><ul>{items}</ul><small>Laatst gecontroleerd op {datum(s.verified_on)}</small></section>'


def _tv(ctx: Context, c: Classes, rng: random.Random) -> str:
    rows = "".join(f'<li><time>{rng.randint(18, 23)}:{pick(rng, ("05", "30", "45"))}</time> {pick(rng, ("NPO 1", "RTL 4", "SBS6", "Veronica"))} <a href="{o.path}">{esc(o.title)}</a></li>' for o in ctx.others[:3])
    return f'<section class="{c("tv")}"><h2>Vandaag op tv</h2><ul>{rows}</ul></section>'
