"""The cast: cards under a cast heading (Cast, The Cast, Top Billed Cast, Actors, "Cast & Crew",
wrapped headings), actor and character told apart by their class words, a list split by a
subheading still one cast; on legacy pages the cast table. Header, caption, photo and "see full
cast"/"+12 more" cells, crew lists and tables after the cast are not credits."""

from __future__ import annotations

import re

import pytest

from tests.fields.pages import HEAT, LLV, PARASITE, TITANIC, _record, _replaced, _unchanged

CAST_ROW = b'<tr><td class="name"><a href="/person/leonardo-dicaprio">'


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


def test_a_cast_list_split_by_a_heading() -> None:
    cast = _record(LLV).cast
    third = b'<li class="css-6e0348-castcard"><a href="/person/julian-sands">'
    split = b'</ul><h3>Supporting Cast</h3><ul class="css-b0dfa1-castlist">' + third
    assert _replaced(LLV, third, split).cast == cast


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


def test_a_table_right_after_the_cast_table_is_not_cast() -> None:
    specs = b'<table class="specs"><tr><th>Sound Mix:</th><td>Dolby Digital</td></tr></table>'
    end = TITANIC.index(b"</table>", TITANIC.index(b'class="cast"')) + len(b"</table>")
    _unchanged(TITANIC, TITANIC[:end] + specs + TITANIC[end:])


def test_an_old_cast_heading() -> None:
    _unchanged(TITANIC, TITANIC.replace(b"<h3>Cast</h3>", b"<h3>Complete credited cast:</h3>"))


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


def test_a_cast_and_crew_heading() -> None:
    heading = b'<h2 class="css-5b93f6-h2">Cast</h2>'
    _unchanged(HEAT, HEAT.replace(heading, heading.replace(b"Cast", b"Cast &amp; Crew")))


def test_cards_with_a_list_of_roles_are_credits_not_their_roles() -> None:
    # one card an actor: the name, then a list of the characters played (IMDb-like)
    cards = b"".join(
        b'<div data-testid="cast-item"><a href="/name/">' + actor + b"</a>"
        b'<ul><li><a href="/characters/">' + role + b"</a></li></ul></div>"
        for actor, role in ((b"Al Pacino", b"Vincent Hanna"), (b"Val Kilmer", b"Chris"))
    )
    heading = b'<h2 class="css-5b93f6-h2">Cast</h2>'
    castlist = re.search(rb'<ul class="css-b0dfa1-castlist">.*?</ul>', HEAT, re.S)
    assert castlist is not None
    page = HEAT.replace(castlist.group(0), b'<div class="grid">' + cards + b"</div>")
    record = _record(page.replace(heading, heading))
    assert [(c.actor, c.character) for c in record.cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", "Chris")
    ]


def _page(body: bytes) -> bytes:
    return b"<html><body><main><h1>Heat</h1>" + body + b"</main></body></html>"


