# ruff: noqa: E501  (HTML templates read best on one line)
"""Ofdb: an OFDb-like German database page in an old table layout. The <h1> reads 'Titel
(1995)' on some deploys; a facts table of 'Label:' / value cells ('Herstellungsland:',
'Erscheinungsjahr:', 'Regie:', 'Drehbuch:', 'Darsteller:', 'Genre(s):', 'Freigabe:',
'Laufzeit: ca. 111 Min.', 'Staffeln:'), the 'Inhalt:' cell only a preview ending in
'[mehr]' with the full text in a later 'Inhaltsangabe' box; a 'Fassungen' table of releases
(DVD/Blu-ray/TV cuts) each with its own runtime ('108:34 Min. (PAL)'), label and date; a
'Besetzung & Crew' table with 'als Rolle' and crew jobs (Kamera, Musik, Produzent); for shows
an 'Episodenführer' whose episodes carry their own 'Regie:', 'Drehbuch:' and runtimes; dotted
thousands ('3.600.000 €', '$ 3.600.000', '12.400 Stimmen') and 'Note: 7,45'; German dates
('12.03.1995'); FSK ratings; no schema.org at all."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.common import (
    Classes,
    cookie_banner,
    dotted,
    look,
    others_people,
    pick,
    translate,
)

NAME = "ofdb"
GENRES = {"Action": "Action", "Adventure": "Abenteuer", "Animation": "Animation",
          "Comedy": "Komödie", "Crime": "Krimi", "Documentary": "Dokumentation",
          "Drama": "Drama", "Family": "Familie", "Fantasy": "Fantasy", "History": "Historienfilm",
          "Horror": "Horror", "Music": "Musik", "Mystery": "Mystery", "Romance": "Liebe/Romantik",
          "Science Fiction": "Science-Fiction", "Thriller": "Thriller", "War": "Krieg",
          "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Großbritannien", "France": "Frankreich",
             "Germany": "Deutschland", "Japan": "Japan", "China": "China",
             "South Korea": "Südkorea", "India": "Indien", "Brazil": "Brasilien",
             "Australia": "Australien", "Canada": "Kanada", "Spain": "Spanien",
             "Italy": "Italien", "Mexico": "Mexiko", "Nigeria": "Nigeria", "Sweden": "Schweden",
             "Denmark": "Dänemark", "Argentina": "Argentinien", "Iran": "Iran", "Poland": "Polen"}
# the German board's certificates, for the US, UK and Australian ones the generator draws
FSK = {"G": "FSK 0", "U": "FSK 0", "TV-Y": "FSK 0", "TV-G": "FSK 0", "PG": "FSK 6",
       "TV-PG": "FSK 6", "12A": "FSK 12", "PG-13": "FSK 12", "M": "FSK 12", "TV-14": "FSK 12",
       "15": "FSK 16", "R": "FSK 16", "MA15+": "FSK 16", "TV-MA": "FSK 16", "18": "FSK 18",
       "NC-17": "FSK 18", "R18+": "FSK 18", "Not Rated": "ungeprüft"}
PROSE = Prose(
    verbs=("kehrt zurück zu", "erbt", "sucht nach", "flieht vor", "verliebt sich in",
           "entdeckt", "bewacht", "verliert", "baut wieder auf"),
    things=("einem überfluteten Dorf", "der Obstplantage der Familie", "einer gestohlenen Geige",
            "einem alten Leuchtturm", "einem maroden Zirkus", "der letzten Fähre",
            "einer stillgelegten Mine", "einer Grenzstadt"),
    synopsis=("{hero} {verb} {thing} und merkt, dass auch {other} {verb2} {thing2}. In "
              "„{title}“ werden alte Loyalitäten eine lange Saison über auf die Probe gestellt, "
              "und nichts kommt so zurück, wie es gegangen ist."),
    taglines=("Alles hat seinen Preis.", "Manche Türen bleiben verschlossen.",
              "Die Flut kommt immer zurück.", "Ein Sommer. Eine Chance."),
    audiences=("Das Publikum lobt die Darsteller und die Bilder; das Ende spaltet die Meinungen, "
               "doch die Besetzung trägt die Geschichte.",
               "Viele nennen ihn langsam, aber bewegend, mit wunderbarer Musik."))


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    return replace(t, rating=FSK.get(t.rating, t.rating) if t.rating else None,
                   studios_shown=len(t.studios))


def day(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def money(m: Money, rng: random.Random) -> str:
    symbol = SYMBOLS.get(m.currency, m.currency)
    if m.currency == "USD" and rng.random() < 0.5:
        return f"$ {dotted(m.amount)}"
    return f"{dotted(m.amount)} {symbol}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ofdb", rng)
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f"{f' ({t.year})' if t.year else ''} - OFDb</title><link rel=\"canonical\" href=\"{t.url}\">"
            f'{css("ofdb", t.slug, 60)}</head><body>{cookie_banner(c("cmp"), "Wir verwenden Cookies, um Inhalte zu personalisieren.", "Alle akzeptieren", "Einstellungen")}'
            f'{_nav(c)}<table class="{c("layout")}" width="100%"><tr><td class="{c("side")}" valign="top">{_sidebar(ctx, c)}</td>'
            f'<td valign="top">{_head(t, c, rng)}{_facts(t, c, rng)}{_full_text(t, c)}{_credits(t, c, rng)}'
            f"{_episodes(ctx, c)}{_versions(t, c, rng)}{_watch(t.streaming, c)}{_reviews(ctx, c)}</td></tr></table>{_footer(c)}"
            f'{app_state("__OFDB__", ctx.others, {"sprache": "de"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Neuheiten", "Filme", "Serien", "Personen", "Fassungen", "Schnittberichte", "Forum")
    return (f'<header class="{c("top")}"><a href="/"><img alt="OFDb - Online-Filmdatenbank" src="/images/ofdb.png"></a>'
            '<nav>' + " | ".join(f'<a href="/{x.lower()}/">{x}</a>' for x in items)
            + '</nav><form><input name="SText" placeholder="Suche"></form></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    year = f" ({t.year})" if t.year and rng.random() < 0.6 else ""
    return f'<h1 class="{c("title")}"><font size="3"><b>{esc(t.title)}{year}</b></font></h1>'


def _row(label: str, value: str) -> str:
    return f'<tr valign="top"><td nowrap><font class="Normal">{label}</font></td><td><font class="Daten"><b>{value}</b></font></td></tr>'


def _links(names: tuple[str, ...], kind: str) -> str:
    return "<br>".join(f'<a href="/{kind}/{i}">{esc(n)}</a>' for i, n in enumerate(names))


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [_row("Typ:", "Serie" if t.kind == "show" else "Film")]
    if t.countries:
        rows.append(_row("Herstellungsland:", " / ".join(map(esc, t.countries))))
    if t.year:
        rows.append(_row("Erscheinungsjahr:", str(t.year)))
    if t.released:
        rows.append(_row(pick(rng, ("Erstaufführung:", "Kinostart:", "Veröffentlichung:")), day(t.released)))
    if t.directors:
        rows.append(_row("Regie:", _links(t.directors, "person")))
    if t.writers:
        rows.append(_row("Drehbuch:", _links(t.writers, "person")))
    if t.cast:
        names = tuple(p.actor for p in t.cast[:4])
        rows.append(_row("Darsteller:", _links(names, "person") + ("<br><a href=\"#besetzung\">[mehr]</a>" if len(t.cast) > 4 else "")))
    if t.genres:
        rows.append(_row("Genre(s):", "<br>".join(esc(g) for g in t.genres)))
    if t.rating:
        rows.append(_row("Freigabe:", esc(t.rating)))
    if t.runtime:
        rows.append(_row("Laufzeit:", f"{pick(rng, ('ca. ', ''))}{t.runtime} Min."))
    if t.seasons:
        rows.append(_row("Staffeln:", str(t.seasons)))
    if t.studios:
        rows.append(_row("Produktion:", "<br>".join(map(esc, t.studios))))
    if t.budget:
        rows.append(_row("Budget:", money(t.budget, rng)))
    if t.box_office:
        rows.append(_row("Einspielergebnis:", money(t.box_office, rng) + pick(rng, ("", " (weltweit)"))))
    if t.imdb:
        rows.append(_row("Links:", f'<a href="https://www.imdb.com/title/{t.imdb}/" target="_blank">IMDb</a>'))
    if t.votes:
        score = f"{5 + len(t.slug) % 4},{len(t.title) * 7 % 100:02d}"
        rows.append(_row("Note:", f"{score} <small>({dotted(t.votes)} {'Stimme' if t.votes == 1 else 'Stimmen'})</small>"))
    if t.synopsis:
        rows.append(_row("Inhalt:", f"{esc(t.synopsis[:90].rsplit(' ', 1)[0])} … <a href=\"#inhalt\">[mehr]</a>"))
    return f'<table class="{c("facts")}" cellpadding="2">{"".join(rows)}</table>'


def _full_text(t: Title, c: Classes) -> str:
    out = ""
    if t.tagline:
        out += f'<p class="{c("tagline")}"><i>Tagline:</i> {esc(t.tagline)}</p>'
    if t.synopsis:
        out += f'<div id="inhalt" class="{c("plot")}"><h2>Inhaltsangabe</h2><p>{esc(t.synopsis)}</p><small>Quelle: Verleih</small></div>'
    if t.audience:
        out += f'<div class="{c("voice")}"><h2>Was Zuschauer sagen</h2><p>{esc(t.audience)}</p></div>'
    if t.trailer:
        out += (f'<div class="{c("trailer")}"><h2>Trailer</h2><iframe width="480" height="270" '
                f'src="https://www.youtube.com/embed/{t.trailer}?hl=de"></iframe></div>')
    return out


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 3)
    rows = [f"<tr><td>{esc(p.actor)}</td><td>{'als ' + esc(p.character) if p.character else ''}</td></tr>" for p in t.cast]
    crew = [("Kamera", extra[0]), ("Musik", extra[1]), ("Produzent", extra[2])]
    rows += [f"<tr><td>{esc(n)}</td><td>{job}</td></tr>" for job, n in crew]
    return f'<table id="besetzung" class="{c("cast")}"><caption>Besetzung &amp; Crew</caption>{"".join(rows)}</table>'


def _episodes(ctx: Context, c: Classes) -> str:
    """The episode guide: each episode's own date, runtime and 'Regie:' / 'Drehbuch:' credits."""
    if not ctx.episodes:
        return ""
    rows = "".join(f"<tr><td>{e.season}x{e.number:02d}</td><td><b>{esc(e.name)}</b><br><small>Erstausstrahlung: "
                   f"{day(e.aired)} · {e.minutes} Min.</small></td><td>Regie: {esc(e.director)}<br>Drehbuch: {esc(e.writer)}</td></tr>"
                   for e in ctx.episodes)
    return f'<table class="{c("episodes")}"><caption>Episodenführer (neueste Staffel)</caption>{rows}</table>'


