"""Streaming: the where-to-watch block, found by its status line (reworded, positive or negative)
or its id, gives available, the platform names (from logo alt or title text, labelled svg or
role="img", text chips), the platform count and the "last verified" date. Attribution logos,
badges, prices, rent groups and more-chips are no platforms; a watchlist button is no block."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.fields.pages import (
    AVATAR,
    HEAT,
    LAS_VEGAS,
    LAS_VEGAS_URL,
    _record,
    _replaced,
    _unchanged,
)


def _chips(status: bytes) -> bytes:
    body = HEAT.replace(b"<span>Currently Available On</span> ", b"")
    body = body.replace(b'<span class="css-10069e-count">(2 platforms)</span>', status)
    body = re.sub(
        rb'<img class="css-55030e-logo" alt="([^"]*)" src="[^"]*">', rb"<span>\1</span>", body
    )
    return body


VERIFIED = b"last verified: March 2, 2026</p>"

COUNT = b'<span class="css-10069e-count">(2 platforms)</span>'

MAX_LOGO = b'<li><img class="css-55030e-logo" alt="Max" src="/img/providers/max.png"></li>'

APPLE_LOGO = (
    b'<li><img class="css-55030e-logo" alt="Apple TV" src="/img/providers/apple-tv.png"></li>'
)

WHERE_TO_WATCH = re.compile(
    rb'<div class="css-ca848e-watch" id="where-to-watch">.*?</p></div>', re.S
)


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


def test_provider_names_from_the_title_attribute() -> None:
    record = _record(HEAT)
    assert record.streaming is not None and record.streaming.platforms
    names = record.streaming.platforms
    body = HEAT
    for name in names:
        body = body.replace(f'alt="{name}"'.encode(), f'alt="" title="{name}"'.encode())
    assert body != HEAT
    assert _record(body).streaming.platforms == names  # type: ignore[union-attr]


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


def test_provider_logos_as_labelled_svg() -> None:
    old = re.compile(rb'<img class="css-55030e-logo" alt="([^"]*)" src="[^"]*">')
    body = old.sub(rb'<svg role="img" aria-label="\1"><path d="M0 0"/></svg>', HEAT)
    assert body.count(b'<svg role="img" aria-label=') == 2
    assert _record(body).streaming == _record(HEAT).streaming


def test_provider_names_as_text_chips_under_a_reworded_line() -> None:
    counted = _record(_chips(b"<span>Stream on 2 services</span>")).streaming
    assert counted is not None
    assert (counted.platforms, counted.platform_count) == (["Max", "Apple TV"], 2)
    watch = _record(_chips(b"<span>Watch now on</span>")).streaming
    assert watch is not None
    assert (watch.available, watch.platforms) == (True, ["Max", "Apple TV"])


def test_not_streaming_anywhere_without_a_count_is_no_streaming_block() -> None:
    """The spec: null when the block only says the title is on no service, without a count."""
    body = re.sub(
        rb'<div class="css-75d286-avail">.*?</ul>',
        b"<p>Not streaming anywhere right now</p>",
        HEAT,
        count=1,
        flags=re.S,
    )
    assert _record(body).streaming is None
    counted = body.replace(b"anywhere right now", b"on any of 7 services")
    streaming = _record(counted).streaming
    assert streaming is not None
    assert (streaming.available, streaming.platform_count, streaming.platforms) == (False, 7, [])
    assert streaming.verified_on is not None


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


def test_providers_named_by_a_second_image() -> None:
    named = HEAT.replace(b'<img class="css-55030e-logo" alt="Max"', b'<img alt=""><img alt="Max"')
    named = named.replace(
        b'<img class="css-55030e-logo" alt="Apple TV"', b'<img><img alt="Apple TV"'
    )
    _unchanged(HEAT, named)


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


def test_a_hero_header_before_main_keeps_where_to_watch() -> None:
    hero = re.search(
        rb'<section class="css-92a79b-hero" data-testid="hero">.*?</section>', HEAT, re.S
    )
    assert hero is not None
    header = b"<header" + hero.group(0)[len(b"<section") : -len(b"</section>")] + b"</header>"
    main = b'<main class="css-b4ed9b-main">'
    edited = HEAT.replace(hero.group(0), b"").replace(main, header + main)
    _unchanged(HEAT, edited)


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


def test_provider_logo_links_outside_a_list_beside_a_facts_list() -> None:
    """A count line over logo links (no list items), then a facts list with icon labels: the
    providers are the logos, never the facts' labels."""
    body = (
        b'<div class="page"><div><h1>Heat</h1></div><div class="buybox"><h2>Where to watch</h2>'
        b'<p>Streaming on 2 services</p><div><a href="/go"><img alt="Hulu" src="/0.webp"></a>'
        b'<a href="/go"><img alt="Pluto TV" src="/1.webp"></a></div></div>'
        b'<aside><ul><li><i aria-label="Released"></i><span>21 Jan 1987</span></li>'
        b'<li><i aria-label="Length"></i><span>1h 50min</span></li></ul></aside></div>'
    )
    streaming = _record(body).streaming
    assert streaming is not None
    assert (streaming.platforms, streaming.platform_count) == (["Hulu", "Pluto TV"], 2)


