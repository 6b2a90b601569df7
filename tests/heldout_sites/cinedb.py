"""An IMDb-like page: hero meta line, principal credits, a Details list, full JSON-LD."""

from __future__ import annotations

from dataclasses import replace

from tests.heldout_sites.common import (
    css,
    esc,
    footer,
    hm,
    json_ld,
    long_date,
    money_symbol,
    nav,
    round_count,
    short_count,
    short_date,
)
from tests.heldout_sites.records import Title
from tests.heldout_sites.site import Context

NAV = ("Menu", "Movies", "TV Shows", "Watch", "Awards & Events", "Celebs", "Community")
FOOT = ("Help", "Site Index", "CineDB Pro", "Box Office Mojo", "License Data", "Press Room",
        "Advertising", "Jobs", "Conditions of Use", "Privacy Policy")


def fit(t: Title) -> Title:
    return replace(t, votes=round_count(t.votes) if t.votes else None)


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} ({t.year or ''}) - CineDB</title>{css('cinedb')}"
            f"{json_ld(_ld(t))}</head><body><header>{nav(NAV, 'ipc-nav')}</header><main>"
            f"{_hero(t)}{_watch(t)}{_cast(t)}{_episodes(ctx)}{_story(t)}{_reviews(ctx)}"
            f"{_details(t)}{_money(t)}{_rail(ctx)}</main>{footer(FOOT, 'CineDB.com, Inc.')}"
            f"</body></html>")


def _hero(t: Title) -> str:
    meta = ["<li>TV Series</li>"] if t.kind == "show" else []
    meta += [f'<li><a href="/releaseinfo">{t.year}</a></li>'] if t.year else []
    meta += [f"<li>{esc(t.rating)}</li>"] if t.rating else []
    meta += [f"<li>{hm(t.runtime)}</li>"] if t.runtime else []
    votes = (f'<div data-testid="hero-rating-bar__aggregate-rating"><span>CINEDB RATING</span>'
             f'<span class="score">{(t.votes or 0) % 7 + 3}.{(t.votes or 0) % 10}</span>'
             f'<span>/10</span><div class="sc-votes">{short_count(t.votes)}</div></div>'
             if t.votes else "")
    chips = "".join(f'<a class="ipc-chip" href="/search?genres={esc(g)}"><span>{esc(g)}</span>'
                    f"</a>" for g in t.genres)
    plot = f'<p data-testid="plot"><span>{esc(t.synopsis)}</span></p>' if t.synopsis else ""
    return (f'<section class="hero"><h1 data-testid="hero__pageTitle"><span>{esc(t.title)}'
            f'</span></h1><ul class="ipc-inline-list">{"".join(meta)}</ul>{votes}'
            f'<div class="ipc-chip-list">{chips}</div>{plot}{_principal(t)}</section>')


def _principal(t: Title) -> str:
    rows = []
    for label, names in (("Director", t.directors), ("Writer", t.writers),
                         ("Star", tuple(c.actor for c in t.cast[:3]))):
        if names:
            plural = label + ("s" if len(names) > 1 else "")
            links = "".join(f'<li><a href="/name/">{esc(n)}</a></li>' for n in names)
            rows.append(f'<li data-testid="title-pc-principal-credit"><span>{plural}</span>'
                        f'<ul class="ipc-inline-list">{links}</ul></li>')
    return f'<ul class="title-pc-list">{"".join(rows)}</ul>'


def _watch(t: Title) -> str:
    s = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return ('<section class="watch"><h3>Where to watch</h3>'
                "<p>Not available to stream yet.</p></section>")
    head = (f"Streaming on {len(s.platforms)} service{'s' if len(s.platforms) > 1 else ''}"
            if s.available else f"Not streaming on any of {len(s.platforms)} tracked services")
    items = "".join(f'<li><a href="/offsite"><img alt="{esc(p)}" src="/logo.png">'
                    f"<span>{esc(p)}</span></a></li>" for p in s.platforms)
    return (f'<section class="watch"><h3>Where to watch</h3><p>{head}</p><ul>{items}</ul>'
            f"<small>Availability checked {short_date(s.verified_on)}</small></section>")


def _cast(t: Title) -> str:
    if not t.cast:
        return ""
    cards = "".join(
        f'<div data-testid="title-cast-item"><a href="/name/" data-testid="title-cast-item__actor">'
        f"{esc(c.actor)}</a>"
        + (f'<ul><li><a href="/characters/">{esc(c.character)}</a></li></ul>' if c.character
           else "") + "</div>" for c in t.cast)
    return (f'<section data-testid="title-cast"><h3>Top cast</h3><div class="grid">{cards}'
            "</div></section>")


def _episodes(ctx: Context) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<article class="episode"><h4>S{e.season}.E{e.number} ∙ {esc(e.name)}</h4>'
                    f"<span>{short_date(e.aired)}</span> <span>{hm(e.runtime)}</span>"
                    f"<p>Directed by {esc(e.director)}</p></article>" for e in ctx.episodes)
    seasons = ctx.title.seasons
    return (f'<section data-testid="Episodes"><h3>Episodes <span>{len(ctx.episodes)}</span></h3>'
            f'<p><a href="/episodes">{seasons} season{"s" if seasons != 1 else ""}</a></p>'
            f"{items}</section>")


