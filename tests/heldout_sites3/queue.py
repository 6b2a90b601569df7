"""Queue: a Netflix-like title page. An unlabelled hero line of <span>s (year, a maturity
badge, '1h 51m' or '3 Seasons', a genre link), 'Starring:' with the first names only, then a
'More Details' block of label spans followed by item spans that end in commas ('Drama,'),
among mood tags ('This movie is... Emotional, Romantic') the record has no key for; the cast
shows no characters; votes as '12.4K ratings'; a season <select> above the episode list; a
JSON-LD Movie/TVSeries (no ratings) on some deploys."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    compact_votes,
    css,
    esc,
    hours,
    imdb_link,
    json_ld,
    ld_type,
    long_date,
    round_votes,
)
from tests.heldout_sites2.records import Credit, Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites3.common import Classes, look, pick

NAME = "queue"
MOODS = ("Emotional", "Romantic", "Suspenseful", "Dark", "Witty", "Heartfelt", "Gritty",
         "Inspiring", "Quirky", "Understated")


def fit(t: Title) -> Title:
    """No characters on the page; compact vote counts; no budget or gross."""
    return replace(t, cast=tuple(Credit(c.actor, None) for c in t.cast),
                   votes=round_votes(t.votes), budget=None, box_office=None)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("q", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    details = _details(t, c, rng)
    sections = [_episodes(t, ctx, c), _videos(t, c), details, _reviews(ctx, c), _more(ctx, c)]
    if rng.random() < 0.5:
        sections[1], sections[2] = sections[2], sections[1]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>Watch {esc(t.title)} | Queue</title>"
            f'<meta name="description" content="{esc(t.synopsis or t.title)}">'
            f'<link rel="canonical" href="{t.url}">{css("q", t.slug, 85)}{ld}</head><body>'
            f'<div class="{c("layout")}">{_nav(c)}<main>{_hero(t, c, rng)}{"".join(sections)}'
            f"</main>{_footer(c)}</div>"
            f'{app_state("netflixLike", ctx.others, {"locale": "en-US", "truths": {}})}'
            "</body></html>")


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.synopsis:
        data["description"] = t.synopsis
    if t.rating:
        data["contentRating"] = t.rating
    if t.genres:
        data["genre"] = ", ".join(t.genres)
    if t.cast:
        data["actors"] = [{"@type": "Person", "name": c.actor} for c in t.cast]
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.released:
        data["dateCreated"] = f"{t.released.isoformat()}T00:00:00.000Z"
    return json_ld(data)


def _nav(c: Classes) -> str:
    return (f'<nav class="{c("nav")}"><a href="/" aria-label="Queue">QUEUE</a>'
            '<a href="/browse">Browse</a><a href="/browse/genre/83">TV Shows</a>'
            '<a href="/browse/genre/34399">Movies</a><a href="/latest">New &amp; Popular</a>'
            f'<a class="{c("join")}" href="/signup">Join Now</a></nav>')


def _hero(t: Title, c: Classes, rng: Any) -> str:
    items = []
    if t.year:
        items.append(f'<span class="{c("item")}"><time>{t.year}</time></span>')
    if t.rating:
        items.append(f'<span class="{c("item")}"><span class="{c("maturity")}">'
                     f"{esc(t.rating)}</span></span>")
    if t.seasons:
        items.append(f'<span class="{c("item")}">{t.seasons} Season{"s" * (t.seasons > 1)}</span>')
    elif t.runtime:
        items.append(f'<span class="{c("item")}"><time>{hours(t.runtime)}</time></span>')
    if t.genres:
        items.append(f'<a class="{c("item")}" href="/browse/genre/{len(t.genres[0])}">'
                     f"{esc(t.genres[0])}</a>")
    sep = pick(rng, ("", '<span class="sep">|</span>'))
    stars = ""
    if t.cast:
        top = ", ".join(f'<a href="/person/{i}">{esc(p.actor)}</a>'
                        for i, p in enumerate(t.cast[:3]))
        stars = f'<p class="{c("talent")}"><span>Starring:</span> {top}</p>'
    tag = f'<p class="{c("logline")}">“{esc(t.tagline)}”</p>' if t.tagline else ""
    votes = (f'<p class="{c("thumbs")}"><button aria-label="Rate">👍</button>'
             f"<span>{compact_votes(t.votes)} ratings</span></p>" if t.votes else "")
    syn = f'<p class="{c("synopsis")}">{esc(t.synopsis)}</p>' if t.synopsis else ""
    return (f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
            f'<div class="{c("meta")}">{sep.join(items)}</div>{tag}{syn}{stars}{votes}'
            f"{_audience(t, c)}{_watch(t.streaming, c)}</section>")


def _audience(t: Title, c: Classes) -> str:
    if not t.audience:
        return ""
    return (f'<div class="{c("buzz")}"><h2>What Viewers Are Saying</h2>'
            f"<p>{esc(t.audience)}</p></div>")


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        body = "<p>Not on any service yet.</p>"
    else:
        n = len(s.platforms)
        head = (f"Also streaming on {n} service{'s' * (n > 1)}" if s.available
                else f"Not currently available on {n} service{'s' * (n > 1)}")
        body = f"<p>{head}:</p><ul>" + "".join(
            f"<li>{esc(p)}</li>" for p in s.platforms) + "</ul>"
    return (f'<aside class="{c("elsewhere")}">{body}<small>Last checked '
            f"{long_date(s.verified_on)}</small></aside>")


def _cell(c: Classes, label: str, values: list[str]) -> str:
    items = "".join(f'<span class="{c("detail")}">{v}{"," if i < len(values) - 1 else ""}'
                    "</span>" for i, v in enumerate(values))
    return f'<div class="{c("cell")}"><span class="{c("label")}">{label}</span>{items}</div>'


def _details(t: Title, c: Classes, rng: Any) -> str:
    cells = []
    if t.cast:
        cells.append(_cell(c, "Cast", [esc(p.actor) for p in t.cast]))
    for label, names in (("Director", t.directors), ("Writer", t.writers)):
        if names:
            cells.append(_cell(c, label + "s" * (len(names) > 1), list(map(esc, names))))
    if t.genres:
        cells.append(_cell(c, pick(rng, ("Genres", "Genre")), list(map(esc, t.genres))))
    kind = "show" if t.kind == "show" else "movie"
    cells.append(_cell(c, f"This {kind} is...", rng.sample(MOODS, 2)))
    if t.released:
        cells.append(_cell(c, pick(rng, ("Release date", "Premiere", "Released")),
                           [long_date(t.released)]))
    if t.runtime and t.kind == "show":
        cells.append(_cell(c, "Episode length", [hours(t.runtime)]))
    if t.countries:
        cells.append(_cell(c, "Country", list(map(esc, t.countries))))
    if t.studios:
        shown = list(map(esc, t.shown_studios))
        if t.more_studios:
            shown.append(f"+{t.more_studios} more")
        cells.append(_cell(c, "Production", shown))
    cells.append(_cell(c, "Audio", ["English [Original]", "Spanish"]))
    if t.rating:
        cells.append(_cell(c, "Maturity rating", [esc(t.rating)]))
    if t.imdb:
        cells.append(_cell(c, "Elsewhere", [imdb_link(t.imdb)]))
    return (f'<section class="{c("more-details")}"><h2>More Details</h2>'
            f"{''.join(cells)}</section>")


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes or not t.seasons:
        return ""
    options = "".join(f"<option{' selected' * (s == t.seasons)}>Season {s}</option>"
                      for s in range(1, t.seasons + 1))
    items = "".join(
        f'<li class="{c("episode")}"><h3>{e.number}. {esc(e.name)}</h3>'
        f"<span>{hours(e.minutes)}</span><p>Directed by {esc(e.director)}. "
        f"Aired {long_date(e.aired)}.</p></li>" for e in ctx.episodes)
    return (f'<section class="{c("episodes")}"><h2>Episodes</h2><select aria-label="Season">'
            f"{options}</select><ol>{items}</ol></section>")


def _videos(t: Title, c: Classes) -> str:
    if not t.trailer:
        return ""
    return (f'<section class="{c("videos")}"><h2>Videos</h2><figure>'
            f'<iframe title="Trailer: {esc(t.title)}" src="https://www.youtube.com/embed/'
            f'{t.trailer}?autoplay=0&amp;mute=1" allowfullscreen></iframe>'
            f"<figcaption>Trailer: {esc(t.title)}</figcaption></figure></section>")


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li><b>{esc(r.author)}</b> <span>{"👍" if r.score > 5 else "👎"}</span>'
                    f"<p>{esc(r.text)}</p></li>" for r in ctx.reviews)
    return f'<section class="{c("comments")}"><h2>Member Comments</h2><ul>{items}</ul></section>'


def _more(ctx: Context, c: Classes) -> str:
    cards = "".join(
        f'<li class="{c("card")}"><a href="{o.path}"><img alt="" src="/box/{o.slug}.jpg">'
        f'<span class="{c("card-title")}">{esc(o.title)}</span></a>'
        f'<div class="{c("meta")}"><span class="{c("maturity")}">{esc(o.rating)}</span>'
        f"<span>{o.year}</span><span>{hours(o.runtime or 97)}</span></div>"
        f"<p>{esc(o.synopsis or '')}</p></li>" for o in ctx.others)
    return (f'<section class="{c("more")}"><h2>More Like This</h2><ul>{cards}</ul>'
            "</section>")


def _footer(c: Classes) -> str:
    links = ("FAQ", "Help Center", "Account", "Media Center", "Investor Relations", "Jobs",
             "Cookie Preferences", "Terms of Use", "Privacy", "Contact Us")
    return (f'<footer class="{c("footer")}"><p>Questions? Call 1-844-505-2993</p><ul>'
            + "".join(f'<li><a href="/{w.lower().replace(" ", "-")}">{w}</a></li>' for w in links)
            + "</ul><p>Queue United States</p></footer>")
