"""The content rating (certificate): read from a labelled row (Rating, MPA Rating, Parental
Guidance, Certificate, MPAA), as text or an image's alt text. A score ("8.1/10", "Rating: 7.7/10"
in a hero widget or a line) is no certificate: another row wins, and a lone score is reported as
unreadable."""

from __future__ import annotations

import pytest

from tests.fields.pages import (
    FACTS_TABLE,
    HEAT,
    PAGES,
    TITANIC,
    _record,
    _relabelled,
    _replaced,
    _unchanged,
)


@pytest.mark.parametrize(
    ("label", "new", "field", "value"),
    [
        (b"Rating", b"MPA Rating", "content_rating", "R"),
        (b"Rating", b"Parental Guidance", "content_rating", "R"),
    ],
)  # fmt: skip
def test_reworded_detail_labels(label: bytes, new: bytes, field: str, value: object) -> None:
    record = _relabelled(label, new)
    got = getattr(record, field)
    assert (
        got.model_dump(mode="json")["amount"] if field in {"budget", "box_office"} else got
    ) == (value)


def test_legacy_relabelled_facts() -> None:
    record = _relabelled(b"Certificate:", b"MPAA:", TITANIC)
    assert record.content_rating == "PG-13"


@pytest.mark.parametrize("label", [b"Rating"])
def test_a_score_widget_in_the_hero_is_not_the_details(label: bytes) -> None:
    widget = b"<dl><div><dt>" + label + b"</dt><dd>8.1/10</dd></div></dl>"
    _unchanged(HEAT, HEAT.replace(b"</h1>", b"</h1>" + widget, 1))


