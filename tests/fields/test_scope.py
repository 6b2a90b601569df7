"""Scope: only the title's own facts. Parts of the page about something else are dropped before
any field is read, found by structure (not by their headings' words):
- a rail: two or more sibling cards, each linking to another title's page, even when its cards
  carry the same labels as the real facts;
- a show's episode items (each names an episode: "S1 E2", "Episode 3");
- the items of a reviews or comments list;
- dialogs (cookie banners, newsletter sign-ups).
"""

from __future__ import annotations

from marquee.extract import extract
from marquee.items import TitleRecord

URL = "https://www.reelguide.example/show/light-glass"
FACTS = "<dl><dt>Genres</dt><dd>War</dd><dt>Country</dt><dd>Sweden</dd></dl>"


def _record(body: str) -> TitleRecord:
    page = f"<html><body><main><h1>Light Glass</h1>{body}</main></body></html>".encode()
    found = extract(URL, page)
    assert isinstance(found, TitleRecord), found
    return found


def _card(slug: str, year: str, runtime: str, rating: str) -> str:
    return (
        f'<li><a href="/movie/{slug}"><img alt="{slug} poster" src="/p.jpg"><h3>{slug}</h3></a>'
        f"<dl><dt>Released</dt><dd>{year}</dd><dt>Runtime</dt><dd>{runtime}</dd>"
        f"<dt>Rating</dt><dd>{rating}</dd><dt>Votes</dt><dd>1,400 votes</dd></dl></li>"
    )


def test_a_rail_of_other_titles_gives_nothing_even_with_the_same_labels() -> None:
    rail = (
        "<section><h2>Because you watched Light Glass</h2><ul>"
        + _card("avatar", "18 December 2009", "162 min", "PG-13")
        + _card("heat", "1995", "170 min", "R")
        + "</ul></section>"
    )
    record = _record(rail + FACTS)
    assert (record.release_year, record.runtime_minutes, record.content_rating) == (None,) * 3
    assert record.user_rating_count is None
    assert (record.genres, record.countries) == (["War"], ["Sweden"])


def test_a_single_link_to_another_title_is_no_rail() -> None:
    record = _record(
        '<p>Sequel: <a href="/movie/light-glass-2">Light Glass 2</a></p>'
        "<dl><dt>Runtime</dt><dd>30 min</dd></dl>"
    )
    assert record.runtime_minutes == 30


def test_episode_items_give_nothing() -> None:
    episodes = "".join(
        f"<li><h3>S1 E{n} · Episode {n}</h3><p>28 July 1960 · 101 min</p>"
        f"<p>Directed by Talia Ekwueme · Written by Pavel Holm</p></li>"
        for n in (1, 2, 3)
    )
    record = _record(f"<section><h2>Season 1</h2><ol>{episodes}</ol></section>{FACTS}")
    assert (record.release_year, record.runtime_minutes) == (None, None)
    assert (record.directors, record.writers) == ([], [])


def test_reviews_give_nothing() -> None:
    reviews = "".join(
        f"<li><p><strong>{name}</strong></p><p>{text}</p></li>"
        for name, text in (
            ("Gwen Brandt", "A runtime of 3 hours felt long, but it earns it."),
            ("Hugo Holm", "Rated 8/10. Reminds me of films from 1956."),
        )
    )
    record = _record(f"<section><h2>User reviews</h2><ul>{reviews}</ul></section>{FACTS}")
    assert (record.audience_summary, record.runtime_minutes, record.release_year) == (None,) * 3


def test_dialogs_give_nothing() -> None:
    dialog = (
        '<div role="dialog" aria-modal="true"><h2>Cookies</h2><p>Runtime: 3h</p>'
        "<p>Rated: PG</p></div>"
    )
    record = _record(dialog + FACTS)
    assert (record.runtime_minutes, record.content_rating) == (None, None)


def test_a_rail_of_web_component_cards_with_their_own_href() -> None:
    cards = "".join(
        f'<rg-title-card href="/movie/{slug}"><span slot="name">{slug}</span><rg-chip type="year">'
        f'{year}</rg-chip><rg-chip type="certificate">PG</rg-chip><span slot="score">{votes} user'
        " ratings</span></rg-title-card>"
        for slug, year, votes in (("a", 1946, 9), ("b", 1999, "1,239,757"), ("c", 2001, 12))
    )
    hero = '<rg-score label="Audience">39,977 user ratings</rg-score>'
    record = _record(f"{hero}{FACTS}<rg-carousel label='Trending now'>{cards}</rg-carousel>")
    assert (record.user_rating_count, record.release_year, record.content_rating) == (
        39977, None, None)


def test_localized_episode_items_are_the_episodes() -> None:
    episodes = (
        "<div><h2>分集短评</h2><ul><li>第1集 Borrowed · 51分钟 · 2013-06-25 · 导演: Bruno</li>"
        "<li>第2集 The River · 46分钟 · 2013-07-02 · 导演: Umar</li></ul></div>"
    )
    record = _record(f"{FACTS}{episodes}")
    assert (record.runtime_minutes, record.release_date, record.directors) == (None, None, [])


