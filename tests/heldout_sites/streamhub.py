"""A JustWatch-like page: offers first, icon rows labelled only by their icon, no schema.org."""

from __future__ import annotations

from dataclasses import replace

from tests.heldout_sites.common import (
    app_state,
    css,
    day_month,
    esc,
    footer,
    grouped,
    hm,
    money_symbol,
    nav,
)
from tests.heldout_sites.records import Money, Title
from tests.heldout_sites.site import Context

NAV = ("Home", "New", "Popular", "Lists", "Sports", "Guide")
FOOT = ("About us", "Press", "Jobs", "Data & API", "Imprint", "Privacy", "Cookie consent")


def fit(t: Title) -> Title:
    return replace(t, budget=_round(t.budget), box_office=_round(t.box_office))


def _round(m: Money | None) -> Money | None:
    if m is None or m.amount < 1_000_000:
        return m
    return Money(round(m.amount, -5), m.currency)


def _money(m: Money) -> str:
    if m.amount < 1_000_000:
        return money_symbol(m.amount, m.currency)
    if m.amount >= 1_000_000_000:
        return f"{money_symbol(0, m.currency)[:-1]}{m.amount / 1e9:.4f}".rstrip("0").rstrip(
            ".") + " billion"
    return f"{money_symbol(0, m.currency)[:-1]}{m.amount / 1e6:.1f}".removesuffix(".0") + " million"


def _runtime(minutes: int) -> str:
    return hm(minutes).replace("m", "min")


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f" - watch streaming online</title>{css('streamhub', 200)}</head><body>"
            f'<div id="app"><header>{nav(NAV, "navbar")}</header><div class="title-page">'
            f"{_hero(t)}{_offers(t)}<aside class=\"title-sidebar\">{_infos(t)}</aside>"
            f'<div class="title-content">{_about(t)}{_seasons(t, ctx)}{_cast(t)}{_reviews(ctx)}'
            f"{_similar(ctx)}</div></div>{footer(FOOT, 'StreamHub')}</div>"
            f"{app_state(ctx.others, '__APOLLO_STATE__')}</body></html>")


def _hero(t: Title) -> str:
    year = f'<span class="release-year">({t.year})</span>' if t.year else ""
    tagline = f'<blockquote class="tagline">“{esc(t.tagline)}”</blockquote>' if t.tagline else ""
    trailer = (f'<div class="trailer"><iframe src="https://www.youtube.com/embed/{t.trailer}'
               f'?autoplay=0" title="Trailer"></iframe></div>' if t.trailer else "")
    return (f'<div class="title-block"><h1>{esc(t.title)}</h1> {year}{tagline}</div>{trailer}')


def _offers(t: Title) -> str:
    s = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return ('<div class="buybox"><p class="buybox__empty">We haven\'t found any streaming '
                "offers for this title yet.</p></div>")
    n = len(s.platforms)
    noun = "service" if n == 1 else "services"
    head = f"Streaming on {n} {noun}" if s.available else f"Streaming on 0 of {n} {noun}"
    icons = "".join(f'<a class="offer" href="/go"><img class="provider-icon" alt="{esc(p)}" '
                    f'title="{esc(p)}" src="/icon/{i}.webp"></a>'
                    for i, p in enumerate(s.platforms))
    return (f'<div class="buybox"><h2>Where to watch</h2><p class="buybox__count">{head}</p>'
            f'<div class="buybox-row">{icons}</div><p class="buybox__hint">Last checked '
            f"{day_month(s.verified_on)}</p></div>")


def _icon(icon: str, label: str, value: str) -> str:
    return (f'<li class="detail-infos"><i class="icon {icon}" aria-label="{label}"></i>'
            f'<span class="detail-infos__value">{value}</span></li>')


def _infos(t: Title) -> str:
    rows = [_icon("icon-tv", "Type", "Series" if t.kind == "show" else "Film")]
    if t.released:
        rows.append(_icon("icon-calendar", "Released", day_month(t.released)))
    elif t.year:
        rows.append(_icon("icon-calendar", "Released", str(t.year)))
    if t.runtime:
        rows.append(_icon("icon-clock", "Length", _runtime(t.runtime)))
    if t.rating:
        rows.append(_icon("icon-shield", "Suitable for", esc(t.rating)))
    if t.votes:
        rows.append(_icon("icon-people", "Ratings", grouped(t.votes)))
    rows += _labelled(t)
    return f'<ul class="detail-infos-list">{"".join(rows)}</ul>'


def _h3(label: str, value: str) -> str:
    return f'<li class="detail-infos"><h3>{label}</h3><div>{value}</div></li>'


def _labelled(t: Title) -> list[str]:
    rows = []
    for label, values in (("Genres", t.genres), ("Made in", t.countries),
                          ("Director", t.directors), ("Screenplay", t.writers)):
        if values:
            rows.append(_h3(label, ", ".join(esc(v) for v in values)))
    if t.studios:
        more = f" <span>+{t.more_studios} more</span>" if t.more_studios else ""
        rows.append(_h3("Made by", ", ".join(esc(s) for s in t.shown_studios) + more))
    if t.budget:
        rows.append(_h3("Cost to make", _money(t.budget)))
    if t.box_office:
        rows.append(_h3("Earned", _money(t.box_office)))
    if t.imdb:
        rows.append(f'<li><a href="https://www.imdb.com/title/{t.imdb}/" class="imdb-badge">'
                    '<img alt="IMDb" src="/imdb.svg"></a></li>')
    return rows


def _about(t: Title) -> str:
    parts = [f"<h2>Synopsis</h2><p>{esc(t.synopsis)}</p>"] if t.synopsis else []
    parts += [f"<h2>What people think</h2><p>{esc(t.audience)}</p>"] if t.audience else []
    return f'<section class="about">{"".join(parts)}</section>'


def _seasons(t: Title, ctx: Context) -> str:
    if t.kind != "show":
        return ""
    eps = "".join(f'<li class="episode"><b>{e.number}. {esc(e.name)}</b> <span>'
                  f"{day_month(e.aired)}</span> · <span>{_runtime(e.runtime)}</span></li>"
                  for e in ctx.episodes)
    return (f'<section class="seasons"><h2>{t.seasons} Season{"s" if t.seasons != 1 else ""}'
            f'</h2><p>Latest season</p><ul>{eps}</ul></section>')


def _cast(t: Title) -> str:
    if not t.cast:
        return ""
    rows = "".join(f'<div class="title-credits__actor"><span class="title-credit-name">'
                   f"{esc(c.actor)}</span>"
                   + (f'<div class="title-credit-character">{esc(c.character)}</div>'
                      if c.character else "") + "</div>" for c in t.cast)
    return f'<section class="title-credits"><h2>Cast</h2>{rows}</section>'


def _reviews(ctx: Context) -> str:
    rows = "".join(f'<li><b>{esc(r.author)}</b> · {day_month(r.on)} <p>{esc(r.text)}</p>'
                   f"<span>{r.helpful} likes</span></li>" for r in ctx.reviews)
    return f'<section class="comments"><h2>Comments</h2><ul>{rows}</ul></section>'


def _similar(ctx: Context) -> str:
    cards = "".join(f'<a class="poster" href="{o.path}"><img alt="{esc(o.title)}" src="/p.jpg">'
                    f"<span>{o.year}</span> <span>{_runtime(o.runtime or 90)}</span> "
                    f"<span>{esc(o.rating or '')}</span></a>" for o in ctx.others)
    return f'<section class="similar"><h2>Similar titles you might like</h2>{cards}</section>'