def _story(t: Title) -> str:
    rows = [f'<li data-testid="storyline-taglines"><span>Taglines</span><div>{esc(t.tagline)}'
            "</div></li>"] if t.tagline else []
    genres = "".join(f"<a>{esc(g)}</a>" for g in t.genres)
    rows += [f'<li data-testid="storyline-genres"><span>Genres</span><div>{genres}</div></li>'
             ] if t.genres else []
    rating = [f'<li data-testid="storyline-certificate"><span>Certificate</span><div>'
              f"{esc(t.rating)}</div></li>"] if t.rating else []
    summary = (f'<div class="ai-summary"><h3>What viewers say</h3><p>{esc(t.audience)}</p>'
               "<small>AI-generated from the text of user reviews</small></div>"
               if t.audience else "")
    return (f'<section data-testid="Storyline"><h3>Storyline</h3><ul>{"".join(rows + rating)}'
            f"</ul>{summary}</section>")


def _reviews(ctx: Context) -> str:
    items = "".join(f'<article class="review"><span class="rating">{r.score}/10</span>'
                    f"<p>{esc(r.text)}</p><span>{esc(r.author)}</span> "
                    f"<span>{long_date(r.on)}</span><span>Helpful · {r.helpful}</span></article>"
                    for r in ctx.reviews)
    return f'<section data-testid="UserReviews"><h3>User reviews</h3>{items}</section>'


def _row(label: str, values: str) -> str:
    return (f'<li class="ipc-metadata-list__item"><span class="ipc-metadata-list-item__label">'
            f"{label}</span><div>{values}</div></li>")


def _details(t: Title) -> str:
    rows = []
    if t.released:
        where = f" ({esc(t.countries[0])})" if t.countries else ""
        rows.append(_row("Release date", f"<a>{long_date(t.released)}{where}</a>"))
    if t.countries:
        label = "Countries of origin" if len(t.countries) > 1 else "Country of origin"
        rows.append(_row(label, " · ".join(f"<a>{esc(c)}</a>" for c in t.countries)))
    rows.append(_row("Also known as", f"<span>{esc(t.title.upper())} (working title)</span>"))
    if t.studios:
        label = "Production companies" if len(t.studios) > 1 else "Production company"
        names = " · ".join(f'<a href="/company/">{esc(s)}</a>' for s in t.shown_studios)
        more = f' <a href="/companycredits">and {t.more_studios} more</a>' if t.more_studios else ""
        rows.append(_row(label, names + more))
    if t.imdb:
        rows.append(_row("Official sites", f'<a href="https://www.imdb.com/title/{t.imdb}/">IMDb'
                         "</a>"))
    if t.trailer:
        rows.append(_row("Trailer", f'<a href="https://www.youtube.com/watch?v={t.trailer}">'
                         "Play trailer</a>"))
    return f'<section data-testid="Details"><h3>Details</h3><ul>{"".join(rows)}</ul></section>'


def _money(t: Title) -> str:
    rows = []
    if t.budget:
        rows.append(_row("Budget", f"{money_symbol(t.budget.amount, t.budget.currency)} "
                         "(estimated)"))
    if t.box_office:
        rows.append(_row("Gross worldwide",
                         money_symbol(t.box_office.amount, t.box_office.currency)))
    if t.runtime:
        hours, mins = divmod(t.runtime, 60)
        text = (f"{hours} hour{'s' if hours > 1 else ''} " if hours else "") + (
            f"{mins} minute{'s' if mins != 1 else ''}" if mins else "")
        rows.append(_row("Runtime", text.strip()))
    return (f'<section data-testid="BoxOffice"><h3>Box office &amp; tech specs</h3>'
            f'<ul>{"".join(rows)}</ul></section>')


def _rail(ctx: Context) -> str:
    cards = "".join(f'<div class="poster-card"><a href="{o.path}">{esc(o.title)}</a>'
                    f"<span>{o.year}</span> <span>{esc(o.rating or '')}</span> "
                    f"<span>{hm(o.runtime or 90)}</span> <span>({short_count(o.votes or 1)})"
                    f"</span></div>" for o in ctx.others)
    return f'<section data-testid="MoreLikeThis"><h3>More like this</h3>{cards}</section>'


def _ld(t: Title) -> dict[str, object]:
    ld: dict[str, object] = {"@context": "https://schema.org",
                             "@type": "TVSeries" if t.kind == "show" else "Movie",
                             "url": t.url, "name": t.title}
    if t.synopsis:
        ld["description"] = t.synopsis
    if t.genres:
        ld["genre"] = list(t.genres)
    if t.rating:
        ld["contentRating"] = t.rating
    if t.released:
        ld["datePublished"] = t.released.isoformat()
    if t.votes:
        ld["aggregateRating"] = {"@type": "AggregateRating", "ratingCount": t.votes,
                                 "bestRating": 10, "ratingValue": 7.1}
    if t.runtime and t.kind == "movie":
        ld["duration"] = f"PT{t.runtime // 60}H{t.runtime % 60}M"
    ld["director"] = [{"@type": "Person", "name": n} for n in t.directors]
    ld["creator"] = [{"@type": "Person", "name": n} for n in t.writers]
    ld["actor"] = [{"@type": "Person", "name": c.actor} for c in t.cast[:3]]
    if t.trailer:
        ld["trailer"] = {"@type": "VideoObject", "name": "Official Trailer",
                         "embedUrl": f"https://www.youtube.com/embed/{t.trailer}"}
    return ld
