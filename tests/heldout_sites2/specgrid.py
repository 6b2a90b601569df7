"""Specgrid: a 'spec sheet' of CSS-grid cells. Labels live only in aria-label and data-label
attributes (the visible text is values alone); ISO-coded money ('USD 3,600,000'),
'1 hr 51 min', 'Mar 12, 1995', '12,400 ratings'; directors appear only in the JSON-LD."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.heldout_sites2.kit import (
    MONTHS,
    app_state,
    css,
    esc,
    grouped,
    hours,
    json_ld,
    ld_type,
    youtube_embed,
)
from tests.heldout_sites2.records import Money, Streaming, Title
from tests.heldout_sites2.site import Context


def fit(t: Title) -> Title:
    return t


def short_date(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def coded(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def runtime(minutes: int) -> str:
    return hours(minutes, " hr", " min")


def render(t: Title, ctx: Context) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} — Specgrid</title>"
            f'<link rel="canonical" href="{t.url}">{css("sg", t.slug, 80)}{_ld(t)}</head>'
            f'<body class="sg-app">{_nav()}<main id="content">'
            f'<div class="sg-hero"><h1 class="sg-h">{esc(t.title)}</h1>{_kicker(t)}</div>'
            f'<div class="sg-sheet" role="list" aria-label="Specifications">{_cells(t)}</div>'
            f"{_texts(t)}{_watch(t.streaming)}{_cast(t)}{_episodes(ctx)}{_reviews(ctx)}"
            f"{_rail(ctx)}</main>{_footer()}"
            f'{app_state("__SG_STATE__", ctx.others, {"route": t.path})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    return json_ld(data)


def _nav() -> str:
    return ('<nav class="sg-nav" aria-label="Main"><a href="/">Specgrid</a>'
            '<a href="/browse/movies">Movies</a><a href="/browse/shows">Shows</a>'
            '<a href="/compare">Compare</a><a href="/account" aria-label="Account">'
            '<svg width="16" height="16"><circle cx="8" cy="8" r="7"/></svg></a></nav>')


def _kicker(t: Title) -> str:
    kind = "TV Show" if t.kind == "show" else "Movie"
    tag = f'<p class="sg-tag" data-label="Tagline">{esc(t.tagline)}</p>' if t.tagline else ""
    return f'<span class="sg-kind" aria-label="Type">{kind}</span>{tag}'


def _cell(label: str, value: str) -> str:
    key = label.lower().replace(" ", "-")
    return (f'<div class="sg-cell" role="listitem" data-key="{key}" aria-label="{label}">'
            f'<div class="sg-v">{value}</div></div>')


def _cells(t: Title) -> str:
    cells = []
    if t.released:
        cells.append(_cell("Release date", short_date(t.released)))
    elif t.year:
        cells.append(_cell("Year", str(t.year)))
    if t.runtime:
        cells.append(_cell("Episode length" if t.kind == "show" else "Running time",
                           runtime(t.runtime)))
    if t.seasons:
        cells.append(_cell("Seasons", str(t.seasons)))
    if t.rating:
        cells.append(_cell("Certificate", esc(t.rating)))
    if t.votes:
        cells.append(_cell("User ratings", f"{grouped(t.votes)} rating{'s' * (t.votes > 1)}"))
    return "".join(cells) + _list_cells(t) + _money_cells(t) + _ids(t)


def _chips(values: tuple[str, ...]) -> str:
    return "".join(f'<span class="sg-chip">{esc(v)}</span>' for v in values)


def _list_cells(t: Title) -> str:
    cells = [_cell(label, _chips(values)) for label, values in (
        ("Genres", t.genres), ("Countries of origin", t.countries), ("Writers", t.writers))
        if values]
    if t.studios:
        more = f'<span class="sg-more">+{t.more_studios} more</span>' if t.more_studios else ""
        cells.append(_cell("Production companies", _chips(t.shown_studios) + more))
    return "".join(cells)


def _money_cells(t: Title) -> str:
    return "".join(_cell(label, coded(m)) for label, m in (
        ("Budget", t.budget), ("Worldwide gross", t.box_office)) if m)


def _ids(t: Title) -> str:
    cells = ""
    if t.imdb:
        cells += _cell("IMDb", f'<a href="https://www.imdb.com/title/{t.imdb}/">{t.imdb}</a>')
    if t.trailer:
        cells += _cell("Trailer", youtube_embed(t.trailer))
    return cells


def _texts(t: Title) -> str:
    out = ""
    if t.synopsis:
        out += f'<section aria-label="Overview"><p>{esc(t.synopsis)}</p></section>'
    if t.audience:
        out += (f'<section aria-label="What Viewers Are Saying"><p>{esc(t.audience)}</p>'
                "</section>")
    return out


def _watch(s: Streaming | None) -> str:
    if s is None:
        return ""
    n = len(s.platforms)
    if not s.counted:
        body = "<p>Not streaming yet.</p>"
    elif s.available:
        body = f"<p>Streaming on {n} service{'s' * (n > 1)}</p>{_chips(s.platforms)}"
    else:
        body = f"<p>Streaming on 0 of {n} services</p>{_chips(s.platforms)}"
    return (f'<section class="sg-watch" aria-label="Where to watch">{body}'
            f"<small>Updated {short_date(s.verified_on)}</small></section>")


def _cast(t: Title) -> str:
    if not t.cast:
        return ""
    cells = "".join(
        f'<div class="sg-person"><span class="sg-a">{esc(c.actor)}</span>'
        + (f'<span class="sg-r" aria-label="as">{esc(c.character)}</span>' if c.character
           else "") + "</div>" for c in t.cast)
    return f'<section class="sg-cast" aria-label="Cast">{cells}</section>'


def _episodes(ctx: Context) -> str:
    rows = "".join(
        f'<div class="sg-ep" data-season="{e.season}" data-episode="{e.number}">'
        f"<span>S{e.season}:E{e.number}</span><span>{esc(e.name)}</span>"
        f"<span>{runtime(e.minutes)}</span><span>{short_date(e.aired)}</span>"
        f'<span aria-label="Director">{esc(e.director)}</span></div>' for e in ctx.episodes)
    return f'<section aria-label="Episodes">{rows}</section>' if rows else ""


def _reviews(ctx: Context) -> str:
    items = "".join(
        f'<article class="sg-review"><header>{esc(r.author)} · {short_date(r.posted)}'
        f'</header><meter min="0" max="10" value="{r.score}"></meter><p>{esc(r.text)}</p>'
        "</article>" for r in ctx.reviews)
    return f'<section aria-label="Reviews">{items}</section>' if items else ""


def _rail(ctx: Context) -> str:
    cards = "".join(
        f'<a class="sg-card" href="{o.path}"><b>{esc(o.title)}</b>'
        f'<div class="sg-sheet"><div aria-label="Year">{o.year}</div>'
        f'<div aria-label="Running time">{runtime(o.runtime or 97)}</div>'
        f'<div aria-label="Certificate">{esc(o.rating)}</div>'
        f'<div aria-label="User ratings">{grouped(o.votes or 1)} ratings</div></div></a>'
        for o in ctx.others)
    return f'<section class="sg-rail" aria-label="Compare with similar titles">{cards}</section>'


def _footer() -> str:
    return ('<footer class="sg-foot"><p>Specgrid · data for people who read the fine print'
            '</p><a href="/terms">Terms</a><a href="/privacy">Privacy</a>'
            '<a href="/api">API</a></footer>')
