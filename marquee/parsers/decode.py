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

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


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
    """The encoding the HTTP header, else the BOM, else the page itself declares."""
    from_header = http_content_type_encoding(header_value(headers, "content-type"))
    if from_header:
        return from_header
    bom_encoding, _ = read_bom(body)
    return bom_encoding or html_body_declared_encoding(body)


def decode_body(body: bytes, headers: Mapping[str, str] | None = None) -> str:
    """Page text ready for an HTML parser: no BOM, no XML declaration, no NUL characters."""
    _, bom = read_bom(body)
    if bom:
        body = body[len(bom) :]
    text = _decode(body, declared_encoding(body, headers))
    return _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")


def _decode(body: bytes, declared: str | None) -> str:
    for encoding in _candidates(declared):
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("latin-1")


def _candidates(declared: str | None) -> list[str]:
    resolved = resolve_encoding(declared) if declared else None
    return [name for name in (resolved, "utf-8", "cp1252") if name]
