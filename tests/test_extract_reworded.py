"""Pages of the same site worded or marked up differently from the sample: each test makes
one edit of a sample page, as a held-out page might, and checks the fields it touches."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from marquee.extract import extract
from marquee.items import Reject, TitleRecord

PAGES = Path(__file__).parent / "fixtures" / "pages"
HEAT = (PAGES / "v2-heat.html").read_bytes()
TITANIC = (PAGES / "v1-titanic.html").read_bytes()


def _record(body: bytes) -> TitleRecord:
    found = extract("https://www.reelguide.example/movie/x", body)
    assert isinstance(found, TitleRecord), found
    return found


def _relabelled(label: bytes, new: bytes, page: bytes = HEAT) -> TitleRecord:
    tag = b"dt" if page is HEAT else b"th"
    old = b">" + label + b"</" + tag + b">"
    assert old in page, old
    return _record(page.replace(old, b">" + new + b"</" + tag + b">"))


@pytest.mark.parametrize(
    ("label", "new", "field", "value"),
    [
        (b"Rating", b"MPA Rating", "content_rating", "R"),
        (b"Rating", b"Parental Guidance", "content_rating", "R"),
        (b"Box Office", b"Cumulative Worldwide Gross", "box_office", "187436818"),
        (b"Box Office", b"Worldwide", "box_office", "187436818"),
        (b"Studio", b"Production Studios", "studios", ["Warner Bros."]),
        (b"User Ratings", b"Number of Ratings", "user_rating_count", 742300),
        (b"Release Date", b"Theatrical Release", "release_year", 1995),
        (b"Release Date", b"Original Air Date", "release_year", 1995),
        (b"Country", b"Country/Region", "countries", ["United States"]),
        # unlisted wordings of a detail row, read by their key word
        (b"Budget", b"Estimated Production Budget", "budget", "60000000"),
        (b"Runtime", b"Total Running Time", "runtime_minutes", 170),
    ],
)  # fmt: skip
def test_reworded_detail_labels(label: bytes, new: bytes, field: str, value: object) -> None:
    record = _relabelled(label, new)
    got = getattr(record, field)
    assert (
        got.model_dump(mode="json")["amount"] if field in {"budget", "box_office"} else got
    ) == (value)


@pytest.mark.parametrize("new", [b"Art Director", b"Opening Weekend Gross", b"Aspect Ratio"])
def test_labels_that_only_share_a_word_are_ignored(new: bytes) -> None:
    record = _relabelled(b"Box Office", new)
    assert record.box_office is None


def test_legacy_relabelled_facts() -> None:
    record = _relabelled(b"Certificate:", b"MPAA:", TITANIC)
    assert record.content_rating == "PG-13"


def test_a_gross_for_part_of_the_run_gives_way_to_the_whole() -> None:
    domestic = b'<div><dt class="x">Gross (Domestic)</dt><dd class="y">$67,436,818</dd></div>'
    budget = b'<div class="css-d59886-drow"><dt class="css-48c2b9-dt">Budget'
    body = HEAT.replace(budget, domestic + budget, 1)
    assert domestic in body
    assert _record(body).box_office is not None
    assert str(_record(body).box_office.amount) == "187436818"  # type: ignore[union-attr]
    alone = body.replace(b">Box Office<", b">Trivia<")
    assert str(_record(alone).box_office.amount) == "67436818"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("more", "studios_total"),
    [(b"+2 more", 3), (b"(+2 more)", 3), (b"+2 others", 3), (b"Show 2 more", 3), (b"(+2)", 3)],
)
def test_more_studios_wordings(more: bytes, studios_total: int) -> None:
    record = _record(HEAT.replace(b">+2 more<", b">" + more + b"<"))
    assert (record.studios, record.studios_total) == (["Warner Bros."], studios_total)


def test_plain_text_studios_with_a_more_note_leave_no_brackets() -> None:
    body = TITANIC.replace(
        b"Lightstorm Entertainment</td>", b"Lightstorm Entertainment (+1 more)</td>"
    )
    record = _record(body)
    assert record.studios == ["Paramount Pictures", "20th Century Fox", "Lightstorm Entertainment"]
    assert record.studios_total == 4


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
    "crew",
    [
        b"<p><strong>Director:</strong> <a>James Cameron</a><br>"
        b"<strong>Writer:</strong> <a>James Cameron</a></p>",
        b"Director: <a>James Cameron</a><br>Writer: <a>James Cameron</a>",
        b"<p>Director: James Cameron<br/>Writer: James Cameron</p>",
    ],
)
def test_legacy_crew_lines_split_by_line_breaks(crew: bytes) -> None:
    old = (
        b"<p><strong>Director:</strong> James Cameron</p>"
        b"<p><strong>Writer:</strong> James Cameron</p>"
    )
    assert old in TITANIC
    record = _record(TITANIC.replace(old, crew))
    assert (record.directors, record.writers) == (["James Cameron"], ["James Cameron"])


def test_legacy_crew_list_under_the_cast_is_not_cast() -> None:
    old = b'<div class="crew"><p><strong>Director:</strong> James Cameron</p>'
    new = (
        b'<ul class="crew"><li><strong>Director:</strong> James Cameron</li></ul>'
        b'<div class="crew"><p>'
    )
    record = _record(TITANIC.replace(old, new + b"<strong>Director:</strong> James Cameron</p>"))
    assert [credit.actor for credit in record.cast][-1] == "Gloria Stuart"
    assert record.directors == ["James Cameron"]


@pytest.mark.parametrize("heading", [b"The Cast", b"Top Billed Cast", b"Meet the Cast", b"Actors"])
def test_reworded_cast_headings(heading: bytes) -> None:
    record = _record(HEAT.replace(b">Cast</h2>", b">" + heading + b"</h2>"))
    assert record.cast[0].actor == "Al Pacino"


def test_a_see_full_cast_card_is_not_a_credit() -> None:
    card = (
        b'<li class="c"><a href="/movie/heat/cast">'
        b'<p class="a">See full cast &amp; crew</p></a></li>'
    )
    record = _record(
        HEAT.replace(
            b'</ul><p class="css-97a5a4-credits">', card + b'</ul><p class="css-97a5a4-credits">'
        )
    )
    assert record.cast[-1].actor == "Danny Trejo"


def test_provider_names_from_the_title_attribute() -> None:
    record = _record(HEAT)
    assert record.streaming is not None and record.streaming.platforms
    names = record.streaming.platforms
    body = HEAT
    for name in names:
        body = body.replace(f'alt="{name}"'.encode(), f'alt="" title="{name}"'.encode())
    assert body != HEAT
    assert _record(body).streaming.platforms == names  # type: ignore[union-attr]


def test_a_meta_line_before_the_synopsis_is_skipped() -> None:
    page = (PAGES / "v2-leaving-las-vegas.html").read_bytes()
    synopsis = _record(page).synopsis
    assert synopsis and synopsis.startswith("Ben Sanderson")
    marker = b'<p class="css-f43e09-synopsis">'
    assert page.count(marker) == 1
    body = page.replace(marker, b"<p>Drama \xc2\xb7 1995 \xc2\xb7 1h 51m</p>" + marker)
    assert _record(body).synopsis == synopsis


# --- second probe: markup that separates values, legacy headings and tables, JSON-LD shapes

OLDBOY = (PAGES / "v1-oldboy.html").read_bytes()
PARASITE = (PAGES / "v2-parasite.html").read_bytes()
AVATAR = (PAGES / "v2-avatar.html").read_bytes()


def _replaced(page: bytes, old: bytes, new: bytes) -> TitleRecord:
    assert old in page, old
    return _record(page.replace(old, new, 1))


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


def test_studio_spans_with_a_more_button() -> None:
    old = b'<a href="/studio/20th-century-fox">20th Century Fox</a> <button'
    new = b"<span>20th Century Fox</span><span>Lightstorm</span><button"
    record = _replaced(AVATAR, old, new)
    assert (record.studios, record.studios_total) == (["20th Century Fox", "Lightstorm"], 5)


@pytest.mark.parametrize("sep", [b"<br />", b" / "])
def test_legacy_crew_names_on_lines_or_slashes(sep: bytes) -> None:
    old = b"<strong>Writer:</strong> James Cameron</p>"
    record = _replaced(
        TITANIC, old, b"<strong>Writers:</strong> James Cameron" + sep + b"Jon Landau</p>"
    )
    assert record.writers == ["James Cameron", "Jon Landau"]


@pytest.mark.parametrize(
    "year", [b"(1997/I)", b"(1997/II)", b"(I) (1997)", b"(1997 TV Movie)", b"(TV Series 1997)"]
)
def test_legacy_heading_year_notes(year: bytes) -> None:
    record = _replaced(TITANIC, b"(1997)</span>", year + b"</span>")
    assert (record.title, record.release_year) == ("Titanic", 1997)


@pytest.mark.parametrize(
    "header",
    [
        b"<tr><th>Actor</th><th></th><th>Character</th></tr>",
        b"<thead><tr><td>Name</td><td></td><td>Role</td></tr></thead>",
        b'<tr class="h"><td>Name</td><td></td><td>Role</td></tr>',
    ],
)
def test_legacy_cast_table_header_rows_are_not_cast(header: bytes) -> None:
    record = _replaced(TITANIC, b'<table class="cast">', b'<table class="cast">' + header)
    assert record.cast[0].actor == "Leonardo DiCaprio"
    assert len(record.cast) == 5


def test_cast_cards_with_the_character_first_by_their_class_words() -> None:
    card = re.compile(
        rb'(<p class="css-e8733c-actor">[^<]*</p>)(<p class="css-7d7719-character">[^<]*</p>)'
    )
    body = card.sub(rb"\2\1", PARASITE)
    assert body != PARASITE
    assert _record(body).cast == _record(PARASITE).cast


@pytest.mark.parametrize(
    "line",
    [
        b"Streaming availability last verified: <time>March 4, 2026</time>",
        b"<span>Streaming availability last verified:</span> <strong>March 4, 2026</strong>",
    ],
)
def test_verified_date_in_a_child_element(line: bytes) -> None:
    old = b">Streaming availability last verified: March 4, 2026<"
    record = _replaced(AVATAR, old, b">" + line + b"<")
    assert record.streaming is not None
    assert record.streaming.verified_on is not None
    assert record.streaming.verified_on.isoformat() == "2026-03-04"


@pytest.mark.parametrize(
    ("seasons", "count"), [(b"62 episodes (9 seasons)", 9), (b"Nine", 9), (b"Season 9", 9)]
)
def test_season_counts(seasons: bytes, count: int) -> None:
    page = (PAGES / "v2-the-office.html").read_bytes()
    expected = _record(page).seasons
    assert expected == 9
    record = _replaced(page, b">9</dd>", b">" + seasons + b"</dd>")
    assert record.seasons == count


def test_details_as_label_and_value_elements_in_list_items() -> None:
    rows = re.compile(
        rb'<div class="[^"]*"><dt class="[^"]*">([^<]*)</dt><dd class="[^"]*">(.*?)</dd></div>'
    )
    body = rows.sub(rb"<li><span>\1</span><span>\2</span></li>", AVATAR)
    body = body.replace(b"<dl", b"<ul").replace(b"</dl>", b"</ul>")
    assert b"<dt" not in body
    assert _record(body).spec_dict() == _record(AVATAR).spec_dict()


def test_heading_year_span_and_screen_reader_text() -> None:
    title = _record(PARASITE).title
    old = b'data-testid="title">' + title.encode() + b"</h1>"
    new = b'data-testid="title">' + title.encode() + b' <span class="y">2019</span></h1>'
    assert _replaced(PARASITE, old, new).title == title
    hidden = b'<span class="sr-only"> (movie)</span></h1>'
    assert _replaced(PARASITE, old, old.replace(b"</h1>", hidden)).title == title


JSONLD_DIRECTOR = re.compile(rb'"director":\s*(\[[^\]]*\]|\{[^}]*\})')


def test_jsonld_director_by_reference_and_prefixed_type() -> None:
    expected = _record(PARASITE).directors
    assert expected
    person = b'{"@type": "Person", "@id": "#dir", "name": "' + expected[0].encode() + b'"}'
    body = JSONLD_DIRECTOR.sub(b'"director": {"@id": "#dir"}', PARASITE, count=1)
    body = body.replace(
        b"</head>", b'<script type="application/ld+json">' + person + b"</script></head>"
    )
    assert _record(body).directors == expected[:1]
    upper = PARASITE.replace(b'type="application/ld+json"', b'type="APPLICATION/LD+JSON"')
    prefixed = PARASITE.replace(b'"@type": "Movie"', b'"@type": "schema:Movie"')
    assert upper != PARASITE and prefixed != PARASITE
    assert _record(upper).directors == _record(prefixed).directors == expected


def test_jsonld_of_a_related_title_before_the_page_own() -> None:
    expected = _record(PARASITE).directors
    other = (
        b'<script type="application/ld+json">[{"@type": "Movie", "name": "Avatar", '
        b'"director": {"@type": "Person", "name": "James Cameron"}}]</script>'
    )
    body = PARASITE.replace(b"<head>", b"<head>" + other, 1)
    assert _record(body).directors == expected


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


# --- third probe: whole-page changes a new deploy could bring

DETAIL_ROW = re.compile(
    rb'<div class="css-d59886-drow"><dt class="[^"]*">([^<]*)</dt>'
    rb'<dd class="[^"]*">(.*?)</dd></div>'
)


@pytest.mark.parametrize(
    "row",
    [
        rb'<div class="r"><span class="l">\1</span><span class="v">\2</span></div>',
        rb'<div class="r"><span class="l">\1:</span> <span class="v">\2</span></div>',
        rb"<tr><td>\1</td><td>\2</td></tr>",
    ],
)
def test_details_without_a_definition_list(row: bytes) -> None:
    body = DETAIL_ROW.sub(row, HEAT)
    outer = b"table" if row.startswith(b"<tr") else b"div"
    body = re.sub(rb"<dl [^>]*>(.*?)</dl>", rb"<" + outer + rb">\1</" + outer + rb">", body)
    assert b"<dt" not in body and b"<dl" not in body
    assert _record(body).spec_dict() == _record(HEAT).spec_dict()


@pytest.mark.parametrize(
    "tagline",
    [
        b'<h2 class="x-tagline">A Los Angeles crime saga.</h2>',
        b'<blockquote class="b">A Los Angeles crime saga.</blockquote>',
        b'<q class="tg">A Los Angeles crime saga.</q>',
    ],
)
def test_tagline_in_other_elements(tagline: bytes) -> None:
    old = b'<p class="css-4c0cb8-tagline">&quot;A Los Angeles crime saga.&quot;</p>'
    assert _replaced(HEAT, old, tagline).tagline == "A Los Angeles crime saga."


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


def test_provider_logos_as_labelled_svg() -> None:
    old = re.compile(rb'<img class="css-55030e-logo" alt="([^"]*)" src="[^"]*">')
    body = old.sub(rb'<svg role="img" aria-label="\1"><path d="M0 0"/></svg>', HEAT)
    assert body.count(b'<svg role="img" aria-label=') == 2
    assert _record(body).streaming == _record(HEAT).streaming


def _chips(status: bytes) -> bytes:
    body = HEAT.replace(b"<span>Currently Available On</span> ", b"")
    body = body.replace(b'<span class="css-10069e-count">(2 platforms)</span>', status)
    body = re.sub(
        rb'<img class="css-55030e-logo" alt="([^"]*)" src="[^"]*">', rb"<span>\1</span>", body
    )
    return body


def test_provider_names_as_text_chips_under_a_reworded_line() -> None:
    counted = _record(_chips(b"<span>Stream on 2 services</span>")).streaming
    assert counted is not None
    assert (counted.platforms, counted.platform_count) == (["Max", "Apple TV"], 2)
    watch = _record(_chips(b"<span>Watch now on</span>")).streaming
    assert watch is not None
    assert (watch.available, watch.platforms) == (True, ["Max", "Apple TV"])


def test_not_streaming_anywhere_without_a_list() -> None:
    body = re.sub(
        rb'<div class="css-75d286-avail">.*?</ul>',
        b"<p>Not streaming anywhere right now</p>",
        HEAT,
        count=1,
        flags=re.S,
    )
    streaming = _record(body).streaming
    assert streaming is not None
    assert (streaming.available, streaming.platform_count, streaming.platforms) == (False, None, [])
    assert streaming.verified_on is not None


def test_a_preview_repeated_at_the_top_of_the_about_section() -> None:
    page = (PAGES / "v2-leaving-las-vegas.html").read_bytes()
    synopsis = _record(page).synopsis
    preview = re.search(rb'<div class="css-9b5868-preview">(<p>.*?</p>)', page)
    assert preview and synopsis
    marker = b'<p class="css-f43e09-synopsis">'
    assert _replaced(page, marker, preview.group(1) + marker).synopsis == synopsis


def test_a_person_page_at_a_title_url_is_rejected() -> None:
    person = (
        b'<html><head><script type="application/ld+json">{"@type": "Person", "name": "Tom Hanks"}'
        b'</script></head><body><main><section data-testid="hero"><h1 data-testid="title">Tom Hanks'
        b"</h1></section><section><h2>Personal Details</h2><dl><dt>Born</dt><dd>July 9, 1956</dd>"
        b"</dl></section></main></body></html>"
    )
    found = extract("https://www.reelguide.example/movie/tom-hanks", person)
    assert isinstance(found, Reject)
    assert found.reason == "no title on the page" and "person" in (found.details or "")


# --- fourth probe: the fields the earlier rounds touched least

LLV = (PAGES / "v2-leaving-las-vegas.html").read_bytes()
VIEWERS = (
    b'<section class="css-ef4022-viewers"><h2 class="css-5b93f6-h2">What Viewers Are Saying</h2>'
)


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


def test_a_line_break_in_prose_is_a_space() -> None:
    synopsis = _record(LLV).synopsis
    assert synopsis and ". " in synopsis
    first = synopsis.partition(". ")[0]
    body = LLV.replace(f"{first}. ".encode(), f"{first}.<br>".encode(), 1)
    assert body != LLV
    assert _record(body).synopsis == synopsis


def test_a_cast_list_split_by_a_heading() -> None:
    cast = _record(LLV).cast
    third = b'<li class="css-6e0348-castcard"><a href="/person/julian-sands">'
    split = b'</ul><h3>Supporting Cast</h3><ul class="css-b0dfa1-castlist">' + third
    assert _replaced(LLV, third, split).cast == cast


@pytest.mark.parametrize(
    "value",
    [b"IMDb: tt0113627", b"tt0113627", b'<a href="HTTPS://WWW.IMDB.COM/title/tt0113627/">IMDb</a>'],
)
def test_imdb_id_as_text_or_an_upper_case_link(value: bytes) -> None:
    old = (
        b'<a href="https://www.imdb.com/title/tt0113627/" rel="noopener" target="_blank">'
        b"View on IMDB</a>"
    )
    assert _replaced(LLV, old, value).imdb_id == "tt0113627"


def test_legacy_imdb_link_in_the_site_header_or_footer_is_not_the_title_s() -> None:
    site_link = b'<a href="https://www.imdb.com/title/tt0000001/">ReelGuide on IMDb</a> '
    for chrome in (b'<div id="footer">', b'<div id="top">'):
        with_link = TITANIC.replace(chrome, chrome + site_link)
        assert _record(with_link).imdb_id == "tt0120338"
        row = (
            b'<tr><th>IMDb:</th><td><a href="https://www.imdb.com/title/tt0120338/">'
            b"tt0120338</a></td></tr>"
        )
        assert row in with_link
        assert _record(with_link.replace(row, b"")).imdb_id is None


@pytest.mark.parametrize(
    "embed",
    [
        b"https://www.youtube.com/embed/videoseries?list=PL1",
        b"https://www.youtube.com/embed/live_stream?channel=UC1",
    ],
)
def test_playlist_and_live_embeds_are_no_trailer(embed: bytes) -> None:
    old = b"https://www.youtube-nocookie.com/embed/u5RE6rK3TkQ?rel=0"
    assert _replaced(LLV, old, embed).trailer_url is None


@pytest.mark.parametrize(
    ("kind", "expected"),
    [(b"TV Special", "movie"), (b"TV Short", "movie"), (b"TV Movie", "movie"),
     (b"Docuseries", "show"), (b"TV Series", "show"), (b"Anime Series", "show")],
)  # fmt: skip
def test_kind_wordings(kind: bytes, expected: str) -> None:
    assert _replaced(HEAT, b">Movie</dd>", b">" + kind + b"</dd>").kind == expected


def test_escaped_and_unescaped_slugs_are_one_source_id() -> None:
    page = (PAGES / "v2-amelie.html").read_bytes()
    canonical = re.search(rb'<link rel="canonical" href="([^"]*)"', page)
    assert canonical
    escaped = canonical.group(1).replace(b"amelie", b"am%C3%A9lie")
    plain = canonical.group(1).replace(b"amelie", "amélie".encode())
    assert _record(page.replace(canonical.group(1), escaped)).source_id == "movie/amélie"
    assert _record(page.replace(canonical.group(1), plain)).source_id == "movie/amélie"
    spaced = canonical.group(1).replace(b"amelie", b"amelie%20poulain")
    assert _record(page.replace(canonical.group(1), spaced)).source_id == "movie/amelie%20poulain"


# --- fifth probe: older saved pages' table and crew markup

CAST_ROW = b'<tr><td class="name"><a href="/person/leonardo-dicaprio">'


def test_legacy_cast_table_with_a_photo_column_first() -> None:
    cast = _record(TITANIC).cast
    body = re.sub(
        rb"<tr>(<td class=\"name\">)", rb'<tr><td class="photo"><img src="/p.jpg"></td>\1', TITANIC
    )
    assert body.count(b'class="photo"') == 5
    assert _record(body).cast == cast


@pytest.mark.parametrize(
    "caption",
    [b"Cast overview, first billed only:", b"Rest of cast listed alphabetically:"],
)
def test_legacy_cast_table_caption_rows(caption: bytes) -> None:
    cast = _record(TITANIC).cast
    row = b'<tr><td colspan="3">' + caption + b"</td></tr>"
    assert _replaced(TITANIC, CAST_ROW, row + CAST_ROW).cast == cast


def test_legacy_cast_row_with_only_a_spanning_name_is_a_credit() -> None:
    old = (
        b'<tr><td class="name"><a href="/person/billy-zane">Billy Zane</a></td>'
        b'<td class="as">as</td><td class="role">Caledon &#x27;Cal&#x27; Hockley</td></tr>'
    )
    new = b'<tr><td class="name" colspan="3"><a href="/person/billy-zane">Billy Zane</a></td></tr>'
    cast = _replaced(TITANIC, old, new).cast
    assert [(c.actor, c.character) for c in cast][2] == ("Billy Zane", None)
    assert len(cast) == 5


def test_legacy_heading_year_as_a_bare_link() -> None:
    record = _replaced(
        TITANIC, b'<span class="year">(1997)</span>', b'(<a href="/year/1997">1997</a>)'
    )
    assert (record.title, record.release_year) == ("Titanic", 1997)


@pytest.mark.parametrize(
    "label",
    [
        b'<font color="#666"><b>Director:</b></font>',
        b"<b><font>Director:</font></b>",
        b"<span><b>Director:</b></span>",
    ],
)
def test_legacy_crew_label_nested_two_deep(label: bytes) -> None:
    assert _replaced(TITANIC, b"<strong>Director:</strong>", label).directors == ["James Cameron"]


def test_legacy_facts_label_spanning_rows() -> None:
    old = b"<tr><th>Country:</th><td>United States</td></tr>"
    new = b'<tr><th rowspan="2">Country:</th><td>United States</td></tr><tr><td>Mexico</td></tr>'
    assert _replaced(TITANIC, old, new).countries == ["United States", "Mexico"]


def test_legacy_poster_cell_before_the_first_td_label() -> None:
    facts = re.search(rb'<table class="facts"[^>]*>(.*?)</table>', TITANIC)
    assert facts
    rows = facts.group(1).replace(b"<th>", b"<td>").replace(b"</th>", b"</td>")
    rows = rows.replace(b"<tr>", b'<tr><td rowspan="11"><img src="/poster.jpg"></td>', 1)
    body = TITANIC.replace(facts.group(1), rows)
    assert _record(body).spec_dict() == _record(TITANIC).spec_dict()


# --- sixth probe: more links, colon-less crew labels, spacer cells, open year ranges


@pytest.mark.parametrize(
    "more", [b' <a href="/more">(more)</a>', b' <a href="/all">See all \xc2\xbb</a>']
)
def test_a_more_link_after_a_plain_list_is_not_a_value(more: bytes) -> None:
    record = _replaced(
        TITANIC, b"<td>Drama / Romance</td>", b"<td>Drama / Romance" + more + b"</td>"
    )
    assert record.genres == ["Drama", "Romance"]
    certificate = _replaced(TITANIC, b"<td>PG-13</td>", b"<td>PG-13" + more + b"</td>")
    assert certificate.content_rating == "PG-13"


def test_writers_before_a_more_credits_link() -> None:
    old = b"<strong>Writer:</strong> James Cameron</p>"
    new = (
        b"<strong>Writers:</strong> James Cameron, Jon Landau "
        b'<a href="/w">1 more credit \xc2\xbb</a></p>'
    )
    assert _replaced(TITANIC, old, new).writers == ["James Cameron", "Jon Landau"]


@pytest.mark.parametrize(
    "crew",
    [
        b"<table><tr><td>Director</td><td>James Cameron</td></tr></table>",
        b"<p><b>Directed by</b> James Cameron</p>",
    ],
)
def test_legacy_crew_labels_without_a_colon(crew: bytes) -> None:
    old = b"<p><strong>Director:</strong> James Cameron</p>"
    record = _replaced(TITANIC, old, crew)
    assert record.directors == ["James Cameron"]
    assert "Director" not in [credit.actor for credit in record.cast]


def test_directed_by_in_prose_is_no_director() -> None:
    prose = b"<p>Directed by James Cameron after years of research, it opened in 1997.</p>"
    old = b"<p><strong>Director:</strong> James Cameron</p>"
    assert _replaced(TITANIC, old, prose).directors == []


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


@pytest.mark.parametrize(
    "row",
    [
        b"<tr><th>Tagline:</th><td>\xe2\x80\x9cNothing on Earth could come between them."
        b"\xe2\x80\x9d</td></tr>",
        b"<tr><th>Tagline:</th><td>Nothing on Earth could come between them. "
        b'<a href="/t">(more)</a></td></tr>',
    ],
)
def test_legacy_tagline_as_a_facts_row(row: bytes) -> None:
    body = re.sub(rb'<p class="tagline">.*?</p>', b"", TITANIC, count=1)
    body = body.replace(b"<tr><th>Released:", row + b"<tr><th>Released:", 1)
    assert _record(body).tagline == "Nothing on Earth could come between them."


def test_a_tagline_line_with_its_label() -> None:
    old = re.search(rb'<p class="tagline">(.*?)</p>', TITANIC)
    assert old
    body = TITANIC.replace(
        old.group(0), b'<p class="tagline"><b>Tagline:</b> ' + old.group(1) + b"</p>"
    )
    assert _record(body).tagline == _record(TITANIC).tagline


# --- seventh probe: names the separators would split


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


# --- eighth probe: busy pages with sections about other things

DETAILS_SECTION = b'<section class="css-3cef89-details" id="details">'


@pytest.mark.parametrize(
    "section",
    [
        b"<section><h2>Technical Specs</h2><dl><dt>Runtime</dt><dd>3h 10m</dd>"
        b"<dt>Sound Mix</dt><dd>Dolby</dd></dl></section>",
        b"<section><h2>Did You Know</h2><ul><li>Runtime: the first cut ran 4h.</li>"
        b"<li>Genre: it mixes noir and comedy.</li></ul></section>",
        b"<section><h2>Awards</h2><p>Directed by: Award Person (Best Director, 2001)</p>"
        b"<p>Runtime: 3h</p></section>",
    ],
)
def test_sections_about_other_things_do_not_give_the_title_s_facts(section: bytes) -> None:
    expected = _record(HEAT).spec_dict()
    assert _replaced(HEAT, DETAILS_SECTION, section + DETAILS_SECTION).spec_dict() == expected


def test_user_reviews_do_not_beat_the_viewers_summary() -> None:
    audience = _record(LLV).audience_summary
    reviews = b"<section><h2>User Reviews</h2><p>Loved it.</p><p>Hated it.</p></section>"
    assert _replaced(LLV, VIEWERS, reviews + VIEWERS).audience_summary == audience


@pytest.mark.parametrize(
    "link",
    [
        b" <a>(more)</a>",
        b" <a>Read more \xc2\xbb</a>",
        b"<a>See more\xc2\xbb</a>",
        b" MORE \xc2\xbb",
    ],
)
def test_a_more_link_ending_the_synopsis_is_not_part_of_it(link: bytes) -> None:
    synopsis = _record(LLV).synopsis
    assert synopsis
    end = synopsis[-20:].encode()
    assert _replaced(LLV, end + b"</p>", end + link + b"</p>").synopsis == synopsis


# --- tenth probe: rows that describe something else than the title (episodes, widgets)

BREAKING_BAD = (PAGES / "v2-breaking-bad.html").read_bytes()
STORM_CROWN = (PAGES / "v2-storm-crown-111.html").read_bytes()
EPISODE_ROWS = (
    b"<dl><div><dt>Air Date</dt><dd>March 3, 2009</dd></div><div><dt>Runtime</dt><dd>58m</dd>"
    b"</div><div><dt>Rating</dt><dd>TV-14</dd></div><div><dt>User Ratings</dt><dd>311 votes"
    b"</dd></div><div><dt>Directed by</dt><dd>Adam Bernstein</dd></div><div><dt>Written by</dt>"
    b"<dd>Patty Lin</dd></div></dl>"
)
EPISODES = b"<section><h2>Episodes</h2><ul><li><h3>S1.E1 \xc2\xb7 Pilot</h3>%s</li></ul></section>"


def _unchanged(page: bytes, edited: bytes) -> None:
    """The edit adds nothing the title's record should show: every field stays."""
    assert edited != page
    before = _record(page).model_dump(exclude={"content_sha256"})
    assert _record(edited).model_dump(exclude={"content_sha256"}) == before


