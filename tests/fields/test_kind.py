"""The kind (movie or show): read from the Type detail row, where TV Special, TV Short and TV
Movie are a movie and Docuseries, TV Series and Anime Series a show. Without a Type row or a
JSON-LD type it comes from the canonical path (/movie/...), also when the canonical is an
archived copy's address."""

from __future__ import annotations

import pytest

from tests.fields.pages import HEAT, TITANIC, _record, _replaced


def test_kind_from_path_when_type_is_missing() -> None:
    body = HEAT.replace(b'<dt class="css-48c2b9-dt">Type</dt>', b"<dt>Format?</dt>")
    record = _record(body.replace(b'"@type": "Movie"', b'"@type": "Thing"'))
    assert record.kind == "movie"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [(b"TV Special", "movie"), (b"TV Short", "movie"), (b"TV Movie", "movie"),
     (b"Docuseries", "show"), (b"TV Series", "show"), (b"Anime Series", "show")],
)  # fmt: skip
def test_kind_wordings(kind: bytes, expected: str) -> None:
    assert _replaced(HEAT, b">Movie</dd>", b">" + kind + b"</dd>").kind == expected


def test_an_archived_canonical_gives_the_kind() -> None:
    canonical = b'href="https://www.reelguide.example/movie/titanic"'
    archived = b'href="https://web.archive.org/web/20100215123456/https://www.reelguide.example/movie/titanic"'
    page = TITANIC.replace(canonical, archived).replace(
        b"<tr><th>Type:</th><td>Film</td></tr>", b""
    )
    record = _record(page)
    assert (record.kind, record.source_id) == ("movie", "movie/titanic")


def test_a_prints_format_is_no_kind() -> None:
    # a film archive's Format row ("35mm film") names the print, not the kind of title
    page = (b"<h1>Copper Orchard</h1><table><tr><th>Seasons</th><td>6</td></tr><tr><th>Format"
            b"</th><td>35mm film</td></tr></table>")
    assert _record(page, "https://www.reelguide.example/show/copper-orchard").kind == "show"


def test_a_format_saying_movie_beside_seasons_on_a_shows_page() -> None:
    # a library's "Format: Movie" row on a show's page that counts its seasons
    page = (b"<h1>River Orchard</h1><dl><dt>Seasons</dt><dd>8</dd><dt>Type</dt>"
            b"<dd>Movie, Closed captions</dd></dl>")
    assert _record(page, "https://www.reelguide.example/show/river-orchard").kind == "show"
    assert _record(page, "https://www.reelguide.example/movie/river-orchard").kind == "movie"
