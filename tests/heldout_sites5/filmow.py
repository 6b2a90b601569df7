# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmow: a Filmow-like Brazilian Portuguese social film page. The <h1> is followed by an
<h2> 'Título original' line on some deploys; a 'Ficha técnica' list of '<strong>Label:</strong>
value' items ('Direção:', 'Roteiro:', 'Elenco:', 'Gêneros:', 'Países:', 'Estreia: 12 de março
de 1995', 'Duração: 111 minutos' or '1h 51min', 'Classificação:', 'Temporadas:', 'Produtoras:'
with '+ 2 outras', 'Orçamento:', 'Bilheteria:'); money in 'US$ 3.600.000' and 'R$ 18.000.000';
'nota média 3,8' beside '12.400 avaliações' and a trap '37.528 pessoas já assistiram'; a cast
grid of 'Ator' / 'Personagem' pairs on some deploys; 'Onde assistir'; comments with numbers;
JSON-LD on some deploys."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.common import (
    Classes,
    cookie_banner,
    dotted,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    translate,
)

NAME = "filmow"
MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro")
GENRES = {"Action": "Ação", "Adventure": "Aventura", "Animation": "Animação",
          "Comedy": "Comédia", "Crime": "Crime", "Documentary": "Documentário",
          "Drama": "Drama", "Family": "Família", "Fantasy": "Fantasia", "History": "História",
          "Horror": "Terror", "Music": "Musical", "Mystery": "Mistério", "Romance": "Romance",
          "Science Fiction": "Ficção científica", "Thriller": "Suspense", "War": "Guerra",
          "Western": "Faroeste"}
COUNTRIES = {"United States": "EUA", "United Kingdom": "Reino Unido", "France": "França",
             "Germany": "Alemanha", "Japan": "Japão", "China": "China",
             "South Korea": "Coreia do Sul", "India": "Índia", "Brazil": "Brasil",
             "Australia": "Austrália", "Canada": "Canadá", "Spain": "Espanha", "Italy": "Itália",
             "Mexico": "México", "Nigeria": "Nigéria", "Sweden": "Suécia",
             "Denmark": "Dinamarca", "Argentina": "Argentina", "Iran": "Irã", "Poland": "Polônia"}
PROSE = Prose(
    verbs=("volta para", "herda", "procura", "foge de", "se apaixona por", "descobre",
           "protege", "perde", "reconstrói"),
    things=("uma vila alagada", "o pomar da família", "um violino roubado", "um velho farol",
            "um circo falido", "a última balsa", "uma mina abandonada", "uma cidade de fronteira"),
    synopsis=("{hero} {verb} {thing} e percebe que {other} também {verb2} {thing2}. Em "
              "{title}, velhas lealdades são postas à prova durante uma longa temporada, e "
              "nada volta do jeito que partiu."),
    taglines=("Tudo tem um preço.", "Algumas portas continuam fechadas.",
              "A maré sempre volta.", "Um verão. Uma chance."),
    audiences=("O público elogia as atuações e a fotografia; o final divide opiniões, mas o "
               "elenco sustenta a história.",
               "Muitos dizem que é lento, porém comovente, com uma trilha linda."))


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.6


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    return t if _roles(t) else no_characters(t)


def day(d: date) -> str:
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def money(m: Money) -> str:
    symbol = "US$" if m.currency == "USD" else SYMBOLS.get(m.currency, m.currency)
    return f"{symbol} {dotted(m.amount)}"


def duration(minutes: int, rng: random.Random) -> str:
    big, small = divmod(minutes, 60)
    if big and rng.random() < 0.5:
        return f"{big}h {small:02d}min" if small else f"{big}h"
    return f"{minutes} minutos"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fm", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    return (f'<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f" - Filmow</title><link rel=\"canonical\" href=\"{t.url}\">{css('fm', t.slug, 70)}{ld}</head><body>"
            f'{_nav(c)}<div class="{c("container")}"><div class="{c("main")}">{_head(t, c, rng)}{_rating(t, c)}'
            f"{_texts(t, c)}{_sheet(t, c, rng)}{_cast(t, c)}{_watch(t.streaming, c)}{_comments(ctx, c)}</div>"
            f"<aside>{_related(ctx, c)}</aside></div>{_footer(c)}"
            f'{app_state("__FILMOW__", ctx.others, {"locale": "pt-BR"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.genres:
        data["genre"] = list(t.genres)
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": "3.8", "bestRating": "5",
                                   "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Filmes", "Séries", "Listas", "Notícias", "Fórum", "Prêmios")
    return (f'<header class="{c("header")}"><a href="/" title="Filmow">filmow</a><nav>'
            + "".join(f'<a href="/{x.lower()}/">{x}</a>' for x in items)
            + '</nav><a href="/login/">Entrar</a><a href="/cadastro/">Cadastre-se</a></header>'
            + cookie_banner(c("lgpd"), "Usamos cookies para melhorar sua experiência, conforme a LGPD.", "Aceitar", "Configurar"))


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    kind = "Série" if t.kind == "show" else "Filme"
    original = f'<h2 class="{c("original")}">Título original: <em>{esc(t.title)}</em></h2>' if rng.random() < 0.5 else ""
    year = f' <small class="{c("year")}">({t.year})</small>' if t.year and rng.random() < 0.5 else ""
    return f'<div class="{c("head")}"><span class="{c("kind")}">{kind}</span><h1>{esc(t.title)}{year}</h1>{original}</div>'


def _count(votes: int) -> str:
    return f"{dotted(votes)} {'avaliação' if votes == 1 else 'avaliações'}"


