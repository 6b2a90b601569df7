"""The audience summary: the prose under a viewers' heading (What Viewers Are Saying, What
Audiences Say, Audience Reviews, User Reviews, What People Think), in a p, div or span. A critics
section is not it, and a User Reviews section of single reviews before it does not replace it."""

from __future__ import annotations

import pytest

from tests.fields.pages import LAS_VEGAS, LAS_VEGAS_URL, LLV, _record, _replaced

VIEWERS = (
    b'<section class="css-ef4022-viewers"><h2 class="css-5b93f6-h2">What Viewers Are Saying</h2>'
)


def test_audience_summary_under_reworded_headings() -> None:
    for heading in (b"What Audiences Say", b"Audience Reviews", b"What People Think"):
        body = LAS_VEGAS.replace(b"What Viewers Are Saying", heading)
        summary = _record(body, LAS_VEGAS_URL).audience_summary
        assert summary is not None and summary.startswith("Audiences call it"), heading


def test_a_critics_section_is_not_the_audience_summary() -> None:
    audience = _record(LLV).audience_summary
    assert audience
    critics = b"<section><h2>What Critics Are Saying</h2><p>Critics liked it.</p></section>"
    assert _replaced(LLV, VIEWERS, critics + VIEWERS).audience_summary == audience
    only_critics = LLV.replace(b">What Viewers Are Saying<", b">What Critics Are Saying<")
    assert _record(only_critics).audience_summary is None


@pytest.mark.parametrize("tag", [b"div", b"span"])
def test_audience_summary_not_in_a_paragraph(tag: bytes) -> None:
    audience = _record(LLV).audience_summary
    start = LLV.index(VIEWERS) + len(VIEWERS)
    end = LLV.index(b"</p>", start)
    assert LLV[start : start + 3] == b"<p>"
    body = (
        LLV[:start] + b"<" + tag + b">" + LLV[start + 3 : end] + b"</" + tag + b">" + LLV[end + 4 :]
    )
    assert _record(body).audience_summary == audience


def test_user_reviews_do_not_beat_the_viewers_summary() -> None:
    audience = _record(LLV).audience_summary
    reviews = b"<section><h2>User Reviews</h2><p>Loved it.</p><p>Hated it.</p></section>"
    assert _replaced(LLV, VIEWERS, reviews + VIEWERS).audience_summary == audience


@pytest.mark.parametrize("heading", [b"Audience Reviews", b"User Reviews"])
def test_an_audience_reviews_heading_without_paragraphs(heading: bytes) -> None:
    audience = _record(LLV).audience_summary
    assert audience
    start = LLV.index(VIEWERS) + len(VIEWERS)
    end = LLV.index(b"</p>", start)
    body = LLV[:start] + b"<div>" + LLV[start + 3 : end] + b"</div>" + LLV[end + 4 :]
    body = body.replace(b">What Viewers Are Saying<", b">" + heading + b"<")
    assert _record(body).audience_summary == audience


@pytest.mark.parametrize("byline", [b"<span>4.0 stars</span>", b"<span>8/10</span>",
                                    b"<span>780 found this helpful</span>"])
def test_an_audience_reviews_section_of_single_reviews_is_no_summary(byline: bytes) -> None:
    body = LAS_VEGAS.replace(b"What Viewers Are Saying", b"Audience Reviews")
    start = body.index(b">Audience Reviews<")
    end = body.index(b"</p>", start)
    review = b'</h2><div class="review"><b>lucia_canyon26</b> ' + byline + b"<p>Saw it twice."
    body = body[: body.index(b"</h2>", start)] + review + body[end:]
    body = body.replace(b"Saw it twice.</p>", b"Saw it twice.</p></div>", 1)
    assert _record(body, LAS_VEGAS_URL).audience_summary is None


def test_the_crew_cards_after_the_summary_are_not_part_of_it() -> None:
    body = (
        b"<html><body><main><h1>Heat</h1><section><h2>Overview</h2><p>A thief and a cop.</p>"
        b'<h3>What Viewers Are Saying</h3><div class="consensus"><p>Viewers call it tense.</p>'
        b'</div><ol><li><p><a href="/p/0">Dante Spinotti</a></p><p>Director of Photography</p>'
        b"</li></ol></section></main></body></html>"
    )
    assert _record(body).audience_summary == "Viewers call it tense."


def test_a_sibling_section_under_its_own_heading_is_not_part_of_the_summary() -> None:
    body = (
        b"<html><body><main><h1>Heat</h1><div><h2>Programme information</h2><p>A thief and a"
        b" cop circle each other across Los Angeles for one last job.</p><h2>What viewers say"
        b"</h2><p>Viewers call it tense.</p><section><h2>Cast &amp; crew</h2><p><b>Directed by"
        b"</b> Michael Mann</p></section></div></main></body></html>"
    )
    record = _record(body)
    assert record.audience_summary == "Viewers call it tense."
    assert record.synopsis is not None and record.synopsis.startswith("A thief and a cop")


@pytest.mark.parametrize(
    "heading", ["Was Zuschauer sagen", "Ce que disent les spectateurs", "Co říkají diváci"])
def test_a_localized_audience_heading(heading: str) -> None:
    page = (f"<h1>Heat</h1><dl><dt>Runtime</dt><dd>170 min</dd></dl><div><h2>{heading}</h2>"
            "<p>Viele nennen ihn langsam, aber bewegend, mit wunderbarer Musik.</p></div>")
    assert _record(page.encode()).audience_summary == (
        "Viele nennen ihn langsam, aber bewegend, mit wunderbarer Musik.")


_GENRE = "<dl><dt>Genre</dt><dd>Drama</dd></dl>"


def test_reviewers_cards_under_what_viewers_say_are_no_summary() -> None:
    cards = "".join(f"<article><b>Reviewer {n}</b> <span>{n}/10</span><p>Better than the "
                    f"{2000 + n} version.</p></article>" for n in (3, 8))
    page = f"<h1>Heat</h1>{_GENRE}<section><h2>What viewers say</h2>{cards}</section>".encode()
    assert _record(page).audience_summary is None
    # one card's rating beside a summary is still the summary's section
    one = (f"<h1>Heat</h1>{_GENRE}<section><h2>What viewers say</h2><span>8/10</span>"
           "<p>Gripping and "
           "long.</p></section>").encode()
    assert _record(one).audience_summary == "Gripping and long."
    # (sites38: one reviewer's card of its own, <article>, is a review all the same)
    card = ("<article><b>Ada Løvland</b> <span>3/10</span><p>Better than the 2007 version."
            "</p></article>")
    reviewed = f"<h1>Heat</h1>{_GENRE}<section><h2>What people are saying</h2>{card}</section>"
    assert _record(reviewed.encode()).audience_summary is None


@pytest.mark.parametrize(
    "text", ["No reviews yet.", "Be the first to review Heat", "There are no user reviews yet.",
             "Be the first to react.", "No reactions yet"])  # (sites59's festival, first sight)
def test_an_empty_audience_section_says_nothing(text: str) -> None:
    page = (f"<h1>Heat</h1>{_GENRE}<section><h2>What viewers say</h2><p>{text}</p>"
            "</section>").encode()
    assert _record(page).audience_summary is None
