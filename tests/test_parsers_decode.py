"""Bytes to text: HTTP charset, then BOM / meta, then utf-8, then windows-1252."""

from __future__ import annotations

import pytest

from marquee.parsers.decode import decode_body


def test_declared_windows_1252_meta() -> None:
    body = '<meta charset="windows-1252"><p>Amélie €</p>'.encode("cp1252")
    assert "Amélie €" in decode_body(body)


def test_http_header_charset_wins_over_guessing() -> None:
    body = "<p>Amélie</p>".encode("cp1252")
    assert "Amélie" in decode_body(body, {"Content-Type": "text/html; charset=ISO-8859-1"})


def test_page_saved_as_windows_1252_but_declaring_utf8_falls_back() -> None:
    body = '<meta charset="utf-8"><p>Amélie</p>'.encode("cp1252")
    assert "Amélie" in decode_body(body)


def test_undeclared_utf8() -> None:
    assert "Zoë" in decode_body("<p>Zoë</p>".encode())


def test_bom_xml_declaration_and_nul_are_removed() -> None:
    body = b'\xef\xbb\xbf<?xml version="1.0" encoding="utf-8"?><p>caf\xc3\xa9\x00</p>'
    text = decode_body(body)
    assert text == "<p>café</p>"


@pytest.mark.parametrize("header", ["text/html; charset=bogus-enc", "text/html"])
def test_unknown_or_missing_charset_still_decodes(header: str) -> None:
    assert "Amélie" in decode_body("<p>Amélie</p>".encode(), {"content-type": header})
