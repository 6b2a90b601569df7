"""The studios and studios_total: read from a labelled row (Studio, Production Studios) as links,
spans or plain text; a company suffix (", Inc.", ", Ltd.") stays with its name. A "more" note or
button ("+2 more", "(+2)", "Show 2 more", "+2 others") adds to studios_total and leaves no
brackets in the names."""

from __future__ import annotations

import pytest

from marquee.parsers.labels import field_for
from tests.fields.pages import AVATAR, HEAT, TITANIC, _record, _relabelled, _replaced


@pytest.mark.parametrize(
    ("label", "new", "field", "value"),
    [
        (b"Studio", b"Production Studios", "studios", ["Warner Bros."]),
    ],
)  # fmt: skip
def test_reworded_detail_labels(label: bytes, new: bytes, field: str, value: object) -> None:
    record = _relabelled(label, new)
    got = getattr(record, field)
    assert (
        got.model_dump(mode="json")["amount"] if field in {"budget", "box_office"} else got
    ) == (value)


@pytest.mark.parametrize(
    ("more", "studios_total"),
    [(b"+2 more", 3), (b"(+2 more)", 3), (b"+2 others", 3), (b"Show 2 more", 3), (b"(+2)", 3),
     (b"et 2 autres", 3), (b"et 1 autre", 2), (b"und 2 weitere", 3), (b"y 2 m\xc3\xa1s", 3),
     (b"e altri 2", 3), ("외 2곳".encode(), 3), ("他2社".encode(), 3),
     # a number and one lower-case word in a language no list names
     ("+2 ещё".encode(), 3), (b"+1 muu", 2), ("+2 további".encode(), 3)],
)
def test_more_studios_wordings(more: bytes, studios_total: int) -> None:
    record = _record(HEAT.replace(b">+2 more<", b">" + more + b"<"))
    assert (record.studios, record.studios_total) == (["Warner Bros."], studios_total)


def test_a_capitalised_word_after_a_plus_is_a_name_not_more() -> None:
    record = _record(HEAT.replace(b">+2 more<", b">+2 Entertainment<"))
    assert record.studios_total != 3


def test_plain_text_studios_with_a_more_note_leave_no_brackets() -> None:
    body = TITANIC.replace(
        b"Lightstorm Entertainment</td>", b"Lightstorm Entertainment (+1 more)</td>"
    )
    record = _record(body)
    assert record.studios == ["Paramount Pictures", "20th Century Fox", "Lightstorm Entertainment"]
    assert record.studios_total == 4


def test_studio_spans_with_a_more_button() -> None:
    old = b'<a href="/studio/20th-century-fox">20th Century Fox</a> <button'
    new = b"<span>20th Century Fox</span><span>Lightstorm</span><button"
    record = _replaced(AVATAR, old, new)
    assert (record.studios, record.studios_total) == (["20th Century Fox", "Lightstorm"], 5)


def test_a_company_suffix_stays_with_its_name() -> None:
    old = b"<td>Paramount Pictures, 20th Century Fox, Lightstorm Entertainment</td>"
    new = b"<td>Paramount Pictures, Inc., 20th Century Fox, Lightstorm Entertainment, Ltd.</td>"
    record = _replaced(TITANIC, old, new)
    assert record.studios == [
        "Paramount Pictures, Inc.",
        "20th Century Fox",
        "Lightstorm Entertainment, Ltd.",
    ]
    assert record.studios_total == 3


def test_a_localized_label_qualified_in_lower_case_and_a_name_after_a_label_word() -> None:
    page = (b"<html><body><main><h1>Heat</h1><ul><li>Rozpo\xc4\x8det: 60 000 000 $</li>"
            b"<li>Tr\xc5\xbeby celosv\xc4\x9btov\xc4\x9b: 187 436 818 $</li></ul>"
            b"<dl><dt>Produk\xc4\x8dn\xc3\xad spole\xc4\x8dnost</dt><dd>Forward Pass</dd>"
            b"</dl></main></body></html>")
    record = _record(page)
    assert record.box_office is not None and record.box_office.amount == 187436818
    assert record.studios == ["Forward Pass"]
    assert (field_for("Studio Northern"), field_for("Бюджет фильма")) == (None, "budget")


@pytest.mark.parametrize(("more", "total"), [("+ 2 outras", 4), ("+ 1 autre", 3)])
def test_localized_plus_n_others_after_the_studios(more: str, total: int) -> None:
    page = (f"<h1>Heat</h1><ul><li><b>Produtoras:</b> Saint Entertainment, Atlas Entertainment "
            f"{more}</li></ul>").encode()
    record = _record(page)
    assert (record.studios, record.studios_total) == (
        ["Saint Entertainment", "Atlas Entertainment"], total)


def test_a_theatre_card_heading_is_no_studio_label_a_key_word_last_is() -> None:
    page = (b"<h1>Heat</h1><dl><dt>Runtime</dt><dd>170 min</dd></dl><ul><li><h3>Studio Movie "
            b"Grill</h3><span>2.7 mi</span><p>Dolby Cinema</p><a>2:15p</a></li></ul>"
            b"<div><h3>Originally Released</h3><p>December 25, 1995</p></div>")
    record = _record(page)
    assert (record.studios, str(record.release_date)) == ([], "1995-12-25")


