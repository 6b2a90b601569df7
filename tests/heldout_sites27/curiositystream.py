# ruff: noqa: E501  (HTML templates read best on one line)
"""CuriosityStream: a documentary or docuseries page of the factual streaming service (US
English). A backdrop; the <h1> (the meta line '1995 | TV-PG | 1h 51m | Science' under it, in
the hero's <header> on some deploys); no votes, '12,345 views' (a trap); 'About This Title'; the
facts as cards whose value comes first in the markup and whose label column-reverse draws above
it, rows with a side label turned on its edge (writing-mode), or stat tiles (value over label):
'Director', 'Writer', 'Original Music', 'Series Producer' and 'Director of Photography' (traps;
the last begins with the director's label), 'Category', 'Country of Production', 'Year',
'Length: 1h 51m' or '111m' (a series' 'each'), 'Rating' (the TV Parental Guidelines' TV-G/
TV-PG/TV-14/TV-MA), 'Premiered: Oct 27, 1995' (or '1995-10-27') beside a later 'Streaming
Since' (a trap), 'Production Company', 'Narrator' and 'Subtitles' (rows without a key);
'Featuring'; the trailer; episodes with their own lengths, dates and directors; 'Member
Reviews'; 'More to Explore'; the Standard and Premium plans' prices (traps); a JSON-LD Movie on
some pages. No tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites27.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "curiositystream"
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TVPG = ages("TV-G", "TV-PG", "TV-14", "TV-MA", None)
CHROME = Chrome(
    "en-US",
    "CuriosityStream",
    ("Browse", "Science", "History", "Nature", "Technology", "Search"),
    ("We use cookies to improve your viewing experience.", "Got it", "Cookie settings"),
    ("About Us", "Help", "Terms", "Privacy", "Partners", "Careers"),
    "© 2026 CuriosityStream Inc.",
    "__CURIO__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Original Music",
        "producer": "Series Producer",
        "camera": "Director of Photography",
        "genre": "Category",
        "country": "Country of Production",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Premiered",
        "studio": "Production Company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About This Title",
        "details": "Title Info",
        "cast": "Featuring",
        "trailer": "Preview",
        "episodes": "Episodes",
        "reviews": "Member Reviews",
        "no_reviews": "No member reviews yet.",
        "rail": "More to Explore",
        "audience": "",
    },
)


def premiered(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{MON[d.month - 1]} {d.day}, {d.year}" if long else d.isoformat()


def length(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111m'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n}m"
    return f"{big}h" + (f" {small}m" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} · {length(e.minutes, long)} · {premiered(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Choose Your Plan</h2><p>Standard: ${rng.choice(("4.99", "5.99"))}/mo · 1 screen, HD</p><p>Premium: $69.99/yr · 4 screens, 4K</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Narrator", pick(rng, ("Sir David Attenborough", "Morgan Freeman", "None"))),
        ("Subtitles", pick(rng, ("English (CC)", "English, Spanish"))),
    ]


SITE = Site(
    NAME,
    "cs",
    CHROME,
    WORDS,
    premiered,
    length,
    " each",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} views",
    _episode,
    _plans,
    ("reverse", "vlabels", "tiles"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
        }
    ),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
    ),
    0.35,
    meta_sep=" | ",
    later="Streaming Since",
    extra_rows=_more,
    cta="Watch Now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, TVPG), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