def _versions(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    for i, (medium, label) in enumerate((("DVD", "Concorde"), ("Blu-ray", "Koch Media"), ("TV", "ZDF"))):
        # releases of a title whose runtime or rating the page does not give say nothing either
        length, cert = "–", "–"
        if t.runtime:
            minutes = t.runtime * 24 / 25 - i * 1.5  # PAL speed-up, then cuts
            length = f"{int(minutes)}:{int(minutes % 1 * 60):02d} Min. (PAL)"
        if t.rating:
            cert = pick(rng, ("FSK 12", "FSK 16", "ungeprüft"))
        rows.append(f"<tr><td>{medium}</td><td>{label}</td><td>{day(date(2005 + i * 4, 1 + i * 3, 9 + i))}</td>"
                    f"<td>{length}</td><td>{cert}</td></tr>")
    return (f'<table class="{c("versions")}"><caption>Fassungen</caption><tr><th>Medium</th><th>Label</th><th>VÖ</th>'
            f'<th>Laufzeit</th><th>Freigabe</th></tr>{"".join(rows)}</table>')


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("vod")}"><h2>Streaming</h2><p>Noch bei keinem Streamingdienst verfügbar.</p></div>'
    n = len(s.platforms)
    head = (f"Verfügbar bei {n} {'Streamingdienst' if n == 1 else 'Streamingdiensten'}" if s.available
            else f"Derzeit bei keinem der {n} {'Streamingdienst' if n == 1 else 'Streamingdienste'} verfügbar")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<div class="{c("vod")}"><h2>Streaming</h2><p>{head}</p><ul>{items}</ul><small>Stand: {day(s.verified_on)}</small></div>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f"<tr><td>{esc(r.author)}</td><td>{day(r.posted)}</td><td>Note {r.score}/10</td><td>{esc(r.text)}</td></tr>"
                    for r in ctx.reviews)
    return f'<table class="{c("reviews")}"><caption>Reviews</caption>{items}</table>'


def _sidebar(ctx: Context, c: Classes) -> str:
    items = "".join(f'<tr><td><a href="{o.path}">{esc(o.title)} ({o.year})</a></td><td>{o.runtime or 97} Min.</td>'
                    f"<td>{dotted(o.votes or 1)} Stimmen</td></tr>" for o in ctx.others)
    return f'<table class="{c("toplist")}"><caption>Neu in der OFDb</caption>{items}</table>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | '
            '<a href="/faq">FAQ</a> | <a href="/kontakt">Kontakt</a><p>© 2004-2026 OFDb.example</p></footer>')
