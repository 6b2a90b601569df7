"""Whole-page matters: provenance, rejects with a reason (empty, unknown layout, no title, a
person page), never raising on junk or cut pages, reported and placeholder values, and where the
facts are found: detail rows in any markup (dl, tables, lists, grids, legacy row forms), JSON-LD
shapes, and sections about other things (episodes, trivia, awards, ratings breakdowns, skeletons,
related cards) that give nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections.abc import Callable

import pytest

from marquee.extract import extract, parser_version, related_title_urls
from marquee.items import FieldIssue, Reject, TitleRecord
from marquee.parsers import PARSER_VERSION
from tests.fields.pages import (
    AVATAR,
    BREAKING_BAD,
    DETAILS_DL,
    FIXTURES,
    HEAT,
    PAGES,
    TITANIC,
    _after_section,
    _before_section,
    _record,
    _replaced,
    _unchanged,
)

DETAIL_ROW = re.compile(
    rb'<div class="css-d59886-drow"><dt class="[^"]*">([^<]*)</dt>'
    rb'<dd class="[^"]*">(.*?)</dd></div>'
)

DETAILS_SECTION = b'<section class="css-3cef89-details" id="details">'

EPISODE_ROWS = (
    b"<dl><div><dt>Air Date</dt><dd>March 3, 2009</dd></div><div><dt>Runtime</dt><dd>58m</dd>"
    b"</div><div><dt>Rating</dt><dd>TV-14</dd></div><div><dt>User Ratings</dt><dd>311 votes"
    b"</dd></div><div><dt>Directed by</dt><dd>Adam Bernstein</dd></div><div><dt>Written by</dt>"
    b"<dd>Patty Lin</dd></div></dl>"
)

EPISODES = b"<section><h2>Episodes</h2><ul><li><h3>S1.E1 \xc2\xb7 Pilot</h3>%s</li></ul></section>"

GENRE_ROW = b"<tr><th>Genre:</th><td>Drama / Romance</td></tr>"

HEAT_JSONLD = re.compile(rb'<script type="application/ld\+json">(.*?)</script>', re.S)


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


def test_details_as_label_and_value_elements_in_list_items() -> None:
    rows = re.compile(
        rb'<div class="[^"]*"><dt class="[^"]*">([^<]*)</dt><dd class="[^"]*">(.*?)</dd></div>'
    )
    body = rows.sub(rb"<li><span>\1</span><span>\2</span></li>", AVATAR)
    body = body.replace(b"<dl", b"<ul").replace(b"</dl>", b"</ul>")
    assert b"<dt" not in body
    assert _record(body).spec_dict() == _record(AVATAR).spec_dict()


@pytest.mark.parametrize(
    "row",
    [
        rb'<div class="r"><span class="l">\1</span><span class="v">\2</span></div>',
        rb'<div class="r"><span class="l">\1:</span> <span class="v">\2</span></div>',
        rb"<tr><td>\1</td><td>\2</td></tr>",
        rb"<p><i>\1</i> \2</p>",  # sites37 (RogerEbert.com-like): an italic label
        rb"<p><b>\1</b> \2</p>",  # a bold one, the studio a link before a "+2 more" button
    ],
)
def test_details_without_a_definition_list(row: bytes) -> None:
    body = DETAIL_ROW.sub(row, HEAT)
    outer = b"table" if row.startswith(b"<tr") else b"div"
    body = re.sub(rb"<dl [^>]*>(.*?)</dl>", rb"<" + outer + rb">\1</" + outer + rb">", body)
    assert b"<dt" not in body and b"<dl" not in body
    assert _record(body).spec_dict() == _record(HEAT).spec_dict()


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


def test_legacy_poster_cell_before_the_first_td_label() -> None:
    facts = re.search(rb'<table class="facts"[^>]*>(.*?)</table>', TITANIC)
    assert facts
    rows = facts.group(1).replace(b"<th>", b"<td>").replace(b"</th>", b"</td>")
    rows = rows.replace(b"<tr>", b'<tr><td rowspan="11"><img src="/poster.jpg"></td>', 1)
    body = TITANIC.replace(facts.group(1), rows)
    assert _record(body).spec_dict() == _record(TITANIC).spec_dict()


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


_LISTED = ("<li><h3>{name}</h3><p>{lead}{name} · 1 hr 9 mins · January 21st, 1987</p>"
           "<p>Directed by {director}</p></li>")


@pytest.mark.parametrize("lead", ["Ep {n} · ", "{n}. "])
@pytest.mark.parametrize("count", [1, 3])
def test_the_items_under_an_episodes_heading_are_episodes(lead: str, count: int) -> None:
    # no "Episode 3" names them: the heading does, for one item as for several
    names = ["Canyon & Ferry", "Harvest Paper", "Crown Quiet"][:count]
    directors = ["Farah Okafor", "Ines Sato", "Yusuf Reyes"]
    items = "".join(_LISTED.format(name=name, lead=lead.format(n=n), director=directors[n - 1])
                    for n, name in enumerate(names, 1))
    page = (f"<h1>Heat</h1><dl><dt>Country</dt><dd>Italy</dd><dt>Genre</dt><dd>Crime</dd></dl>"
            f"<section><h2>Episodes</h2><ol>{items}</ol></section>").encode()
    record = _record(page)
    assert (record.directors, record.runtime_minutes, record.release_date) == ([], None, None)
    assert (record.countries, record.genres) == (["Italy"], ["Crime"])


def test_a_menu_of_highlighted_labels_is_a_list_of_facts() -> None:
    page = (b"<h1>Heat</h1><menu><li><mark>Director</mark> Bao Kim</li><li><mark>Runtime</mark>"
            b" 1 hr 51 mins</li><li><mark>Genre</mark> Crime</li></menu>")
    record = _record(page)
    assert (record.directors, record.runtime_minutes, record.genres) == (["Bao Kim"], 111,
                                                                         ["Crime"])  # fmt: skip


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


def test_details_in_a_grid_without_row_wrappers() -> None:
    dl = DETAILS_DL.search(HEAT)
    assert dl is not None
    cells = re.sub(rb"</?div[^>]*>", b"", dl.group(0))
    cells = re.sub(rb"<(/?)d[td]([^>]*)>", rb"<\1div\2>", cells)
    cells = cells.replace(b'<dl class="css-fb8d4c-dl">', b'<div style="display:grid">')
    _unchanged(HEAT, HEAT.replace(dl.group(0), cells.replace(b"</dl>", b"</div>")))


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


@pytest.mark.parametrize(
    "heading", [b"Series Info &amp; Episodes", b"Facts &amp; Trivia", b"Details &amp; Awards"]
)
def test_a_details_heading_that_also_names_another_topic(heading: bytes) -> None:
    old = b'<h2 class="css-e0f4f6">Details</h2>'
    _unchanged(BREAKING_BAD, BREAKING_BAD.replace(old, old.replace(b"Details", heading)))


def test_a_ratings_breakdown_is_not_the_details() -> None:
    """More rows than the details, and before them."""
    groups = [b"Males", b"Females", b"Under 18", b"18-29", b"30-44", b"Over 45", b"US", b"Non-US"]
    rows = b"".join(b"<li>Votes (%s): 120</li><li>Rating (%s): 8</li>" % (w, w) for w in groups)
    section = b"<section><h2>Ratings Breakdown</h2><ul>" + rows + b"</ul></section>"
    _unchanged(HEAT, _before_section(HEAT, b"details", section))


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


def test_trivia_under_a_wrapped_heading() -> None:
    bao = (PAGES / "v2-bao.html").read_bytes()
    trivia = (
        b'<section><div class="hd"><h2>Trivia</h2></div><ul><li>Budget: the opening alone cost '
        b"$2,000,000.</li><li>Box office: it opened at number one in 12 countries.</li></ul>"
        b"</section>"
    )
    _unchanged(bao, bao.replace(b"</main>", trivia + b"</main>"))


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


def test_footers_inside_sections_hold_content() -> None:
    credits = re.search(rb'<p class="css-97a5a4-credits">Written by: .*?</p>', HEAT)
    imdb = re.search(rb'<a href="https://www.imdb.com/title/tt0113277/"[^>]*>[^<]*</a>', HEAT)
    assert credits is not None and imdb is not None
    edited = HEAT.replace(credits.group(0), b"<footer>" + credits.group(0) + b"</footer>")
    edited = edited.replace(imdb.group(0), b"", 1)
    edited = edited.replace(b"</dl>", b"</dl><footer>" + imdb.group(0) + b"</footer>", 1)
    _unchanged(HEAT, edited)


def test_a_page_whose_only_known_detail_is_its_imdb_link_is_a_title_page() -> None:
    # imovies in Georgian: labels no list knew, an IMDb title link; not an error page
    page = ("<h1>Canyon &amp; Ferry</h1><div><a rel='external' href='https://www.imdb.com/"
            "title/tt18862964/'>IMDb 8.4</a></div><table><tr><th>ფერი</th><td>x</td></tr>"
            "</table>").encode()
    record = extract("https://www.reelguide.example/movie/x", page)
    assert isinstance(record, TitleRecord) and record.imdb_id == "tt18862964"


def test_a_noscript_fallback_and_a_declarative_shadow_root_are_read() -> None:
    rows = b"<div><span>Runtime</span> <span>170 min</span></div>"
    fallback = _record(b"<h1>Heat</h1><noscript>" + rows + b"</noscript>")
    shadow = _record(b"<h1>Heat</h1><x-facts><template shadowrootmode='open'>" + rows
                     + b"</template></x-facts>")
    assert (fallback.runtime_minutes, shadow.runtime_minutes) == (170, 170)
    # a template without shadowrootmode is inert: not shown, not read
    inert = _record(b"<h1>Heat</h1><p>Drama</p><template>" + rows + b"</template>"
                    b"<dl><dt>Genre</dt><dd>Drama</dd></dl>")
    assert inert.runtime_minutes is None


def test_a_shadow_roots_slots_take_the_hosts_children() -> None:
    # sites58 (Lit/FAST-style components, first sight): the label in the shadow tree, the
    # value in the light DOM, shown where the slot stands ("Country of origin China")
    def fact(label: str, value: str) -> bytes:
        return (f"<rg-detail><template shadowrootmode='open'><span part='term'>{label}</span> "
                f"<span part='definition'><slot></slot></span></template>{value}</rg-detail>"
                ).encode()

    named = (b"<rg-row><template shadowrootmode='open'><b>Runtime</b> <slot name='v'>n/a</slot>"
             b"</template><span slot='v'>170 min</span><span slot='other'>12 views</span>"
             b"</rg-row>")
    record = _record(b"<h1>Heat</h1>" + fact("Country of origin", "United States")
                     + fact("Budget", "$60,000,000") + named)
    assert record.countries == ["United States"]
    assert record.budget is not None and record.budget.amount == 60_000_000
    assert record.runtime_minutes == 170  # a named slot; what no slot takes is not shown


@pytest.mark.parametrize("label", ["Genres", "Genres:"])
def test_a_component_showing_its_label_attribute_is_read_once(label: str) -> None:
    # sites58's enhance design: <rg-fact label="Genres"><strong>Genres</strong> ...: the
    # label was added again and read into the value ("Genres Fantasy")
    page = (f"<h1>Heat</h1><rg-fact label='Genres'><strong>{label}</strong> <data value='x'>"
            "Crime, Drama</data></rg-fact><rg-fact label='Studio'>Studio Quiet</rg-fact>")
    record = _record(page.encode())
    assert record.genres == ["Crime", "Drama"]
    assert record.studios == ["Studio Quiet"]  # a value that opens with its label's word


@pytest.mark.parametrize("row", [
    b"<p><dfn>Writer</dfn> Ada Kim, Wen Rossi</p>",
    b"<fieldset><legend>Writer</legend><p>Ada Kim, Wen Rossi</p></fieldset>",
    b"<figure><figcaption>Writer</figcaption><p>Ada Kim, Wen Rossi</p></figure>",
])  # fmt: skip
def test_a_defining_term_a_legend_or_a_caption_labels_its_block(row: bytes) -> None:
    # (names have no shape of their own: only the label can say they are the writers)
    page = b"<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd></dl>" + row
    assert _record(page).writers == ["Ada Kim", "Wen Rossi"]


@pytest.mark.parametrize("label", [
    b'<p class="note__title">{}</p>',
    b'<p class="note__title" aria-hidden="true">{}</p>',  # its aside's aria-label says it too
    b"<h5>{}</h5>",
    b"<h6>{}</h6>",
])  # fmt: skip
def test_a_paragraph_or_a_minor_heading_labels_the_block_after_it(label: bytes) -> None:
    """Docs themes' notes and cards: a title paragraph over the value's block, in a headed
    section, nothing else on the page to read."""
    def note(name: str, value: str) -> bytes:
        shown = label.replace(b"{}", name.encode())
        return (f'<aside aria-label="{name}" class="note">'.encode() + shown
                + f'<div class="note__content"><p>{value}</p></div></aside>'.encode())

    page = (b"<h1>Heat</h1><section><h2>At a glance</h2><div class=notes>"
            + note("Writer", "Ada Kim, Wen Rossi") + note("Duration", "170 minutes")
            + note("Premiered", "Dec. 15, 1995") + b"</div></section>")
    found = _record(page)
    assert found.writers == ["Ada Kim", "Wen Rossi"]
    assert (found.runtime_minutes, str(found.release_date)) == (170, "1995-12-15")


def test_a_grid_laid_out_by_columns_every_label_then_every_value() -> None:
    labels = ["Director", "Country", "Runtime", "Production company"]
    values = ["Farah Gallo", "India, Mexico", "1 hour 34 minutes", "Ghost House, Seventh Films"]
    cells = "".join(f"<span>{text}</span>" for text in labels + values)
    record = _record(f"<h1>Heat</h1><div style='display:grid'>{cells}</div>".encode())
    assert (record.directors, record.countries, record.runtime_minutes, record.studios) == (
        ["Farah Gallo"], ["India", "Mexico"], 94, ["Ghost House", "Seventh Films"])
    # labels and values alternating (an icon's label before each value) are no columns
    chips = ("<h1>Heat</h1><div><span>Release year 1960:</span><span>1960</span><span>Duration:"
             " 5 hours:</span><span>5H</span><span>Audio</span><span>ATMOS</span></div>")
    assert _record(chips.encode()).runtime_minutes == 300


def test_a_preformatted_block_of_padded_label_lines() -> None:
    pre = ("<h1>Heat</h1><pre>Runtime         : 170 min\nCertificate     : R\n"
           "Genre           : Crime, Drama</pre>")
    record = _record(pre.encode())
    assert (record.runtime_minutes, record.content_rating, record.genres) == (
        170, "R", ["Crime", "Drama"])


_GENRE_ROW = "<dl><dt>Genre</dt><dd>Crime</dd></dl>"


@pytest.mark.parametrize("row", [
    # a read-only field's value; a ruby annotation drawn above its base; a value the
    # stylesheet draws from data-value; an embedded document (iframe srcdoc)
    "<label><span>Writer</span> <input type='text' readonly value='Ada Kim, Wen Rossi'></label>",
    "<ul><li><ruby>Ada Kim, Wen Rossi<rp>(</rp><rt>Writer</rt><rp>)</rp></ruby></li></ul>",
    "<ul><li data-value='Ada Kim, Wen Rossi'>Writer</li></ul>",
    "<iframe sandbox srcdoc='&lt;dl&gt;&lt;dt&gt;Writer&lt;/dt&gt;&lt;dd&gt;Ada Kim, Wen Rossi"
    "&lt;/dd&gt;&lt;/dl&gt;'></iframe>",
])  # fmt: skip
def test_values_shown_from_attributes_and_embedded_documents(row: str) -> None:
    page = f"<h1>Heat</h1>{_GENRE_ROW}{row}"
    assert _record(page.encode()).writers == ["Ada Kim", "Wen Rossi"]


def test_a_field_to_fill_in_and_a_hidden_one_show_no_value() -> None:
    for field in ("<input type='text' value='Ada Kim'>", "<input type='hidden' readonly "
                  "value='Ada Kim'>"):
        page = f"<h1>Heat</h1>{_GENRE_ROW}<label><span>Writer</span> {field}</label>"
        assert _record(page.encode()).writers == []


@pytest.mark.parametrize("facts", [
    # a label the stylesheet draws before the value (content: "..."), before or after
    "<style>.w::before{content:'Writer: '}</style><p class='w x'>Ada Kim, Wen Rossi</p>",
    '<style>.a-1:before { color: red; content: "Writer" } .a-1::after{content:":"}</style>'
    "<div><span class='a-1'></span> <span>Ada Kim, Wen Rossi</span></div>",
    # a list box's group label over its options
    "<select multiple disabled><optgroup label='Writer'><option>Ada Kim</option>"
    "<option>Wen Rossi</option></optgroup><optgroup label='Genre'><option>Crime</option>"
    "</optgroup></select>",
    # an SVG card: the label and the value as <text> on one baseline
    "<svg viewBox='0 0 600 80'><text x='10' y='20'>Writer</text><text x='200' y='20'>Ada Kim,"
    " Wen Rossi</text><text x='10' y='50'>Genre</text><text x='200' y='50'>Crime</text></svg>",
    # a value naming its label's id: aria-describedby, or a cell's headers (value first)
    "<div><span id='l1'>Writer</span><span id='l2'>Genre</span><span aria-describedby='l1'>"
    "Ada Kim, Wen Rossi</span><span aria-describedby='l2'>Crime</span></div>",
    "<table><tr><td headers='h1'>Ada Kim, Wen Rossi</td><th id='h1'>Writer</th></tr>"
    "<tr><td headers='h2'>Crime</td><th id='h2'>Genre</th></tr></table>",
    # one row of values with the labels in the table's footer under them
    "<table><tbody><tr><td>Ada Kim, Wen Rossi</td><td>Crime</td></tr></tbody>"
    "<tfoot><tr><th>Writer</th><th>Genre</th></tr></tfoot></table>",
])  # fmt: skip
def test_labels_a_browser_draws_from_styles_groups_svg_and_ids(facts: str) -> None:
    record = _record(f"<h1>Heat</h1>{facts}".encode())
    assert record.writers == ["Ada Kim", "Wen Rossi"]


def test_words_a_stylesheet_draws_need_a_letter_and_an_svg_chart_stays_a_chart() -> None:
    # an icon font's glyph is no label; a chart's single axis line is no card of facts
    icon = ("<h1>Heat</h1><style>.i::before{content:'\\f101'}</style><dl><dt>Writer</dt>"
            "<dd class='i'>Ada Kim</dd></dl>")
    assert _record(icon.encode()).writers == ["Ada Kim"]
    chart = ("<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd></dl><svg><text x='0' y='9'>Writer"
             "</text><text x='50' y='9'>Ada Kim</text></svg>")
    assert _record(chart.encode()).writers == []


def test_a_value_first_cell_naming_an_unknown_label_is_read_by_its_shape() -> None:
    # the label (Khmer "production company") no list holds stands after its value, which the
    # cell names by its headers; the companies' names say what the row is
    table = ("<table><tr><td headers='c1'>Silver Media, Echo Films, Harvest Entertainment</td>"
             "<th id='c1'>ក្រុមហ៊ុនផលិត</th></tr><tr><td headers='c2'>Crime</td>"
             "<th id='c2'>Genre</th></tr></table>")
    record = _record(f"<h1>Heat</h1>{table}".encode())
    assert record.studios == ["Silver Media", "Echo Films", "Harvest Entertainment"]


_ARIA_TABLE = ("<div role='table'><div role='rowgroup'><div role='row'><div role='columnheader'>"
               "Writer</div><div role='columnheader'>Genre</div></div></div><div role='rowgroup'>"
               "<div role='row'><div role='cell'>Ada Kim, Wen Rossi</div><div role='cell'>Crime"
               "</div></div></div></div>")
_AREAS = ("<style>.g{display:grid;grid-template-areas:\"a b\" \"c d\" \"e f\"}.g .k1{grid-area:a}"
          ".g .v1{grid-area:b}.g .k2{grid-area:c}.g .v2{grid-area:d}.g .k3{grid-area:e}"
          ".g .v3{grid-area:f}</style><div class='g'><span class='k1'>Writer</span><span class="
          "'k2'>Genre</span><span class='k3'>Runtime</span><span class='v3'>111 min</span><span"
          " class='v2'>Crime</span><span class='v1'>Ada Kim, Wen Rossi</span></div>")
_REVERSED_ROWS = ("<style>.r li{display:flex;flex-direction:row-reverse}</style><ul class='r'>"
                  "<li><span>Ada Kim, Wen Rossi</span><b>Writer</b></li><li><span>Crime</span>"
                  "<b>Genre</b></li></ul>")

# every label, then every value, flowed by the stylesheet into two columns side by side
_COLUMNS = ("<style>.c{column-count:2;list-style:none}</style><ul class='c'><li>Writer</li>"
            "<li>Genre</li><li>Runtime</li><li>Ada Kim, Wen Rossi</li><li>Crime</li>"
            "<li>111 min</li></ul>")


@pytest.mark.parametrize("facts", [_ARIA_TABLE, _AREAS, _REVERSED_ROWS, _COLUMNS])
def test_facts_laid_out_by_aria_roles_and_stylesheets(facts: str) -> None:
    # a table of divs with ARIA roles; a grid whose areas set each value beside its label
    # though the markup gives the values in another order; a flex row drawn right to left;
    # a list of labels then values in two columns
    record = _record(f"<h1>Heat</h1>{facts}".encode())
    assert (record.writers, record.genres) == (["Ada Kim", "Wen Rossi"], ["Crime"])


def test_a_cast_list_in_two_columns_stays_a_list() -> None:
    # no digit on either side: names in two columns are no labels beside values
    names = "".join(f"<li>{n}</li>" for n in ("Ada Kim", "Wen Rossi", "Tom Hale", "Li Wu"))
    record = _record(("<h1>Heat</h1><p>Runtime: 111 min</p><style>.c{columns:2}</style>"
                      f"<h2>Cast</h2><ul class='c'>{names}</ul>").encode())
    assert [member.actor for member in record.cast] == ["Ada Kim", "Wen Rossi", "Tom Hale", "Li Wu"]


def test_labels_then_values_in_another_order_give_no_value() -> None:
    # all labels, then the values in reverse, with nothing on the page to pair them: the
    # values' shapes do not fit their labels, so the grid is no column of pairs
    cells = "".join(f"<span>{text}</span>" for text in (
        "Writer", "Genre", "Runtime", "Country", "111 min", "Italy", "Crime", "Ada Kim"))
    record = _record(f"<h1>Heat</h1><div style='display:grid'>{cells}</div>".encode())
    # (values their shapes name alone are read right: no value lands under another's label)
    assert record.runtime_minutes in (None, 111) and record.writers in ([], ["Ada Kim"])
    assert record.genres in ([], ["Crime"]) and record.countries in ([], ["Italy"])


def test_cells_whose_classes_alternate_are_labels_and_values() -> None:
    # a card of divs, label and value classes alternating, most labels in a language no list
    # holds (Upper Sorbian): no label runs into the value after the first listed label, and a
    # label no list holds is read by its value's shape
    rows = (("Režija", "Goran Nakamura"), ("Scenarij", "Mateo Ulloa"), ("Hudźba", "Leilani Moreau"),
            ("Producent", "Wen Reyes"), ("Kamera", "Kofi Varga"), ("Žanr", "Drama, Horror"),
            ("Kraj", "Italy, Japan"), ("Lěto", "1975"), ("Traće", "111 min"))
    cells = "".join(f"<div class='k'>{k}</div><div class='v'>{v}</div>" for k, v in rows)
    record = _record(f"<h1>Heat</h1><div>{cells}</div>".encode())
    assert (record.directors, record.writers, record.runtime_minutes) == (
        ["Goran Nakamura"], ["Mateo Ulloa"], 111)


def test_labels_kept_in_each_item_s_own_style_and_drawn_by_a_variable() -> None:
    # `li::before{content: var(--k) ": "}` over items whose style names their label
    facts = ("<style>.p li::before{content:var(--k) \": \"}</style><ul class='p'>"
             "<li style='--k:\"Writer\"'>Ada Kim, Wen Rossi</li>"
             "<li style='--k:\"Genre\"'>Crime</li></ul>")
    record = _record(f"<h1>Heat</h1>{facts}".encode())
    assert (record.writers, record.genres) == (["Ada Kim", "Wen Rossi"], ["Crime"])


def test_a_title_heading_and_a_vote_count_are_a_title_page() -> None:
    # facts in a markup nothing here reads yet: the score's count still says what the page is
    page = "<h1>Heat</h1><div><b>7.4</b> <span>(1,265 votes)</span></div>"
    assert _record(page.encode()).user_rating_count == 1265


def test_a_feed_of_cards_each_label_in_its_header() -> None:
    cards = "".join(f"<article><header>{label}</header><p>{value}</p></article>"
                    for label, value in (("Director", "Bao Kim"), ("Running Time", "111 Minutes"),
                                         ("Genres", "Crime, Drama")))  # fmt: skip
    record = _record(f"<h1>Heat</h1><div role='feed'>{cards}</div>".encode())
    assert (record.directors, record.runtime_minutes, record.genres) == (
        ["Bao Kim"], 111, ["Crime", "Drama"])


@pytest.mark.parametrize("wrapped", [False, True])
def test_rows_labelled_by_an_icons_alt_text_in_a_picture(wrapped: bool) -> None:
    # <picture><source><img alt="Director"></picture>: the label is the image's name, in a
    # picture element or not (libxml2 puts the img inside the source)
    icon = '<img src="/i/{0}.png" alt="{0}" width="18" height="18">'
    if wrapped:
        icon = f'<picture><source type="image/webp" srcset="/i/{{0}}.webp">{icon}</picture>'
    rows = "".join(f"<li>{icon.format(label)}<span>{value}</span></li>" for label, value in (
        ("Director", "Ada Kim"), ("Length", "30 mins"), ("Genre", "War, Documentary")))
    record = _record(f"<h1>Paper</h1><ul>{rows}</ul>".encode())
    assert (record.directors, record.runtime_minutes, record.genres) == (
        ["Ada Kim"], 30, ["War", "Documentary"])


@pytest.mark.parametrize("tip", [
    '<sl-tooltip content="{0}"><sl-tag pill>{1}</sl-tag></sl-tooltip>',
    '<span data-tooltip="{0}">{1}</span>',
    '<span data-bs-original-title="{0}">{1}</span>',
])  # fmt: skip
def test_values_named_by_their_tooltip(tip: str) -> None:
    chips = "".join(tip.format(label, value) for label, value in (
        ("Director", "Ada Kim"), ("Running time", "111 min"), ("Genre", "Crime")))
    record = _record(f"<h1>Heat</h1><div role='list'>{chips}</div>".encode())
    assert (record.directors, record.runtime_minutes, record.genres) == (
        ["Ada Kim"], 111, ["Crime"])


@pytest.mark.parametrize("card", [
    '<sl-card><div slot="header">{0}</div>{1}</sl-card>',
    '<ion-item><ion-label>{0}</ion-label><ion-note slot="end">{1}</ion-note></ion-item>',
])  # fmt: skip
def test_web_component_cards_are_read_as_the_blocks_they_render(card: str) -> None:
    cards = "".join(card.format(label, value) for label, value in (
        ("Director", "Ada Kim"), ("Country", "Japan"), ("Genre", "Crime")))
    record = _record(f"<h1>Heat</h1><div>{cards}</div>".encode())
    assert (record.directors, record.countries, record.genres) == (["Ada Kim"], ["Japan"],
                                                                   ["Crime"])  # fmt: skip


def test_an_emoji_icon_named_by_its_aria_label_is_the_rows_label() -> None:
    # <span role="img" aria-label="Written by">🎬</span>: the glyph is no value
    rows = "".join(f'<li><span role="img" aria-label="{label}">{glyph}</span> <span>{value}'
                   f"</span></li>" for label, glyph, value in (
                       ("Written by", "🎬", "Ada Kim"), ("Genres", "📷", "Comedy, Drama"),
                       ("Runtime", "🌍", "52 minutes")))  # fmt: skip
    record = _record(f"<h1>Heat</h1><ul>{rows}</ul>".encode())
    assert (record.writers, record.genres, record.runtime_minutes) == (
        ["Ada Kim"], ["Comedy", "Drama"], 52)


def test_lines_of_a_value_then_its_label_as_text() -> None:
    # <p><span>value</span>Label</p>, the value floated to one side; a bold first part is the
    # label of the text after it, not a value ("Status Released")
    lines = "".join(f"<p><span>{value}</span>{label}</p>" for value, label in (
        ("Bruno Sato, Lucia Kim", "Directed by"), ("1 hr. 30 min.", "Runtime"),
        ("Animation", "Genre")))  # fmt: skip
    page = f"<h1>Heat</h1><div>{lines}<p><strong>Status</strong> Released</p></div>"
    record = _record(page.encode())
    assert (record.directors, record.runtime_minutes, record.genres) == (
        ["Bruno Sato", "Lucia Kim"], 90, ["Animation"])
    assert record.release_date is None


def test_the_names_of_tabs_are_no_label_and_value() -> None:
    # kit seed 8403: "Overview" beside "Release info" in a tablist was read as a release date
    page = (b"<h1>Heat</h1><div role='tablist'><button role='tab'>Overview</button><button "
            b"role='tab' aria-controls='t2'>Release info</button></div><div role='tabpanel' "
            b"id='t2'><dl><dt>Runtime</dt><dd>170 min</dd></dl></div>")
    record = _record(page)
    assert record.release_date is None and record.runtime_minutes == 170
    assert [issue.field for issue in record.unparsed] == []


def test_blog_theme_post_meta_lines_and_icon_led_items() -> None:
    """Blog themes' post-meta: "Label: value" spans parted by dots (each list read from its
    own span), items led by an icon, "Categories" naming genres, a post's reading time."""
    meta = ('<div class="post-meta"><span>Script: Ada Kim, Wen Rossi</span>&nbsp;·&nbsp;'
            '<span>Country: Argentina</span>&nbsp;·&nbsp;<span>Categories: Crime, Drama</span>'
            '&nbsp;·&nbsp;<span>Reading time: 4 min</span></div>')
    found = _record(f"<h1>Heat</h1><section><h2>Details</h2>{meta}</section>".encode())
    assert (found.writers, found.countries) == (["Ada Kim", "Wen Rossi"], ["Argentina"])
    assert (found.genres, found.runtime_minutes) == (["Crime", "Drama"], None)

    def item(label: str, value: str) -> str:
        return (f'<span class="post-meta-item"><span class="icon"><i class="fa fa-folder"></i>'
                f"</span><span>{label}</span> <span>{value}</span></span>")

    items = (item("Director", "Michael Mann") + item("Country", "Brazil")
             + item("Film length", "1h 51m"))
    found = _record(f"<h1>Heat</h1><div class=meta>{items}</div>".encode())
    assert (found.directors, found.countries) == (["Michael Mann"], ["Brazil"])
    assert found.runtime_minutes == 111  # an unlisted label among listed ones, by its shape


