# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's title sheet saved from Microsoft Word with 'Save as Web Page' (/word/): the .htm
Word writes (ProgId Word.Document, a File-List link, mso- styles, a WordSection1 div) under the
site's chrome: a backdrop; the <h1> (the meta line under it on some saves); 'Synopsis'; the
facts as MsoNormal paragraphs with a bold 'Label:' run, a MsoTableGrid table (a bold label
cell, a value cell), or stat tiles: 'Director(s)', 'Writer(s)', 'Music', 'Producer(s)', 'DP'
(traps), 'Genre(s)', 'Country', 'Year', 'Running Time: 1h 51m' (or '111 min'; a series' ' per
ep.'), 'MPAA Rating', 'Seasons', 'Release Date: Oct 27, 1995' (or '10/27/1995') beside a later
'Last revised' date (a trap), 'Studio(s)', 'Budget: $150M' (or '$1.2B'), 'Box Office'; 'IMDb';
'Cast'; the trailer; a series' episodes; 'Rent or buy' prices (a trap); comments; a rail of
other titles; a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 document views'
(a trap). Every budget and gross in US dollars. No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites63.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    compact,
    fit_rng,
    form_url,
    hide,
    localize_money,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_form,
)

NAME = "reelguide_word"
FORM = "word"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<meta name="ProgId" content="Word.Document"><meta name="Generator" content="Microsoft Word 15"><meta name="Originator" content="Microsoft Word 15"><link rel="File-List" href="title_files/filelist.xml"><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>ReelGuide Editorial</o:Author></o:DocumentProperties></xml><![endif]-->'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("ReelGuide", "Title sheets", "Movies", "TV", "Search"),
    ("This saved page sets no cookies.", "OK", "Privacy"),
    ("Saved from Microsoft Word", "Contact", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Title sheet (.htm)",
    "__RG_WORD__",
)
WORDS = Words(
    {
        "director": "Director(s)",
        "writer": "Writer(s)",
        "music": "Music",
        "producer": "Producer(s)",
        "camera": "DP",
        "genre": "Genre(s)",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "MPAA Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio(s)",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Title Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More on ReelGuide",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1h 51m' (or '45m' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} document views"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Rent or buy</h2>'
        + f"<p>Rent ${pick(rng, ('3.99', '4.99', '5.99'))} · Buy ${pick(rng, ('9.99', '14.99', '19.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Document version", pick(rng, ("Final", "v3", "v4"))),
            ("Pages", pick(rng, ("4", "6", "7"))),
        ]
    )


SITE = Site(
    NAME,
    "wrd",
    CHROME,
    WORDS,
    date_,
    running,
    " per ep.",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("word-mso-paragraphs", "word-mso-table", "stats"),
    frozenset({"audience_summary", "streaming", "tagline"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.4,
    later="Last revised",
    extra_rows=_more,
    cta="Open on ReelGuide",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this form's words, formats and components, under its
    path on the site."""
    out = render_form(SITE, FORM, t, ctx)
    return out.replace("</head>", HEAD.replace("{url}", form_url(FORM, t)) + "</head>", 1)
