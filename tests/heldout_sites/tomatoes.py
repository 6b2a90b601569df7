"""A Rotten Tomatoes-like page: "Label:" info list, rounded US gross, partial JSON-LD."""

from __future__ import annotations

from dataclasses import replace

from tests.heldout_sites.common import css, esc, footer, grouped, hm, json_ld, nav, short_date
from tests.heldout_sites.records import Money, Title
from tests.heldout_sites.site import Context

NAV = ("Movies", "TV Shows", "Shop", "News", "Showtimes")
FOOT = ("Help", "About", "Critic Submission", "Licensing", "Advertise", "Careers")


def fit(t: Title) -> Title:
    gross = t.box_office if t.box_office and t.box_office.currency == "USD" else None
    if gross and gross.amount >= 1000:
        step = -5 if gross.amount >= 1_000_000 else -2
        gross = Money(round(gross.amount, step), "USD")
    return replace(t, budget=None, box_office=gross)


def _gross(m: Money) -> str:
    if m.amount >= 1_000_000:
        return f"${m.amount / 1e6:.1f}M"
    return f"${m.amount / 1e3:.1f}K" if m.amount >= 1000 else f"${m.amount}"


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{esc(t.title)} | Rotten Tomatoes'
            f"</title>{css('tomatoes', 160)}{json_ld(_ld(t))}</head><body>"
            f"<header>{nav(NAV, 'header-nav')}</header><main id=\"main-page-content\">"
            f"{_hero(t)}{_scores(t)}{_watch(t)}{_info(t)}{_cast(t)}{_episodes(ctx)}"
            f"{_reviews(ctx)}{_rail(ctx)}</main>{footer(FOOT, 'Fandango')}</body></html>")


def _hero(t: Title) -> str:
    meta = [esc(t.rating)] if t.rating else []
    meta += [str(t.year)] if t.year else []
    meta += ["/".join(esc(g) for g in t.genres)] if t.genres else []
    meta += [hm(t.runtime)] if t.runtime else []
    trailer = (f'<iframe class="trailer" src="https://www.youtube.com/embed/{t.trailer}">'
               "</iframe>" if t.trailer else "")
    return (f'<section class="media-hero"><h1 slot="titleIntro" class="unset">{esc(t.title)}'
            f'</h1><rt-text slot="metadataProp">{", ".join(meta)}</rt-text>{trailer}</section>')


def _scores(t: Title) -> str:
    consensus = ("<h2>Critics Consensus</h2><p>Handsomely made if uneven, it leans hard on "
                 "its leads and mostly earns the ending.</p>")
    audience = f"<h2>Audience Says</h2><p>{esc(t.audience)}</p>" if t.audience else ""
    noun = "Rating" if t.votes == 1 else "Ratings"
    votes = (f'<rt-link slot="audienceReviews">{grouped(t.votes)} Verified {noun}</rt-link>'
             if t.votes else "")
    return f'<section class="scoreboard">{consensus}{audience}{votes}</section>'


def _watch(t: Title) -> str:
    s = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return "<section id=\"where-to-watch\"><h2>Where to Watch</h2><p>Coming soon.</p></section>"
    names = ", ".join(esc(p) for p in s.platforms)
    text = (f"Watch {esc(t.title)} with a subscription on {len(s.platforms)} service(s): "
            f"{names}." if s.available else
            f"{esc(t.title)} is not streaming on any of the {len(s.platforms)} service(s) we "
            f"track: {names}.")
    bubbles = "".join(f'<where-to-watch-bubble aria-label="{esc(p)}" image="{i}">'
                      "</where-to-watch-bubble>" for i, p in enumerate(s.platforms))
    return (f'<section id="where-to-watch"><h2>Where to Watch</h2>{bubbles}<p>{text}</p>'
            f"<small>Last updated {short_date(s.verified_on)}</small></section>")