def test_a_colon_in_a_cell_of_its_own_between_label_and_value() -> None:
    rows = "".join(f"<tr><td>{k}</td><td>:</td><td>{v}</td></tr>" for k, v in (
        ("Genre", "Horror, Western"), ("Country", "China"), ("Certificate", "UA 7+")))
    found = _record(f"<h1>Heat</h1><table class=kv>{rows}</table>".encode())
    assert (found.genres, found.countries) == (["Horror", "Western"], ["China"])
    assert found.content_rating == "UA 7+"


def test_a_tv_guides_schedule_and_its_catch_up_window() -> None:
    """A guide's airings table (a channel's name holding "Premiere" over a date) is data,
    not a release row; "Available on demand until" ends a catch-up window, no streaming;
    "Made by" names the companies."""
    airings = ('<table><thead><tr><th scope="col">Channel</th><th scope="col">Date</th>'
               '<th scope="col">Time</th></tr></thead><tbody><tr><td>Movies Premiere</td>'
               "<td>16 December 2026</td><td>20:00</td></tr></tbody></table>")
    facts = ("<p><em>Made by</em> Honey Entertainment, Studio Canyon</p>"
             "<p><em>Available on demand until</em> Sun 10 Jan 2027</p>")
    found = _record(f"<h1>Heat</h1><p>1995</p>{airings}<section><h2>Info</h2>{facts}</section>"
                    .encode())
    assert (found.release_date, found.streaming) == (None, None)
    assert found.studios == ["Honey Entertainment", "Studio Canyon"]


