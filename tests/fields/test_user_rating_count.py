"""The user rating count: read from a labelled detail row (User Ratings, Number of Ratings). A
score ("8.1/10", "7.7/10") under a "User Rating" label, in a hero widget or a facts row, is not
the count and gives way to the details."""

from __future__ import annotations

import pytest

from marquee.extract import extract
from marquee.items import TitleRecord
from tests.fields.pages import (
    FACTS_TABLE,
    HEAT,
    TITANIC,
    _record,
    _relabelled,
    _replaced,
    _unchanged,
)


@pytest.mark.parametrize(
    ("label", "new", "field", "value"),
    [
        (b"User Ratings", b"Number of Ratings", "user_rating_count", 742300),
    ],
)  # fmt: skip
def test_reworded_detail_labels(label: bytes, new: bytes, field: str, value: object) -> None:
    record = _relabelled(label, new)
    got = getattr(record, field)
    assert (
        got.model_dump(mode="json")["amount"] if field in {"budget", "box_office"} else got
    ) == (value)


@pytest.mark.parametrize("label", [b"User Rating"])
def test_a_score_widget_in_the_hero_is_not_the_details(label: bytes) -> None:
    widget = b"<dl><div><dt>" + label + b"</dt><dd>8.1/10</dd></div></dl>"
    _unchanged(HEAT, HEAT.replace(b"</h1>", b"</h1>" + widget, 1))


@pytest.mark.parametrize(
    "row",
    [
        b"<tr><th>User Rating:</th><td>7.7/10</td></tr>",
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


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("<p><span>3,4</span> <span>93 000 notes</span></p>", 93000),
        ("<p><span>7.4</span><span>369 оценок</span></p>", 369),
        ('<p><a class="rating_people"><span>42086</span>人评价</a></p>', 42086),
        ("<p><span>3.6</span> <span>（2,296,506人が評価）</span></p>", 2296506),
        ("<p>★ 7.1 · 4,321명 참여</p>", 4321),
        ("<p>Reader score: 1,681,630 readers rated this</p>", 1681630),
        ("<p>8,1 · 12.400 Stimmen</p>", 12400),
        # sites64 at first sight (Slovak, Estonian, Bulgarian, Norwegian, Catalan, Croatian,
        # Lithuanian)
        ("<p><b>6.6</b> <span>460 hodnotení</span></p>", 460),
        ("<p><b>6.2</b> <span>121 häält</span></p>", 121),
        ("<p><b>7.7</b> <span>30 407 гласа</span></p>", 30407),
        ("<p><b>8.1</b> <span>97 834 stemmer</span></p>", 97834),
        ("<p><b>6.4</b> <span>2.014.256 vots</span></p>", 2014256),
        ("<p><b>7.7</b> <span>Glasova: 18.540</span></p>", 18540),
        # the word says which of two is the votes: Danish "stemmer", not "anmeldelser" (reviews)
        ("<p>Critics 7.5 (32 anmeldelser)</p><p>Brugere 6.1 (1.204 stemmer)</p>", 1204),
        ("<p><b>9.7</b> <span>Įvertinimų: 2 544 331</span></p>", 2544331),
    ],
)
def test_a_count_of_ratings_in_other_words_and_languages(line: str, count: int) -> None:
    body = f"<html><body><main><h1>Heat</h1>{line}<p>Runtime: 2h 50m</p></main></body></html>"
    record = extract("https://www.reelguide.example/movie/heat", body.encode())
    assert isinstance(record, TitleRecord)
    assert record.user_rating_count == count


def test_japanese_ratings_count_after_its_word() -> None:
    page = ("<h1>Heat</h1><div><span>3.2</span><span>評価数 189.7万件</span><ul><li>Clip!数 2,249"
            "</li></ul></div><div>上映時間：107分／製作国：日本／上映日：1986年01月14日</div>"
            "<section><h2>観た人の感想まとめ</h2><p>演技と映像を称える声が多く、結末には賛否がある。</p>"
            "</section><section><h2>配信サービス</h2><p>現在配信中のサービスはありません。</p></section>")
    record = _record(page.encode())
    assert (record.user_rating_count, str(record.release_date)) == (1897000, "1986-01-14")
    assert record.audience_summary == "演技と映像を称える声が多く、結末には賛否がある。"
    assert record.streaming is None  # no service, no count: the spec's null


@pytest.mark.parametrize(
    ("line", "count"),
    [("Βαθμολογία αναγνωστών <b>9,7</b> (683 ψήφοι)", 683),
     ("<span>2,3</span> <span>1.396.368 notas, 804 críticas</span>", 1396368),
     ("<span>7.3</span><span><span>10647</span>人评分</span>", 10647),
     ("Score: 8.16 (scored by <span>2,921,946</span> users)", 2921946),
     ("Nota 8,2 (552 voturi)", 552),
     # the noun as a label: the score before it is no count
     ("Оцінка <b>8.4</b> <span>Голосів: 64 860</span>", 64860),
     ("Рейтинг film.ru <b>8.7</b> <span>оценок: 2 262 293</span>", 2262293)],
)
def test_a_vote_count_by_its_noun_in_more_languages(line: str, count: int) -> None:
    page = f"<h1>Heat</h1><p>1995 · 170 min</p><div>{line}</div>".encode()
    assert _record(page).user_rating_count == count


