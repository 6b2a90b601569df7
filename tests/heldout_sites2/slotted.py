"""Slotted: a web-components site. Custom elements with slot and label attributes; the hero
is a chip row (year, certificate, runtime, seasons, genres), the rest sits in a collapsed
'More details' <details>; the overview has a truncated preview slot and a full slot; the
trailer is a custom element; the JSON-LD is an @graph (title, breadcrumb, organisation)."""

from __future__ import annotations

from typing import Any

from tests.heldout_sites2.kit import (
    MONTHS,
    app_state,
    css,
    esc,
    grouped,
    hours,
    json_ld,
    ld_type,
    long_date,
    money_symbol,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context


def fit(t: Title) -> Title:
    return t


def runtime(n: int) -> str:
    return hours(n, " h", " min")


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} · Slotted</title><link rel=\"canonical\" href=\"{t.url}\">"
            f'{css("sl", t.slug, 75)}{_ld(t)}<script type="module" src="/_wc/rg-elements.js">'
            f'</script></head><body><rg-app-shell><nav slot="nav">{_nav()}</nav>'
            f'<rg-title-page kind="{t.kind}">{_hero(t)}{_overview(t)}{_watch(t.streaming)}'
            f"{_details(t)}{_cast(t)}{_episodes(ctx)}{_reviews(ctx)}</rg-title-page>"
            f'{_rail(ctx)}<footer slot="footer">{_footer()}</footer></rg-app-shell>'
            f'{app_state("__SLOTTED__", ctx.others, {"hydrate": True})}</body></html>')


def _ld(t: Title) -> str:
    work: dict[str, Any] = {"@type": ld_type(t), "@id": f"{t.url}#title", "name": t.title}
    if t.directors:
        work["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    graph = [work, {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://slotted.example/"},
        {"@type": "ListItem", "position": 2, "name": t.title, "item": t.url}]},
        {"@type": "Organization", "name": "Slotted", "url": "https://slotted.example/"}]
    return json_ld({"@graph": graph})


def _nav() -> str:
    return ('<rg-nav-link href="/">Slotted</rg-nav-link><rg-nav-link href="/discover">Discover'
            '</rg-nav-link><rg-nav-link href="/calendar">Release calendar</rg-nav-link>'
            '<rg-search placeholder="Search titles, people"></rg-search>')


def _chip(kind: str, text: str) -> str:
    return f'<rg-chip slot="chip" type="{kind}">{text}</rg-chip>'


def _hero(t: Title) -> str:
    chips = [_chip("kind", "Series" if t.kind == "show" else "Movie")]
    chips += [_chip("year", str(t.year))] if t.year else []
    chips += [_chip("certificate", esc(t.rating))] if t.rating else []
    chips += [_chip("runtime", runtime(t.runtime))] if t.runtime else []
    if t.seasons:
        chips.append(_chip("seasons", f"{t.seasons} Season{'s' * (t.seasons > 1)}"))
    chips += [_chip("genre", esc(g)) for g in t.genres]
    tag = f'<p slot="tagline">{esc(t.tagline)}</p>' if t.tagline else ""
    return (f'<rg-hero><h1 slot="heading">{esc(t.title)}</h1>{tag}'
            f'<rg-chip-row slot="chips">{"".join(chips)}</rg-chip-row>{_votes(t)}</rg-hero>')


def _votes(t: Title) -> str:
    if not t.votes:
        return ""
    noun = "user rating" if t.votes == 1 else "user ratings"
    return f'<rg-score slot="score" label="Audience">{grouped(t.votes)} {noun}</rg-score>'


def _overview(t: Title) -> str:
    out = ""
    if t.synopsis:
        preview = t.synopsis[:90].rsplit(" ", 1)[0] + "…"
        out += (f'<rg-expandable slot="overview" label="Overview"><span slot="preview">'
                f'{esc(preview)}</span><button slot="toggle">Read more</button>'
                f'<span slot="full" hidden>{esc(t.synopsis)}</span></rg-expandable>')
    if t.audience:
        out += (f'<rg-callout slot="audience" heading="What Viewers Are Saying">'
                f"<p>{esc(t.audience)}</p></rg-callout>")
    if t.trailer:
        out += f'<rg-trailer slot="media" src="https://www.youtube.com/embed/{t.trailer}">'
        out += "</rg-trailer>"
    return out