def test_syndicated_forms_labels_in_cite_and_dfn_and_short_wordings() -> None:
    """An Instant Article's <aside><cite>Label</cite> value</aside> facts, an EPUB glossary's
    <dfn> terms, and the wordings "Dir.", "First released" and "Receipts"."""
    asides = ('<aside class="op-fact"><cite>Production company</cite> Voyage Entertainment, '
              'Weiss Films</aside><aside class="op-fact"><cite>Dir.</cite> Dmitri Quist</aside>')
    glossary = ('<p><dfn>First released</dfn> <span>September 17, 1981</span></p>'
                "<p><dfn>Receipts</dfn> <span>$897,000</span></p>")
    found = _record(f"<h1>Heat</h1><div class=facts>{asides}{glossary}</div>".encode())
    assert (found.studios, found.directors) == (["Voyage Entertainment", "Weiss Films"],
                                                ["Dmitri Quist"])
    assert str(found.release_date) == "1981-09-17"
    assert found.box_office is not None and found.box_office.amount == 897000


def test_a_dash_in_a_value_cell_is_no_value_not_a_separator() -> None:
    rows = ("<table><tr><th>Budget</th><td>—</td></tr><tr><th>Box office</th><td>$5,000,000</td>"
            "</tr><tr><th>Runtime</th><td>111 min</td></tr></table>")
    found = _record(f"<h1>Heat</h1>{rows}".encode())
    assert found.budget is None and found.box_office is not None
    assert found.box_office.amount == 5000000


