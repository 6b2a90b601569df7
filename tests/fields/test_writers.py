"""The writers: from a crew line (Writer:, Writers:), names split by commas, line breaks or
slashes, a "more credits" link dropped. "Written by" lines under a Soundtrack or Crew section
(producers, music) are not the title's credits."""

from __future__ import annotations

import pytest

from tests.fields.pages import SIGNAL, TITANIC, _after_section, _record, _replaced, _unchanged


@pytest.mark.parametrize("sep", [b"<br />", b" / "])
def test_legacy_crew_names_on_lines_or_slashes(sep: bytes) -> None:
    old = b"<strong>Writer:</strong> James Cameron</p>"
    record = _replaced(
        TITANIC, old, b"<strong>Writers:</strong> James Cameron" + sep + b"Jon Landau</p>"
    )
    assert record.writers == ["James Cameron", "Jon Landau"]


def test_writers_before_a_more_credits_link() -> None:
    old = b"<strong>Writer:</strong> James Cameron</p>"
    new = (
        b"<strong>Writers:</strong> James Cameron, Jon Landau "
        b'<a href="/w">1 more credit \xc2\xbb</a></p>'
    )
    assert _replaced(TITANIC, old, new).writers == ["James Cameron", "Jon Landau"]


@pytest.mark.parametrize(
    "section",
    [
        b"<section><h2>Crew</h2><dl><div><dt>Produced by</dt><dd>Art Linson, Pieter Jan Brugge</dd>"
        b"</div><div><dt>Music by</dt><dd>Elliot Goldenthal</dd></div></dl></section>",
        b'<section><h2>Soundtrack</h2><ul><li><p>"God Moving Over the Face of the Waters"</p>'
        b"<p>Written by: Moby</p><p>Performed by Moby</p></li></ul></section>",
        b'<section><h2>Soundtrack</h2><p>"Porcelain"<br>Written by: Moby<br>Performed by Moby</p>'
        b"</section>",
    ],
    ids=["producers", "soundtrack", "soundtrack lines"],
)
def test_credits_that_are_not_the_titles(section: bytes) -> None:
    _unchanged(SIGNAL, _after_section(SIGNAL, b"cast", section))


def test_names_parted_by_an_arabic_or_ideographic_comma() -> None:
    from tests.fields.pages import _record

    for comma in ("، ", "、"):
        page = f"<h1>Heat</h1><dl><dt>Writers</dt><dd>Ada Ulloa{comma}Bo Kim</dd></dl>"
        assert _record(page.encode()).writers == ["Ada Ulloa", "Bo Kim"]


def test_a_listed_label_with_a_word_for_by_after_it() -> None:
    page = ("<h1>Heat</h1><p>1995 · 170 min</p><div><span>Guion de</span> <a href='/p/0'>Ana Gil"
            "</a>, <a href='/p/1'>Luis Paz</a></div>").encode()
    assert _record(page).writers == ["Ana Gil", "Luis Paz"]


@pytest.mark.parametrize("label", ["تأليف:", "চিত্রনাট্য:", "Σενάριο:"])
def test_credit_labels_in_arabic_bengali_and_greek(label: str) -> None:
    page = (f"<h1>Heat</h1><p>1995 · 170 min</p><div><span>{label}</span> <span>Ana Gil, "
            "Luis Paz</span></div>").encode()
    assert _record(page).writers == ["Ana Gil", "Luis Paz"]


def test_labelled_parts_of_one_line_parted_by_semicolons() -> None:
    # a review's closing credits as one run of text (sites47's Hollywood Reporter)
    line = (
        "<p>Screenwriter: Ada Ulloa; Music: Bo Kim; Director of photography: Cy Lee; "
        "Genre: Crime, War; Release date: Tuesday, March 26, 1991</p>"
    )
    record = _record(f"<h1>Heat</h1>{line}".encode())
    assert record.writers == ["Ada Ulloa"]
    assert record.directors == [] and record.genres == ["Crime", "War"]
    assert str(record.release_date) == "1991-03-26"


def test_a_semicolon_inside_a_value_is_no_part() -> None:
    record = _record(b"<h1>Heat</h1><p>Writers: Ada Ulloa; Bo Kim</p><p>Genre: Crime; War</p>")
    assert record.writers == ["Ada Ulloa", "Bo Kim"]
    assert record.genres == ["Crime", "War"]
