"""extract(): provenance, FieldIssues for unreadable text, rejects with reasons, never raises."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

import pytest

from marquee.extract import extract, parser_version, related_title_urls
from marquee.items import FieldIssue, Reject, TitleRecord
from marquee.parsers import PARSER_VERSION

FIXTURES = Path(__file__).parent / "fixtures"
HEAT = (FIXTURES / "pages" / "v2-heat.html").read_bytes()


def _record(body: bytes, url: str = "https://www.reelguide.example/movie/heat") -> TitleRecord:
    found = extract(url, body)
    assert isinstance(found, TitleRecord), found
    return found


def test_provenance() -> None:
    when = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    record = extract(
        "https://mirror.example/x", HEAT, {"Content-Type": "text/html"}, fetched_at=when
    )
    assert isinstance(record, TitleRecord)
    assert record.url == "https://www.reelguide.example/movie/heat"
    assert record.source_id == "movie/heat"
    assert record.content_sha256 == hashlib.sha256(HEAT).hexdigest()
    assert record.parser_version == PARSER_VERSION == parser_version()
    assert (record.fetched_at, record.layout, record.unparsed) == (when, "current", [])


def test_unreadable_text_is_null_and_reported() -> None:
    body = HEAT.replace(b"$60,000,000", b"$10\xe2\x80\x9315 million").replace(b"2h 50m", b"a while")
    record = _record(body)
    assert record.budget is None and record.runtime_minutes is None
    assert (
        FieldIssue(field="budget", raw="$10–15 million", reason="unreadable budget")
        in record.unparsed
    )
    assert [issue.field for issue in record.unparsed] == ["runtime_minutes", "budget"]


def test_placeholders_are_null_without_issues() -> None:
    body = HEAT.replace(b"$60,000,000", b"N/A").replace(b">R<", b">\xe2\x80\x94<")
    record = _record(body.replace(b'"contentRating": "R"', b'"x": "R"'))
    assert (record.budget, record.content_rating, record.unparsed) == (None, None, [])
    # the page says nothing of its certificate: its schema.org data does
    assert _record(body).content_rating == "R"


def test_out_of_range_value_is_nulled_and_reported() -> None:
    record = _record(HEAT.replace(b"December 15, 1995", b"December 15, 2150"))
    assert (record.release_date, record.release_year) == (None, None)
    assert {issue.field for issue in record.unparsed} == {"release_date", "release_year"}


def test_kind_from_path_when_type_is_missing() -> None:
    body = HEAT.replace(b'<dt class="css-48c2b9-dt">Type</dt>', b"<dt>Format?</dt>")
    record = _record(body.replace(b'"@type": "Movie"', b'"@type": "Thing"'))
    assert record.kind == "movie"


def test_no_canonical_link_uses_the_given_url() -> None:
    body = HEAT.replace(
        b'<link rel="canonical" href="https://www.reelguide.example/movie/heat">', b""
    )
    body = body.replace(b'"url": "https://www.reelguide.example/movie/heat", ', b"")
    record = _record(body, "file:///saved/heat-copy.html")
    assert (record.url, record.source_id) == ("file:///saved/heat-copy.html", "movie/heat-copy")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty page"),
        (b"\x00\x01\x02", "not HTML"),
        (b"<html><body><p>nothing here</p></body></html>", "no title on the page"),
        ((FIXTURES / "pages" / "v2-soft-404.html").read_bytes(), "no title on the page"),
        (HEAT.replace(b"Heat</h1>", b"</h1>"), "no title on the page"),
    ],
)
def test_rejects(body: bytes, reason: str) -> None:
    found = extract("https://www.reelguide.example/movie/x", body)
    assert isinstance(found, Reject)
    assert found.reason == reason
    assert found.content_sha256 == hashlib.sha256(body).hexdigest()


def test_never_raises_on_junk_or_cut_pages() -> None:
    rng = random.Random(7)
    for cut in range(0, len(HEAT), 997):
        assert isinstance(extract("https://x/movie/heat", HEAT[:cut]), TitleRecord | Reject)
    for _ in range(50):
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        assert isinstance(extract("https://x/movie/heat", junk), TitleRecord | Reject)


def test_related_title_urls_re_exported() -> None:
    urls = related_title_urls("https://www.reelguide.example/movie/heat", HEAT)
    assert "https://www.reelguide.example/movie/rrr" in urls


def test_a_title_that_reads_like_a_placeholder_is_kept() -> None:
    body = HEAT.replace(b">Heat</h1>", b">Unknown</h1>")
    assert _record(body).title == "Unknown"


def test_a_title_with_not_found_words_is_a_record_when_the_page_has_details() -> None:
    body = HEAT.replace(b">Heat</h1>", b">Error 404: Not Found</h1>")
    assert _record(body).title == "Error 404: Not Found"


LAS_VEGAS = (FIXTURES / "pages" / "v2-leaving-las-vegas.html").read_bytes()
LAS_VEGAS_URL = "https://www.reelguide.example/movie/leaving-las-vegas"


def test_a_reworded_streaming_line_still_finds_the_block() -> None:
    body = LAS_VEGAS.replace(b"Not Currently Available On", b"Streaming on").replace(
        b"Streaming availability last verified: February 21, 2026", b"Last checked: 2026-02-21"
    )
    streaming = _record(body, LAS_VEGAS_URL).streaming
    assert streaming is not None
    assert (streaming.available, streaming.platform_count) == (True, 7)
    assert streaming.platforms[:2] == ["Amazon Prime Video", "Apple TV"]
    assert streaming.verified_on == dt.date(2026, 2, 21)


def test_a_negative_reworded_streaming_line_is_not_available() -> None:
    body = LAS_VEGAS.replace(b"Not Currently Available On", b"Not streaming anywhere right now")
    streaming = _record(body, LAS_VEGAS_URL).streaming
    assert streaming is not None and streaming.available is False


def test_a_watchlist_button_is_not_a_streaming_block() -> None:
    start = LAS_VEGAS.index(b'<div class="css-ca848e-watch"')
    end = LAS_VEGAS.index(b'</div></div></section><section class="css-9edad7-about"') + 6
    body = LAS_VEGAS[:start] + b'<button id="add-to-watchlist">Add</button>' + LAS_VEGAS[end:]
    assert _record(body, LAS_VEGAS_URL).streaming is None


def test_audience_summary_under_reworded_headings() -> None:
    for heading in (b"What Audiences Say", b"Audience Reviews", b"What People Think"):
        body = LAS_VEGAS.replace(b"What Viewers Are Saying", heading)
        summary = _record(body, LAS_VEGAS_URL).audience_summary
        assert summary is not None and summary.startswith("Audiences call it"), heading


def test_a_reworded_streaming_line_without_a_count_is_found_by_the_block_id() -> None:
    body = LAS_VEGAS.replace(b"Not Currently Available On", b"Watch it on").replace(
        b'<span class="css-10069e-count">(7 platforms)</span>', b""
    )
    streaming = _record(body, LAS_VEGAS_URL).streaming
    assert streaming is not None
    assert (streaming.available, streaming.platform_count, len(streaming.platforms)) == (
        True,
        None,
        7,
    )