def _after_section(page: bytes, section_id: bytes, insert: bytes) -> bytes:
    start = page.index(b'id="' + section_id + b'"')
    end = page.index(b"</section>", start) + len(b"</section>")
    return page[:end] + insert + page[end:]


def _before_section(page: bytes, section_id: bytes, insert: bytes) -> bytes:
    start = page.rindex(b"<section", 0, page.index(b'id="' + section_id + b'"'))
    return page[:start] + insert + page[start:]


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(
            lambda page: _after_section(
                page, b"cast", EPISODES % b"<p>Directed by: <a href='/p/ab'>Adam Bernstein</a></p>"
            ),
            id="an episode's director line after the cast",
        ),
        pytest.param(
            lambda page: _after_section(page, b"details", EPISODES % EPISODE_ROWS),
            id="episode rows after the details",
        ),
        pytest.param(
            lambda page: _before_section(page, b"details", EPISODES % EPISODE_ROWS),
            id="episode rows before the details",
        ),
        pytest.param(
            lambda page: page.replace(
                b"</h1>", b"</h1><div><h2>Latest Episode</h2>" + EPISODE_ROWS + b"</div>", 1
            ),
            id="the latest episode in the hero",
        ),
        pytest.param(
            lambda page: _after_section(
                page,
                b"cast",
                EPISODES % b"<h4>Guest Stars</h4><ul><li><p>Jane Doe</p><p>Nurse</p></li></ul>",
            ),
            id="an episode's guest stars",
        ),
    ],
)
def test_an_episode_is_not_the_show(edit: Callable[[bytes], bytes]) -> None:
    _unchanged(BREAKING_BAD, edit(BREAKING_BAD))


