# ruff: noqa: E501  (HTML templates read best on one line)
"""AlloCiné: an AlloCiné-like French title page. The titlebar <div> holds the <h1>; the meta
block: 'meta-body-info' '27 octobre 1995 en salle | 1h 51min | Drame, Romance' (a show's
'Depuis 1995 | 52 min | Drame' with 'Créée par'), 'De' directors and 'Par' writers in
'meta-body-direction' lines, 'Avec' the first actors; a certificate badge 'Interdit aux moins
de 12 ans'; 'Presse' and 'Spectateurs' scores ('3,9' with '12 345 notes, 567 critiques', no-break
spaces); 'Synopsis'; 'Casting complet' cards (actor over 'Rôle : ...'); a show's 'Saisons'
with their own episode counts; 'Infos techniques' ('Nationalités', 'Distributeur' as a trap,
'Année de production', 'Budget' '3 600 000 $', 'Box Office France' in admissions, a trap,
'Langues', 'Secrets de tournage'); 'Séances' times and spectators' reviews; 'Films similaires';
'Où regarder ce film en streaming ?' with 'Disponible sur 3 plateformes' (or '0 des 7
plateformes suivies'), provider tiles and 'Mis à jour le' a date; a JSON-LD Movie on some
deploys. No tagline, audience text, studios, IMDb link or trailer."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites9.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    pick,
    rated,
    spaced,
    translate,
)

NAME = "allocinefr"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
GENRES = {"Action": "Action", "Adventure": "Aventure", "Animation": "Animation",
          "Comedy": "Comédie", "Crime": "Policier", "Documentary": "Documentaire",
          "Drama": "Drame", "Family": "Famille", "Fantasy": "Fantastique", "History": "Historique",
          "Horror": "Epouvante-horreur", "Music": "Musical", "Mystery": "Thriller",
          "Romance": "Romance", "Science Fiction": "Science Fiction", "Thriller": "Suspense",
          "War": "Guerre", "Western": "Western"}
COUNTRIES = {"United States": "U.S.A.", "United Kingdom": "Grande-Bretagne", "France": "France",
             "Germany": "Allemagne", "Japan": "Japon", "China": "Chine",
             "South Korea": "Corée du Sud", "India": "Inde", "Brazil": "Brésil",
             "Australia": "Australie", "Canada": "Canada", "Spain": "Espagne", "Italy": "Italie",
             "Mexico": "Mexique", "Nigeria": "Nigéria", "Sweden": "Suède", "Denmark": "Danemark",
             "Argentina": "Argentine", "Iran": "Iran", "Poland": "Pologne"}
# the French certificate, shown only when it restricts (a film 'tous publics' shows none)
VISA = {"R": "Interdit aux moins de 12 ans", "15": "Interdit aux moins de 12 ans",
        "MA15+": "Interdit aux moins de 12 ans", "FSK 16": "Interdit aux moins de 12 ans",
        "TV-MA": "Interdit aux moins de 12 ans", "NC-17": "Interdit aux moins de 16 ans",
        "18": "Interdit aux moins de 16 ans", "R18+": "Interdit aux moins de 16 ans",
        "FSK 18": "Interdit aux moins de 18 ans"}
PROSE = Prose(
    verbs=("retourne dans", "hérite de", "cherche", "fuit", "protège", "reconstruit"),
    things=("un village inondé", "le verger familial", "un violon volé", "un vieux phare",
            "une mine oubliée", "une ville frontière", "le dernier ferry"),
    synopsis=("{hero} {verb} {thing} et découvre que {other} {verb2} {thing2}, lui aussi. "
              "Dans {title}, de vieilles loyautés sont mises à l'épreuve le temps d'une longue "
              "saison, et rien ne revient comme avant."),
    taglines=("Tout a un prix.",),
    audiences=("Les spectateurs saluent les acteurs.",))


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.6


def fit(t: Title) -> Title:
    """A show gives a start year ('Depuis 1995') and its creators, never a director or money."""
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), VISA)
    t = replace(t, tagline=None, audience=None, studios=(), studios_shown=0, box_office=None,
                imdb=None, trailer=None)
    if t.kind == "show":
        t = replace(t, released=None, directors=())
    return t if _roles(t) else no_characters(t)


def day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def duration(minutes: int) -> str:
    """'1h 51min', '2h 00min', '52min'."""
    big, small = divmod(minutes, 60)
    return f"{big}h {small:02d}min" if big else f"{small}min"


def money(m: Money) -> str:
    """'3 600 000 $', '11 400 000 €', '7 200 000 DM': the symbol after the figure."""
    return f"{spaced(m.amount)} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("entity", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_synopsis(t, c), _casting(t, c), _seasons(t, c, rng), _tech(t, c, rng), _watch(t, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[3] = blocks[3], blocks[1]
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(t.title)} - {"série" if t.kind == "show" else "film"}'
            f'{f" {t.year}" if t.year else ""} - AlloCiné</title><link rel="canonical" href="{t.url}">{css("entity", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("didomi"), "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires.", "Accepter &amp; Fermer", "Continuer sans accepter")}'
            f'{_nav(c)}<main class="{c("content-layout")}">{_head(t, c, rng)}{"".join(blocks)}{_showtimes(ctx, c, rng)}'
            f'{_reviews(ctx, c)}{_similar(ctx, c)}</main>{_footer(c)}'
            f'{app_state("__ALLOCINE_DATA__", ctx.others, {"site": "fr"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.genres:
        data["genre"] = list(t.genres)
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast[:3]]
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": "3,9", "bestRating": "5", "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Films", "Séries", "Emissions", "Trailers", "DVD", "Streaming", "Cinémas", "News")
    return (f'<header class="{c("header")}"><a href="/" class="{c("logo")}" title="AlloCiné">AlloCiné</a><nav><ul>'
            + "".join(f'<li><a href="/{x.lower()}/">{x}</a></li>' for x in items)
            + '</ul></nav><input type="search" placeholder="Rechercher un film, une série, une star..." aria-label="Rechercher"></header>')


def _info(t: Title) -> str:
    parts = []
    if t.released:
        parts.append(f'<span class="date">{day(t.released)}</span> en salle')
    elif t.year:
        parts.append(f"Depuis {t.year}" if t.kind == "show" else f"Année de production {t.year}")
    if t.runtime:
        parts.append(duration(t.runtime))
    if t.genres:
        parts.append(", ".join(f'<span class="dark-grey-link">{esc(g)}</span>' for g in t.genres))
    return '<span class="spacer">|</span>'.join(parts)


def _names(label: str, names: tuple[str, ...], cls: str) -> str:
    links = ", ".join(f'<span class="dark-grey-link">{esc(n)}</span>' for n in names)
    return f'<div class="meta-body-item {cls}"><span class="light">{label}</span> {links}</div>'


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    lines = [f'<div class="meta-body-item meta-body-info">{_info(t)}</div>']
    if t.directors:
        lines.append(_names("De", t.directors, "meta-body-direction"))
    if t.writers:
        lines.append(_names("Créée par" if t.kind == "show" else "Par", t.writers, "meta-body-direction"))
    if t.cast:
        lines.append(_names("Avec", tuple(p.actor for p in t.cast[:3]), "meta-body-actor"))
    if t.rating:
        lines.append(f'<div class="certificate"><span class="certificate-text">{esc(t.rating)}</span></div>')
    press = f'<div class="rating-item"><span class="rating-title">Presse</span><span class="stareval-note">3,{len(t.slug) % 10}</span><span>{len(t.title) % 30 + 2} critiques</span></div>'
    if t.votes:
        users = (f'<div class="rating-item"><span class="rating-title">Spectateurs</span><span class="stareval-note">{2 + len(t.slug) % 3},{len(t.title) % 10}</span>'
                 f'<span class="stareval-review">{spaced(t.votes)} note{"s" if t.votes > 1 else ""}, {len(t.slug) * 3} critiques</span></div>')
    else:
        users = '<div class="rating-item"><span class="rating-title">Spectateurs</span><span>--</span></div>'
    ratings = press + users if rng.random() < 0.5 else users + press
    return (f'<section class="{c("entity-card")}"><div class="titlebar"><h1 class="titlebar-title titlebar-title-xl">{esc(t.title)}</h1></div>'
            f'<div class="meta-body">{"".join(lines)}</div><div class="{c("rating-holder")}">{ratings}</div></section>')


def _synopsis(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("ovw-synopsis")}"><h2 class="titlebar-title">Synopsis</h2><div class="content-txt"><p>{esc(t.synopsis)}</p></div></section>'


def _casting(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    cards = "".join(f'<div class="{c("card")}"><a class="meta-title-link" href="/personne/{i}">{esc(p.actor)}</a>'
                    + (f'<div class="meta-sub">Rôle : {esc(p.character)}</div>' if p.character else "") + "</div>" for i, p in enumerate(t.cast))
    return f'<section class="{c("casting")}"><h2 class="titlebar-title">Casting complet</h2>{cards}</section>'


def _seasons(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.seasons:
        return ""
    items = "".join(f"<li>Saison {s} <span>{rng.randint(6, 13)} épisodes</span></li>" for s in range(1, t.seasons + 1))
    return f'<section class="{c("seasons")}"><h2 class="titlebar-title">Saisons</h2><p>{t.seasons} Saison{"s" if t.seasons > 1 else ""}</p><ul>{items}</ul></section>'


def _tech(t: Title, c: Classes, rng: random.Random) -> str:
    distributor = pick(rng, ("Mars Films", "Pathé Distribution", "Le Pacte", "Diaphana", "Metropolitan FilmExport"))
    rows: list[tuple[str, str]] = []
    if t.countries:
        rows.append(("Nationalité" if len(t.countries) == 1 else "Nationalités", ", ".join(map(esc, t.countries))))
    if t.kind == "movie":
        rows.append(("Distributeur", distributor))
    if t.year:
        rows.append(("Année de production", str(t.year)))
    rows.append(("Budget", money(t.budget) if t.budget else "-"))
    if t.kind == "movie" and rng.random() < 0.6:
        rows.append(("Box Office France", f"{spaced(len(t.slug) * 23456)} entrées"))
    rows += [("Langues", pick(rng, ("Anglais", "Français", "Espagnol"))), ("Couleur", "Couleur"),
             ("Secrets de tournage", f"{len(t.title) % 9 + 1} anecdotes")]
    body = "".join(f'<div class="item"><span class="what light">{k}</span><span class="that">{v}</span></div>' for k, v in rows)
    return f'<section class="{c("section-ovw-technical")}"><h2 class="titlebar-title">Infos techniques</h2>{body}</section>'


def _watch(t: Title, c: Classes) -> str:
    s: Streaming | None = t.streaming
    if s is None:
        return ""
    head = f'<h2 class="titlebar-title">Où regarder {"cette série" if t.kind == "show" else "ce film"} en streaming ?</h2>'
    if not s.counted:
        return f'<section class="{c("providers")}">{head}<p>Aucune offre de streaming pour le moment.</p></section>'
    n = len(s.platforms)
    count = f"Disponible sur {n} plateforme{'s' if n > 1 else ''}" if s.available else f"Disponible sur 0 des {n} plateformes suivies"
    tiles = "".join(f'<div class="provider-tile"><span class="provider-tile-text">{esc(p)}</span>'
                    f'<span>{"Abonnement" if s.available else "Bientôt"}</span></div>' for p in s.platforms)
    return f'<section class="{c("providers")}">{head}<p>{count}</p>{tiles}<p class="light">Mis à jour le {day(s.verified_on)}</p></section>'


def _showtimes(ctx: Context, c: Classes, rng: random.Random) -> str:
    times = " ".join(f"<span>{h}:{m:02d}</span>" for h, m in sorted((rng.randint(10, 22), rng.choice((0, 15, 30, 45))) for _ in range(4)))
    return f'<section class="{c("showtimes")}"><h2 class="titlebar-title">Séances</h2><p>UGC Ciné Cité Les Halles · VF · {times}</p></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<div class="{c("review-card")}"><b>{esc(r.author)}</b> <span>{r.score / 2:.1f}</span> <span>Publiée le {day(r.posted)}</span>'
                    f'<p lang="en">{esc(r.text)}</p></div>' for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2 class="titlebar-title">Critiques spectateurs</h2>{items}</section>'


def _similar(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<div class="{c("card")}"><a class="meta-title-link" href="{o.path}">{esc(o.title)}</a>'
                    f'<div class="meta-body-info">{o.year} | {duration(o.runtime or 97)}</div><div class="certificate">{esc(o.rating or "")}</div>'
                    f'<span>{spaced(o.votes or 1)} notes</span></div>' for o in ctx.others)
    return f'<section class="{c("similar")}"><h2 class="titlebar-title">Films similaires</h2>{cards}</section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/service/aproposdenous/">Qui sommes-nous ?</a><a href="/service/mentions/">Mentions légales</a>'
            '<a href="/service/cgu/">CGU</a><a href="/service/cookies/">Gestion des cookies</a><p>Copyright © 2026 AlloCiné</p></footer>')
