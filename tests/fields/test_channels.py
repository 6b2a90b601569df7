"""Channels: where a value may come from, and which one wins.

A page is read by one reader whatever its layout. Each field takes, in this order:
1. a labelled value the page shows (any markup; the label in text or in an attribute);
2. the page's schema.org data (JSON-LD in any shape, microdata, RDFa, OpenGraph);
3. the hero's meta line, read by shape ("1995 · R · 1h 51m · Drama").
When the page shows a value and schema.org gives another, the shown one is kept and the
other is listed with the record's issues ("channels disagree").
"""

from __future__ import annotations

from datetime import date

import pytest

from marquee.extract import extract
from marquee.items import Reject, TitleRecord

URL = "https://www.reelguide.example/movie/heat"


def _page(body: str, head: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>Heat</title>{head}</head>"
        f"<body><main>{body}</main></body></html>"
    ).encode()


def _record(body: str, head: str = "", url: str = URL) -> TitleRecord:
    found = extract(url, _page(body, head))
    assert isinstance(found, TitleRecord), found
    return found


JSONLD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Movie",'
    ' "name": "Heat", "datePublished": "1995-12-15", "duration": "PT2H50M",'
    ' "contentRating": "R", "genre": ["Crime", "Drama"],'
    ' "aggregateRating": {"@type": "AggregateRating", "ratingCount": 742300},'
    ' "director": {"@type": "Person", "name": "Michael Mann"},'
    ' "actor": [{"@type": "Person", "name": "Al Pacino"},'
    ' {"@type": "Person", "name": "Robert De Niro"}]}'
    "</script>"
)


# --- one reader for every layout ---------------------------------------------------------------


def test_a_layout_never_seen_is_read_not_rejected() -> None:
    record = _record("<h1>Heat</h1><ul><li>Running time: 2h 50m</li><li>Rated: R</li></ul>")
    assert (record.title, record.runtime_minutes, record.content_rating) == ("Heat", 170, "R")
    assert record.layout == "current"


def test_a_page_with_a_heading_and_nothing_of_a_title_is_rejected() -> None:
    found = extract(URL, _page("<h1>We'll be right back</h1><p>Down for maintenance.</p>"))
    assert isinstance(found, Reject)
    assert found.reason == "no title on the page"


def test_a_page_that_gives_only_credits_is_a_title_page() -> None:
    record = _record("<h1>Heat</h1><p><span>Rendező:</span> <span>Michael Mann</span></p>"
                     "<p><span>Forgatókönyvíró:</span> <span>Michael Mann</span></p>")
    assert record.directors == ["Michael Mann"]


def test_the_title_of_a_logo_heading_is_its_alt_text() -> None:
    record = _record('<h1><img src="/logo/heat.png" alt="Heat"></h1><p>Runtime: 170 min</p>')
    assert record.title == "Heat"


# --- schema.org fills what the visible page lacks -----------------------------------------------


def test_json_ld_fills_every_field_the_page_does_not_show() -> None:
    record = _record("<h1>Heat</h1>", JSONLD)
    assert record.release_date is not None and record.release_date.isoformat() == "1995-12-15"
    assert (record.runtime_minutes, record.content_rating) == (170, "R")
    assert (record.genres, record.user_rating_count) == (["Crime", "Drama"], 742300)
    assert record.directors == ["Michael Mann"]
    assert [(c.actor, c.character) for c in record.cast] == [
        ("Al Pacino", None),
        ("Robert De Niro", None),
    ]


@pytest.mark.parametrize(
    "wrapped",
    [
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "ReelGuide"},'
        ' {"@type": "Movie", "name": "Heat", "duration": "PT2H50M"}]}',
        '[{"@type": "BreadcrumbList"}, {"@type": "Movie", "name": "Heat", "duration": "PT2H50M"}]',
        '{"@type": "WebPage", "mainEntity":'
        ' {"@type": "Movie", "name": "Heat", "duration": "PT2H50M"}}',
        '{"@type": ["Movie", "CreativeWork"], "name": "Heat", "duration": "PT2H50M"}',
    ],
    ids=["graph", "array", "main-entity", "type-list"],
)
def test_json_ld_in_every_shape(wrapped: str) -> None:
    head = f'<script type="application/ld+json">{wrapped}</script>'
    assert _record("<h1>Heat</h1>", head).runtime_minutes == 170


def test_microdata() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Movie"><h1 itemprop="name">Heat</h1>'
        '<meta itemprop="duration" content="PT2H50M"><span itemprop="genre">Crime</span>'
        '<span itemprop="genre">Drama</span><div itemprop="director" itemscope'
        ' itemtype="https://schema.org/Person"><span itemprop="name">Michael Mann</span>'
        "</div></div>"
    )
    record = _record(body)
    assert (record.runtime_minutes, record.genres) == (170, ["Crime", "Drama"])
    assert record.directors == ["Michael Mann"]


