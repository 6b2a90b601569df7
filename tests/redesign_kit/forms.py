"""Ordinary real-world text forms of record values (what an English title page shows)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

RUNTIME_STYLES = ("hm", "min", "hr-min", "minutes", "clock")
HERO_RUNTIME_STYLES = ("hm", "min", "hr-min")
DATE_STYLES = ("long-us", "long-uk", "short-us", "iso")
MONEY_STYLES = ("full", "code", "words", "short")
VOTES_STYLES = ("votes", "ratings", "short-votes", "short-ratings", "parens", "user-ratings")

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "INR": "₹"}


def runtime_text(minutes: int, style: str) -> str:
    hours, rest = divmod(minutes, 60)
    if style == "clock" and hours:
        return f"{hours}:{rest:02d}"
    if style == "hm":
        return " ".join(
            part for part in (f"{hours}h" * bool(hours), f"{rest}m" * bool(rest)) if part
        )
    if style == "hr-min" and hours:
        return f"{hours} hr {rest} min" if rest else f"{hours} hr"
    if style == "minutes":
        return f"{minutes} minutes"
    return f"{minutes} min"


def iso_duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")


def date_text(iso: str, style: str) -> str:
    day = dt.date.fromisoformat(iso)
    if style == "long-us":
        return f"{day:%B} {day.day}, {day.year}"
    if style == "long-uk":
        return f"{day.day} {day:%B} {day.year}"
    if style == "short-us":
        return f"{day:%b} {day.day}, {day.year}"
    return iso


def _scaled(amount: Decimal) -> tuple[str, str, str] | None:
    """(number, word, letter) when the amount reads exactly as millions or billions."""
    for power, word, letter in ((9, "billion", "B"), (6, "million", "M")):
        scaled = amount / Decimal(10**power)
        if scaled >= 1 and scaled == scaled.quantize(Decimal("0.01")):
            number = format(scaled.normalize(), "f")
            return number, word, letter
    return None


def money_symbol(currency: str, countries: list[str]) -> str | None:
    if currency == "JPY" and "China" in countries and "Japan" not in countries:
        return None  # "¥" would read as CNY there
    return SYMBOLS.get(currency)


def money_text(money: dict[str, str], style: str, countries: list[str]) -> str:
    amount = Decimal(money["amount"])
    currency = money["currency"]
    symbol = money_symbol(currency, countries)
    scaled = _scaled(amount)
    if style in ("words", "short") and scaled and symbol:
        number, word, letter = scaled
        return f"{symbol}{number} {word}" if style == "words" else f"{symbol}{number}{letter}"
    if style == "code" or symbol is None:
        return f"{currency} {amount:,}"
    return f"{symbol}{amount:,}"


def votes_text(count: int, style: str) -> str:
    noun = "ratings" if "ratings" in style else "votes"
    if count == 1:
        noun = noun[:-1]
    if style.startswith("short") and count >= 1000:
        short = _short_count(count)
        if short:
            return f"{short} {noun}"
    if style == "parens":
        return f"({count:,})"
    if style == "user-ratings":
        return f"{count:,} user rating" + ("s" if count != 1 else "")
    return f"{count:,} {noun}"


def _short_count(count: int) -> str | None:
    for size, letter in ((1_000_000, "M"), (1_000, "K")):
        if count >= size and (count * 10) % size == 0:
            return format(Decimal(count) / Decimal(size), "f").rstrip("0").rstrip(".") + letter
    return None


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return options[rng.randrange(len(options))]


def youtube_id(trailer_url: str) -> str:
    return trailer_url.rsplit("v=", 1)[1]


def people(record: dict[str, Any]) -> set[str]:
    names = set(record["directors"]) | set(record["writers"])
    return names | {credit["actor"] for credit in record["cast"]}
