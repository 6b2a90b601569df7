# ruff: noqa: E501  (HTML templates read best on one line)
"""Shared pieces of the held-out redesign generator: the records, value formats,
class-name schemes, the expected-record builder, schema.org data and distractors.

Written without looking at the parser or the existing redesign kit: the only
inputs are tests/fixtures/SPEC.md and the sample pages/records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SKIP = {"v2-truncated-heat"}

SPEC_KEYS = [
    "source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
    "release_date", "release_year", "runtime_minutes", "content_rating",
    "user_rating_count", "genres", "countries", "studios", "studios_total",
    "budget", "box_office", "imdb_id", "trailer_url", "seasons", "streaming",
    "directors", "writers", "cast",
]
LIST_KEYS = {"genres", "countries", "studios", "directors", "writers", "cast"}

Rec = dict[str, Any]


def load_records() -> list[tuple[str, Rec]]:
    out: list[tuple[str, Rec]] = []
    for path in sorted((FIXTURES / "expected").glob("*.json")):
        if path.stem in SKIP:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("reject"):
            continue
        out.append((path.stem, {k: data[k] for k in SPEC_KEYS}))
    return out


RECORDS = load_records()


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


# ---------------------------------------------------------------- formats

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt_date(rng: random.Random, iso: str, style: str | None = None) -> str:
    d = dt.date.fromisoformat(iso)
    full = MONTHS[d.month - 1]
    short = full[:3] if d.month != 9 else "Sep"
    # mm/dd/yyyy only when a design asks for it (with a US marker): it is ambiguous otherwise
    style = style or rng.choice(["mdy", "dmy", "mdy_short", "dmy_short", "iso", "mdy_short_dot"])
    if style == "mdy":
        return f"{full} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {full} {d.year}"
    if style == "mdy_short":
        return f"{short} {d.day}, {d.year}"
    if style == "mdy_short_dot":
        return f"{short}. {d.day}, {d.year}" if d.month != 5 else f"May {d.day}, {d.year}"
    if style == "dmy_short":
        return f"{d.day} {short} {d.year}"
    if style == "iso":
        return iso
    if style == "us_slash":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    raise ValueError(style)


def fmt_runtime(rng: random.Random, minutes: int, style: str | None = None) -> str:
    h, m = divmod(minutes, 60)
    styles = ["hm", "hmin", "min", "minutes", "hr_min", "hours_minutes", "mins"]
    style = style or rng.choice(styles)
    if h == 0:
        return {"hm": f"{m}m", "hmin": f"{m}min", "min": f"{m} min", "minutes": f"{m} minutes",
                "hr_min": f"{m} min", "hours_minutes": f"{m} minutes", "mins": f"{m} mins"}[style]
    if style == "hm":
        return f"{h}h {m}m" if m else f"{h}h"
    if style == "hmin":
        return f"{h}h {m:02d}min" if m else f"{h}h"
    if style == "min":
        return f"{minutes} min"
    if style == "minutes":
        return f"{minutes} minutes"
    if style == "mins":
        return f"{minutes} mins"
    if style == "hr_min":
        return f"{h} hr {m} min" if m else f"{h} hr"
    hs = "hour" if h == 1 else "hours"
    return f"{h} {hs} {m} minutes" if m else f"{h} {hs}"


def _dec(x: Decimal) -> str:
    s = format(x.normalize(), "f")
    return s


def fmt_count(rng: random.Random, n: int, allow_short: bool = True) -> str:
    forms = [f"{n:,}"]
    if allow_short and n >= 1_000_000 and n % 100_000 == 0:
        forms += [f"{_dec(Decimal(n) / 1_000_000)}M"] * 2
    elif allow_short and n >= 10_000 and n % 100 == 0:
        forms += [f"{_dec(Decimal(n) / 1000)}K", f"{_dec(Decimal(n) / 1000)}k"]
    return rng.choice(forms)


SYMBOLS = {"USD": ["$", "US$"], "EUR": ["€"], "GBP": ["£"], "JPY": ["¥"], "KRW": ["₩"],
           "INR": ["₹"], "AUD": ["A$"], "CAD": ["CA$"]}


def fmt_money(rng: random.Random, money: dict[str, str], countries: list[str], style: str | None = None) -> str:
    amount = Decimal(money["amount"])
    cur = money["currency"]
    syms = list(SYMBOLS.get(cur, []))
    if cur == "JPY" and "China" in countries and "Japan" not in countries:
        syms = []
    sym = rng.choice(syms) if syms else None
    style = style or rng.choice(["full", "full", "million", "short", "code", "cents"])
    if style == "million" and amount >= 1_000_000 and amount % 100_000 == 0:
        if amount >= 1_000_000_000 and amount % 100_000_000 == 0:
            num = f"{_dec(amount / 1_000_000_000)} billion"
        else:
            num = f"{_dec(amount / 1_000_000)} million"
        return f"{sym}{num}" if sym else f"{num} {cur}"
    if style == "short" and amount >= 1_000_000 and amount % 100_000 == 0:
        if amount >= 1_000_000_000 and amount % 10_000_000 == 0:
            num = f"{_dec(amount / 1_000_000_000)}B"
        else:
            num = f"{_dec(amount / 1_000_000)}M"
        return f"{sym}{num}" if sym else f"{cur} {num}"
    if style == "code" or not sym:
        return rng.choice([f"{cur} {int(amount):,}", f"{int(amount):,} {cur}"])
    if style == "cents":
        return f"{sym}{int(amount):,}.00"
    return f"{sym}{int(amount):,}"


# ---------------------------------------------------------------- class names

class Namer:
    """One class-naming scheme per page: hashed CSS-in-JS, styled-components,
    BEM, CSS modules or Tailwind utilities."""

    TW = ("flex items-center gap-2", "text-sm text-gray-500", "mt-4 grid grid-cols-2 gap-x-6",
          "font-semibold text-lg", "px-3 py-1 rounded-full bg-zinc-800", "space-y-2",
          "text-xs uppercase tracking-wide text-neutral-400", "max-w-3xl leading-relaxed",
          "w-full md:w-1/3", "border-t border-white/10 pt-6", "inline-flex", "truncate")

    def __init__(self, rng: random.Random, block: str) -> None:
        self.scheme = rng.choice(["emotion", "sc", "bem", "module", "tw"])
        self.block = block
        self.salt = str(rng.random())
        self.rng = rng

    def _h(self, name: str, n: int = 6) -> str:
        return hashlib.sha1((self.salt + name).encode()).hexdigest()[:n]

    def __call__(self, name: str) -> str:
        if self.scheme == "emotion":
            return f"css-{self._h(name)}"
        if self.scheme == "sc":
            return f"sc-{self._h(name, 5)}-{int(self._h(name + 'x', 2), 16) % 10} {self._h(name + 'y', 6)}"
        if self.scheme == "bem":
            return f"{self.block}__{name}"
        if self.scheme == "module":
            return f"{name.title().replace('-', '')}_{name}__{self._h(name, 5)}"
        idx = int(self._h(name, 4), 16) % len(self.TW)
        return self.TW[idx]


# ---------------------------------------------------------------- expected

class Exp:
    """The expected record, filled as the page shows things."""

    def __init__(self, rec: Rec) -> None:
        self.rec = rec
        self.d: Rec = {k: ([] if k in LIST_KEYS else None) for k in SPEC_KEYS}
        self.d["source_id"] = rec["source_id"]
        self.d["kind"] = rec["kind"]
        self.d["title"] = rec["title"]
        self.visible: set[str] = set()

    def show(self, key: str, value: Any = None) -> None:
        self.visible.add(key)
        self.d[key] = self.rec[key] if value is None else value

    def date(self, full: bool) -> None:
        """The page shows the release date (full) or only its year."""
        if full and self.rec["release_date"]:
            self.show("release_date")
        self.show("release_year")


# ---------------------------------------------------------------- schema.org

def jsonld(rng: random.Random, rec: Rec, exp: Exp, fields: set[str], url: str) -> str:
    """A JSON-LD block carrying `fields` of the record; fields the visible page
    lacks take their expected value from it."""
    typ = "Movie" if rec["kind"] == "movie" else "TVSeries"
    ld: dict[str, Any] = {"@context": rng.choice(["https://schema.org", "http://schema.org", "https://schema.org/"]),
                          "@type": typ, "name": rec["title"], "url": url}
    from_ld: dict[str, Any] = {}
    if "release_date" in fields and rec["release_date"]:
        ld["datePublished" if typ == "Movie" else "startDate"] = rec["release_date"]
        from_ld["release_date"] = rec["release_date"]
        from_ld["release_year"] = rec["release_year"]
    if "runtime_minutes" in fields and rec["runtime_minutes"]:
        h, m = divmod(rec["runtime_minutes"], 60)
        ld["duration" if typ == "Movie" else "timeRequired"] = f"PT{h}H{m}M" if h else f"PT{m}M"
        if typ == "Movie":
            from_ld["runtime_minutes"] = rec["runtime_minutes"]
        else:
            ld.pop("timeRequired")
    if "genres" in fields and rec["genres"]:
        ld["genre"] = rec["genres"] if len(rec["genres"]) > 1 or rng.random() < 0.5 else rec["genres"][0]
        from_ld["genres"] = rec["genres"]
    if "content_rating" in fields and rec["content_rating"]:
        ld["contentRating"] = rec["content_rating"]
        from_ld["content_rating"] = rec["content_rating"]
    if "countries" in fields and rec["countries"]:
        ld["countryOfOrigin"] = [{"@type": "Country", "name": c} for c in rec["countries"]]
        from_ld["countries"] = rec["countries"]
    if "studios" in fields and rec["studios"]:
        ld["productionCompany"] = [{"@type": "Organization", "name": s} for s in rec["studios"]]
        from_ld["studios"] = rec["studios"]
        from_ld["studios_total"] = len(rec["studios"])
    if "user_rating_count" in fields and rec["user_rating_count"]:
        ld["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": round(rng.uniform(5.5, 8.9), 1),
                                 "bestRating": 10, "worstRating": 1, "ratingCount": rec["user_rating_count"]}
        from_ld["user_rating_count"] = rec["user_rating_count"]
    if "directors" in fields and rec["directors"]:
        ld["director"] = [{"@type": "Person", "name": n} for n in rec["directors"]]
        from_ld["directors"] = rec["directors"]
    if "writers" in fields and rec["writers"]:
        key = "creator" if rec["kind"] == "show" else rng.choice(["author", "creator"])
        ld[key] = [{"@type": "Person", "name": n} for n in rec["writers"]]
        from_ld["writers"] = rec["writers"]
    if "cast" in fields and rec["cast"]:
        ld["actor"] = [{"@type": "Person", "name": c["actor"]} for c in rec["cast"]]
        from_ld["cast"] = [{"actor": c["actor"], "character": None} for c in rec["cast"]]
    if "imdb_id" in fields and rec["imdb_id"]:
        ld["sameAs"] = [f"https://www.imdb.com/title/{rec['imdb_id']}/"]
        from_ld["imdb_id"] = rec["imdb_id"]
    if "trailer_url" in fields and rec["trailer_url"]:
        vid = rec["trailer_url"].rsplit("=", 1)[1]
        ld["trailer"] = {"@type": "VideoObject", "name": "Official Trailer",
                         "embedUrl": f"https://www.youtube.com/embed/{vid}",
                         "thumbnailUrl": f"https://i.ytimg.com/vi/{vid}/hqdefault.jpg"}
        from_ld["trailer_url"] = rec["trailer_url"]
    if "seasons" in fields and rec["seasons"]:
        ld["numberOfSeasons"] = rec["seasons"]
        from_ld["seasons"] = rec["seasons"]
    if "synopsis" in fields and rec["synopsis"]:
        ld["description"] = rec["synopsis"]
        from_ld["synopsis"] = rec["synopsis"]
    for k, v in from_ld.items():
        if k not in exp.visible:
            exp.d[k] = v
    shape = rng.choice(["plain", "plain", "graph", "list"])
    doc: Any = ld
    if shape == "graph":
        ctx = ld.pop("@context")
        doc = {"@context": ctx, "@graph": [
            {"@type": "WebSite", "name": "ReelGuide", "url": "https://www.reelguide.example/"},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.reelguide.example/"},
                {"@type": "ListItem", "position": 2, "name": rec["title"], "item": url}]},
            ld]}
    elif shape == "list":
        doc = [{"@context": "https://schema.org", "@type": "Organization", "name": "ReelGuide",
                "logo": "https://www.reelguide.example/logo.png"}, ld]
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    text = text.replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


# ---------------------------------------------------------------- distractors

OTHER_TITLES = [
    ("The Quiet Meridian", 2014, 118, "PG-13", 7.1), ("Harbor of Glass", 1998, 104, "R", 6.4),
    ("Northbound", 2021, 97, "PG", 6.9), ("A Winter in Lisbon", 2006, 131, "R", 7.6),
    ("Saltwater Saints", 2019, 88, "TV-MA", 8.0), ("Copper Sky", 1987, 112, "PG", 7.3),
    ("Night Ferry", 2011, 126, "R", 6.1), ("The Last Cartographer", 2023, 143, "PG-13", 7.8),
    ("Velvet Static", 2002, 95, "NR", 5.9), ("Orchard Road", 1979, 101, "PG", 7.0),
    ("Signal Fires", 2016, 109, "R", 6.6), ("Paper Lanterns", 2009, 92, "G", 7.4),
]
REVIEWERS = ["cinephile_88", "Marta K.", "jdoe2001", "filmfan", "Okonkwo", "lucia.v", "TheReelDeal"]


def rail(rng: random.Random, c: Namer, heading: str | None = None) -> str:
    heading = heading or rng.choice(["More Like This", "You might also like", "Similar titles", "Recommendations",
                                     "People also watched", "Trending now", "Because you viewed this"])
    items = rng.sample(OTHER_TITLES, rng.randint(4, 7))
    lis = []
    for t, y, rt, cr, sc in items:
        slug = t.lower().replace(" ", "-")
        lis.append(
            f'<li class="{c("rail-item")}"><a href="/movie/{slug}"><img alt="{esc(t)}" src="/img/p/{slug}.jpg">'
            f'<span class="{c("rail-title")}">{esc(t)}</span></a>'
            f'<span class="{c("rail-meta")}">{y} · {fmt_runtime(rng, rt, "hm")} · {cr}</span>'
            f'<span class="{c("rail-score")}" aria-label="Rated {sc} out of 10">★ {sc}</span>'
            f'<span class="{c("rail-votes")}">({rng.randint(2, 900)}K)</span></li>')
    return (f'<section class="{c("rail")}" aria-label="{esc(heading)}"><h2>{esc(heading)}</h2>'
            f'<ul class="{c("rail-list")}">{"".join(lis)}</ul></section>')


def reviews(rng: random.Random, c: Namer, title: str) -> str:
    bodies = [
        f"Watched {title} for the third time last night. Still 9/10, though the middle hour drags.",
        "I saw this in 1997 at a tiny cinema and it's still my favourite. 2h well spent.",
        "Overrated. 1,200 people can't all be right but I gave it 4 stars out of 10.",
        "The score alone is worth it. Runtime felt like 90 minutes. Rated R for a reason!",
        f"My dad took me to see {title} when I was 12. Directed with real care.",
        "Budget looked like $200 million, honestly. Streaming on three services here.",
    ]
    items = []
    for body in rng.sample(bodies, rng.randint(2, 4)):
        who = rng.choice(REVIEWERS)
        items.append(
            f'<article class="{c("review")}"><header><span class="{c("review-author")}">{esc(who)}</span>'
            f'<span class="{c("review-score")}">{rng.randint(3, 10)}/10</span>'
            f'<time datetime="2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}">{rng.randint(2, 30)} days ago</time></header>'
            f'<p>{esc(body)}</p><footer>{rng.randint(3, 400)} of {rng.randint(401, 900)} found this helpful</footer></article>')
    head = rng.choice(["User reviews", "Reviews", "Popular reviews", "Audience Reviews", "What members say"])
    return f'<section class="{c("reviews")}"><h2>{head}</h2>{"".join(items)}</section>'


def trivia(rng: random.Random, c: Namer, title: str) -> str:
    facts = [
        f"The original cut of {title} ran 3h 12m before the studio asked for trims.",
        "The production spent $4.2 million on a single set that appears for 40 seconds.",
        "Released on 4 July 2003 in a limited run of 12 screens.",
        "A sequel was announced in 2019 with a planned runtime of 140 min.",
    ]
    head = rng.choice(["Did you know", "Trivia", "News", "Behind the scenes"])
    f = rng.choice(facts)
    return f'<aside class="{c("trivia")}"><h3>{head}</h3><p>{esc(f)}</p><a href="#">See more</a></aside>'


def cookie_banner(rng: random.Random, c: Namer) -> str:
    if rng.random() < 0.3:
        return ""
    text = rng.choice([
        "We use cookies and similar technologies to personalise content and ads. See our Cookie Policy.",
        "This site uses cookies. By continuing to browse you agree to our use of cookies for 13 months.",
        "We and our 842 partners store and access information on your device.",
    ])
    return (f'<div class="{c("cookie")}" role="dialog" aria-label="Cookie consent"><p>{text}</p>'
            f'<button>Accept all</button><button>Reject all</button><button>Manage preferences</button></div>')


def nav(rng: random.Random, c: Namer) -> str:
    links = rng.sample(["Home", "Movies", "TV Shows", "New", "Popular", "Top Rated", "Coming Soon", "Lists",
                        "Members", "Journal", "Watchlist", "Netflix", "Hulu", "Max", "Free Movies", "Sign in"], 8)
    lis = "".join(f'<li><a href="/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in links)
    return (f'<header class="{c("site-header")}"><a href="/" class="{c("logo")}" aria-label="ReelGuide">'
            f'<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg></a><nav><ul>{lis}</ul></nav>'
            f'<form action="/search"><input type="search" placeholder="Search films, shows, people"></form></header>')


def footer(rng: random.Random, c: Namer) -> str:
    cols = ["About", "Careers", "Press", "Help", "API", "Terms of Use", "Privacy", "Contact", "Advertise"]
    lis = "".join(f'<li><a href="/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in rng.sample(cols, 6))
    return (f'<footer class="{c("footer")}"><ul>{lis}</ul><p>© 1990–2026 ReelGuide, Inc. '
            f'Film data from 2,400,000 titles. Made in 1 city with 12 coffees.</p></footer>')


def episodes(rng: random.Random, c: Namer, rec: Rec) -> str:
    """An episode list: episode directors, runtimes and dates are not the show's."""
    year = rec["release_year"] or 2010
    lis = []
    for i in range(1, rng.randint(3, 6)):
        rt = (rec["runtime_minutes"] or 45) + rng.randint(-6, 9)
        d = dt.date(year + rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        who = rng.choice(["Adriana Vell", "Tomás Eberly", "Kiran Okafor", "Paul Duvane"])
        lis.append(
            f'<li class="{c("episode")}"><span>S1.E{i}</span> <strong>Episode {i}: {rng.choice(["Pilot", "Crossing", "Fallout", "Old Debts", "Quiet Hours"])}</strong>'
            f'<span class="{c("ep-meta")}">{fmt_date(rng, d, "mdy_short")} · {rt}m</span>'
            f'<p>Directed by {who}. Written by {rng.choice(["Nell Arkin", "J. Sato"])}.</p>'
            f'<span class="{c("ep-score")}">★ {round(rng.uniform(7, 9.6), 1)} ({rng.randint(2, 40)}K)</span></li>')
    head = rng.choice(["Episodes", "Episode guide", "Season 1"])
    return f'<section class="{c("episodes")}"><h2>{head}</h2><ol>{"".join(lis)}</ol></section>'


def page(title: str, head_extra: str, body: str, url: str, body_class: str, canonical: bool = True) -> str:
    canon = f'<link rel="canonical" href="{url}">' if canonical else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)}</title>{canon}'
            f'<meta property="og:url" content="{url}">'
            f'{head_extra}</head><body class="{body_class}">{body}</body></html>')
