"""Value formatters for the held-out set 5: English variants a real site would print."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "INR": "₹"}


def e(text: object) -> str:
    return escape(str(text), quote=True)


def slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def fmt_date(iso: str, style: int) -> str:
    d = date.fromisoformat(iso)
    month = MONTHS[d.month - 1]
    if style == 0:
        return f"{month} {d.day}, {d.year}"
    if style == 1:
        return f"{d.day} {month} {d.year}"
    if style == 2:
        return f"{month[:3]} {d.day}, {d.year}"
    return f"{d.day} {month[:3]} {d.year}"


def fmt_runtime(minutes: int, style: int) -> str:
    h, m = divmod(minutes, 60)
    if style == 0:
        return f"{minutes} min"
    if style == 1:
        if h and m:
            return f"{h}h {m}m"
        return f"{h}h" if h else f"{m}m"
    if style == 2:
        if h and m:
            return f"{h} hr {m} min"
        return f"{h} hr" if h else f"{m} min"
    return f"{minutes} minutes"


def fmt_count(n: int, style: int, noun: str = "votes") -> str:
    if n == 1:
        return f"1 {noun[:-1]}"
    if style == 1 and n >= 1_000_000 and n % 100_000 == 0:
        return f"{Decimal(n) / 1_000_000:f}".rstrip("0").rstrip(".") + f"M {noun}"
    if style == 1 and n >= 1000 and n % 100 == 0:
        return f"{Decimal(n) / 1000:f}".rstrip("0").rstrip(".") + f"K {noun}"
    return f"{n:,} {noun}"


def _short(amount: int, unit: int) -> str | None:
    if amount < unit:
        return None
    q = Decimal(amount) / unit
    text = f"{q:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if len(text.split(".")[-1]) > 2 and "." in text:
        return None
    return text


def fmt_money(money: dict[str, str], style: int) -> str:
    amount = int(money["amount"])
    cur = money["currency"]
    sym = SYMBOLS.get(cur)
    if style == 2 or sym is None:
        return f"{cur} {amount:,}"
    if style == 1:
        for unit, word in ((1_000_000_000, "billion"), (1_000_000, "million")):
            s = _short(amount, unit)
            if s is not None:
                return f"{sym}{s} {word}"
    return f"{sym}{amount:,}"


def iso_duration(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"PT{h}H{m}M" if h else f"PT{m}M"


def jsonld(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'
