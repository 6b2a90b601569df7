"""A French AlloCiné-like page: French labels, values and formats, schema.org microdata."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.heldout_sites.common import css, esc, footer, nav
from tests.heldout_sites.records import Money, Prose, Title, localize
from tests.heldout_sites.site import Context

NAV = ("Films", "Séries", "Streaming", "Trailers", "DVD", "Kids", "News")
FOOT = ("Qui sommes-nous ?", "Recrutement", "Publicité", "Contact", "Mentions légales",
        "Données personnelles", "Gestion des cookies")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
GENRES = {"Action": "Action", "Adventure": "Aventure", "Animation": "Animation",
          "Comedy": "Comédie", "Crime": "Policier", "Documentary": "Documentaire",
          "Drama": "Drame", "Family": "Famille", "Fantasy": "Fantastique",
          "History": "Historique", "Horror": "Épouvante-horreur", "Music": "Musical",
          "Mystery": "Thriller", "Romance": "Romance", "Science Fiction": "Science Fiction",
          "Thriller": "Suspense", "War": "Guerre", "Western": "Western"}
PAYS = {"United States": "États-Unis", "United Kingdom": "Royaume-Uni", "France": "France",
        "Germany": "Allemagne", "Japan": "Japon", "China": "Chine", "South Korea": "Corée du Sud",
        "India": "Inde", "Brazil": "Brésil", "Australia": "Australie", "Canada": "Canada",
        "Spain": "Espagne", "Italy": "Italie", "Mexico": "Mexique", "Nigeria": "Nigeria",
        "Sweden": "Suède", "Denmark": "Danemark", "Argentina": "Argentine", "Iran": "Iran",
        "Poland": "Pologne"}
VISA = ("Tous publics", "Tous publics avec avertissement", "Interdit aux moins de 12 ans",
        "Interdit aux moins de 16 ans", "Interdit aux moins de 18 ans")
SYMBOLE = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "INR": "₹"}  # CNY: its code
NNBSP = "\u202f"
PROSE = Prose(
    verbs=("retrouve", "hérite de", "cherche", "fuit", "tombe amoureux de", "découvre",
           "protège", "perd", "reconstruit", "trahit"),
    things=("un village englouti", "le verger familial", "un violon volé", "un vieux phare",
            "un cirque en faillite", "le dernier ferry", "une radio silencieuse",
            "une mine oubliée", "une ville frontière", "le marché d'hiver"),
    synopsis=("{hero} {verb} {thing} et comprend que {other} {verb2} {thing2}, lui aussi. "
              "Dans {title}, les vieilles loyautés sont mises à l'épreuve le temps d'une longue "
              "saison, et rien ne revient comme avant."),
    taglines=("Chaque secret a un prix.", "Certaines portes restent fermées.",
              "La marée revient toujours.", "Un été. Une seule chance.",
              "Personne ne repart indemne."),
    audiences=("Les spectateurs saluent une histoire lente et prenante, portée par des "
               "interprètes remarquables ; la fin divise.",
               "Un récit chaleureux selon le public, malgré quelques longueurs au milieu.",
               "Beaucoup parlent d'un film tendu et magnifiquement filmé, à voir en salle."))


def fit(t: Title) -> Title:
    rating = VISA[sum(map(ord, t.rating)) % len(VISA)] if t.rating else None
    genres = tuple(dict.fromkeys(GENRES[g] for g in t.genres))
    return replace(localize(t, PROSE), genres=genres, countries=tuple(PAYS[c] for c in t.countries),
                   rating=rating)


def nombre(n: int) -> str:
    return f"{n:,}".replace(",", NNBSP)


def jour(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def duree(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h}h {m:02d}min" if h else f"{m}min"


def argent(m: Money) -> str:
    return f"{nombre(m.amount)} {SYMBOLE.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    schema = "TVSeries" if t.kind == "show" else "Movie"
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f" - film {t.year or ''} - CinéClub</title>{css('cineclub', 180)}</head><body>"
            f"<header>{nav(NAV, 'header-nav')}</header><main>"
            f'<article itemscope itemtype="https://schema.org/{schema}">'
            f'<link itemprop="url" href="{t.url}">{_hero(t)}{_watch(t)}{_synopsis(t)}'
            f"{_casting(t)}{_infos(t)}</article>{_saisons(ctx)}{_critiques(ctx)}{_rail(ctx)}"
            f"</main>{footer(FOOT, 'CinéClub')}</body></html>")


def _hero(t: Title) -> str:
    kind = "Série" if t.kind == "show" else "Film"
    when = ""
    if t.released:
        when = (f'<span class="date" itemprop="datePublished" content="{t.released.isoformat()}"'
                f">{jour(t.released)}</span>")
    elif t.year:
        when = f'<span class="date">{t.year}</span>'
    rows = [f'<span class="type">{kind}</span>', when]
    rows += [f'<span class="spacer">|</span> <span>{duree(t.runtime)}</span>'] if t.runtime else []
    rows += [" | " + ", ".join(f'<span itemprop="genre">{esc(g)}</span>' for g in t.genres)
             ] if t.genres else []
    people = ""
    if t.directors:
        people += '<div class="meta-body-direction"><span class="light">De</span> ' + ", ".join(
            _person("director", n) for n in t.directors) + "</div>"
    if t.writers:
        people += '<div class="meta-body-direction"><span class="light">Par</span> ' + ", ".join(
            _person("author", n) for n in t.writers) + "</div>"
    if t.cast:
        people += '<div class="meta-body-actor"><span class="light">Avec</span> ' + ", ".join(
            esc(c.actor) for c in t.cast[:3]) + "</div>"
    notes = (f'<div class="rating-item"><span>Spectateurs</span> <span class="stareval-note">'
             f'3,4</span> <span class="stareval-review">{nombre(t.votes)} notes</span></div>'
             if t.votes else "")
    return (f'<section class="entity-card"><h1 itemprop="name">{esc(t.title)}</h1>'
            f'<div class="meta-body-info">{" ".join(rows)}</div>{people}{notes}</section>')


def _person(prop: str, name: str) -> str:
    return (f'<span itemprop="{prop}" itemscope itemtype="https://schema.org/Person">'
            f'<a itemprop="name" href="/personne/">{esc(name)}</a></span>')


def _watch(t: Title) -> str:
    s = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return ('<section class="streaming"><h2>Où regarder ?</h2><p>Pas encore disponible en '
                "streaming.</p></section>")
    n = len(s.platforms)
    head = (f"Disponible sur {n} plateforme{'s' if n > 1 else ''}" if s.available else
            f"Indisponible sur les {n} plateformes suivies")
    logos = "".join(f'<li><img alt="{esc(p)}" src="/logo.png"></li>' for p in s.platforms)
    return (f'<section class="streaming"><h2>Où regarder ?</h2><p>{head}</p><ul>{logos}</ul>'
            f"<p class=\"maj\">Vérifié le {jour(s.verified_on)}</p></section>")


def _synopsis(t: Title) -> str:
    parts = [f'<p class="slogan">« {esc(t.tagline)} »</p>'] if t.tagline else []
    parts += [f'<h2>Synopsis</h2><div class="content-txt" itemprop="description">'
              f"{esc(t.synopsis)}</div>"] if t.synopsis else []
    parts += [f"<h2>L'avis des spectateurs</h2><p>{esc(t.audience)}</p>"] if t.audience else []
    return f'<section class="synopsis">{"".join(parts)}</section>'


def _casting(t: Title) -> str:
    rows = "".join(f'<div class="card person-card"><a class="meta-title-link">{esc(c.actor)}</a>'
                   + (f'<div class="meta-sub">Rôle : {esc(c.character)}</div>' if c.character
                      else "") + "</div>" for c in t.cast)
    return f'<section class="casting"><h2>Acteurs et actrices</h2>{rows}</section>' if rows else ""


def _item(label: str, value: str) -> str:
    return (f'<div class="item"><span class="what light">{label}</span>'
            f'<span class="that">{value}</span></div>')


def _infos(t: Title) -> str:
    rows = []
    if t.countries:
        rows.append(_item("Pays de production", ", ".join(esc(c) for c in t.countries)))
    if t.studios:
        more = f" et {t.more_studios} autre{'s' if t.more_studios > 1 else ''}" \
            if t.more_studios else ""
        rows.append(_item("Sociétés de production",
                          ", ".join(esc(s) for s in t.shown_studios) + more))
    if t.rating:
        rows.append(_item("Classification", esc(t.rating)))
    if t.seasons:
        rows.append(_item("Saisons", f"{t.seasons} saison{'s' if t.seasons > 1 else ''}"))
    if t.budget:
        rows.append(_item("Budget", argent(t.budget)))
    if t.box_office:
        rows.append(_item("Box-office monde", argent(t.box_office)))
    rows.append(_item("Langues", "Anglais"))
    if t.imdb:
        rows.append(_item("Liens", f'<a href="https://www.imdb.com/title/{t.imdb}/">Fiche IMDb'
                          "</a>"))
    if t.trailer:
        rows.append(f'<div class="player"><iframe src="https://www.youtube.com/embed/{t.trailer}"'
                    ' title="Bande-annonce"></iframe></div>')
    return (f'<section class="more-infos"><h2>Infos techniques</h2>{"".join(rows)}</section>')


def _saisons(ctx: Context) -> str:
    rows = "".join(f"<li>Épisode {e.number} · {esc(e.name)} · {duree(e.runtime)} · "
                   f"diffusé le {jour(e.aired)} · Réalisé par {esc(e.director)}</li>"
                   for e in ctx.episodes)
    return f'<section class="episodes"><h2>Derniers épisodes</h2><ul>{rows}</ul></section>' \
        if rows else ""


def _critiques(ctx: Context) -> str:
    rows = "".join(f'<div class="review-card"><b>{esc(r.author)}</b> <span>Publiée le '
                   f"{jour(r.on)}</span><p>Vu deux fois, la fin me hante encore "
                   f"({r.score}/10).</p><span>{r.helpful} personnes ont "
                   "trouvé cette critique utile</span></div>" for r in ctx.reviews)
    return f'<section class="reviews"><h2>Critiques spectateurs</h2>{rows}</section>'


def _rail(ctx: Context) -> str:
    cards = "".join(f'<div class="card entity-card-simple"><a href="{o.path}">{esc(o.title)}</a>'
                    f"<span>{o.year}</span> | <span>{duree(o.runtime or 90)}</span> "
                    f"<span>{nombre(o.votes or 1)} notes</span></div>" for o in ctx.others)
    return f'<section class="reco"><h2>Films similaires</h2>{cards}</section>'
