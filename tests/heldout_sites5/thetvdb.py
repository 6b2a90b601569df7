# ruff: noqa: E501  (HTML templates read best on one line)
"""Thetvdb: a TheTVDB-like, TV-centric database page. A breadcrumb, the <h1>, an overview per
language in tabs (the other languages' overviews sit in hidden panels); a 'Basic Info' sidebar
of list-group items, each a <strong> label and a <span> value: the site's own numeric ID,
Status, 'First Aired' / 'Released', 'Recent' (the latest episode's date), 'Airs', 'Average
Runtime: 45 minutes', Networks, Studio, Genres, Original Country, Rating, 'Other Sites'
links; for shows the 'Official Order' seasons table ('Specials', 'Season 1' ... with episode
counts and dates), the latest episodes with their own runtimes and crew; trailers as YouTube
links; 'Site Rating: 8.3/10 (1,234 votes)'; actors as cards ('as Character'); crew as a
role/name table with producers and composers; no audience text or tagline; a JSON-LD on some deploys."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    css,
    esc,
    grouped,
    json_ld,
    ld_type,
    long_date,
    money_symbol,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.common import Classes, cookie_banner, look, others_people, pick

NAME = "thetvdb"
NETWORKS = ("HBO", "BBC One", "ZDF", "NHK", "Channel 4", "AMC", "FX", "Canal+")


def fit(t: Title) -> Title:
    return replace(t, tagline=None, audience=None, studios_shown=len(t.studios))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("tvdb", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    series = "series" if t.kind == "show" else "movies"
    main = [_overview(t, c, rng), _seasons(t, ctx, c, rng), _episodes(ctx, c), _trailers(t, c),
            _actors(t, c), _crew(t, c, rng), _watch(t.streaming, c)]
    if rng.random() < 0.5:  # people before the seasons on this deploy
        main = main[:1] + main[4:6] + main[1:4] + main[6:]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)} • TheTVDB.com'
            f'</title><link rel="canonical" href="{t.url}">{css("tvdb", t.slug, 70)}{ld}</head><body>'
            f'{_nav(c)}<div class="container {c("page")}"><ol class="breadcrumb"><li><a href="/">Home</a></li>'
            f'<li><a href="/{series}">{series.title()}</a></li><li>{esc(t.title)}</li></ol>'
            f'<div class="row"><div class="col-md-8">{_head(t, c, rng)}{"".join(main)}</div>'
            f'<div class="col-md-4">{_info(t, ctx, c, rng)}{_similar(ctx, c)}</div></div></div>'
            f'{_footer(c)}{app_state("__TVDB__", ctx.others, {"lang": "eng"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.genres:
        data["genre"] = list(t.genres)
    if t.released:
        data["startDate" if t.kind == "show" else "datePublished"] = t.released.isoformat()
    if t.seasons:
        data["numberOfSeasons"] = t.seasons
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Discover", "Lists", "Updates", "Subscribe", "Forums", "API")
    return (f'<nav class="navbar {c("nav")}"><a class="navbar-brand" href="/">TheTVDB</a><ul class="nav">'
            + "".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in items)
            + '</ul><form><input type="search" placeholder="Search"></form><a href="/auth/login">Login</a></nav>'
            + cookie_banner(c("gdpr"), "This site uses cookies to deliver its services and to analyse traffic.", "OK", "Preferences"))


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    kind = "Series" if t.kind == "show" else "Movie"
    return (f'<div class="{c("head")}"><h1 id="series_title">{esc(t.title)}</h1>'
            f'<span class="{c("kind")}">{kind}</span>{pick(rng, ("", "<span>★ Favorite</span>"))}</div>')


def _overview(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.synopsis:
        return f'<div class="{c("overview")}"><p><em>No English overview is available. Add one.</em></p></div>'
    other = pick(rng, ("deu", "fra", "spa"))
    foreign = {"deu": "Eine Geschichte über alte Loyalitäten, die eine lange Saison auf die Probe stellt.",
               "fra": "Une histoire de vieilles loyautés mises à l'épreuve pendant une longue saison.",
               "spa": "Una historia de viejas lealtades puestas a prueba durante una larga temporada."}[other]
    tabs = (f'<ul class="nav nav-tabs" role="tablist"><li class="active"><a role="tab" href="#translation_eng">English</a></li>'
            f'<li><a role="tab" href="#translation_{other}">{other}</a></li></ul>')
    return (f'<div class="{c("overview")}">{tabs}<div id="translation_eng" data-language="eng" class="change_translation_text">'
            f'<p>{esc(t.synopsis)}</p></div><div id="translation_{other}" data-language="{other}" '
            f'class="change_translation_text hidden" style="display:none"><p>{foreign}</p></div></div>')


def _info(t: Title, ctx: Context, c: Classes, rng: random.Random) -> str:
    rows = [("TheTVDB.com " + ("Series" if t.kind == "show" else "Movie") + " ID", str(70000 + len(t.slug) * 311))]
    if t.kind == "show":
        rows.append(("Status", pick(rng, ("Continuing", "Ended", "Upcoming"))))
        if t.released:
            rows.append(("First Aired", long_date(t.released)))
        elif t.year:
            rows.append(("First Aired", str(t.year)))
        if ctx.episodes:
            rows.append(("Recent", long_date(ctx.episodes[-1].aired)))
        rows.append(("Airs", pick(rng, ("Sundays at 9:00 pm", "Mondays at 10:00 pm", "Daily at 8:30 pm"))))
        rows.append(("Network", pick(rng, NETWORKS)))
    else:
        if t.released:
            rows.append(("Released", long_date(t.released)))
        elif t.year:
            rows.append(("Year", str(t.year)))
    if t.runtime:
        rows.append(("Average Runtime" if t.kind == "show" else "Runtime", f"{t.runtime} minute{'s' * (t.runtime > 1)}"))
    if t.studios:
        rows.append(("Studio" if len(t.studios) == 1 else "Studios", "<br>".join(map(esc, t.studios))))
    if t.genres:
        rows.append(("Genres", ", ".join(f'<a href="/genres/{esc(g.lower())}">{esc(g)}</a>' for g in t.genres)))
    if t.countries:
        rows.append(("Original Country", ", ".join(map(esc, t.countries))))
    rows.append(("Original Language", pick(rng, ("English", "Multiple"))))
    if t.rating:
        rows.append(("Rating", esc(t.rating)))
    if t.votes:
        score = f"{6 + len(t.slug) % 4}.{len(t.title) % 10}"
        rows.append(("Site Rating", f"{score}/10 <small>({grouped(t.votes)} vote{'s' * (t.votes > 1)})</small>"))
    if t.budget:
        rows.append(("Budget", money_symbol(t.budget)))
    if t.box_office:
        rows.append(("Box Office", money_symbol(t.box_office)))
    links = [f'<a href="https://www.themoviedb.org/{t.kind}/{len(t.slug) * 997}">TheMovieDB.com</a>']
    if t.imdb:
        links.insert(0, f'<a href="https://www.imdb.com/title/{t.imdb}/">IMDB</a>')
    rows.append(("Other Sites", " ".join(links)))
    items = "".join(f'<li class="list-group-item"><strong>{k}</strong><span>{v}</span></li>' for k, v in rows)
    return f'<div class="{c("info")}"><h3>Basic Info</h3><ul class="list-group">{items}</ul></div>'


def _seasons(t: Title, ctx: Context, c: Classes, rng: random.Random) -> str:
    if not t.seasons:
        return ""
    rows = ['<tr><td><a href="#">Specials</a></td><td>3</td><td></td></tr>']
    for number in range(1, t.seasons + 1):
        year = t.year + number - 1 if t.year else ""  # no start year the page does not give
        rows.append(f'<tr><td><a href="#">Season {number}</a></td><td>{8 + (number * 3) % 5}</td><td>{year}</td></tr>')
    summary = (f"<p>{t.seasons} season{'s' * (t.seasons > 1)}, {sum(8 + (n * 3) % 5 for n in range(1, t.seasons + 1))} episodes</p>"
               if rng.random() < 0.5 else "")
    return (f'<div class="{c("seasons")}"><h2>Seasons</h2><ul class="nav nav-tabs"><li class="active">Official Order</li>'
            f'<li><a href="#">Absolute Order</a></li></ul>{summary}<table class="table"><thead><tr><th>Season</th><th>Episodes</th>'
            f'<th>Started</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li><h4>S{e.season:02d}E{e.number:02d} {esc(e.name)}</h4><p>{long_date(e.aired)} · '
                    f"{e.minutes} minutes</p><p>Directed by: {esc(e.director)} · Written by: {esc(e.writer)}</p></li>"
                    for e in ctx.episodes)
    return f'<div class="{c("episodes")}"><h3>Latest Episodes</h3><ul>{items}</ul></div>'


def _trailers(t: Title, c: Classes) -> str:
    if not t.trailer:
        return ""
    return (f'<div class="{c("trailers")}"><h3>Trailers</h3><ul><li><a href="https://www.youtube.com/watch?v={t.trailer}" '
            f'target="_blank">Official Trailer</a> <small>(YouTube)</small></li></ul></div>')


def _actors(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    cards = "".join(f'<div class="{c("actor")}"><img alt="" src="/banners/person/{i}.jpg"><h4>{esc(p.actor)}</h4>'
                    + (f"<span>as {esc(p.character)}</span>" if p.character else "") + "</div>"
                    for i, p in enumerate(t.cast))
    return f'<div class="{c("actors")}"><h3>Actors</h3>{cards}</div>'


def _crew(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 2)
    rows = [("Director", d) for d in t.directors] + [("Writer", w) for w in t.writers]
    rows += [("Executive Producer", extra[0]), ("Composer", extra[1])]
    body = "".join(f"<tr><td>{role}</td><td><a href=\"/people/{i}\">{esc(name)}</a></td></tr>"
                   for i, (role, name) in enumerate(rows))
    return f'<div class="{c("crew")}"><h3>Crew</h3><table class="table"><tbody>{body}</tbody></table></div>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("watch")}"><h3>Where to Watch</h3><p>Not on any streaming service yet.</p></div>'
    n = len(s.platforms)
    head = (f"Streaming on {n} service{'s' * (n > 1)}" if s.available
            else f"Not currently available on {n} service{'s' * (n > 1)}")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return (f'<div class="{c("watch")}"><h3>Where to Watch</h3><p>{head} <small>(via JustWatch)</small></p><ul>{items}</ul>'
            f"<small>Last verified {long_date(s.verified_on)}</small></div>")


def _similar(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li class="list-group-item"><a href="{o.path}">{esc(o.title)}</a><br><small>{o.year} · '
                    f"{o.runtime or 97} minutes · {esc(o.rating)}</small></li>" for o in ctx.others)
    return f'<div class="{c("similar")}"><h3>Similar</h3><ul class="list-group">{cards}</ul></div>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">About</a><a href="/privacy">Privacy</a>'
            '<a href="/terms">Terms of Service</a><a href="https://github.com/thetvdb">GitHub</a>'
            "<p>© 2026 TheTVDB.com. All rights reserved.</p></footer>")