def test_a_count_line_whose_only_list_is_the_page_s_facts_gives_no_platforms() -> None:
    body = (
        b'<div class="page"><h1>Heat</h1><p>Streaming on 2 services</p>'
        b'<ul><li><i aria-label="Released"></i><span>21 Jan 1987</span></li>'
        b'<li><i aria-label="Length"></i><span>1h 50min</span></li></ul></div>'
    )
    streaming = _record(body).streaming
    assert streaming is None or streaming.platforms == []


@pytest.mark.parametrize(
    ("line", "platforms"),
    [
        (b"Heat is streaming on 3 services: Netflix, Hulu and MUBI (checked 11 January 2026).",
         ["Netflix", "Hulu", "MUBI"]),
        (b"Heat is streaming on 1 service: Kanopy (checked 11 January 2026).", ["Kanopy"]),
        (b"Available on 4 services: Kanopy, Disney+, Paramount+, Tubi</p><p><small>Last verified"
         b" January 31, 2026</small>", ["Kanopy", "Disney+", "Paramount+", "Tubi"]),
    ],
)
def test_providers_named_in_the_count_line_beat_an_unrelated_link(
    line: bytes, platforms: list[str]
) -> None:
    body = (
        b"<h1>Heat</h1><section><h2>Questions</h2><details><summary>Where can I watch Heat?"
        b"</summary><p>" + line + b"</p></details><details><summary>Anything else?</summary>"
        b'<p><a href="https://www.imdb.com/title/tt0113277/">IMDb page</a></p></details></section>'
    )
    streaming = _record(body).streaming
    assert streaming is not None
    assert streaming.platforms == platforms
    assert streaming.platform_count == len(platforms)


def test_a_count_line_naming_fewer_providers_than_its_count_is_not_read_as_the_list() -> None:
    body = (
        b"<h1>Heat</h1><div><p>Streaming on 3 services: Netflix and more</p>"
        b'<ul><li><img alt="Netflix"></li><li><img alt="Hulu"></li><li><img alt="MUBI"></li>'
        b"</ul></div>"
    )
    streaming = _record(body).streaming
    assert streaming is not None
    assert streaming.platforms == ["Netflix", "Hulu", "MUBI"]


def test_providers_named_by_their_links_around_unnamed_logos() -> None:
    block = (
        b"<div><h3>Where to watch</h3><p>Streaming on 2 services</p>"
        b'<a href="/watchnow/0" title="Netflix"><img alt="" src="/s/0.png"></a>'
        b'<a href="/watchnow/1" aria-label="Watch on Max"><img alt="" src="/s/1.png"></a>'
        b"<small>Last verified February 20, 2026</small></div>"
    )
    links = (
        b'<div><h3>Links</h3><ul><li><a href="https://www.imdb.com/title/tt0113277/">IMDB</a></li>'
        b'<li><a href="https://en.wikipedia.org/">Wikipedia</a></li></ul>'
    )
    streaming = _record(b"<h1>Heat</h1>" + links + block + b"</div>").streaming
    assert streaming is not None
    assert streaming.platforms == ["Netflix", "Max"]