def _watch(s: Streaming | None) -> str:
    if s is None:
        return ""
    n = len(s.platforms)
    providers = "".join(f'<rg-provider slot="provider" name="{esc(p)}">{esc(p)}</rg-provider>'
                        for p in s.platforms)
    if not s.counted:
        body = '<p slot="status">Not streaming anywhere yet</p>'
    elif s.available:
        body = f'<p slot="status">On {n} platform{"s" * (n > 1)}</p>{providers}'
    else:
        body = (f'<p slot="status">Not Currently Available On ({n} platform{"s" * (n > 1)})'
                f"</p>{providers}")
    v = s.verified_on
    return (f'<rg-watch-panel slot="watch" label="Where to watch">{body}<small slot="footnote">'
            f"Last verified {MONTHS[v.month - 1][:3]} {v.day}, {v.year}</small></rg-watch-panel>")


def _fact(label: str, value: str) -> str:
    return f'<rg-fact slot="fact" label="{label}"><span slot="value">{value}</span></rg-fact>'


def _details(t: Title) -> str:
    facts = [_fact("Release date", f'<time datetime="{t.released.isoformat()}">'
                                   f"{long_date(t.released)}</time>")] if t.released else []
    for label, values in (("Countries of origin", t.countries), ("Directors", t.directors),
                          ("Writers", t.writers)):
        if values:
            facts.append(_fact(label, ", ".join(map(esc, values))))
    if t.studios:
        more = f" + {t.more_studios} more" if t.more_studios else ""
        facts.append(_fact("Production companies", ", ".join(map(esc, t.shown_studios)) + more))
    if t.budget:
        facts.append(_fact("Budget", f"{money_symbol(t.budget)} (estimated)"))
    if t.box_office:
        facts.append(_fact("Gross worldwide", money_symbol(t.box_office)))
    if t.imdb:
        facts.append(_fact("External links", f'<a href="https://www.imdb.com/title/{t.imdb}/">'
                                             "IMDb</a>"))
    return (f'<details slot="details"><summary>More details</summary>{"".join(facts)}'
            "</details>")


def _cast(t: Title) -> str:
    cards = "".join(
        f'<rg-person-card slot="cast"><span slot="name">{esc(c.actor)}</span>'
        + (f'<span slot="role">{esc(c.character)}</span>' if c.character else "")
        + "</rg-person-card>" for c in t.cast)
    return f'<rg-section slot="cast" heading="Top cast">{cards}</rg-section>' if cards else ""


def _episodes(ctx: Context) -> str:
    eps = "".join(
        f'<rg-episode season="{e.season}" number="{e.number}"><span slot="name">{esc(e.name)}'
        f'</span><span slot="runtime">{runtime(e.minutes)}</span><time slot="aired" '
        f'datetime="{e.aired.isoformat()}">{long_date(e.aired)}</time><span slot="director">'
        f"Directed by {esc(e.director)}</span></rg-episode>" for e in ctx.episodes)
    return f'<rg-section slot="episodes" heading="Episodes">{eps}</rg-section>' if eps else ""


def _reviews(ctx: Context) -> str:
    items = "".join(
        f'<rg-review score="{r.score}"><span slot="author">{esc(r.author)}</span>'
        f'<p slot="body">{esc(r.text)}</p></rg-review>' for r in ctx.reviews)
    return f'<rg-section slot="reviews" heading="Reviews">{items}</rg-section>' if items else ""


def _rail(ctx: Context) -> str:
    cards = "".join(
        f'<rg-title-card href="{o.path}"><span slot="name">{esc(o.title)}</span>'
        f"{_chip('year', str(o.year))}{_chip('certificate', esc(o.rating))}"
        f"{_chip('runtime', runtime(o.runtime or 97))}"
        f'<span slot="score">{grouped(o.votes or 1)} user ratings</span></rg-title-card>'
        for o in ctx.others)
    return f'<rg-carousel label="Trending now">{cards}</rg-carousel>'


def _footer() -> str:
    return ('<p>© 2026 Slotted Inc.</p><rg-nav-link href="/help">Help</rg-nav-link>'
            '<rg-nav-link href="/privacy">Privacy</rg-nav-link>'
            '<rg-nav-link href="/jobs">Careers</rg-nav-link>')