def _item(label: str, value: str) -> str:
    return (f'<li class="info-item"><b class="info-item-label">{label}:</b> '
            f'<span class="info-item-value">{value}</span></li>')


def _info(t: Title) -> str:
    synopsis = f'<p data-qa="movie-info-synopsis">{esc(t.synopsis)}</p>' if t.synopsis else ""
    tagline = f"<p class=\"tagline\">&quot;{esc(t.tagline)}&quot;</p>" if t.tagline else ""
    rows = [_item("Rating", esc(t.rating))] if t.rating else []
    rows += [_item("Genre", ", ".join(esc(g) for g in t.genres))] if t.genres else []
    rows += [_item("Original Language", "English")]
    for label, names in (("Director", t.directors), ("Screenwriter", t.writers),
                         ("Country of Origin", t.countries)):
        if names:
            rows.append(_item(label, ", ".join(esc(n) for n in names)))
    if t.studios:
        more = f", +{t.more_studios} more" if t.more_studios else ""
        rows.append(_item("Production Co", ", ".join(esc(s) for s in t.shown_studios) + more))
    if t.released:
        rows.append(_item("Release Date (Theaters)", f"{short_date(t.released)}, Wide"))
    if t.box_office:
        rows.append(_item("Box Office (Gross USA)", _gross(t.box_office)))
    if t.runtime:
        rows.append(_item("Runtime", hm(t.runtime)))
    if t.seasons:
        rows.append(_item("Seasons", str(t.seasons)))
    if t.imdb:
        rows.append(_item("Links", f'<a href="https://www.imdb.com/title/{t.imdb}">IMDb</a>'))
    head = "Series Info" if t.kind == "show" else "Movie Info"
    return (f'<section class="media-info"><h2>{head}</h2>{tagline}{synopsis}'
            f'<ul id="info">{"".join(rows)}</ul></section>')


def _cast(t: Title) -> str:
    cards = "".join(f'<a class="cast-and-crew-item" href="/celebrity/"><p class="name">'
                    f"{esc(c.actor)}</p>"
                    + (f'<p class="role">{esc(c.character)}</p>' if c.character else "")
                    + "</a>" for c in t.cast)
    return f'<section id="cast-and-crew"><h2>Cast &amp; Crew</h2>{cards}</section>' if cards else ""


def _episodes(ctx: Context) -> str:
    rows = "".join(f"<li>Episode {e.number}: {esc(e.name)} · Aired {short_date(e.aired)} · "
                   f"Directed by {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<section class="episodes"><h2>Episodes</h2><ul>{rows}</ul></section>' if rows else ""


def _reviews(ctx: Context) -> str:
    rows = "".join(f'<div class="audience-review"><b>{esc(r.author)}</b> <span>{r.score / 2} '
                   f"stars</span> <span>{short_date(r.on)}</span><p>{esc(r.text)}</p>"
                   f"<span>{r.helpful} found this helpful</span></div>" for r in ctx.reviews)
    return f'<section id="audience-reviews"><h2>Audience Reviews</h2>{rows}</section>'


def _rail(ctx: Context) -> str:
    tiles = "".join(f'<tile-poster-card href="{o.path}"><span class="title">{esc(o.title)}'
                    f"</span><span>{o.year}</span> <span>{esc(o.rating or '')}</span> "
                    f"<span>{hm(o.runtime or 90)}</span></tile-poster-card>" for o in ctx.others)
    return f'<section class="recommendations"><h2>You Might Also Like</h2>{tiles}</section>'


def _ld(t: Title) -> dict[str, object]:
    ld: dict[str, object] = {"@context": "http://schema.org",
                             "@type": "TVSeries" if t.kind == "show" else "Movie",
                             "name": t.title, "url": t.url, "genre": list(t.genres)}
    if t.rating:
        ld["contentRating"] = t.rating
    ld["director"] = [{"@type": "Person", "name": n} for n in t.directors]
    ld["actor"] = [{"@type": "Person", "name": c.actor} for c in t.cast]
    return ld