def test_a_separator_of_its_own_and_an_icon_button_are_no_part_of_the_value() -> None:
    # sites61 "<b>Directed by</b> <i>/</i> <span>A</span>" and sites62's copy button "⧉"
    rows = ("<ul><li><b>Directed by</b> <i class='sep'>/</i> <span>Oskar Szabó</span></li>"
            "<li><b>Country</b> <i class='sep'>/</i> <span>United Kingdom</span>, "
            "<span>Australia</span></li><li><span>Genre</span> <span>Drama</span><button "
            "aria-label='Copy'>⧉</button></li></ul>")
    record = _record(f"<h1>Heat</h1>{rows}".encode())
    assert record.directors == ["Oskar Szabó"]
    assert record.countries == ["United Kingdom", "Australia"]
    assert record.genres == ["Drama"]


def test_facts_as_sentences_of_labelled_spans() -> None:
    # sites66's film society card: "<span>Screenplay by: A.</span> <span>Genre: B, C.</span>"
    card = ("<p><span>Screenplay by: Hana Nakamura.</span> <span>Score: Ada Kim.</span> "
            "<span>Genre: History, Drama.</span> <span>Country: Germany.</span> "
            "<span>Running time: 113 minutes.</span></p>")
    record = _record(f"<h1>Heat</h1>{card}".encode())
    assert record.writers == ["Hana Nakamura"]
    assert (record.genres, record.countries) == (["History", "Drama"], ["Germany"])
    assert record.runtime_minutes == 113


