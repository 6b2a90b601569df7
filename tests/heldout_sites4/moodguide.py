# ruff: noqa: E501  (HTML templates read best on one line)
"""Moodguide: an AllMovie-like page. The year sits in a span after the <h1>; the header
details are blocks of an <h4> label and a <span> value ('Release Date', 'Run Time',
'MPAA Rating' or 'Certificate', 'Produced by', 'Released by' (the distributor, not a studio),
'Flags'); a 'Characteristics' panel puts Sub-Genres, Moods, Themes and Keywords beside the
Genres; a critic's review and a 'Synopsis by' credit; streaming providers named only by their
logos' alt text; a lazy trailer iframe (data-src); on some deploys RDFa Lite
(vocab/typeof/property, ISO content attributes) over the same facts; no JSON-LD."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import (
    app_state,
    css,
    esc,
    grouped,
    ld_type,
    money_symbol,
    money_words,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites4.common import Classes, look, others_people, pick

NAME = "moodguide"
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SUBGENRES = ("Neo-Noir", "Period Film", "Road Movie", "Coming-of-Age", "Slow Cinema",
             "Psychological Drama", "Ensemble Film", "Urban Fantasy")
MOODS = ("Gritty", "Tense", "Bleak", "Wistful", "Rousing", "Atmospheric", "Melancholy")
THEMES = ("Family Secrets", "Revenge", "Lost Love", "Small-Town Life", "Redemption",
          "Fish out of Water")
US_RATINGS = {"G", "PG", "PG-13", "R", "NC-17"}


def fit(t: Title) -> Title:
    return t


def day(d: date) -> str:
    return f"{SHORT[d.month - 1]} {d.day}, {d.year}"


class Props:
    """RDFa Lite attributes, or nothing on deploys without them."""

    def __init__(self, on: bool) -> None:
        self.on = on

    def __call__(self, prop: str, content: str = "", typeof: str = "") -> str:
        if not self.on:
            return ""
        out = f' property="{prop}"'
        if typeof:
            out += f' typeof="{typeof}"'
        if content:
            out += f' content="{esc(content)}"'
        return out


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("am", rng)
    p = Props(rng.random() < 0.6)
    scope = f' vocab="https://schema.org/" typeof="{ld_type(t)}"' if p.on else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f"{f' ({t.year})' if t.year else ''} - Moodguide</title>"
            f'<link rel="canonical" href="{t.url}">{css("am", t.slug, 70)}</head><body>{_nav(c)}'
            f'<div class="{c("content")}"{scope}>{_header(t, c, rng, p)}{_tabs(c)}'
            f'<div class="{c("columns")}"><div class="{c("left")}">{_synopsis(t, c, rng, p)}'
            f"{_review(t, ctx, c, rng)}{_cast(t, c, p)}{_crew(t, c, rng, p)}{_episodes(ctx, c)}"
            f"{_user_reviews(ctx, c)}</div><aside class=\"{c('right')}\">{_characteristics(t, c, rng, p)}"
            f"{_watch(t.streaming, c)}{_related(ctx, c)}</aside></div></div>{_footer(c)}"
            f'{app_state("__MG__", ctx.others, {"ads": True})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Movies", "TV", "Genres", "Moods", "Themes", "New Releases", "Features")
    return (f'<header class="{c("header")}"><a href="/">moodguide</a><nav>'
            + "".join(f'<a href="/{x.lower().replace(" ", "-")}">{x}</a>' for x in items)
            + f'</nav></header><div class="{c("leaderboard")}">Advertisement</div>')


def _block(cls: str, label: str, value: str, attrs: str = "") -> str:
    return f'<div class="{cls}"><h4>{label}</h4><span{attrs}>{value}</span></div>'


def _header(t: Title, c: Classes, rng: random.Random, p: Props) -> str:
    year = f'<span class="release-year">({t.year})</span>' if t.year else ""
    kind = f'<div class="{c("kind")}">TV Series</div>' if t.kind == "show" else ""
    blocks = []
    if t.released:
        blocks.append(_block("release-date", "Release Date", day(t.released), p("datePublished", t.released.isoformat())))
    if t.runtime:
        blocks.append(_block("run-time", "Run Time", f"{t.runtime} min.", p("duration", f"PT{t.runtime}M")))
    if t.seasons:
        blocks.append(_block("seasons", "Seasons", str(t.seasons), p("numberOfSeasons")))
    if t.countries:
        blocks.append(_block("countries", "Countries", ", ".join(map(esc, t.countries))))
    if t.rating:
        label = "MPAA Rating" if t.rating in US_RATINGS else "Certificate"
        blocks.append(_block("rating", label, esc(t.rating), p("contentRating")))
    if t.studios:
        more = f" +{t.more_studios} more" if t.more_studios else ""
        blocks.append(_block("produced-by", "Produced by", ", ".join(map(esc, t.shown_studios)) + more))
    distributor = f"{pick(rng, ('Meridian', 'Crown', 'Harbor', 'Atlas'))} Releasing"
    blocks.append(_block("released-by", "Released by", distributor))
    blocks.append(_block("flags", "Flags", pick(rng, ("Violence, Adult Language", "Adult Situations", "Mild Peril"))))
    if t.budget:
        blocks.append(_block("budget", "Budget", money_words(t.budget)))
    if t.box_office:
        blocks.append(_block("box-office", "Box Office", money_symbol(t.box_office)))
    if t.votes:
        blocks.append(f'<div class="{c("ratings")}"><span class="allmovie-rating">★★★★</span> '
                      f"<span>{grouped(t.votes)} user rating{'s' * (t.votes > 1)}</span></div>")
    tagline = _block("tagline", "Tagline", esc(t.tagline)) if t.tagline else ""
    return (f'<header class="{c("hero")}"><h1{p("name")}>{esc(t.title)}</h1>{year}{kind}'
            f'<div class="{c("details")}">{"".join(blocks)}{tagline}</div></header>')


def _tabs(c: Classes) -> str:
    return (f'<nav class="{c("tabs")}"><a href="#">Overview</a><a href="#cast">Cast &amp; Crew</a>'
            '<a href="#review">Review</a><a href="#related">Related</a></nav>')


def _synopsis(t: Title, c: Classes, rng: random.Random, p: Props) -> str:
    out = ""
    if t.synopsis:
        writer = pick(rng, ("Jason Buchanan", "Mark Deming", "Sandra Brennan"))
        out += (f'<section class="{c("synopsis")}"><h3>Synopsis <span class="by">by {writer}</span></h3>'
                f"<p{p('description')}>{esc(t.synopsis)}</p></section>")
    if t.audience:
        out += f'<section class="{c("viewers")}"><h3>What Viewers Are Saying</h3><p>{esc(t.audience)}</p></section>'
    if t.trailer:
        attr = "data-src" if rng.random() < 0.5 else "src"
        out += (f'<section class="{c("trailer")}"><h3>Trailer</h3><iframe title="Trailer" {attr}="'
                f'https://www.youtube.com/embed/{t.trailer}" loading="lazy"></iframe></section>')
    if t.imdb:
        out += f'<p class="{c("links")}">Related links: <a href="https://www.imdb.com/title/{t.imdb}/">IMDb</a></p>'
    return out


def _review(t: Title, ctx: Context, c: Classes, rng: random.Random) -> str:
    other = ctx.others[0]
    critic = pick(rng, ("Hal Erickson", "Dan Jardine", "Keith Phipps"))
    return (f'<section id="review" class="{c("review")}"><h3>Review <span class="by">by {critic}</span></h3>'
            f'<p>Where <a href="{other.path}">{esc(other.title)}</a> ({other.year})'
            f" needed {other.runtime or 97} minutes to find its "
            f"footing, this one wastes none of its time; it is a {pick(rng, ('sharper', 'gentler', 'stranger'))} "
            "film than its marketing suggests.</p></section>")


def _cast(t: Title, c: Classes, p: Props) -> str:
    if not t.cast:
        return ""
    rows = "".join(f'<div class="cast_container"{p("actor", typeof="Person")}><div class="cast_name">'
                   f'<a href="/artist/{i}"{p("name")}>{esc(x.actor)}</a></div>'
                   f'<div class="cast_role">{esc(x.character or "")}</div></div>'
                   for i, x in enumerate(t.cast))
    return f'<section id="cast" class="{c("cast")}"><h3>Cast</h3>{rows}</section>'


def _crew(t: Title, c: Classes, rng: random.Random, p: Props) -> str:
    rows = [(d, "Director", "director") for d in t.directors]
    rows += [(w, pick(rng, ("Screenwriter", "Writer")), "author") for w in t.writers]
    producer, dop, editor = others_people(t, rng, 3)
    rows += [(producer, "Executive Producer", ""), (dop, "Cinematographer", ""), (editor, "Editor", "")]
    body = "".join(f'<div class="crew_container"{p(prop, typeof="Person") if prop else ""}>'
                   f'<div class="crew_name"><a href="/artist/c{i}"{p("name") if prop else ""}>{esc(n)}</a></div>'
                   f'<div class="crew_role">{role}</div></div>' for i, (n, role, prop) in enumerate(rows))
    return f'<section class="{c("crew")}"><h3>Crew</h3>{body}</section>'


def _characteristics(t: Title, c: Classes, rng: random.Random, p: Props) -> str:
    rows = []
    if t.genres:
        rows.append(("Genres", ", ".join(f'<a href="/genre/{i}"{p("genre")}>{esc(g)}</a>' for i, g in enumerate(t.genres))))
    rows.append(("Sub-Genres", ", ".join(rng.sample(SUBGENRES, 2))))
    rows.append(("Moods", ", ".join(rng.sample(MOODS, 3))))
    rows.append(("Themes", ", ".join(rng.sample(THEMES, 2))))
    rows.append(("Keywords", pick(rng, ("lighthouse, inheritance, storm", "ferry, smuggling, debt", "orchard, winter"))))
    body = "".join(f'<div class="charactList"><h4>{label}</h4><span>{value}</span></div>' for label, value in rows)
    return f'<section class="{c("characteristics")}"><h3>Characteristics</h3>{body}</section>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("stream")}"><h3>Stream it</h3><p>No streaming options yet.</p></section>'
    n = len(s.platforms)
    head = (f"On {n} service{'s' * (n > 1)}" if s.available
            else f"Not currently available on {n} service{'s' * (n > 1)}")
    logos = "".join(f'<a href="/out/{i}"><img alt="{esc(x)}" src="/logo/{i}.png"></a>' for i, x in enumerate(s.platforms))
    return (f'<section class="{c("stream")}"><h3>Stream it</h3><p>{head}</p>{logos}'
            f"<small>Last checked {day(s.verified_on)}</small></section>")


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    rows = "".join(f"<li>Season {e.season}, Episode {e.number}: {esc(e.name)} — {e.minutes} min. — "
                   f"{day(e.aired)} — Director: {esc(e.director)}; Writer: {esc(e.writer)}</li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h3>Episode Guide</h3><ul>{rows}</ul></section>'


def _user_reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li><b>{esc(r.author)}</b> {"★" * max(1, r.score // 2)} <time>{day(r.posted)}</time>'
                    f"<p>{esc(r.text)}</p></li>" for r in ctx.reviews)
    return f'<section class="{c("user-reviews")}"><h3>User Reviews</h3><ul>{items}</ul></section>'


def _related(ctx: Context, c: Classes) -> str:
    items = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><div class="release-date"><h4>Release Date'
                    f"</h4><span>{o.year}</span></div><div class=\"run-time\"><h4>Run Time</h4><span>"
                    f"{o.runtime or 97} min.</span></div></li>" for o in ctx.others[1:])
    return f'<section id="related" class="{c("related")}"><h3>Similar Movies</h3><ul>{items}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">About</a><a href="/advertise">Advertise</a>'
            '<a href="/privacy">Privacy Policy</a><a href="/ccpa">Do Not Sell My Info</a>'
            "<p>© 2026 Moodguide. All rights reserved.</p></footer>")