def test_providers_as_unnamed_icons_in_named_links() -> None:
    block = (
        b'<div><h2>Available on 2 services</h2><a href="/go/0" aria-label="Open in Apple TV">'
        b'<svg viewBox="0 0 4 1"><rect/></svg></a><a href="/go/1" aria-label="Open in MUBI">'
        b"<svg><rect/></svg></a><small>Availability checked January 1, 2026</small></div>"
    )
    streaming = _record(b"<section><h1>Heat</h1>" + block + b"</section>").streaming
    assert streaming is not None
    assert (streaming.platforms, streaming.platform_count) == (["Apple TV", "MUBI"], 2)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("<section><h2>Dónde ver</h2><p>No disponible actualmente en (3 plataformas)</p><ul>"
         "<li>Starz</li><li>Netflix</li><li>Hulu</li></ul><small>Última comprobación: 21 de enero"
         " de 2026</small></section>", (False, 3, ["Starz", "Netflix", "Hulu"], "2026-01-21")),
        ("<div><h3>보러가기</h3><p>3개 서비스에서 시청 가능</p><ul><li>Netflix</li><li>Tubi</li>"
         "<li>Max</li></ul><small>2026.03.20 기준</small></div>",
         (True, 3, ["Netflix", "Tubi", "Max"], "2026-03-20")),
        ("<div><h3>보러가기</h3><p>현재 시청 불가 (2개 서비스)</p><ul><li>Netflix</li><li>Tubi</li>"
         "</ul></div>", (False, 2, ["Netflix", "Tubi"], None)),
        ('<section aria-label="Where to watch"><p>Streaming on 2 services</p><span class="chip">'
         'MUBI</span><span class="chip">Max</span><small>Updated Jan 31, 2026</small></section>',
         (True, 2, ["MUBI", "Max"], "2026-01-31")),
        ('<section><p>Watch now · 2 platforms</p><img class="logo" alt="Pluto TV" src="/0.png">'
         '<img class="logo" alt="Max" src="/1.png"></section>',
         (True, 2, ["Pluto TV", "Max"], None)),
        ("<section><h2>Où regarder ?</h2><p>Indisponible sur les 2 plateformes suivies</p><ul>"
         '<li><img alt="Netflix" src="/0.png"></li><li><img alt="Kanopy" src="/1.png"></li>'
         "</ul></section>", (False, 2, ["Netflix", "Kanopy"], None)),
        ('<div><h3>VOD</h3><p>Dostupné na 2 službách</p><ul><li><a href="/vod/0">Max</a></li>'
         '<li><a href="/vod/1">Hulu</a></li></ul><small>Aktualizováno 11. 2. 2026</small></div>',
         (True, 2, ["Max", "Hulu"], None)),  # "11. 2. 2026": day or month first, unsaid
        ('<section><h2>Gdzie obejrzeć</h2><p>Dostępny w 2 serwisach</p><ul><li><a href="/v/0">'
         'Hulu</a></li><li><a href="/v/1">Kanopy</a></li></ul><small>Aktualizacja: 31 grudnia'
         " 2025</small></section>", (True, 2, ["Hulu", "Kanopy"], "2025-12-31")),
    ],
    ids=["spanish", "korean", "korean-negative", "chips", "bare-logos", "french-negative",
         "czech", "polish"],
)
def test_localized_status_lines_chips_and_bare_logos(
    block: str, expected: tuple[object, ...]
) -> None:
    body = f"<html><body><main><h1>Heat</h1><p>Runtime: 2h 50m</p>{block}</main></body></html>"
    streaming = _record(body.encode()).streaming
    assert streaming is not None
    verified = streaming.verified_on.isoformat() if streaming.verified_on else None
    assert (streaming.available, streaming.platform_count, streaming.platforms, verified) == (
        expected)


