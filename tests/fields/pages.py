"""The sample pages the field tests edit, and the helpers that read an edited page.

Each test makes one edit of a sample page, as a held-out page of the same site might differ,
and checks the fields the edit touches.
"""

from __future__ import annotations

import re
from pathlib import Path

from marquee.extract import extract
from marquee.items import TitleRecord

FIXTURES = Path(__file__).parent.parent / "fixtures"
PAGES = FIXTURES / "pages"
HEAT = (PAGES / "v2-heat.html").read_bytes()
TITANIC = (PAGES / "v1-titanic.html").read_bytes()
PARASITE = (PAGES / "v2-parasite.html").read_bytes()
AVATAR = (PAGES / "v2-avatar.html").read_bytes()
LLV = (PAGES / "v2-leaving-las-vegas.html").read_bytes()
LAS_VEGAS = LLV
LAS_VEGAS_URL = "https://www.reelguide.example/movie/leaving-las-vegas"
BREAKING_BAD = (PAGES / "v2-breaking-bad.html").read_bytes()
STORM_CROWN = (PAGES / "v2-storm-crown-111.html").read_bytes()
SIGNAL = (PAGES / "v2-signal-velvet-110.html").read_bytes()

FACTS_TABLE = b'<table class="facts" cellpadding="0" cellspacing="0">'
TITANIC_H1 = b'<h1>Titanic <span class="year">(1997)</span></h1>'
DETAILS_DL = re.compile(rb'<dl class="css-fb8d4c-dl">.*?</dl>', re.S)


def _record(body: bytes, url: str = "https://www.reelguide.example/movie/x") -> TitleRecord:
    found = extract(url, body)
    assert isinstance(found, TitleRecord), found
    return found


def _relabelled(label: bytes, new: bytes, page: bytes = HEAT) -> TitleRecord:
    tag = b"dt" if page is HEAT else b"th"
    old = b">" + label + b"</" + tag + b">"
    assert old in page, old
    return _record(page.replace(old, b">" + new + b"</" + tag + b">"))


def _replaced(page: bytes, old: bytes, new: bytes) -> TitleRecord:
    assert old in page, old
    return _record(page.replace(old, new, 1))


def _unchanged(page: bytes, edited: bytes) -> None:
    """The edit adds nothing the title's record should show: every field stays."""
    assert edited != page
    before = _record(page).model_dump(exclude={"content_sha256"})
    assert _record(edited).model_dump(exclude={"content_sha256"}) == before


def _after_section(page: bytes, section_id: bytes, insert: bytes) -> bytes:
    start = page.index(b'id="' + section_id + b'"')
    end = page.index(b"</section>", start) + len(b"</section>")
    return page[:end] + insert + page[end:]


def _before_section(page: bytes, section_id: bytes, insert: bytes) -> bytes:
    start = page.rindex(b"<section", 0, page.index(b'id="' + section_id + b'"'))
    return page[:start] + insert + page[start:]
