# ruff: noqa: E501  (HTML templates read best on one line)
"""Csfd: a ČSFD-like Czech page. Under the <h1> a genre line ('Drama / Komedie') and an
unlabelled origin line whose values are known by their place and shape ('USA / Francie, 1995,
111 min' or '1 h 51 min'); crew as 'Režie:', 'Scénář:', 'Kamera:', 'Hudba:' lines of links and
'Hrají:' with actors only (no characters) ending in '(více)'; seasons only in a tab label
'Série (3)' beside 'Epizody (36)'; Czech dates ('12. 3. 1995' or '12.03.1995'), '84 %' scores
beside '(12 400 hodnocení)', '3 600 000 $'; the tagline in „…“ quotes; a partial JSON-LD on
some deploys."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc, grouped, json_ld, ld_type
from tests.heldout_sites2.records import Credit, Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites4.common import Classes, look, others_people, pick

NAME = "csfd"
NBSP = "\u00a0"
GENRES = {"Action": "Akční", "Adventure": "Dobrodružný", "Animation": "Animovaný",
          "Comedy": "Komedie", "Crime": "Krimi", "Documentary": "Dokumentární",
          "Drama": "Drama", "Family": "Rodinný", "Fantasy": "Fantasy", "History": "Historický",
          "Horror": "Horor", "Music": "Hudební", "Mystery": "Mysteriózní",
          "Romance": "Romantický", "Science Fiction": "Sci-Fi", "Thriller": "Thriller",
          "War": "Válečný", "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Velká Británie", "France": "Francie",
             "Germany": "Německo", "Japan": "Japonsko", "China": "Čína",
             "South Korea": "Jižní Korea", "India": "Indie", "Brazil": "Brazílie",
             "Australia": "Austrálie", "Canada": "Kanada", "Spain": "Španělsko",
             "Italy": "Itálie", "Mexico": "Mexiko", "Nigeria": "Nigérie", "Sweden": "Švédsko",
             "Denmark": "Dánsko", "Argentina": "Argentina", "Iran": "Írán", "Poland": "Polsko"}
US_RATINGS = {"G", "PG", "PG-13", "R", "NC-17"}
PROSE = Prose(
    verbs=("se vrací do", "zdědí", "hledá", "utíká z", "se zamiluje do", "odhalí", "střeží",
           "ztratí", "obnovuje"),
    things=("zatopené vesnice", "rodinného sadu", "ukradených houslí", "starého majáku",
            "krachujícího cirkusu", "posledního přívozu", "opuštěného dolu", "pohraničního města"),
    synopsis=("{hero} {verb} {thing} a zjistí, že i {other} {verb2} {thing2}. Ve filmu "
              "{title} jsou staré věrnosti zkoušeny během jedné dlouhé sezóny."),
    taglines=("Všechno má svou cenu.", "Některé dveře zůstanou zavřené.",
              "Příliv se vždycky vrátí.", "Jedno léto. Jedna šance."),
    audiences=("Diváci chválí herecké výkony a kameru; konec rozděluje názory, ale herci příběh "
               "unesou.",
               "Mnozí film označují za pomalý, ale dojemný, s krásnou hudbou."))


def fit(t: Title) -> Title:
    t = localize(t, PROSE)
    return replace(t, genres=tuple(GENRES[g] for g in t.genres),
                   countries=tuple(COUNTRIES[c] for c in t.countries),
                   cast=tuple(Credit(p.actor, None) for p in t.cast),
                   studios_shown=len(t.studios))


def day(d: date, padded: bool) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}" if padded else f"{d.day}. {d.month}. {d.year}"


def money(m: Money) -> str:
    return f"{grouped(m.amount, NBSP)}{NBSP}{SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("csfd", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    padded = rng.random() < 0.5
    return (f'<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f"{f' ({t.year})' if t.year else ''} | ČSFD.example</title>"
            f'<link rel="canonical" href="{t.url}">{css("csfd", t.slug, 80)}{ld}</head><body>'
            f'{_nav(c)}<div class="{c("main")}"><div class="film-profile">{_header(t, c, rng)}'
            f"{_tabs(t, ctx, c)}{_texts(t, c)}{_episodes(ctx, c, padded)}{_reviews(ctx, c, padded)}</div>"
            f'<aside class="{c("aside")}">{_rating(t, c)}{_premiere(t, c, padded)}{_money(t, c)}'
            f"{_watch(t.streaming, c, padded)}{_links(t, c)}{_similar(ctx, c)}</aside></div>"
            f'{_footer(c)}{app_state("__CSFD__", ctx.others, {"lang": "cs"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.year:
        data["dateCreated"] = str(t.year)
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 84,
                                   "bestRating": 100, "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Filmy", "Žebříčky", "Kino", "TV program", "VOD", "Blu-ray a DVD", "Uživatelé")
    return (f'<header class="{c("header")}"><a href="/">ČSFD</a><nav>'
            + "".join(f'<a href="/{i}/">{x}</a>' for i, x in enumerate(items))
            + '</nav><a href="/prihlaseni/">Přihlásit</a></header>')


def _header(t: Title, c: Classes, rng: random.Random) -> str:
    kind = f'<span class="{c("type")}">(TV seriál)</span>' if t.kind == "show" else ""
    links = " / ".join(f'<a href="/zanry/{i}">{esc(g)}</a>' for i, g in enumerate(t.genres))
    genres = f'<div class="genres">{links}</div>' if t.genres else ""
    parts = [" / ".join(map(esc, t.countries))] if t.countries else []
    if t.year:
        parts.append(str(t.year))
    if t.runtime:
        big, small = divmod(t.runtime, 60)
        clock = " ".join(([f"{big} h"] if big else []) + ([f"{small} min"] if small or not big else []))
        parts.append(f"{t.runtime} min" if rng.random() < 0.5 else clock)
    origin = f'<div class="origin">{", ".join(parts)}</div>' if parts else ""
    crew = ""
    camera, music = others_people(t, rng, 2)
    for label, names in (("Režie", t.directors), ("Scénář", t.writers), ("Kamera", (camera,)),
                         ("Hudba", (music,))):
        if names:
            people = ", ".join(f'<a href="/tvurce/{len(n)}{i}">{esc(n)}</a>' for i, n in enumerate(names))
            crew += f"<div><h4>{label}:</h4> {people}</div>"
    if t.studios:
        crew += f'<div><h4>Produkční společnost:</h4> {", ".join(map(esc, t.studios))}</div>'
    if t.cast:
        actors = ", ".join(f'<a href="/tvurce/a{i}">{esc(p.actor)}</a>' for i, p in enumerate(t.cast))
        crew += f'<div><h4>Hrají:</h4> {actors}, <a class="more" href="#">(více)</a></div>'
    if t.rating:
        label = "Klasifikace MPAA" if t.rating in US_RATINGS else "Přístupnost"
        crew += f'<div><h4>{label}:</h4> {esc(t.rating)}</div>'
    return (f'<div class="film-header-name"><h1>{esc(t.title)}</h1>{kind}</div>'
            f'<div class="film-info-content">{genres}{origin}<div class="{c("creators")}">{crew}</div></div>')


def _tabs(t: Title, ctx: Context, c: Classes) -> str:
    tabs = ['<a href="#">Hlavní</a>']
    if t.seasons:
        tabs.append(f'<a href="{t.path}/serie">Série ({t.seasons})</a>')
        tabs.append(f'<a href="{t.path}/epizody">Epizody ({t.seasons * 12 + len(ctx.episodes)})</a>')
    tabs += [f'<a href="{t.path}/recenze">Recenze ({len(ctx.reviews)})</a>', '<a href="#">Galerie (24)</a>',
             '<a href="#">Zajímavosti (7)</a>']
    return f'<nav class="{c("tabs")}" aria-label="Záložky filmu">{"".join(tabs)}</nav>'


def _texts(t: Title, c: Classes) -> str:
    out = f'<div class="{c("tagline")}">„{esc(t.tagline)}“</div>' if t.tagline else ""
    if t.synopsis:
        out += f'<section class="plot-full"><h3>Obsah</h3><p>{esc(t.synopsis)}</p><em>(oficiální text distributora)</em></section>'
    if t.audience:
        out += f'<section class="{c("voices")}"><h3>Co říkají diváci</h3><p>{esc(t.audience)}</p></section>'
    if t.trailer:
        out += (f'<section class="{c("videos")}"><h3>Videa</h3><iframe title="Trailer" '
                f'src="https://www.youtube.com/embed/{t.trailer}?autoplay=0"></iframe></section>')
    return out


def _rating(t: Title, c: Classes) -> str:
    votes = f'<span class="{c("count")}">({grouped(t.votes, NBSP)} hodnocení)</span>' if t.votes else ""
    fans = grouped(len(t.slug) * 41, NBSP)
    return (f'<div class="film-rating-average">84 %</div>{votes}<div class="{c("fans")}">'
            f"Fanoušci: {fans}</div><div>Nejlepší film: #{len(t.title) * 13}</div>")


def _premiere(t: Title, c: Classes, padded: bool) -> str:
    if not t.released:
        return ""
    return (f'<div class="{c("premieres")}"><h3>Premiéra</h3><p><span title="Svět">{day(t.released, padded)}'
            "</span></p></div>")


def _money(t: Title, c: Classes) -> str:
    rows = [f"<li>{label}: {money(m)}</li>" for label, m in (("Rozpočet", t.budget),
                                                             ("Tržby celosvětově", t.box_office)) if m]
    return f'<div class="{c("boxoffice")}"><h3>Box office</h3><ul>{"".join(rows)}</ul></div>' if rows else ""


def _watch(s: Streaming | None, c: Classes, padded: bool) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("vod")}"><h3>VOD</h3><p>Zatím není online</p></div>'
    n = len(s.platforms)
    word = "službě" if n == 1 else "službách"
    head = f"Dostupné na {n} {word}" if s.available else f"Momentálně nedostupné na {n} {word}"
    items = "".join(f'<li><a href="/vod/{i}">{esc(p)}</a></li>' for i, p in enumerate(s.platforms))
    return (f'<div class="{c("vod")}"><h3>VOD</h3><p>{head}</p><ul>{items}</ul>'
            f"<small>Aktualizováno {day(s.verified_on, padded)}</small></div>")


def _links(t: Title, c: Classes) -> str:
    imdb = f'<a href="https://www.imdb.com/title/{t.imdb}/" title="IMDb">IMDb</a>' if t.imdb else ""
    return f'<div class="{c("databases")}"><h3>Filmové databáze</h3>{imdb}<a href="https://www.filmaffinity.example/">FilmAffinity</a></div>'


def _episodes(ctx: Context, c: Classes, padded: bool) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li><a href='#'>{esc(e.name)}</a> (S{e.season:02d}E{e.number:02d}) · {e.minutes} min · "
                    f"{day(e.aired, padded)} · Režie: {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h3>Nejnovější epizody</h3><ul>{items}</ul></section>'


def _reviews(ctx: Context, c: Classes, padded: bool) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<article class="{c("review")}"><b>{esc(r.author)}</b> <span class="stars">'
                    f'{"★" * max(1, r.score // 2)}</span> <time>{day(r.posted, padded)}</time><p>{esc(r.text)}</p></article>'
                    for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h3>Recenze</h3>{items}</section>'


def _similar(ctx: Context, c: Classes) -> str:
    items = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="info">({o.year})</span>'
                    f' <span class="origin">{o.runtime or 97} min</span></li>' for o in ctx.others)
    return f'<div class="{c("similar")}"><h3>{pick(random.Random(len(ctx.others)), ("Podobné filmy", "Mohlo by se vám líbit"))}</h3><ul>{items}</ul></div>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/o-nas/">O nás</a><a href="/reklama/">Reklama</a>'
            '<a href="/podminky/">Podmínky užívání</a><a href="/soukromi/">Ochrana soukromí</a>'
            "<p>© 2001–2026 ČSFD.example</p></footer>")