def test_a_microdata_name_on_a_link_is_its_text_and_a_url_property_its_href() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Movie"><h1 itemprop="name">Heat</h1>'
        '<a itemprop="genre" href="/genre/crime">Crime</a>'
        '<span itemprop="director" itemscope itemtype="https://schema.org/Person">'
        '<a itemprop="name url" href="/person/">Michael Mann</a></span>'
        '<span itemprop="director" itemscope itemtype="https://schema.org/Person">'
        '<a itemprop="name" href="/person/">Val Kilmer</a></span>'
        '<a itemprop="trailer" href="https://www.youtube.com/watch?v=0xbBLJ1WGwQ">Trailer</a>'
        "</div>"
    )
    record = _record(body)
    assert (record.genres, record.directors) == (["Crime"], ["Michael Mann", "Val Kilmer"])
    assert record.trailer_url == "https://www.youtube.com/watch?v=0xbBLJ1WGwQ"

def test_rdfa_lite_in_page_order() -> None:
    body = (
        '<div vocab="https://schema.org/" typeof="Movie"><h1 property="name">Heat</h1>'
        '<span property="genre">Crime</span><span property="genre">Drama</span>'
        '<span property="genre">Action</span><meta property="duration" content="PT2H50M">'
        '<div property="actor" typeof="Person"><span property="name">Al Pacino</span></div>'
        '<div property="actor" typeof="Person"><span property="name">Val Kilmer</span></div></div>'
    )
    record = _record(body)
    assert record.genres == ["Crime", "Drama", "Action"]
    assert [c.actor for c in record.cast] == ["Al Pacino", "Val Kilmer"]


def test_opengraph_video_meta() -> None:
    head = (
        '<meta property="og:title" content="Heat"><meta property="og:type" content="video.movie">'
        '<meta property="video:duration" content="10200">'
        '<meta property="video:release_date" content="1995-12-15">'
        '<meta property="video:director" content="Michael Mann">'
    )
    record = _record("<h1>Heat</h1>", head)
    assert (record.runtime_minutes, record.release_year) == (170, 1995)
    assert record.directors == ["Michael Mann"]


def test_the_visible_value_wins_and_the_disagreement_is_listed() -> None:
    record = _record("<h1>Heat</h1><dl><dt>Runtime</dt><dd>2h 45m</dd></dl>", JSONLD)
    assert record.runtime_minutes == 165
    assert [(i.field, i.reason) for i in record.unparsed] == [
        ("runtime_minutes", "channels disagree")
    ]


def test_unreadable_page_text_is_not_replaced_by_schema_org() -> None:
    record = _record("<h1>Heat</h1><dl><dt>Runtime</dt><dd>a while</dd></dl>", JSONLD)
    assert record.runtime_minutes is None
    assert [i.field for i in record.unparsed] == ["runtime_minutes"]


# --- labels in attributes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fact",
    [
        '<li><svg aria-label="Runtime"><path d="M0"/></svg><span>2h 50m</span></li>',
        '<li><svg><title>Running time</title></svg><span>2h 50m</span></li>',
        '<li><i class="icon" title="Length"></i> 2h 50m</li>',
        '<li><span aria-label="Duration">2h 50m</span></li>',
        '<li><span id="l1" hidden>Runtime</span><span aria-labelledby="l1">2h 50m</span></li>',
        '<li><span class="sr-only">Runtime</span> <span>2h 50m</span></li>',
        '<li><abbr title="Duration">Dur.</abbr> 2h 50m</li>',
        '<li><span class="chip" title="Duration">2h 50m</span></li>',
    ],
    ids=["aria-label-icon", "svg-title", "i-title", "aria-label-value", "labelledby", "sr-only",
         "abbreviation", "tooltip-value"],
)
def test_a_label_carried_by_an_attribute(fact: str) -> None:
    record = _record(f"<h1>Heat</h1><ul>{fact}<li>Rated: R</li></ul>")
    assert record.runtime_minutes == 170


def test_chips_named_by_tooltips_under_a_heading() -> None:
    # Kolosej: a row of chips, each named only by its title; the first names no field
    chips = "".join(f'<span class="chip" title="{label}">{value}</span>' for label, value in [
        ("Režija", "Mia Berg"), ("Year", "1995"), ("Duration", "2h 50m"), ("Genre", "Crime")])
    record = _record(f"<h1>Heat</h1><section><h2>O filmu</h2><div>{chips}</div></section>")
    assert (record.release_year, record.runtime_minutes, record.genres) == (1995, 170, ["Crime"])


