"""Facts given as questions and answers about the title, in an FAQ: read only for questions
that name the page's own title (a "People also ask" box about another title gives nothing),
and only where no other channel gives the field."""

from __future__ import annotations

from marquee.extract import extract
from marquee.items import TitleRecord

URL = "https://www.reelguide.example/show/heat"


def _record(faq: str, facts: str = "") -> TitleRecord:
    body = (
        f"<html><body><main><h1>Heat</h1>{facts}<section><h2>Questions &amp; answers</h2>"
        f"{faq}</section></main></body></html>"
    )
    record = extract(URL, body.encode())
    assert isinstance(record, TitleRecord), record
    return record


def _qa(question: str, answer: str) -> str:
    return f"<details><summary>{question}</summary><p>{answer}</p></details>"


def test_answers_to_questions_about_the_title() -> None:
    faq = "".join([
        _qa("When did Heat come out?", "Heat was released on 27 October 2016."),
        _qa("How many seasons does Heat have?", "Heat has 6 seasons."),
        _qa("How long is Heat?", "It runs 111 minutes."),
        _qa("What is Heat rated?", "Ages: FSK 6."),
        _qa("How many people rated Heat?", "342 members have rated it."),
        _qa("Who wrote Heat?", "Written by Farah Reyes and Jonas Weiss."),
        _qa("Who produced Heat?", "Made by Ivanova &amp; Kowalski and 2 others."),
    ])  # fmt: skip
    record = _record(faq)
    assert (str(record.release_date), record.seasons, record.runtime_minutes) == (
        "2016-10-27", 6, 111)
    assert (record.content_rating, record.user_rating_count) == ("FSK 6", 342)
    assert record.writers == ["Farah Reyes", "Jonas Weiss"]
    assert (record.studios, record.studios_total) == (["Ivanova & Kowalski"], 3)


def test_questions_about_another_title_give_nothing() -> None:
    faq = _qa("When did Heat 2 come out?", "Heat 2 was released on 1 May 2026.") + _qa(
        "How long is Collateral?", "It runs 120 minutes.")
    record = _record(faq, "<dl><dt>Genres</dt><dd>Crime</dd></dl>")
    assert (record.release_date, record.runtime_minutes) == (None, None)


def test_a_labelled_value_beats_an_answer() -> None:
    faq = _qa("How long is Heat?", "It runs 111 minutes.")
    record = _record(faq, "<dl><dt>Runtime</dt><dd>2h 50m</dd></dl>")
    assert record.runtime_minutes == 170
