# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmweb: a Filmweb-like Polish page. The year and an unlabelled '1 godz. 51 min.' sit
beside the <h1>; the facts are a flat grid of sibling <div>s with lower-case Polish labels
('reżyseria', 'scenariusz', 'gatunek', 'produkcja', 'premiera', 'budżet', 'boxoffice') and
no row wrappers; genitive dates ('12 marca 1995'), space-grouped thousands ('$3 600 000',
'3 600 000 €'), a decimal-comma score ('7,4') beside '12 400 ocen' with Polish plurals,
'3 sezony'; the tagline in „…” quotes; trivia that quotes other years and days; a partial
JSON-LD on some deploys."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc, grouped, json_ld, ld_type
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites4.common import Classes, look, others_people, pick

NAME = "filmweb"
NBSP = "\u00a0"
MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia")
GENRES = {"Action": "Akcja", "Adventure": "Przygodowy", "Animation": "Animacja",
          "Comedy": "Komedia", "Crime": "Kryminał", "Documentary": "Dokumentalny",
          "Drama": "Dramat", "Family": "Familijny", "Fantasy": "Fantasy",
          "History": "Historyczny", "Horror": "Horror", "Music": "Muzyczny",
          "Mystery": "Tajemnica", "Romance": "Romans", "Science Fiction": "Sci-Fi",
          "Thriller": "Thriller", "War": "Wojenny", "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Wielka Brytania", "France": "Francja",
             "Germany": "Niemcy", "Japan": "Japonia", "China": "Chiny",
             "South Korea": "Korea Południowa", "India": "Indie", "Brazil": "Brazylia",
             "Australia": "Australia", "Canada": "Kanada", "Spain": "Hiszpania",
             "Italy": "Włochy", "Mexico": "Meksyk", "Nigeria": "Nigeria", "Sweden": "Szwecja",
             "Denmark": "Dania", "Argentina": "Argentyna", "Iran": "Iran", "Poland": "Polska"}
PROSE = Prose(
    verbs=("wraca do", "dziedziczy", "szuka", "ucieka z", "zakochuje się w", "odkrywa",
           "strzeże", "traci", "odbudowuje"),
    things=("zalanej wioski", "rodzinnego sadu", "skradzionych skrzypiec", "starej latarni",
            "upadającego cyrku", "ostatniego promu", "opuszczonej kopalni", "przygranicznego miasta"),
    synopsis=("{hero} {verb} {thing} i odkrywa, że {other} także {verb2} {thing2}. W filmie "
              "„{title}” dawne lojalności zostają wystawione na próbę przez jeden długi sezon."),
    taglines=("Wszystko ma swoją cenę.", "Niektóre drzwi pozostają zamknięte.",
              "Przypływ zawsze wraca.", "Jedno lato. Jedna szansa."),
    audiences=("Widzowie chwalą aktorstwo i zdjęcia; zakończenie dzieli publiczność, ale obsada "
               "niesie całą historię.",
               "Wielu nazywa film powolnym, lecz poruszającym, z piękną muzyką."))


def fit(t: Title) -> Title:
    t = localize(t, PROSE)
    return replace(t, genres=tuple(GENRES[g] for g in t.genres),
                   countries=tuple(COUNTRIES[c] for c in t.countries),
                   studios_shown=len(t.studios))


def plural(n: int, one: str, few: str, many: str) -> str:
    if n == 1:
        word = one
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        word = few
    else:
        word = many
    return f"{grouped(n, NBSP)}{NBSP}{word}"


def day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def duration(minutes: int) -> str:
    big, small = divmod(minutes, 60)
    return " ".join(([f"{big} godz."] if big else []) + ([f"{small} min."] if small or not big else []))