def test_groups_named_by_a_label_are_fact_cards() -> None:
    # Hulu: <div role="group" aria-label="Director"><span>..</span></div>, no visible label
    cards = "".join(f'<div role="group" aria-label="{label}"><span>{value}</span></div>'
                    for label, value in [("Starring", "Al Pacino, Val Kilmer"),
                                         ("Director", "Michael Mann"), ("Music By", "Elliot G"),
                                         ("Year", "1995")])
    record = _record(f"<h1>Heat</h1><section><h2>Details</h2>{cards}</section>")
    assert (record.directors, [c.actor for c in record.cast], record.release_year) == (
        ["Michael Mann"], ["Al Pacino", "Val Kilmer"], 1995)


def test_a_tooltip_repeating_the_value_is_no_label() -> None:
    record = _record('<h1>Heat</h1><p>Rating: <span title="Age rating: R">R</span></p><p>1995</p>')
    assert record.content_rating == "R"


def test_a_tooltip_naming_a_row_whose_label_is_shown_is_not_added_again() -> None:
    # sites37 (RogerEbert.com-like pills): <p data-tip="Director"><i>Director</i> ..</p>
    pills = "".join(f'<p data-tip="{label}"><i>{label}</i> {value}</p>' for label, value in [
        ("Director", "Michael Mann"), ("Genre", "Crime, Drama"), ("Country", "United States"),
        ("Rated", "R"), ("Year", "1995")])
    record = _record(f"<h1>Heat</h1><section><h2>Film Credits</h2><div>{pills}</div></section>")
    assert (record.directors, record.genres, record.countries, record.content_rating,
            record.release_year) == (["Michael Mann"], ["Crime", "Drama"], ["United States"],
                                     "R", 1995)  # fmt: skip


def test_a_provider_named_only_in_aria_label() -> None:
    block = (
        '<section id="where-to-watch"><h2>Where to watch</h2><p>Streaming on 2 services</p><ul>'
        '<li><a href="/go/max" aria-label="Watch on Max"><svg></svg></a></li>'
        '<li><a href="/go/hulu" aria-label="Open in Hulu"><svg></svg></a><span>HD</span></li>'
        "</ul></section>"
    )
    streaming = _record(f"<h1>Heat</h1>{block}<p>Rated: R</p>").streaming
    assert streaming is not None
    assert (streaming.available, streaming.platform_count) == (True, 2)
    assert streaming.platforms == ["Max", "Hulu"]


# --- the hero's meta line, by shape ---------------------------------------------------------------


def test_the_hero_line_by_shape() -> None:
    hero = (
        '<section><h1>Heat</h1><div><a href="/year/1995">1995</a> · <span>R</span> · '
        '<span>2h 50m</span> · <a href="/genre/crime">Crime</a>, <a href="/genre/drama">Drama</a>'
        "</div></section>"
    )
    record = _record(hero)
    assert (record.release_year, record.content_rating, record.runtime_minutes) == (1995, "R", 170)
    assert record.genres == ["Crime", "Drama"]
    assert record.release_date is None


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("<rt-text>FSK 6, 1995, Crime, Drama, 2h 50m</rt-text>", "FSK 6"),
        ("<div>16+, 1995, Crime, Drama, 2h 50m</div>", "16+"),
        ("<small>1995, K-15, 2h 50m, Crime, Drama</small>", "K-15"),
    ],
)
def test_a_hero_line_split_by_commas_in_any_element(line: str, rating: str) -> None:
    record = _record(f"<section><h1>Heat</h1>{line}</section>")
    assert (record.release_year, record.content_rating, record.runtime_minutes) == (
        1995, rating, 170)
    assert record.genres == ["Crime", "Drama"]


def test_a_comma_line_of_places_and_a_year_is_the_countries_and_the_year() -> None:
    # country names are a shape too (CLDR's names, in the page's language)
    record = _record('<section><h1>Heat</h1><p class="place">China, South Korea, 1995</p>'
                     "</section><dl><dt>Runtime</dt><dd>2h 50m</dd></dl>")
    assert (record.runtime_minutes, record.release_year, record.genres) == (170, 1995, [])
    assert record.countries == ["China", "South Korea"]


@pytest.mark.parametrize(
    ("line", "countries"),
    [("<p>India</p><p>58 minuten per aflevering</p>", ["India"]),
     ("<div>Itálie / Japonsko, 1995, 2 h 50 min</div>", ["Itálie", "Japonsko"]),
     ("<div>Bosnia &amp; Herzegovina · 1995 · 170 min</div>", ["Bosnia & Herzegovina"])],
)
def test_countries_by_their_names_in_a_hero_line(line: str, countries: list[str]) -> None:
    record = _record(f"<section><h1>Heat</h1>{line}</section>")
    assert record.countries == countries
    assert record.runtime_minutes in (58, 170)


def test_a_place_that_is_no_country_is_no_countries() -> None:
    record = _record("<section><h1>Heat</h1><p>Mexico City · 1995 · 170 min</p></section>")
    assert (record.countries, record.runtime_minutes) == ([], 170)


