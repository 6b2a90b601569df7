"""The source id: the path of the canonical link ("movie/titanic"), escaped or not the same id,
without a session id (";jsessionid=..."); a relative canonical is resolved against <base>.
Without a canonical link the given URL is the record's URL and gives the id."""

from __future__ import annotations

import re

from marquee.extract import extract
from marquee.items import TitleRecord
from tests.fields.pages import HEAT, PAGES, TITANIC, _record


def test_no_canonical_link_uses_the_given_url() -> None:
    body = HEAT.replace(
        b'<link rel="canonical" href="https://www.reelguide.example/movie/heat">', b""
    )
    body = body.replace(b'"url": "https://www.reelguide.example/movie/heat", ', b"")
    record = _record(body, "file:///saved/heat-copy.html")
    assert (record.url, record.source_id) == ("file:///saved/heat-copy.html", "movie/heat-copy")


def test_escaped_and_unescaped_slugs_are_one_source_id() -> None:
    page = (PAGES / "v2-amelie.html").read_bytes()
    canonical = re.search(rb'<link rel="canonical" href="([^"]*)"', page)
    assert canonical
    escaped = canonical.group(1).replace(b"amelie", b"am%C3%A9lie")
    plain = canonical.group(1).replace(b"amelie", "amélie".encode())
    assert _record(page.replace(canonical.group(1), escaped)).source_id == "movie/amélie"
    assert _record(page.replace(canonical.group(1), plain)).source_id == "movie/amélie"
    spaced = canonical.group(1).replace(b"amelie", b"amelie%20poulain")
    assert _record(page.replace(canonical.group(1), spaced)).source_id == "movie/amelie%20poulain"


def test_a_relative_canonical_link_under_a_base() -> None:
    canonical = b'href="https://www.reelguide.example/movie/titanic"'
    base = b'<base href="https://www.reelguide.example/movie/titanic" />'
    page = TITANIC.replace(canonical, b'href="/movie/titanic"')
    page = page.replace(b"</head>", base + b"</head>")
    found = extract("file:///saved/Titanic.html", page)
    assert isinstance(found, TitleRecord)
    assert found.url == "https://www.reelguide.example/movie/titanic"


def test_a_session_id_in_the_canonical_path() -> None:
    canonical = b'href="https://www.reelguide.example/movie/titanic"'
    session = canonical[:-1] + b';jsessionid=A1B2C3D4E5F6"'
    assert _record(TITANIC.replace(canonical, session)).source_id == "movie/titanic"
