"""The number of seasons: read from the Seasons detail row, also under a "Seasons & Episodes"
heading, as a number, a word ("Nine"), "Season 9", "62 episodes (9 seasons)" or a range ("Seasons
1–5", "1-5") whose end is the count."""

from __future__ import annotations

import re

import pytest

from tests.fields.pages import BREAKING_BAD, PAGES, _after_section, _record, _replaced


@pytest.mark.parametrize(
    ("seasons", "count"), [(b"62 episodes (9 seasons)", 9), (b"Nine", 9), (b"Season 9", 9)]
)
def test_season_counts(seasons: bytes, count: int) -> None:
    page = (PAGES / "v2-the-office.html").read_bytes()
    expected = _record(page).seasons
    assert expected == 9
    record = _replaced(page, b">9</dd>", b">" + seasons + b"</dd>")
    assert record.seasons == count


@pytest.mark.parametrize("seasons", [b"Seasons 1\xe2\x80\x935", b"1-5", b"Season 5"])
def test_seasons_through(seasons: bytes) -> None:
    row = b'Seasons</dt><dd class="css-5593b5">5<'
    assert _replaced(BREAKING_BAD, row, row.replace(b">5<", b">" + seasons + b"<")).seasons == 5


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


@pytest.mark.parametrize(
    "block",
    [
        b'<section><h3>Current Season</h3><div><h2><a href="/s/8">Season 8</a></h2>'
        b"<h4>2014 \xe2\x80\xa2 4 Episodes</h4></div></section>",
        b'<section><h2>Seasons</h2><div><a href="/s/1"><h3>Season 1</h3><span>9 episodes</span>'
        b'</a><a href="/s/2"><h3>Season 2</h3><span>10 episodes</span></a></div></section>',
    ],
    ids=["current-season", "season-cards"],
)
def test_one_season_s_heading_is_not_the_count_of_seasons(block: bytes) -> None:
    body = (
        b"<html><body><main><h1>Heat</h1><dl><dt>Runtime</dt><dd>50 min</dd></dl>" + block
        + b"</main></body></html>"
    )
    assert _record(body, "https://www.reelguide.example/show/heat").seasons is None


def test_seasons_in_all_on_a_chinese_hero_line() -> None:
    page = ("<div><h1>Heat</h1><ul><li>波兰 / 单集42分钟</li><li>1992开播</li><li>共15季</li>"
            "</ul></div>").encode()
    assert _record(page, "https://www.reelguide.example/show/x").seasons == 15


@pytest.mark.parametrize(("row", "seasons"), [
    # British television's "Series" (sites39: NOW's and U's fact lines; Wikipedia's infobox)
    ("<p><tt>Series:</tt> 4<br><tt>Genre:</tt> Drama</p>", 4),
    ("<table><tr><th>No. of series</th><td>13</td></tr><tr><th>Genre</th><td>Drama</td></tr>"
     "</table>", 13),
    # "Series" before anything but a count is the kind of title, no count
    ("<p><tt>Series:</tt> Drama<br><tt>Genre:</tt> Drama</p>", None),
])  # fmt: skip
def test_british_series_count_seasons(row: str, seasons: int | None) -> None:
    page = f"<h1>Heat</h1>{row}".encode()
    assert _record(page, "https://www.reelguide.example/show/heat").seasons == seasons