def test_hero_lines_each_beside_the_heading_fill_each_other() -> None:
    # Filmweb: the year and the runtime each a line of their own under the title
    record = _record('<section><h1>Heat</h1><div class="year">1995</div>'
                     '<div class="duration">2 godz. 50 min.</div></section>')
    assert (record.release_year, record.runtime_minutes) == (1995, 170)


@pytest.mark.parametrize(
    ("date", "iso"),
    [("21 Apr, 2008", "2008-04-21"), ("24 czerwca 2008", "2008-06-24"),
     ("5. März 2008", "2008-03-05"), ("2008年3月5日", "2008-03-05")],
)
def test_a_hero_date_with_the_month_named_in_any_language(date: str, iso: str) -> None:
    record = _record(f"<section><h1>Heat</h1><div><span>1h 39m</span> • <span>{date}</span>"
                     "</div></section>", url="https://www.reelguide.example/movie/heat")
    assert (str(record.release_date), record.runtime_minutes) == (iso, 99)


def test_a_hero_list_of_seasons_and_runtime_per_episode() -> None:
    record = _record('<section><h1>Heat</h1><ul><li>7 seasons</li><li>22 minutes per episode</li>'
                     "<li>Black &amp; White</li></ul></section>",
                     url="https://www.reelguide.example/show/heat")
    assert (record.seasons, record.runtime_minutes) == (7, 22)


def test_no_hero_part_under_a_heading_of_its_own() -> None:
    # a labelled fact's value ("Seasons" over "2") and an episode list's lines are no hero line
    record = _record(
        '<section><h1>Heat</h1><div><span>1995</span> · <span>TV-MA</span></div>'
        '<div class="seasons"><h4>Seasons</h4><span>2</span></div>'
        '<rg-section heading="Episodes"><rg-episode><span>42 min</span>'
        "<time>March 17, 1978</time></rg-episode></rg-section></section>",
        url="https://www.reelguide.example/show/heat")
    assert (record.content_rating, record.release_date, record.runtime_minutes) == (
        "TV-MA", None, None)


def test_a_labelled_value_beats_the_hero_line() -> None:
    hero = "<section><h1>Heat</h1><div><span>1995</span> | <span>PG-13</span></div></section>"
    record = _record(hero + "<dl><dt>Certificate</dt><dd>R</dd></dl>")
    assert record.content_rating == "R"


def test_json_ld_people_by_reference_and_performance_roles() -> None:
    block = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Person", "@id": "#mann", "name": "Michael Mann"},'
        '{"@type": "Movie", "name": "Heat", "director": {"@id": "#mann"},'
        ' "actor": [{"@type": "PerformanceRole", "characterName": "Lt. Vincent Hanna",'
        ' "actor": {"@type": "Person", "name": "Al Pacino"}}]}]}</script>'
    )
    record = _record("<h1>Heat</h1>", block)
    assert record.directors == ["Michael Mann"]
    assert [(c.actor, c.character) for c in record.cast] == [("Al Pacino", "Lt. Vincent Hanna")]


def test_schema_org_of_another_title_on_the_page_is_not_the_titles() -> None:
    other = (
        '<script type="application/ld+json">{"@type": "Movie", "name": "Heat 2",'
        ' "url": "https://www.reelguide.example/movie/heat-2", "duration": "PT2H20M"}</script>'
        '<script type="application/ld+json">{"@type": "Movie", "name": "Heat",'
        ' "url": "https://www.reelguide.example/movie/heat", "duration": "PT2H50M"}</script>'
        '<link rel="canonical" href="https://www.reelguide.example/movie/heat">'
    )
    assert _record("<h1>Heat</h1>", other).runtime_minutes == 170


def test_a_header_row_of_labels_over_one_row_of_values() -> None:
    table = (
        "<table><thead><tr><th>Released</th><th>Length</th><th>Rating</th></tr></thead>"
        "<tbody><tr><td>15 December 1995</td><td>170 min</td><td>R</td></tr></tbody></table>"
    )
    record = _record(f"<h1>Heat</h1>{table}")
    assert (record.release_year, record.runtime_minutes, record.content_rating) == (1995, 170, "R")


def test_a_header_row_over_several_rows_is_a_list_not_the_facts() -> None:
    rows = "".join(
        f"<tr><td>Episode {n}</td><td>{n}0 min</td></tr>" for n in (4, 5)
    )  # fmt: skip
    head = "<thead><tr><th>Title</th><th>Runtime</th></tr></thead>"
    table = f"<table>{head}<tbody>{rows}</tbody></table>"
    assert _record(f"<h1>Heat</h1><p>Rated: R</p>{table}").runtime_minutes is None