def _rating(t: Title, c: Classes) -> str:
    score = f"{2 + len(t.slug) % 3},{len(t.title) % 10}"
    count = _count(t.votes) if t.votes else "ainda sem avaliações"
    watched = dotted(len(t.slug) * 1291)
    return (f'<div class="{c("rating")}"><span>nota média</span> <strong>{score}</strong> <span>{count}</span>'
            f'<p class="{c("watched")}">{watched} pessoas já assistiram · {dotted(len(t.title) * 211)} querem ver</p></div>')


def _texts(t: Title, c: Classes) -> str:
    out = f'<p class="{c("tagline")}">“{esc(t.tagline)}”</p>' if t.tagline else ""
    if t.synopsis:
        out += f'<div class="{c("sinopse")}"><h3>Sinopse</h3><p>{esc(t.synopsis)}</p></div>'
    if t.audience:
        out += f'<div class="{c("publico")}"><h3>O que o público está dizendo</h3><p>{esc(t.audience)}</p></div>'
    if t.trailer:
        out += f'<div class="{c("trailer")}"><h3>Trailer</h3><iframe src="https://www.youtube.com/embed/{t.trailer}?autoplay=0"></iframe></div>'
    return out


def _item(label: str, value: str) -> str:
    return f"<li><strong>{label}:</strong> {value}</li>"


def _names(names: tuple[str, ...]) -> str:
    return ", ".join(f'<a href="/pessoa/{i}/">{esc(n)}</a>' for i, n in enumerate(names))


def _sheet(t: Title, c: Classes, rng: random.Random) -> str:
    items = []
    if t.directors:
        items.append(_item("Direção", _names(t.directors)))
    if t.writers:
        items.append(_item("Roteiro", _names(t.writers)))
    if t.cast:
        items.append(_item("Elenco", _names(tuple(p.actor for p in t.cast[:5])) + (" e outros" if len(t.cast) > 5 else "")))
    items.append(_item("Trilha sonora", esc(others_people(t, rng, 1)[0])))
    if t.genres:
        items.append(_item("Gêneros", ", ".join(map(esc, t.genres))))
    if t.countries:
        items.append(_item("País" if len(t.countries) == 1 else "Países", ", ".join(map(esc, t.countries))))
    if t.released:
        items.append(_item("Estreia", day(t.released)))
    elif t.year:
        items.append(_item("Ano", str(t.year)))
    if t.runtime:
        items.append(_item("Duração" + (" por episódio" if t.kind == "show" else ""), duration(t.runtime, rng)))
    if t.rating:
        items.append(_item("Classificação", esc(t.rating)))
    if t.seasons:
        items.append(_item("Temporadas", str(t.seasons)))
    if t.studios:
        more = f" + {t.more_studios} {'outra' if t.more_studios == 1 else 'outras'}" if t.more_studios else ""
        items.append(_item("Produtoras", ", ".join(map(esc, t.shown_studios)) + more))
    if t.budget:
        items.append(_item("Orçamento", money(t.budget)))
    if t.box_office:
        items.append(_item("Bilheteria", money(t.box_office) + pick(rng, ("", " (mundial)"))))
    if t.imdb:
        items.append(_item("Links", f'<a href="https://www.imdb.com/title/{t.imdb}/" rel="nofollow">IMDb</a>'))
    if rng.random() < 0.5:
        items.reverse()
    return f'<section class="{c("ficha")}"><h3>Ficha técnica</h3><ul>{"".join(items)}</ul></section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    head = "<p>Ator · Personagem</p>" if any(p.character for p in t.cast) else ""
    cards = "".join(f'<li><span class="{c("actor")}">{esc(p.actor)}</span>'
                    + (f'<span class="{c("role")}">{esc(p.character)}</span>' if p.character else "") + "</li>"
                    for p in t.cast)
    return f'<section class="{c("elenco")}"><h3>Elenco completo</h3>{head}<ul>{cards}</ul></section>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("onde")}"><h3>Onde assistir</h3><p>Ainda não disponível em streaming.</p></section>'
    n = len(s.platforms)
    head = (f"Disponível em {n} {'serviço' if n == 1 else 'serviços'}" if s.available
            else f"Indisponível {'no serviço acompanhado' if n == 1 else f'nos {n} serviços acompanhados'}")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<section class="{c("onde")}"><h3>Onde assistir</h3><p>{head}</p><ul>{items}</ul><small>Atualizado em {day(s.verified_on)}</small></section>'


def _comments(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return f'<section class="{c("comentarios")}"><h3>Comentários</h3><p>Seja o primeiro a comentar.</p></section>'
    items = "".join(f"<li><b>{esc(r.author)}</b> <small>{day(r.posted)}</small> <span>{r.score / 2:.1f} estrelas</span>"
                    f"<p>{esc(r.text)}</p></li>" for r in ctx.reviews)
    return f'<section class="{c("comentarios")}"><h3>Comentários ({len(ctx.reviews)})</h3><ul>{items}</ul></section>'


def _related(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}" title="{esc(o.title)}">{esc(o.title)}</a> <small>({o.year})</small>'
                    f"<span>{o.runtime or 97} minutos</span> <span>{_count(o.votes or 1)}</span></li>" for o in ctx.others)
    return f'<section class="{c("related")}"><h3>Quem viu também viu</h3><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/sobre/">Sobre</a><a href="/privacidade/">Privacidade</a>'
            '<a href="/termos/">Termos de uso</a><a href="/contato/">Contato</a><p>© 2026 Filmow</p></footer>')
