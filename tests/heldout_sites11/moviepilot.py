# ruff: noqa: E501  (HTML templates read best on one line)
"""Moviepilot: a moviepilot.de film or series page (German). The <h1>; a header line 'Drama,
Liebesfilm · 1995 · Vereinigte Staaten' (a series' '5 Staffeln'); 'Community' score with '12.345
Bewertungen' (dotted thousands), 'Vorhersage' (a prediction for the reader, a trap),
'Kommentare' and 'Vormerkungen' counts as traps; 'Handlung'; 'Filmdetails' (a <dl>, or a list of
facts on some deploys: 'Kinostart 27.10.1995' or a series' 'Erstausstrahlung', 'Laufzeit 111
Min.' or 'Episodenlänge 45 Min.', 'FSK 16', 'Produktionsland', 'Produktionsfirma' studios,
'Verleih' a trap, 'Budget 3.600.000 $'); 'Cast & Crew' cards ('Regie', 'Drehbuch', 'Kamera' and
'Musik' as traps, actors over their 'Rolle' on some deploys); 'Wo kann man ... schauen?' with '3
Anbieter' (or 'Bei keinem der 7 Anbieter im Abo verfügbar'), 'Leihen 3,99 €' as a trap and
'Stand: 03.03.2026'; an embedded YouTube trailer; community comments; 'Ähnliche Filme'; a
JSON-LD Movie with its rating count on some deploys. No tagline, audience text, box office or
IMDb link."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc, grouped, youtube_embed
from tests.heldout_sites2.records import Money, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites9.dewiki import COUNTRIES, FSK, GENRES, PROSE
from tests.heldout_sites11.common import (
    Classes,
    cookie_banner,
    dotted,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    schema,
    translate,
)

NAME = "moviepilot"


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), FSK)
    t = replace(t, tagline=None, audience=None, box_office=None, imdb=None,
                studios_shown=len(t.studios))
    if t.kind == "show":
        t = replace(t, budget=None)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def day(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def geld(m: Money) -> str:
    return f"{grouped(m.amount, '.')} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mp", rng)
    ld = schema(t, ("director", "author", "actor", "aggregateRating", "datePublished", "contentRating")) if rng.random() < 0.5 else ""
    blocks = [_details(t, c, rng), _crew(t, c, rng), _where(t, c, rng), _comments(ctx, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    trailer = f'<section class="{c("trailer")}"><h2>Trailer</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
    return (f'<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>{esc(t.title)} | {"Serie" if t.kind == "show" else "Film"} {t.year or ""} | Moviepilot</title>'
            f'<link rel="canonical" href="{t.url}">{css("mp", t.slug, 105)}{ld}</head><body>'
            f'{cookie_banner(c("cmp"), "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.", "Zustimmen", "Ablehnen")}'
            f'{_nav(c)}<main class="{c("main")}">{_head(t, c, rng)}{trailer}{"".join(blocks)}{_similar(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__MP_DATA__", ctx.others, {"locale": "de"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Filme", "Serien", "Streaming", "Kino", "News", "Trailer", "Listen")
    return (f'<header class="{c("header")}"><a href="/" aria-label="Moviepilot">moviepilot</a><nav><ul>' + "".join(f'<li><a href="/n{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><a href="/login">Anmelden</a></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    line = [", ".join(map(esc, t.genres))] if t.genres else []
    line += [str(t.year)] if t.year else []
    line += [esc(t.countries[0])] if t.countries else []
    if t.seasons:
        line.append(f"{t.seasons} Staffel{'n' if t.seasons > 1 else ''}")
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><div class="{c("line")}">{" · ".join(line)}</div>{_community(t, c, rng)}'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Handlung von {esc(t.title)}</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _community(t: Title, c: Classes, rng: random.Random) -> str:
    votes = (f'<span class="{c("count")}">{dotted(t.votes)} Bewertung{"en" if t.votes != 1 else ""}</span>' if t.votes else "<span>Noch keine Bewertungen</span>")
    return (f'<div class="{c("ratings")}"><div><span>Community</span> <b>{6 + len(t.slug) % 4},{len(t.title) % 10}</b> {votes}</div>'
            f'<div><span>Vorhersage</span> <b>{rng.randint(4, 9)},{rng.randint(0, 9)}</b></div>'
            f'<div><span>{dotted(rng.randint(2, 999))}</span> Kommentare</div><div><span>{dotted((t.votes or 3) * 2 + rng.randint(1, 99))}</span> Vormerkungen</div></div>')


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    rows: list[tuple[str, str]] = []
    if t.released:
        rows.append(("Erstausstrahlung" if t.kind == "show" else "Kinostart", day(t.released)))
    if t.runtime:
        rows.append(("Episodenlänge" if t.kind == "show" else "Laufzeit", f"{t.runtime} Min."))
    if t.rating:
        rows.append(("Altersfreigabe", t.rating))
    if t.countries:
        rows.append(("Produktionsland", ", ".join(map(esc, t.countries))))
    if t.year:
        rows.append(("Produktionsjahr", str(t.year)))
    if t.studios:
        rows.append(("Produktionsfirma", ", ".join(map(esc, t.studios))))
    rows.append(("Verleih", pick(rng, ("Constantin Film", "Warner Bros. Deutschland", "Leonine", "Weltkino"))))
    if t.budget:
        rows.append(("Budget", geld(t.budget)))
    if rng.random() < 0.4:  # the app's list of facts
        items = "".join(f'<li class="{c("fact")}"><span class="{c("label")}">{k}</span> <span>{v}</span></li>' for k, v in rows)
        return f'<section class="{c("details")}"><h2>Details</h2><ul>{items}</ul></section>'
    body = "".join(f'<div class="{c("row")}"><dt>{k}</dt><dd>{v}</dd></div>' for k, v in rows)
    return f'<section class="{c("details")}"><h2>Filmdetails</h2><dl>{body}</dl></section>'


def _crew(t: Title, c: Classes, rng: random.Random) -> str:
    cards = [(d, "Regie") for d in t.directors] + [(w, "Drehbuch") for w in t.writers]
    extra = others_people(t, rng, 2)
    cards += [(extra[0], "Kamera"), (extra[1], "Musik")]
    cards += [(p.actor, f"Rolle: {p.character}" if p.character else "Darsteller") for p in t.cast]
    items = "".join(f'<li class="{c("person")}"><a href="/people/{i}">{esc(n)}</a><span class="{c("job")}">{esc(j)}</span></li>' for i, (n, j) in enumerate(cards))
    return f'<section class="{c("cast")}"><h2>Cast &amp; Crew</h2><ul>{items}</ul></section>'


def _where(t: Title, c: Classes, rng: random.Random) -> str:
    s = t.streaming
    if s is None:
        return ""
    head = f'<h2>Wo kann man {esc(t.title)} schauen?</h2>'
    if not s.counted:
        return f'<section class="{c("stream")}">{head}<p>{esc(t.title)} ist derzeit nicht im Stream verfügbar.</p></section>'
    n = len(s.platforms)
    say = f"{n} Anbieter" if s.available else f"Bei keinem der {n} Anbieter im Abo verfügbar"
    offers = "".join(f'<li>{esc(p)} <span>{pick(rng, ("Abo", "Leihen 3,99 €", "Kaufen 9,99 €")) if s.available else "nicht verfügbar"}</span></li>' for p in s.platforms)
    return f'<section class="{c("stream")}">{head}<p class="{c("providers")}">{say}</p><ul>{offers}</ul><p>Stand: {day(s.verified_on)}</p></section>'


def _comments(ctx: Context, c: Classes) -> str:
    items = "".join(f'<article class="{c("comment")}"><b>{esc(r.author)}</b> <span>{r.score},0</span> <time>{day(r.posted)}</time><p>{esc(r.text)}</p></article>' for r in ctx.reviews)
    return f'<section class="{c("comments")}"><h2>Kommentare</h2>{items or "<p>Noch keine Kommentare.</p>"}</section>'


def _similar(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>{o.year} · {o.runtime or 97} Min. · {esc(o.rating or "")}</span></li>' for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>Ähnliche Filme</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    links = ("Impressum", "Datenschutz", "Nutzungsbedingungen", "Privatsphäre-Einstellungen", "Jobs", "Kontakt")
    return (f'<footer class="{c("footer")}"><ul>' + "".join(f'<li><a href="/f{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul><p>© 2026 moviepilot GmbH</p></footer>")