def test_label_and_value_cells_side_by_side_without_row_wrappers() -> None:
    grid = (
        "<section><div>Released</div><div>15 December 1995</div><div>Length</div>"
        "<div>170 min</div><div>Certification</div><div>R</div><div>Origin</div>"
        "<div>United States</div></section>"
    )
    record = _record(f"<h1>Heat</h1>{grid}")
    assert (record.runtime_minutes, record.content_rating, record.countries) == (
        170, "R", ["United States"]
    )  # fmt: skip


def test_microdata_of_other_titles_cards_is_not_the_titles() -> None:
    cards = "".join(
        f'<li itemscope itemtype="https://schema.org/Movie"><a href="/movie/{slug}">'
        f'<span itemprop="name">{name}</span></a><meta itemprop="duration" content="PT{m}M"></li>'
        for slug, name, m in (("avatar", "Avatar", 162), ("titanic", "Titanic", 194))
    )
    record = _record(f"<h1>Heat</h1><p>Rated: R</p><ul>{cards}</ul>")
    assert record.runtime_minutes is None
    own = '<div itemscope itemtype="https://schema.org/Movie"><meta itemprop="name" content="Heat">'
    own += '<meta itemprop="duration" content="PT170M"></div>'
    assert _record(f"<h1>Heat</h1><p>Rated: R</p>{own}<ul>{cards}</ul>").runtime_minutes == 170


def test_lines_split_by_breaks_end_at_a_label_the_reader_does_not_know() -> None:
    info = (
        '<div id="info"><span class="pl">类型:</span> <span>动画</span> / <span>犯罪</span><br>'
        '<span class="pl">制片国家/地区:</span> 尼日利亚 / 韩国<br>'
        '<span class="pl">语言:</span> 英语<br>'
        '<span class="pl">分级:</span> M<br><span class="pl">又名:</span> HEAT<br>'
        '<span class="pl">出品公司:</span> Warner Bros. / Regency 等4家<br></div>'
    )
    record = _record(f"<h1>Heat</h1>{info}")
    assert (record.genres, record.countries) == (["动画", "犯罪"], ["尼日利亚", "韩国"])
    assert record.content_rating == "M"
    assert (record.studios, record.studios_total) == (["Warner Bros.", "Regency"], 4)


def test_a_label_span_then_one_span_an_item() -> None:
    cells = (
        '<div><div><span class="l">Genre</span><span class="d">Crime,</span>'
        '<span class="d">Drama</span></div><div><span class="l">Cast</span><span class="d">'
        'Al Pacino,</span><span class="d">Robert De Niro</span></div><div><span class="l">'
        'Country</span><span class="d">United States</span></div></div>'
    )
    record = _record(f"<h1>Heat</h1>{cells}")
    assert (record.genres, record.countries) == (["Crime", "Drama"], ["United States"])
    assert [c.actor for c in record.cast] == ["Al Pacino", "Robert De Niro"]


def test_a_label_element_then_bare_text() -> None:
    stats = (
        "<ul><li><label>Runtime</label>2h 50m</li><li><label>Certification</label>R</li>"
        "<li><label>Studios</label>Warner Bros. +1 more</li></ul>"
    )
    record = _record(f"<h1>Heat</h1>{stats}")
    assert (record.runtime_minutes, record.content_rating) == (170, "R")
    assert (record.studios, record.studios_total) == (["Warner Bros."], 2)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ('<div><div>Страна</div><div>Дания, Австралия</div></div><div><div>Время</div>'
         "<div>131 мин. / 02:11</div></div><div><div>Режиссер</div><div>Hana Ivanova</div></div>",
         (["Дания", "Австралия"], 131, ["Hana Ivanova"])),
        ("<dl><dt>製作国</dt><dd>メキシコ</dd><dt>上映時間</dt><dd>111分</dd><dt>監督</dt>"
         "<dd>Yusuf Nakamura</dd></dl>", (["メキシコ"], 111, ["Yusuf Nakamura"])),
        ("<p>Kraj produkcji: Polska</p><p>Czas trwania: 1 godz. 51 min.</p>"
         "<p>Reżyseria: Agnieszka Holland</p>", (["Polska"], 111, ["Agnieszka Holland"])),
    ],
    ids=["russian", "japanese", "polish"],
)
def test_labels_in_more_languages(rows: str, expected: tuple[object, ...]) -> None:
    record = _record(f"<h1>Heat</h1>{rows}")
    assert (record.countries, record.runtime_minutes, record.directors) == expected


def test_a_label_with_a_full_width_colon() -> None:
    record = _record("<h1>Heat</h1><p>劇場公開日：<strong>2003年5月21日</strong></p>")
    assert str(record.release_date) == "2003-05-21"


def test_a_hero_line_among_lines_split_by_breaks() -> None:
    hero = (
        '<section><h1>Heat</h1><p class="data">原題：Heat<br>1995年製作／170分／R／アメリカ<br>'
        '配給：<a href="/c/7">ワーナー</a></p></section>'
    )
    record = _record(hero)
    assert (record.release_year, record.runtime_minutes, record.content_rating) == (1995, 170, "R")


