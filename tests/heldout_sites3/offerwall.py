# ruff: noqa: E501  (HTML templates read best on one line)
"""Offerwall: a Reelgood-like streaming-first page. A table of offers comes first (the
streaming services, then Rent and Buy stores with prices, money that is not the title's);
facts are 'Label · value' lines in one text node (or 'Label — value' on other deploys);
scores with a vote count in parentheses; cast and crew as two-column tables (actor and
character; name and job); a JSON-LD top-level array (breadcrumb plus a partial Movie or
TVSeries) on some deploys."""

from __future__ import annotations

import json
import random
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    css,
    esc,
    grouped,
    imdb_link,
    ld_type,
    money_symbol,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites3.common import Classes, look, pick

NAME = "offerwall"
STORES = ("Vudu", "Google Play Movies", "Microsoft Store", "YouTube Movies", "Redbox")
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fit(t: Title) -> Title:
    return t


def day(d: Any) -> str:
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ow", rng)
    ld = _ld(t) if rng.random() < 0.6 else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>Watch {esc(t.title)} Online | Offerwall</title>"
            f'<link rel="canonical" href="{t.url}">{css("ow", t.slug, 80)}{ld}</head><body>'
            f"{_cookie(c)}{_nav(c)}<main>{_head(t, c)}{_offers(t.streaming, c, rng)}"
            f"{_facts(t, c, rng)}{_texts(t, c)}{_credits(t, c)}{_episodes(ctx, c)}"
            f"{_reviews(ctx, c)}{_also(ctx, c)}</main>{_footer(c)}"
            f'{app_state("__OW_DATA__", ctx.others, {"region": "US"})}</body></html>')


