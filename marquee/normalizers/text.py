"""Text cleanup shared by every normalizer: entities, control characters, whitespace."""

from __future__ import annotations

import html
import re

# \t \n \r and the other C0/C1 controls; whitespace among them becomes a space
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# zero-width and invisible marks that only split words when left in
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")

PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "",
        "n/a",
        "n.a.",
        "na",
        "n/d",
        "-",
        "--",
        "---",
        "–",
        "—",
        "?",
        "??",
        "...",
        "…",
        "tba",
        "tbd",
        "tbc",
        "to be announced",
        "to be determined",
        "unknown",
        "none",
        "none found",
        "nothing found",
        "null",
        "nil",
        "undefined",
        "not available",
        "not applicable",
        "loading",  # a skeleton the page fills in later
        "loading...",
        "loading…",
        # the same on localized pages
        "keine angabe", "keine angaben", "unbekannt", "k. a.", "k.a.", "non renseigné",
        "non renseignée", "inconnu", "inconnue", "non disponible", "no disponible",
        "desconocido", "sin datos", "sin información", "non disponibile", "sconosciuto",
        "não disponível", "desconhecido", "onbekend", "niet beschikbaar", "brak danych",
        "нет данных", "неизвестно", "정보 없음", "정보없음", "미정", "情報なし", "未定", "暂无",
        "未知", "待定",
    }
)


def is_placeholder(text: str | None) -> bool:
    """True when the text stands for "no value" rather than a value.

    >>> [is_placeholder(t) for t in (None, "", "  N/A ", "—", "TBA", "Unknown", "null")]
    [True, True, True, True, True, True, True]
    >>> is_placeholder("Not available"), is_placeholder(" &mdash;\\x00 ")
    (True, True)
    >>> is_placeholder("Not Rated"), is_placeholder("0")
    (False, False)
    """
    return text is None or _collapse(text).casefold() in PLACEHOLDERS


def clean_text(text: str | None, *, keep_placeholders: bool = False) -> str | None:
    """Decode entities, drop control characters, collapse Unicode whitespace.

    Returns None for empty text and, unless `keep_placeholders` (for titles and
    names, where "Unknown" or "None" can be the real value), for placeholders.

    >>> clean_text("  Leaving&nbsp;Las\\u2009Vegas\\n ")
    'Leaving Las Vegas'
    >>> clean_text("Tom &amp; Jerry\\x00\\x07")
    'Tom & Jerry'
    >>> clean_text("tab\\there\\r\\nnext")
    'tab here next'
    >>> clean_text("zero\\u200bwidth")
    'zerowidth'
    >>> clean_text(" &mdash; ") is None, clean_text("") is None, clean_text(None) is None
    (True, True, True)
    >>> clean_text(" Unknown "), clean_text(" Unknown ", keep_placeholders=True)
    (None, 'Unknown')
    """
    if text is None:
        return None
    collapsed = text if _is_clean(text) else _cleaned(text)
    if not collapsed or (not keep_placeholders and collapsed.casefold() in PLACEHOLDERS):
        return None
    return collapsed


def _collapse(text: str) -> str:
    if _is_clean(text):
        return text  # the common case: already clean
    return _cleaned(text)


def _cleaned(text: str) -> str:
    decoded = html.unescape(text) if "&" in text else text
    decoded = _INVISIBLE.sub("", decoded)
    decoded = _CONTROL.sub(lambda m: " " if m.group(0).isspace() else "", decoded)
    return " ".join(decoded.split())


def _is_clean(text: str) -> bool:
    """Single-spaced printable text without entities: nothing to clean (str methods, no
    regex). isprintable() is False for every control, format (zero-width) and whitespace
    character but the ASCII space, so nothing here would be removed or collapsed."""
    return (
        text.isprintable()
        and text[:1] != " "
        and text[-1:] != " "
        and "&" not in text
        and "  " not in text
        and text != ""
    )
