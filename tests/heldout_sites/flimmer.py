"""A German streaming app's web page: badges, tabs, an accordion table, JSON-LD in an @graph."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from tests.heldout_sites.common import app_state, css, esc, footer, nav
from tests.heldout_sites.records import Money, Prose, Title, localize
from tests.heldout_sites.site import Context

NAV = ("Startseite", "Filme", "Serien", "Neu & beliebt", "Meine Liste", "Suche")
FOOT = ("Impressum", "Datenschutz", "AGB", "Hilfe", "Kündigen", "Jobs", "Presse")
GENRES = {"Action": "Action", "Adventure": "Abenteuer", "Animation": "Animation",
          "Comedy": "Komödie", "Crime": "Krimi", "Documentary": "Dokumentarfilm",
          "Drama": "Drama", "Family": "Familie", "Fantasy": "Fantasy", "History": "Historie",
          "Horror": "Horror", "Music": "Musik", "Mystery": "Mystery", "Romance": "Liebesfilm",
          "Science Fiction": "Science-Fiction", "Thriller": "Thriller", "War": "Kriegsfilm",
          "Western": "Western"}
LAENDER = {"United States": "USA", "United Kingdom": "Großbritannien", "France": "Frankreich",
           "Germany": "Deutschland", "Japan": "Japan", "China": "China",
           "South Korea": "Südkorea", "India": "Indien", "Brazil": "Brasilien",
           "Australia": "Australien", "Canada": "Kanada", "Spain": "Spanien", "Italy": "Italien",
           "Mexico": "Mexiko", "Nigeria": "Nigeria", "Sweden": "Schweden", "Denmark": "Dänemark",
           "Argentina": "Argentinien", "Iran": "Iran", "Poland": "Polen"}
PROSE = Prose(
    verbs=("kehrt zurück zu", "erbt", "sucht", "flieht vor", "verliebt sich in", "entdeckt",
           "bewacht", "verliert", "baut wieder auf", "verrät"),
    things=("einem versunkenen Dorf", "den Obstgarten der Familie", "eine gestohlene Geige",
            "einen alten Leuchtturm", "einen bankrotten Zirkus", "die letzte Fähre",
            "eine stillgelegte Mine", "eine Grenzstadt", "den Wintermarkt"),
    synopsis=("{hero} {verb} {thing} und merkt, dass auch {other} {verb2} {thing2}. "
              "In {title} werden alte Loyalitäten eine lange Saison lang auf die Probe "
              "gestellt, und nichts kommt so zurück, wie es ging."),
    taglines=("Jedes Geheimnis hat seinen Preis.", "Manche Türen bleiben verschlossen.",
              "Die Flut kommt immer zurück.", "Ein Sommer. Eine Chance.",
              "Niemand verlässt diesen Ort."),
    audiences=("Zuschauer loben die ruhige, packende Geschichte und die starken Darsteller; "
               "das Ende spaltet.",
               "Warmherzig und klug erzählt, finden viele, auch wenn die Mitte etwas zieht.",
               "Spannend und wunderschön gefilmt, so das Urteil vieler Zuschauer."))
FSK = ("FSK 0", "FSK 6", "FSK 12", "FSK 16", "FSK 18")


def fit(t: Title) -> Title:
    rating = FSK[sum(map(ord, t.rating)) % len(FSK)] if t.rating else None
    genres = tuple(dict.fromkeys(GENRES[g] for g in t.genres))
    countries = tuple(LAENDER[c] for c in t.countries)
    return replace(localize(t, PROSE), genres=genres, countries=countries, rating=rating)


def zahl(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def datum(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def dauer(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return ((f"{h} Std. " if h else "") + (f"{m} Min." if m or not h else "")).strip()


def geld(m: Money) -> str:
    return f"{zahl(m.amount)} {m.currency}"


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>'
            f"{esc(t.title)} jetzt streamen | Flimmer</title>{css('flimmer', 260)}{_ld(t)}"
            f'</head><body><div id="root"><header>{nav(NAV, "app-nav")}</header>'
            f'<main class="detail-page">{_hero(t)}{_tabs(t, ctx)}</main>'
            f"{footer(FOOT, 'Flimmer GmbH')}</div>{app_state(ctx.others, 'initialState')}"
            "</body></html>")


def _hero(t: Title) -> str:
    badges = [f'<li class="badge">{"Serie" if t.kind == "show" else "Spielfilm"}</li>']
    badges += [f'<li class="badge">{t.year}</li>'] if t.year else []
    badges += [f'<li class="badge badge--age">{esc(t.rating)}</li>'] if t.rating else []
    badges += [f'<li class="badge">{dauer(t.runtime)}</li>'] if t.runtime else []
    if t.seasons:
        badges.append(f'<li class="badge">{t.seasons} Staffel{"n" if t.seasons > 1 else ""}</li>')
    tagline = f'<p class="claim">„{esc(t.tagline)}“</p>' if t.tagline else ""
    trailer = (f'<div class="trailer"><iframe data-src="https://www.youtube-nocookie.com/embed/'
               f'{t.trailer}" title="Trailer ansehen" loading="lazy"></iframe></div>'
               if t.trailer else "")
    return (f'<section class="hero"><img class="hero__logo" alt="" src="/logo.webp">'
            f'<h1 class="hero__title">{esc(t.title)}</h1><ul class="badges">{"".join(badges)}'
            f'</ul>{tagline}<button class="play">Abspielen</button>{trailer}{_offers(t)}'
            "</section>")


def _offers(t: Title) -> str:
    s = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return '<div class="offers"><p>Noch nicht im Streaming verfügbar.</p></div>'
    n = len(s.platforms)
    head = (f"Verfügbar bei {n} Anbieter{'n' if n > 1 else ''}" if s.available else
            f"Derzeit bei keinem der {n} Anbieter verfügbar")
    tiles = "".join(f'<li><span class="provider" role="img" aria-label="{esc(p)}"></span></li>'
                    for p in s.platforms)
    return (f'<div class="offers"><p class="offers__head">{head}</p><ul>{tiles}</ul>'
            f'<p class="offers__stand">Stand: {datum(s.verified_on)}</p></div>')


def _tabs(t: Title, ctx: Context) -> str:
    names = ["Übersicht", "Besetzung"] + (["Episoden"] if ctx.episodes else []) + ["Ähnlich"]
    tabs = "".join(f'<button role="tab" aria-controls="panel-{i}">{n}</button>'
                   for i, n in enumerate(names))
    panels = [_overview(t) + _reviews(ctx), _cast(t)]
    panels += ([_episodes(ctx)] if ctx.episodes else []) + [_similar(ctx)]
    body = "".join(f'<div role="tabpanel" id="panel-{i}"{" hidden" if i else ""}>{p}</div>'
                   for i, p in enumerate(panels))
    return f'<section class="tabs"><div role="tablist">{tabs}</div>{body}</section>'


def _overview(t: Title) -> str:
    parts = [f'<h2>Handlung</h2><p class="plot">{esc(t.synopsis)}</p>'] if t.synopsis else []
    parts += [f'<h2>Das sagen Zuschauer</h2><p>{esc(t.audience)}</p>'] if t.audience else []
    return "".join(parts) + _accordion(t)


def _row(label: str, value: str) -> str:
    return f"<tr><th scope=\"row\">{label}</th><td>{value}</td></tr>"


def _accordion(t: Title) -> str:
    rows = [_row("Erscheinungsdatum", datum(t.released))] if t.released else []
    rows += [_row("Genre", ", ".join(esc(g) for g in t.genres))] if t.genres else []
    rows += [_row("Produktionsland", ", ".join(esc(c) for c in t.countries))] if t.countries \
        else []
    if t.studios:
        more = f" und {t.more_studios} weitere" if t.more_studios else ""
        rows.append(_row("Produktion", ", ".join(esc(s) for s in t.shown_studios) + more))
    rows += [_row("Regie", ", ".join(esc(n) for n in t.directors))] if t.directors else []
    rows += [_row("Drehbuch", ", ".join(esc(n) for n in t.writers))] if t.writers else []
    if t.kind == "movie":  # a film's missing money is a dash placeholder (spec: null)
        rows.append(_row("Budget", geld(t.budget) if t.budget else "–"))
        rows.append(_row("Einspielergebnis", geld(t.box_office) if t.box_office else "–"))
    rows += [_row("Bewertungen", zahl(t.votes))] if t.votes else []
    rows += [_row("Mehr", f'<a href="https://www.imdb.com/title/{t.imdb}/">bei IMDb</a>')
             ] if t.imdb else []
    rows.append(_row("Audio", "Deutsch, Englisch"))
    return (f'<details class="accordion"><summary>Details &amp; Infos</summary><table>'
            f'{"".join(rows)}</table></details>')


def _reviews(ctx: Context) -> str:
    rows = "".join(f"<li><b>{esc(r.author)}</b> · {datum(r.on)} · {r.score}/10 <p>Zweimal "
                   f"gesehen, das Ende bleibt hängen.</p><span>{r.helpful} fanden das hilfreich"
                   "</span></li>" for r in ctx.reviews)
    return f'<h2>Community</h2><ul class="reviews">{rows}</ul>'


def _cast(t: Title) -> str:
    rows = "".join(f"<tr><td>{esc(c.actor)}</td><td>{esc(c.character or '')}</td></tr>"
                   for c in t.cast)
    return ("<table class=\"cast\"><thead><tr><th>Darsteller</th><th>Rolle</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>") if rows else "<p>Keine Angaben.</p>"


def _episodes(ctx: Context) -> str:
    rows = "".join(f'<li class="episode"><b>{e.number}. {esc(e.name)}</b> <span>'
                   f"{dauer(e.runtime)}</span> <span>{datum(e.aired)}</span> "
                   f"<span>Regie: {esc(e.director)}</span></li>" for e in ctx.episodes)
    return f'<h2>Staffel {ctx.title.seasons}</h2><ol>{rows}</ol>'


def _similar(ctx: Context) -> str:
    cards = "".join(f'<a class="tile" href="{o.path}"><span>{esc(o.title)}</span> '
                    f'<span class="badge">{o.year}</span> <span class="badge">'
                    f"{esc(o.rating or '')}</span> <span>{dauer(o.runtime or 90)}</span></a>"
                    for o in ctx.others)
    return f'<h2>Das könnte dir auch gefallen</h2><div class="rail">{cards}</div>'


def _ld(t: Title) -> str:
    item: dict[str, object] = {"@type": "TVSeries" if t.kind == "show" else "Movie",
                               "@id": t.url + "#title", "name": t.title, "url": t.url,
                               "inLanguage": "de"}
    if t.released:
        item["datePublished"] = t.released.isoformat()
    if t.genres:
        item["genre"] = list(t.genres)
    if t.directors:
        item["director"] = [{"@type": "Person", "name": n} for n in t.directors]
    if t.cast:
        item["actor"] = [{"@type": "Person", "name": c.actor} for c in t.cast]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": t.url, "name": f"{t.title} jetzt streamen"}, item,
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Startseite"},
            {"@type": "ListItem", "position": 2, "name": t.title}]}]}
    body = json.dumps(graph, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{body}</script>'
