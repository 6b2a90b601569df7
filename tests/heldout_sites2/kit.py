"""Shared formatting and page furniture: value formats each design picks from, nav, CSS, state."""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from tests.heldout_sites2.records import Money, Title

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# a symbol the spec reads unambiguously, per currency; ISO code where none is plain
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "AUD": "A$", "CAD": "CA$",
           "KRW": "₩", "INR": "₹", "BRL": "R$", "DEM": "DM"}


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def grouped(n: int, sep: str = ",") -> str:
    return f"{n:,}".replace(",", sep)


def _prefix(currency: str) -> str:
    symbol = SYMBOLS.get(currency, currency)
    return f"{symbol} " if symbol.isalpha() else symbol


def money_symbol(m: Money, sep: str = ",") -> str:
    """'$3,600,000', 'DM 7,200,000', 'CNY 70,000,000'."""
    return f"{_prefix(m.currency)}{grouped(m.amount, sep)}"


def money_words(m: Money, words: tuple[str, str] = ("billion", "million")) -> str:
    """'$3.6 million' (or '$3.6M') when that is exact, else the full figure."""
    for size, word in zip((10**9, 10**6), words, strict=True):
        if m.amount >= size and (m.amount * 10) % size == 0:
            figure = f"{m.amount / size:.1f}".removesuffix(".0")
            gap = " " if len(word) > 1 else ""
            return f"{_prefix(m.currency)}{figure}{gap}{word}"
    return money_symbol(m)


def hours(minutes: int, h: str = "h", m: str = "m", gap: str = " ") -> str:
    """'1h 51m', '2h', '45m' (units and gap vary by design)."""
    big, small = divmod(minutes, 60)
    parts = ([f"{big}{h}"] if big else []) + ([f"{small}{m}"] if small or not big else [])
    return gap.join(parts)


def long_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def day_month_year(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def compact_votes(n: int) -> str:
    """'1.4M', '12.4K', '987': what a K/M display shows (fit rounds the count to match)."""
    if n >= 10**6:
        return f"{n / 10**6:.1f}".removesuffix(".0") + "M"
    if n >= 1000:
        return f"{n / 1000:.1f}".removesuffix(".0") + "K"
    return str(n)


def round_votes(n: int | None) -> int | None:
    """The count a K/M display really says."""
    if n is None or n < 1000:
        return n
    unit = 10**5 if n >= 10**6 else 100
    return round(n / unit) * unit


def digest(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def css(prefix: str, seed: str, rules: int = 60) -> str:
    """A deploy's inline stylesheet: hashed class names, real size."""
    lines = []
    for i in range(rules):
        h = digest(prefix, seed, i)[:6]
        lines.append(f".{prefix}-{h}{{display:flex;gap:{i % 7 + 2}px;padding:{i % 5}px "
                     f"{i % 9 + 4}px;color:#{h};font:{12 + i % 6}px/1.4 system-ui}}")
    return "<style>" + "".join(lines) + "</style>"


def app_state(var: str, others: Iterable[Title], extra: dict[str, Any]) -> str:
    """The client app's hydration state: recommendations with THEIR values."""
    recs = [{"slug": o.slug, "kind": o.kind, "name": o.title, "year": o.year,
             "runtime": o.runtime, "cert": o.rating, "votes": o.votes} for o in others]
    state = {"build": digest(var)[:10], "recommendations": recs, **extra}
    return f"<script>window.{var} = {json.dumps(state, ensure_ascii=False)};</script>"


def json_ld(data: dict[str, Any]) -> str:
    body = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False)
    return f'<script type="application/ld+json">{body}</script>'


def ld_type(t: Title) -> str:
    return "TVSeries" if t.kind == "show" else "Movie"


def links(pairs: Iterable[tuple[str, str]], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f'<a{attr} href="{esc(href)}">{esc(text)}</a>' for href, text in pairs)


def youtube_embed(video: str) -> str:
    return (f'<iframe title="Trailer" loading="lazy" allowfullscreen '
            f'src="https://www.youtube-nocookie.com/embed/{video}?rel=0"></iframe>')


def imdb_link(imdb: str, text: str = "IMDb") -> str:
    return f'<a rel="external" href="https://www.imdb.com/title/{imdb}/">{esc(text)}</a>'