@pytest.mark.parametrize(
    "row",
    [
        b"<tr><th>Rating:</th><td>7.7/10</td></tr>",
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


def test_a_lone_score_is_no_certificate() -> None:
    without_schema = HEAT.replace(b'"contentRating": "R"', b'"x": "R"')
    edited = _record(without_schema.replace(b">R</dd>", b">8.1/10</dd>", 1))
    assert edited.content_rating is None
    assert [(issue.field, issue.raw) for issue in edited.unparsed] == [("content_rating", "8.1/10")]
    # the score is no certificate, so the page's schema.org data still gives one
    assert _record(HEAT.replace(b">R</dd>", b">8.1/10</dd>", 1)).content_rating == "R"


def test_a_certificate_as_an_image() -> None:
    cell = b'<td><img src="/img/cert/pg-13.gif" alt="PG-13" /></td>'
    _unchanged(TITANIC, TITANIC.replace(b"<td>PG-13</td>", cell))


def test_a_score_line_is_no_certificate() -> None:
    page = (PAGES / "v2-glass-last-orchard-114.html").read_bytes()
    assert _record(page).content_rating is None
    edited = _record(page.replace(b"</h1>", b"</h1><p>Rating: 7.7/10 based on 1.3M ratings</p>", 1))
    assert edited.content_rating is None


@pytest.mark.parametrize(
    ("shown", "rating"),
    [("FSK 18 (Thematic Elements)", "FSK 18"), ("PG-13 (for violence and language)", "PG-13"),
     ("TV-MA (L, S, V)", "TV-MA (L, S, V)"), ("12 (Austria)", "12 (Austria)"),
     ("TV-G (Language|Some Violence)", "TV-G"), ("PG (Peril / Mild Language)", "PG")],
)
def test_the_boards_reason_after_a_certificate_is_no_part_of_it(shown: str, rating: str) -> None:
    page = f"<h1>Heat</h1><dl><dt>Rating</dt><dd>{shown}</dd></dl>".encode()
    assert _record(page).content_rating == rating


@pytest.mark.parametrize(
    ("shown", "rating"),
    [("TV-14 sex, violence", "TV-14"), ("R language, substances", "R"),
     ("TV-MA language", "TV-MA"), ("Rated for violence", "Rated for violence")],
)
def test_descriptors_after_a_certificate_are_no_part_of_it(shown: str, rating: str) -> None:
    # a streaming app's maturity line: the certificate, then what it was given for
    page = f"<h1>Heat</h1><dl><dt>Maturity rating</dt><dd>{shown}</dd></dl>".encode()
    assert _record(page).content_rating == rating


def test_an_age_sign_before_the_age_is_a_certificate() -> None:
    # "+16" (Arabic and Latin American pages): no "+N more" after a list, no glyph to drop
    labelled = b"<h1>Heat</h1><dl><dt>Rating</dt><dd>+16</dd><dt>Runtime</dt><dd>170 min</dd></dl>"
    assert _record(labelled).content_rating == "+16"
    unlabelled = ("<h1>Heat</h1><ul><li><span>التصنيف الرقابي:</span> <span>+12</span></li>"
                  "<li>Runtime: 170 min</li></ul>").encode()
    assert _record(unlabelled).content_rating == "+12"


@pytest.mark.parametrize(("shown", "rating"), [("PG - Children", "PG"),
                                               ("PG-13 - Teens 13 or older", "PG-13"),
                                               ("R+ - Mild Nudity", "R+")])
def test_a_rating_with_what_it_means_after_a_spaced_dash(shown: str, rating: str) -> None:
    page = (f"<h1>Heat</h1><div><div><span>Duration:</span> 24 min. per ep.</div><div><span>"
            f"Rating:</span> {shown}</div></div>").encode()
    assert _record(page).content_rating == rating


@pytest.mark.parametrize("rating", ["Κ-15", "U/A 16+"])
def test_greek_and_indian_boards_in_a_hero_line(rating: str) -> None:
    # Athinorama's Greek Κ (kappa), India's "U/A 16+"; the runtime in Greek and Bengali words
    page = (f"<h1>Heat</h1><div>Drama | 96 λεπτά | {rating}</div><div>১৯৯৫ | 45 মিনিট</div>"
            ).encode()
    record = _record(page)
    assert (record.content_rating, record.runtime_minutes) == (rating, 96)


@pytest.mark.parametrize("scores", ["JustWatch 78% (48.9K) IMDb 7.6", "IMDb 8.3", "★ 4,1 / 5"])
def test_a_rating_row_of_scores_gives_way_to_the_age_rating_or_none(scores: str) -> None:
    rows = (f"<div><h3>Rating</h3><div>{scores}</div></div><div><h3>Runtime</h3><div>1h 51min"
            "</div></div>")
    aged = f"{rows}<div><h3>Age rating</h3><div>PG</div></div>"
    assert _record(f"<h1>Heat</h1><section>{aged}</section>".encode()).content_rating == "PG"
    assert _record(f"<h1>Heat</h1><section>{rows}</section>".encode()).content_rating is None


def test_a_chip_of_label_and_value_with_nothing_between() -> None:
    # "Rated R", "Runtime 2h 50m", "Released December 15, 1995": a label, then a value of the
    # field's own shape, in one short line
    chips = (b"<h1>Heat</h1><ul class='chips'><li>Rated R</li><li>Runtime 2h 50m</li>"
             b"<li>Released December 15, 1995</li><li>Budget $60,000,000</li></ul>")
    record = _record(chips)
    assert (record.content_rating, record.runtime_minutes, str(record.release_date)) == (
        "R", 170, "1995-12-15")
    assert record.budget is not None and record.budget.amount == 60_000_000
    # a board's name before its age is the whole certificate; a sentence is no chip
    assert _record(b"<h1>Heat</h1><p>FSK 16</p><dl><dt>Genre</dt><dd>Krimi</dd></dl>"
                   ).content_rating != "16"
    assert _record(b"<h1>Heat</h1><p>Runtime felt long at 3 hours</p><dl><dt>Genre</dt>"
                   b"<dd>Drama</dd></dl>").runtime_minutes is None


def test_french_television_signs_are_certificates() -> None:
    # "-12": not for under twelve (France's television signs), in a hero line with no label
    page = "<h1>Heat</h1><p>1995 · -12 · 2h 50m · Crime</p><dl><dt>Genre</dt><dd>Crime</dd></dl>"
    assert _record(page.encode()).content_rating == "-12"


def test_a_critics_score_out_of_five_is_no_certificate() -> None:
    # sites47's Guardian fact table: "Our rating: 3 out of 5 stars" beside "Cert (UK): 15"
    rows = "<tr><th>Runtime</th><td>1hr 48mins</td></tr><tr><th>Our rating</th><td>{}</td></tr>"
    for score in ("3 out of 5 stars", "4 out of 5", "7 out of 10"):
        page = f"<h1>Heat</h1><table>{rows.format(score)}</table>".encode()
        assert _record(page).content_rating is None, score
    cert = "<tr><th>Cert (UK)</th><td>15</td></tr>"
    page = f"<h1>Heat</h1><table>{rows.format('3 out of 5 stars')}{cert}</table>".encode()
    assert _record(page).content_rating == "15"
