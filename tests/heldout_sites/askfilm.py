"""A MUBI-like minimal page whose facts sit in a Q&A accordion as sentences; no schema.org."""

from __future__ import annotations

from tests.heldout_sites.common import MONTHS, css, esc, footer, grouped, money_symbol, nav
from tests.heldout_sites.records import Title
from tests.heldout_sites.site import Context

NAV = ("Now Showing", "Films", "Notebook", "Go", "Gift")
FOOT = ("About", "Support", "Students", "Jobs", "Terms", "Privacy", "Cookies")


def fit(t: Title) -> Title:
    return t


def _date(t: Title) -> str:
    d = t.released
    assert d is not None
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _names(names: tuple[str, ...]) -> str:
    escaped = [esc(n) for n in names]
    return escaped[0] if len(escaped) == 1 else ", ".join(escaped[:-1]) + " and " + escaped[-1]


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="en-GB"><head><title>{esc(t.title)} | AskFilm</title>'
            f"{css('askfilm', 120)}</head><body><header>{nav(NAV, 'topbar')}</header><main>"
            f"{_head(t)}{_about(t)}{_cast(t)}{_faq(t, ctx)}{_reviews(ctx)}{_rail(ctx)}</main>"
            f"{footer(FOOT, 'AskFilm Ltd')}</body></html>")


def _head(t: Title) -> str:
    by = f'<p class="by">Directed by {_names(t.directors)}</p>' if t.directors else ""
    place = ", ".join([esc(c) for c in t.countries] + ([str(t.year)] if t.year else []))
    genres = f'<p class="genres">{", ".join(esc(g) for g in t.genres)}</p>' if t.genres else ""
    return (f'<section class="film-header"><h1>{esc(t.title)}</h1>{by}'
            f'<p class="place">{place}</p>{genres}</section>')


def _about(t: Title) -> str:
    parts = [f'<p class="tagline">“{esc(t.tagline)}”</p>'] if t.tagline else []
    parts += [f"<h2>Synopsis</h2><p>{esc(t.synopsis)}</p>"] if t.synopsis else []
    parts += [f"<h2>Our members say</h2><p>{esc(t.audience)}</p>"] if t.audience else []
    return f'<section class="about">{"".join(parts)}</section>'


def _cast(t: Title) -> str:
    rows = "".join(f"<li><a href=\"/cast/\">{esc(c.actor)}</a>"
                   + (f" <small>{esc(c.character)}</small>" if c.character else "") + "</li>"
                   for c in t.cast)
    return f'<section class="cast"><h2>Cast</h2><ul>{rows}</ul></section>' if rows else ""


def _qa(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


def _faq(t: Title, ctx: Context) -> str:
    name = esc(t.title)
    rows = []
    if t.released:
        rows.append(_qa(f"When did {name} come out?", f"{name} was released on {_date(t)}."))
    elif t.year:
        rows.append(_qa(f"When did {name} come out?", f"{name} came out in {t.year}."))
    if t.runtime and t.kind == "movie":
        rows.append(_qa(f"How long is {name}?", f"{name} runs {t.runtime} minutes."))
    if t.kind == "show":
        rows.append(_qa(f"How many seasons does {name} have?", _seasons(t)))
    if t.rating:
        rows.append(_qa(f"What is {name} rated?", f"Ages: {esc(t.rating)}."))
    if t.votes:
        rows.append(_qa(f"How many people rated {name}?",
                        f"{grouped(t.votes)} member has rated it." if t.votes == 1 else
                        f"{grouped(t.votes)} members have rated it."))
    if t.writers:
        rows.append(_qa(f"Who wrote {name}?", f"Written by {_names(t.writers)}."))
    if t.studios:
        more = f" and {t.more_studios} others" if t.more_studios else ""
        rows.append(_qa(f"Who produced {name}?",
                        f"Made by {', '.join(esc(s) for s in t.shown_studios)}{more}."))
    if t.budget or t.box_office:
        rows.append(_qa(f"How much did {name} cost and make?", _money(t)))
    rows.append(_qa(f"Where can I watch {name}?", _watch(t)))
    if t.imdb or t.trailer:
        rows.append(_qa("Anything else?", _links(t)))
    eps = "".join(f"<li>Episode {e.number}, {esc(e.name)} ({e.runtime} minutes), directed by "
                  f"{esc(e.director)}</li>" for e in ctx.episodes)
    return (f'<section class="faq"><h2>Questions &amp; answers</h2>{"".join(rows)}'
            + (f"<h3>Latest episodes</h3><ul>{eps}</ul>" if eps else "") + "</section>")


def _seasons(t: Title) -> str:
    text = f"{esc(t.title)} has {t.seasons} season{'s' if t.seasons != 1 else ''}"
    return text + (f", with episodes of about {t.runtime} minutes." if t.runtime else ".")


def _money(t: Title) -> str:
    parts = []
    if t.budget:
        parts.append(f"Spent: {money_symbol(t.budget.amount, t.budget.currency)}.")
    if t.box_office:
        parts.append(f"Takings: {money_symbol(t.box_office.amount, t.box_office.currency)}.")
    return " ".join(parts)


def _watch(t: Title) -> str:
    s, name = t.streaming, esc(t.title)
    if s is None or not s.counted:
        return f"{name} is not streaming anywhere yet."
    n, checked = len(s.platforms), f"{s.verified_on.day} {MONTHS[s.verified_on.month - 1]} " \
        f"{s.verified_on.year}"
    if s.available:
        return (f"{name} is streaming on {n} service{'s' if n > 1 else ''}: "
                f"{_names(s.platforms)} (checked {checked}).")
    return (f"{name} is not streaming on any of the {n} services we check: "
            f"{_names(s.platforms)} (checked {checked}).")


def _links(t: Title) -> str:
    links = [f'<a href="https://www.imdb.com/title/{t.imdb}/">IMDb page</a>'] if t.imdb else []
    links += [f'<a href="https://www.youtube.com/watch?v={t.trailer}">Watch the trailer</a>'
              ] if t.trailer else []
    return " · ".join(links)


def _reviews(ctx: Context) -> str:
    rows = "".join(f"<li><b>{esc(r.author)}</b> rated it {r.score}/10 on "
                   f"{r.on.day} {MONTHS[r.on.month - 1]} {r.on.year}: {esc(r.text)} "
                   f"<span>{r.helpful} likes</span></li>" for r in ctx.reviews)
    return f'<section class="reviews"><h2>Ratings &amp; reviews</h2><ul>{rows}</ul></section>'


def _rail(ctx: Context) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>{o.year}</span> '
                    f"<span>{o.runtime} minutes</span> <span>Ages: {esc(o.rating or '')}</span> "
                    f"<span>{grouped(o.votes or 1)} ratings</span></li>" for o in ctx.others)
    return f'<section class="related"><h2>Films like this</h2><ul>{cards}</ul></section>'
