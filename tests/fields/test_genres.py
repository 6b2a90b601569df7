"""The genres: read from the Genre row as a list ("Drama / Romance"); a "(more)" or "See all"
link after a plain list is not a value (the same holds for the certificate row)."""

from __future__ import annotations

import pytest

from tests.fields.pages import TITANIC, _record, _replaced


@pytest.mark.parametrize(
    "more", [b' <a href="/more">(more)</a>', b' <a href="/all">See all \xc2\xbb</a>']
)
def test_a_more_link_after_a_plain_list_is_not_a_value(more: bytes) -> None:
    record = _replaced(
        TITANIC, b"<td>Drama / Romance</td>", b"<td>Drama / Romance" + more + b"</td>"
    )
    assert record.genres == ["Drama", "Romance"]
    certificate = _replaced(TITANIC, b"<td>PG-13</td>", b"<td>PG-13" + more + b"</td>")
    assert certificate.content_rating == "PG-13"


def test_labelled_parts_of_one_line_between_separators() -> None:
    # Filmarks: one line of "Label：value" parts split by a full-width slash
    page = ("<html><body><main><h1>Heat</h1><div>ジャンル：ファミリー、ファンタジー／上映時間：4分"
            "／製作国：メキシコ</div><p>評価数 3件</p></main></body></html>").encode()
    record = _record(page)
    assert (record.genres, record.runtime_minutes, record.countries) == (
        ["ファミリー", "ファンタジー"], 4, ["メキシコ"])


def test_a_hero_list_one_of_whose_words_is_a_genre() -> None:
    page = (b"<h1>Heat</h1><div><p><span>Fantasy</span> / <span>Muziek</span></p>"
            b"<p>26 minuten</p></div>")
    assert _record(page).genres == ["Fantasy", "Muziek"]


def test_unlinked_values_beside_linked_ones_and_a_keywords_link() -> None:
    # Kinopoisk: "триллер, документальный, <a>слова</a>": the last link opens the keywords
    page = ("<h1>Heat</h1><div><div><div>Жанр</div><div>триллер, документальный, "
            '<a href="/keywords">слова</a></div></div><div><div>Страна</div><div>Нигерия</div>'
            "</div></div>").encode()
    assert _record(page).genres == ["триллер", "документальный"]
