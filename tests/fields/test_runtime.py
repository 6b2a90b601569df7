"""The runtime in minutes: read from a labelled detail row (Runtime, or an unlisted wording such
as "Total Running Time" by its key word). A film length in metres is not a runtime: under "Film
Length" it is ignored, under "Length" its text is reported as unreadable."""

from __future__ import annotations

import pytest

from tests.fields.pages import STORM_CROWN, _after_section, _record, _relabelled, _unchanged


@pytest.mark.parametrize(
    ("label", "new", "field", "value"),
    [
        # unlisted wordings of a detail row, read by their key word
        (b"Runtime", b"Total Running Time", "runtime_minutes", 170),
    ],
)  # fmt: skip
def test_reworded_detail_labels(label: bytes, new: bytes, field: str, value: object) -> None:
    record = _relabelled(label, new)
    got = getattr(record, field)
    assert (
        got.model_dump(mode="json")["amount"] if field in {"budget", "box_office"} else got
    ) == (value)


def test_a_film_length_in_metres_is_not_the_runtime() -> None:
    assert _record(STORM_CROWN).runtime_minutes is None
    specs = b"<section><h2>Technical Specs</h2><dl><dt>%s</dt><dd>3,048 m</dd></dl></section>"
    _unchanged(STORM_CROWN, _after_section(STORM_CROWN, b"cast", specs % b"Film Length"))
    # "Length" may be the runtime: its text is kept as unreadable, never read as minutes
    length = _record(_after_section(STORM_CROWN, b"cast", specs % b"Length"))
    assert length.runtime_minutes is None
    assert [issue.raw for issue in length.unparsed] == ["3,048 m"]


def test_an_unknown_label_in_an_infobox_is_read_by_its_value_shape() -> None:
    # "Filmlængde" is in no list; the table's other rows are listed labels
    infobox = ("<h1>Heat</h1><table><tr><td>Regie</td><td>Michael Mann</td></tr><tr><td>"
               "Filmlængde</td><td>170 minutter</td></tr><tr><td>Genre</td><td>Krimi</td></tr>"
               "</table>").encode()
    assert _record(infobox).runtime_minutes == 170
    # a table of other titles: a name and a runtime, no listed label in it
    rail = (b"<h1>Heat</h1><dl><dt>Genre</dt><dd>Krimi</dd></dl><table><tr><td>Voyage</td>"
            b"<td>97 minutter</td></tr><tr><td>Ember</td><td>35 minutter</td></tr></table>")
    assert _record(rail).runtime_minutes is None


def test_a_hero_line_in_other_digits_and_a_cldr_minute_word() -> None:
    # Persian digits, "دقیقه" (minutes) and "محصول" (made in) before the year: no list names them
    page = ("<h1>ولوت کروون</h1><ul><li>محصول ۱۹۵۲</li><li>۶۰ دقیقه</li></ul>"
            "<dl><dt>Genre</dt><dd>Drama</dd></dl>").encode()
    record = _record(page)
    assert (record.runtime_minutes, record.release_year) == (60, 1952)
    # Vietnamese "phút", in a line of ASCII digits
    assert _record(b"<h1>Heat</h1><p>1995 \xc2\xb7 170 ph\xc3\xbat</p>").runtime_minutes == 170


def test_a_hero_line_in_the_block_after_the_heading_s_wrappers() -> None:
    # SensaCine: <div><div><h1>..</h1></div></div><section><div>date | runtime | genres
    page = (b"<main><div><div><div><h1>Heat</h1></div></div><section><div>17 de septiembre de "
            b"1995 en cines <span>|</span> 2h 30min <span>|</span> <span>Drama</span>, <span>"
            b"Romance</span></div></section></div></main>")
    assert _record(page).runtime_minutes == 150


def test_a_minutes_word_whose_letters_carry_vowel_signs() -> None:
    # Bengali "মিনিট": its vowel signs are no \w, the word is CLDR's for minutes
    page = "<h1>Heat</h1><div><span>2023</span> | <span>45 মিনিট</span></div>".encode()
    assert _record(page).runtime_minutes == 45


