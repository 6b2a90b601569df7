# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide's press-kit title sheet converted from PDF by pdf2htmlEX (/pdf/): page divs (pf,
pc) holding absolutely positioned text lines (class="t m0 x.. h.. y.. ff.. fs.."), under the
site's chrome: a backdrop; the <h1> (the meta line under it on some pages); 'Synopsis'; the
facts as one line per fact ('Label:' and the value in one line div, a spacing span between),
two line divs on the same baseline (label column, value column), or CSS-captioned lines:
'Directed by', 'Written by', 'Music by', 'Produced by', 'Cinematography by' (traps), 'Genre',
'Country', 'Year', 'Running time: 1 hour 51 minutes' (or '111 min'; a series' ' per
episode'), 'Rated' (MPA), 'Seasons', 'U.S. release: Oct. 27, 1995' (AP style; or
'10/27/1995') beside a later 'Home release' date (a trap), 'Studio', 'Production budget: $150
million' (or '$1.2 billion'), 'Box office'; 'IMDb'; 'Cast'; the trailer; a series' episodes;
'Subscriber offer' prices (a trap); comments; a rail; a JSON-LD Movie on some pages. '1,234
ratings' beside '12,345 downloads' (a trap). Every budget and gross in US dollars. No
tagline, audience text or streaming block."""

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_form,
)

NAME = "reelguide_pdf"
FORM = "pdf"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<meta name="generator" content="pdf2htmlEX"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("ReelGuide", "Press kits", "Movies", "TV", "Download PDF"),
    ("Converted documents set no cookies.", "OK", "Privacy"),
    ("Press kit (PDF, converted)", "Press contact", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Press kit",
    "__RG_PDF__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "U.S. release",
        "studio": "Studio",
        "budget": "Production budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Fact sheet",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reader comments",
        "no_reviews": "No comments yet.",
        "rail": "More from ReelGuide",
    },
)


AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


def date_(d: date, long: bool) -> str:
    """AP style, 'Oct. 27, 1995' or 'March 3, 1995', or '10/27/1995'."""
    return (
        f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"
        if long
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def running(n: int, long: bool) -> str:
    """'1 hour 51 minutes', '2 hours', '45 minutes', or '111 min'."""
    if not long:
        return f"{n} min"
    big, small = divmod(n, 60)
    parts = [f"{big} hour" + ("" if big == 1 else "s")] if big else []
    if small or not big:
        parts.append(f"{small} minute" + ("" if small == 1 else "s"))
    return " ".join(parts)


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} downloads"


def money(m: Money) -> str:
    """'$150 million', '$1.2 billion', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} — {running(e.minutes, long)} — {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Subscriber offer</h2>'
        + f"<p>ReelGuide+ ${pick(rng, ('4.99', '6.99'))}/month · ${pick(rng, ('49.99', '59.99'))}/year</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, French"))),
            ("Page", pick(rng, ("2 of 8", "3 of 12"))),
        ]
    )


SITE = Site(
    NAME,
    "pdh",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("pdf2html-lines", "pdf2html-columns", "caption"),
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
    later="Home release",
    extra_rows=_more,
    cta="Download the PDF",
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
