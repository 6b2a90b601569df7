"""Page bytes to text: HTTP charset, then BOM or the page's own declaration, then a guess.

Saved pages exist in windows-1252, sometimes still declaring utf-8, so a declared
encoding that cannot decode the bytes falls through to utf-8 and then windows-1252.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

_SINGLE_BYTE = frozenset({"cp1252", "iso8859-1", "latin-1", "iso8859-15"})
_ASCII_COMPATIBLE = re.compile(r"^(?!utf[-_]?(16|32))", re.IGNORECASE)


def header_value(headers: Mapping[str, str] | None, name: str) -> str | None:
    """A header's value, whatever the case of its name."""
    if not headers:
        return None
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def declared_encoding(body: bytes, headers: Mapping[str, str] | None = None) -> str | None:
    """The encoding the BOM, else the HTTP header, else the page itself declares (the HTML
    standard's order). A page declaring UTF-16 in its own ASCII markup is UTF-8 (as browsers
    read it: the declaration could not have been read otherwise)."""
    bom_encoding, _ = read_bom(body)
    if bom_encoding:
        return bom_encoding
    from_header = http_content_type_encoding(header_value(headers, "content-type"))
    if from_header:
        return from_header
    in_page = html_body_declared_encoding(body)
    if in_page and not _ASCII_COMPATIBLE.match(resolve_encoding(in_page) or in_page):
        return "utf-8"
    return in_page


def parser_input(body: bytes, headers: Mapping[str, str] | None = None) -> tuple[bytes, str]:
    """Bytes for lxml and the encoding that reads them: parsing bytes with a known
    encoding is about twice as fast as handing lxml a decoded str."""
    declared = declared_encoding(body, headers)  # before the BOM goes: it may be the answer
    _, bom = read_bom(body)
    if bom:
        body = body[len(bom) :]
    doubt = _doubt(declared, headers)
    encoding = _encoding(body, declared, doubt)
    if encoding is None:  # no candidate reads every byte: a cut character, a stray byte
        readable = "utf-8" if _mostly_utf8(body, doubt) else "cp1252"
        text = body.decode(readable, errors="replace").replace("\x00", "")
        return text.encode("utf-8"), "utf-8"
    if not _ASCII_COMPATIBLE.match(encoding):
        return body.decode(encoding).encode("utf-8"), "utf-8"
    return body.replace(b"\x00", b""), encoding


def _encoding(body: bytes, declared: str | None, doubt: int) -> str | None:
    """The first candidate encoding that decodes the whole body; None when none does, or
    when the body is UTF-8 but for a few bad bytes (not a windows-1252 page)."""
    for encoding in _candidates(declared):
        if encoding in _SINGLE_BYTE and _mostly_utf8(body, doubt):
            return None  # UTF-8 has already failed to decode it whole
        try:
            body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return encoding
    return None


def _mostly_utf8(body: bytes, doubt: int) -> bool:
    """UTF-8 with a few bad bytes (a page cut inside a character, one stray byte): more
    well-formed multi-byte characters than bad bytes, by `doubt` (see _doubt). Windows-1252
    text read as UTF-8 has next to none well-formed."""
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad == 1 and text.endswith("\ufffd"):
        return True  # cut inside its last character
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return good >= bad if doubt == 0 else good > doubt * bad


def _doubt(declared: str | None, headers: Mapping[str, str] | None) -> int:
    """How many well-formed characters a bad byte takes to still read a page as UTF-8:
    2 when it claims a single-byte encoding, 0 (a tie is enough) when the server says
    UTF-8, else 1 (a tie is windows-1252: saved pages in it still declaring utf-8 exist)."""
    if declared and resolve_encoding(declared) in _SINGLE_BYTE:
        return 2
    served = http_content_type_encoding(header_value(headers, "content-type"))
    return 0 if served and resolve_encoding(served) == "utf-8" else 1


def _candidates(declared: str | None) -> list[str]:
    resolved = resolve_encoding(declared) if declared else None
    if resolved in _SINGLE_BYTE:
        # non-ASCII bytes that happen to be valid UTF-8 are UTF-8 whatever the label says
        # (mislabelled pages); real windows-1252 text almost never decodes as UTF-8
        return ["utf-8", resolved]
    return [name for name in (resolved, "utf-8", "cp1252") if name]
