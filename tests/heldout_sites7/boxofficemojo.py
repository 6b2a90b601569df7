# ruff: noqa: E501  (HTML templates read best on one line)
"""Boxofficemojo: a Box Office Mojo-like title page (English, money first). Films only (a
series becomes a film). The <h1> with '(1995)' after the title on some deploys; a one-line
synopsis; the performance summary 'Domestic (38.2%) $12,345,678', 'International (61.8%)',
'Worldwide' (the title's box office); the 'mojo-summary-values' rows ('Domestic Distributor'
with 'See full company information' as a trap, 'Domestic Opening' and its theaters, 'Budget',
'Earliest Release Date' 'October 27, 1995 (Domestic)', 'MPAA' 'R', 'Running Time' '1 hr 51
min', 'Genres' one per line, 'In Release' days, 'Widest Release' theaters); a 'By Region'
table of markets with their own grosses and dates; 'Cast' and 'Filmmakers' tables (Actor |
Role; Name | 'Director', 'Writer', 'Producer', 'Composer', 'Cinematographer'); an IMDbPro link;
other titles' release rails; no schema.org. No votes, countries, studios, tagline, audience
text, trailer or where-to-watch block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import MONTHS, app_state, css, esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.common import (
    Classes,
    all_studios,
    as_movie,
    cookie_banner,
    fit_rng,
    look,
    others_people,
    pick,
    rated,
)

NAME = "boxofficemojo"
MARKETS = ("Germany", "Japan", "France", "United Kingdom", "Mexico", "Australia", "Brazil", "South Korea", "Spain", "Italy")
# only a US certificate has a place in the 'MPAA' row
MPAA = {r: r for r in ("G", "PG", "PG-13", "R", "NC-17", "Not Rated")}
DISTRIBUTORS = ("Warner Bros.", "Universal Pictures", "Sony Pictures Releasing", "Lionsgate", "A24", "Neon", "Focus Features")


def fit(t: Title) -> Title:
    return all_studios(replace(rated(as_movie(t), MPAA), votes=None, countries=(), studios=(), tagline=None, audience=None,
                               trailer=None, streaming=None))


def day(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def running(minutes: int) -> str:
    """'1 hr 51 min', '2 hr', '45 min'."""
    big, small = divmod(minutes, 60)
    return " ".join(([f"{big} hr"] if big else []) + ([f"{small} min"] if small or not big else []))


def split(gross: Money, t: Title) -> tuple[Money, Money]:
    """The worldwide gross as its domestic and international parts (both shown as traps)."""
    share = fit_rng(NAME, t, "share").randint(15, 85)
    domestic = gross.amount * share // 100
    return Money(domestic, gross.currency), Money(gross.amount - domestic, gross.currency)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("a-section", rng)
    blocks = [_summary(t, c, rng), _regions(t, c, rng), _people(t, c, rng)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)} - Box Office Mojo</title>'
            f'<link rel="canonical" href="{t.url}">{css("mojo", t.slug, 70)}</head><body>'
            f'{cookie_banner(c("cookie-notice"), "We use cookies and similar tools to enhance your shopping experience.", "Accept Cookies", "Customize Cookies")}'
            f'{_nav(c)}<main class="{c("main")}">{_hero(t, c, rng)}{"".join(blocks)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__MOJO_STATE__", ctx.others, {"page": "title"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Domestic", "International", "Worldwide", "Calendar", "All Time", "Showdowns", "Indices")
    return (f'<header class="{c("navbar")}"><a href="/" aria-label="Box Office Mojo by IMDbPro">Box Office Mojo</a><nav><ul>'
            + "".join(f'<li><a href="/{x.lower().replace(" ", "")}/">{x}</a></li>' for x in items)
            + '</ul></nav><input type="search" placeholder="Search for titles or people"></header>')


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    year = f" ({t.year})" if t.year and rng.random() < 0.6 else ""
    out = f'<div class="{c("title-summary")}"><h1 class="a-size-extra-large">{esc(t.title)}{year}</h1>'
    if t.synopsis:
        out += f'<p class="{c("synopsis")}">{esc(t.synopsis)}</p>'
    if t.imdb:
        out += f'<a href="https://pro.imdb.com/title/{t.imdb}/?ref_=mojo_tt_summary">Title Summary on IMDbPro</a>'
    return out + "</div>"


def _gross(label: str, m: Money | None, share: str = "") -> str:
    value = money_symbol(m) if m else "–"
    return f"<div><span>{label}{share}</span> <span class=\"money\">{value}</span></div>"


def _summary(t: Title, c: Classes, rng: random.Random) -> str:
    grosses = ""
    if t.box_office:
        dom, intl = split(t.box_office, t)
        pct = 100 * dom.amount / t.box_office.amount
        grosses = (_gross("Domestic", dom, f" ({pct:.1f}%)") + _gross("International", intl, f" ({100 - pct:.1f}%)")
                   + _gross("Worldwide", t.box_office))
    rows = [("Domestic Distributor", f'{pick(rng, DISTRIBUTORS)}<br><a href="/company/">See full company information</a>')]
    if t.box_office:
        opening = Money(t.box_office.amount // rng.randint(4, 9), t.box_office.currency)
        rows.append(("Domestic Opening", money_symbol(opening)))
    if t.budget:
        rows.append(("Budget", money_symbol(t.budget)))
    if t.released:
        rows.append(("Earliest Release Date", f"{day(t.released)} (Domestic)"))
    elif t.year:
        rows.append(("Release Year", str(t.year)))
    if t.rating:
        rows.append(("MPAA", esc(t.rating)))
    if t.runtime:
        rows.append(("Running Time", running(t.runtime)))
    if t.genres:
        rows.append(("Genres", "<br>".join(map(esc, t.genres))))
    if t.box_office:
        rows.append(("In Release", f"{rng.randint(30, 400)} days/{rng.randint(5, 58)} weeks"))
        rows.append(("Widest Release", f"{grouped(rng.randint(500, 4400))} theaters"))
    body = "".join(f"<div><span>{k}</span><span>{v}</span></div>" for k, v in rows)
    return (f'<div class="{c("performance-summary")}"><h2>All Releases</h2>{grosses}</div>'
            f'<div class="{c("mojo-summary-values")}">{body}</div>')


def _regions(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.box_office:
        return ""
    start = t.released or date(t.year or 2000, 6, 1)
    rows = "".join(f"<tr><td>{m}</td><td>{day(start + timedelta(days=7 * i + 3))}</td><td>{money_symbol(Money(t.box_office.amount // (8 + i * 5), t.box_office.currency))}</td></tr>"
                   for i, m in enumerate(rng.sample(MARKETS, 4)))
    return f'<div class="{c("regions")}"><h2>By Region</h2><table><tr><th>Market</th><th>Release Date</th><th>Gross</th></tr>{rows}</table></div>'


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer, composer, dop = others_people(t, rng, 3)
    crew = ([(d, "Director") for d in t.directors] + [(w, "Writer") for w in t.writers]
            + [(producer, "Producer"), (composer, "Composer"), (dop, "Cinematographer")])
    cast = "".join(f"<tr><td>{esc(p.actor)}</td><td>{esc(p.character or '')}</td></tr>" for p in t.cast)
    filmmakers = "".join(f"<tr><td>{esc(n)}</td><td>{job}</td></tr>" for n, job in crew)
    return (f'<div class="{c("credits")}">' + (f"<h2>Cast</h2><table><tr><th>Actor</th><th>Role</th></tr>{cast}</table>" if t.cast else "")
            + f"<h2>Filmmakers</h2><table><tr><th>Name</th><th>Role</th></tr>{filmmakers}</table></div>")


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>{o.year}</span> <span>{running(o.runtime or 97)}</span> <span>{esc(o.rating or "")}</span>'
                    f" <span>{money_symbol(o.box_office) if o.box_office else '–'}</span></li>" for o in ctx.others)
    return f'<div class="{c("other-releases")}"><h2>Also in release</h2><ul>{cards}</ul></div>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="https://pro.imdb.com/">IMDbPro</a><a href="/help">Help</a><a href="/privacy">Privacy Policy</a>'
            '<p>© IMDb.com, Inc. or its affiliates. All rights reserved. Box Office Mojo and IMDb are trademarks or registered trademarks of IMDb.com, Inc.</p></footer>')