def money(m: Money) -> str:
    if m.currency == "USD":
        return f"${grouped(m.amount, NBSP)}"
    symbol = SYMBOLS.get(m.currency, m.currency)
    return f"{grouped(m.amount, NBSP)} {symbol}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fw", rng)
    ld = _ld(t) if rng.random() < 0.6 else ""
    kind = "serial" if t.kind == "show" else "film"
    return (f'<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f"{f' ({t.year})' if t.year else ''} - {kind} - Filmweb</title>"
            f'<link rel="canonical" href="{t.url}">{css("fw", t.slug, 80)}{ld}</head><body>'
            f'{_nav(c)}<div class="{c("page")}"><section class="filmCoverSection">{_cover(t, c)}'
            f"{_rating(t, c)}</section><section class=\"filmPosterSection\">"
            f"{_texts(t, c)}<div class=\"filmInfo\">{_grid(t, c, rng)}</div></section>"
            f"{_watch(t.streaming, c)}{_cast(t, c)}{_episodes(ctx, c)}{_trivia(t, c, rng)}"
            f"{_reviews(ctx, c)}{_similar(ctx, c)}</div>{_footer(c)}"
            f'{app_state("__FW_STATE__", ctx.others, {"lang": "pl"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": "7.4",
                                   "ratingCount": t.votes, "bestRating": "10"}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Filmy", "Seriale", "Gry", "Rankingi", "Premiery", "VOD", "Newsy")
    return (f'<header class="{c("header")}"><a href="/">Filmweb</a><nav>'
            + "".join(f'<a href="/{i}">{x}</a>' for i, x in enumerate(items))
            + '</nav><a href="/login">Zaloguj się</a></header>'
            f'<div class="{c("ad")}" data-slot="billboard">Reklama</div>')


def _cover(t: Title, c: Classes) -> str:
    year = f'<div class="filmCoverSection__year">{t.year}</div>' if t.year else ""
    runtime = f'<div class="filmCoverSection__duration">{duration(t.runtime)}</div>' if t.runtime else ""
    seasons = (f'<div class="{c("seasons")}">{plural(t.seasons, "sezon", "sezony", "sezonów")}</div>'
               if t.seasons else "")
    return f'<h1 class="filmCoverSection__title">{esc(t.title)}</h1>{year}{runtime}{seasons}'


def _rating(t: Title, c: Classes) -> str:
    score = f"{6 + len(t.slug) % 4},{len(t.title) % 10}"
    votes = (f'<span class="{c("count")}">{plural(t.votes, "ocena", "oceny", "ocen")}</span>'
             if t.votes else '<span>brak ocen</span>')
    fans = plural(len(t.slug) * 37, "chce zobaczyć", "chcą zobaczyć", "chce zobaczyć")
    return (f'<div class="filmRating"><span class="filmRating__rateValue">{score}</span>{votes}'
            f'<div class="{c("wants")}">{fans}</div><div>Krytycy: 6,{len(t.slug) % 10}</div></div>')


def _texts(t: Title, c: Classes) -> str:
    out = f'<p class="{c("tagline")}">„{esc(t.tagline)}”</p>' if t.tagline else ""
    if t.synopsis:
        out += f'<div class="filmPosterSection__plot"><span>{esc(t.synopsis)}</span></div>'
    if t.audience:
        out += f'<section class="{c("voice")}"><h3>Co mówią widzowie</h3><p>{esc(t.audience)}</p></section>'
    if t.trailer:
        out += (f'<section class="{c("trailer")}"><h3>Zwiastun</h3><iframe title="Zwiastun" '
                f'src="https://www.youtube.com/embed/{t.trailer}"></iframe></section>')
    return out


def _pair(c: Classes, label: str, value: str) -> str:
    return f'<div class="filmInfo__header">{label}</div><div class="filmInfo__info">{value}</div>'


def _people(names: tuple[str, ...]) -> str:
    return " ".join(f'<a href="/person/{i}-{len(n)}">{esc(n)}</a>' for i, n in enumerate(names))


