# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide Weekly, the e-mail newsletter's campaign archive page as Mailchimp serves it
(/mail/; the nearest angle to the e-mail digest the forty-sixth set did: an email service's
own block markup): mcnTextBlock/mcnTextContent cells with '<strong>Label:</strong> value<br>'
lines, mcnBoxedText cells (a small label, a line break, the value), or a definition list,
under 'View this email in your browser' chrome: a backdrop; the <h1> (the meta line under it
on some pages); 'The story'; 'Director', 'Writer', 'Composer', 'Producer', 'Cinematographer'
(traps), 'Genre', 'Country', 'Year', 'Runtime: 1 hour 51 minutes' (or '111 mins'; a series' '
per episode'), 'Rated' (MPA), 'Seasons', 'Opens: Friday, October 27, 1995' (or '10/27/1995')
beside a later 'Streaming from' date (a trap), 'Studio', 'Budget: $150 million', 'Box office';
'IMDb'; 'Cast'; the trailer; a series' episodes; 'Deals' prices (a trap); comments; a rail; a
JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 subscribers' (a trap). Every
budget and gross in US dollars. No tagline, audience text or streaming block."""

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

NAME = "reelguide_mailchimp"
FORM = "mail"
# the format's own tags in the page's <head> ({url}: the page's address)
HEAD = '<meta name="x-apple-disable-message-reformatting"><meta name="format-detection" content="telephone=no"><meta property="og:title" content="ReelGuide Weekly">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("View this email in your browser", "Forward", "Update preferences", "Unsubscribe"),
    ("This archive page sets no cookies.", "OK", "Privacy"),
    (
        "You are receiving this email because you signed up at reelguide.example",
        "Update preferences",
        "Unsubscribe",
        "Privacy",
    ),
    "© 2026 ReelGuide, Inc. · ReelGuide Weekly",
    "__RG_MAIL__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Opens",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "The story",
        "details": "The details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Comments are open.",
        "rail": "More from our partners",
    },
)


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_(d: date, long: bool) -> str:
    """'Friday, October 27, 1995' or '10/27/1995'."""
    if long:
        return f"{WEEKDAYS[d.weekday()]}, {month(d)} {d.day}, {d.year}"
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1 hour 51 minutes', '2 hours', '45 minutes', or '111 mins'."""
    if not long:
        return f"{n} min" + ("" if n == 1 else "s")
    big, small = divmod(n, 60)
    parts = [f"{big} hour" + ("" if big == 1 else "s")] if big else []
    if small or not big:
        parts.append(f"{small} minute" + ("" if small == 1 else "s"))
    return " ".join(parts)


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} subscribers"


def money(m: Money) -> str:
    """'$150 million', '$1.2 billion', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep. {e.number}, S{e.season} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Deals</h2>'
        + f"<p>Streaming bundle ${pick(rng, ('9.99', '11.99'))}/mo · Blu-ray ${pick(rng, ('17.96', '22.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [("Issue", pick(rng, ("No. 214", "No. 215"))), ("Sent to", "ReelGuide Weekly list")]
    )


SITE = Site(
    NAME,
    "mcx",
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
    ("mcn-text-content", "mcn-boxed-text", "dl"),
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
    later="Streaming from",
    extra_rows=_more,
    cta="Read more on ReelGuide",
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
