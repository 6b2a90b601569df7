# ruff: noqa: E501  (HTML templates read best on one line)
"""A Fandom wiki (English, US): a film or series article on a fan wiki, its facts in the
wiki's portable infobox. A 16:9 backdrop; the <h1> (the meta line under it on some deploys);
'Synopsis'; a 'Follow' button; the facts as a portable infobox (this set's), value lists
(this set's) or a definition list (an earlier set's): 'Directed by', 'Written by', 'Produced
by', 'Music by', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Running time: 111
minutes' (or '1 hour 51 minutes'; a series' ' per episode'), 'Rating' (G/PG/PG-13/R/NC-17),
'No. of seasons', 'Release date: October 27, 1995' beside a later 'Home media' (a trap),
'Production company', 'Budget', 'Box office', 'Language' and 'Preceded by' (rows the record
has no key for); 'IMDb'; 'Cast'; the trailer; a series' episode guide; Fandom's ad-free plan
price (a trap); comments; 'Trending Articles'; a JSON-LD Movie on some pages. No vote count:
'Viewed 12,345 times' is a counter (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites45.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
)

NAME = "fandom_wiki"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Fandom",
    ("Explore", "Main Page", "Discuss", "All Pages", "Community", "Interactive Maps", "Sign In"),
    ("Fandom and our partners use cookies.", "Accept", "Learn More"),
    (
        "Follow on IG",
        "TikTok",
        "Join Fan Lab",
        "Terms of Use",
        "Privacy Policy",
        "Community content is available under CC-BY-SA",
    ),
    "Fandom, Inc.",
    "__FANDOM_WIKI__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "No. of seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Infobox",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episode guide",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Trending Articles",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 minutes', or '1 hour 51 minutes', '2 hours', '45 minutes'."""
    if long:
        return f"{n} minutes"
    big, small = divmod(n, 60)
    parts = [f"{big} hour" + ("" if big == 1 else "s")] if big else []
    if small or not big:
        parts.append(f"{small} minute" + ("" if small == 1 else "s"))
    return " ".join(parts)


def wiki_date(d: object, long: bool) -> str:
    """A wiki writes its dates out: 'October 27, 1995' (both forms)."""
    return us_date(d, True)  # type: ignore[arg-type]


def views(n: int) -> str:
    return f"Viewed {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running_time(e.minutes, long)} · {us_date(e.aired, True)}</p><p>Directed by {esc(e.director)}</p>"


def _premium(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Go ad-free</h2><p>Fandom Premium ${pick(rng, ("4.99", "5.99"))}/month · ${pick(rng, ("49.99", "59.99"))}/year</p></aside>'


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, French", "English, Japanese"))),
            ("Preceded by", pick(rng, ("The First Lantern", "Orchard Nights", "Harbor Kings"))),
        ]
    )


SITE = Site(
    NAME,
    "fdw",
    CHROME,
    WORDS,
    wiki_date,
    running_time,
    " per episode",
    lambda n: f"{grouped(n)} ratings",
    dollars,
    views,
    _episode,
    _premium,
    ("infobox", "ddlist", "dl"),
    frozenset({"tagline", "audience_summary", "user_rating_count", "streaming"}),
    ("director", "author", "genre", "datePublished"),
    0.4,
    later="Home media",
    extra_rows=_more,
    cta="Follow",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The wiki article: the shared skeleton in a Fandom wiki's words and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="fdw-wiki">', 1)