def _grid(t: Title, c: Classes, rng: random.Random) -> str:
    cells = []
    if t.directors:
        cells.append(_pair(c, "reżyseria", _people(t.directors)))
    if t.writers:
        cells.append(_pair(c, "scenariusz", _people(t.writers)))
    if t.genres:
        cells.append(_pair(c, "gatunek", " / ".join(f'<a href="/ranking/{g}">{esc(g)}</a>' for g in t.genres)))
    if t.countries:
        cells.append(_pair(c, "produkcja", ", ".join(map(esc, t.countries))))
    if t.released:
        where = pick(rng, ("(świat)", ""))
        cells.append(_pair(c, "premiera", f"{day(t.released)} {where}".strip()))
    if t.studios:
        cells.append(_pair(c, "studio", ", ".join(map(esc, t.studios))))
    if t.rating:
        cells.append(_pair(c, "kategoria wiekowa", esc(t.rating)))
    if t.budget:
        cells.append(_pair(c, "budżet", money(t.budget)))
    if t.box_office:
        world = " na świecie" if rng.random() < 0.5 else ""
        cells.append(_pair(c, "boxoffice", money(t.box_office) + world))
    composer = others_people(t, rng, 1)[0]
    cells.append(_pair(c, "muzyka", f'<a href="/person/m">{esc(composer)}</a>'))
    if t.imdb:
        cells.append(_pair(c, "linki", f'<a href="https://www.imdb.com/title/{t.imdb}/">IMDb</a>'))
    return "".join(cells)


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("vod")}"><h2>Gdzie obejrzeć</h2><p>Jeszcze niedostępny online</p></section>'
    n = len(s.platforms)
    head = (f"Dostępny w {n} {'serwisie' if n == 1 else 'serwisach'}" if s.available
            else f"Obecnie niedostępny w {n} {'serwisie' if n == 1 else 'serwisach'}")
    items = "".join(f'<li><a href="/vod/{i}">{esc(p)}</a></li>' for i, p in enumerate(s.platforms))
    return (f'<section class="{c("vod")}"><h2>Gdzie obejrzeć</h2><p>{head}</p><ul>{items}</ul>'
            f"<small>Aktualizacja: {day(s.verified_on)}</small></section>")


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    cards = "".join(f'<div class="castRoleListElement"><a class="person" href="/person/a{i}">{esc(p.actor)}</a>'
                    + (f'<span class="role">{esc(p.character)}</span>' if p.character else "") + "</div>"
                    for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>Obsada</h2>{cards}<a href="#">Zobacz pełną obsadę</a></section>'


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li>S{e.season:02d}E{e.number:02d} · {esc(e.name)} · {duration(e.minutes)} · "
                    f"{day(e.aired)} · reż. {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Odcinki</h2><ul>{items}</ul></section>'


def _trivia(t: Title, c: Classes, rng: random.Random) -> str:
    year = (t.year or 2000) - 1 - len(t.slug) % 3
    facts = (f"Zdjęcia trwały {30 + len(t.slug) % 40} dni i zakończyły się w {year} roku.",
             f"Pierwsza wersja montażowa trwała {pick(rng, ('3 godz. 5 min.', '2 godz. 40 min.'))}")
    return (f'<section class="{c("trivia")}"><h2>Ciekawostki</h2><ul>'
            + "".join(f"<li>{x}</li>" for x in facts) + "</ul></section>")


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<article class="{c("review")}"><b>{esc(r.author)}</b> · {day(r.posted)} · '
                    f"ocena: {r.score}/10<p>{esc(r.text)}</p></article>" for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Recenzje użytkowników</h2>{items}</section>'


def _similar(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<a class="{c("card")}" href="{o.path}"><span>{esc(o.title)}</span>'
                    f'<div class="filmInfo__header">premiera</div><div class="filmInfo__info">{o.year}</div>'
                    f"<span>{duration(o.runtime or 97)}</span> <span>{plural(o.votes or 1, 'ocena', 'oceny', 'ocen')}</span></a>"
                    for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>Podobne filmy i seriale</h2>{cards}</section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/regulamin">Regulamin</a><a href="/prywatnosc">'
            'Polityka prywatności</a><a href="/reklama">Reklama</a><a href="/kontakt">Kontakt</a>'
            "<p>© 1998-2026 Filmweb</p></footer>")