def _ld(t: Title) -> str:
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.reelguide.example/"},
        {"@type": "ListItem", "position": 2, "name": t.title, "item": t.url}]}
    item: dict[str, Any] = {"@context": "https://schema.org", "@type": ld_type(t),
                            "name": t.title, "url": t.url}
    if t.released:
        item["datePublished"] = t.released.isoformat()
    if t.runtime and t.kind == "movie":
        item["duration"] = f"PT{t.runtime}M"
    if t.cast:
        item["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast[:4]]
    body = json.dumps([crumbs, item], ensure_ascii=False)
    return f'<script type="application/ld+json">{body}</script>'


def _cookie(c: Classes) -> str:
    return (f'<div class="{c("consent")}" role="dialog" aria-label="Cookies"><p>We use cookies '
            "to personalise offers. See our policy.</p><button>Accept all</button>"
            "<button>Manage</button></div>")


def _nav(c: Classes) -> str:
    return (f'<header class="{c("top")}"><a href="/">offerwall</a><nav><a href="/movies">Movies'
            '</a><a href="/tv">TV</a><a href="/free">Free</a><a href="/new">New on streaming</a>'
            '<a href="/leaving">Leaving soon</a></nav><input type="search" placeholder="Search">'
            "</header>")


def _head(t: Title, c: Classes) -> str:
    kind = "TV Show" if t.kind == "show" else "Movie"
    tag = f'<p class="{c("tagline")}">“{esc(t.tagline)}”</p>' if t.tagline else ""
    votes = f" ({grouped(t.votes)} vote{'s' * (t.votes > 1)})" if t.votes else ""
    scores = f'<span class="{c("score")}">Offerwall score <b>78</b>/100{votes}</span>'
    if t.imdb:
        scores += f' <span class="{c("imdb")}">{imdb_link(t.imdb, "IMDb 7.1")}</span>'
    return (f'<section class="{c("head")}"><p class="{c("crumbs")}"><a href="/">Home</a> › '
            f'<a href="/{t.kind}s">{kind}s</a></p><h1>{esc(t.title)}</h1>{tag}'
            f'<div class="{c("scores")}">{scores}</div></section>')


def _offers(s: Streaming | None, c: Classes, rng: random.Random) -> str:
    if s is None:
        return ""
    stores = rng.sample(STORES, 2)
    paid = "".join(
        f"<tr><td><img alt=\"{store}\" src=\"/l/{i}.png\"> {store}</td><td>{kind}</td>"
        f"<td>HD</td><td>${price}</td></tr>"
        for i, (store, kind, price) in enumerate(((stores[0], "Rent", "3.99"),
                                                  (stores[1], "Buy", "14.99"))))
    n = len(s.platforms)
    if not s.counted:
        head, rows = "Not streaming on any subscription service yet", ""
    else:
        head = (f"Stream on {n} service{'s' * (n > 1)}" if s.available
                else f"Not currently available on {n} service{'s' * (n > 1)}")
        what = "Subscription" if s.available else "Left service"
        rows = "".join(f'<tr><td><img alt="" src="/l/s{i}.png"> {esc(p)}</td><td>{what}</td>'
                       "<td>HD</td><td>—</td></tr>" for i, p in enumerate(s.platforms))
    stream = (f'<h3>{head}</h3><table class="{c("offers")}"><thead><tr><th>Service</th><th>Type'
              f"</th><th>Quality</th><th>Price</th></tr></thead><tbody>{rows}</tbody></table>")
    rent = (f'<h3>Rent or buy</h3><table class="{c("offers")}"><tbody>{paid}</tbody></table>')
    return (f'<section class="{c("where")}" id="watch"><h2>Where to watch</h2>{stream}{rent}'
            f"<p><small>Last checked {day(s.verified_on)}</small></p></section>")


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    sep = pick(rng, (" · ", " — "))
    lines = [("Type", "TV Show" if t.kind == "show" else "Movie")]
    if t.released:
        lines.append(("Release date", day(t.released)))
    elif t.year:
        lines.append(("Year", str(t.year)))
    if t.runtime:
        lines.append((pick(rng, ("Runtime", "Length")), f"{t.runtime} min"))
    if t.seasons:
        lines.append(("Seasons", str(t.seasons)))
    if t.rating:
        lines.append(("Rating", esc(t.rating)))
    for label, values in (("Genres", t.genres), ("Countries", t.countries)):
        if values:
            lines.append((label, ", ".join(map(esc, values))))
    if t.studios:
        more = f" (+{t.more_studios} more)" if t.more_studios else ""
        lines.append(("Studios", ", ".join(map(esc, t.shown_studios)) + more))
    for label, m in (("Budget", t.budget), ("Box office", t.box_office)):
        if m:
            lines.append((label, money_symbol(m)))
    items = "".join(f"<li>{label}{sep}{value}</li>" for label, value in lines)
    return f'<section class="{c("details")}"><h2>Details</h2><ul>{items}</ul></section>'


def _texts(t: Title, c: Classes) -> str:
    out = f'<section class="{c("about")}"><h2>Synopsis</h2><p>{esc(t.synopsis)}</p></section>' \
        if t.synopsis else ""
    if t.audience:
        out += f'<section class="{c("says")}"><h2>What Viewers Are Saying</h2><p>{esc(t.audience)}</p></section>'
    if t.trailer:
        out += (f'<section class="{c("trailer")}"><h2>Trailer</h2><iframe src="https://www.'
                f'youtube.com/embed/{t.trailer}" title="YouTube video player"></iframe></section>')
    return out


def _credits(t: Title, c: Classes) -> str:
    out = ""
    if t.cast:
        rows = "".join(f"<tr><td>{esc(p.actor)}</td><td>{esc(p.character or '')}</td></tr>"
                       for p in t.cast)
        out += (f'<h2>Cast</h2><table class="{c("cast")}"><thead><tr><th>Actor</th>'
                f"<th>Character</th></tr></thead><tbody>{rows}</tbody></table>")
    crew = [(d, "Director") for d in t.directors] + [(w, "Writer") for w in t.writers]
    if crew:
        rows = "".join(f"<tr><td>{esc(n)}</td><td>{job}</td></tr>" for n, job in crew)
        out += (f'<h2>Crew</h2><table class="{c("crew")}"><thead><tr><th>Name</th><th>Job</th>'
                f"</tr></thead><tbody>{rows}</tbody></table>")
    return f'<section class="{c("credits")}">{out}</section>' if out else ""


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li>Season {e.season} · Episode {e.number}: {esc(e.name)} · "
                    f"{e.minutes} min · {day(e.aired)}</li>" for e in ctx.episodes)
    return f'<section class="{c("eps")}"><h2>Episodes</h2><ul>{items}</ul></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f"<li><b>{esc(r.author)}</b> rated it {r.score}/10 · {day(r.posted)}"
                    f"<p>{esc(r.text)}</p></li>" for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>User reviews</h2><ul>{items}</ul></section>'


def _also(ctx: Context, c: Classes) -> str:
    cards = "".join(
        f'<li><a href="{o.path}"><img alt="{esc(o.title)}" src="/p/{o.slug}.jpg"></a>'
        f"<ul><li>Year · {o.year}</li><li>Runtime · {o.runtime or 97} min</li>"
        f"<li>Rating · {esc(o.rating)}</li></ul></li>" for o in ctx.others)
    return f'<section class="{c("also")}"><h2>People also watched</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("foot")}"><p>Offerwall helps you find where to stream.</p>'
            '<a href="/about">About</a><a href="/privacy">Privacy</a><a href="/terms">Terms'
            "</a><p>Newsletter: <input type=\"email\" placeholder=\"you@example.com\"></p>"
            "</footer>")
