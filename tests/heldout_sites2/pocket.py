"""Pocket: a mobile app-shell page, one card per fact. The only labels are icons (inline svg
whose <title> names the fact); the title is a wordmark image (its alt text); compact counts
('12.4K'), '$3.6M' money, '1h 51m', 'Mar 12, 1995'; microdata names the title only."""

from __future__ import annotations

from dataclasses import replace

from tests.heldout_sites2.kit import (
    app_state,
    compact_votes,
    css,
    esc,
    hours,
    long_date,
    money_words,
    round_votes,
)
from tests.heldout_sites2.records import Money, Streaming, Title
from tests.heldout_sites2.site import Context

PATHS = {"calendar": "M3 4h18v18H3z", "clock": "M12 2a10 10 0 1 0 0 20", "badge": "M12 2l9 5v6",
         "people": "M16 11a4 4 0 1 0-8 0", "tag": "M2 12l10-10h10v10", "globe": "M2 12h20",
         "building": "M3 21V3h12v18", "coins": "M12 6c4 0 8 1 8 3", "ticket": "M3 7h18v10H3",
         "layers": "M12 2l10 5-10 5-10-5z", "film": "M4 4h16v16H4z", "pen": "M3 21l3-1 12-12",
         "megaphone": "M3 11l18-8v18", "tv": "M2 7h20v13H2z", "star": "M12 2l3 7h7l-6 4"}


def fit(t: Title) -> Title:
    return replace(t, votes=round_votes(t.votes))


def icon(name: str, label: str) -> str:
    return (f'<svg class="pk-i" viewBox="0 0 24 24" role="img"><title>{label}</title>'
            f'<path d="{PATHS[name]}"/></svg>')


def money(m: Money) -> str:
    return money_words(m, ("B", "M"))


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width">'
            f'<title>{esc(t.title)} | Pocket</title><link rel="canonical" href="{t.url}">'
            f'{css("pk", t.slug, 70)}</head><body><div id="app" itemscope '
            f'itemtype="https://schema.org/{"TVSeries" if t.kind == "show" else "Movie"}">'
            f"{_bar()}{_hero(t)}<div class=\"pk-cards\">{_cards(t)}</div>{_texts(t)}"
            f"{_watch(t.streaming)}{_people(t)}{_episodes(ctx)}{_reviews(ctx)}{_rail(ctx)}"
            f"</div>{_tabs()}{app_state('__POCKET__', ctx.others, {'theme': 'dark'})}"
            "</body></html>")


def _bar() -> str:
    return ('<nav class="pk-bar"><a href="/" aria-label="Back">‹</a><a href="/search">Search</a>'
            '<a href="/lists">My lists</a></nav>')


def _hero(t: Title) -> str:
    kind = "TV Series" if t.kind == "show" else "Movie"
    tag = f'<p class="pk-tag">“{esc(t.tagline)}”</p>' if t.tagline else ""
    return (f'<header class="pk-hero"><h1><img src="/wordmarks/{t.slug}.svg" '
            f'alt="{esc(t.title)}" itemprop="name"></h1>'
            f'<span class="pk-kind">{icon("film", "Type")}{kind}</span>{tag}</header>')


def _card(name: str, label: str, value: str) -> str:
    return f'<div class="pk-card">{icon(name, label)}<span class="pk-v">{value}</span></div>'


def _cards(t: Title) -> str:
    cards = []
    if t.released:
        cards.append(_card("calendar", "Release date", long_date(t.released)))
    elif t.year:
        cards.append(_card("calendar", "Year", str(t.year)))
    if t.runtime:
        cards.append(_card("clock", "Runtime per episode" if t.kind == "show" else "Runtime",
                           hours(t.runtime)))
    if t.seasons:
        cards.append(_card("layers", "Seasons", str(t.seasons)))
    if t.rating:
        cards.append(_card("badge", "Content rating", esc(t.rating)))
    if t.votes:
        cards.append(_card("star", "Votes", compact_votes(t.votes)))
    return "".join(cards) + _list_cards(t)


