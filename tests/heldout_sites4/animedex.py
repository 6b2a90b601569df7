# ruff: noqa: E501  (HTML templates read best on one line)
"""Animedex: a MyAnimeList-like catalogue page. A left sidebar 'Information' block of
'<span class="dark_text">Label:</span> bare text' lines ('Type: TV', 'Episodes: 36',
'Aired: Apr 3, 1998 to Apr 24, 1999', 'Duration: 24 min. per ep.', 'Rating:' with its gloss
only in a tooltip), 'Alternative Titles' above it, 'Score 8.21 (scored by 12,400 users)' next
to members and favourites counts; a 'Characters & Voice Actors' table whose character
column comes first (a 'Main'/'Supporting' note under each), a staff list of 'Name' plus
'Director, Storyboard' role lines among music and design credits and an episode director;
no schema.org at all."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import app_state, css, esc, grouped, money_symbol, youtube_embed
from tests.heldout_sites2.records import WORDS, Credit, Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites4.common import Classes, look, others_people, pick

NAME = "animedex"
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TODAY = date(2026, 6, 1)
SEASONS = ("Winter", "Winter", "Spring", "Spring", "Spring", "Summer", "Summer", "Summer",
           "Fall", "Fall", "Fall", "Winter")


def fit(t: Title) -> Title:
    """The character table needs every character; otherwise the page lists names only."""
    cast = t.cast
    if not all(p.character for p in cast):
        cast = tuple(Credit(p.actor, None) for p in cast)
    return replace(t, cast=cast, studios_shown=len(t.studios))


def day(d: date) -> str:
    return f"{SHORT[d.month - 1]} {d.day}, {d.year}"


def duration(minutes: int, show: bool) -> str:
    big, small = divmod(minutes, 60)
    text = " ".join(([f"{big} hr."] if big else []) + ([f"{small} min."] if small or not big else []))
    return f"{text} per ep." if show else text


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ad", rng)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f' - Animedex</title><link rel="canonical" href="{t.url}">'
            f'<meta property="og:title" content="{esc(t.title)}">{css("ad", t.slug, 75)}</head>'
            f'<body>{_header(c)}<div id="contentWrapper"><div class="h1 edit-info">'
            f'<h1 class="title-name"><strong>{esc(t.title)}</strong></h1></div>'
            f'<div id="content"><table class="{c("layout")}"><tr><td class="borderClass" width="225">'
            f"{_sidebar(t, c, rng)}</td><td>{_scorebar(t, c)}{_texts(t, c, rng)}"
            f"{_episodes(ctx, c)}{_characters(t, c, rng)}{_staff(t, ctx, c, rng)}"
            f"{_reviews(ctx, c)}{_recommendations(ctx, c)}</td></tr></table></div></div>"
            f"{_footer(c)}"
            f'{app_state("__ANIMEDEX__", ctx.others, {"logged_in": False})}</body></html>')


def _header(c: Classes) -> str:
    items = ("Anime", "Manga", "Community", "Industry", "Watch", "Read", "Help")
    return (f'<div id="headerSmall" class="{c("header")}"><a href="/">Animedex</a><nav>'
            + "".join(f'<a href="/{x.lower()}">{x}</a>' for x in items)
            + f'</nav><form><input name="q" placeholder="Search Anime, Manga, and more..."></form></div>'
            f'<div class="{c("banner")}" data-ad="leaderboard"><span>Advertisement</span></div>')


def _line(label: str, value: str) -> str:
    return f'<div class="spaceit_pad"><span class="dark_text">{label}:</span> {value}</div>'


def _sidebar(t: Title, c: Classes, rng: random.Random) -> str:
    a, b = rng.sample([w for w in WORDS if w not in t.title], 2)
    alt = (f'<h2>Alternative Titles</h2>{_line("Synonyms", f"{a} {b}")}'
           f'{_line("Japanese", "アンバー・" + esc(a))}')
    lines = [_line("Type", "TV" if t.kind == "show" else "Movie")]
    if t.seasons:
        lines.append(_line("Episodes", str(t.seasons * 12 + len(t.slug) % 5)))
        lines.append(_line("Seasons", str(t.seasons)))
    end = t.released + timedelta(days=7 * 11 + 84 * ((t.seasons or 1) - 1)) if t.released else None
    airing = t.kind == "show" and end is not None and end > TODAY
    lines.append(_line("Status", "Currently Airing" if airing else "Finished Airing"))
    if t.released and end:
        aired = (f"{day(t.released)} to {'?' if airing else day(end)}" if t.kind == "show"
                 else day(t.released))
        lines.append(_line("Aired", aired))
        if t.kind == "show":
            season = f"{SEASONS[t.released.month - 1]} {t.released.year}"
            lines.append(_line("Premiered", f'<a href="/season/{t.released.year}">{season}</a>'))
    elif t.year:
        lines.append(_line("Aired", str(t.year)))
    if t.studios:
        lines.append(_line("Studios", ", ".join(f'<a href="/producer/{i}">{esc(s)}</a>'
                                                for i, s in enumerate(t.studios))))
    lines.append(_line("Licensors", 'None found, <a href="/dbchanges">add some</a>'))
    lines.append(_line("Source", pick(rng, ("Original", "Manga", "Light novel", "Novel"))))
    if t.genres:
        label = "Genres" if len(t.genres) > 1 else "Genre"
        lines.append(_line(label, ", ".join(f'<span>{esc(g)}</span>'
                                            for g in t.genres)))
    if t.countries:
        lines.append(_line("Country" if len(t.countries) == 1 else "Countries", ", ".join(t.countries)))
    if t.runtime:
        lines.append(_line("Duration", duration(t.runtime, t.kind == "show")))
    if t.rating:
        lines.append(_line("Rating", f'<span title="Age rating: {esc(t.rating)}">{esc(t.rating)}</span>'))
    for label, m in (("Budget", t.budget), ("Box Office", t.box_office)):
        if m:
            lines.append(_line(label, money_symbol(m)))
    stats = _stats(t)
    return (f'<div class="leftside">{alt}<br><h2>Information</h2>{"".join(lines)}<br>'
            f"<h2>Statistics</h2>{stats}{_streaming(t.streaming, c)}{_external(t)}</div>")


def _stats(t: Title) -> str:
    members = (t.votes or 40) * 3 + 17
    score = (f'<span>8.{len(t.slug) % 9}{len(t.title) % 10}</span> '
             f'(scored by <span>{grouped(t.votes)}</span> user{"s" * (t.votes > 1)})'
             if t.votes else "N/A")
    return (f'{_line("Score", score)}{_line("Ranked", f"#{grouped(len(t.slug) * 131)}")}'
            f'{_line("Popularity", f"#{grouped(len(t.title) * 57)}")}'
            f'{_line("Members", grouped(members))}{_line("Favorites", grouped(members // 40 + 3))}')


def _streaming(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("broadcast")}"><h2>Streaming Platforms</h2><p>No streaming platforms yet.</p></div>'
    n = len(s.platforms)
    head = (f"Streaming on {n} platform{'s' * (n > 1)}" if s.available
            else f"Not currently available on {n} platform{'s' * (n > 1)}")
    items = "".join(f'<a class="broadcast-item" href="/go/{i}"><div class="caption">{esc(p)}</div></a>'
                    for i, p in enumerate(s.platforms))
    return (f'<div class="{c("broadcast")}"><h2>Streaming Platforms</h2><p>{head}</p>{items}'
            f"<small>Links last checked {day(s.verified_on)}</small></div>")


def _external(t: Title) -> str:
    imdb = f'<a href="https://www.imdb.com/title/{t.imdb}/">IMDb</a>' if t.imdb else ""
    return (f'<h2>External Links</h2><div class="external_links">{imdb}'
            '<a href="https://en.wikipedia.org/">Wikipedia</a><a href="https://x.example/">X</a></div>')


def _scorebar(t: Title, c: Classes) -> str:
    score = f"8.{len(t.slug) % 9}" if t.votes else "N/A"
    return (f'<div class="{c("stats-block")}"><div class="score-label">SCORE</div>'
            f'<div class="fl-l score">{score}</div>'
            f'<span class="numbers ranked">Ranked <strong>#{grouped(len(t.slug) * 131)}</strong></span>'
            f'<span class="numbers members">Members <strong>{grouped((t.votes or 40) * 3 + 17)}</strong></span></div>')


def _texts(t: Title, c: Classes, rng: random.Random) -> str:
    out = ""
    if t.trailer:
        out += f'<div class="video-promotion"><h2>Promotional Videos</h2>{youtube_embed(t.trailer)}</div>'
    if t.synopsis:
        out += (f'<h2>Synopsis</h2><p>{esc(t.synopsis)}</p>'
                '<p class="credit"><i>[Written by Animedex Rewrite]</i></p>')
    if t.tagline:
        out += f'<h2>Tagline</h2><p class="{c("tagline")}">{esc(t.tagline)}</p>'
    if t.audience:
        head = pick(rng, ("What Viewers Are Saying", "What members are saying", "Audience consensus"))
        out += f'<h2>{head}</h2><p class="{c("consensus")}">{esc(t.audience)}</p>'
    return out


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    rows = "".join(f'<tr class="episode-list-data"><td class="episode-number">{e.number}</td>'
                   f'<td class="episode-title"><a href="#">{esc(e.name)}</a></td>'
                   f'<td class="episode-aired">{day(e.aired)}</td><td>{e.minutes} min.</td></tr>'
                   for e in ctx.episodes)
    return (f'<h2>Episode Videos</h2><table class="{c("episodes")}"><tr><th>#</th><th>Title</th>'
            f"<th>Aired</th><th>Duration</th></tr>{rows}</table>")


def _characters(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.cast:
        return ""
    if t.cast[0].character is None:
        names = ", ".join(f'<a href="/people/{i}">{esc(p.actor)}</a>' for i, p in enumerate(t.cast))
        return f'<h2>Cast</h2><div class="{c("cast")}">{names}</div>'
    rows = "".join(
        f'<table class="{c("char")}"><tr><td><a href="/character/{i}">{esc(p.character)}</a>'
        f'<div class="spaceit_pad"><small>{"Main" if i < 2 else "Supporting"}</small></div></td>'
        f'<td align="right"><a href="/people/{i}">{esc(p.actor)}</a><br><small>'
        f'{pick(rng, ("English", "Japanese"))}</small></td></tr></table>'
        for i, p in enumerate(t.cast))
    return f'<h2>Characters &amp; Voice Actors</h2><div class="detail-characters-list">{rows}</div>'


def _staff(t: Title, ctx: Context, c: Classes, rng: random.Random) -> str:
    roles: dict[str, list[str]] = {}
    for d in t.directors:
        roles.setdefault(d, []).append(pick(rng, ("Director", "Director, Storyboard")))
    for w in t.writers:
        roles.setdefault(w, []).append(pick(rng, ("Script", "Screenplay")))
    music, design = others_people(t, rng, 2)
    roles[music] = ["Music"]
    roles[design] = ["Character Design"]
    if ctx.episodes:
        roles.setdefault(ctx.episodes[0].director, []).append("Episode Director")
    rows = "".join(f'<tr><td><a href="/people/s{i}">{esc(n)}</a><div class="spaceit_pad">'
                   f"<small>{', '.join(r)}</small></div></td></tr>"
                   for i, (n, r) in enumerate(roles.items()))
    return f'<h2>Staff</h2><table class="{c("staff")}">{rows}</table>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<div class="review-element"><div class="username">{esc(r.author)}</div>'
                    f'<div class="tag">{"Recommended" if r.score > 6 else "Mixed Feelings"}</div>'
                    f"<div class=\"update_at\">{day(r.posted)}</div><div class=\"text\">{esc(r.text)}</div>"
                    f"<div>Episodes seen {r.score * 2}/24 · Overall Rating: {r.score}</div></div>"
                    for r in ctx.reviews)
    return f'<h2>Reviews</h2><div class="{c("reviews")}">{items}</div>'


def _recommendations(ctx: Context, c: Classes) -> str:
    first = ctx.others[0]
    related = (f'<h2>Related Entries</h2><table class="entries-table"><tr><td>Side Story:</td>'
               f'<td><a href="{first.path}">{esc(first.title)}</a></td></tr></table>')
    cards = "".join(f'<li class="btn-anime"><a href="{o.path}"><span class="title">{esc(o.title)}</span>'
                    f'<span class="users">{grouped(o.votes or 1)} Users</span></a>'
                    f"<div class=\"info\">{'TV' if o.kind == 'show' else 'Movie'}, {o.year}, "
                    f"{duration(o.runtime or 97, o.kind == 'show')} · {esc(o.rating)}</div></li>"
                    for o in ctx.others[1:])
    return f'{related}<h2>Recommendations</h2><ul class="{c("recs")}">{cards}</ul>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><div id="footer-block"><a href="/about">About</a>'
            '<a href="/advertising">Advertising</a><a href="/faq">FAQ</a><a href="/privacy">Privacy '
            'Policy</a><a href="/terms">Terms</a></div><p>Animedex.example is a property of Reel '
            "Media Ltd. ©2026 All Rights Reserved.</p></footer>")
