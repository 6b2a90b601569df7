"""The IMDb id: from a link to imdb.com/title/tt... (any case), an old us.imdb.com/Title?...
link, or a bare "tt..." id in text. On legacy pages a link in the site's header or footer is not
the title's: without the IMDb facts row there is no id."""

from __future__ import annotations

import pytest

from tests.fields.pages import LLV, TITANIC, _record, _replaced, _unchanged


@pytest.mark.parametrize(
    "value",
    [b"IMDb: tt0113627", b"tt0113627", b'<a href="HTTPS://WWW.IMDB.COM/title/tt0113627/">IMDb</a>'],
)
def test_imdb_id_as_text_or_an_upper_case_link(value: bytes) -> None:
    old = (
        b'<a href="https://www.imdb.com/title/tt0113627/" rel="noopener" target="_blank">'
        b"View on IMDB</a>"
    )
    assert _replaced(LLV, old, value).imdb_id == "tt0113627"


def test_legacy_imdb_link_in_the_site_header_or_footer_is_not_the_title_s() -> None:
    site_link = b'<a href="https://www.imdb.com/title/tt0000001/">ReelGuide on IMDb</a> '
    for chrome in (b'<div id="footer">', b'<div id="top">'):
        with_link = TITANIC.replace(chrome, chrome + site_link)
        assert _record(with_link).imdb_id == "tt0120338"
        row = (
            b'<tr><th>IMDb:</th><td><a href="https://www.imdb.com/title/tt0120338/">'
            b"tt0120338</a></td></tr>"
        )
        assert row in with_link
        assert _record(with_link.replace(row, b"")).imdb_id is None


def test_an_old_imdb_link() -> None:
    link = b'<a href="https://www.imdb.com/title/tt0120338/">tt0120338</a>'
    old = b'<a href="http://us.imdb.com/Title?0120338">IMDb</a>'
    _unchanged(TITANIC, TITANIC.replace(link, old))
