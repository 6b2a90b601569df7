# ruff: noqa: E501  (HTML templates read best on one line)
"""IMDb mobile: IMDb's title page as a phone gets it (English). The <h1> hero title; an
unlabelled meta list '1995 · R · 2h 50m' (a show's 'TV Series · 1995– · TV-14 · 45m', the
runtime per episode); genre chips; the plot; 'IMDb RATING 8.3/10 1.4M' (a compact count) and
a popularity rank as a trap; 'Director' / 'Directors', 'Writers', 'Stars' rows; 'User reviews'
and 'Critic reviews' counts as traps; a show's 'Episodes' with 'N seasons' and episodes with
their own dates; 'Top cast' with characters; 'More like this' cards; 'Storyline' with
'Taglines'; 'Details' ('Release date October 27, 1995 (United States)', 'Countries of origin',
'Production companies', 'Also known as' a trap); 'Box office' ('Budget ... (estimated)',
'Gross worldwide'); 'Technical specs' ('Runtime 2 hours 50 minutes'); an 'Open in app' link to
the title's IMDb address; a JSON-LD Movie or TVSeries on most pages (without a rating count).
No audience text, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    compact_votes,
    css,
    esc,
    hours,
    json_ld,
    ld_type,
    long_date,
    money_symbol,
    round_votes,
)
from tests.heldout_sites2.records import TV_RATINGS, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites10.common import Classes, cookie_banner, look, others_people, pick

NAME = "imdbmobile"
US = ("G", "PG", "PG-13", "R", "NC-17", "Not Rated", *TV_RATINGS)


def fit(t: Title) -> Title:
    t = replace(t, rating=t.rating if t.rating in US else None, audience=None, trailer=None,
                streaming=None, studios_shown=len(t.studios), votes=round_votes(t.votes))
    return t


def spelled(n: int) -> str:
    """'2 hours 50 minutes', '1 hour', '45 minutes'."""
    big, small = divmod(n, 60)
    parts = ([f"{big} hour{'s' if big > 1 else ''}"] if big else [])
    parts += [f"{small} minute{'s' if small > 1 else ''}"] if small or not big else []
    return " ".join(parts)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ipc", rng)
    ld = _ld(t) if rng.random() < 0.8 else ""
    blocks = [_episodes(t, ctx, c), _cast(t, c), _more(ctx, c), _storyline(t, c), _details(t, c, rng), _box(t, c), _specs(t, c)]
    if rng.random() < 0.5:
        blocks[2], blocks[3] = blocks[3], blocks[2]
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{esc(t.title)}{f" ({t.year})" if t.year else ""} - IMDb</title>'
            f'<link rel="canonical" href="{t.url}"><meta property="og:title" content="{esc(t.title)} ⭐ {5 + len(t.slug) % 4}.{len(t.title) % 10}">{css("ipc", t.slug, 120)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "We use cookies and other similar technologies to improve your browsing experience.", "Accept", "Decline")}'
            f'{_nav(c)}<main role="main" class="{c("page")}">{_hero(t, c, rng)}{_reviews(ctx, c, rng)}{"".join(blocks)}</main>'
            f'{_footer(c)}{app_state("__NEXT_DATA_IMDB__", ctx.others, {"device": "mobile"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.synopsis:
        data["description"] = t.synopsis
    if t.rating:
        data["contentRating"] = t.rating
    if t.genres:
        data["genre"] = list(t.genres)
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.writers:
        data["creator"] = [{"@type": "Person", "name": w} for w in t.writers]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast[:3]]
    return json_ld(data)


def _nav(c: Classes) -> str:
    return (f'<header class="{c("navbar")}"><button aria-label="Open Navigation Drawer"></button><a href="/" aria-label="Home">IMDb</a>'
            '<nav><a href="/chart/top">Top 250 Movies</a><a href="/chart/moviemeter">Most Popular Movies</a><a href="/calendar">Release Calendar</a></nav>'
            '<input type="search" placeholder="Search IMDb" aria-label="Search IMDb"><a href="/registration/signin">Sign In</a><a href="/app">Use app</a></header>')


def _meta(t: Title) -> str:
    parts = ["TV Series"] if t.kind == "show" else []
    if t.year:
        parts.append(f"{t.year}–" if t.kind == "show" else str(t.year))
    if t.rating:
        parts.append(esc(t.rating))
    if t.runtime:
        parts.append(hours(t.runtime))
    return "".join(f'<li class="ipc-inline-list__item">{p}</li>' for p in parts)


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section class="{c("hero")}"><h1 data-testid="hero__pageTitle"><span class="hero__primary-text">{esc(t.title)}</span></h1>'
    out += f'<ul class="{c("inline-list")}">{_meta(t)}</ul>'
    if t.genres:
        out += f'<div class="{c("chip-list")}">' + "".join(f'<a class="ipc-chip" href="/interest/{i}"><span>{esc(g)}</span></a>' for i, g in enumerate(t.genres)) + "</div>"
    if t.synopsis:
        out += f'<p data-testid="plot"><span data-testid="plot-xl">{esc(t.synopsis)}</span></p>'
    if t.votes:
        out += (f'<div data-testid="hero-rating-bar__aggregate-rating"><div>IMDb RATING</div><span>{5 + len(t.slug) % 4}.{len(t.title) % 10}</span><span>/10</span>'
                f'<div class="{c("votes")}">{compact_votes(t.votes)}</div></div>')
    out += f'<div data-testid="hero-rating-bar__popularity"><div>POPULARITY</div><span>{rng.randint(20, 4999)}</span></div>'
    rows: list[tuple[str, list[str]]] = []
    if t.directors:
        rows.append(("Director" if len(t.directors) == 1 else "Directors", list(t.directors)))
    if t.writers:
        rows.append(("Creator" if t.kind == "show" and len(t.writers) == 1 else "Creators" if t.kind == "show" else "Writer" if len(t.writers) == 1 else "Writers", list(t.writers)))
    if t.cast:
        rows.append(("Star" if len(t.cast) == 1 else "Stars", [p.actor for p in t.cast[:3]]))
    out += "<ul>" + "".join(f'<li data-testid="title-pc-principal-credit"><span>{k}</span><ul>' + "".join(f'<li><a href="/name/{i}">{esc(n)}</a></li>' for i, n in enumerate(v)) + "</ul></li>" for k, v in rows) + "</ul>"
    if t.imdb:
        out += f'<a class="{c("app")}" href="https://www.imdb.com/title/{t.imdb}/?ref_=m_tt_ov">Open in app</a>'
    return out + "</section>"


def _reviews(ctx: Context, c: Classes, rng: random.Random) -> str:
    counts = f'<ul><li><a href="#reviews"><span>{rng.randint(12, 3400)}</span> User reviews</a></li><li><span>{rng.randint(5, 400)}</span> Critic reviews</li></ul>'
    items = "".join(f'<li><span>{r.score}/10</span><b>{esc(r.author)}</b><p>{esc(r.text)}</p><span>{long_date(r.posted)}</span></li>' for r in ctx.reviews)
    return f'<section class="{c("reviews")}" id="reviews"><h3>User reviews</h3>{counts}<ul>{items}</ul></section>'


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if t.kind != "show":
        return ""
    items = "".join(f'<li><h4>S{e.season}.E{e.number} ∙ {esc(e.name)}</h4><span>{long_date(e.aired)}</span><span>{hours(e.minutes)}</span></li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h3>Episodes <span>{len(ctx.episodes)}</span></h3><div>{t.seasons} season{"s" if (t.seasons or 0) > 1 else ""}</div><ul>{items}</ul></section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    items = "".join(f'<div data-testid="title-cast-item"><a data-testid="title-cast-item__actor" href="/name/nm{i}">{esc(p.actor)}</a>'
                    + (f'<a data-testid="cast-item-characters-link" href="/character/{i}"><span>{esc(p.character)}</span></a>' if p.character else "") + "</div>"
                    for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h3>Top cast</h3>{items}</section>'


def _more(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<div class="{c("poster-card")}"><a href="{o.path}"><span>{esc(o.title)}</span></a><span>{5 + i % 4}.{i}</span>'
                    f'<span>{o.year}</span><span>{esc(o.rating or "")}</span><span>{hours(o.runtime or 97)}</span></div>' for i, o in enumerate(ctx.others))
    return f'<section class="{c("more")}"><h3>More like this</h3>{cards}</section>'


def _storyline(t: Title, c: Classes) -> str:
    body = f"<p>{esc(t.synopsis)}</p>" if t.synopsis else ""
    if t.tagline:
        body += f'<ul><li data-testid="storyline-taglines"><span>Taglines</span><div>{esc(t.tagline)}</div></li></ul>'
    if t.genres:
        body += f'<ul><li><span>Genres</span>{", ".join(map(esc, t.genres))}</li></ul>'
    return f'<section class="{c("storyline")}"><h3>Storyline</h3>{body}</section>' if body else ""


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    rows: list[tuple[str, str]] = []
    if t.released:
        rows.append(("Release date", f"{long_date(t.released)} ({pick(rng, ('United States', 'United Kingdom', 'Canada'))})"))
    if t.countries:
        rows.append(("Country of origin" if len(t.countries) == 1 else "Countries of origin", " · ".join(map(esc, t.countries))))
    rows.append(("Language", pick(rng, ("English", "English · Spanish", "French"))))
    rows.append(("Also known as", esc(f"{t.title.split()[0]} {others_people(t, rng, 1)[0].split()[1]}")))
    if t.studios:
        rows.append(("Production company" if len(t.studios) == 1 else "Production companies", " · ".join(map(esc, t.studios))))
    body = "".join(f'<li class="ipc-metadata-list__item"><span class="{c("label")}">{k}</span><div>{v}</div></li>' for k, v in rows)
    return f'<section class="{c("details")}" data-testid="Details"><h3>Details</h3><ul>{body}</ul></section>'


def _box(t: Title, c: Classes) -> str:
    rows = ([("Budget", f"{money_symbol(t.budget)} (estimated)")] if t.budget else [])
    rows += [("Gross worldwide", money_symbol(t.box_office))] if t.box_office else []
    if not rows:
        return ""
    body = "".join(f'<li><span>{k}</span><div>{v}</div></li>' for k, v in rows)
    return f'<section class="{c("boxoffice")}" data-testid="BoxOffice"><h3>Box office</h3><ul>{body}</ul></section>'


def _specs(t: Title, c: Classes) -> str:
    rows = ([("Runtime", spelled(t.runtime))] if t.runtime else []) + [("Color", "Color"), ("Sound mix", "Dolby Digital")]
    body = "".join(f'<li><span>{k}</span><div>{v}</div></li>' for k, v in rows)
    return f'<section class="{c("specs")}" data-testid="TechSpecs"><h3>Technical specs</h3><ul>{body}</ul></section>'


def _footer(c: Classes) -> str:
    links = ("Help", "Site Index", "IMDbPro", "Box Office Mojo", "License IMDb Data", "Press Room", "Advertising", "Jobs", "Conditions of Use", "Privacy Policy")
    return (f'<footer class="{c("footer")}"><ul>' + "".join(f'<li><a href="/f/{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul><p>© 1990-2026 by IMDb.com, Inc.</p></footer>")
