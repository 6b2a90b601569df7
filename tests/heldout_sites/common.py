"""Page furniture and value formats shared by the designs."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from html import escape

from tests.heldout_sites.records import FIRST, LAST, WORDS, Title, person

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "KRW": "₩", "INR": "₹",
          "BRL": "R$", "AUD": "A$", "CAD": "CA$", "DEM": "DM "}


def esc(text: str) -> str:
    return escape(text, quote=True)


def hm(minutes: int) -> str:
    """111 -> "1h 51m", 120 -> "2h", 45 -> "45m"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}m"
    return f"{hours}h {rest}m" if rest else f"{hours}h"


def long_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def short_date(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def day_month(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def grouped(n: int, sep: str = ",") -> str:
    return f"{n:,}".replace(",", sep)


def short_count(n: int) -> str:
    """Exact for counts `round_count` made: 1600 -> "1.6K", 1400000 -> "1.4M"."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}".removesuffix(".0") + "M"
    if n >= 1000:
        return f"{n / 1000:.1f}".removesuffix(".0") + "K"
    return str(n)


def round_count(n: int) -> int:
    if n >= 1_000_000:
        return round(n, -5)
    return round(n, -2) if n >= 1000 else n


def money_symbol(amount: int, currency: str) -> str:
    return f"{SYMBOL[currency]}{grouped(amount)}"


def shown_join(items: tuple[str, ...], sep: str = ", ") -> str:
    return sep.join(esc(i) for i in items)


def css(design: str, rules: int = 140) -> str:
    rng = random.Random(design)
    props = ("margin:0 auto", "padding:8px 12px", "display:flex", "gap:12px", "color:#1c1c1c",
             "font:14px/1.4 Inter,system-ui,sans-serif", "border-radius:6px",
             "background:#f4f4f4", "grid-template-columns:repeat(auto-fill,minmax(140px,1fr))",
             "text-transform:uppercase", "letter-spacing:.04em", "overflow:hidden")
    lines = []
    for i in range(rules):
        chosen = ";".join(rng.sample(props, 3))
        lines.append(f".{design[:2]}-{i:03d}{{{chosen}}}")
    lines.append("@media (max-width:720px){.hide-sm{display:none}}")
    return "<style>" + "\n".join(lines) + "</style>"


def nav(links: tuple[str, ...], cls: str) -> str:
    items = "".join(f'<li><a href="/{link.lower().replace(" ", "-")}">{esc(link)}</a></li>'
                    for link in links)
    return f'<nav class="{cls}" aria-label="Main"><ul>{items}</ul></nav>'


def footer(links: tuple[str, ...], owner: str) -> str:
    items = "".join(f'<li><a href="/{link.lower().replace(" ", "-")}">{esc(link)}</a></li>'
                    for link in links)
    return f"<footer><ul>{items}</ul><p>&copy; 2026 {esc(owner)}</p></footer>"


def app_state(others: list[Title], key: str) -> str:
    """A client-state script about OTHER data (the trending list, the user, flags)."""
    state = {key: {"user": {"signedIn": False, "region": "US"},
                   "flags": {"newPlayer": True, "ads": "v3"},
                   "trending": [{"id": o.slug, "name": o.title, "year": o.year,
                                 "runtime": o.runtime, "certificate": o.rating,
                                 "votes": o.votes} for o in others[:4]]}}
    text = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    return f'<script id="app-state" type="application/json">{text}</script>'


def json_ld(data: dict[str, object]) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


@dataclass(frozen=True)
class Review:
    author: str
    on: date
    text: str
    helpful: int
    score: int


@dataclass(frozen=True)
class Episode:
    season: int
    number: int
    name: str
    runtime: int
    aired: date
    director: str


def reviews(rng: random.Random, t: Title) -> list[Review]:
    found: list[Review] = []
    for _ in range(rng.randint(1, 3)):
        helpful = rng.randint(2, 900)
        if helpful == t.votes:
            helpful += 1
        when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
        if t.released == when:
            when += timedelta(days=1)
        user = f"{rng.choice(FIRST).lower()}_{rng.choice(WORDS).lower()}{rng.randint(1, 99)}"
        text = (f"Saw it twice. The {rng.choice(WORDS).lower()} scene stays with you; "
                f"{rng.choice(('the pacing drags', 'the score soars', 'the ending hurts'))}.")
        found.append(Review(user, when, text, helpful, rng.randint(1, 10)))
    return found


def episodes(rng: random.Random, t: Title) -> list[Episode]:
    if t.kind != "show":
        return []
    found: list[Episode] = []
    start = date((t.year or 2010) + 1, rng.randint(1, 12), rng.randint(1, 28))
    season = t.seasons or 1
    for number in range(1, rng.randint(3, 6)):
        runtime = rng.randint(20, 65)
        if runtime == t.runtime:
            runtime += 1
        director = person(rng)
        while director in t.directors or director in t.writers:
            director = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        name = f"{rng.choice(WORDS)} {rng.choice(('Night', 'Road', 'Letters', 'Debt'))}"
        found.append(Episode(season, number, name, runtime,
                             start + timedelta(days=7 * number), director))
    return found


def without_gross_budget(t: Title) -> Title:
    return replace(t, budget=None)