def test_logos_in_separate_cells_are_not_bare_logos_side_by_side() -> None:
    block = (
        "<section><h2>Where to watch</h2><h3>Stream on 2 services</h3><table><tr><td>"
        '<img alt="" src="/s0.png"> Max</td><td>Subscription</td></tr><tr><td><img alt="" '
        'src="/s1.png"> Hulu</td><td>Subscription</td></tr></table><h3>Rent or buy</h3><table>'
        '<tr><td><img alt="Vudu" src="/0.png"> Vudu</td><td>$3.99</td></tr><tr><td><img '
        'alt="Redbox" src="/1.png"> Redbox</td><td>$14.99</td></tr></table></section>'
    )
    streaming = _record(f"<h1>Heat</h1><p>Runtime: 2h 50m</p>{block}".encode()).streaming
    assert streaming is None or "Vudu" not in streaming.platforms


def test_an_available_until_date_is_no_status_line() -> None:
    # Vudu-like: the count heads the logos; "Available until" labels a date in the details grid
    block = (
        b'<div><h3>Also streaming on 2 services</h3><a aria-label="Open in Netflix" href="/o/0">'
        b'<img alt="" src="/p/0.png"></a><a aria-label="Open in Max" href="/o/1">'
        b'<img alt="" src="/p/1.png"></a><small>Last updated April 2, 2026</small></div>'
    )
    details = (b'<div role="grid"><div role="row"><span role="rowheader">Available until</span>'
               b'<span role="cell">Apr 30, 2027</span></div></div>')
    streaming = _record(b"<h1>Heat</h1>" + block + details).streaming
    assert streaming is not None
    assert (streaming.platforms, streaming.platform_count) == (["Netflix", "Max"], 2)
    assert streaming.verified_on == dt.date(2026, 4, 2)


@pytest.mark.parametrize(
    ("status", "badge", "available"),
    [("4件の配信サービスで視聴できます", "見放題", True),
     ("4件の配信サービスでは現在配信されていません", "配信終了", False)],
)
def test_japanese_status_count_and_plan_badges(status: str, badge: str, available: bool) -> None:
    block = (f"<section><h2>配信サービス</h2><p>{status}</p><ul><li>Kanopy<span>{badge}</span></li>"
             f"<li>Hulu<span>{badge}</span></li><li>Max<span>{badge}</span></li>"
             f"<li>Disney+<span>{badge}</span></li></ul><small>2026年03月22日時点の情報です</small>"
             "</section>")
    streaming = _record(f"<h1>Heat</h1>{block}".encode()).streaming
    assert streaming is not None
    assert (streaming.available, streaming.platform_count) == (available, 4)
    assert streaming.platforms == ["Kanopy", "Hulu", "Max", "Disney+"]
    assert streaming.verified_on == dt.date(2026, 3, 22)


def test_a_count_line_with_a_note_after_it() -> None:
    block = (b"<div><h3>Where to Watch</h3><p>Streaming on 2 services <small>(via JustWatch)"
             b"</small></p><ul><li>Starz</li><li>Kanopy</li></ul><small>Last verified December "
             b"19, 2025</small></div>")
    streaming = _record(b"<h1>Heat</h1>" + block).streaming
    assert streaming is not None
    assert (streaming.platform_count, streaming.platforms) == (2, ["Starz", "Kanopy"])


def test_a_german_compound_count_word() -> None:
    block = ("<div><h2>Streaming</h2><p>Verfügbar bei 2 Streamingdiensten</p><ul><li>Starz</li>"
             "<li>Peacock</li></ul><small>Stand: 13.04.2026</small></div>")
    streaming = _record(f"<h1>Heat</h1>{block}".encode()).streaming
    assert streaming is not None
    assert (streaming.platform_count, streaming.verified_on) == (2, dt.date(2026, 4, 13))


