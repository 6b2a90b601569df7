# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide Stories (English, US), ReelGuide rebuilt on a headless CMS: editors write each
title as an entry of rich-text blocks and typed fields, a static-site build renders it, and the
visual editor's annotations (data-sb-object-id, data-sb-field-path) stay in the HTML. A 16:9
backdrop; the <h1> (the meta line '1995 · PG-13 · 1 hr 51 min · Drama' under it on some
deploys); 'The Story' (a rich-text block); a 'Watch now' button; the facts in the CMS's field
blocks, server-driven rows or <var>/<samp> lines: 'Director', 'Writer', 'Score', 'Producer',
'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1 hr 51 min' (or '111 min';
a series' 'per episode'), 'Rated' (G/PG/PG-13/R/NC-17), 'Seasons', 'Released: October 27,
1995' (or '10/27/1995') beside a later 'Digital release' (a trap), 'Studio', 'Budget:
$3,600,000', 'Box office: $12,500,000', 'Editor's pick', 'Reading time'; 'IMDb'; 'Cast'; the
trailer; a series' episodes; ReelGuide+ in dollars (a trap); comments; 'Related stories'; a
JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 reads' (a trap). No tagline,
audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites40.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "reelguide_cms"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide Stories",
    ("Stories", "Films", "Series", "People", "Collections", "Newsletter"),
    ("ReelGuide uses cookies to measure reading.", "Accept", "Preferences"),
    ("About ReelGuide", "Editorial standards", "Careers", "Privacy", "Terms", "Contact"),
    "© 2026 ReelGuide Media. Content managed in ReelGuide Studio.",
    "__RG_CMS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Score",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "The Story",
        "details": "At a glance",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related stories",
    },
)


def hr_min(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {hr_min(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plus(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plus")}"><h2>ReelGuide+</h2><p>Unlimited stories and no ads for ${pick(rng, ("4.99", "5.99"))}/month or ${pick(rng, ("49", "59"))}/year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Editor's pick", pick(rng, ("Yes", "No"))),
            ("Reading time", pick(rng, ("4 min read", "6 min read", "9 min read"))),
        ]
    )


SITE = Site(
    NAME,
    "rgc",
    CHROME,
    WORDS,
    us_date,
    hr_min,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} reads",
    _episode,
    _plus,
    ("cms", "sdui", "kv"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Digital release",
    extra_rows=_more,
    cta="Watch now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="generator" content="ReelGuide Studio (headless CMS) + static build"><link rel="preconnect" href="https://cdn.reelguide-studio.example">'


def render(t: Title, ctx: Context) -> str:
    """The static build of a CMS entry: the generator meta, the entry's id on <main>, and the
    synopsis as a rich-text paragraph block."""
    out = render_site(SITE, t, ctx).replace("</head>", STACK_HEAD + "</head>", 1)
    out = out.replace('<main class="', f'<main data-sb-object-id="entry-{t.slug}" class="', 1)
    return out.replace(
        "<h2>The Story</h2><p>",
        '<h2>The Story</h2><p data-sb-field-path="body.0" data-block-type="paragraph">',
        1,
    )
