"""The countries: read from a labelled detail row (Country, Country/Region), the values split by
commas or by markup alone (line breaks, spans, list items, repeated dd); on legacy pages a label
spanning rows gives each row's value."""

from __future__ import annotations

import pytest

from tests.fields.pages import AVATAR, TITANIC, _record, _relabelled, _replaced


@pytest.mark.parametrize(
    ("label", "new", "field", "value"),
    [
        (b"Country", b"Country/Region", "countries", ["United States"]),
    ],
)  # fmt: skip
def test_reworded_detail_labels(label: bytes, new: bytes, field: str, value: object) -> None:
    record = _relabelled(label, new)
    got = getattr(record, field)
    assert (
        got.model_dump(mode="json")["amount"] if field in {"budget", "box_office"} else got
    ) == (value)


@pytest.mark.parametrize(
    "value",
    [
        b"United States<br>United Kingdom",
        b"<span>United States</span><span>United Kingdom</span>",
        b"<ul><li>United States</li><li>United Kingdom</li></ul>",
        b"United States</dd><dd>United Kingdom",
    ],
)
def test_values_separated_by_markup_alone(value: bytes) -> None:
    old = b">United States, United Kingdom</dd>"
    record = _replaced(AVATAR, old, b">" + value + b"</dd>")
    assert record.countries == ["United States", "United Kingdom"]


def test_legacy_facts_label_spanning_rows() -> None:
    old = b"<tr><th>Country:</th><td>United States</td></tr>"
    new = b'<tr><th rowspan="2">Country:</th><td>United States</td></tr><tr><td>Mexico</td></tr>'
    assert _replaced(TITANIC, old, new).countries == ["United States", "Mexico"]


def test_microdata_countries_in_one_text_are_each_a_country() -> None:
    page = (b'<html><body><main itemscope itemtype="https://schema.org/Movie"><h1 itemprop="name">'
            b'Heat</h1><ul><li itemprop="countryOfOrigin">Spain, Korea, Republic of, France</li>'
            b"<li>2 h 50 min</li></ul></main></body></html>")
    assert _record(page).countries == ["Spain", "Korea, Republic of", "France"]


def test_an_unlabelled_row_of_a_country_named_in_persian() -> None:
    page = ("<h1>Heat</h1><dl><dt>Genre</dt><dd>Drama</dd><dt>کشور سازنده</dt><dd>هند</dd>"
            "</dl>").encode()
    assert _record(page).countries == ["هند"]


def test_a_colon_label_element_no_list_knows_before_a_country() -> None:
    # Romanian "Ţara:" (with a cedilla, as many sites still write it): the value names the field
    page = ("<h1>Heat</h1><div><span>Ţara:</span> <span>Brazilia</span></div>"
            "<dl><dt>Genre</dt><dd>Drama</dd></dl>").encode()
    assert _record(page).countries == ["Brazilia"]


def test_a_row_whose_label_no_list_knows_among_listed_rows_is_read_by_its_value() -> None:
    # SensaCine's "Ficha técnica": <div><span>Nacionalidades</span> <span>...</span></div>
    rows = "".join(f"<div class='item'><span>{label}</span> <span>{value}</span></div>"
                   for label, value in [("Nacionalidades", "Polonia, Corea del Sur, Argentina"),
                                        ("Año de producción", "1988"),
                                        ("Presupuesto", "35.900.000 $")])
    page = f"<h1>Heat</h1><section><h2>Ficha técnica</h2>{rows}</section>".encode()
    assert _record(page).countries == ["Polonia", "Corea del Sur", "Argentina"]


def test_a_lower_case_name_is_a_language_not_a_country() -> None:
    # Apollo Kino: "Keel: saksa" (language: German) beside labels no list knows; "Saksa" is
    # Germany in Finnish, but a country's name is capitalised
    page = (b"<h1>Heat</h1><dl><dt>Genre</dt><dd>Drama</dd><dt>Keel</dt><dd>saksa</dd>"
            b"<dt>Maa</dt><dd>Saksa</dd></dl>")
    assert _record(page).countries == ["Saksa"]
    only_language = page.replace(b"<dt>Maa</dt><dd>Saksa</dd>", b"")
    assert _record(only_language).countries == []


def test_a_year_under_a_country_label_gives_way_to_the_country_row() -> None:
    # "Ел" is Kazakh for a country and Tatar for a year: a row of digits names no country
    page = ("<h1>Heat</h1><dl><dt>Ел</dt><dd>1998</dd><dt>Country</dt><dd>Poland</dd>"
            "<dt>Genre</dt><dd>Drama</dd></dl>").encode()
    assert _record(page).countries == ["Poland"]