@pytest.mark.parametrize(
    "block",
    [
        # a hidden tab panel named by its tab (the tab in German)
        b'<div role="tablist"><button role="tab" aria-controls="p1">Besetzung</button></div>'
        b'<div role="tabpanel" id="p1" hidden><table><tr><td>Al Pacino</td><td>Vincent Hanna'
        b"</td></tr><tr><td>Val Kilmer</td><td>Chris</td></tr></table></div>",
        # a table whose header names the cast
        b"<table><thead><tr><th>Darsteller</th><th>Rolle</th></tr></thead><tbody><tr><td>"
        b"Al Pacino</td><td>Vincent Hanna</td></tr><tr><td>Val Kilmer</td><td>Chris</td></tr>"
        b"</tbody></table>",
    ],
    ids=["tab-panel", "table-header"],
)
def test_a_cast_table_without_a_heading(block: bytes) -> None:
    record = _record(_page(block + b"<dl><dt>Runtime</dt><dd>2h 50m</dd></dl>"))
    assert [(c.actor, c.character) for c in record.cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", "Chris")]


def test_a_tab_panel_of_another_tab_is_no_cast() -> None:
    block = (
        b'<div role="tablist"><button role="tab" aria-controls="p2">Similar</button></div>'
        b'<div role="tabpanel" id="p2"><ul><li><a href="/movie/a">Heat 2</a></li>'
        b'<li><a href="/movie/b">Collateral</a></li></ul></div>'
    )
    record = _record(_page(block + b"<dl><dt>Runtime</dt><dd>2h 50m</dd></dl>"))
    assert record.cast == []


def test_characters_in_the_names_tooltips() -> None:
    links = (
        b'<h2>Cast</h2><div class="cast-list"><a href="/actor/a" class="tooltip" title="Vincent'
        b' Hanna">Al Pacino</a> <a href="/actor/b" class="tooltip" title="Val Kilmer">Val Kilmer'
        b'</a> <a href="/actor/c" title="View Ashley Judd\'s profile">Ashley Judd</a> '
        b'<a href="/actor/d" title="See profile">Jon Voight</a></div>'
    )
    record = _record(_page(links))
    assert [(c.actor, c.character) for c in record.cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", None), ("Ashley Judd", None),
        ("Jon Voight", None)]


@pytest.mark.parametrize(
    "block",
    [
        b'<h2>Reparto</h2><ul><li><a href="/p/0">Al Pacino</a> como <em>Vincent Hanna</em></li>'
        b'<li><a href="/p/1">Val Kilmer</a> como <em>Chris</em></li></ul>',
        b'<section aria-label="Cast"><div><span>Al Pacino</span><span aria-label="as">Vincent'
        b' Hanna</span></div><div><span>Val Kilmer</span><span aria-label="as">Chris</span>'
        b"</div></section>",
        b'<section><svg role="img"><title>Cast</title><path d="M1 1"/></svg><ul><li><b>Al Pacino'
        b"</b><i>Vincent Hanna</i></li><li><b>Val Kilmer</b><i>Chris</i></li></ul></section>",
        b"<h2>Besetzung</h2><ul><li>Al Pacino als Vincent Hanna</li><li>Val Kilmer als Chris</li>"
        b"</ul>",
    ],
    ids=["localized-heading-and-as", "aria-label", "icon-title", "localized-as-in-text"],
)
def test_a_cast_named_by_a_localized_heading_an_attribute_or_an_icon(block: bytes) -> None:
    record = _record(_page(block + b"<dl><dt>Runtime</dt><dd>2h 50m</dd></dl>"))
    assert [(c.actor, c.character) for c in record.cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", "Chris")]


def test_the_whole_cast_row_beats_a_starring_teaser() -> None:
    body = (
        b'<p><span>Starring:</span> <a href="/p/0">Al Pacino</a>, <a href="/p/1">Robert De Niro'
        b'</a></p><section><h2>More Details</h2><div><span class="l">Cast</span><span class="d">'
        b'Al Pacino,</span><span class="d">Robert De Niro,</span><span class="d">Val Kilmer'
        b'</span></div><div><span class="l">Genres</span><span class="d">Crime</span></div>'
        b"</section>"
    )
    record = _record(_page(body))
    assert [c.actor for c in record.cast] == ["Al Pacino", "Robert De Niro", "Val Kilmer"]


def test_a_cast_of_one_card_and_cards_before_a_full_cast_link() -> None:
    one = (b'<h1>Heat</h1><section><h2>Cast</h2><div><a href="/person/0"><img alt="" src="/0.jpg">'
           b"<h5>Bao Weiss</h5><p>as Umar</p></a></div></section>")
    assert [(c.actor, c.character) for c in _record(one).cast] == [("Bao Weiss", "Umar")]
    rows = b"".join(
        b'<div><a class="person" href="/person/%d">%s</a><span class="role">%s</span></div>'
        % (n, actor, role) for n, (actor, role) in enumerate(
            [(b"Goran Reyes", b"Operator"), (b"Leilani Sato", b"Ingrid")]))
    page = b"<h1>Heat</h1><section><h2>Obsada</h2>" + rows + b'<a href="#">Zobacz</a></section>'
    assert [(c.actor, c.character) for c in _record(page).cast] == [
        ("Goran Reyes", "Operator"), ("Leilani Sato", "Ingrid")]


def test_a_list_item_holding_the_cast_heading_is_the_section_not_a_row() -> None:
    page = (b'<h1>Heat</h1><ul><li><h3>Runtime</h3><p>170 min</p></li><li><h3>Cast</h3>'
            b'<a href="/p/0">Al Pacino</a><a href="/p/1">Robert De Niro</a></li></ul>')
    assert [(c.actor, c.character) for c in _record(page).cast] == [
        ("Al Pacino", None), ("Robert De Niro", None)]


def test_a_localized_cast_and_crew_table_beats_the_teaser_row() -> None:
    # OFDb: a "Darsteller" row cut short by "[mehr]", the whole cast in a "Besetzung & Crew"
    # table whose crew rows give German jobs and whose cast rows say "als"
    page = (
        b"<h1>Heat</h1><table><tr><td>Herstellungsland:</td><td>USA / Italien</td></tr>"
        b'<tr><td>Darsteller:</td><td><a href="/p/0">Al Pacino</a><br><a href="#b">[mehr]</a>'
        b'</td></tr></table><table id="b"><caption>Besetzung &amp; Crew</caption>'
        b"<tr><td>Al Pacino</td><td>als Lt. Vincent Hanna</td></tr><tr><td>Robert De Niro</td>"
        b"<td></td></tr><tr><td>Dante Spinotti</td><td>Kamera</td></tr><tr><td>Art Linson</td>"
        b"<td>Produzent</td></tr><tr><td>Michael Mann</td><td>Regie</td></tr></table>"
    )
    record = _record(page)
    assert [(c.actor, c.character) for c in record.cast] == [
        ("Al Pacino", "Lt. Vincent Hanna"), ("Robert De Niro", None)]
    assert record.countries == ["USA", "Italien"]


def test_douban_cast_and_crew_with_plays_in_brackets() -> None:
    page = ("<h1>Heat</h1><div><h2>演职员 · · · · · · (全部 4)</h2><ul>"
            '<li><span><a href="/c/0">Michael Mann</a></span><span>导演</span></li>'
            '<li><span><a href="/c/1">Al Pacino</a></span><span>演员 (饰 Vincent Hanna)</span></li>'
            '<li><span><a href="/c/2">Val Kilmer</a></span><span>演员</span></li></ul></div>')
    assert [(c.actor, c.character) for c in _record(page.encode()).cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", None)]


def test_a_wikipedia_row_of_actor_colon_character_lines() -> None:
    page = ("<h1>Heat</h1><table><tr><th>Interpreti e personaggi</th><td><ul><li>Al Pacino: "
            "Vincent Hanna</li><li>Robert De Niro: Neil McCauley</li></ul></td></tr></table>")
    assert [(c.actor, c.character) for c in _record(page.encode()).cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Robert De Niro", "Neil McCauley")]


def test_turkish_crew_cards_in_the_cast_and_a_rol_prefix() -> None:
    cards = "".join(
        f'<div><a href="/p/{n}">{name}</a><span>{role}</span></div>'
        for n, (name, role) in enumerate([("Ada Ulloa", "Yönetmen"), ("Bo Kim", "Görüntü "
                                          "Yönetmeni"), ("Al Pacino", "Rol: Vincent Hanna")]))
    page = f"<h1>Heat</h1><section><h2>Oyuncular ve ekip</h2>{cards}</section>".encode()
    assert [(c.actor, c.character) for c in _record(page).cast] == [
        ("Al Pacino", "Vincent Hanna")]


def test_a_billing_before_the_character_is_no_part_of_it() -> None:
    # "Hlavní role | Amara" (lead | character), "Vedlejší role" (supporting) alone: the
    # billing each card gives, not a character; a character with a colon of its own is kept
    cards = "".join(
        f"<li><a href='/p/{n}'><strong>{name}</strong></a><span>{role}</span></li>"
        for n, (name, role) in enumerate([
            ("Bao Reyes", "Hlavní role | Amara"), ("Ada Gallo", "Hlavní role"),
            ("Wen Kim", "Vedlejší role | Officer Lind"), ("Oskar Lind", "Vedlejší role"),
            ("Rosa Weiss", "Narrator: voice")]))
    page = f"<h1>Heat</h1><p>111 min</p><section><h3>Cast</h3><ul>{cards}</ul></section>"
    assert _pairs(page) == [
        ("Bao Reyes", "Amara"), ("Ada Gallo", None), ("Wen Kim", "Officer Lind"),
        ("Oskar Lind", None), ("Rosa Weiss", "Narrator: voice")]


def test_the_cast_label_under_a_name_is_no_character() -> None:
    # "Pemeran" (Indonesian: cast) under each name
    cards = "".join(f"<li><a href='/p/{n}'><b>{name}</b></a><small>Pemeran</small></li>"
                    for n, name in enumerate(["Bao Reyes", "Ada Gallo"]))
    page = f"<h1>Heat</h1><p>111 min</p><section><h3>Cast</h3><ul>{cards}</ul></section>"
    assert _pairs(page) == [("Bao Reyes", None), ("Ada Gallo", None)]


def _pairs(page: str) -> list[tuple[str, str | None]]:
    return [(credit.actor, credit.character) for credit in _record(page.encode()).cast]


def test_a_billing_named_by_a_role_word_is_no_character() -> None:
    cards = "".join(
        f"<li><a href='/p/{n}'><div>{name}</div><div>{role}</div></a></li>"
        for n, (name, role) in enumerate([
            ("Bao Reyes", "Main Role"), ("Ada Gallo", "Main Role"), ("Wen Kim", "Support Role"),
            ("Oskar Lind", "Support Role")]))
    page = f"<h1>Heat</h1><p>111 min</p><section><h2>Cast &amp; Crew</h2><ul>{cards}</ul></section>"
    assert _pairs(page) == [("Bao Reyes", None), ("Ada Gallo", None), ("Wen Kim", None),
                            ("Oskar Lind", None)]


def test_a_whole_cast_heading_in_french() -> None:
    cards = "".join(f"<div class='card'><a href='/p/{n}'>{name}</a><div>Rôle : {role}</div></div>"
                    for n, (name, role) in enumerate([("Al Pacino", "Hanna"),
                                                      ("Robert De Niro", "McCauley")]))
    page = f"<h1>Heat</h1><p>170 min</p><section><h2>Casting complet</h2>{cards}</section>"
    assert _pairs(page) == [("Al Pacino", "Hanna"), ("Robert De Niro", "McCauley")]


def test_a_starring_line_gives_way_to_the_whole_cast_below() -> None:
    page = (b"<main><section><h1>Heat</h1><p><span>Starring:</span> Al Pacino, Robert De Niro</p>"
            b"<p><span>Director:</span> Michael Mann</p></section><section><h2>About Heat</h2>"
            b"<ul><li><b>Director:</b> <span>Michael Mann</span></li><li><b>Cast:</b> <span>Al "
            b"Pacino, Robert De Niro, Val Kilmer, Jon Voight</span></li></ul></section></main>")
    assert [actor for actor, _ in _pairs(page.decode())] == [
        "Al Pacino", "Robert De Niro", "Val Kilmer", "Jon Voight"]


@pytest.mark.parametrize(
    "line",
    ["Bao Reyes sebagai Amara, Ada Gallo sebagai Officer Lind, Wen Kim",
     "Bao Reyes, Ada Gallo sebagai Officer Lind, Wen Kim, Oskar Lind"],
)
def test_a_word_for_as_that_no_list_names(line: str) -> None:
    # Indonesian "sebagai" (as): a lower-case word between the actor and the character
    page = f"<h1>Heat</h1><ul><li><span>Starring:</span> {line}</li><li>Runtime: 90 min</li></ul>"
    credits = dict(_pairs(page))
    assert credits["Ada Gallo"] == "Officer Lind" and credits["Wen Kim"] is None


def test_a_name_particle_is_no_word_for_as() -> None:
    page = ("<h1>Heat</h1><ul><li><span>Starring:</span> Carice van Houten, Famke van Dijk, "
            "Bo Kim</li><li>Runtime: 90 min</li></ul>")
    assert _pairs(page) == [("Carice van Houten", None), ("Famke van Dijk", None), ("Bo Kim", None)]


def test_a_label_that_is_part_of_a_longer_listed_one() -> None:
    # "главных ролях" of "в главных ролях" (starring), and no other field's label holds it
    page = ("<h1>Heat</h1><dl><dt>Главных ролях</dt><dd>Al Pacino, Robert De Niro</dd>"
            "<dt>Runtime</dt><dd>170 min</dd></dl>")
    assert _pairs(page) == [("Al Pacino", None), ("Robert De Niro", None)]


def test_a_cast_list_under_a_heading_no_list_knows_by_its_as_words() -> None:
    # "في دور" (in the role of) between the names; the heading "بطولة" is in no list
    played = " <span>في دور {}</span>"
    rows = "".join(f"<li><a href='/p/{n}'>{name}</a>{played.format(role) if role else ''}</li>"
                   for n, (name, role) in enumerate(
                       [("Kaveh Nakamura", "Yusuf"), ("Nadia Kowalski", None),
                        ("Lucia Haddad", "Rosa")]))
    page = f"<h1>Heat</h1><p>170 min</p><div><h3>بطولة</h3><ul>{rows}</ul></div>"
    assert _pairs(page) == [("Kaveh Nakamura", "Yusuf"), ("Nadia Kowalski", None),
                            ("Lucia Haddad", "Rosa")]


@pytest.mark.parametrize("second", ["<span>7/10</span>", "<span>nota 7</span>", "<b>$5.99</b>"])
def test_names_beside_scores_or_prices_are_no_cast(second: str) -> None:
    rows = "".join(f"<li><b>{name}</b> {second}</li>" for name in ("Ada Gallo", "Bo Kim", "Wen Li"))
    page = f"<h1>Heat</h1><p>170 min</p><section><h2>Bình luận</h2><ul>{rows}</ul></section>"
    assert _pairs(page) == []


def _groups(groups: list[tuple[str, list[str]]]) -> bytes:
    # Maoyan-like: "演职人员" (cast and crew) over groups, each a role label with its count
    # over a list; a name card shows the character after "饰：" (plays:)
    body = "".join(
        f"<div class='g'><div class='type'>{label}<span>（{len(rows)}）</span></div><ul>"
        + "".join(f"<li><div><a href='/p/{n}'>{row}</a>" + (
            f"<span>饰：{n}号</span>" if label == "演员" else "") + "</div></li>"
            for n, row in enumerate(rows))
        + "</ul></div>" for label, rows in groups)
    return f"<h1>Heat</h1><p>1995 · 170分钟</p><div><h3>演职人员</h3>{body}</div>".encode()


def test_the_cast_group_among_role_groups_with_counts() -> None:
    page = _groups([("导演", ["Mia Berg"]), ("演员", ["Al Pacino", "Val Kilmer"]),
                    ("制片人", ["Art Linson"])])
    record = _record(page)
    assert [(c.actor, c.character) for c in record.cast] == [
        ("Al Pacino", "0号"), ("Val Kilmer", "1号")]


def test_role_groups_without_a_cast_group_give_no_cast() -> None:
    page = _groups([("导演", ["Mia Berg"]), ("制片人", ["Art Linson"]),
                    ("摄影", ["Dante Spinotti"])])
    assert _record(page).cast == []


def test_a_role_then_a_dash_then_the_linked_actor() -> None:
    # Japanese Wikipedia: "役名 - 俳優（日本語吹替）": the person's page is linked, the role is
    # not; the dub's actor after the name is no credit
    rows = "".join(f"<li>{role} - <a href='/wiki/{n}'>{actor}</a>（日本語吹替：Ken Sato）</li>"
                   for n, (role, actor) in enumerate([("Vincent Hanna", "Al Pacino"),
                                                      ("Chris", "Val Kilmer")]))
    page = (f"<h1>Heat</h1><p>1995 · 170分</p><h2>キャスト</h2><p>役名 - 俳優（日本語吹替）</p>"
            f"<ul>{rows}</ul>").encode()
    assert [(c.actor, c.character) for c in _record(page).cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", "Chris")]


def _voice_table(rows: str) -> bytes:
    return (f"<h1>Heat</h1><p>1995 · 24 min</p><h2>Characters &amp; Voice Actors</h2>"
            f"<table>{rows}</table>").encode()


def test_character_and_person_cells_told_apart_by_their_links() -> None:
    # MyAnimeList: the character's cell first, the voice actor's after it, a note under each
    rows = "".join(
        f"<tr><td><a href='/character/{n}'>{role}</a><div><small>Main</small></div></td><td>"
        f"<a href='/people/{n}'>{actor}</a><div><small>Japanese</small></div></td></tr>"
        for n, (role, actor) in enumerate([("Rei", "Megumi Hayashibara"), ("Shinji", "Ogata")]))
    assert [(c.actor, c.character) for c in _record(_voice_table(rows)).cast] == [
        ("Megumi Hayashibara", "Rei"), ("Ogata", "Shinji")]


def test_a_sentence_saying_no_one_was_added_is_no_credit() -> None:
    rows = "<tr><td>No characters or voice actors have been added to this title.</td></tr>"
    assert _record(_voice_table(rows)).cast == []


def test_a_with_label_over_credits_with_as_words() -> None:
    # FilmVandaag: "Met: A als X, B als Y" ("with": the cast)
    page = ("<h1>Heat</h1><p>1995 · 170 min</p><section><p><span>Met:</span> Al Pacino als "
            "Vincent Hanna, Val Kilmer als Chris</p></section>").encode()
    assert [(c.actor, c.character) for c in _record(page).cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", "Chris")]


def test_linked_names_in_one_paragraph_under_the_cast_heading() -> None:
    # Film.ru, Sinemalar: "<h2>В ролях</h2><p><a>A</a>, <a>B</a></p>"
    page = ("<h1>Heat</h1><p>1995 · 170 min</p><section><h2>В ролях</h2><p><a href='/person/0'>"
            "Al Pacino</a>, <a href='/person/1'>Val Kilmer</a></p></section>").encode()
    assert [(c.actor, c.character) for c in _record(page).cast] == [
        ("Al Pacino", None), ("Val Kilmer", None)]


def test_a_cast_row_of_names_with_their_roles_in_brackets() -> None:
    # Cineuropa, Filmin: "Cast: A (Valeria), B (Jae-won), C"
    page = ("<h1>Heat</h1><p>1995 · 170 min</p><ul><li><span>Cast:</span> Al Pacino (Vincent "
            "Hanna), Val Kilmer (Chris), Jon Voight</li></ul>").encode()
    assert [(c.actor, c.character) for c in _record(page).cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", "Chris"), ("Jon Voight", None)]


def test_a_list_is_never_split_inside_brackets() -> None:
    # MojTV: "Umar Novak (Bruno / Elif)": one actor, two characters
    page = ("<h1>Heat</h1><p>1995 · 170 min</p><dl><dt>Cast</dt><dd>Al Pacino (Vincent "
            "Hanna), Val Kilmer (Chris / Young Chris), Jon Voight (Nate, voice)</dd></dl>").encode()
    assert [(c.actor, c.character) for c in _record(page).cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", "Chris / Young Chris"),
        ("Jon Voight", "Nate, voice")]


def test_cards_headed_by_roles_under_a_cast_and_crew_heading() -> None:
    # ZEE5 in Tamil: "நடிகர்கள் & குழுவினர்" (cast & crew), a card a role: director, actors, music
    cards = "".join(f"<div><h3>{role}</h3><p>{names}</p></div>" for role, names in [
        ("இயக்குநர்", "Mia Berg"), ("நடிகர்கள்", "Al Pacino, Val Kilmer"), ("இசை", "Ana Gil")])
    page = (f"<h1>Heat</h1><div>2023 • 29m</div><section><h2>நடிகர்கள் &amp; குழுவினர்</h2>"
            f"{cards}</section>").encode()
    assert [(c.actor, c.character) for c in _record(page).cast] == [
        ("Al Pacino", None), ("Val Kilmer", None)]


def test_actor_colon_character_lines_among_bare_names() -> None:
    # Italian Wikipedia's "Interpreti e personaggi": "A: Detective K" and a bare "B" per line
    cell = "<ul><li>Al Pacino: Vincent Hanna</li><li>Val Kilmer</li><li>Jon Voight: Nate</li></ul>"
    page = (f"<h1>Heat</h1><table><tr><th>Interpreti e personaggi</th><td>{cell}</td></tr>"
            "<tr><th>Durata</th><td>170 min</td></tr></table>").encode()
    assert [(c.actor, c.character) for c in _record(page).cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", None), ("Jon Voight", "Nate")]


def test_a_short_word_between_the_actor_and_the_character_joins_them() -> None:
    # Kinema Millennium in Albanian: "<a>Jonas Kim</a> si <i>Oskar</i>" ("si": as)
    rows = "".join(f'<li><a href="/aktor/{n}">{actor}</a> si <i>{role}</i></li>'
                   for n, (actor, role) in enumerate([("Al Pacino", "Vincent Hanna"),
                                                      ("Val Kilmer", "Chris")]))
    page = f"<h1>Heat</h1><p>170 min</p><section><h2>Aktorët</h2><ul>{rows}</ul></section>"
    assert [(c.actor, c.character) for c in _record(page.encode()).cast] == [
        ("Al Pacino", "Vincent Hanna"), ("Val Kilmer", "Chris")]


def test_a_credit_label_and_names_with_no_colon() -> None:
    # the Criterion Channel: "<p>Starring A, B, C</p>" under no heading
    page = ("<h1>Heat</h1><p>Directed by Michael Mann • 1995 • USA</p>"
            "<section><p>Starring Al Pacino, Robert De Niro, Val Kilmer</p></section>").encode()
    assert [c.actor for c in _record(page).cast] == ["Al Pacino", "Robert De Niro", "Val Kilmer"]
    # a sentence that opens with the word is no credit
    prose = page.replace(b"Starring Al Pacino, Robert De Niro, Val Kilmer",
                         b"Starring roles went to two stars of the decade")
    assert _record(prose).cast == []


def test_a_cast_list_whose_hashed_class_names_the_cast() -> None:
    people = "".join(f"<li><a href='/person/{n}'>{actor}</a> <small>{role}</small></li>"
                     for n, (actor, role) in enumerate([("Ada Kim", "Nadia"),
                                                        ("Hana Løvland", "Céline")]))
    page = ("<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd></dl><section class='cp-cast-9baee'>"
            f"<h2>ਸਟਾਰ ਕਾਸਟ</h2><ul>{people}</ul></section>"
            "<section class='cp-guest-cast-1f2'><h2>ਮਹਿਮਾਨ</h2><ul><li><a href='/person/9'>"
            "Wen Kim</a> <small>Guest</small></li></ul></section>")
    assert [(c.actor, c.character) for c in _record(page.encode()).cast] == [
        ("Ada Kim", "Nadia"), ("Hana Løvland", "Céline")]


def test_a_joining_word_before_every_character_and_a_dot_leader_are_not_the_character() -> None:
    rows = "".join(f"<li><a href='/p/{n}'>{actor}</a> <span>{role}</span></li>"
                   for n, (actor, role) in enumerate([("Ada Kim", "kama Nadia"),
                                                      ("Wen Rossi", "kama Céline")]))
    page = f"<h1>Heat</h1><section><h2>Cast</h2><ul>{rows}</ul></section>"
    assert [c.character for c in _record(page.encode()).cast] == ["Nadia", "Céline"]
    dots = ("<h1>Heat</h1><section><h2>Cast</h2><table><tr><td>Ada Kim</td><td>...</td>"
            "<td>Nadia</td></tr><tr><td>Wen Rossi</td><td>... Céline</td></tr></table></section>")
    assert [c.character for c in _record(dots.encode()).cast] == ["Nadia", "Céline"]


def test_a_class_that_says_cast_over_rows_that_are_no_names_gives_no_cast() -> None:
    rows = "".join(f"<li>{row}</li>" for row in ("Sven Takahashi plays Himself.", "Ines Dubois."))
    page = (f"<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd></dl><section class='cast'><h2>Who’s "
            f"in it</h2><ul>{rows}</ul></section>")
    assert _record(page.encode()).cast == []


@pytest.mark.parametrize("score", ["5/5", "4 stars"])  # "4 stars": sites37's RogerEbert.com
def test_a_score_under_a_cast_label_is_no_actor(score: str) -> None:
    # a critic's "Stars: 5/5" row: the label also means the cast, the value is a score
    page = (f"<h1>Heat</h1><table><tr><td>Running time</td><td>21mins</td></tr><tr><td>Stars"
            f"</td><td>{score}</td></tr></table>").encode()
    record = _record(page)
    assert record.cast == [] and record.runtime_minutes == 21
    assert [issue.field for issue in record.unparsed] == ["cast"]


@pytest.mark.parametrize(("note", "credits"), [
    ("Cast: Ada Kim (Hanna), Wen Rossi (Narrator (voice)).",
     [("Ada Kim", "Hanna"), ("Wen Rossi", "Narrator (voice)")]),
    ("Cast: Ada Kim, Wen Rossi, Bo Lind.",
     [("Ada Kim", None), ("Wen Rossi", None), ("Bo Lind", None)]),
    ("Cast: Tamsin Varga (Yusuf Szabó).", [("Tamsin Varga", "Yusuf Szabó")]),
])  # fmt: skip
def test_a_catalogue_records_cast_note(note: str, credits: list[tuple[str, str | None]]) -> None:
    """A library record's cast note: one sentence, its full stop no part of the last name, a
    character's own note in brackets inside the brackets."""
    found = _record(f"<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd></dl><section><h2>Cast"
                    f"</h2><p>{note}</p></section>".encode())
    assert [(c.actor, c.character) for c in found.cast] == credits