@pytest.mark.parametrize("count", [1, 3])
def test_provider_tiles_as_many_as_the_count_says(count: int) -> None:
    # a tile a provider: the name, then the offer ("Abonnement"); no list, no logo
    names = ["Starz", "Peacock", "Netflix"][:count]
    tiles = "".join(f"<div class='tile'><span>{name}</span><span>Abonnement</span></div>"
                    for name in names)
    page = (f"<h1>Heat</h1><section><h2>Où regarder ce film en streaming ?</h2>"
            f"<p>Disponible sur {count} plateforme{'s' if count > 1 else ''}</p>{tiles}"
            "</section>").encode()
    streaming = _record(page).streaming
    assert streaming is not None and streaming.platforms == names


@pytest.mark.parametrize(
    ("status", "footnote", "verified"),
    [("6곳에서 시청 가능", "2026.01.09. 업데이트", dt.date(2026, 1, 9)),
     ("3 platformda izlenebilir", "Son kontrol: 27 Nisan 2026", dt.date(2026, 4, 27))],
)
def test_a_count_in_unknown_words_and_a_dated_footnote(
    status: str, footnote: str, verified: dt.date
) -> None:
    # the status line's one number counts the providers listed; the block's closing short line
    # with a date says when the list was checked, whatever words label it
    block = (f"<section><h2>VOD</h2><p>{status}</p><ul><li>Hulu</li><li>Max</li><li>Tubi</li>"
             + ("<li>Kanopy</li><li>Starz</li><li>MUBI</li>" if status.startswith("6") else "")
             + f"</ul><small>{footnote}</small></section>")
    streaming = _record(f"<h1>Heat</h1>{block}".encode()).streaming
    assert streaming is not None
    assert (streaming.platform_count, streaming.verified_on) == (int(status[0]), verified)


def test_a_date_in_a_provider_row_or_a_count_other_than_the_list_is_neither() -> None:
    block = ("<section><h2>VOD</h2><p>5곳에서 시청 가능</p><ul><li>Hulu</li><li>Max</li>"
             "<li>Tubi <small>2026.03.01. 종료</small></li></ul></section>")
    streaming = _record(f"<h1>Heat</h1>{block}".encode()).streaming
    assert streaming is not None
    assert streaming.platforms[:2] == ["Hulu", "Max"]
    assert (streaming.platform_count, streaming.verified_on) == (None, None)


def test_offer_notes_with_prices_and_a_status_that_no_provider_has_it() -> None:
    # Moviepilot: "Bei keinem der 2 Anbieter im Abo verfügbar", each provider noted
    page = ("<h1>Heat</h1><section><h2>Wo kann man Heat schauen?</h2><p>Bei keinem der 2 Anbieter "
            "im Abo verfügbar</p><ul><li>Disney+ <span>nicht verfügbar</span></li><li>MUBI "
            "<span>Leihen 3,99 €</span></li></ul><p>Stand: 24.12.2025</p></section>").encode()
    streaming = _record(page).streaming
    assert streaming is not None
    assert (streaming.available, streaming.platforms) == (False, ["Disney+", "MUBI"])


def test_every_provider_noted_not_available_in_dutch() -> None:
    # FilmVandaag: "Bij geen van de 3 diensten die we volgen", each "niet beschikbaar"
    page = (b"<h1>Heat</h1><section><h2>Waar te zien?</h2><p>Bij geen van de 2 diensten die we "
            b"volgen</p><ul><li>Netflix <span>niet beschikbaar</span></li><li>Hulu <span>niet "
            b"beschikbaar</span></li></ul><small>Laatst gecontroleerd op 9 december 2025</small>"
            b"</section>")
    streaming = _record(page).streaming
    assert streaming is not None
    assert (streaming.available, streaming.platforms) == (False, ["Netflix", "Hulu"])