def test_a_per_episode_runtime_in_a_japanese_hero_line() -> None:
    hero = "<section><h1>Heat</h1><p>2006年製作／1話30分／TV-PG<br>配給：ワーナー</p></section>"
    record = _record(hero)
    assert (record.release_year, record.runtime_minutes) == (2006, 30)


def test_cjk_commas_a_closing_guillemet_and_a_localized_kind_in_the_title() -> None:
    body = (
        "<h1>Heat (сериал, 1998)</h1><dl><dt>製作会社</dt><dd>Warner Bros.、Regency</dd>"
        "<dt>Слоган</dt><dd>«Прилив всегда возвращается.»</dd></dl>"
    )
    record = _record(body)
    assert (record.title, record.studios) == ("Heat", ["Warner Bros.", "Regency"])
    assert record.tagline == "Прилив всегда возвращается."


def test_a_character_without_the_episode_count_under_it() -> None:
    cast = (
        '<h2>Series Cast</h2><ol><li><p><a href="/p/0">Bryan Cranston</a></p><p class="character">'
        'Walter White<br><span class="episode_count">62 Episodes</span></p></li><li><p>'
        '<a href="/p/1">Aaron Paul</a></p><p class="character">Jesse Pinkman<br>'
        '<span class="episode_count">62 Episodes</span></p></li></ol>'
    )
    record = _record(f"<h1>Heat</h1>{cast}<dl><dt>Runtime</dt><dd>47 min</dd></dl>")
    assert [(c.actor, c.character) for c in record.cast] == [
        ("Bryan Cranston", "Walter White"), ("Aaron Paul", "Jesse Pinkman")]


def test_a_label_alone_on_its_line_and_the_value_below() -> None:
    widget = (
        "<aside><section><h2>At a glance</h2><ul><li><strong>Released</strong><br>"
        "February 28, 1995</li><li><strong>Runtime</strong><br>2h 50m</li><li><strong>Starring"
        "</strong><br>Al Pacino as Vincent Hanna<br>Robert De Niro as Neil McCauley</li></ul>"
        "</section></aside>"
    )
    record = _record(f"<h1>Heat</h1>{widget}")
    assert (str(record.release_date), record.runtime_minutes) == ("1995-02-28", 170)
    assert [c.actor for c in record.cast] == ["Al Pacino", "Robert De Niro"]


