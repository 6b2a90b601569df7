# ruff: noqa: E501  (HTML templates read best on one line)
"""Dewiki: a German Wikipedia article on a film or series. The <h1> is the lemma, on some pages
with a disambiguation in brackets ('Amber Harbor (Film)', '(Fernsehserie)': no part of the
title); a lead sentence ('ist ein US-amerikanisches Filmdrama ...'); the infobox table
('Originaltitel', 'Produktionsland', 'Originalsprache', 'Erscheinungsjahr' or 'Jahr(e)',
'Länge' '111 Minuten', 'Episoden' '24 in 3 Staffeln', 'Genre' for a series only,
'Erstausstrahlung' a date for a series only, 'Altersfreigabe' 'FSK 16', then 'Stab': 'Regie',
'Drehbuch', 'Produktion' (producers, a trap), 'Musik', 'Kamera', 'Schnitt', and
'Produktionsunternehmen'; then 'Besetzung' names); 'Handlung'; a 'Synchronisation' table
(role, actor, German voice: the voice is a trap); a series' 'Episodenliste' with each
episode's own director; 'Weblinks' with the IMDb link; the wiki's own JSON-LD Article (its
creation date and authors are the article's, traps). No tagline, audience text, votes, money,
trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, json_ld
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites9.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
)

NAME = "dewiki"
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
GENRES = {"Action": "Action", "Adventure": "Abenteuer", "Animation": "Animation",
          "Comedy": "Komödie", "Crime": "Krimi", "Documentary": "Dokumentation",
          "Drama": "Drama", "Family": "Familie", "Fantasy": "Fantasy", "History": "Historie",
          "Horror": "Horror", "Music": "Musik", "Mystery": "Mystery", "Romance": "Liebesfilm",
          "Science Fiction": "Science-Fiction", "Thriller": "Thriller", "War": "Kriegsfilm",
          "Western": "Western"}
COUNTRIES = {"United States": "Vereinigte Staaten", "United Kingdom": "Vereinigtes Königreich",
             "France": "Frankreich", "Germany": "Deutschland", "Japan": "Japan",
             "China": "Volksrepublik China", "South Korea": "Südkorea", "India": "Indien",
             "Brazil": "Brasilien", "Australia": "Australien", "Canada": "Kanada",
             "Spain": "Spanien", "Italy": "Italien", "Mexico": "Mexiko", "Nigeria": "Nigeria",
             "Sweden": "Schweden", "Denmark": "Dänemark", "Argentina": "Argentinien",
             "Iran": "Iran", "Poland": "Polen"}
FSK = {"G": "FSK 0", "U": "FSK 0", "TV-Y": "FSK 0", "TV-G": "FSK 0", "FSK 0": "FSK 0",
       "PG": "FSK 6", "TV-PG": "FSK 6", "FSK 6": "FSK 6", "PG-13": "FSK 12", "12A": "FSK 12",
       "M": "FSK 12", "TV-14": "FSK 12", "FSK 12": "FSK 12", "R": "FSK 16", "15": "FSK 16",
       "MA15+": "FSK 16", "TV-MA": "FSK 16", "FSK 16": "FSK 16", "NC-17": "FSK 18",
       "18": "FSK 18", "R18+": "FSK 18", "FSK 18": "FSK 18"}
PROSE = Prose(
    verbs=("kehrt zurück in", "erbt", "sucht", "flieht aus", "bewacht", "verliert"),
    things=("ein überflutetes Dorf", "den Obstgarten der Familie", "einen alten Leuchtturm",
            "eine vergessene Mine", "eine Grenzstadt", "die letzte Fähre"),
    synopsis=("{hero} {verb} {thing} und merkt, dass auch {other} {verb2} {thing2}. In "
              "{title} werden alte Loyalitäten einen langen Sommer lang auf die Probe gestellt, "
              "und nichts kehrt so zurück, wie es gegangen ist."),
    taglines=("Alles hat seinen Preis.",),
    audiences=("Das Publikum lobt die Darsteller.",))


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.6


def fit(t: Title) -> Title:
    """A film's infobox has no genre and no date; a series' has both. Every studio is listed."""
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), FSK)
    t = replace(t, tagline=None, audience=None, votes=None, budget=None, box_office=None,
                trailer=None, streaming=None, studios_shown=len(t.studios))
    if t.kind == "movie":
        t = replace(t, genres=(), released=None)
    return t if _roles(t) else no_characters(t)


def day(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def staffeln(seasons: int, episodes: int) -> str:
    return f"{episodes} in {seasons} Staffel{'n' if seasons > 1 else ''}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mw", rng)
    lemma = esc(t.title) + (f" ({'Fernsehserie' if t.kind == 'show' else 'Film'})" if rng.random() < 0.35 else "")
    sections = [_plot(t), _dub(t, rng), _episodes(ctx), _links(t, rng)]
    return (f'<!DOCTYPE html><html class="client-nojs" lang="de" dir="ltr"><head><meta charset="UTF-8"><title>{lemma} – Wikipedia</title>'
            f'<link rel="canonical" href="{t.url}">{css("mw", t.slug, 90)}{_ld(t, rng)}</head><body>'
            f'{cookie_banner(c("banner"), "Wikipedia ist unabhängig und werbefrei. Bitte unterstütze uns mit einer Spende.", "Jetzt spenden", "Später erinnern")}'
            f'{_nav(c)}<main id="content" class="{c("body")}"><h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">{lemma}</span></h1>'
            f'<div id="mw-content-text" class="mw-body-content">{_infobox(t, c, rng)}{_lead(t)}{"".join(sections)}{_navbox(ctx)}</div></main>'
            f'{_footer(c)}{app_state("RLCONF", ctx.others, {"wgContentLanguage": "de"})}</body></html>')


def _ld(t: Title, rng: random.Random) -> str:
    created = date(2004 + rng.randrange(15), rng.randint(1, 12), rng.randint(1, 28))
    return json_ld({"@type": "Article", "name": t.title, "url": t.url,
                    "author": {"@type": "Organization", "name": "Autoren der Wikimedia-Projekte"},
                    "publisher": {"@type": "Organization", "name": "Wikimedia Foundation, Inc."},
                    "datePublished": f"{created.isoformat()}T10:11:12Z",
                    "headline": "Film" if t.kind == "movie" else "Fernsehserie"})


def _nav(c: Classes) -> str:
    items = ("Hauptseite", "Themenportale", "Zufälliger Artikel", "Mitmachen", "Artikel verbessern", "Neuen Artikel anlegen", "Autorenportal", "Hilfe")
    return (f'<header class="{c("header")}"><a class="mw-logo" href="/wiki/Wikipedia:Hauptseite">Wikipedia Die freie Enzyklopädie</a>'
            '<input type="search" placeholder="Wikipedia durchsuchen" aria-label="Wikipedia durchsuchen"><nav id="mw-panel"><ul>'
            + "".join(f'<li><a href="/wiki/{i}">{x}</a></li>' for i, x in enumerate(items)) + "</ul></nav></header>")


def _infobox(t: Title, c: Classes, rng: random.Random) -> str:
    producer, music, camera, cut = others_people(t, rng, 4)
    rows: list[tuple[str, str]] = [("Originaltitel", esc(t.title))]
    if t.countries:
        rows.append(("Produktionsland", "<br>".join(map(esc, t.countries))))
    rows.append(("Originalsprache", pick(rng, ("Englisch", "Französisch", "Spanisch"))))
    if t.year and t.kind == "show" and t.seasons and t.seasons > 1:
        rows.append(("Jahr(e)", f"{t.year}–{t.year + t.seasons - 1}"))
    elif t.year:
        rows.append(("Erscheinungsjahr" if t.kind == "movie" else "Jahr(e)", str(t.year)))
    if t.runtime:
        rows.append(("Länge", f"{t.runtime} Minuten"))
    if t.seasons:
        rows.append(("Episoden", staffeln(t.seasons, t.seasons * 8 + len(t.slug) % 5)))
    if t.genres:
        rows.append(("Genre", ", ".join(map(esc, t.genres))))
    if t.released:
        rows.append(("Erstausstrahlung", f"{day(t.released)} auf {pick(rng, ('HBO', 'BBC One', 'Canal+', 'NBC'))}"))
    if t.rating:
        rows.append(("Altersfreigabe", f'<a href="/wiki/FSK">{esc(t.rating)}</a>'))
    rows.append(("<b>Stab</b>", ""))
    if t.directors:
        rows.append(("Regie", "<br>".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("Drehbuch", "<br>".join(map(esc, t.writers))))
    rows += [("Produktion", esc(producer)), ("Musik", esc(music)), ("Kamera", esc(camera)), ("Schnitt", esc(cut))]
    if t.studios:
        rows.append(("Produktionsunternehmen", "<br>".join(map(esc, t.studios))))
    if t.cast:
        rows.append(("<b>Besetzung</b>", ""))
        rows.append(("", "<ul>" + "".join(f"<li>{esc(p.actor)}</li>" for p in t.cast) + "</ul>"))
    body = "".join(f'<tr><th colspan="2">{k}</th></tr>' if not v else f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
    head = "Fernsehserie" if t.kind == "show" else "Film"
    return f'<table class="wikitable infobox {c("infobox")}"><tbody><tr><th colspan="2">{head}</th></tr>{body}</tbody></table>'


def _lead(t: Title) -> str:
    kind = "Fernsehserie" if t.kind == "show" else "Spielfilm"
    when = f" aus dem Jahr {t.year}" if t.year else ""
    by = f" von {esc(t.directors[0])}" if t.directors else ""
    leads = f" Die Hauptrollen spielen {' und '.join(esc(p.actor) for p in t.cast[:2])}." if t.cast else ""
    return f"<p><b>{esc(t.title)}</b> ist ein {kind}{by}{when}.{leads}</p>"


def _plot(t: Title) -> str:
    if not t.synopsis:
        return ""
    return f'<h2 id="Handlung">Handlung</h2><p>{esc(t.synopsis)}</p>'


def _dub(t: Title, rng: random.Random) -> str:
    if not any(p.character for p in t.cast):
        return ""
    voices = others_people(t, rng, len(t.cast))
    rows = "".join(f"<tr><td>{esc(p.character or '')}</td><td>{esc(p.actor)}</td><td>{esc(v)}</td></tr>" for p, v in zip(t.cast, voices, strict=True))
    return ('<h2 id="Synchronisation">Synchronisation</h2><p>Die deutsche Synchronisation entstand bei der Berliner Synchron.</p>'
            f'<table class="wikitable"><tr><th>Rolle</th><th>Darsteller</th><th>Synchronsprecher</th></tr>{rows}</table>')


def _episodes(ctx: Context) -> str:
    if not ctx.episodes:
        return ""
    rows = "".join(f"<tr><td>{e.number}</td><td>{esc(e.name)}</td><td>{day(e.aired)}</td><td>{esc(e.director)}</td><td>{esc(e.writer)}</td></tr>" for e in ctx.episodes)
    return ('<h2 id="Episodenliste">Episodenliste</h2><table class="wikitable"><tr><th>Nr.</th><th>Titel</th><th>Erstausstrahlung</th>'
            f"<th>Regie</th><th>Drehbuch</th></tr>{rows}</table>")


def _links(t: Title, rng: random.Random) -> str:
    imdb = (f'<li><a class="external text" href="https://www.imdb.com/title/{t.imdb}/"><i>{esc(t.title)}</i></a> in der Internet Movie Database (englisch)</li>'
            if t.imdb else "")
    return (f'<h2 id="Weblinks">Weblinks</h2><ul>{imdb}<li><a href="https://www.filmportal.de/">{esc(t.title)}</a> bei filmportal.de</li></ul>'
            f'<h2 id="Einzelnachweise">Einzelnachweise</h2><ol class="references"><li>Freigabebescheinigung. Freiwillige Selbstkontrolle der Filmwirtschaft, abgerufen am {rng.randint(1, 28)}. Mai 2024.</li></ol>')


def _navbox(ctx: Context) -> str:
    items = " · ".join(f'<a href="{o.path}">{esc(o.title)}</a> ({o.year}, {o.runtime or 97} Minuten, {esc(o.rating or "ohne Freigabe")})' for o in ctx.others)
    return f'<div class="navbox"><b>Filme und Serien desselben Studios</b><p>{items}</p></div><div id="catlinks">Kategorien: Filmtitel | Wikipedia:Artikel mit Video</div>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><p>Diese Seite wurde zuletzt am 3. März 2026 um 11:04 Uhr bearbeitet.</p><p>Der Text ist unter der Lizenz „Creative-Commons Namensnennung – Weitergabe unter gleichen Bedingungen“ verfügbar.</p>'
            '<a href="/wiki/Wikipedia:Datenschutz">Datenschutz</a><a href="/wiki/Wikipedia:Impressum">Impressum</a></footer>')
