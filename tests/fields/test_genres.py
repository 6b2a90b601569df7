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


def test_a_closing_link_to_another_part_of_the_page_is_no_genre() -> None:
    # Kinopoisk: "ужасы, триллер <a href="#keywords">слова</a>", no comma before the link
    page = ("<h1>Heat</h1><div><div><div>Жанр</div><div>ужасы, триллер "
            '<a href="#keywords">слова</a></div></div><div><div>Страна</div><div>Нигерия</div>'
            "</div></div>").encode()
    assert _record(page).genres == ["ужасы", "триллер"]


def test_a_detail_line_under_an_unknown_label_is_read_as_a_hero_line() -> None:
    # the genres' names in another language (data/ui_labels.json), a country, a runtime
    page = ("<h1>Heat</h1><div><dl><dt>Přehled</dt><dd>Komedie, Fantasy · Indie · 95 min"
            "</dd></dl></div>").encode()
    record = _record(page)
    assert (record.genres, record.countries, record.runtime_minutes) == (
        ["Komedie", "Fantasy"], ["Indie"], 95)


def test_a_lone_foreign_genre_word_beside_the_title_is_no_genre() -> None:
    # "ドラマ" over a Japanese title says it is a TV series; the list below names the genres
    page = ("<div><span>ドラマ</span><h1>Heat</h1></div><p>上映時間：111分</p>").encode()
    assert _record(page).genres == []


def test_a_line_half_of_whose_words_are_unknown_gives_no_half_list() -> None:
    # "feliratos" (subtitled) and "akciófilm" are no names in the list: the genres would be cut
    page = ("<h1>Heat</h1><div><p>feliratos, fekete-fehér, dokumentumfilm, akciófilm, "
            "122 perc, 1937</p></div>").encode()
    record = _record(page)
    assert record.genres == []
    assert record.runtime_minutes == 122


def test_an_unlabelled_row_of_genre_names_and_a_film_word() -> None:
    page = ("<h1>Heat</h1><table><tr><th>Žánrový zařazení</th><td>Krimi / Drama</td></tr>"
            "<tr><th>Kategorie</th><td>war film, western</td></tr></table>").encode()
    assert _record(page).genres == ["Krimi", "Drama"]


def test_genre_links_in_another_language_beside_a_year_and_runtime() -> None:
    page = (b'<h1>Heat</h1><div>2015 / 1h 47m / <a href="/filmy/kat-0">Przygoda</a>, '
            b'<a href="/filmy/kat-1">Muzyka</a></div>')
    assert _record(page).genres == ["Przygoda", "Muzyka"]


def test_a_foreign_genre_word_labelling_a_credit_in_a_grid_is_no_genre() -> None:
    # Filmweb's grid: "muzyka" (music) over the composer's name
    page = (b"<h1>Heat</h1><div><div>premiera</div><div>15 lutego 2018</div><div>muzyka</div>"
            b'<div><a href="/person/m">Nadia Varga</a></div></div>')
    assert _record(page).genres == []


def test_a_hidden_copy_beside_each_genre_link_is_no_second_value() -> None:
    # MyAnimeList: <span itemprop="genre" style="display: none">Drama</span><a>Drama</a>
    links = ", ".join(f'<span itemprop="genre" style="display: none">{g}</span>'
                      f'<a href="/anime/genre/{n}">{g}</a>'
                      for n, g in enumerate(["Drama", "Action"]))
    page = (f"<h1>Heat</h1><div><div><span>Duration:</span> 1 hr. 59 min.</div><div><span>"
            f"Genres:</span> {links}</div></div>").encode()
    assert _record(page).genres == ["Drama", "Action"]


def test_hero_links_one_of_which_is_a_known_genre_are_the_genres() -> None:
    # Maoyan: "<a>悬疑</a>,<a>犯罪</a>" over "印度 / 115分钟"; 悬疑 (suspense) is in no list
    page = ("<div><h1>Heat</h1><ul><li><a href='/films?catId=0'>悬疑</a>,<a href='/films?catId=1'>"
            "犯罪</a></li><li>印度 / 115分钟</li></ul></div>").encode()
    assert _record(page).genres == ["悬疑", "犯罪"]


def test_a_middle_dot_inside_a_word_is_no_separator() -> None:
    # Catalan "Bèl·lic" (war): the dot between two letters is the word's
    page = ("<h1>Heat</h1><p>1995 · 170 min</p><ul><li><span>Gènere:</span> Romàntic, Bèl·lic"
            "</li></ul>").encode()
    assert _record(page).genres == ["Romàntic", "Bèl·lic"]


def test_a_rating_chip_touching_the_line_is_a_part_of_its_own() -> None:
    # Pluto TV: <span>R</span><span>Animation, Crime • 1974</span>
    page = ("<h1>Heat</h1><div><span>R</span><span>Animation, Crime • 1974</span></div>"
            ).encode()
    record = _record(page)
    assert (record.genres, record.content_rating, record.release_year) == (
        ["Animation", "Crime"], "R", 1974)


def test_a_tags_line_holding_the_meta_lines_genre_and_more() -> None:
    # Hotstar: "1999 • 2h 3m • Mystery • A" then "Mystery | Adventure | Western"
    page = ("<h1>Heat</h1><div><span>1999</span> • <span>2h 3m</span> • <span>Mystery</span>"
            "</div><div>Kannada</div><div>Mystery | Adventure | Western</div>").encode()
    assert _record(page).genres == ["Mystery", "Adventure", "Western"]
    # a tags line that does not open with the meta line's genre is another list: the meta wins
    other = page.replace(b"Mystery | Adventure", b"Drama | Adventure")
    assert _record(other).genres == ["Mystery"]
