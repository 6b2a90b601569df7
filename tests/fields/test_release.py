"""The release date and year: read from a labelled detail row (Release Date, Theatrical Release,
Original Air Date, Original Run, Released; an unlisted "Release Info" by its key word). A full
date beats a bare year and a "Years" row, but a side section's date never beats the details'
year; a date that cannot be read whole keeps its year and is reported, one out of range is nulled
and reported. Legacy pages also give the year in the heading ("(1997/I)", "(1997–present)")."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.fields.pages import (
    BREAKING_BAD,
    FACTS_TABLE,
    HEAT,
    PAGES,
    TITANIC,
    _after_section,
    _record,
    _relabelled,
    _replaced,
    _unchanged,
)


def test_out_of_range_value_is_nulled_and_reported() -> None:
    record = _record(HEAT.replace(b"December 15, 1995", b"December 15, 2150"))
    assert (record.release_date, record.release_year) == (None, None)
    assert {issue.field for issue in record.unparsed} == {"release_date", "release_year"}


@pytest.mark.parametrize(
    ("label", "new", "field", "value"),
    [
        (b"Release Date", b"Theatrical Release", "release_year", 1995),
        (b"Release Date", b"Original Air Date", "release_year", 1995),
    ],
)  # fmt: skip
def test_reworded_detail_labels(label: bytes, new: bytes, field: str, value: object) -> None:
    record = _relabelled(label, new)
    got = getattr(record, field)
    assert (
        got.model_dump(mode="json")["amount"] if field in {"budget", "box_office"} else got
    ) == (value)


@pytest.mark.parametrize(
    ("date", "year"),
    [
        (b"03/04/1995", 1995),
        (b"05.10.1995", 1995),
        (b"Q4 2026", 2026),
        (b"2005\xe2\x80\x932013", 2005),
    ],
)
def test_the_year_of_a_date_that_cannot_be_read_whole(date: bytes, year: int) -> None:
    record = _record(HEAT.replace(b"December 15, 1995", date))
    assert (record.release_date, record.release_year) == (None, year)
    unread = [issue.field for issue in record.unparsed if issue.reason != "channels disagree"]
    assert unread == ["release_date"]
    # the page's schema.org date (1995-12-15) is not taken over the page's own text
    disagree = [issue.field for issue in record.unparsed if issue.reason == "channels disagree"]
    assert disagree == ([] if year == 1995 else ["release_year"])


def test_legacy_heading_with_a_kind_before_the_years() -> None:
    body = TITANIC.replace(b'<span class="year">(1997)</span>', b"(TV Movie 1997)")
    record = _record(body)
    assert (record.title, record.release_year) == ("Titanic", 1997)


@pytest.mark.parametrize(
    "year", [b"(1997/I)", b"(1997/II)", b"(I) (1997)", b"(1997 TV Movie)", b"(TV Series 1997)"]
)
def test_legacy_heading_year_notes(year: bytes) -> None:
    record = _replaced(TITANIC, b"(1997)</span>", year + b"</span>")
    assert (record.title, record.release_year) == ("Titanic", 1997)


def test_an_unfamiliar_row_does_not_hide_the_listed_one_below_it() -> None:
    """ "Release Info" is read as a release row by its key word, but the listed "Release
    Date" row wins wherever it comes."""
    first = b'<div class="css-d59886-drow"><dt class="css-48c2b9-dt">Release Date'
    extra = b'<div><dt class="x">Release Info</dt><dd class="y">See all dates</dd></div>'
    record = _replaced(HEAT, first, extra + first)
    assert record.release_date is not None
    assert record.release_date.isoformat() == "1995-12-15"
    alone = _replaced(HEAT, b">Release Date<", b">Release Info<")
    assert alone.release_year == 1995