@pytest.mark.parametrize(
    ("line", "count"),
    [("Average Rating: 4.5 <span>(276)</span>", 276),
     ("Kullanıcı puanı <b>5,5</b> <span>(680 oy)</span>", 680),
     ("<span>Brugernes vurdering</span> 4,6 ud af 5 <span>(1.024.973 stemmer)</span>", 1024973),
     ("평점 <span>7.13</span> <span>(참여 975명)</span>", 975),
     ("평균 ★3.4 <span>(107만명)</span>", 1070000),
     ("3 / 5 (12 Bewertungen abgegeben)", 12),
     # after a percent, only a word for votes, from the label vocabularies' stems
     ("Hodnotenie <b>67 %</b> <span>(1 937 103 hlasov)</span>", 1937103)],
)  # fmt: skip
def test_a_count_in_brackets_after_a_score_whatever_its_word(line: str, count: int) -> None:
    page = f"<h1>Heat</h1><p>1995 · 170 min</p><div>{line}</div>".encode()
    assert _record(page).user_rating_count == count


@pytest.mark.parametrize(
    "line",
    ["Season 3 (12 episodes)",  # no score: a whole number with no scale
     "Remake 7.5 <span>(2019)</span>",  # a year in brackets
     "<p>Critics 7.5 (32 anmeldelser)</p><p>Brugere 6.1 (1.204 profiler)</p>",  # two: which?
     "<p>Reelgood 73/100</p><p>Tracked by 499.5K users</p>",  # watchlists, not votes
     "Tomatometer 91% (245 reviews)", "Audience 88% (12,400)",  # a percent: votes must say so
     "<span>User Score</span><div>tbd</div><span>Available after 4 ratings</span>"],
)  # fmt: skip
def test_brackets_that_are_no_count_or_not_the_one_give_none(line: str) -> None:
    page = f"<h1>Heat</h1><p>1995 · 170 min</p><div>{line}</div>".encode()
    assert _record(page).user_rating_count is None


@pytest.mark.parametrize(("bracket", "count"), [
    # in brackets after the score, whatever the word: a word with an Indic or Khmer vowel sign
    # (a mark, no letter to a regex), a figure grouped by lakhs
    ("(1,30,641 votes)", 130641), ("(109,646 សំឡេង)", 109646), ("(2,296 ভোট)", 2296),
])  # fmt: skip
def test_a_bracketed_count_after_the_score_in_other_scripts(bracket: str, count: int) -> None:
    page = (f"<h1>Heat</h1><div><b>6.4</b> <span>{bracket}</span></div>"
            "<dl><dt>Genre</dt><dd>Crime</dd></dl>")
    assert _record(page.encode()).user_rating_count == count


@pytest.mark.parametrize(("block", "count"), [
    # sites37, sites38: the count a score is of, beside another counter of votes; a site's
    # name for its votes; ballots
    ("<div><b>9.5</b> <span>2,158,898 user ratings</span></div>"
     "<p>412,419 anticipation votes</p>", 2158898),
    ("<div><b>8.4</b> <span>57,363 Stream It/Skip It votes</span></div><p>627,827 shares</p>",
     57363),
    ("<div><b>6.5</b> <span>135 audience ballots</span></div><p>738,054 saved</p>", 135),
])  # fmt: skip
def test_the_count_beside_the_score_among_other_counters(block: str, count: int) -> None:
    page = f"<h1>Heat</h1>{block}<dl><dt>Genre</dt><dd>Crime</dd></dl>"
    assert _record(page.encode()).user_rating_count == count


def test_two_counters_of_votes_and_no_score_give_none() -> None:
    page = ("<h1>Heat</h1><p>2,158,898 user ratings</p><p>412,419 anticipation votes</p>"
            "<dl><dt>Genre</dt><dd>Crime</dd></dl>")
    assert _record(page.encode()).user_rating_count is None


@pytest.mark.parametrize(("block", "count"), [
    # sites37, sites39: the reviews a score is of, in its block, are its votes
    ("<div><b>9.5</b> <span>879,452 verified reviews</span></div><p>12,345 want to see</p>",
     879452),
    ("<div><b>7.9</b> <span>47 user reviews</span></div><p>639,618 readers</p>", 47),
    # (reviews no score stands before are not: "Based on 11 reviews" under "Parents say")
    ("<div><h3>Parents say</h3><span>age 11+</span> <span>Based on 11 reviews</span></div>", None),
])  # fmt: skip
def test_the_reviews_a_score_is_of(block: str, count: int | None) -> None:
    page = f"<h1>Heat</h1>{block}<dl><dt>Genre</dt><dd>Crime</dd></dl>"
    assert _record(page.encode()).user_rating_count == count
