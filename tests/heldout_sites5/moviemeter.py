# ruff: noqa: E501  (HTML templates read best on one line)
"""Moviemeter: a MovieMeter-like Dutch page. Under the <h1> (with a '(1995)' year span on some
deploys) a details block of unlabelled lines known by their shape: 'Verenigde Staten /
Frankrijk', 'Drama / Komedie', '111 minuten', then 'geregisseerd door X en Y' and 'met A, B en
C' (only the first actors; the full cast with 'als' roles comes later); seasons as '3
seizoenen'; 'Première: 12 maart 1995'; the score '3,82' beside '(12.400 stemmen)'; a 'Meer
informatie' dl ('Scenario', 'Productie', 'Budget', 'Opbrengst', 'Leeftijd'); dotted thousands
('$ 3.600.000'); a forum and 'Ook interessant' rail whose cards repeat the same unlabelled
lines for OTHER titles; microdata (itemscope Movie) on some deploys."""

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

NAME = "moviemeter"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
GENRES = {"Action": "Actie", "Adventure": "Avontuur", "Animation": "Animatie",
          "Comedy": "Komedie", "Crime": "Misdaad", "Documentary": "Documentaire",
          "Drama": "Drama", "Family": "Familie", "Fantasy": "Fantasy", "History": "Historisch",
          "Horror": "Horror", "Music": "Muziek", "Mystery": "Mysterie", "Romance": "Romantiek",
          "Science Fiction": "Sciencefiction", "Thriller": "Thriller", "War": "Oorlog",
          "Western": "Western"}
COUNTRIES = {"United States": "Verenigde Staten", "United Kingdom": "Verenigd Koninkrijk",
             "France": "Frankrijk", "Germany": "Duitsland", "Japan": "Japan", "China": "China",
             "South Korea": "Zuid-Korea", "India": "India", "Brazil": "Brazilië",
             "Australia": "Australië", "Canada": "Canada", "Spain": "Spanje", "Italy": "Italië",
             "Mexico": "Mexico", "Nigeria": "Nigeria", "Sweden": "Zweden",
             "Denmark": "Denemarken", "Argentina": "Argentinië", "Iran": "Iran", "Poland": "Polen"}
PROSE = Prose(
    verbs=("keert terug naar", "erft", "zoekt naar", "vlucht uit", "wordt verliefd op",
           "ontdekt", "bewaakt", "verliest", "herbouwt"),
    things=("een overstroomd dorp", "de boomgaard van de familie", "een gestolen viool",
            "een oude vuurtoren", "een noodlijdend circus", "de laatste veerboot",
            "een verlaten mijn", "een grensstadje"),
    synopsis=("{hero} {verb} {thing} en merkt dat ook {other} {verb2} {thing2}. In "
              "{title} worden oude loyaliteiten een lang seizoen lang op de proef gesteld, "
              "en niets komt terug zoals het vertrok."),
    taglines=("Alles heeft een prijs.", "Sommige deuren blijven dicht.",
              "Het tij komt altijd terug.", "Eén zomer. Eén kans."),
    audiences=("Kijkers prijzen het spel en de beelden; het einde verdeelt de meningen, maar de "
               "cast draagt het verhaal.",
               "Velen noemen hem traag maar ontroerend, met prachtige muziek."))


def fit(t: Title) -> Title:
    return replace(translate(localize(t, PROSE), GENRES, COUNTRIES), studios_shown=len(t.studios))


def day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def money(m: Money) -> str:
    return f"{SYMBOLS.get(m.currency, m.currency)} {dotted(m.amount)}"


