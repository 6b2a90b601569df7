"""The title: the text of the page's own main heading (h1), without a year span, a kind and years
in brackets, screen-reader text or a link after the year. A heading in a hidden sign-in dialog or
the site's name in an h1 is not the title; a title that reads like a placeholder, a "not found"
message or an ignored topic ("Broadcast News", "The Awards") is kept as it is."""

from __future__ import annotations

import pytest

from tests.fields.pages import HEAT, PARASITE, TITANIC, TITANIC_H1, _record, _replaced, _unchanged


def test_a_title_that_reads_like_a_placeholder_is_kept() -> None:
    body = HEAT.replace(b">Heat</h1>", b">Unknown</h1>")
    assert _record(body).title == "Unknown"


def test_a_title_with_not_found_words_is_a_record_when_the_page_has_details() -> None:
    body = HEAT.replace(b">Heat</h1>", b">Error 404: Not Found</h1>")
    assert _record(body).title == "Error 404: Not Found"


def test_heading_year_span_and_screen_reader_text() -> None:
    title = _record(PARASITE).title
    old = b'data-testid="title">' + title.encode() + b"</h1>"
    new = b'data-testid="title">' + title.encode() + b' <span class="y">2019</span></h1>'
    assert _replaced(PARASITE, old, new).title == title
    hidden = b'<span class="sr-only"> (movie)</span></h1>'
    assert _replaced(PARASITE, old, old.replace(b"</h1>", hidden)).title == title


def test_a_hidden_sign_in_dialog_heading_is_not_the_title() -> None:
    modal = b'<div role="dialog" aria-modal="true" hidden><h1>Sign in to ReelGuide</h1></div>'
    body = (
        HEAT.replace(b' data-testid="title"', b"")
        .replace(b"<main", b"<div")
        .replace(b"</main>", b"</div>")
    )
    body = body.replace(b'<section class="css-92a79b-hero" data-testid="hero">', b"<section>")
    assert b"<main" not in body and b"data-testid" not in body
    record = _replaced(body, b"<body", modal + b"<body")
    assert _replaced(body, b'<div id="__next">', b'<div id="__next">' + modal).title == "Heat"
    assert record.title == "Heat"


@pytest.mark.parametrize(
    "logo", [b'<img src="/static/img/logo.gif" alt="ReelGuide" />', b"ReelGuide"]
)
def test_the_sites_name_in_an_h1_is_not_the_title(logo: bytes) -> None:
    page = TITANIC.replace(b'<div id="title-page" class="movie">', b'<div class="movie">')
    edited = page.replace(
        b'<a href="/"><img src="/static/img/logo.gif" alt="ReelGuide" /></a>',
        b'<h1 id="logo"><a href="/">' + logo + b"</a></h1>",
    )
    _unchanged(page, edited)


def test_a_link_after_the_year_in_the_heading() -> None:
    link = b' <span class="pro-link"><a href="/pro">More at IMDbPro &raquo;</a></span></h1>'
    _unchanged(TITANIC, TITANIC.replace(TITANIC_H1, TITANIC_H1[:-5] + link))


@pytest.mark.parametrize(
    "title", [b"Broadcast News", b"Star Wars: Episode IV \xe2\x80\x93 A New Hope", b"The Awards"]
)
def test_a_legacy_title_naming_an_ignored_topic(title: bytes) -> None:
    record = _record(TITANIC.replace(b"<h1>Titanic ", b"<h1>" + title + b" "))
    assert record.title == title.decode()
    assert record.model_dump(exclude={"title", "content_sha256"}) == _record(TITANIC).model_dump(
        exclude={"title", "content_sha256"}
    )


@pytest.mark.parametrize(
    "head",
    [b'<meta property="og:title" content="Heat">',
     b"<title>Heat (1995) \xe2\x80\x94 The Movie Base</title>"],
    ids=["og-title", "document-title"],
)
def test_no_h1_the_heading_named_as_the_page_is_the_title(head: bytes) -> None:
    body = (
        b"<html><head>" + head + b"</head><body><main><h2>Popular right now</h2><section><h2>"
        b'<a href="/movie/heat">Heat</a> <span class="tag">(1995)</span></h2>'
        b"<dl><dt>Runtime</dt><dd>2h 50m</dd></dl></section></main></body></html>"
    )
    record = _record(body)
    assert (record.title, record.runtime_minutes) == ("Heat", 170)


def test_no_h1_and_no_heading_named_as_the_page_is_still_a_reject() -> None:
    from marquee.extract import extract
    from marquee.items import Reject

    body = (
        b'<html><head><meta property="og:title" content="Heat"></head><body><main>'
        b"<h2>Popular right now</h2><dl><dt>Runtime</dt><dd>2h 50m</dd></dl></main></body></html>"
    )
    found = extract("https://www.reelguide.example/movie/heat", body)
    assert isinstance(found, Reject) and "no title" in found.reason


@pytest.mark.parametrize(
    ("heading", "title"),
    [("Heat (Film)", "Heat"), ("Heat (Fernsehserie)", "Heat"), ("Heat (TV series)", "Heat"),
     ("Heat (American film)", "Heat"), ("Film", "Film"),
     ("The (Film) Critic", "The (Film) Critic"), ("Heat (serie televisiva)", "Heat"),
     ("Heat (dizi)", "Heat"), ("Heat (Never Again)", "Heat (Never Again)")],
)
def test_an_encyclopedias_kind_in_brackets_after_the_title(heading: str, title: str) -> None:
    page = f"<h1><span>{heading}</span></h1><dl><dt>Runtime</dt><dd>170 min</dd></dl>".encode()
    assert _record(page).title == title