@pytest.mark.parametrize(
    "row",
    [
        "<li><strong>Starring</strong><br>Al Pacino as Vincent Hanna<br>Jon Voight as Narrator"
        " (voice)</li>",
        "<li>Starring: Al Pacino as Vincent Hanna, Jon Voight as Narrator (voice)</li>",
    ],
)
def test_a_starring_row_of_credits_keeps_each_character(row: str) -> None:
    record = _record(f"<h1>Heat</h1><ul>{row}<li>Runtime: 2h 50m</li></ul>")
    assert [(c.actor, c.character) for c in record.cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Jon Voight", "Narrator (voice)")]


def test_web_components_named_by_their_own_attributes() -> None:
    page = (
        '<rg-title-page><rg-hero><h1 slot="heading">Heat</h1></rg-hero>'
        '<rg-callout heading="What Viewers Are Saying"><p>Viewers call it tense.</p></rg-callout>'
        '<details><summary>More details</summary><rg-fact label="Countries of origin"><span'
        ' slot="value">United States</span></rg-fact><rg-fact label="Budget"><span slot="value">'
        "$60,000,000 (estimated)</span></rg-fact></details>"
        '<rg-section heading="Top cast"><rg-person-card><span slot="name">Al Pacino</span>'
        '<span slot="role">Vincent Hanna</span></rg-person-card><rg-person-card><span slot="name">'
        'Val Kilmer</span><span slot="role">Chris</span></rg-person-card></rg-section>'
        "</rg-title-page>"
    )
    record = _record(page)
    assert (record.countries, record.audience_summary) == (
        ["United States"], "Viewers call it tense.")
    assert record.budget is not None and int(record.budget.amount) == 60_000_000
    assert [(c.actor, c.character) for c in record.cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", "Chris")]


# --- values named only by their element's class or id -----------------------------------------


def test_values_named_by_their_class_fill_what_nothing_labels() -> None:
    # ČSFD-like: genres and an origin line shown bare, named only in markup
    record = _record(
        '<section><h1>Heat</h1><div class="genres"><a href="/zanry/0">Krimi</a> / '
        '<a href="/zanry/1">Drama</a></div><div class="origin">Itálie / Japonsko, 1995, '
        '2 h 50 min</div><div class="film__studio">Forward Pass</div></section>'
    )
    assert (record.genres, record.countries) == (["Krimi", "Drama"], ["Itálie", "Japonsko"])
    assert record.studios == ["Forward Pass"]


def test_a_field_two_named_elements_give_differently_is_none() -> None:
    record = _record(
        '<section><h1>Heat</h1><div class="film-genres">Krimi</div><dl><dt>Runtime</dt>'
        '<dd>170 min</dd></dl></section><aside><span class="genres">Western</span></aside>'
    )
    assert (record.genres, record.runtime_minutes) == ([], 170)


def test_a_named_label_or_a_block_holding_more_is_no_value() -> None:
    record = _record(
        '<section><h1>Heat</h1><span class="genre-label">Genres</span><div class="genres">'
        "<p>Krimi</p><p>Komödie</p></div><dl><dt>Runtime</dt><dd>170 min</dd></dl></section>"
    )
    assert record.genres == []


def _unknown_labels(rows: str) -> TitleRecord:
    known = "<tr><th>Genre</th><td>Crime</td></tr>"  # a title page, not an error page
    return _record(
        f"<h1>Heat</h1><section><h2>Perustiedot</h2><table>{known}{rows}</table></section>")


def test_a_row_no_list_knows_is_read_by_its_values_shape() -> None:
    record = _unknown_labels(
        '<tr><th scope="row">Kesto-aika</th><td>134 min</td></tr>'
        '<tr><th scope="row">Sensuuriluokka</th><td>K-16</td></tr>'
        '<tr><th scope="row">Tuotantomaat</th><td>Italia, Argentiina</td></tr>')
    assert (record.runtime_minutes, record.content_rating) == (134, "K-16")
    assert record.countries == ["Italia", "Argentiina"]


@pytest.mark.parametrize(
    "value", ["2 450 m", "450 m", "16", "R", "väri", "60 086 katsojaa", "Italia ja muut"])
def test_a_shape_two_fields_share_is_no_value(value: str) -> None:
    record = _unknown_labels(f'<tr><th scope="row">Tuntematon</th><td>{value}</td></tr>')
    assert (record.runtime_minutes, record.content_rating, record.countries) == (None, None, [])


def test_a_listed_row_wins_over_a_row_read_by_shape() -> None:
    record = _unknown_labels('<tr><th>Esitysaika</th><td>98 min</td></tr>'
                             '<tr><th>Runtime</th><td>134 min</td></tr>')
    assert record.runtime_minutes == 134


def test_a_column_head_is_no_label_to_read_by_shape() -> None:
    # a gross-by-region table: "Brazil" under "Market" is a market, not the title's country
    record = _unknown_labels(
        "</table><table><tr><th>Market</th><th>Release Date</th><th>Gross</th></tr>"
        "<tr><td>Brazil</td><td>July 13, 2002</td><td>$68,382,615</td></tr>")
    assert record.countries == []


def test_microdata_names_the_title_inside_its_heading() -> None:
    record = _record('<h1><span itemprop="name">Heat</span> <span>(Serie de TV)</span>'
                     ' <span>(1995)</span></h1><dl><dt>Genre</dt><dd>Crime</dd></dl>')
    assert (record.title, record.release_year) == ("Heat", 1995)


def test_genres_written_as_short_sentences_leave_notes_out() -> None:
    record = _record("<h1>Heat</h1><dl><dt>Género</dt>"
                     "<dd>Serie de TV. 6 temporadas. 50 episodios. Bélico. Fantástico</dd></dl>")
    assert record.genres == ["Bélico", "Fantástico"]


def test_a_sentence_of_another_label_ends_a_list() -> None:
    record = _record("<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd><dt>Production companies</dt>"
                     "<dd>Forward Pass / Regency. Distribuidora: Filmax</dd></dl>")
    assert record.studios == ["Forward Pass", "Regency"]


def test_a_year_link_after_the_title_span_is_the_year_not_the_title() -> None:
    record = _record('<h1><span>Heat</span> <a href="/year/1995/">1995</a></h1>'
                     "<dl><dt>Genre</dt><dd>Crime</dd></dl>")
    assert (record.title, record.release_year) == ("Heat", 1995)


def test_a_colon_line_no_list_knows_is_read_by_its_values_shape() -> None:
    record = _record("<h1>Heat</h1><ul><li><span>النوع:</span> <span>Crime</span></li>"
                     "<li><span>بلد الإنتاج:</span> <span>إيطاليا</span></li>"
                     "<li><span>Laufzeit gesamt:</span> <span>170 Min.</span></li></ul>")
    assert (record.countries, record.runtime_minutes) == (["إيطاليا"], 170)


def test_a_colon_after_the_label_element_is_the_labels() -> None:
    record = _record("<h1>Heat</h1><ul><li><span>Genre</span>: Crime, Drama</li>"
                     "<li><span>MPAA rating</span>: R</li></ul>")
    assert (record.genres, record.content_rating) == (["Crime", "Drama"], "R")


@pytest.mark.parametrize("line", ["Al Pacino בתפקיד Vincent Hanna",
                                  "Al Pacino في دور Vincent Hanna",
                                  "Al Pacino в роли Vincent Hanna", "Al Pacino som Vincent Hanna"])
def test_the_word_for_as_in_another_script_or_language_parts_actor_and_character(line: str) -> None:
    record = _record(f"<h1>Heat</h1><dl><dt>Starring</dt><dd>{line}</dd></dl>")
    assert [(c.actor, c.character) for c in record.cast] == [("Al Pacino", "Vincent Hanna")]


def test_a_lower_case_particle_inside_a_name_is_no_character() -> None:
    record = _record("<h1>Heat</h1><dl><dt>Starring</dt><dd>Ludwig van Beethoven</dd></dl>")
    assert [(c.actor, c.character) for c in record.cast] == [("Ludwig van Beethoven", None)]


def test_the_arabic_comma_parts_a_list() -> None:
    record = _record("<h1>Heat</h1><ul><li><span>بلد الإنتاج:</span> "
                     "<span>أستراليا، نيجيريا</span></li></ul>")
    assert record.countries == ["أستراليا", "نيجيريا"]


def test_a_qualified_seasons_label_is_the_seasons() -> None:
    record = _record("<h1>Heat</h1><p><span>Évadok száma:</span> 13</p>",
                     url="https://www.reelguide.example/show/heat")
    assert record.seasons == 13


def test_a_year_in_a_hero_line_of_words_no_list_holds() -> None:
    # aha in Telugu: a kind, the year, a runtime and genres
    line = "సినిమా • 1939 • 1గం 16ని • కామెడీ, యుద్ధం"
    record = _record(f"<h1>Heat</h1><div>{line}</div><p>A long synopsis of the film.</p>")
    # and the runtime, by the words the runtime normalizer reads ("1గం 16ని": 1 h 16 min)
    assert (record.release_year, record.runtime_minutes) == (1939, 76)
    # two parts: a year beside one unknown word is no meta line
    assert _record("<h1>Heat</h1><div>సినిమా • 1939</div><p>Runtime: 170 min</p>"
                   ).release_year is None


def test_fact_sentences_with_their_full_stops() -> None:
    # sites42 (a relaunch's prose facts): one sentence a fact, each with its full stop
    facts = ('<p><span>Rated PG-13.</span> <span>Released October 27, 1995.</span> '
             '<span>Runtime 2h 50m.</span></p>')
    record = _record(f"<h1>Heat</h1>{facts}<dl><dt>Genre</dt><dd>Crime</dd></dl>")
    assert (record.content_rating, record.release_date, record.runtime_minutes) == (
        "PG-13", date(1995, 10, 27), 170)


def test_dot_leaders_between_a_label_and_its_value() -> None:
    # sites44 (a ledger's dot leaders, aria-hidden): "MPA … R" is rated R
    rows = "".join(f'<p><span>{label}</span><span aria-hidden="true">&hellip;</span>'
                   f"<span>{value}</span></p>" for label, value in [
                       ("MPA", "R"), ("Length", "133 min"), ("Year", "1946")])
    record = _record(f"<h1>Heat</h1><section><h2>Ledger</h2>{rows}</section>")
    assert (record.content_rating, record.runtime_minutes, record.release_year) == ("R", 133, 1946)


def test_a_label_the_stylesheet_draws_from_an_attribute() -> None:
    # sites44's captions, again on sites46-50: the label is only in data-caption, drawn by CSS
    style = "<style>[data-caption]::before{content:attr(data-caption) ': '}</style>"
    facts = "".join(f'<p data-caption="{label}">{value}</p>' for label, value in (
        ("Studio", "Ivanova Films"), ("Country", "United Kingdom, Sweden"),
        ("Length", "2 hr. 56 min.")))  # fmt: skip
    record = _record(f"<h1>Heat</h1>{style}<section><h2>Details</h2>{facts}</section>")
    assert record.studios == ["Ivanova Films"]
    assert (record.countries, record.runtime_minutes) == (["United Kingdom", "Sweden"], 176)


def test_a_narrow_screens_drawn_cell_headers_leave_the_table_as_it_is() -> None:
    # sites43's responsive table: `td::before{content:attr(data-th)}` under @media only
    style = ("<style>@media (max-width:720px){td{display:block}"
             "td::before{content:attr(data-th) ': '}}</style>")
    table = ('<table><tr><th>Director</th><th>Country</th></tr><tr><td data-th="Director">'
             'Ada Kim</td><td data-th="Country">Denmark</td></tr></table>')
    record = _record(f"<h1>Heat</h1>{style}<section><h2>Details</h2>{table}</section>")
    assert (record.directors, record.countries) == (["Ada Kim"], ["Denmark"])