def test_a_shows_only_episode_under_an_episodes_heading() -> None:
    episodes = (
        '<section><h3>Episodes</h3><ol><li><a href="#">Episode 1: A Midnight Glass</a> '
        "<span>44 min</span> <span>Directed by Umar Papadakis</span></li></ol></section>"
    )
    record = _record(f"{FACTS}{episodes}")
    assert (record.runtime_minutes, record.directors) == (None, [])


def test_a_lone_episode_under_a_seasons_heading() -> None:
    episodes = (
        '<section><h2>Season 5</h2><ul><li><p>EPISODE 1</p><h4>Orchard River</h4>'
        "<p>May 1, 1962 · 41 min</p><p>Director: Quentin Adeyemi · Writer: Ingrid Nakamura</p>"
        "</li></ul></section>"
    )
    record = _record(f"{FACTS}{episodes}")
    assert (record.runtime_minutes, record.directors, record.writers) == (None, [], [])


def test_an_episode_guide_numbered_season_x_episode() -> None:
    guide = (
        "<table><caption>Episodenführer</caption><tr><td>7x01</td><td><b>Amber</b><br><small>"
        "Erstausstrahlung: 25.06.1959 · 39 Min.</small></td><td>Regie: Bruno Dubois</td></tr>"
        "<tr><td>7x02</td><td><b>Ghost</b><br><small>Erstausstrahlung: 02.07.1959 · 39 Min."
        "</small></td><td>Regie: Céline Reyes</td></tr></table>"
    )
    record = _record(f"{FACTS}{guide}")
    assert (record.release_date, record.runtime_minutes, record.directors) == (None, None, [])


def test_a_spanish_temporada_episode_mark() -> None:
    episodes = ("<h2>Últimos episodios</h2><ol><li><b>T10 E1</b> · Voyage · 39 min. · 16 de marzo "
                "de 2012 · Dirigido por Ingrid Szabó</li></ol>")
    record = _record(f"{FACTS}{episodes}")
    assert (record.runtime_minutes, record.directors) == (None, [])


def test_rows_before_a_reviews_heading_in_its_container_are_no_reviews() -> None:
    # MyAnimeList: the "Statistics" rows, then "Reviews" in the same cell
    rows = "".join(f"<div class='pad'><span>{label}:</span> {value}</div>" for label, value in
                   [("Score", "8.16 (scored by <span>2,921,946</span> users)"),
                    ("Members", "5,844,622")])
    reviews = "".join(f"<div class='r'><b>{who}</b><p>Loved it, 9/10.</p></div>"
                      for who in ("ana", "li"))
    page = (f"<p>1995 · 170 min</p><div><h2>Statistics</h2><div>{rows}</div>"
            f"<h2>Reviews</h2><div>{reviews}</div></div>")
    assert _record(page).user_rating_count == 2921946


def test_items_with_a_heading_of_their_own_and_a_credit_line_are_theirs() -> None:
    # an episode list in a language no episode word names (Estonian "1. hooaeg, 1. osa"):
    # the item's heading is no label and a labelled credit line is in it
    episode = ("<section><h2>Osad</h2><ol><li><h3>Copper of the Saint</h3><p>1. hooaeg, 1. osa "
               "· 49 min · 12.01.1950</p><p>Režija: Kofi Løvland</p></li></ol></section>")
    record = _record(f"{FACTS}{episode}")
    assert (record.directors, record.runtime_minutes, record.release_date) == ([], None, None)
    # a heading that is a label heads the title's own credit
    credit = "<ul><li><h3>Režija</h3><p>Ana Gil</p></li></ul>"
    assert _record(f"{FACTS}{credit}").directors == ["Ana Gil"]
    # a card of the title's own details: its only figures follow labels
    cards = ("<ul><li><h3>Crew</h3><p>Director: Ann Lee</p><p>Writer: Bo Ek</p></li>"
             "<li><h3>Details</h3><p>Runtime: 111 min</p></li></ul>")
    record = _record(f"{FACTS}{cards}")
    assert (record.directors, record.writers) == (["Ann Lee"], ["Bo Ek"])


def test_rows_of_one_label_in_sibling_items_holding_more_are_each_items() -> None:
    # "Leikstjórn: A · Handrit: B" in every episode, no heading in the items, no episode word
    items = "".join(f"<li><b>Part {n}</b> · 4{n} mín.<p>Directed by: Ann {n}</p></li>"
                    for n in (1, 2, 3))
    assert _record(f"{FACTS}<ol>{items}</ol>").directors == []
    # rows that are the items themselves are the title's list
    rows = "<ul><li>Director: Ann Lee</li><li>Director: Bo Ek</li></ul>"
    assert _record(f"{FACTS}{rows}").directors == ["Ann Lee", "Bo Ek"]