def together(names: list[str]) -> str:
    """'A, B en C': a Dutch list."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mm", rng)
    micro = rng.random() < 0.5
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f"{f' ({t.year})' if t.year else ''} - MovieMeter.nl</title><link rel=\"canonical\" href=\"{t.url}\">"
            f'{css("mm", t.slug, 70)}</head><body>{_nav(c)}<div class="{c("wrap")}">'
            f'<div id="film-page"{_scope(t, micro)}>{_head(t, c, rng, micro)}{_details(t, c, rng, micro)}'
            f"{_texts(t, c, micro)}{_more(t, c, rng)}{_cast(t, c, micro)}{_watch(t.streaming, c)}</div>"
            f"{_forum(ctx, c)}{_similar(ctx, c)}</div>{_footer(c)}"
            f'{app_state("__MM_STATE__", ctx.others, {"site": "nl"})}</body></html>')


def _scope(t: Title, micro: bool) -> str:
    kind = "TVSeries" if t.kind == "show" else "Movie"
    return f' itemscope itemtype="https://schema.org/{kind}"' if micro else ""


def _prop(micro: bool, name: str) -> str:
    return f' itemprop="{name}"' if micro else ""


def _nav(c: Classes) -> str:
    items = ("Films", "Series", "Bioscoop", "Op tv", "Streaming", "Forum", "Nieuws")
    return (f'<header class="{c("header")}"><a href="/" class="logo">MovieMeter</a><nav>'
            + "".join(f'<a href="/{x.lower().replace(" ", "")}">{x}</a>' for x in items)
            + '</nav><a href="/login">Inloggen</a></header>'
            + cookie_banner(c("cookie"), "MovieMeter gebruikt cookies voor statistieken en advertenties.", "Akkoord", "Instellingen"))


def _head(t: Title, c: Classes, rng: random.Random, micro: bool) -> str:
    year = f' <span class="{c("year")}">({t.year})</span>' if t.year and rng.random() < 0.6 else ""
    return f'<h1 class="{c("title")}"><span{_prop(micro, "name")}>{esc(t.title)}</span>{year}</h1>'


def _details(t: Title, c: Classes, rng: random.Random, micro: bool) -> str:
    lines = []
    if t.countries:
        lines.append(" / ".join(map(esc, t.countries)))
    if t.genres:
        lines.append(" / ".join(f"<span{_prop(micro, 'genre')}>{esc(g)}</span>" for g in t.genres))
    if t.runtime:
        per = " per aflevering" if t.kind == "show" else ""
        lines.append(f"{t.runtime} minuten{per}")
    if t.seasons:
        lines.append(f"{t.seasons} {'seizoen' if t.seasons == 1 else 'seizoenen'}")
    if t.directors:
        names = [f"<span{_prop(micro, 'director')}>{esc(d)}</span>" for d in t.directors]
        lines.append(f"geregisseerd door {together(names)}")
    if t.cast:
        lines.append("met " + together([esc(p.actor) for p in t.cast[:3]]))
    out = "".join(f"<p>{line}</p>" for line in lines)
    if t.released:
        out += f'<p>Première: <time{_prop(micro, "datePublished")} datetime="{t.released.isoformat()}">{day(t.released)}</time></p>'
    elif t.year and rng.random() < 0.5:
        out += f"<p>Jaar: {t.year}</p>"
    elif t.year:
        out += f"<p>Verschenen in {t.year}</p>"
    if t.votes:
        score = f"{2 + len(t.slug) % 3},{len(t.title) * 13 % 100:02d}"
        out += f'<p class="{c("score")}">{score} <small>({dotted(t.votes)} {"stem" if t.votes == 1 else "stemmen"})</small></p>'
    return f'<div class="{c("details")}">{out}</div>'


def _texts(t: Title, c: Classes, micro: bool) -> str:
    out = f'<p class="{c("tagline")}">‘{esc(t.tagline)}’</p>' if t.tagline else ""
    if t.synopsis:
        out += f'<div class="{c("plot")}"{_prop(micro, "description")}>{esc(t.synopsis)}</div>'
    if t.audience:
        out += f'<div class="{c("crowd")}"><h3>Wat kijkers zeggen</h3><p>{esc(t.audience)}</p></div>'
    if t.trailer:
        out += f'<div class="{c("trailer")}"><h2>Trailer</h2><iframe src="https://www.youtube.com/embed/{t.trailer}" title="Trailer"></iframe></div>'
    return out


def _more(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    if t.writers:
        rows.append(("Scenario", ", ".join(map(esc, t.writers))))
    if t.studios:
        rows.append(("Productie", ", ".join(map(esc, t.studios))))
    rows.append(("Muziek", esc(others_people(t, rng, 1)[0])))
    if t.rating:
        rows.append(("Leeftijd", esc(t.rating)))
    if t.budget:
        rows.append(("Budget", money(t.budget)))
    if t.box_office:
        rows.append(("Opbrengst", money(t.box_office) + pick(rng, ("", " (wereldwijd)"))))
    if t.imdb:
        rows.append(("Externe links", f'<a href="https://www.imdb.com/title/{t.imdb}/">IMDb</a>'))
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<section class="{c("more")}"><h2>Meer informatie</h2><dl>{body}</dl></section>'


def _cast(t: Title, c: Classes, micro: bool) -> str:
    if not t.cast:
        return ""
    items = "".join(f"<li><span{_prop(micro, 'actor')}>{esc(p.actor)}</span>"
                    + (f' <span class="{c("role")}">als {esc(p.character)}</span>' if p.character else "") + "</li>"
                    for p in t.cast)
    return f'<section class="{c("cast")}"><h2>Acteurs en actrices</h2><ul>{items}</ul></section>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("vod")}"><h2>Online kijken</h2><p>Nog niet te streamen.</p></section>'
    n = len(s.platforms)
    head = (f"Te zien bij {n} {'dienst' if n == 1 else 'diensten'}" if s.available
            else f"Momenteel bij geen van de {n} {'dienst' if n == 1 else 'diensten'} beschikbaar")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<section class="{c("vod")}"><h2>Online kijken</h2><p>{head}</p><ul>{items}</ul><small>Bijgewerkt op {day(s.verified_on)}</small></section>'


def _forum(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return f'<section class="{c("forum")}"><h2>Berichten</h2><p>Nog geen berichten.</p></section>'
    items = "".join(f'<div class="{c("post")}"><b>{esc(r.author)}</b> <small>{day(r.posted)}</small> '
                    f"<span>{r.score / 2:.1f} sterren</span><p>{esc(r.text)}</p></div>" for r in ctx.reviews)
    return f'<section class="{c("forum")}"><h2>Berichten</h2>{items}</section>'


def _similar(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><p>{o.year}</p><p>{" / ".join(map(esc, o.genres)) or "Drama"}</p>'
                    f"<p>{o.runtime or 97} minuten</p><p>({dotted(o.votes or 1)} stemmen)</p></li>" for o in ctx.others)
    return f'<aside class="{c("similar")}"><h2>Ook interessant</h2><ul>{cards}</ul></aside>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/over">Over MovieMeter</a><a href="/privacy">Privacy</a>'
            '<a href="/voorwaarden">Voorwaarden</a><a href="/adverteren">Adverteren</a><p>© 1998-2026 MovieMeter</p></footer>')