def test_legacy_heading_year_as_a_bare_link() -> None:
    record = _replaced(
        TITANIC, b'<span class="year">(1997)</span>', b'(<a href="/year/1997">1997</a>)'
    )
    assert (record.title, record.release_year) == ("Titanic", 1997)


def test_legacy_spacer_cell_between_label_and_value() -> None:
    old = b"<th>Released:</th><td>19 Dec 1997</td>"
    new = b'<th>Released:</th><td width="5">&nbsp;</td><td>19 Dec 1997</td>'
    record = _replaced(TITANIC, old, new)
    assert record.release_date is not None and record.release_date.isoformat() == "1997-12-19"


def test_legacy_heading_with_an_open_year_range() -> None:
    page = (PAGES / "v1-the-office.html").read_bytes()
    expected = _record(page)
    found = re.search(rb"\((\d{4})[^)<]*\)</span>", page)
    assert found
    record = _record(
        page.replace(found.group(0), b"(" + found.group(1) + b"\xe2\x80\x93present)</span>")
    )
    assert (record.title, record.release_year) == (expected.title, expected.release_year)


def test_a_years_row_does_not_hide_the_release_date() -> None:
    row = b'<div class="css-32e26b"><dt class="css-2acac7">Release Date</dt>'
    years = b"<div><dt>Years</dt><dd>2008\xe2\x80\x932013</dd></div>"
    _unchanged(BREAKING_BAD, BREAKING_BAD.replace(row, years + row, 1))


def test_an_original_run_row_is_the_release_date() -> None:
    row = b'<dt class="css-2acac7">Release Date</dt>'
    relabelled = row.replace(b"Release Date", b"Original Run")
    _unchanged(BREAKING_BAD, BREAKING_BAD.replace(row, relabelled))


@pytest.mark.parametrize(
    "row",
    [
        b"<tr><th>Release Date:</th><td>1997</td></tr>",
    ],
)
def test_a_row_whose_value_cannot_be_the_field_gives_way(row: bytes) -> None:
    """A bare year before the full date; a score before the certificate or the votes."""
    edited = _replaced(TITANIC, FACTS_TABLE, FACTS_TABLE + row)
    record = _record(TITANIC)
    assert (edited.release_date, edited.content_rating, edited.user_rating_count) == (
        record.release_date,
        record.content_rating,
        record.user_rating_count,
    )


def test_a_side_sections_full_date_does_not_beat_the_details_year() -> None:
    page = BREAKING_BAD.replace(b">January 20, 2008<", b">2008<", 1)
    dates = b"<section><h2>Release Dates</h2><dl><dt>Premiere</dt><dd>May 1, 1990</dd></dl>"
    dates += b"</section>"
    _unchanged(page, _after_section(page, b"details", dates))


def test_a_bare_year_gives_way_to_a_country_dated_release() -> None:
    released = b"<tr><th>Released:</th><td>19 Dec 1997</td></tr>"
    rows = b"<tr><th>Released:</th><td>1997</td></tr><tr><th>Release Date (USA):</th><td>19 Dec"
    assert _replaced(TITANIC, released, rows + b" 1997</td></tr>").release_date == dt.date(
        1997, 12, 19
    )


@pytest.mark.parametrize(("lang", "iso"), [("de-DE", "2026-04-03"), ("en", None)])
def test_the_pages_language_settles_a_numeric_date(lang: str, iso: str | None) -> None:
    page = (f'<html lang="{lang}"><body><h1>Heat</h1><table><tr><td>Kinostart:</td>'
            "<td>03.04.2026</td></tr><tr><td>Laufzeit:</td><td>170 Min.</td></tr></table>"
            "</body></html>").encode()
    record = _record(page)
    assert (str(record.release_date) if record.release_date else None) == iso
    assert record.release_year == 2026