def test_a_production_row_that_names_a_person_is_the_producer() -> None:
    # German Wikipedia's infobox: "Produktion" is the producer, not a company
    page = (b"<h1>Heat</h1><table><tr><td>Regie</td><td>Michael Mann</td></tr>"
            b"<tr><td>Produktion</td><td>Art Linson</td></tr></table>")
    assert _record(page).studios == []
    company = page.replace(b"Art Linson", b"Forward Pass Pictures")
    assert _record(company).studios == ["Forward Pass Pictures"]


def test_none_found_and_a_link_to_add_some_is_no_studio() -> None:
    # MyAnimeList: "Studios: None found, <a href="/add">add some</a>"
    page = (b'<h1>Heat</h1><div><div><span>Duration:</span> 1 hr. 59 min.</div><div><span>'
            b'Studios:</span> None found, <a href="/add">add some</a></div></div>')
    record = _record(page)
    assert (record.studios, record.runtime_minutes) == ([], 119)


@pytest.mark.parametrize("label", ["製作公司", "Tuotantoyhtiöt", "Yapım şirketleri", "Gyártó",
                                   "Compañías", "شركة الإنتاج"])
def test_production_company_labels_in_more_languages(label: str) -> None:
    page = (f"<h1>Heat</h1><p>1995 · 170 min</p><dl><dt>{label}</dt><dd>Forward Pass</dd>"
            "<dt>Budget</dt><dd>$60,000,000</dd></dl>").encode()
    assert _record(page).studios == ["Forward Pass"]


@pytest.mark.parametrize(
    ("row", "studios", "countries"),
    [("<dt>Продукция</dt><dd>Gallo Films</dd>", ["Gallo Films"], []),
     ("<dt>Proizvodnja</dt><dd>Eriksen Pictures, Achterberg Films</dd>",
      ["Eriksen Pictures", "Achterberg Films"], []),
     ("<dt>Prodhimi</dt><dd>Static Media</dd>", ["Static Media"], []),
     ("<dt>Producētājkompānija</dt><dd>Marble Road Productions</dd>",
      ["Marble Road Productions"], []),
     ("<dt>Produkcija</dt><dd>Mia Berg, Ana Gil</dd>", [], []),  # the producers
     ("<dt>Produkcija</dt><dd>Hrvatska, Srbija</dd>", [], ["Hrvatska", "Srbija"])],  # where
)  # fmt: skip
def test_production_in_more_languages_is_the_company_unless_people_or_places(
        row: str, studios: list[str], countries: list[str]) -> None:
    page = f"<h1>Heat</h1><dl><dt>Genre</dt><dd>Drama</dd>{row}</dl>".encode()
    record = _record(page)
    assert (record.studios, record.countries) == (studios, countries)


def test_and_n_others_in_arabic_counts_the_rest() -> None:
    # elCinema: "شركات الإنتاج: Quiet Entertainment و 3 أخرى" (and 3 others)
    page = ("<h1>Heat</h1><ul><li>Genre: Drama</li><li>شركات الإنتاج: Quiet Entertainment و 3 أخرى"
            "</li></ul>").encode()
    record = _record(page)
    assert (record.studios, record.studios_total) == (["Quiet Entertainment"], 4)


def test_an_unknown_label_over_production_companies_only_is_the_studios_row() -> None:
    rows = ("<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd><dt>Ilé-iṣẹ́ xyz</dt><dd>{}</dd></dl>")
    both = rows.format("Marble Road Productions, Weiss Films, Kowalski &amp; Weiss")
    assert _record(both.encode()).studios == ["Marble Road Productions", "Weiss Films",
                                              "Kowalski & Weiss"]
    # one company under a label no list knows may be the distributor's
    assert _record(rows.format("Silverbird Pictures").encode()).studios == []


def test_a_produced_by_row_naming_people_gives_way_to_a_company_row() -> None:
    # sites46's e-ink pages: "Produced by" names the producer, "Production" the company
    leader = '<p><span>{}</span><span aria-hidden="true">&hellip;</span><span>{}</span></p>'
    rows = "".join(leader.format(*row) for row in (
        ("Produced by", "Umar Achterberg"), ("Duration", "111 minutes"),
        ("Production", "Ember Road Productions")))  # fmt: skip
    record = _record(f"<h1>Heat</h1><section><h2>Particulars</h2><div>{rows}</div></section>"
                     .encode())  # fmt: skip
    assert record.studios == ["Ember Road Productions"]


def test_a_stat_tile_whose_value_holds_a_labels_key_word() -> None:
    # sites48's Material tiles: "Studio Meridian" over its label "Studios"
    tiles = ("<ul><li><b>Studio Meridian, Acme Films</b><sub>Studios</sub></li>"
             "<li><b>111 min</b><sub>Runtime</sub></li></ul>")
    record = _record(f"<h1>Heat</h1><section><h2>Details</h2>{tiles}</section>".encode())
    assert record.studios == ["Studio Meridian", "Acme Films"]


def test_a_catalan_production_row_of_people_gives_way_to_the_companies() -> None:
    # sites64's Catalan guide: "Producció" names the producers, "Productora" the companies
    page = ("<h1>Heat</h1><p><span>Producció:</span> Lucia Varga</p><p><span>Gènere:</span> "
            "Drama</p><p><span>Productora:</span> Harvest House, Last Entertainment</p>")
    assert _record(page.encode()).studios == ["Harvest House", "Last Entertainment"]
    alone = ("<h1>Heat</h1><p><span>Producció:</span> Lucia Varga</p><p><span>Gènere:</span> "
             "Drama</p>")
    assert _record(alone.encode()).studios == []
