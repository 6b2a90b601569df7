# ruff: noqa: E501  (HTML templates: long literal markup lines)
"""Shared page parts for the held-out set 5: navigation, banners, rails, record helpers."""

from __future__ import annotations

import copy
from typing import Any

from tests.heldout5.fmt import e, fmt_runtime

BASE = "https://www.reelguide.example"

Rec = dict[str, Any]


def url_of(r: Rec) -> str:
    return f"{BASE}/{r['source_id']}"


def blank(r: Rec) -> Rec:
    """A copy of the record for building the expected one."""
    return copy.deepcopy(r)


def studios_text(r: Rec, more: str = "+{n} more") -> str | None:
    if not r["studios"]:
        return None
    extra = (r["studios_total"] or len(r["studios"])) - len(r["studios"])
    text = ", ".join(e(s) for s in r["studios"])
    if extra > 0:
        text += " " + more.format(n=extra)
    return text


def studios_expected(r: Rec, x: Rec) -> None:
    if not r["studios"]:
        x["studios"], x["studios_total"] = [], None
    elif not r["studios_total"]:
        x["studios_total"] = len(r["studios"])


def cookie_banner(style: int) -> str:
    if style == 0:
        return (
            '<div class="cc-banner" role="dialog" aria-label="Cookie consent"><p>We use cookies to '
            "personalise 3 kinds of content and measure 12 partners. </p><button>Accept all</button>"
            "<button>Manage choices</button></div>"
        )
    return (
        '<aside id="consent" class="consent"><h2>Your privacy</h2><p>ReelGuide and 148 partners store '
        'data on your device.</p><a href="/privacy">Privacy policy</a> <button>OK</button></aside>'
    )


def nav() -> str:
    items = ["Movies", "TV Shows", "New on Streaming", "Coming Soon", "Top 250", "Watchlist"]
    lis = "".join(f'<li><a href="/{i.lower().replace(" ", "-")}">{i}</a></li>' for i in items)
    return (
        f'<header class="site-header"><a href="/" class="logo" aria-label="ReelGuide">ReelGuide</a>'
        f'<nav aria-label="Primary"><ul>{lis}</ul></nav><form role="search" action="/search">'
        f'<input name="q" placeholder="Search 2 million titles"></form></header>'
    )


def footer() -> str:
    return (
        '<footer class="site-footer"><nav><a href="/about">About</a> · <a href="/jobs">Jobs</a> · '
        '<a href="/help">Help</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></nav>'
        "<p>© 2027 ReelGuide, Inc. Data updated every 24 hours.</p></footer>"
    )


def rail_items(others: list[Rec]) -> list[dict[str, str]]:
    out = []
    for o in others:
        out.append(
            {
                "href": "/" + o["source_id"],
                "title": o["title"],
                "year": str(o["release_year"] or ""),
                "runtime": fmt_runtime(o["runtime_minutes"], 1) if o["runtime_minutes"] else "",
                "rating": o["content_rating"] or "NR",
                "votes": f"{o['user_rating_count']:,}" if o["user_rating_count"] else "",
            }
        )
    return out


def other_people() -> list[str]:
    return ["Marta Lindgren", "Oscar Bellweather", "Priyanka Desai"]


def trailer_embed(r: Rec, x: Rec, style: int) -> str:
    """The embedded trailer (style 0: youtube iframe, 1: nocookie iframe); -1 hides it."""
    url = r["trailer_url"]
    if not url or style < 0:
        x["trailer_url"] = None
        return ""
    vid = url.rsplit("v=", 1)[-1]
    host = "www.youtube.com" if style == 0 else "www.youtube-nocookie.com"
    return (
        f'<div class="trailer"><h2>Trailer</h2><iframe width="560" height="315" title="Official trailer" '
        f'src="https://{host}/embed/{vid}?rel=0" allowfullscreen loading="lazy"></iframe></div>'
    )
