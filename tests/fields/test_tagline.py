"""The tagline: the short line after the heading, in a p, h2, blockquote or q, quotes around it
removed, a quote or dash inside it not cutting it short; on legacy pages also a "Tagline:" facts
row or a line starting with its label, a "(more)" link dropped. A quoted review after the heading
is no tagline."""

from __future__ import annotations

import re

import pytest

from tests.fields.pages import HEAT, PAGES, TITANIC, TITANIC_H1, _record, _replaced, _unchanged


@pytest.mark.parametrize(
    "tagline",
    [
        b'<h2 class="x-tagline">A Los Angeles crime saga.</h2>',
        b'<blockquote class="b">A Los Angeles crime saga.</blockquote>',
        b'<q class="tg">A Los Angeles crime saga.</q>',
        b'<p class="lg-tl"><q>A Los Angeles crime saga.</q></p>',
    ],
)
def test_tagline_in_other_elements(tagline: bytes) -> None:
    old = b'<p class="css-4c0cb8-tagline">&quot;A Los Angeles crime saga.&quot;</p>'
    assert _replaced(HEAT, old, tagline).tagline == "A Los Angeles crime saga."


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


def test_a_quoted_review_after_the_heading_is_no_tagline() -> None:
    bao = (PAGES / "v2-bao.html").read_bytes()
    review = b"<blockquote>&ldquo;A shattering film.&rdquo; &mdash; The Daily Review</blockquote>"
    _unchanged(bao, bao.replace(b"</h1>", b"</h1>" + review, 1))


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
    "tagline", [b"Livin&#x27; - on the edge", b"They said &#x27;never&#x27; &ndash; they lied."]
)
def test_a_blockquote_tagline_with_a_dash(tagline: bytes) -> None:
    old = b'<p class="css-4c0cb8-tagline">&quot;A Los Angeles crime saga.&quot;</p>'
    edited = _record(HEAT.replace(old, b"<blockquote>" + tagline + b"</blockquote>"))
    assert edited.tagline is not None and edited.tagline.startswith(("Livin", "They said"))


@pytest.mark.parametrize(
    "line",
    ['<div id="tagline">Home is a dangerous place.</div>',
     '<p class="sg-tag" data-label="Tagline">Home is a dangerous place.</p>',
     '<p class="slogan">« Home is a dangerous place. »</p>'],
)
def test_a_tagline_named_by_its_id_a_data_label_or_a_slogan_class(line: str) -> None:
    page = f"<h1>Heat</h1><dl><dt>Runtime</dt><dd>170 min</dd></dl>{line}".encode()
    assert _record(page).tagline == "Home is a dangerous place."


def test_a_hinted_tagline_without_its_own_label() -> None:
    page = ('<h1>Heat</h1><dl><dt>Runtime</dt><dd>170 min</dd></dl><p class="slogan">Slogan: '
            "“Bir yaz. Tek bir şans.”</p>").encode()
    assert _record(page).tagline == "Bir yaz. Tek bir şans."
