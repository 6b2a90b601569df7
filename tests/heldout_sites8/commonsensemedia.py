# ruff: noqa: E501  (HTML templates read best on one line)
"""Common Sense Media: a Common Sense Media-like review page (English). The <h1> title; the
site's own age advice as a badge 'age 13+' (advice, not a certificate) and, beside it, the
certificate as 'Rated PG-13' (a film's MPAA rating or a show's TV rating; the record's
content_rating); a one-line verdict by the critic; 'Parents say' and 'Kids say' with their own
ages and review counts, and a few parent reviews, as traps; 'What's the Story?' (the synopsis);
'Is It Any Good?' and 'Talk to Your Kids About ...'; a 'Movie Details' / 'TV Details' list ('In
theaters' or 'Premiere date' a full date, 'Release year', 'Cast' names, 'Director', 'Studio'
with '+2 more', 'Genre', 'Run time' '111 minutes', 'MPAA rating', 'Seasons'); 'Streaming on'
with provider logos as images with alt text, a count and a 'Last updated' date; 'Related'
rails; a JSON-LD Review of the title on some pages. No tagline, audience text, vote count,
countries, money, IMDb link, trailer or writers."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, json_ld, ld_type, long_date
from tests.heldout_sites2.records import TV_RATINGS, Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites8.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
)

NAME = "commonsensemedia"
MPAA = ("G", "PG", "PG-13", "R", "NC-17", "Not Rated")
# Common Sense's own age advice, drawn from the certificate (advice, never the record's rating)
AGE = {"G": 5, "PG": 8, "PG-13": 13, "R": 16, "NC-17": 18, "Not Rated": 14, "TV-Y": 2,
       "TV-G": 6, "TV-PG": 10, "TV-14": 14, "TV-MA": 17}


def fit(t: Title) -> Title:
    """US pages: the MPAA or TV rating, else none."""
    rating = t.rating if t.rating in MPAA or t.rating in TV_RATINGS else None
    t = replace(t, rating=rating, tagline=None, audience=None, votes=None, countries=(),
                budget=None, box_office=None, imdb=None, trailer=None, writers=())
    return no_characters(t)


def age(t: Title) -> int:
    return AGE.get(t.rating or "", 10 + len(t.slug) % 6)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("csm", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_story(t, c), _details(t, c, rng), _watch(t.streaming, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)} {"TV" if t.kind == "show" else "Movie"} Review | Common Sense Media</title>'
            f'<link rel="canonical" href="{t.url}">{css("csm", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("cookie-banner"), "We use cookies to improve your experience on our site.", "Accept", "Cookie preferences")}'
            f'{_nav(c)}<main class="{c("main")}">{_head(t, c, rng)}{"".join(blocks)}{_community(t, ctx, c)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__CSM_DATA__", ctx.others, {"section": "reviews"})}</body></html>')


def _ld(t: Title) -> str:
    item: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.directors:
        item["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.released:
        item["datePublished"] = t.released.isoformat()
    data = {"@type": "Review", "itemReviewed": item, "author": {"@type": "Organization", "name": "Common Sense Media"},
            "reviewRating": {"@type": "Rating", "ratingValue": 3 + len(t.slug) % 3, "bestRating": 5}}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Movies", "TV Shows", "Books", "Games", "Podcasts", "Apps", "Parenting", "Donate")
    return (f'<header class="{c("site-header")}"><a href="/" aria-label="Common Sense Media">common sense media</a><nav><ul>'
            + "".join(f'<li><a href="/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in items)
            + '</ul></nav><a href="/join">Join</a><a href="/login">Sign in</a></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    kind = "TV review" if t.kind == "show" else "Movie review"
    shown = "Not Rated" if t.rating == "Not Rated" else f"Rated {t.rating}"
    rated = f'<span class="{c("rating__label")}">{esc(shown)}</span>' if t.rating else ""
    year = f"<span>{t.year}</span>" if t.year and rng.random() < 0.5 else ""
    minutes = f"<span>{t.runtime} minutes</span>" if t.runtime and rng.random() < 0.5 else ""
    verdict = pick(rng, ("Earnest, emotional drama has strong messages.", "Tense mystery has some violence, mild language.",
                         "Gorgeous but slow story; older kids will get more out of it."))
    return (f'<section class="{c("review-header")}"><p>{kind} by {esc(others_people(t, rng, 1)[0])}, Common Sense Media</p>'
            f'<h1 class="{c("heading")}">{esc(t.title)}</h1><div class="{c("age-rating")}"><span class="{c("rating__age")}">age {age(t)}+</span>'
            f'<span class="{c("stars")}" aria-label="{3 + len(t.slug) % 3} out of 5 stars"></span></div>'
            f'<p class="{c("one-liner")}">{verdict}</p><div class="{c("meta")}">{rated}{year}{minutes}</div></section>')


def _story(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("story")}"><h2>What\'s the Story?</h2><p>{esc(t.synopsis)}</p></section>'


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    rows: list[tuple[str, str]] = []
    if t.released:
        rows.append(("Premiere date" if t.kind == "show" else "In theaters", long_date(t.released)))
    if t.year:
        rows.append(("Release year", str(t.year)))
    if t.cast:
        rows.append(("Cast", ", ".join(esc(p.actor) for p in t.cast)))
    if t.directors:
        rows.append(("Director" if len(t.directors) == 1 else "Directors", ", ".join(map(esc, t.directors))))
    if t.studios:
        more = f" +{t.more_studios} more" if t.more_studios else ""
        rows.append(("Studio" if len(t.studios) == 1 else "Studios", ", ".join(map(esc, t.shown_studios)) + more))
    if t.genres:
        rows.append(("Genre", ", ".join(map(esc, t.genres))))
    if t.runtime:
        rows.append(("Run time", f"{t.runtime} minutes"))
    if t.rating:
        rows.append(("TV rating" if t.rating in TV_RATINGS else "MPAA rating", esc(t.rating)))
        if t.rating in MPAA[1:5]:
            rows.append(("MPAA explanation", pick(rng, ("violence and some language", "thematic elements", "brief strong language"))))
    if t.seasons:
        rows.append(("Seasons", str(t.seasons)))
    label = "TV Details" if t.kind == "show" else "Movie Details"
    body = "".join(f"<li><span>{k}</span>: {v}</li>" for k, v in rows)
    return f'<section class="{c("details")}"><h2>{label}</h2><ul>{body}</ul></section>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("streaming")}"><h2>Streaming on</h2><p>Not available to stream right now.</p></section>'
    n = len(s.platforms)
    head = (f"Available on {n} {'service' if n == 1 else 'services'}" if s.available
            else f"Available on 0 of {n} tracked {'service' if n == 1 else 'services'}")
    logos = "".join(f'<a href="/go/{i}"><img alt="{esc(p)}" src="/logos/{i}.png"></a>' for i, p in enumerate(s.platforms))
    return f'<section class="{c("streaming")}"><h2>Streaming on</h2><p>{head}</p><div>{logos}</div><small>Last updated {long_date(s.verified_on)}</small></section>'


def _community(t: Title, ctx: Context, c: Classes) -> str:
    parents = f'<div><h3>Parents say</h3><span>age {age(t) - 1}+</span> <span>Based on {len(t.slug) + 3} reviews</span></div>'
    kids = f'<div><h3>Kids say</h3><span>age {age(t) - 2}+</span> <span>Based on {len(t.title) + 1} reviews</span></div>'
    items = "".join(f'<article class="{c("user-review")}"><b>Parent of a {8 + r.score % 8}-year-old</b> <span>age {8 + r.score}+</span>'
                    f"<time>{long_date(r.posted)}</time><p>{esc(r.text)}</p></article>" for r in ctx.reviews)
    return f'<section class="{c("community")}">{parents}{kids}{items}</section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><h3>{esc(o.title)}</h3></a><span>age {10 + len(o.slug) % 8}+</span>'
                    f'<span>{o.year}</span><span>{o.runtime or 97} minutes</span><span>{esc(o.rating or "")}</span></li>' for o in ctx.others)
    return f'<section class="{c("related")}"><h2>Related Movies</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about-us">About</a><a href="/privacy">Privacy</a><a href="/terms">Terms of use</a>'
            "<p>© Common Sense Media. All rights reserved. Common Sense is a 501(c)(3) nonprofit.</p></footer>")
