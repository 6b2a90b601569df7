# ruff: noqa: E501  (HTML templates read best on one line)
"""Itwiki: an Italian Wikipedia article. The <h1> carries a disambiguation on some pages ('Titolo
(film 1995)', '(serie televisiva)'), the infobox caption does not; the lead ('è un film del 1995
diretto da ...'); the 'sinottico' infobox of th/td rows ('Titolo originale', 'Lingua
originale', 'Paese di produzione', 'Anno', 'Durata' '111 min' or '45 min (episodio)', 'Genere'
in lower case, 'Regia', 'Sceneggiatura', 'Produttore', 'Casa di produzione', 'Distribuzione
in italiano', 'Fotografia', 'Musiche', 'Stagioni', 'Episodi', 'Interpreti e personaggi' as
'Actor: Character' items, 'Doppiatori italiani' as a trap); 'Trama'; a 'Distribuzione' section
with 'Data di uscita'; 'Riconoscimenti' naming other years; 'Note' and 'Collegamenti esterni'
with the IMDb link; a navbox of other titles; the wiki's Article JSON-LD whose author is an
organisation. No tagline, audience text, certificate, votes, money, trailer or streaming."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, digest, esc, json_ld
from tests.heldout_sites2.records import Prose, Title, localize, person
from tests.heldout_sites2.site import Context
from tests.heldout_sites6.common import Classes, cookie_banner, look, others_people, pick, translate

NAME = "itwiki"
MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre")
GENRES = {"Action": "azione", "Adventure": "avventura", "Animation": "animazione",
          "Comedy": "commedia", "Crime": "poliziesco", "Documentary": "documentario",
          "Drama": "drammatico", "Family": "per famiglie", "Fantasy": "fantastico",
          "History": "storico", "Horror": "orrore", "Music": "musicale", "Mystery": "giallo",
          "Romance": "sentimentale", "Science Fiction": "fantascienza", "Thriller": "thriller",
          "War": "guerra", "Western": "western"}
COUNTRIES = {"United States": "Stati Uniti d'America", "United Kingdom": "Regno Unito",
             "France": "Francia", "Germany": "Germania", "Japan": "Giappone", "China": "Cina",
             "South Korea": "Corea del Sud", "India": "India", "Brazil": "Brasile",
             "Australia": "Australia", "Canada": "Canada", "Spain": "Spagna", "Italy": "Italia",
             "Mexico": "Messico", "Nigeria": "Nigeria", "Sweden": "Svezia", "Denmark": "Danimarca",
             "Argentina": "Argentina", "Iran": "Iran", "Poland": "Polonia"}
PROSE = Prose(
    verbs=("ritorna verso", "eredita", "cerca", "fugge da", "protegge", "scopre", "perde",
           "ricostruisce"),
    things=("un villaggio allagato", "il frutteto di famiglia", "un violino rubato",
            "un vecchio faro", "un circo in rovina", "l'ultimo traghetto", "una miniera dimenticata",
            "una città di confine"),
    synopsis=("{hero} {verb} {thing} e scopre che anche {other} {verb2} {thing2}. In {title} "
              "vecchie lealtà vengono messe alla prova per un'intera, lunga stagione, e nulla "
              "ritorna come se n'era andato."),
    taglines=("Tutto ha un prezzo.",),
    audiences=("Il pubblico loda gli interpreti.",))


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    return replace(t, tagline=None, audience=None, rating=None, votes=None, budget=None,
                   box_office=None, trailer=None, streaming=None, studios_shown=len(t.studios))


def day(d: date) -> str:
    return f"{'1º' if d.day == 1 else d.day} {MONTHS[d.month - 1]} {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mw", rng)
    heading = esc(t.title)
    if rng.random() < 0.45:
        heading += f" ({'serie televisiva' if t.kind == 'show' else pick(rng, ('film', f'film {t.year}' if t.year else 'film'))})"
    ld = json_ld({"@type": "Article", "name": t.title, "url": t.url, "inLanguage": "it",
                  "author": {"@type": "Organization", "name": "Contributori dei progetti Wikimedia"},
                  "publisher": {"@type": "Organization", "name": "Wikimedia Foundation, Inc."},
                  "datePublished": f"20{10 + len(t.slug) % 15}-0{1 + len(t.title) % 9}-1{len(t.slug) % 10}T10:00:00Z"})
    sections = [_plot(t, c), _release(t, c), _awards(t, c, rng)]
    if rng.random() < 0.4:
        sections[0], sections[1] = sections[1], sections[0]
    return (f'<!DOCTYPE html><html lang="it" dir="ltr"><head><meta charset="UTF-8"><title>{heading} - Wikipedia</title>'
            f'<link rel="canonical" href="{t.url}">{css("mw", t.slug, 70)}{ld}</head><body class="{c("skin")}">'
            f'{cookie_banner(c("banner"), "Wikipedia non usa cookie di profilazione; alcuni cookie tecnici servono al funzionamento.", "OK", "Informativa")}'
            f'{_nav(c)}<main id="content" class="{c("body")}"><h1 id="firstHeading">{heading}</h1>'
            f'<div id="siteSub">Da Wikipedia, l\'enciclopedia libera.</div><div class="mw-parser-output">'
            f'{_infobox(t, c, rng)}{_lead(t)}{_toc(c)}{"".join(sections)}{_notes(t, c, rng)}{_links(t, c)}{_navbox(ctx, c)}'
            f'</div></main>{_footer(c)}{app_state("__RLCONF__", ctx.others, {"wgPageContentLanguage": "it"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Pagina principale", "Ultime modifiche", "Una voce a caso", "Nelle vicinanze", "Vetrina", "Aiuto", "Sportello informazioni")
    return (f'<header class="{c("header")}"><a href="/wiki/Pagina_principale" class="{c("logo")}">Wikipedia</a>'
            f'<nav id="p-navigation" aria-label="Navigazione"><ul>' + "".join(f'<li><a href="/wiki/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="Cerca in Wikipedia" aria-label="Cerca in Wikipedia"></header>')


def _row(label: str, value: str) -> str:
    return f'<tr><th class="sinottico_testo_centrale">{label}</th><td>{value}</td></tr>'


def _infobox(t: Title, c: Classes, rng: random.Random) -> str:
    producer, dop, music = others_people(t, rng, 3)
    rows = [_row("Titolo originale", f"<i>{esc(t.title)}</i>"), _row("Lingua originale", pick(rng, ("inglese", "inglese, francese", "italiano")))]
    if t.countries:
        rows.append(_row("Paese di produzione" if t.kind == "movie" else "Paese", ", ".join(map(esc, t.countries))))
    if t.year:
        rows.append(_row("Anno", str(t.year) + ("-in produzione" if t.kind == "show" and rng.random() < 0.3 else "")))
    if t.seasons:
        rows.append(_row("Stagioni", str(t.seasons)))
        rows.append(_row("Episodi", str(t.seasons * rng.randint(6, 13))))
    if t.runtime:
        rows.append(_row("Durata", f"{t.runtime} min" + (" (episodio)" if t.kind == "show" else "")))
    if t.genres:
        rows.append(_row("Genere", ", ".join(f'<a href="/wiki/{esc(g)}">{esc(g)}</a>' for g in t.genres)))
    if t.directors:
        rows.append(_row("Regia", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(_row("Sceneggiatura", ", ".join(map(esc, t.writers))))
    rows.append(_row("Produttore", esc(producer)))
    if t.studios:
        rows.append(_row("Casa di produzione", ", ".join(map(esc, t.studios))))
    rows.append(_row("Distribuzione in italiano", pick(rng, ("01 Distribution", "Medusa Film", "Lucky Red", "Eagle Pictures"))))
    rows += [_row("Fotografia", esc(dop)), _row("Musiche", esc(music))]
    if t.cast:
        items = "".join(f"<li>{esc(p.actor)}" + (f": {esc(p.character)}" if p.character else "") + "</li>" for p in t.cast)
        rows.append(_row("Interpreti e personaggi", f"<ul>{items}</ul>"))
        voiced = [p.character for p in t.cast[:4] if p.character]
        if voiced and rng.random() < 0.5:
            voices = others_people(t, rng, len(voiced))  # never the title's cast or credits
            dub = "".join(f"<li>{esc(v)}: {esc(role)}</li>" for v, role in zip(voices, voiced, strict=True))
            rows.append(_row("Doppiatori italiani", f"<ul>{dub}</ul>"))
    return (f'<table class="{c("sinottico")}"><caption>{esc(t.title)}</caption>'
            f'<tr><td colspan="2"><img alt="" src="/upload/{digest(t.slug)[:8]}.png"><br>Una scena</td></tr>'
            f'<tr><th colspan="2" class="sinottico_divisione">{"Serie TV" if t.kind == "show" else "Film"}</th></tr>{"".join(rows)}</table>')


def _lead(t: Title) -> str:
    what = "una serie televisiva" if t.kind == "show" else "un film"
    year = f" del {t.year}" if t.year else ""
    return f"<p><b>{esc(t.title)}</b> è {what}{year}.</p>"


def _toc(c: Classes) -> str:
    items = ("Trama", "Distribuzione", "Riconoscimenti", "Note", "Collegamenti esterni")
    return (f'<div id="toc" class="{c("toc")}" role="navigation"><h2>Indice</h2><ul>'
            + "".join(f'<li><a href="#{x.replace(" ", "_")}">{i + 1} {x}</a></li>' for i, x in enumerate(items)) + "</ul></div>")


def _plot(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<h2 id="Trama" class="{c("h")}">Trama</h2><p>{esc(t.synopsis)}</p>'


def _release(t: Title, c: Classes) -> str:
    if not t.released:
        return ""
    label = "Data di uscita" if t.kind == "movie" else "Prima visione"
    return f'<h2 id="Distribuzione" class="{c("h")}">Distribuzione</h2><ul><li><b>{label}</b>: {day(t.released)}</li></ul>'


def _awards(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.year or rng.random() < 0.4:
        return ""
    prize = pick(rng, ("Premio Oscar", "Golden Globe", "David di Donatello", "Festival di Cannes"))
    return (f'<h2 id="Riconoscimenti" class="{c("h")}">Riconoscimenti</h2><ul><li>{t.year + 1} - {prize}'
            f"<ul><li>Candidatura per la miglior fotografia a {esc(person(rng))}</li></ul></li></ul>")


def _notes(t: Title, c: Classes, rng: random.Random) -> str:
    refs = "".join(f"<li>{esc(person(rng))}, <i>Recensione</i>, su <i>La Stampa</i>, {rng.randint(1, 28)} {pick(rng, MONTHS)} {rng.randint(1990, 2024)}. "
                   f"URL consultato il {rng.randint(1, 28)} {pick(rng, MONTHS)} 2025.</li>" for _ in range(rng.randint(1, 4)))
    return f'<h2 id="Note" class="{c("h")}">Note</h2><ol class="references">{refs}</ol>'


def _links(t: Title, c: Classes) -> str:
    items = '<li><a href="https://www.treccani.it/">Treccani.it</a></li>'
    if t.imdb:
        items += f'<li>(EN) <a href="https://www.imdb.com/title/{t.imdb}/"><i>{esc(t.title)}</i></a>, su <i>IMDb</i>, IMDb.com.</li>'
    return f'<h2 id="Collegamenti_esterni" class="{c("h")}">Collegamenti esterni</h2><ul>{items}</ul>'


def _navbox(ctx: Context, c: Classes) -> str:
    items = " · ".join(f'<a href="{o.path}"><i>{esc(o.title)}</i></a> ({o.year}, {o.runtime or 97} min)' for o in ctx.others)
    return f'<div class="{c("navbox")}" role="navigation"><div class="{c("navbox-title")}">Film e serie correlati</div><p>{items}</p></div>'


def _footer(c: Classes) -> str:
    return (f'<footer id="footer" class="{c("footer")}"><p>Questa pagina è stata modificata per l\'ultima volta il 3 dic 2026 alle 10:12.</p>'
            '<p>Il testo è disponibile secondo la licenza Creative Commons Attribuzione-Condividi allo stesso modo.</p>'
            '<a href="/wiki/Privacy">Informativa sulla privacy</a><a href="/wiki/Avvertenze">Avvertenze</a></footer>')