@pytest.mark.parametrize(
    ("lang", "iso"),
    [("en-GB", "2026-04-03"), ("en-KE", "2026-04-03"), ("en-US", "2026-03-04"),
     ("en-CA", None), ("en-XX", None)],
)
def test_an_english_pages_region_settles_a_numeric_date(lang: str, iso: str | None) -> None:
    # CLDR's short date of the region: dd/MM/y in Britain and Kenya, M/d/yy in the US;
    # Canada's is year first (y-MM-dd) and settles nothing, an unknown region neither
    page = (f'<html lang="{lang}"><body><h1>Heat</h1><dl><dt>Release date</dt>'
            "<dd>03-04-2026</dd><dt>Running time</dt><dd>170 mins</dd></dl></body></html>").encode()
    record = _record(page)
    assert (str(record.release_date) if record.release_date else None) == iso
    assert record.release_year == 2026


@pytest.mark.parametrize(
    ("lines", "date", "year", "runtime"),
    [(["印度 / 115分钟", "1950-08-27美国上映"], dt.date(1950, 8, 27), 1950, 115),
     (["法国 / 145分钟", "2000中国大陆上映"], None, 2000, 145),
     (["波兰 / 单集42分钟", "1992开播"], None, 1992, 42)],
)
def test_hero_lines_with_release_words_and_slashed_parts(
    lines: list[str], date: dt.date | None, year: int, runtime: int
) -> None:
    # Maoyan: "<country> / <runtime>" and a date or year with where it came out ("美国上映":
    # released in the US; "开播": first aired) after the title, unlabelled
    items = "".join(f"<li>{line}</li>" for line in lines)
    page = f"<div><h1>Heat</h1><ul>{items}</ul></div>".encode()
    record = _record(page)
    assert (record.release_date, record.release_year, record.runtime_minutes) == (
        date, year, runtime)


def test_a_count_of_people_after_a_year_like_number_is_no_year() -> None:
    page = "<div><h1>Heat</h1><ul><li>印度 / 115分钟</li><li>2000人评分</li></ul></div>".encode()
    record = _record(page)
    assert (record.release_year, record.runtime_minutes) == (None, 115)


@pytest.mark.parametrize(("lang", "date", "iso"), [
    # a month in the page's own script is read in the page's language first: guessing the
    # language, dateparser strips Sinhala's and Punjabi's vowel signs and reads January
    ("si", "1986 ජූනි 10", "1986-06-10"), ("pa", "10 ਜੂਨ 1986", "1986-06-10"),
    # ... and in Latin letters: Croatian "listopad" is October, Czech November (sites64)
    ("hr", "24. listopada 2018.", "2018-10-24"), ("cs", "24. listopadu 2018", "2018-11-24"),
    ("hr", "October 24, 2018", "2018-10-24"),
])  # fmt: skip
def test_a_month_in_the_page_s_own_script(lang: str, date: str, iso: str) -> None:
    page = (f'<html lang="{lang}"><body><h1>Heat</h1><dl><dt>Release date</dt><dd>{date}</dd>'
            "<dt>Genre</dt><dd>Crime</dd></dl></body></html>")
    record = _record(page.encode())
    assert record.release_date is not None and record.release_date.isoformat() == iso


@pytest.mark.parametrize("label", [b"Blu-ray release", b"DVD Release", b"Home video release"])
def test_a_home_video_release_is_not_the_release(label: bytes) -> None:
    # anisearch (sites60, first sight): "Published" (unlisted) gave way to a later "Blu-ray
    # release", read as the release date
    record = _record(b"<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd><dt>" + label
                     + b"</dt><dd>June 22, 1999</dd></dl>")
    assert (record.release_date, record.release_year) == (None, None)


def test_a_catalogue_cards_label_closed_by_a_full_stop() -> None:
    # "Production year. 1963" (sites59's archive card): the year, not a company named "1963"
    record = _record(b"<h1>Heat</h1><p><span>Genre.</span> Crime</p>"
                     b"<p><span>Production year.</span> 1995</p>")
    assert (record.release_year, record.studios) == (1995, [])
