"""Bytes to text: BOM, then HTTP charset, then meta, then utf-8, then windows-1252."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from marquee.extract import extract
from marquee.items import TitleRecord
from marquee.parsers.decode import parser_input
from marquee.parsers.dom import text_of
from marquee.parsers.page import parse_html


def decode_body(body: bytes, headers: Mapping[str, str] | None = None) -> str:
    """What the parser reads: the bytes it is given, in the encoding it is told."""
    data, encoding = parser_input(body, headers)
    return data.decode(encoding)


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


def test_bom_and_nul_are_removed_and_an_xml_declaration_is_harmless() -> None:
    body = b'\xef\xbb\xbf<?xml version="1.0" encoding="utf-8"?><p>caf\xc3\xa9\x00</p>'
    assert decode_body(body) == '<?xml version="1.0" encoding="utf-8"?><p>café</p>'
    paragraph = parse_html(body).find(".//p")
    assert paragraph is not None and text_of(paragraph) == "café"


def test_utf16_pages_are_handed_on_as_utf8() -> None:
    data, encoding = parser_input("<p>Amélie 東京</p>".encode("utf-16"))
    assert (data, encoding) == ("<p>Amélie 東京</p>".encode(), "utf-8")


@pytest.mark.parametrize("header", ["text/html; charset=bogus-enc", "text/html"])
def test_unknown_or_missing_charset_still_decodes(header: str) -> None:
    assert "Amélie" in decode_body("<p>Amélie</p>".encode(), {"content-type": header})


AMELIE = (Path(__file__).parent / "fixtures" / "pages" / "v2-amelie.html").read_bytes()


def _title(body: bytes) -> str:
    record = extract("https://www.reelguide.example/movie/amelie", body)
    assert isinstance(record, TitleRecord), record
    return record.title


def test_a_utf8_page_cut_inside_a_character_stays_utf8() -> None:
    """A transfer cut mid-character leaves a few bad bytes at the end: not windows-1252."""
    assert "é" in _title(AMELIE)
    cut = AMELIE[: AMELIE.rindex("é".encode()) + 1]  # the first byte of the last é
    assert _title(cut) == _title(AMELIE)


def test_one_stray_byte_does_not_turn_a_utf8_page_into_windows_1252() -> None:
    body = AMELIE.replace(b"</footer>", b"\xff</footer>")
    assert body != AMELIE
    assert _title(body) == _title(AMELIE)


@pytest.mark.parametrize("byte", [b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"])
def test_bytes_no_single_byte_encoding_defines_are_no_parser_error(byte: bytes) -> None:
    """0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in windows-1252."""
    page = (Path(__file__).parent / "fixtures" / "variants" / "v2-amelie-cp1252.html").read_bytes()
    expected = _title(page)
    assert _title(page.replace(b"</footer>", byte + b"</footer>")) == expected


# --- twelfth probe


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1", "koi8-r"])
def test_a_bom_wins_over_the_http_charset(charset: str) -> None:
    headers = {"Content-Type": f"text/html; charset={charset}"}
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xef\xbb\xbf", "utf-8")):
        body = bom + "<p>Takashi Naitō “quoted”</p>".encode(encoding)
        assert "Takashi Naitō “quoted”" in decode_body(body, headers)


def test_a_meta_utf16_on_ascii_markup_is_utf8() -> None:
    body = "<html><head><meta charset=\"utf-16\"></head><body><p>Naitō </p></body></html>".encode()
    assert len(body) % 2 == 0  # an even length decodes as UTF-16 too, into garbage
    assert "Naitō" in decode_body(body)


def test_a_stray_byte_with_one_character_a_server_calls_utf8() -> None:
    body = "<p>Totò</p><p>\xff</p>".encode().replace("\xff".encode(), b"\xff")
    assert "Totò" in decode_body(body, {"Content-Type": "text/html; charset=utf-8"})


def test_a_windows_1252_page_with_one_stray_utf8_sequence() -> None:
    """A tie (one bad byte, one well-formed character) without the server's word is
    windows-1252: saved pages in it still declaring utf-8 exist."""
    body = '<meta charset="utf-8"><p>£1.7 million</p>'.encode("cp1252") + "<!-- é -->".encode()
    assert "£1.7 million" in decode_body(body)


def test_deep_nesting_and_huge_text_are_read_whole() -> None:
    heat = (Path(__file__).parent / "fixtures" / "pages" / "v2-heat.html").read_bytes()
    expected = extract("https://www.reelguide.example/movie/heat", heat)
    assert isinstance(expected, TitleRecord)
    main = b'<main class="css-b4ed9b-main">'
    deep = heat.replace(main, main + b"<div>" * 300)
    deep = deep.replace(b"</main>", b"</div>" * 300 + b"</main>")
    cast = b'<section class="css-3f7f69-cast"'
    huge = heat.replace(cast, b"<script>var blob='" + b"b" * 10_500_000 + b"';</script>" + cast)
    for body in (deep, huge):
        found = extract("https://www.reelguide.example/movie/heat", body)
        assert isinstance(found, TitleRecord)
        assert found.model_dump(exclude={"content_sha256"}) == expected.model_dump(
            exclude={"content_sha256"}
        )