def test_a_turkish_status_that_no_platform_has_it() -> None:
    page = ("<h1>Heat</h1><section><h2>Nereden izlenir?</h2><p>Takip ettiğimiz 2 platformun "
            "hiçbirinde</p><ul><li>Hulu</li><li>MUBI</li></ul><small>Son kontrol: 1 Nisan 2026"
            "</small></section>").encode()
    streaming = _record(page).streaming
    assert streaming is not None and streaming.available is False


def _offers(lines: str) -> bytes:
    return ("<h1>Heat</h1><p>1995 · 170 min</p><section><h2>Where to watch Heat</h2>"
            f"{lines}<small>Last checked: Mar 26, 2026</small>"
            "<div><h3>Rent</h3><ul><li>Amazon Video <span>$5.99</span></li>"
            "<li>Apple TV Store <span>$3.99</span></li></ul></div>"
            "<div><h3>Buy</h3><ul><li>Microsoft Store <span>$19.99</span></li></ul></div>"
            "</section>").encode()


def test_rent_and_buy_segments_are_not_where_it_streams_when_the_count_says_so() -> None:
    page = _offers("<p>Streaming on 2 services</p><div><h3>Stream</h3><ul><li>Max</li>"
                   "<li>Hulu</li></ul></div>")
    streaming = _record(page).streaming
    assert streaming is not None
    assert (streaming.available, streaming.platform_count, streaming.platforms) == (
        True, 2, ["Max", "Hulu"])
    # a count that does not say so: every provider listed stays
    uncounted = _record(page.replace(b"on 2 services", b"on 4 services")).streaming
    assert uncounted is not None and len(uncounted.platforms) == 5


def test_the_services_a_label_lists_are_the_ones_counted() -> None:
    page = _offers("<p>Not streaming on any of the 3 services we track</p>"
                   "<p>Services we track: Max, Disney+, Hulu</p>")
    streaming = _record(page).streaming
    assert streaming is not None
    assert (streaming.available, streaming.platform_count, streaming.platforms) == (
        False, 3, ["Max", "Disney+", "Hulu"])


def test_a_feature_shown_as_available_says_nothing_of_where_to_watch() -> None:
    pair = "<div><div role='term'>{}</div><div role='definition'>{}</div></div>"
    rows = [("Genre", "Crime"), ("Audio", "English"), ("Closed Captions", "Available")]
    page = "<h1>Heat</h1><section><h2>Details</h2>{}</section>".format(
        "".join(pair.format(label, value) for label, value in rows))
    assert _record(page.encode()).streaming is None
    fieldset = ("<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd></dl><section><fieldset><legend>"
                "Subtitles</legend><p>Available</p></fieldset></section>")
    assert _record(fieldset.encode()).streaming is None


def test_the_day_a_title_came_to_a_service_is_no_availability() -> None:
    chips = ("<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd></dl><div><button><span>Premiere "
             "Date</span> <strong>03/22/2012</strong></button><button><span>Available on STARZ"
             "</span> <strong>01/01/2013</strong></button></div>")
    assert _record(chips.encode()).streaming is None
    # the label and the day in one element, after a colon, in a list of the title's facts
    rows = ("<h1>Heat</h1><ul><li>Genre: Crime</li><li>Writer: Ada Kim</li>"
            "<li>Available on meWATCH: 22/02/2021</li><li>Audio: English</li></ul>")
    assert _record(rows.encode()).streaming is None


@pytest.mark.parametrize("line", ["<span>Available in:</span> Dolby Atmos, 5.1",
                                  "<h3>Available versions</h3><p>Sub, Dub</p>",
                                  "<span>Available in</span> <span>4K, HDR10</span>"])
def test_what_a_title_comes_in_is_no_streaming_status(line: str) -> None:
    # a streaming service's own page (sites61): its formats and versions, no where-to-watch
    page = f"<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd></dl><section><p>{line}</p></section>"
    assert _record(page.encode()).streaming is None