@pytest.mark.parametrize("label", [b"Rating", b"User Rating"])
def test_a_score_widget_in_the_hero_is_not_the_details(label: bytes) -> None:
    widget = b"<dl><div><dt>" + label + b"</dt><dd>8.1/10</dd></div></dl>"
    _unchanged(HEAT, HEAT.replace(b"</h1>", b"</h1>" + widget, 1))


def test_a_film_length_in_metres_is_not_the_runtime() -> None:
    assert _record(STORM_CROWN).runtime_minutes is None
    specs = b"<section><h2>Technical Specs</h2><dl><dt>%s</dt><dd>3,048 m</dd></dl></section>"
    _unchanged(STORM_CROWN, _after_section(STORM_CROWN, b"cast", specs % b"Film Length"))
    # "Length" may be the runtime: its text is kept as unreadable, never read as minutes
    length = _record(_after_section(STORM_CROWN, b"cast", specs % b"Length"))
    assert length.runtime_minutes is None
    assert [issue.raw for issue in length.unparsed] == ["3,048 m"]


def test_a_years_row_does_not_hide_the_release_date() -> None:
    row = b'<div class="css-32e26b"><dt class="css-2acac7">Release Date</dt>'
    years = b"<div><dt>Years</dt><dd>2008\xe2\x80\x932013</dd></div>"
    _unchanged(BREAKING_BAD, BREAKING_BAD.replace(row, years + row, 1))