def test_a_bare_block_whose_unknown_label_has_a_runtime_after_it() -> None:
    # Shahid: <div>مدة الحلقة: 45 دقيقة</div> (an episode's length), no markup around the label
    page = ("<h1>Heat</h1><div><span>2008</span> • <span>+18</span></div>"
            "<div>مدة الحلقة: 45 دقيقة</div>").encode()
    assert _record(page, "https://www.reelguide.example/show/x").runtime_minutes == 45


def test_a_runtime_between_slashes_outside_any_element_of_its_own() -> None:
    # Beyazperde: "<span class=date>23 Mayıs 1933</span> / 21dk / <a>Aksiyon</a>, <a>Dram</a>"
    page = ("<h1>Heat</h1><div><span class='date'>23 Mayıs 1933</span> / 21dk / <a href="
            "'/filmler/tur-0/'>Aksiyon</a>, <a href='/filmler/tur-1/'>Dram</a></div>").encode()
    record = _record(page)
    assert (record.runtime_minutes, record.release_year) == (21, 1933)


def test_a_runtime_in_the_block_right_after_the_heading_beside_unknown_words() -> None:
    # Major Cineplex: "ลึกลับ, ระทึกขวัญ, ดนตรี | 11 นาที" (genres no list holds, a runtime);
    # the same line further down (an episode's) is no hero line
    hero = "<div>ลึกลับ, ระทึกขวัญ | 11 นาที</div>"
    assert _record(f"<h1>Heat</h1>{hero}".encode()).runtime_minutes == 11
    later = f"<h1>Heat</h1><p>Drama</p><table><tr><td>x</td></tr></table>{hero}"
    assert _record(later.encode()).runtime_minutes is None


def test_a_span_of_days_in_release_is_no_runtime_by_shape() -> None:
    # Box Office Mojo's "In Release: 320 days/17 weeks" beside labels no list knows
    rows = "".join(f"<div><span>{label}</span><span>{value}</span></div>" for label, value in [
        ("Release Year", "1962"), ("Genres", "Fantasy"), ("In Release", "320 days"),
        ("Widest Release", "3,963 theaters")])
    assert _record(f"<h1>Heat</h1><div>{rows}</div>".encode()).runtime_minutes is None


def test_stat_tiles_give_their_value_above_their_label() -> None:
    # each tile a value, then its label; the text runs them together ("2h 50mRuntime")
    tiles = (b"<h1>Heat</h1><div class='stats'><div><strong>2h 50m</strong><span>Runtime</span>"
             b"</div><div><strong>R</strong><span>Rated</span></div><div><strong>1,234</strong>"
             b"<span>Votes</span></div></div>")
    record = _record(tiles)
    assert (record.runtime_minutes, record.content_rating, record.user_rating_count) == (
        170, "R", 1234)
    # a tile whose two parts are both labels is no value
    assert _record(b"<h1>Heat</h1><div><span>Genre</span><span>Runtime</span></div>"
                   b"<dl><dt>Genre</dt><dd>Drama</dd></dl>").runtime_minutes is None


def test_an_icon_named_in_words_no_list_holds_among_labelled_rows() -> None:
    # "Gígùn" (Yoruba: length) is in no list; the rows around it have listed labels
    rows = ("<li><img src='/i/1.svg' alt='Director'> <span>Ada Kim</span></li>"
            "<li><img src='/i/2.svg' alt='Genre'> <span>Drama</span></li>"
            "<li><img src='/i/3.svg' alt='Gígùn'> <span>{}</span></li>")
    page = "<h1>Heat</h1><p>A tale.</p><section><h2>Info</h2><ul>{}</ul></section>"
    assert _record(page.format(rows.format("wákàtí 1 ìṣẹ́jú 41")).encode()).runtime_minutes == 101
    assert _record(page.format(rows.format("Denmark, Japan")).encode()).countries == [
        "Denmark", "Japan"]
