"""Tonight: a British TV-guide site where shows dominate. Tonight's schedule grid of OTHER
titles, an unlabelled meta line ('Crime, Drama · 2019 · 45 mins · TV-14 · 3 seasons'),
'First shown: Sunday 12 March 1995', '★ 7.1 (12,400 votes)', '$3.6 million' budgets in a
'Did you know?' box, a lite-youtube trailer; no box office and no schema.org."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import (
    MONTHS,
    app_state,
    css,
    day_month_year,
    esc,
    grouped,
    imdb_link,
    money_words,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CHANNELS = ("BBC One", "ITV1", "Channel 4", "Film4", "Sky Atlantic", "Dave")


def fit(t: Title) -> Title:
    return replace(t, box_office=None)


def first_shown(d: date) -> str:
    return f"{DAYS[d.weekday()]} {day_month_year(d)}"


def mins(n: int) -> str:
    return f"{n} min{'s' * (n > 1)}"


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} - TV listings | Tonight</title>"
            f'<link rel="canonical" href="{t.url}">{css("tn", t.slug, 90)}</head><body>'
            f"{_nav()}{_schedule(ctx)}<main class=\"tn-prog\">{_header(t)}"
            f'<div class="tn-body"><div class="tn-main">{_texts(t)}{_episodes(ctx)}'
            f"{_credits(t)}{_reviews(ctx)}</div><aside class=\"tn-side\">{_facts(t)}"
            f"{_watch(t.streaming)}{_trivia(t)}</aside></div></main>{_footer()}"
            f'{app_state("__TONIGHT__", ctx.others, {"region": "london"})}</body></html>')


def _nav() -> str:
    return ('<nav class="tn-nav"><a href="/">Tonight</a><a href="/tv-guide">TV Guide</a>'
            '<a href="/films-on-tv">Films on TV</a><a href="/streaming">Streaming</a>'
            '<a href="/soaps">Soaps</a><a href="/news">News</a></nav>')


def _schedule(ctx: Context) -> str:
    slots = "".join(
        f'<div class="tn-slot"><span class="tn-ch">{CHANNELS[i % 6]}</span>'
        f"<time>{19 + i % 4}:{(i * 15) % 60:02d}</time>"
        f'<a href="{o.path}">{esc(o.title)}</a><span>{mins(o.runtime or 97)}</span>'
        f"<span>{esc(o.rating)}</span></div>" for i, o in enumerate(ctx.others))
    return (f'<section class="tn-grid" aria-label="On TV tonight"><h2>On tonight</h2>{slots}'
            "</section>")


def _header(t: Title) -> str:
    kind = "TV series" if t.kind == "show" else "Film"
    tag = f'<p class="tn-tag"><em>{esc(t.tagline)}</em></p>' if t.tagline else ""
    return (f'<header class="tn-head"><span class="tn-kind">{kind}</span>'
            f'<h1>{esc(t.title)}</h1><p class="tn-meta">{_meta(t)}</p>{tag}{_votes(t)}</header>')


def _meta(t: Title) -> str:
    parts = [", ".join(map(esc, t.genres))] if t.genres else []
    parts += [str(t.year)] if t.year else []
    parts += [mins(t.runtime)] if t.runtime else []
    parts += [esc(t.rating)] if t.rating else []
    if t.seasons:
        parts.append(f"{t.seasons} season{'s' * (t.seasons > 1)}")
    return " · ".join(parts)


def _votes(t: Title) -> str:
    if not t.votes:
        return ""
    score = 3 + sum(map(ord, t.slug)) % 60 / 10
    noun = "vote" if t.votes == 1 else "votes"
    return f'<p class="tn-score">★ {score:.1f} ({grouped(t.votes)} {noun})</p>'


def _texts(t: Title) -> str:
    out = ""
    if t.synopsis:
        out += f"<h2>Programme information</h2><p>{esc(t.synopsis)}</p>"
    if t.audience:
        out += f'<h2>What viewers say</h2><p class="tn-aud">{esc(t.audience)}</p>'
    if t.trailer:
        out += f'<lite-youtube videoid="{t.trailer}" playlabel="Play trailer"></lite-youtube>'
    return out


def _fact(label: str, value: str) -> str:
    return f'<li><span class="tn-l">{label}:</span> {value}</li>'


def _facts(t: Title) -> str:
    items = []
    if t.released:
        items.append(_fact("First shown" if t.kind == "show" else "Released",
                           first_shown(t.released)))
    if t.countries:
        items.append(_fact("Made in", ", ".join(map(esc, t.countries))))
    if t.studios:
        more = f" and {t.more_studios} other{'s' * (t.more_studios > 1)}" if t.more_studios else ""
        items.append(_fact("Production", ", ".join(map(esc, t.shown_studios)) + more))
    if t.imdb:
        items.append(_fact("Elsewhere", imdb_link(t.imdb, "IMDb page")))
    return f'<ul class="tn-facts">{"".join(items)}</ul>' if items else ""


def _watch(s: Streaming | None) -> str:
    if s is None:
        return ""
    n = len(s.platforms)
    names = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    if not s.counted:
        body = "<p>Not yet available to stream.</p>"
    elif s.available:
        body = f"<p>Available on {n} service{'s' * (n > 1)}</p><ul>{names}</ul>"
    else:
        body = f"<p>Not available to stream right now ({n} services checked)</p><ul>{names}</ul>"
    when = s.verified_on
    return (f'<section class="tn-watch"><h3>Watch online</h3>{body}<small>Checked '
            f"{when.day} {MONTHS[when.month - 1]} {when.year}</small></section>")


def _trivia(t: Title) -> str:
    if not t.budget:
        return ""
    return (f'<section class="tn-trivia"><h3>Did you know?</h3><p><b>Budget:</b> '
            f"{money_words(t.budget)}</p></section>")


def _credits(t: Title) -> str:
    crew = "".join(f"<p><b>{label}</b> {', '.join(map(esc, names))}</p>" for label, names in (
        ("Directed by", t.directors), ("Written by", t.writers)) if names)
    cast = "".join(f'<li><span class="tn-who">{esc(c.actor)}</span>'
                   + (f' <span class="tn-role">{esc(c.character)}</span>' if c.character else "")
                   + "</li>" for c in t.cast)
    cast = f"<ul>{cast}</ul>" if cast else ""
    return f'<section class="tn-credits"><h2>Cast &amp; crew</h2>{crew}{cast}</section>'


def _episodes(ctx: Context) -> str:
    items = "".join(
        f"<li><b>Series {e.season}, episode {e.number}: {esc(e.name)}</b> "
        f"{first_shown(e.aired)} · {mins(e.minutes)} · Director: {esc(e.director)} · "
        f"Writer: {esc(e.writer)}</li>" for e in ctx.episodes)
    return f'<h2>Episodes</h2><ol class="tn-eps">{items}</ol>' if items else ""


def _reviews(ctx: Context) -> str:
    items = "".join(f"<li><b>{esc(r.author)}</b> gave it {r.score}/10: “{esc(r.text)}”</li>"
                    for r in ctx.reviews)
    return f'<h2>Your reviews</h2><ul class="tn-rev">{items}</ul>' if items else ""


def _footer() -> str:
    return ('<footer class="tn-foot"><p>Listings for London. Times may change.</p>'
            '<a href="/regions">Change region</a><a href="/about">About</a>'
            '<a href="/privacy">Privacy</a></footer>')
