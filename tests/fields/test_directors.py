"""The directors: from a crew line (Director:, Directed by, a label nested in markup or in a
small heading, a table row without a colon) split by line breaks, or from JSON-LD (by @id
reference, a "schema:" prefixed type, an upper-case script type). "Directed by" in prose is no
director, and the JSON-LD of a related title does not give the page's."""

from __future__ import annotations

import re

import pytest

from tests.fields.pages import PARASITE, TITANIC, _record, _replaced, _unchanged

JSONLD_DIRECTOR = re.compile(rb'"director":\s*(\[[^\]]*\]|\{[^}]*\})')


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


def test_crew_in_small_headings() -> None:
    line = b"<p><strong>Director:</strong> James Cameron</p>"
    info = b'<div class="info"><h5>Director:</h5><div class="info-content">James Cameron</div>'
    info += b"</div>"
    _unchanged(TITANIC, TITANIC.replace(line, info))


def test_crew_cards_as_links_and_an_anime_staff_table() -> None:
    cards = (
        b"<h1>Heat</h1><dl><dt>Runtime</dt><dd>170 min</dd></dl><section><h2>Crew</h2>"
        b'<div><a href="/p/0"><h5>Dana Reyes</h5>'
        b'<p>Director</p></a><a href="/p/1"><h5>Oskar Lind</h5><p>Music Director</p></a></div>'
        b'</section><h2>Staff</h2><table><tr><td><a href="/p/2">Ada Ulloa</a><div><small>'
        b"Director, Storyboard</small></div></td></tr><tr><td><a href=/p/3>Bo Kim</a><div>"
        b"<small>Series Composition, Screenplay</small></div></td></tr></table>"
    )
    record = _record(cards)
    assert record.directors == ["Dana Reyes", "Ada Ulloa"]
    assert record.writers == ["Bo Kim"]


@pytest.mark.parametrize(
    ("line", "field"),
    [("geregisseerd door <span>Nadia Gallo</span>", "directors"),
     ("réalisé par Nadia Gallo", "directors"), ("dirigida por Nadia Gallo", "directors"),
     ("geschrieben von Nadia Gallo", "writers")],
)
def test_localized_credit_lines(line: str, field: str) -> None:
    page = (f"<h1>Heat</h1><div><p>Frankrijk</p><p>26 minuten</p><p>{line}</p></div>").encode()
    assert getattr(_record(page), field) == ["Nadia Gallo"]


def test_crew_cards_whose_roles_are_named_in_another_script() -> None:
    # a people list of one card a person, the job under the name: "Đạo diễn" (director),
    # "Biên kịch" (writer), "Diễn viên" (actor), "Quay phim" (camera)
    cards = "".join(
        f'<li><a href="/p/{n}"><strong>{name}</strong></a><span>{job}</span></li>'
        for n, (name, job) in enumerate([("Dana Reyes", "Đạo diễn"), ("Bo Kim", "Diễn viên"),
                                         ("Ada Ulloa", "Biên kịch"), ("Oskar Lind", "Quay phim")]))
    page = f"<h1>Heat</h1><p>111 phút</p><section><h3>Đoàn phim</h3><ul>{cards}</ul></section>"
    record = _record(page.encode())
    assert (record.directors, record.writers) == (["Dana Reyes"], ["Ada Ulloa"])


def test_a_label_with_its_count_over_a_list_of_names() -> None:
    # Maoyan: <div>导演<span>（2）</span></div><ul><li>..</li></ul>, a group a role
    groups = "".join(
        f"<div class='g'><div class='type'>{label}<span>（{len(names)}）</span></div><ul>"
        + "".join(f"<li><a href='/c/{n}'>{name}</a></li>" for n, name in enumerate(names))
        + "</ul></div>" for label, names in [("导演", ["Mia Berg", "Ana Gil"]),
                                             ("编剧", ["Luis Paz"])])
    page = f"<h1>Heat</h1><p>1995 · 170分钟</p><div><h3>演职人员</h3>{groups}</div>".encode()
    record = _record(page)
    assert (record.directors, record.writers) == (["Mia Berg", "Ana Gil"], ["Luis Paz"])


def test_numbered_items_in_a_language_no_list_names_are_episodes() -> None:
    # Hoichoi: "পর্ব 1", "পর্ব 2" (episode 1, 2), each with its own director, labelled as the
    # title's would be; one such item alone counts under a heading holding its word
    def page(count: int) -> bytes:
        items = "".join(f"<li><b>পর্ব {n}</b> Pilot <span>54 মিনিট</span><p>পরিচালনা: "
                        f"Ana Gil {n}</p></li>" for n in range(1, count + 1))
        return (f"<h1>Heat</h1><div><span>2023</span> | <span>45 মিনিট</span></div><p>"
                f"<span>চিত্রনাট্য:</span> Luis Paz</p><section><h2>পর্বসমূহ</h2><ul>{items}</ul>"
                "</section>").encode()
    for count in (1, 3):
        record = _record(page(count), "https://www.reelguide.example/show/x")
        assert (record.directors, record.writers) == ([], ["Luis Paz"])


def test_a_dash_between_a_by_label_and_its_names_is_no_part_of_a_name() -> None:
    # sites46's wiki and e-ink pages: "<strong>Directed by</strong> &mdash; A, B"
    page = (b"<h1>Heat</h1><div><p><strong>Directed by</strong> &mdash; Ada Ulloa, Bo Kim</p>"
            b"<p><strong>Written by</strong> &ndash; Cy Lee</p></div>")
    record = _record(page)
    assert (record.directors, record.writers) == (["Ada Ulloa", "Bo Kim"], ["Cy Lee"])