def test_an_original_run_row_is_the_release_date() -> None:
    row = b'<dt class="css-2acac7">Release Date</dt>'
    relabelled = row.replace(b"Release Date", b"Original Run")
    _unchanged(BREAKING_BAD, BREAKING_BAD.replace(row, relabelled))


@pytest.mark.parametrize("seasons", [b"Seasons 1\xe2\x80\x935", b"1-5", b"Season 5"])
def test_seasons_through(seasons: bytes) -> None:
    row = b'Seasons</dt><dd class="css-5593b5">5<'
    assert _replaced(BREAKING_BAD, row, row.replace(b">5<", b">" + seasons + b"<")).seasons == 5


FACTS_TABLE = b'<table class="facts" cellpadding="0" cellspacing="0">'


@pytest.mark.parametrize(
    "row",
    [
        b"<tr><th>Release Date:</th><td>1997</td></tr>",
        b"<tr><th>User Rating:</th><td>7.7/10</td></tr>",
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


def test_a_side_sections_full_date_does_not_beat_the_details_year() -> None:
    page = BREAKING_BAD.replace(b">January 20, 2008<", b">2008<", 1)
    dates = b"<section><h2>Release Dates</h2><dl><dt>Premiere</dt><dd>May 1, 1990</dd></dl>"
    dates += b"</section>"
    _unchanged(page, _after_section(page, b"details", dates))


# --- ninth probe: the legacy layout as old saved crawls have it

GENRE_ROW = b"<tr><th>Genre:</th><td>Drama / Romance</td></tr>"


@pytest.mark.parametrize(
    "row",
    [
        b'<tr><th>Genre:</th><td><img src="/img/spacer.gif" width="5" /></td><td>Drama / Romance'
        b"</td></tr>",
        b"<tr><th>Genre:</th><td><br /></td><td>Drama / Romance</td></tr>",
        b"<tr><!-- google_ad_section_start --><td><b>Genre:</b></td><td>Drama / Romance</td></tr>",
        b"<tr><td><b>Genre:</b> Drama / Romance</td></tr>",
        b"<tr><th>Genre:</th></tr><tr><td>Drama / Romance</td></tr>",
    ],
    ids=["spacer image", "spacer br", "comment first", "one cell", "stacked rows"],
)
def test_legacy_row_forms(row: bytes) -> None:
    _unchanged(TITANIC, TITANIC.replace(GENRE_ROW, row))


def test_two_labelled_cells_a_row() -> None:
    rows = (
        b"<tr><th>Certificate:</th><td>PG-13</td></tr><tr><th>Type:</th><td>Film</td></tr>",
        b"<tr><td><b>Certificate:</b> PG-13</td><td><b>Type:</b> Film</td></tr>",
    )
    _unchanged(TITANIC, TITANIC.replace(rows[0], rows[1]))


def test_a_certificate_as_an_image() -> None:
    cell = b'<td><img src="/img/cert/pg-13.gif" alt="PG-13" /></td>'
    _unchanged(TITANIC, TITANIC.replace(b"<td>PG-13</td>", cell))


def test_a_table_right_after_the_cast_table_is_not_cast() -> None:
    specs = b'<table class="specs"><tr><th>Sound Mix:</th><td>Dolby Digital</td></tr></table>'
    end = TITANIC.index(b"</table>", TITANIC.index(b'class="cast"')) + len(b"</table>")
    _unchanged(TITANIC, TITANIC[:end] + specs + TITANIC[end:])


def test_an_old_cast_heading() -> None:
    _unchanged(TITANIC, TITANIC.replace(b"<h3>Cast</h3>", b"<h3>Complete credited cast:</h3>"))


TITANIC_H1 = b'<h1>Titanic <span class="year">(1997)</span></h1>'


@pytest.mark.parametrize(
    "wrapped",
    [
        b'<div id="tn15title">' + TITANIC_H1 + b"</div>",
        b'<table width="100%"><tr><td>' + TITANIC_H1 + b'</td><td><img alt="7.7/10" /></td></tr>'
        b"</table>",
    ],
    ids=["div", "layout table"],
)
def test_the_tagline_after_a_wrapped_heading(wrapped: bytes) -> None:
    _unchanged(TITANIC, TITANIC.replace(TITANIC_H1, wrapped))


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


def test_crew_in_small_headings() -> None:
    line = b"<p><strong>Director:</strong> James Cameron</p>"
    info = b'<div class="info"><h5>Director:</h5><div class="info-content">James Cameron</div>'
    info += b"</div>"
    _unchanged(TITANIC, TITANIC.replace(line, info))


def test_a_relative_canonical_link_under_a_base() -> None:
    canonical = b'href="https://www.reelguide.example/movie/titanic"'
    base = b'<base href="https://www.reelguide.example/movie/titanic" />'
    page = TITANIC.replace(canonical, b'href="/movie/titanic"')
    page = page.replace(b"</head>", base + b"</head>")
    found = extract("file:///saved/Titanic.html", page)
    assert isinstance(found, TitleRecord)
    assert found.url == "https://www.reelguide.example/movie/titanic"


def test_a_session_id_in_the_canonical_path() -> None:
    canonical = b'href="https://www.reelguide.example/movie/titanic"'
    session = canonical[:-1] + b';jsessionid=A1B2C3D4E5F6"'
    assert _record(TITANIC.replace(canonical, session)).source_id == "movie/titanic"


def test_an_old_imdb_link() -> None:
    link = b'<a href="https://www.imdb.com/title/tt0120338/">tt0120338</a>'
    old = b'<a href="http://us.imdb.com/Title?0120338">IMDb</a>'
    _unchanged(TITANIC, TITANIC.replace(link, old))


# --- eleventh probe: widgets and sections around the facts on the current layout

VERIFIED = b"last verified: March 2, 2026</p>"
COUNT = b'<span class="css-10069e-count">(2 platforms)</span>'
MAX_LOGO = b'<li><img class="css-55030e-logo" alt="Max" src="/img/providers/max.png"></li>'
APPLE_LOGO = (
    b'<li><img class="css-55030e-logo" alt="Apple TV" src="/img/providers/apple-tv.png"></li>'
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (VERIFIED, VERIFIED + b'<p>Powered by <a href="/jw"><img alt="JustWatch"></a></p>'),
        (COUNT, COUNT + b' <button><svg role="img" aria-label="More info"></svg></button>'),
        (b'alt="Max" src="/img/providers/max.png">', b'alt="Max" src="/m.png"><img alt="4K">'),
        (MAX_LOGO, b'<li><span role="img" aria-label="Max" class="logo-max"></span></li>'),
        (MAX_LOGO + APPLE_LOGO, b"<li><span>Max</span> <span>$3.99</span></li><li>Apple TV</li>"),
        (MAX_LOGO + APPLE_LOGO, MAX_LOGO + APPLE_LOGO + b"</ul><h3>Rent</h3><ul>" + MAX_LOGO),
        (COUNT, COUNT.replace(b"2 platforms", b"2 streaming services")),
        (b'<main class="css-b4ed9b-main">', b'<main class="css-b4ed9b-main"><div class="sticky">'
         b'<span>Available on Max</span> <a href="#where-to-watch">Watch now</a></div>'),
    ],
    ids=["attribution logo", "icon button", "quality badge", "role img logo", "price chip",
         "rent group", "count worded", "sticky bar"],
)  # fmt: skip
def test_where_to_watch_widgets(old: bytes, new: bytes) -> None:
    _unchanged(HEAT, HEAT.replace(old, new, 1))


DETAILS_DL = re.compile(rb'<dl class="css-fb8d4c-dl">.*?</dl>', re.S)


def test_a_skeleton_of_the_details_before_them() -> None:
    dl = DETAILS_DL.search(HEAT)
    assert dl is not None
    skeleton = re.sub(rb"<dd([^>]*)>.*?</dd>", rb"<dd\1>Loading...</dd>", dl.group(0))
    section = b"<section hidden><h2>Details</h2>" + skeleton + b"</section>"
    _unchanged(HEAT, _before_section(HEAT, b"details", section))


def test_placeholder_rows_and_cards() -> None:
    rating = b'<dt class="css-48c2b9-dt">Rating</dt>'
    loading = b"<div><dt>Rating</dt><dd>Loading\xe2\x80\xa6</dd></div>"
    _unchanged(
        HEAT,
        HEAT.replace(
            b'<div class="css-d59886-drow">' + rating,
            loading + b'<div class="css-d59886-drow">' + rating,
        ),
    )
    card = b'<li aria-hidden="true"><div></div><p>Loading...</p><p>Loading...</p></li>'
    _unchanged(
        HEAT,
        HEAT.replace(
            b'</ul><p class="css-97a5a4-credits">', card + b'</ul><p class="css-97a5a4-credits">'
        ),
    )
    loading_rating = HEAT.replace(b">R</dd>", b">Loading\xe2\x80\xa6</dd>")
    assert _record(loading_rating.replace(b'"contentRating": "R"', b"")).content_rating is None
    # a skeleton gives nothing: the page's schema.org data still does
    assert _record(loading_rating).content_rating == "R"


SIGNAL = (PAGES / "v2-signal-velvet-110.html").read_bytes()


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


def test_a_clip_before_the_trailer() -> None:
    clip = (
        b'<section><h2>Clips</h2><iframe title="Clip: Arrival in Las Vegas" '
        b'src="https://www.youtube-nocookie.com/embed/Zq1Ab2Cd3Ef?rel=0"></iframe></section>'
    )
    _unchanged(LLV, _after_section(LLV, b"details", clip))


def test_a_score_line_is_no_certificate() -> None:
    page = (PAGES / "v2-glass-last-orchard-114.html").read_bytes()
    assert _record(page).content_rating is None
    edited = _record(page.replace(b"</h1>", b"</h1><p>Rating: 7.7/10 based on 1.3M ratings</p>", 1))
    assert edited.content_rating is None


def test_details_in_a_grid_without_row_wrappers() -> None:
    dl = DETAILS_DL.search(HEAT)
    assert dl is not None
    cells = re.sub(rb"</?div[^>]*>", b"", dl.group(0))
    cells = re.sub(rb"<(/?)d[td]([^>]*)>", rb"<\1div\2>", cells)
    cells = cells.replace(b'<dl class="css-fb8d4c-dl">', b'<div style="display:grid">')
    _unchanged(HEAT, HEAT.replace(dl.group(0), cells.replace(b"</dl>", b"</div>")))


# --- twelfth probe: JSON-LD shapes

HEAT_JSONLD = re.compile(rb'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.mark.parametrize("key", [b"mainEntity", b"about"])
def test_the_movie_as_a_web_pages_main_entity(key: bytes) -> None:
    block = HEAT_JSONLD.search(HEAT)
    assert block is not None
    movie = block.group(1).replace(b'"@context": "https://schema.org", ', b"")
    page = b'{"@context": "https://schema.org", "@type": "WebPage", "%s": %s}' % (key, movie)
    _unchanged(HEAT, HEAT.replace(block.group(1), page))


def test_a_remake_of_the_same_name_is_not_the_page_title() -> None:
    remake = (
        b'<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Movie",'
        b' "name": "Heat", "url": "https://www.reelguide.example/movie/heat-1986",'
        b' "director": [{"@type": "Person", "name": "Dick Richards"}]}</script>'
    )
    _unchanged(
        HEAT,
        HEAT.replace(
            b'<script type="application/ld+json">',
            remake + b'<script type="application/ld+json">',
            1,
        ),
    )


# --- fourteenth probe: the title's own facts where the rules of the tenth to twelfth look


@pytest.mark.parametrize(
    "heading", [b"Series Info &amp; Episodes", b"Facts &amp; Trivia", b"Details &amp; Awards"]
)
def test_a_details_heading_that_also_names_another_topic(heading: bytes) -> None:
    old = b'<h2 class="css-e0f4f6">Details</h2>'
    _unchanged(BREAKING_BAD, BREAKING_BAD.replace(old, old.replace(b"Details", heading)))


@pytest.mark.parametrize(
    "title", [b"Broadcast News", b"Star Wars: Episode IV \xe2\x80\x93 A New Hope", b"The Awards"]
)
def test_a_legacy_title_naming_an_ignored_topic(title: bytes) -> None:
    record = _record(TITANIC.replace(b"<h1>Titanic ", b"<h1>" + title + b" "))
    assert record.title == title.decode()
    assert record.model_dump(exclude={"title", "content_sha256"}) == _record(TITANIC).model_dump(
        exclude={"title", "content_sha256"}
    )


def test_a_ratings_breakdown_is_not_the_details() -> None:
    """More rows than the details, and before them."""
    groups = [b"Males", b"Females", b"Under 18", b"18-29", b"30-44", b"Over 45", b"US", b"Non-US"]
    rows = b"".join(b"<li>Votes (%s): 120</li><li>Rating (%s): 8</li>" % (w, w) for w in groups)
    section = b"<section><h2>Ratings Breakdown</h2><ul>" + rows + b"</ul></section>"
    _unchanged(HEAT, _before_section(HEAT, b"details", section))


def test_a_bare_year_gives_way_to_a_country_dated_release() -> None:
    released = b"<tr><th>Released:</th><td>19 Dec 1997</td></tr>"
    rows = b"<tr><th>Released:</th><td>1997</td></tr><tr><th>Release Date (USA):</th><td>19 Dec"
    assert _replaced(TITANIC, released, rows + b" 1997</td></tr>").release_date == dt.date(
        1997, 12, 19
    )


def test_providers_named_by_a_second_image() -> None:
    named = HEAT.replace(b'<img class="css-55030e-logo" alt="Max"', b'<img alt=""><img alt="Max"')
    named = named.replace(
        b'<img class="css-55030e-logo" alt="Apple TV"', b'<img><img alt="Apple TV"'
    )
    _unchanged(HEAT, named)


WHERE_TO_WATCH = re.compile(
    rb'<div class="css-ca848e-watch" id="where-to-watch">.*?</p></div>', re.S
)


@pytest.mark.parametrize(
    "bar",
    [
        b'<div class="sticky"><div><span>Available on Max</span></div><img alt="Max"></div>',
        b'<footer class="sticky"><img alt="Max"><span>Available on Max</span></footer>',
    ],
    ids=["wrapped text", "footer in main"],
)
def test_a_sticky_bar_that_is_the_only_where_to_watch(bar: bytes) -> None:
    streaming = _record(WHERE_TO_WATCH.sub(bar, HEAT, count=1)).streaming
    assert streaming is not None
    assert (streaming.available, streaming.platforms) == (True, ["Max"])


def test_trailer_embeds_by_their_titles() -> None:
    first_clip = b'<iframe title="Clip: The Bar" src="https://www.youtube.com/embed/AAAAAAAAAAA">'
    _unchanged(
        LLV,
        LLV.replace(b"Official Trailer</h2>", b"Official Trailer</h2>" + first_clip + b"</iframe>"),
    )
    interview = b'<iframe title="Heat | Official Trailer | Interview Edition" src="https://www.youtube.com/embed/BBBBBBBBBBB"></iframe>'
    trailer = _record(HEAT.replace(b"</h1>", b"</h1>" + interview, 1)).trailer_url
    assert trailer == "https://www.youtube.com/watch?v=BBBBBBBBBBB"


def test_an_about_section_of_subsections_has_no_synopsis() -> None:
    dl = DETAILS_DL.search(HEAT)
    assert dl is not None
    about = b"<h2>About</h2><div><h3>Details</h3>" + dl.group(0) + b"</div>"
    about += b"<div><h3>Trivia</h3><p>Shot in 40 days.</p></div>"
    edited = _record(HEAT.replace(b'<h2 class="css-5b93f6-h2">Details</h2>' + dl.group(0), about))
    assert edited.synopsis is None


def test_a_quoted_review_after_the_heading_is_no_tagline() -> None:
    bao = (PAGES / "v2-bao.html").read_bytes()
    review = b"<blockquote>&ldquo;A shattering film.&rdquo; &mdash; The Daily Review</blockquote>"
    _unchanged(bao, bao.replace(b"</h1>", b"</h1>" + review, 1))


# --- thirteenth probe: combinations


def test_details_as_a_grid_beside_other_labelled_blocks() -> None:
    dl = DETAILS_DL.search(HEAT)
    assert dl is not None
    pairs = re.findall(rb"<dt[^>]*>(.*?)</dt><dd[^>]*>(.*?)</dd>", dl.group(0))
    grid = b"".join(b"<div><div>%s:</div><div><span>%s</span></div></div>" % pair for pair in pairs)
    page = HEAT.replace(dl.group(0), b"<div>" + grid + b"</div>")
    scores = b"<ul><li><span>User rating</span><span>8.3/10</span></li><li><span>Rating</span>"
    scores += b"<span>7.7/10</span></li><li><span>Critics</span><span>94%</span></li></ul>"
    guide = b"<section><h2>Parents Guide</h2><dl><dt>MPAA</dt><dd>Rated R for violence</dd></dl>"
    edited = page.replace(b"</h1>", b"</h1>" + scores, 1)
    edited = _after_section(edited, b"cast", guide + b"</section>")
    _unchanged(HEAT, edited)


def test_legacy_combinations() -> None:
    genre = b'<tr><th>Genre:</th><td><font size="2">Drama<br>Romance</font></td></tr>'
    cert = b'<tr><td><b>Certificate:</b> <img src="/c.gif" alt="PG-13" /></td></tr>'
    edited = TITANIC.replace(GENRE_ROW, genre)
    edited = edited.replace(b"<tr><th>Certificate:</th><td>PG-13</td></tr>", cert)
    _unchanged(TITANIC, edited)


def test_an_archived_canonical_gives_the_kind() -> None:
    canonical = b'href="https://www.reelguide.example/movie/titanic"'
    archived = b'href="https://web.archive.org/web/20100215123456/https://www.reelguide.example/movie/titanic"'
    page = TITANIC.replace(canonical, archived).replace(
        b"<tr><th>Type:</th><td>Film</td></tr>", b""
    )
    record = _record(page)
    assert (record.kind, record.source_id) == ("movie", "movie/titanic")


def test_text_chips_with_an_icon_and_a_more_chip() -> None:
    chips = (
        b"<li><span>Max</span></li><li><span>Apple TV</span></li><li><button>+3 more</button></li>"
    )
    page = HEAT.replace(MAX_LOGO + APPLE_LOGO, chips)
    page = page.replace(
        VERIFIED, VERIFIED + b'<p>Powered by <a href="/jw"><img alt="JustWatch"></a></p>'
    )
    streaming = _record(page).streaming
    assert streaming is not None and streaming.platforms == ["Max", "Apple TV"]


# --- sixteenth probe: pages built from scratch


def test_a_lazy_trailer_embed() -> None:
    src = b'src="https://www.youtube-nocookie.com/embed/u5RE6rK3TkQ?rel=0"'
    _unchanged(LLV, LLV.replace(src, b'src="about:blank" data-' + src))


# --- fifteenth probe: what the rules of parser 1.13 could lose

SYN = b"A detective and a thief circle each other through a long night in Los Angeles."
AUD = b"Viewers praise the tension, though some find it long."


def test_legacy_prose_before_the_crew_block() -> None:
    plot = b"<h3>Plot</h3><p>" + SYN + b'</p><div class="crew">'
    assert _record(TITANIC.replace(b'<div class="crew">', plot)).synopsis == SYN.decode()
    viewers = b"<h3>What Viewers Are Saying</h3><p>" + AUD + b'</p><div class="crew">'
    audience = _record(TITANIC.replace(b'<div class="crew">', viewers)).audience_summary
    assert audience == AUD.decode()


@pytest.mark.parametrize(
    "section",
    [
        b"<section><h2>Synopsis</h2><div><h3>Plot</h3><p>%s</p></div></section>",
        b"<section><h2>Synopsis</h2><div><h3>Plot</h3><div>%s</div></div></section>",
        b"<section><h2>About Heat</h2><div><h3>Summary</h3><p>%s</p></div>"
        b"<div><h3>Trivia</h3><p>Shot in 40 days.</p></div></section>",
        b'<section><div class="hd"><h2>About Heat</h2><a href="#">More</a></div><p>%s</p>'
        b"</section>",
        b"<section><header><h2>About Heat</h2></header><p>%s</p></section>",
    ],
    ids=["subsection p", "subsection div", "beside trivia", "wrapped heading", "header"],
)
def test_synopsis_under_subheadings_and_wrapped_headings(section: bytes) -> None:
    edited = _before_section(HEAT, b"details", section % SYN)
    assert _record(edited).synopsis == SYN.decode()


def test_a_page_footer_inside_main_is_no_synopsis() -> None:
    footer = (
        b"<footer><h2>About ReelGuide</h2><p>ReelGuide helps you find films.</p></footer></main>"
    )
    assert _record(HEAT.replace(b"</main>", footer)).synopsis is None


@pytest.mark.parametrize(
    "wrapped",
    [
        b'<div class="hd"><h2 class="css-5b93f6-h2">Cast</h2><a href="#cast">See all</a></div>',
        b'<header><h2 class="css-5b93f6-h2">Cast</h2></header>',
    ],
)
def test_a_wrapped_cast_heading(wrapped: bytes) -> None:
    _unchanged(HEAT, HEAT.replace(b'<h2 class="css-5b93f6-h2">Cast</h2>', wrapped))


def test_a_wrapped_legacy_cast_heading() -> None:
    _unchanged(
        TITANIC,
        TITANIC.replace(b"<h3>Cast</h3>", b'<div class="section-title"><h3>Cast</h3></div>'),
    )


def test_trivia_under_a_wrapped_heading() -> None:
    bao = (PAGES / "v2-bao.html").read_bytes()
    trivia = (
        b'<section><div class="hd"><h2>Trivia</h2></div><ul><li>Budget: the opening alone cost '
        b"$2,000,000.</li><li>Box office: it opened at number one in 12 countries.</li></ul>"
        b"</section>"
    )
    _unchanged(bao, bao.replace(b"</main>", trivia + b"</main>"))


def test_crew_and_more_cards_in_the_cast_section() -> None:
    castlist = re.search(rb'<ul class="css-b0dfa1-castlist">.*?</ul>', HEAT, re.S)
    assert castlist is not None
    crew = (
        b"<div><h3>Crew</h3><ul><li><p>Dana Reyes</p><p>Director of Photography</p></li>"
        b"<li>Cinematography: Oskar Lind</li></ul></div>"
    )
    more = b'<li><a href="/cast"><p>+12 more</p></a></li></ul>'
    cards = castlist.group(0)[: -len(b"</ul>")] + more
    _unchanged(
        HEAT, HEAT.replace(castlist.group(0), b"<div><h3>Main Cast</h3>" + cards + b"</div>" + crew)
    )


@pytest.mark.parametrize(
    "tagline",
    [b"&#x27;Til death do us part.", b"Don&#x27;t look back.", b"The &quot;perfect&quot; crime."],
)
def test_a_blockquote_tagline_with_quotes_inside(tagline: bytes) -> None:
    amelie = (PAGES / "v2-amelie.html").read_bytes()
    old = b'<p class="css-de2d14">&quot;One person can change your life forever.&quot;</p>'
    edited = _record(amelie.replace(old, b"<blockquote>" + tagline + b"</blockquote>"))
    assert edited.tagline is not None and edited.tagline.endswith(("part.", "back.", "crime."))


@pytest.mark.parametrize(
    "chips",
    [
        b'<li>Max <span class="b">4K</span></li><li>Apple TV <span class="b">HD</span></li>',
        b'<li>Max</li><li>Apple TV</li><li><a href="#">See all 9</a></li>',
        b"<li>Max</li><li>Apple TV</li><li><button>+3 more providers</button></li>",
    ],
)
def test_provider_chips_with_badges_and_more_links(chips: bytes) -> None:
    _unchanged(HEAT, HEAT.replace(MAX_LOGO + APPLE_LOGO, chips))


HERO = re.compile(rb'<section class="css-92a79b-hero" data-testid="hero">.*?</section>', re.S)


def test_a_hero_header_before_main_keeps_where_to_watch() -> None:
    hero = re.search(
        rb'<section class="css-92a79b-hero" data-testid="hero">.*?</section>', HEAT, re.S
    )
    assert hero is not None
    header = b"<header" + hero.group(0)[len(b"<section") : -len(b"</section>")] + b"</header>"
    main = b'<main class="css-b4ed9b-main">'
    edited = HEAT.replace(hero.group(0), b"").replace(main, header + main)
    _unchanged(HEAT, edited)


def test_detail_rows_with_an_icon_in_the_label() -> None:
    dl = DETAILS_DL.search(HEAT)
    assert dl is not None
    pairs = re.findall(rb"<dt[^>]*>(.*?)</dt><dd[^>]*>(.*?)</dd>", dl.group(0))
    items = b"".join(
        b'<li><span class="l"><i class="icon"></i><span>%s</span></span><span>%s</span></li>' % pair
        for pair in pairs
    )
    _unchanged(HEAT, HEAT.replace(dl.group(0), b"<ul>" + items + b"</ul>"))


def test_a_sparse_pages_related_cards_are_not_its_facts() -> None:
    winter = (PAGES / "v2-the-long-winter.html").read_bytes()
    cards = (
        b'<div class="grid"><div class="rc"><a href="/movie/heat">Heat</a><div class="m">'
        b'<span>Rating</span><span>R</span></div><div class="m"><span>Released</span>'
        b"<span>December 15, 1995</span></div></div></div>"
    )
    sparse = re.sub(rb'<p class="css-97a5a4-credits">Written by: .*?</p>', b"", winter)
    assert sparse != winter  # five fields with a value: the loose forms are looked for
    old = b"More Like This</h2>"
    _unchanged(sparse, sparse.replace(old, old + cards))


def test_seasons_under_a_seasons_and_episodes_heading() -> None:
    row = re.search(
        rb'<div class="[^"]*"><dt class="[^"]*">Seasons</dt><dd class="[^"]*">5</dd></div>',
        BREAKING_BAD,
    )
    assert row is not None
    section = (
        b"<section><h2>Seasons &amp; Episodes</h2><dl>"
        + row.group(0)
        + b"</dl><p>62 episodes</p></section>"
    )
    edited = _after_section(BREAKING_BAD.replace(row.group(0), b""), b"details", section)
    assert _record(edited).seasons == 5


def test_the_trailer_headings_only_video_titled_clip() -> None:
    _unchanged(LLV, LLV.replace(b'<iframe title="Official Trailer"', b'<iframe title="Clip"'))


# --- eighteenth probe: what the rules of parser 1.15 could lose


def test_a_cast_and_crew_heading() -> None:
    heading = b'<h2 class="css-5b93f6-h2">Cast</h2>'
    _unchanged(HEAT, HEAT.replace(heading, heading.replace(b"Cast", b"Cast &amp; Crew")))


def test_footers_inside_sections_hold_content() -> None:
    credits = re.search(rb'<p class="css-97a5a4-credits">Written by: .*?</p>', HEAT)
    imdb = re.search(rb'<a href="https://www.imdb.com/title/tt0113277/"[^>]*>[^<]*</a>', HEAT)
    assert credits is not None and imdb is not None
    edited = HEAT.replace(credits.group(0), b"<footer>" + credits.group(0) + b"</footer>")
    edited = edited.replace(imdb.group(0), b"", 1)
    edited = edited.replace(b"</dl>", b"</dl><footer>" + imdb.group(0) + b"</footer>", 1)
    _unchanged(HEAT, edited)


@pytest.mark.parametrize("word", [b"Composer", b"Music", b"Producer"])
def test_prose_that_begins_with_a_crew_word(word: bytes) -> None:
    sentence = word + b" Ben Sanderson has one plan left: drink himself to death in Las Vegas."
    edited = re.sub(rb'(<p class="css-f43e09-synopsis">)[^<]*', rb"\1" + sentence, LLV, count=1)
    assert _record(edited).synopsis == sentence.decode()


@pytest.mark.parametrize("heading", [b"Audience Reviews", b"User Reviews"])
def test_an_audience_reviews_heading_without_paragraphs(heading: bytes) -> None:
    audience = _record(LLV).audience_summary
    assert audience
    start = LLV.index(VIEWERS) + len(VIEWERS)
    end = LLV.index(b"</p>", start)
    body = LLV[:start] + b"<div>" + LLV[start + 3 : end] + b"</div>" + LLV[end + 4 :]
    body = body.replace(b">What Viewers Are Saying<", b">" + heading + b"<")
    assert _record(body).audience_summary == audience


def test_a_synopsis_subheading_naming_another_word() -> None:
    synopsis = _record(LLV).synopsis
    marker = b'<p class="css-f43e09-synopsis">'
    start = LLV.index(marker)
    end = LLV.index(b"</p>", start) + 4
    wrapped = LLV[:start] + b"<div><h3>Plot Breakdown</h3>" + LLV[start:end] + b"</div>" + LLV[end:]
    assert _record(wrapped).synopsis == synopsis


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (MAX_LOGO, b"<li>Disney<sup>+</sup></li>"),
        (APPLE_LOGO, b"<li>Apple <b>TV</b></li>"),
    ],
)
def test_provider_chips_with_markup_in_the_name(old: bytes, new: bytes) -> None:
    streaming = _record(HEAT.replace(old, new)).streaming
    assert streaming is not None
    assert streaming.platforms == (
        ["Disney+", "Apple TV"] if b"Disney" in new else ["Max", "Apple TV"]
    )


@pytest.mark.parametrize(
    "tagline", [b"Livin&#x27; - on the edge", b"They said &#x27;never&#x27; &ndash; they lied."]
)
def test_a_blockquote_tagline_with_a_dash(tagline: bytes) -> None:
    old = b'<p class="css-4c0cb8-tagline">&quot;A Los Angeles crime saga.&quot;</p>'
    edited = _record(HEAT.replace(old, b"<blockquote>" + tagline + b"</blockquote>"))
    assert edited.tagline is not None and edited.tagline.startswith(("Livin", "They said"))
