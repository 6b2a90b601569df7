# ruff: noqa: E501  (HTML templates read best on one line)
"""Spine: a Criterion Collection-like page selling a disc edition. 'Directed by A and B' under
the <h1>; an unlabelled film-meta list ('United States, France • 1995 • 111 minutes • Color •
1.85:1 • English', some deploys with itemprop attributes); a credits table of
<th scope="row"> role rows, one per person, among producer, cinematographer and editor rows;
the cast as actor and character spans; edition tiles with prices, spine numbers and a
'Street date' that is not the film's; special features that quote other years and minutes;
a critic's pull quote beside the tagline; platforms named only in aria-label; the JSON-LD is
a top-level array: the disc as a Product (its name, price) and, on some deploys, the Movie
with the IMDb link in sameAs (the only place the IMDb id is given). No budget or gross."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    css,
    esc,
    grouped,
    ld_type,
    long_date,
    youtube_embed,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites4.common import Classes, look, others_people, pick

NAME = "spine"


def _has_movie_ld(t: Title) -> bool:
    return look(NAME, t).random() < 0.55


def fit(t: Title) -> Title:
    return replace(t, budget=None, box_office=None, studios_shown=len(t.studios),
                   imdb=t.imdb if _has_movie_ld(t) else None)


def joined(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    movie_ld = rng.random() < 0.55
    c = Classes("cc", rng)
    micro = rng.random() < 0.4
    spine = 100 + len(t.slug) * 17 % 1200
    scope = f' itemscope itemtype="https://schema.org/{ld_type(t)}"' if micro else ""
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f' | The Spine Collection</title><link rel="canonical" href="{t.url}">'
            f'{css("cc", t.slug, 80)}{_ld(t, spine, movie_ld)}</head><body>{_nav(c)}'
            f'<main class="{c("main")}"><div class="product-page"{scope}>'
            f"{_header(t, c, micro)}{_meta(t, c, rng, micro)}{_editions(t, c, spine)}"
            f"{_about(t, c, rng)}{_watch(t.streaming, c)}{_features(t, c, rng)}{_episodes(ctx, c)}"
            f"{_cast(t, c)}{_credits(t, c, rng)}</div>{_reviews(ctx, c)}{_more(ctx, c)}</main>"
            f'{_footer(c)}{app_state("__SPINE_STATE__", ctx.others, {"cart": 0})}</body></html>')


def _ld(t: Title, spine: int, movie: bool) -> str:
    blocks: list[dict[str, Any]] = [{
        "@context": "https://schema.org", "@type": "Product",
        "name": f"{t.title} (Blu-ray)", "sku": f"SPN{spine}",
        "offers": {"@type": "Offer", "price": "39.95", "priceCurrency": "USD"}}]
    if movie:
        data: dict[str, Any] = {"@context": "https://schema.org",
                                "@type": ld_type(t),
                                "name": t.title, "url": t.url}
        if t.imdb:
            data["sameAs"] = [f"https://www.imdb.com/title/{t.imdb}/"]
        if t.directors:
            data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
        blocks.append(data)
    return f'<script type="application/ld+json">{json.dumps(blocks, ensure_ascii=False)}</script>'


def _nav(c: Classes) -> str:
    items = ("Shop", "Films", "Collection", "Current", "The Channel", "Closet Picks")
    return (f'<header class="{c("site-header")}"><a class="logo" href="/">The Spine Collection</a>'
            '<nav aria-label="Primary">' + "".join(f'<a href="/{i}">{x}</a>' for i, x in enumerate(items))
            + '</nav><a href="/cart">Cart (0)</a></header>'
            f'<div class="{c("promo")}">Free shipping on orders over $50 · Flash sale ends Sunday</div>')


def _header(t: Title, c: Classes, micro: bool) -> str:
    name = ' itemprop="name"' if micro else ""
    out = f'<div class="{c("header")}"><h1 class="header__primarytitle"{name}>{esc(t.title)}</h1>'
    if t.directors:
        out += f'<p class="header__secondarytitle">Directed by {esc(joined(t.directors))}</p>'
    if t.tagline:
        out += f'<p class="{c("tagline")}">“{esc(t.tagline)}”</p>'
    if t.genres:
        tags = "".join(f'<li><a href="/shop/browse?genre={i}">{esc(g)}</a></li>' for i, g in enumerate(t.genres))
        out += f'<ul class="{c("tags")}" aria-label="Genres">{tags}</ul>'
    return out + "</div>"


def _meta(t: Title, c: Classes, rng: random.Random, micro: bool) -> str:
    def li(prop: str, text: str) -> str:
        return f'<li itemprop="{prop}">{text}</li>' if micro and prop else f"<li>{text}</li>"

    items = []
    if t.countries:
        items.append(li("countryOfOrigin", ", ".join(t.countries)))
    if t.year:
        items.append(li("dateCreated", str(t.year)))
    if t.kind == "show" and t.seasons:
        items.append(li("", f"{t.seasons} season{'s' * (t.seasons > 1)}"))
    if t.runtime:
        unit = pick(rng, ("minutes", "min"))
        per = " per episode" if t.kind == "show" else ""
        items.append(li("", f"{t.runtime} {unit}{per}"))
    items += [li("", pick(rng, ("Color", "Black & White"))), li("", pick(rng, ("1.85:1", "2.39:1", "1.33:1"))),
              li("inLanguage", "English")]
    return f'<ul class="film-meta-list {c("meta")}">{"".join(items)}</ul>'


def _editions(t: Title, c: Classes, spine: int) -> str:
    street = f"{pick(random.Random(t.slug), ('June', 'May', 'October'))} {4 + len(t.slug) % 20}, 2024"
    tiles = "".join(f'<div class="{c("edition")}"><h4>{fmt}</h4><span class="price">${price}</span>'
                    f"<span>{discs} disc{'s' * (discs > 1)}</span></div>"
                    for fmt, price, discs in (("Blu-ray", "39.95", 1), ("DVD", "29.95", 2),
                                              ("4K UHD + Blu-ray", "49.95", 2)))
    return (f'<section class="{c("editions")}"><div class="spine-number">Spine #{spine}</div>'
            f"{tiles}<p>Street date: {street}</p><button>Add to cart</button></section>")


def _about(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section class="{c("about")}">'
    if t.synopsis:
        out += f'<div class="product-summary"><p>{esc(t.synopsis)}</p></div>'
    critic = pick(rng, ("The New Yorker", "Sight and Sound", "Film Comment", "The Guardian"))
    out += (f'<blockquote class="{c("pullquote")}"><p>“A quiet, devastating work.”</p>'
            f"<cite>—{critic}</cite></blockquote>")
    if t.audience:
        out += f'<div class="{c("viewers")}"><h3>What Viewers Are Saying</h3><p>{esc(t.audience)}</p></div>'
    if t.votes:
        out += (f'<p class="{c("ratings")}">★ 4.{len(t.slug) % 10} average from '
                f"{grouped(t.votes)} rating{'s' * (t.votes > 1)}</p>")
    if t.trailer:
        out += (f'<button data-modal="trailer">Watch the trailer</button><div class="trailer-modal" '
                f'role="dialog" hidden>{youtube_embed(t.trailer)}</div>')
    return out + "</section>"


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("stream")}"><h3>Stream it</h3><p>Coming soon to streaming.</p></section>'
    n = len(s.platforms)
    head = (f"Streaming on {n} service{'s' * (n > 1)}" if s.available
            else f"Not currently streaming on any of these {n} service{'s' * (n > 1)}")
    logos = "".join(f'<a class="{c("logo")}" aria-label="Watch on {esc(p)}" href="/out/{i}">'
                    f'<img alt="" src="/logos/{i}.svg"></a>' for i, p in enumerate(s.platforms))
    return (f'<section class="{c("stream")}"><h3>Stream it</h3><p>{head}</p><div>{logos}</div>'
            f"<small>Availability last verified {long_date(s.verified_on)}</small></section>")


def _features(t: Title, c: Classes, rng: random.Random) -> str:
    guest, scholar = others_people(t, rng, 2)
    year = (t.year or 1990) + 20 + len(t.slug) % 5
    items = (f"New interview with {esc(guest)} ({year}, {17 + len(t.slug) % 30} minutes)",
             f"Audio commentary from {year - 7} featuring {esc(scholar)}",
             f"A {len(t.title) % 40 + 12}-minute documentary on the making of the film",
             "Trailer", f"PLUS: An essay by critic {esc(scholar)}")
    return (f'<section class="{c("features")}"><h3>Special Features</h3><ul>'
            + "".join(f"<li>{x}</li>" for x in items) + "</ul></section>")


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li><a href="#">Episode {e.number}: {esc(e.name)}</a> <span>{e.minutes} min</span>'
                    f" <span>Directed by {esc(e.director)}</span></li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h3>Episodes</h3><ol>{items}</ol></section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    items = "".join(f'<li><span class="film-cast-actor">{esc(p.actor)}</span>'
                    f'<span class="film-cast-role">{esc(p.character or "")}</span></li>' for p in t.cast)
    return f'<section class="{c("cast")}"><h3>Cast</h3><ul class="film-cast-list">{items}</ul></section>'


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    producer, dop, editor = others_people(t, random.Random(f"crew:{t.slug}"), 3)
    rows: list[tuple[str, str]] = [("Director", d) for d in t.directors]
    rows += [(pick(rng, ("Screenplay", "Writer")), w) for w in t.writers]
    rows += [("Producer", producer), ("Cinematography", dop), ("Editing", editor)]
    rows += [("Production company", s) for s in t.studios]
    if t.released:
        rows.append(("Original release", long_date(t.released)))
    if t.rating:
        rows.append(("Rating", t.rating))
    body = "".join(f'<tr><th scope="row">{label}</th><td>{esc(value)}</td></tr>' for label, value in rows)
    return f'<section class="{c("credits")}"><h3>Credits</h3><table>{body}</table></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li class="{c("review")}"><strong>{esc(r.author)}</strong> rated it {r.score}/10 · '
                    f"{long_date(r.posted)}<p>{esc(r.text)}</p></li>" for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Customer Reviews</h2><ul>{items}</ul></section>'


def _more(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li class="{c("tile")}"><a href="{o.path}"><img alt="" src="/art/{i}.jpg">'
                    f'<span class="title">{esc(o.title)}</span></a><ul class="film-meta-list">'
                    f"<li>{o.year}</li><li>{o.runtime or 97} minutes</li></ul></li>"
                    for i, o in enumerate(ctx.others))
    return f'<section class="{c("more")}"><h2>You Might Also Like</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">About</a><a href="/help">Help</a>'
            '<a href="/shipping">Shipping</a><a href="/privacy">Privacy</a>'
            '<form><label>Sign up for our newsletter <input type="email"></label></form>'
            "<p>© 2026 The Spine Collection. All rights reserved.</p></footer>")
