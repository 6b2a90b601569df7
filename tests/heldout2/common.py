"""Shared pieces of the third held-out set: the sample records, value formatters in the
English forms real title pages use, and distractor material (rails, reviews, episodes).

Everything here is deterministic given a `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SITE = "https://www.reelguide.example"

Record = dict[str, Any]

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "INR": "₹"}
LIST_KEYS = ("genres", "countries", "studios", "directors", "writers", "cast")


def load_records() -> list[Record]:
    """The sample records a held-out page may render (rejects and the truncated page excluded)."""
    out = []
    for path in sorted((FIXTURES / "expected").glob("*.json")):
        if path.stem == "v2-truncated-heat":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("reject"):
            continue
        out.append(data)
    return out


RECORDS = load_records()
SPEC_KEYS: list[str] = list(RECORDS[0].keys())


def blank(r: Record) -> Record:
    """An expected record with only what every page gives: id, kind (from the URL) and title."""
    e: Record = {k: ([] if k in LIST_KEYS else None) for k in SPEC_KEYS}
    e["source_id"] = r["source_id"]
    e["kind"] = r["kind"]
    e["title"] = r["title"]
    return e


def t(s: object) -> str:
    """Text node escaping (apostrophes stay literal, as most servers render them)."""
    return html.escape(str(s), quote=False)


def a(s: object) -> str:
    """Attribute value escaping."""
    return html.escape(str(s), quote=True)


def jsonld(data: object) -> str:
    body = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">{body}</script>'


def slug_of(r: Record) -> str:
    return str(r["source_id"]).split("/", 1)[1]


# ---- value formats ------------------------------------------------------------------------


def date_text(iso: str, style: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    month = MONTHS[m - 1]
    if style == "mdy":
        return f"{month} {d}, {y}"
    if style == "dmy":
        return f"{d} {month} {y}"
    if style == "short_mdy":
        return f"{month[:3]} {d}, {y}"
    if style == "short_dmy":
        return f"{d} {month[:3]} {y}"
    if style == "ordinal":
        return f"{month} {ordinal(d)}, {y}"
    if style == "iso":
        return iso
    raise ValueError(style)


def ordinal(d: int) -> str:
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}"


def runtime_text(minutes: int, style: str) -> str:
    h, m = divmod(minutes, 60)
    if style == "hm":
        return " ".join(p for p in (f"{h}h" if h else "", f"{m}m" if m or not h else "") if p)
    if style == "hmin":
        return " ".join(p for p in (f"{h}h" if h else "", f"{m}min" if m or not h else "") if p)
    if style == "hrmin":
        parts = [f"{h} hr" if h else "", f"{m} min" if m or not h else ""]
        return " ".join(p for p in parts if p)
    if style == "min":
        return f"{minutes} min"
    if style == "mins":
        return f"{minutes} mins"
    if style == "minutes":
        return f"{minutes} minutes"
    raise ValueError(style)


def count_text(n: int, style: str) -> str:
    if style == "abbr":
        for div, suffix in ((1_000_000, "M"), (1_000, "K")):
            if n >= div and (n * 10) % div == 0:
                q = Decimal(n) / Decimal(div)
                return f"{q.normalize():f}{suffix}"
    return f"{n:,}"


def _words(amount: int) -> str | None:
    for div, word in ((10**9, "billion"), (10**6, "million")):
        if amount >= div and (amount * 100) % div == 0:
            q = Decimal(amount) / Decimal(div)
            return f"{q.normalize():f} {word}"
    return None


def money_text(m: dict[str, str], style: str) -> str:
    amount = int(m["amount"])
    cur = m["currency"]
    sym = SYMBOLS.get(cur)
    if style == "words":
        w = _words(amount)
        if w is not None:
            return f"{sym}{w}" if sym else f"{cur} {w}"
        style = "symbol"
    if style == "symbol" and sym:
        return f"{sym}{amount:,}"
    if style == "code_after":
        w = _words(amount)
        return f"{w} {cur}" if w else f"{amount:,} {cur}"
    return f"{cur} {amount:,}"


# ---- distractors --------------------------------------------------------------------------

FAKE_TITLES = [
    "Quiet Meridian", "The Paper Lantern", "Harbor Lights", "North of Dawn", "Salt & Cinder",
    "The Ninth Orchard", "Velvet Static", "Lowland Choir", "A Year of Rivers", "The Glass Ferry",
    "Copper Season", "Moth Parade", "The Last Switchman", "Winter Cartography", "Bright Ruin",
]  # fmt: skip
FAKE_PEOPLE = [
    "Marta Kowalczyk", "Dev Anand Rao", "Hollis Greer", "Ines Okafor", "Pavel Dusek",
    "Lucía Ferreyra", "Tomasz Wren", "Saoirse Kell", "Jun-seo Bae", "Odile Marchetti",
    "Kwame Asante", "Birgit Lund", "Rafael Quintero", "Yuki Hoshino", "Colm Brennan",
]  # fmt: skip
FAKE_ROLES = ["Detective Ruiz", "The Ferryman", "Aunt Clara", "Young Tomas", "Dispatcher"]
GENRES = ["Drama", "Comedy", "Thriller", "Horror", "Documentary", "Mystery", "Sci-Fi"]
RATINGS = ["PG", "PG-13", "R", "TV-14", "TV-MA", "G"]
STUDIOS = ["Lantern Hill Films", "Bluewater Pictures", "Sable & Crane", "Kite Media"]
SERVICES = ["Peacock", "Tubi", "Pluto TV", "Kanopy", "Fubo", "Starz", "Hoopla"]


def rail(rng: random.Random, r: Record, k: int = 6) -> list[Record]:
    """Other titles for a 'more like this' rail: real sample records (their own facts) mixed
    with invented ones, each with a year, runtime, rating, score and vote count."""
    others = [x for x in RECORDS if x["source_id"] != r["source_id"]]
    picked = rng.sample(others, k=min(k // 2 + 1, len(others)))
    out = []
    for x in picked:
        out.append({
            "title": x["title"], "path": "/" + x["source_id"], "kind": x["kind"],
            "year": x["release_year"] or rng.randint(1950, 2025),
            "runtime": x["runtime_minutes"] or rng.randint(80, 150),
            "rating": x["content_rating"] or rng.choice(RATINGS),
            "genre": (x["genres"] or [rng.choice(GENRES)])[0],
            "score": rng.randint(41, 97), "votes": rng.randint(120, 2_000_000),
        })  # fmt: skip
    for name in rng.sample(FAKE_TITLES, k=k - len(out)):
        kind = rng.choice(["movie", "movie", "show"])
        slug = name.lower().replace("& ", "").replace(" ", "-")
        out.append({
            "title": name, "path": f"/{kind}/{slug}-{rng.randint(200, 999)}", "kind": kind,
            "year": rng.randint(1950, 2026), "runtime": rng.randint(22, 175),
            "rating": rng.choice(RATINGS), "genre": rng.choice(GENRES),
            "score": rng.randint(30, 99), "votes": rng.randint(3, 900_000),
        })  # fmt: skip
    rng.shuffle(out)
    return out


def reviews(rng: random.Random, r: Record, k: int = 3) -> list[dict[str, Any]]:
    """User/critic reviews that mention years, runtimes, ratings, money and other people."""
    templates = [
        "Saw it again in {year2} and it still holds up. At {mins} minutes it never drags. "
        "{score}/10.",
        "Honestly overrated. I'd rate it PG-13 at most, and the {money} they spent shows only in "
        "the last act. {person} deserved more screen time.",
        "My dad took me to see this in {year2}; {votes} people can't all be wrong. Written by "
        "{person}? No, but it feels like it.",
        "Released on {day} in my country, two years late. Directed with real care. "
        "Runtime {h}h {m}m felt like 90.",
        "The {n} seasons of the remake never came close. Rated {rating}, bring tissues.",
    ]
    out = []
    for i in range(k):
        year2 = rng.randint(1990, 2025)
        text = rng.choice(templates).format(
            year2=year2, mins=rng.randint(80, 190), score=rng.randint(3, 10),
            money=f"${rng.randint(2, 300)} million", person=rng.choice(FAKE_PEOPLE),
            votes=f"{rng.randint(2, 999)},{rng.randint(100, 999)}",
            day=f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year2}", h=rng.randint(1, 3),
            m=rng.randint(0, 59), n=rng.randint(2, 9), rating=rng.choice(RATINGS),
        )  # fmt: skip
        out.append({
            "author": rng.choice(FAKE_PEOPLE).split()[0].lower() + str(rng.randint(1, 99)),
            "score": rng.randint(1, 10), "text": text,
            "date": f"{rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {rng.randint(2010, 2026)}",
            "helpful": rng.randint(0, 4000), "i": i,
        })  # fmt: skip
    return out


def episodes(rng: random.Random, r: Record, k: int = 4) -> list[dict[str, Any]]:
    """Episode rows of season 1: their own air dates, runtimes, directors, writers, guests."""
    start = (
        dt.date.fromisoformat(r["release_date"])
        if r["release_date"]
        else dt.date(r["release_year"] or 2010, rng.randint(1, 9), rng.randint(1, 28))
    )
    names = ["Pilot", "The Long Way Round", "Cat's in the Bag", "Small Hours", "Blackout",
             "Home Fires", "The Inheritance", "Crossing Over"]  # fmt: skip
    out = []
    for i in range(k):
        out.append({
            "season": 1, "number": i + 1, "title": names[i % len(names)],
            "date": (start + dt.timedelta(days=7 * i)).isoformat(),
            "runtime": (r["runtime_minutes"] or 30) + rng.randint(-4, 12),
            "director": rng.choice(FAKE_PEOPLE), "writer": rng.choice(FAKE_PEOPLE),
            "guest": rng.choice(FAKE_PEOPLE), "guest_role": rng.choice(FAKE_ROLES),
            "votes": rng.randint(500, 90_000), "score": round(rng.uniform(6.0, 9.8), 1),
        })  # fmt: skip
    return out


def cookie_banner(style: int) -> str:
    if style == 0:
        return (
            '<div id="onetrust-banner-sdk" role="dialog" aria-label="Cookie banner"><p>We use '
            "cookies and similar technologies to personalise content, measure ads and improve "
            "our services. By clicking “Accept All” you agree to 12 partners.</p>"
            '<button id="onetrust-accept-btn-handler">Accept All</button>'
            "<button>Cookie Settings</button></div>"
        )
    return (
        '<div class="cc-window cc-banner" aria-live="polite"><span class="cc-message">This '
        "site uses cookies to ensure you get the best experience. Learn more in our Privacy "
        'Policy (updated March 1, 2026).</span><a class="cc-btn cc-dismiss">Got it!</a></div>'
    )


def news(rng: random.Random, r: Record, k: int = 3) -> list[dict[str, str]]:
    """News items and trivia about other titles and people: money, dates, runtimes, counts."""
    other = rng.choice(FAKE_TITLES)
    person = rng.choice(FAKE_PEOPLE)
    items = [
        (
            f"{other} wraps shooting",
            f"Production on {other} wrapped after {rng.randint(40, 120)} days on a reported "
            f"${rng.randint(5, 200)} million budget; release is set for "
            f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2026, 2028)}.",
        ),
        (
            f"{person} joins {other}",
            f"{person} has been cast as {rng.choice(FAKE_ROLES)}, directed by "
            f"{rng.choice(FAKE_PEOPLE)} and written by {rng.choice(FAKE_PEOPLE)}.",
        ),
        (
            "Weekend box office",
            f"{rng.choice(FAKE_TITLES)} led the weekend with ${rng.randint(10, 90)},"
            f"{rng.randint(100, 999)},{rng.randint(100, 999)} from {rng.randint(2000, 4300):,} "
            f"theaters; its {rng.randint(90, 160)}-minute cut is rated {rng.choice(RATINGS)}.",
        ),
        (
            "Streaming this week",
            f"New on {rng.choice(SERVICES)} and {rng.choice(SERVICES)}: "
            f"{rng.randint(12, 40)} titles, including {rng.choice(FAKE_TITLES)} "
            f"(Season {rng.randint(2, 6)}).",
        ),
    ]
    rng.shuffle(items)
    return [
        {"headline": h, "text": x, "date": f"{rng.randint(1, 28)} Feb 2026"} for h, x in items[:k]
    ]
