"""The synopsis where no English heading names its section: an attribute that names it, a
heading in the page's language; never the audience's summary under the storyline heading."""

from __future__ import annotations

import pytest

from marquee.extract import extract
from marquee.items import TitleRecord
from tests.fields.pages import _record

URL = "https://www.reelguide.example/movie/heat"
PROSE = (
    "A thief and the detective on his trail circle each other across Los Angeles for one"
    " last job."
)


def _synopsis(main: str) -> str | None:
    body = (
        "<html><body><main><h1>Heat</h1><dl><dt>Runtime</dt><dd>170 min</dd></dl>"
        f"{main}</main></body></html>"
    )
    record = extract(URL, body.encode())
    assert isinstance(record, TitleRecord)
    return record.synopsis


@pytest.mark.parametrize("main", [
    f'<section><h2>Movie Info</h2><p data-qa="movie-info-synopsis">{PROSE}</p></section>',
    f'<div class="hero"><span data-testid="plot">{PROSE}</span></div>',
    f'<section><h2>Handlung</h2><p class="plot">{PROSE}</p></section>',
    f"<section><h2>Sinopsis</h2><p>{PROSE}</p></section>",
    f"<section><h2>줄거리</h2><p>{PROSE}</p></section>",
])  # fmt: skip
def test_read_where_an_attribute_or_a_heading_in_the_page_language_names_it(main: str) -> None:
    assert _synopsis(main) == PROSE


def test_not_the_audience_summary_under_the_storyline_heading() -> None:
    main = (
        "<section><h3>Storyline</h3><ul><li><span>Genres</span> Crime</li></ul>"
        '<div class="ai-summary"><h3>What viewers say</h3>'
        "<p>Viewers call it a tense story with strong performances overall.</p></div></section>"
    )
    assert _synopsis(main) is None


def test_a_short_hinted_line_is_no_synopsis() -> None:
    assert _synopsis('<p class="plot-badge">Plot twist inside</p>') is None


@pytest.mark.parametrize("main", [
    f'<section><p class="slogan">“One last job.”</p><h2>Synopsis</h2><p>{PROSE}</p></section>',
    f'<section><p class="slogan">“One last job.”</p><h2>Synopsis</h2><div>{PROSE}</div></section>',
])  # fmt: skip
def test_a_quote_set_above_the_synopsis_heading_is_not_the_synopsis(main: str) -> None:
    assert _synopsis(main) == PROSE


def test_a_hinted_section_with_headings_of_its_own_is_not_read_whole() -> None:
    main = (
        '<section data-testid="Storyline"><h3>Details</h3><ul><li><span>Genres</span>'
        "<div><a>Animation</a><a>War</a></div></li></ul><div><h3>What viewers say</h3>"
        "<p>Viewers call it a tense story with strong performances; several say the ending"
        " divides opinion.</p></div></section>"
    )
    assert _synopsis(main) is None


@pytest.mark.parametrize("label", ["Overview", "Synopsis", "Storyline"])
def test_a_section_named_only_for_screen_readers(label: str) -> None:
    main = (
        f'<section aria-label="{label}"><p>{PROSE}</p></section>'
        '<section aria-label="Fact sheet"><p>Filmed in 1994 over 107 days in Los Angeles, with'
        " 65 locations and a crew of several hundred people.</p></section>"
    )
    assert _synopsis(main) == PROSE


def test_a_hinted_synopsis_without_its_more_button() -> None:
    main = f'<div class="or-synopsis"><p data-clamp="3">{PROSE}</p><button>MORE</button></div>'
    assert _synopsis(main) == PROSE


@pytest.mark.parametrize("main", [
    f'<div><h2>Heat的剧情简介 · · · · · ·</h2><span class="short"><span>{PROSE[:40]}……</span>'
    f'<a href="javascript:;">(展开全部)</a></span><span class="all">{PROSE}</span></div>',
    f"<div><h2>解説・あらすじ</h2><p>{PROSE}</p></div>",
])  # fmt: skip
def test_cjk_synopsis_headings_with_the_title_first_and_an_expand_link(main: str) -> None:
    assert _synopsis(main) == PROSE


@pytest.mark.parametrize("main", [
    f'<section class="about"><div class="product-summary"><p>{PROSE}</p></div></section>',
    f'<p class="fs-description-f4309">{PROSE}</p>',
    f'<section><h3>Synopsis <span class="by">by Sandra Brennan</span></h3><p>{PROSE}</p></section>',
    f"<section><h3>Obsah</h3><p>{PROSE}</p></section>",
    f'<p property="description">{PROSE}</p>',
])  # fmt: skip
def test_more_synopsis_hints_and_headings(main: str) -> None:
    assert _synopsis(main) == PROSE


def test_an_overview_block_with_hidden_translations_gives_the_shown_one() -> None:
    # TheTVDB: tabs of translations, one paragraph shown, the others hidden
    shown = "Umar returns to a stolen violin and finds that Ingrid runs from a failing circus too."
    block = (
        '<div class="tvdb-overview-16ae0"><ul role="tablist"><li><a role="tab">English</a></li>'
        f'<li><a role="tab">spa</a></li></ul><div data-language="eng"><p>{shown}</p></div>'
        '<div class="change_translation_text hidden" style="display:none"><p>Una historia de '
        "viejas lealtades puestas a prueba durante una larga temporada de pruebas.</p></div></div>"
    )
    page = f"<h1>Heat</h1>{block}<dl><dt>Runtime</dt><dd>170 min</dd></dl>".encode()
    assert _record(page).synopsis == shown


def test_a_preview_with_a_localized_read_more_button_yields_to_the_full_text() -> None:
    full = ("Quentinは国境の町を探し求めるが、Umarもまた廃坑を失うことを知る。"
            "『A Crown Canyon』は、長いひと季節のあいだに試される古い絆の物語。")
    page = (
        "<h1>A Crown Canyon</h1><div><h2>あらすじ</h2><p>Quentinは国境の町を探し求めるが、"
        f"『A…<button>続きを読む</button></p><p hidden>{full}</p></div>"
        "<div>製作年：1941年／製作国：ポーランド／上映時間：184分</div>"
        "<ul><li><h3>Casting</h3><a href='/p/0'>Yusuf Eriksen</a></li></ul>"
    ).encode()
    record = _record(page)
    assert record.synopsis == full
    assert (record.release_year, record.countries, record.runtime_minutes) == (
        1941, ["ポーランド"], 184)
    assert [c.actor for c in record.cast] == ["Yusuf Eriksen"]


def test_a_german_plot_heading_and_year_label() -> None:
    plot = ("Ximena entdeckt eine gestohlene Geige und merkt, dass auch Tamsin die Obstplantage "
            "der Familie bewacht.")
    page = (f"<h1>Heat</h1><table><tr><td>Erscheinungsjahr:</td><td>1956</td></tr></table>"
            f"<div><h2>Inhaltsangabe</h2><p>{plot}</p></div>").encode()
    record = _record(page)
    assert (record.synopsis, record.release_year) == (plot, 1956)
