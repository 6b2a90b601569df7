# ruff: noqa: E501  (HTML templates read best on one line)
"""Senscritique: a SensCritique-like French page. Under the <h1> an unlabelled creator line
('Film de X et Y · 1 h 51 min · 12 mars 1995 (France)', for shows 'Série · 45 min · 1995');
the score '7,1' beside '12 400 notes' with narrow no-break spaces or a compact '12,4 k notes',
among traps ('3 456 envies', '85 coups de cœur'); a 'Fiche technique' <dl> ('Titre original',
'Réalisation' on some deploys, 'Scénario', 'Musique', 'Sociétés de production' with '+ 2
autres', 'Pays d'origine', 'Genres', 'Durée', 'Classification', 'Saisons', 'Budget',
'Box-office'); French money ('3 600 000 $', '18 000 000 €'); a 'Casting' list with characters on
some deploys; 'Où regarder ?'; the latest episodes of a show, each 'Réalisé par' its own
director; critiques quoting other years and durations; 'Listes' and
'Vous aimerez aussi' rails; a JSON-LD on some deploys."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import (
    SYMBOLS,
    app_state,
    compact_votes,
    css,
    esc,
    grouped,
    json_ld,
    ld_type,
    round_votes,
)
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    translate,
)

NAME = "senscritique"
NNBSP = "\u202f"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
GENRES = {"Action": "Action", "Adventure": "Aventure", "Animation": "Animation",
          "Comedy": "Comédie", "Crime": "Policier", "Documentary": "Documentaire",
          "Drama": "Drame", "Family": "Famille", "Fantasy": "Fantastique", "History": "Historique",
          "Horror": "Épouvante-horreur", "Music": "Musique", "Mystery": "Mystère",
          "Romance": "Romance", "Science Fiction": "Science-fiction", "Thriller": "Thriller",
          "War": "Guerre", "Western": "Western"}
COUNTRIES = {"United States": "États-Unis", "United Kingdom": "Royaume-Uni", "France": "France",
             "Germany": "Allemagne", "Japan": "Japon", "China": "Chine",
             "South Korea": "Corée du Sud", "India": "Inde", "Brazil": "Brésil",
             "Australia": "Australie", "Canada": "Canada", "Spain": "Espagne", "Italy": "Italie",
             "Mexico": "Mexique", "Nigeria": "Nigeria", "Sweden": "Suède",
             "Denmark": "Danemark", "Argentina": "Argentine", "Iran": "Iran", "Poland": "Pologne"}
PROSE = Prose(
    verbs=("retourne vers", "récupère", "cherche", "fuit", "protège", "découvre",
           "garde", "perd", "reconstruit"),
    things=("un village inondé", "un verger familial", "un violon volé", "un vieux phare",
            "un cirque en faillite", "un dernier ferry", "une mine abandonnée", "une ville frontière"),
    synopsis=("{hero} {verb} {thing} et comprend que {other} {verb2} {thing2}, lui aussi. Dans "
              "{title}, de vieilles loyautés sont mises à l'épreuve pendant toute une saison, et "
              "rien ne revient comme c'était parti."),
    taglines=("Tout a un prix.", "Certaines portes restent fermées.",
              "La marée revient toujours.", "Un été. Une chance."),
    audiences=("Les spectateurs saluent l'interprétation et la photographie ; la fin divise, "
               "mais la distribution porte le récit.",
               "Beaucoup le trouvent lent mais bouleversant, porté par une musique superbe."))


def _compact(t: Title) -> bool:
    return fit_rng(NAME, t, "compact").random() < 0.4


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.5


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = replace(t, votes=round_votes(t.votes) if _compact(t) else t.votes)
    return t if _roles(t) else no_characters(t)


def day(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS[d.month - 1]} {d.year}"


def french_count(n: int, compact: bool) -> str:
    """'12 400' with a narrow no-break space, or the compact '12,4 k' / '1,4 M'."""
    if not compact or n < 1000:
        return grouped(n, NNBSP)
    short = compact_votes(n).replace(".", ",")
    return f"{short[:-1]}{NNBSP}{short[-1].lower() if short[-1] == 'K' else short[-1]}"


def money(m: Money) -> str:
    return f"{grouped(m.amount, NNBSP)}{NNBSP}{SYMBOLS.get(m.currency, m.currency)}"


def duration(minutes: int) -> str:
    big, small = divmod(minutes, 60)
    return " ".join(([f"{big} h"] if big else []) + ([f"{small} min"] if small or not big else []))


def together(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} et {names[-1]}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("sc", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_texts(t, c), _sheet(t, c, rng), _cast(t, c), _watch(t.streaming, c)]
    if rng.random() < 0.4:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f"{f' ({t.year})' if t.year else ''} - {'Série' if t.kind == 'show' else 'Film'} - SensCritique</title>"
            f'<link rel="canonical" href="{t.url}">{css("sc", t.slug, 90)}{ld}</head><body>'
            f'{cookie_banner(c("didomi"), "Avec votre accord, nous et nos partenaires utilisons des cookies.", "Accepter", "Continuer sans accepter")}'
            f'{_nav(c)}<main class="{c("main")}">{_head(t, c, rng)}{_scores(t, c)}{"".join(blocks)}'
            f"{_episodes(ctx, c)}{_critics(ctx, c)}{_rails(ctx, c)}</main>{_footer(c)}"
            f'{app_state("__NEXT_DATA_SC__", ctx.others, {"locale": "fr-FR"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 7.1, "bestRating": 10,
                                   "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Films", "Séries", "Jeux vidéo", "Livres", "BD", "Musique", "Sondages")
    return (f'<header class="{c("header")}"><a href="/" aria-label="SensCritique">SC</a><nav>'
            + "".join(f'<a href="/{x.lower().replace(" ", "_")}">{x}</a>' for x in items)
            + '</nav><button>Se connecter</button></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    parts = []
    if t.kind == "movie":
        parts.append(f"Film de {together(tuple(map(esc, t.directors)))}" if t.directors else "Film")
    else:
        parts.append("Série")
    if t.runtime:
        parts.append(duration(t.runtime))
    if t.released:
        parts.append(f"{day(t.released)} {pick(rng, ('(France)', '', '(Sortie)'))}".strip())
    elif t.year:
        parts.append(str(t.year))
    if t.seasons:
        parts.append(f"{t.seasons} saison{'s' * (t.seasons > 1)}")
    return (f'<section class="{c("cover")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
            f'<p class="{c("creator")}">{" · ".join(parts)}</p>'
            + (f'<p class="{c("genres")}">{", ".join(map(esc, t.genres))}</p>' if t.genres else "") + "</section>")


def _scores(t: Title, c: Classes) -> str:
    avg = f"{5 + len(t.slug) % 4},{len(t.title) % 10}"
    count = (f"{french_count(t.votes, _compact(t))} {'note' if t.votes == 1 else 'notes'}" if t.votes else "Pas encore de note")
    return (f'<div class="{c("rating")}"><span class="{c("avg")}">{avg}</span><span>{count}</span>'
            f'<ul><li>{grouped(len(t.slug) * 97, NNBSP)} envies</li><li>{len(t.title) * 3} coups de cœur</li>'
            f"<li>{len(t.slug) * 11} critiques</li></ul></div>")


def _texts(t: Title, c: Classes) -> str:
    out = f'<p class="{c("tagline")}">« {esc(t.tagline)} »</p>' if t.tagline else ""
    if t.synopsis:
        out += f'<section class="{c("synopsis")}"><h2>Synopsis</h2><p>{esc(t.synopsis)}</p></section>'
    if t.audience:
        out += f'<section class="{c("avis")}"><h2>Ce qu\'en disent les spectateurs</h2><p>{esc(t.audience)}</p></section>'
    if t.trailer:
        out += (f'<section class="{c("video")}"><h2>Bande-annonce</h2><iframe title="Bande-annonce" '
                f'src="https://www.youtube.com/embed/{t.trailer}?cc_lang_pref=fr"></iframe></section>')
    return out


def _sheet(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [("Titre original", esc(t.title))]
    if t.directors and (rng.random() < 0.5 or t.kind == "show"):  # no 'Film de' line on shows
        rows.append(("Réalisation", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("Scénario", ", ".join(map(esc, t.writers))))
    rows.append(("Musique", esc(others_people(t, rng, 1)[0])))
    if t.studios:
        more = f" + {t.more_studios} {'autre' if t.more_studios == 1 else 'autres'}" if t.more_studios else ""
        rows.append(("Sociétés de production" if len(t.studios) > 1 else "Société de production",
                     ", ".join(map(esc, t.shown_studios)) + more))
    if t.countries:
        rows.append(("Pays d'origine", ", ".join(map(esc, t.countries))))
    if t.genres:
        rows.append(("Genres", ", ".join(map(esc, t.genres))))
    if t.runtime:
        rows.append(("Durée", duration(t.runtime)))
    if t.rating:
        rows.append(("Classification", esc(t.rating)))
    if t.seasons:
        rows.append(("Saisons", str(t.seasons)))
    if t.budget:
        rows.append(("Budget", money(t.budget)))
    if t.box_office:
        rows.append(("Box-office", money(t.box_office)))
    if t.imdb:
        rows.append(("Liens", f'<a href="https://www.imdb.com/title/{t.imdb}/">Voir sur IMDb</a>'))
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<section class="{c("fiche")}"><h2>Fiche technique</h2><dl>{body}</dl></section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    items = "".join(f'<li><a href="/contact/{i}">{esc(p.actor)}</a>'
                    + (f'<span class="{c("role")}">{esc(p.character)}</span>' if p.character else "") + "</li>"
                    for i, p in enumerate(t.cast))
    return f'<section class="{c("casting")}"><h2>Casting</h2><ul>{items}</ul></section>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("vod")}"><h2>Où regarder ?</h2><p>Pas encore disponible en streaming.</p></section>'
    n = len(s.platforms)
    head = (f"Disponible sur {n} plateforme{'s' * (n > 1)}" if s.available
            else f"Indisponible sur {'la plateforme suivie' if n == 1 else f'les {n} plateformes suivies'}")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<section class="{c("vod")}"><h2>Où regarder ?</h2><p>{head}</p><ul>{items}</ul><small>Mis à jour le {day(s.verified_on)}</small></section>'


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li><b>S{e.season} · É{e.number} — {esc(e.name)}</b> <span>{duration(e.minutes)}</span> "
                    f"<span>Diffusé le {day(e.aired)}</span> <span>Réalisé par {esc(e.director)}</span></li>"
                    for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Derniers épisodes</h2><ol>{items}</ol></section>'


def _critics(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<article class="{c("critique")}"><b>{esc(r.author)}</b> <span>{r.score}</span> '
                    f"<time>{day(r.posted)}</time><p>{esc(r.text)}</p></article>" for r in ctx.reviews)
    return f'<section class="{c("critiques")}"><h2>Critiques</h2>{items}</section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><p>{"Série" if o.kind == "show" else "Film"} · '
                    f"{duration(o.runtime or 97)} · {o.year}</p><p>{french_count(o.votes or 1, False)} notes</p></li>"
                    for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>Vous aimerez aussi</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">À propos</a><a href="/cgu">CGU</a>'
            '<a href="/confidentialite">Confidentialité</a><a href="/cookies">Gestion des cookies</a><p>© 2026 SensCritique</p></footer>')