def test_a_note_closing_every_row_the_same_way_is_no_value() -> None:
    # sites66's wiki item: each statement closed by "preferred rank" or "1 reference"
    def statement(prop: str, value: str, note: str) -> str:
        return (f"<li><span>{prop}</span> <span>{value}</span> <span>{note}</span></li>")

    rows = "".join(statement(p, v, n) for p, v, n in (
        ("director", "Nadia Ivanova", "1 reference"), ("genre", "Drama, Fantasy", "1 reference"),
        ("country of origin", "Germany", "1 reference"), ("composer", "Ada Kim", "1 reference")))
    record = _record(f"<h1>Heat</h1><ul>{rows}</ul>".encode())
    assert record.directors == ["Nadia Ivanova"]
    assert (record.genres, record.countries) == (["Drama", "Fantasy"], ["Germany"])
    # a role or a character under each card is what the row is
    cards = "".join(f"<li><a href='/p/{i}'>{name}</a><p>as Narrator (voice)</p></li>"
                    for i, name in enumerate(("Ada Kim", "Bo Sato", "Cy Lee")))
    cast = _record(f"<h1>Heat</h1><section><h2>Cast</h2><ul>{cards}</ul></section>".encode()).cast
    assert [c.character for c in cast] == ["Narrator (voice)"] * 3


def test_linked_data_property_names_as_labels() -> None:
    # sites66's DBpedia-like page: properties named "dbo:director", "dbo:releaseDate"
    rows = "".join(f"<tr><th>{p}</th><td>{v}</td></tr>" for p, v in (
        ("dbo:director", "Jonas Varga, Ximena Sato"), ("dbo:musicComposer", "Oskar Zaragoza"),
        ("dbo:country", "India"), ("dbo:releaseDate", "1995-10-27"), ("dbp:gross", "$1,000,000")))
    record = _record(f"<h1>Heat</h1><table>{rows}</table>".encode())
    assert record.directors == ["Jonas Varga", "Ximena Sato"]
    assert record.countries == ["India"]
    assert record.release_date is not None and record.release_date.isoformat() == "1995-10-27"
    assert record.box_office is not None and record.box_office.amount == 1_000_000
