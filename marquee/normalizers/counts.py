"""Vote and rating counts -> int."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from marquee.normalizers.text import clean_text

_SCALE = {
    "k": 10**3,
    "thousand": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mio": 10**6,
    "million": 10**6,
    "millions": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "billion": 10**9,
    "mil": 10**6,  # read only as _english_mil allows: Spanish and Portuguese "mil" is 10**3
}
_SCALE_ALTERNATION = "|".join(sorted(_SCALE, key=len, reverse=True))
# groups may be split by "," "." "'" or any space (NBSP, thin space)
_COUNT = re.compile(
    rf"(?<![\w.,])(?P<num>\d(?:[\d,.'\s]*\d)?)(?:\s*(?P<scale>{_SCALE_ALTERNATION})\b)?(?!\d|[.,]\d|\s*%)",
    re.IGNORECASE,
)
_GROUPED = re.compile(r"^\d{1,3}(?:(?P<sep>[,.'\s])\d{3})(?:(?P=sep)\d{3})*$")
_PLAIN = re.compile(
    r"(?:(?P<num>\d{1,3}(?:,\d{3})*|\d{1,3}\.\d(?=[KM]))(?P<scale>[KM])?)(?: votes?)?"
)
_NOUN_AFTER = re.compile(r"\s*\)?\s*(?:user\s+)?(?:votes?|ratings?|reviews?)\b", re.IGNORECASE)
_DECIMAL_POINT = re.compile(r"\d+\.\d+")


def parse_count(text: str | None) -> int | None:
    """A count as shown ("1,600 votes", "12.4K votes") to an int; None when unclear.

    >>> [parse_count(t) for t in ("1,600 votes", "12.4K votes", "1.4M votes", "1 vote")]
    [1600, 12400, 1400000, 1]
    >>> [parse_count(t) for t in ("1 300 000", "1.300.000", "742,300 ratings", "12,4K")]
    [1300000, 1300000, 742300, 12400]
    >>> parse_count("8.1/10 from 2,000 votes"), parse_count("(1\\u202f234)")
    (2000, 1234)
    >>> parse_count("4.5 (1,600)"), parse_count("7.8/10 (12.4K)"), parse_count("3 (4)")
    (1600, 12400, None)
    >>> [parse_count(t) for t in ("1.5", "1,23", "12%", "many", "-", None, "3 and 4")]
    [None, None, None, None, None, None, None]
    """
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    found = _PLAIN.fullmatch(cleaned)
    if found is not None:  # the site's usual "1,600 votes": no scan for competing numbers
        return _value(found.group("num"), found.group("scale"))
    matches = list(_COUNT.finditer(cleaned))
    counted = [m for m in matches if _NOUN_AFTER.match(cleaned, m.end())]
    chosen = counted or _count_after_score(cleaned, matches) or matches
    if len(chosen) != 1:
        return None
    if (chosen[0].group("scale") or "").lower() == "mil" and not _english_mil(cleaned, chosen[0]):
        return None
    return _value(chosen[0].group("num"), chosen[0].group("scale"))


def _english_mil(text: str, match: re.Match[str]) -> bool:
    """ "2.1 mil votes" is 2.1 million: a decimal point and an English noun say English. In
    Spanish or Portuguese "3 mil votos" and "2,1 mil" are thousands; "3 mil votes" could be
    either, so it is refused rather than guessed."""
    return _DECIMAL_POINT.fullmatch(match.group("num")) is not None and bool(
        _NOUN_AFTER.match(text, match.end())
    )


def _count_after_score(text: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "4.5 (1,600)", "7.8/10 (1,600)": the number in parentheses after a score."""
    in_parens = [m for m in matches if _in_parens(text, m)]
    scores = [m for m in matches if m not in in_parens]
    if len(in_parens) != 1 or not scores:
        return []
    return in_parens if all(_score_like(text, m) for m in scores) else []


def _score_like(text: str, match: re.Match[str]) -> bool:
    """ "4.5", "7.8/10": a decimal, or either side of a slash."""
    slash = text[match.end() : match.end() + 1] == "/" or text[: match.start()].endswith("/")
    return slash or "." in match.group("num")


def _in_parens(text: str, match: re.Match[str]) -> bool:
    before, after = text[: match.start()].rstrip(), text[match.end() :].lstrip()
    return before.endswith("(") and after.startswith(")")


def _value(number: str, scale: str | None) -> int | None:
    if scale is None:
        return int(re.sub(r"\D", "", number)) if _plain_or_grouped(number) else None
    try:
        value = Decimal(number.replace(",", ".")) * _SCALE[scale.lower()]
    except InvalidOperation:
        return None
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _plain_or_grouped(number: str) -> bool:
    return number.isdigit() or _GROUPED.match(number) is not None
