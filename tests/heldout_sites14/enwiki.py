# ruff: noqa: E501  (HTML templates read best on one line)
"""Enwiki: an English Wikipedia film or television article. The <h1 id="firstHeading"> (a
series' article adds no '(TV series)' here: the spec's title is the title alone); the lead
sentence 'X is a 1995 American drama film' (prose, no credit); the infobox (<table
class="infobox">, the title in its caption) with 'Directed by', 'Screenplay by' (or 'Written
by'), 'Produced by', 'Cinematography', 'Edited by' and 'Music by' (traps), 'Starring' (names
only), 'Production companies' (studios), 'Distributed by' (a trap), 'Release dates' ('October
27, 1995' with a later second country's date on some articles, a trap), 'Running time' '111
minutes', 'Countries', 'Language' (a trap), 'Budget' '$3.6 million', 'Box office'; a series'
'Genre', 'No. of seasons', 'No. of episodes' (a trap), 'Original release' 'October 27, 1995 –
present'; 'Plot'; 'Cast' as 'Actor as Character' lines; a series' episode table with each
episode's own directors and writers; 'References' with access dates; 'External links' with
the IMDb link; a navbox of other films with their years. No JSON-LD, tagline, audience text,
certificate, votes, a film's genres, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, imdb_link, long_date, money_words
from tests.heldout_sites2.records import COUNTRIES, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites14.common import (
    Chrome,
    Classes,
    fit_rng,
    look,
    others_people,
    page,
    pick,
)

NAME = "enwiki"
DEMONYMS = {"United States": "American", "United Kingdom": "British", "France": "French",
            "Germany": "German", "Japan": "Japanese", "China": "Chinese",
            "South Korea": "South Korean", "India": "Indian", "Brazil": "Brazilian",
            "Australia": "Australian", "Canada": "Canadian", "Spain": "Spanish",
            "Italy": "Italian", "Mexico": "Mexican", "Nigeria": "Nigerian", "Sweden": "Swedish",
            "Denmark": "Danish", "Argentina": "Argentine", "Iran": "Iranian", "Poland": "Polish"}
DISTRIBUTORS = ("Warner Bros. Pictures", "Focus Features", "A24", "Neon", "Sony Pictures Classics")
CHROME = Chrome("en", "Wikipedia", ("Main page", "Contents", "Current events", "Random article", "About Wikipedia", "Contact us"),
                ("Wikipedia uses cookies to improve your experience.", "OK", "Learn more"),
                ("Privacy policy", "About Wikipedia", "Disclaimers", "Code of Conduct", "Developers", "Statistics"),
                "Text is available under the Creative Commons Attribution-ShareAlike License 4.0", "__WIKI__")


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, rating=None, votes=None, trailer=None,
                streaming=None, studios_shown=len(t.studios),
                genres=t.genres if t.kind == "show" else ())  # a film's infobox has no genre
    # the infobox's 'Starring' gives names; the 'Cast' section roles on some articles only
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else replace(t, cast=tuple(replace(p, character=None) for p in t.cast))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mw", rng)
    sections = [_plot(t), _cast(t), _episodes(ctx), _references(rng)]
    if rng.random() < 0.4:
        sections[0], sections[1] = sections[1], sections[0]
    body = (f'<h1 id="firstHeading" class="{c("heading")}">{esc(t.title)}</h1><div class="{c("content")}">'
            f'{_infobox(t, c, rng)}{_lead(t)}{"".join(sections)}{_links(t)}{_navbox(ctx, c, rng)}</div>')
    return page(t, ctx, c, CHROME, "", body)


def _lead(t: Title) -> str:
    what = " ".join(filter(None, (str(t.year) if t.year else "", " ".join(DEMONYMS[x] for x in t.countries[:1]),
                                  "film" if t.kind == "movie" else "television series")))
    article = "an" if what[:1] in ("A", "E", "I", "O", "U") else "a"
    return f"<p><b>{esc(t.title)}</b> is {article} {esc(what)}.</p>"


def _row(k: str, v: str) -> str:
    return f'<tr><th scope="row" class="infobox-label">{k}</th><td class="infobox-data">{v}</td></tr>' if v else ""


def _list(names: tuple[str, ...] | list[str]) -> str:
    if len(names) < 2:
        return esc(names[0]) if names else ""
    return '<div class="plainlist"><ul>' + "".join(f"<li>{esc(n)}</li>" for n in names) + "</ul></div>"


def _infobox(t: Title, c: Classes, rng: random.Random) -> str:
    producer, dop, editor, music = others_people(t, rng, 4)
    written = pick(rng, ("Screenplay by", "Written by"))
    rows = [f'<caption class="infobox-title">{esc(t.title)}</caption>']
    if t.kind == "show":
        rows += [_row("Genre", _list(t.genres)), _row("Directed by", _list(t.directors)),
                 _row("Written by", _list(t.writers)), _row("Starring", _list([p.actor for p in t.cast])),
                 _row("Composer", esc(music)), _row("Country of origin", _list(t.countries)),
                 _row("Original language", "English"), _row("No. of seasons", str(t.seasons)),
                 _row("No. of episodes", str((t.seasons or 1) * rng.randint(6, 13))),
                 _row("Executive producers", esc(producer)),
                 _row("Running time", f"{t.runtime} minutes" if t.runtime else ""),
                 _row("Production companies", _list(t.studios))]
        if t.released:
            ended = "present" if rng.random() < 0.4 else long_date(t.released + timedelta(days=rng.randint(60, 2000)))
            rows.append(_row("Release", f"{long_date(t.released)} – {ended}"))
        elif t.year:
            rows.append(_row("Release", f"{t.year} – present"))
    else:
        released = ""
        if t.released:
            released = long_date(t.released)
            if t.countries and rng.random() < 0.5:
                later = long_date(t.released + timedelta(days=rng.randint(20, 250)))
                other = pick(rng, [x for x in COUNTRIES if x != t.countries[0]])
                released = f'<div class="plainlist"><ul><li>{released} ({esc(t.countries[0])})</li><li>{later} ({esc(other)})</li></ul></div>'
        elif t.year:
            released = str(t.year)
        rows += [_row("Directed by", _list(t.directors)), _row(written, _list(t.writers)),
                 _row("Produced by", esc(producer)), _row("Starring", _list([p.actor for p in t.cast])),
                 _row("Cinematography", esc(dop)), _row("Edited by", esc(editor)), _row("Music by", esc(music)),
                 _row("Production companies" if len(t.studios) > 1 else "Production company", _list(t.studios)),
                 _row("Distributed by", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.7 else ""),
                 _row("Release dates" if "<li>" in released else "Release date", released),
                 _row("Running time", f"{t.runtime} minutes" if t.runtime else ""),
                 _row("Countries" if len(t.countries) > 1 else "Country", _list(t.countries)),
                 _row("Language", "English"),
                 _row("Budget", esc(money_words(t.budget)) if t.budget else ""),
                 _row("Box office", esc(money_words(t.box_office)) if t.box_office else "")]
    return f'<table class="infobox {c("infobox")}"><tbody>{"".join(rows)}</tbody></table>'


def _plot(t: Title) -> str:
    return f'<h2 id="Plot">{"Premise" if t.kind == "show" else "Plot"}</h2><p>{esc(t.synopsis)}</p>' if t.synopsis else ""


def _cast(t: Title) -> str:
    if not t.cast:
        return ""
    items = "".join(f"<li>{esc(p.actor)}" + (f" as {esc(p.character)}" if p.character else "") + "</li>" for p in t.cast)
    return f'<h2 id="Cast">{"Cast and characters" if t.kind == "show" else "Cast"}</h2><ul>{items}</ul>'


def _episodes(ctx: Context) -> str:
    if not ctx.episodes:
        return ""
    rows = "".join(f"<tr><td>{e.number}</td><td>\"{esc(e.name)}\"</td><td>{esc(e.director)}</td><td>{esc(e.writer)}</td><td>{long_date(e.aired)}</td></tr>" for e in ctx.episodes)
    head = "<tr><th>No.</th><th>Title</th><th>Directed by</th><th>Written by</th><th>Original air date</th></tr>"
    return f'<h2 id="Episodes">Episodes</h2><h3>Season {ctx.episodes[0].season}</h3><table class="wikitable">{head}{rows}</table>'


def _references(rng: random.Random) -> str:
    items = "".join(f'<li>"Production notes {i}". <i>Variety</i>. Retrieved {long_date(date(2026, rng.randint(1, 3), rng.randint(1, 28)))}.</li>' for i in range(1, rng.randint(3, 7)))
    return f'<h2 id="References">References</h2><ol class="references">{items}</ol>'


def _links(t: Title) -> str:
    imdb = f"<li>{imdb_link(t.imdb, t.title + ' at IMDb')}</li>" if t.imdb else ""
    return f'<h2 id="External_links">External links</h2><ul>{imdb}<li><a href="https://www.rottentomatoes.com/">Rotten Tomatoes</a></li></ul>'


def _navbox(ctx: Context, c: Classes, rng: random.Random) -> str:
    items = " · ".join(f'<a href="{o.path}">{esc(o.title)}</a> ({o.year}, {o.runtime or 97} min, {esc(o.rating or "")})' for o in ctx.others)
    return f'<div class="navbox {c("navbox")}" role="navigation"><div class="navbox-title">{pick(rng, ("Related films", "See also"))}</div><div class="navbox-list">{items}</div></div>'