def _list_cards(t: Title) -> str:
    cards = [_card(name, label, ", ".join(map(esc, values))) for name, label, values in (
        ("tag", "Genres", t.genres), ("globe", "Countries", t.countries),
        ("megaphone", "Director", t.directors), ("pen", "Writers", t.writers)) if values]
    if t.studios:
        more = f" +{t.more_studios} more" if t.more_studios else ""
        cards.append(_card("building", "Studios", ", ".join(map(esc, t.shown_studios)) + more))
    cards += [_card(name, label, money(m)) for name, label, m in (
        ("coins", "Budget", t.budget), ("ticket", "Box office", t.box_office)) if m]
    if t.imdb:
        cards.append(_card("star", "IMDb", f'<a href="https://m.imdb.com/title/{t.imdb}/">'
                                           "Open on IMDb</a>"))
    return "".join(cards)


def _texts(t: Title) -> str:
    out = ""
    if t.trailer:
        out += (f'<a class="pk-play" data-video="{t.trailer}" '
                f'href="https://www.youtube.com/watch?v={t.trailer}">Play trailer</a>')
    if t.synopsis:
        out += f'<section class="pk-about"><h2>About</h2><p>{esc(t.synopsis)}</p></section>'
    if t.audience:
        out += (f'<section class="pk-buzz"><h2>What Viewers Are Saying</h2>'
                f"<p>{esc(t.audience)}</p></section>")
    return out


def _watch(s: Streaming | None) -> str:
    if s is None:
        return ""
    n = len(s.platforms)
    logos = "".join(f'<img class="pk-logo" alt="{esc(p)}" src="/logos/{i}.png">'
                    for i, p in enumerate(s.platforms))
    if not s.counted:
        body = "<p>Coming to streaming soon</p>"
    elif s.available:
        body = f"<p>Watch now · {n} platform{'s' * (n > 1)}</p>{logos}"
    else:
        body = f"<p>Not Currently Available On ({n} platform{'s' * (n > 1)})</p>{logos}"
    return (f'<section class="pk-watch">{icon("tv", "Where to watch")}{body}'
            f"<small>Last verified {long_date(s.verified_on)}</small></section>")


def _people(t: Title) -> str:
    if not t.cast:
        return ""
    cards = "".join(
        f'<li><img alt="" src="/h/{i}.jpg"><b>{esc(c.actor)}</b>'
        + (f"<i>{esc(c.character)}</i>" if c.character else "") + "</li>"
        for i, c in enumerate(t.cast))
    return f'<section class="pk-cast">{icon("people", "Cast")}<ul>{cards}</ul></section>'


def _episodes(ctx: Context) -> str:
    items = "".join(
        f'<li><b>{e.number}. {esc(e.name)}</b><span>{hours(e.minutes)}</span>'
        f"<span>{long_date(e.aired)}</span><span>{icon('megaphone', 'Director')}"
        f"{esc(e.director)}</span><span>{icon('pen', 'Writers')}{esc(e.writer)}</span></li>"
        for e in ctx.episodes)
    return f'<section class="pk-eps"><h2>Episodes</h2><ol>{items}</ol></section>' if items else ""


def _reviews(ctx: Context) -> str:
    items = "".join(f"<li><b>{esc(r.author)}</b> {icon('star', 'Score')}{r.score}/10"
                    f"<p>{esc(r.text)}</p></li>" for r in ctx.reviews)
    return f'<section class="pk-rev"><h2>Reviews</h2><ul>{items}</ul></section>' if items else ""


def _rail(ctx: Context) -> str:
    cards = "".join(
        f'<li><a href="{o.path}"><img alt="{esc(o.title)}" src="/p/{o.slug}.jpg"></a>'
        f"{_card('calendar', 'Year', str(o.year))}"
        f"{_card('clock', 'Runtime', hours(o.runtime or 97))}"
        f"{_card('badge', 'Content rating', esc(o.rating))}"
        f"{_card('star', 'Votes', compact_votes(o.votes or 1))}</li>" for o in ctx.others)
    return f'<section class="pk-more"><h2>You might also like</h2><ul>{cards}</ul></section>'


def _tabs() -> str:
    return ('<footer class="pk-tabs"><nav><a href="/">Home</a><a href="/new">New</a>'
            '<a href="/watchlist">Watchlist</a><a href="/me">Profile</a></nav>'
            "<p>© Pocket Media 2026</p></footer>")
