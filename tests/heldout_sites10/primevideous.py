# ruff: noqa: E501  (HTML templates read best on one line)
"""Prime Video: an Amazon Prime Video detail page (US, English). The <h1> is the title or, on
some pages, a title-art image whose alt text is the title; a badge row 'IMDb 7.5' (a score, no
count), '2 h 11 min' (a show's '3 seasons' and no runtime), '1995', the rating badge ('R',
'TV-MA'), 'X-Ray', 'HDR', 'UHD', 'AD', 'CC'; offers 'Included with Prime', 'Rent HD $3.99',
'Buy HD $14.99' as traps; the synopsis; genre links; 'Directors', 'Starring' lines; a show's
season picker and episodes with their own runtimes and dates; 'Customers also watched' rails;
a 'More info' list ('Directors', 'Producers' (a trap), 'Starring', 'Studio', 'Content
advisory', 'Audio languages', 'Subtitles'); 'Customer reviews' with 'N global ratings'. No
tagline, audience text, dates, countries, money, writers, IMDb link, trailer, streaming block
or JSON-LD."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import app_state, css, esc, grouped, long_date
from tests.heldout_sites2.records import TV_RATINGS, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites10.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
)

NAME = "primevideous"
US = ("G", "PG", "PG-13", "R", "NC-17", *TV_RATINGS)
BADGES = ("X-Ray", "HDR", "UHD", "AD", "CC", "Dolby Vision", "5.1")


def fit(t: Title) -> Title:
    t = replace(t, rating=t.rating if t.rating in US else None, tagline=None, audience=None,
                released=None, countries=(), studios_shown=len(t.studios), budget=None,
                box_office=None, imdb=None, trailer=None, streaming=None, writers=())
    if t.kind == "show":
        t = replace(t, runtime=None)
    return no_characters(t)


def duration(n: int) -> str:
    """'2 h 11 min', '2 h', '45 min'."""
    big, small = divmod(n, 60)
    return " ".join(([f"{big} h"] if big else []) + ([f"{small} min"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("dv", rng)
    blocks = [_episodes(t, ctx, c), _rails(ctx, c), _details(t, c, rng), _reviews(t, ctx, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="en-US" class="a-no-js"><head><meta charset="utf-8"><title>Watch {esc(t.title)} | Prime Video</title>'
            f'<link rel="canonical" href="{t.url}"><meta name="description" content="{esc((t.synopsis or t.title)[:150])}">{css("dv", t.slug, 120)}</head><body>'
            f'{cookie_banner(c("cookie"), "We use cookies and similar tools that are necessary to enable you to make purchases and use our services.", "Accept", "Decline")}'
            f'{_nav(c)}<main id="main" class="{c("detail")}">{_hero(t, c, rng)}{"".join(blocks)}</main>'
            f'{_footer(c)}{app_state("__PRIME_STATE__", ctx.others, {"marketplace": "ATVPDKIKX0DER"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Home", "Movies", "TV Shows", "Live TV", "Subscriptions", "Store", "My Stuff")
    return (f'<header class="{c("nav")}"><a href="/" aria-label="Prime Video">prime video</a><nav><ul>'
            + "".join(f'<li><a href="/storefront/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" aria-label="Search"><a href="/signin">Sign in</a></header>')


def _badges(t: Title, c: Classes, rng: random.Random) -> str:
    score = f'<span class="{c("imdb-rating")}" data-automation-id="imdb-rating-badge">IMDb {5 + len(t.slug) % 4}.{len(t.title) % 10}</span>'
    parts = [score]
    if t.seasons:
        parts.append(f'<span>{t.seasons} season{"s" if t.seasons > 1 else ""}</span>')
    elif t.runtime:
        parts.append(f'<span data-automation-id="runtime-badge">{duration(t.runtime)}</span>')
    if t.year:
        parts.append(f'<span data-automation-id="release-year-badge">{t.year}</span>')
    if t.rating:
        parts.append(f'<span data-automation-id="rating-badge" class="{c("maturity")}" title="Maturity rating">{esc(t.rating)}</span>')
    parts += [f'<span class="{c("badge")}">{b}</span>' for b in rng.sample(BADGES, 3)]
    return f'<div class="{c("badges")}">{"".join(parts)}</div>'


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    heading = (f'<h1 class="{c("title")}"><img alt="{esc(t.title)}" src="/art/{t.slug}.png"></h1>' if rng.random() < 0.3
               else f'<h1 class="{c("title")}" data-automation-id="title">{esc(t.title)}</h1>')
    out = f'<section class="{c("hero")}">{heading}{_badges(t, c, rng)}'
    offers = ("Included with Prime", f"Rent HD {pick(rng, ('$3.99', '$5.99'))}", f"Buy HD {pick(rng, ('$12.99', '$14.99', '$19.99'))}")
    out += f'<div class="{c("actions")}">' + "".join(f'<button class="{c("cta")}">{o}</button>' for o in offers[: rng.randint(2, 3)]) + "</div>"
    out += '<p>Prime membership required. Terms apply.</p>'
    if t.synopsis:
        out += f'<div class="{c("synopsis")}" data-automation-id="synopsis"><span>{esc(t.synopsis)}</span></div>'
    if t.genres:
        out += f'<div class="{c("genres")}">' + f'<span class="{c("sep")}"> • </span>'.join(f'<a href="/genre/{i}">{esc(g)}</a>' for i, g in enumerate(t.genres)) + "</div>"
    if t.directors and rng.random() < 0.6:
        out += f'<dl class="{c("meta")}"><dt>Directors</dt><dd>{", ".join(map(esc, t.directors))}</dd></dl>'
    if t.cast:
        out += f'<dl class="{c("meta")}"><dt>Starring</dt><dd>{", ".join(esc(p.actor) for p in t.cast[:3])}</dd></dl>'
    return out + "</section>"


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    picker = "".join(f'<option value="{n}"{" selected" if n == t.seasons else ""}>Season {n}</option>' for n in range(1, (t.seasons or 1) + 1))
    items = "".join(f'<li class="{c("episode")}"><h3>S{e.season} E{e.number} - {esc(e.name)}</h3><div>{long_date(e.aired)}</div>'
                    f'<div>{e.minutes}min</div><p>Directed by {esc(e.director)}.</p></li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><select aria-label="Season">{picker}</select><h2>Episodes ({len(ctx.episodes)})</h2><ol>{items}</ol></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}" aria-label="{esc(o.title)}"><img alt="" src="/p/{o.slug}.jpg"></a><div class="{c("card")}">'
                    f'<span>{esc(o.title)}</span><span>IMDb {5 + i % 4}.{i}</span><span>{f"{o.seasons} seasons" if o.seasons else duration(o.runtime or 97)}</span>'
                    f'<span>{o.year}</span><span>{esc(o.rating or "")}</span></div></li>' for i, o in enumerate(ctx.others))
    return f'<section class="{c("carousel")}"><h2>Customers also watched</h2><ul>{cards}</ul></section>'


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    rows: list[tuple[str, str]] = []
    if t.directors:
        rows.append(("Directors", ", ".join(map(esc, t.directors))))
    rows.append(("Producers", ", ".join(map(esc, others_people(t, rng, 2)))))
    if t.cast:
        rows.append(("Starring", ", ".join(esc(p.actor) for p in t.cast)))
    if t.studios:
        rows.append(("Studio", ", ".join(map(esc, t.studios))))
    if t.rating:
        rows.append(("Content advisory", pick(rng, ("violence, foul language", "substance use, alcohol use", "sexual content, nudity"))))
    rows.append(("Audio languages", "English, English [Audio Description]"))
    rows.append(("Subtitles", "English [CC], Español (Latinoamérica), Français (Canada)"))
    body = "".join(f'<dt class="{c("label")}">{k}</dt><dd>{v}</dd>' for k, v in rows)
    return (f'<section class="{c("more-info")}"><h2>{pick(rng, ("More info", "Details"))}</h2><dl>{body}</dl>'
            '<p>By clicking play, you agree to our Terms of Use.</p></section>')


def _reviews(t: Title, ctx: Context, c: Classes) -> str:
    if not t.votes and not ctx.reviews:
        return ""
    head = f'<div class="{c("summary")}"><span>{4 + len(t.slug) % 2}.{len(t.title) % 10} out of 5 stars</span> <span>{grouped(t.votes)} global rating{"s" if t.votes > 1 else ""}</span></div>' if t.votes else ""
    items = "".join(f'<li><b>{esc(r.author)}</b><span>{max(1, r.score // 2)}.0 out of 5 stars</span><p>Reviewed in the United States on {long_date(r.posted)}</p><p>{esc(r.text)}</p></li>' for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Customer reviews</h2>{head}<ul>{items}</ul></section>'


def _footer(c: Classes) -> str:
    links = ("Terms and Privacy Notice", "Send us feedback", "Help", "Cookie Notice", "Interest-Based Ads")
    return (f'<footer class="{c("footer")}"><ul>' + "".join(f'<li><a href="/help/{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul><p>© 1996-2026, Amazon.com, Inc. or its affiliates</p></footer>")
