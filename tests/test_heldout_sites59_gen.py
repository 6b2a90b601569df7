# ruff: noqa: E501  (HTML patterns read best on one line)
"""The fifty-ninth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites59.py does)."""

from __future__ import annotations

import html
import json
import random
import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites55
import tests.heldout_sites56
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites59 import (
    DESIGNS,
    FORMS,
    HOSTS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    emberbay_docfest,
    grayfield_museum,
    halloway_museum,
    kestrel_heritage,
    larchmere_cinematheque,
    northvale_archive,
    riverlight_festival,
    saltmarsh_presskit,
    site_pages,
)
from tests.heldout_sites59.common import NEW_STYLES, TEMPLATES, Classes, facts59
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites56_gen import EARLIER as BEFORE_SITES56

COUNT = 30
EARLIER = BEFORE_SITES56 | set(tests.heldout_sites55.DESIGNS) | set(tests.heldout_sites56.DESIGNS)  # fmt: skip
ALONGSIDE = (57, 58, 60)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        northvale_archive,
        halloway_museum,
        riverlight_festival,
        saltmarsh_presskit,
        larchmere_cinematheque,
        emberbay_docfest,
        kestrel_heritage,
        grayfield_museum,
    )
}
# each institution: the kind of page its docstring names, its catalogue's path, its two
# markups, and the words its facts use that set it apart
IDEAS = {
    "northvale_archive": ("national film archive", "collection", ("archive-field-rows", "archive-catalogue-card"), ("Year of production", "Country of production", "UK release date", "Photography")),
    "halloway_museum": ("museum's film department", "film", ("museum-tombstone", "museum-object-details"), ("Directed by", "U.S. release", "Rated")),
    "riverlight_festival": ("programme entry", "programme", ("festival-film-info", "festival-credit-lines"), ("Year of production", "Country of production", "Running time")),
    "saltmarsh_presskit": ("press-kit page", "presskit", ("presskit-tech-specs", "presskit-factsheet"), ("Running Time", "Release Date", "Worldwide Gross")),
    "larchmere_cinematheque": ("repertory cinematheque", "films", ("cinematheque-meta-lines", "cinematheque-spec-grid"), ("Dir.", "Scr.", "Ph.", "Original release")),
    "emberbay_docfest": ("documentary festival", "catalogue", ("docfest-entry-terms", "docfest-sidebar-stats"), ("Production country", "Year of production", "Length")),
    "kestrel_heritage": ("regional film archive", "moving-image", ("heritage-meta-pairs", "heritage-catalogue-card"), ("Production year", "Duration", "Number of series", "Production cost")),
    "grayfield_museum": ("art museum's page", "screenings", ("museum-wall-text", "museum-credit-items"), ("Director of photography", "Released", "Screenwriter")),
}  # fmt: skip
# each new markup's tell, the string grepped for in every earlier generator
TELLS = {
    "archive-field-rows": "nfa-field__label",
    "archive-catalogue-card": "nfa-card__tag",
    "museum-tombstone": "tombstone__key",
    "museum-object-details": 'class="object-detail"',
    "festival-film-info": "film-info__label",
    "festival-credit-lines": "credit-line__role",
    "presskit-tech-specs": "tech-spec__name",
    "presskit-factsheet": "factsheet-sep",
    "cinematheque-meta-lines": "screening-meta__k",
    "cinematheque-spec-grid": "spec-grid__cell",
    "docfest-entry-terms": "entry-fact__term",
    "docfest-sidebar-stats": "sidebar-stat__head",
    "heritage-meta-pairs": "heritage-meta__term",
    "heritage-catalogue-card": "catalogue-card__field",
    "museum-wall-text": "wall-text__caption",
    "museum-credit-items": "credit-item__role",
}
BRANDS = {
    "northvale_archive": "Northvale National Film Archive",
    "halloway_museum": "Halloway Museum of the Moving Image",
    "riverlight_festival": "Riverlight International Film Festival",
    "saltmarsh_presskit": "Saltmarsh Pictures",
    "larchmere_cinematheque": "Larchmere Cinematheque",
    "emberbay_docfest": "Ember Bay Documentary Festival",
    "kestrel_heritage": "Kestrel Screen Heritage",
    "grayfield_museum": "Grayfield Museum of Art",
}
MPA = ("G", "PG", "PG-13", "R", "NC-17")
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-catalogue-form="{style}"' for style in TEMPLATES} | {
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "dl": "<dt>",
    "table": "<tr><th>",
}


@cache  # every test reads the same pages a design: render them once a process
def _first_60(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 60, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 60:
        return site_pages(design, count, seed)
    return _first_60(design, 0)[:count]


def _pattern(style: str) -> re.Pattern[str]:
    """A component's one fact as a pattern: the label and the value each a group (a label
    written twice, as Starlight's aside does, is the same label both times)."""
    item = TEMPLATES[style][1]
    out = re.escape(item)
    out = out.replace(re.escape("{k}"), r'(?P<k>[^<"]*?)', 1)
    for hole, group in (
        ("{k}", r"(?P=k)"),
        ("{v}", r'(?P<v>[^<"]*)'),
        ("{slug}", r'[^"]*'),
    ):
        out = out.replace(re.escape(hole), group)
    return re.compile(out)


PATTERNS = {style: _pattern(style) for style in TEMPLATES}


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs as a reader sees them in this set's component markups or an
    earlier set's (None: none of them)."""
    for style, pattern in PATTERNS.items():
        if MARKERS[style] in markup:
            return [(m.group("k"), m.group("v")) for m in pattern.finditer(markup)]
    return pairs44(markup)


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's or an earlier
    set's pairs, or a table's or definition list's next text after the label."""
    pairs = _pairs(markup)
    if pairs is not None:
        return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]
    found = []
    for m in re.finditer(rf"<(?:dt|th)>\s*{re.escape(html.escape(label))}:?\s*<", markup):
        nxt = re.search(r">([^<]*[^\s<][^<]*)<", markup[m.end() - 1 :])
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    return found


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    for n in range(2, 57):
        module = getattr(tests, f"heldout_sites{n}", None)
        if module is not None:
            assert not set(module.DESIGNS) & set(DESIGNS), n
    assert {"reelguide_embed", "reelguide_epub"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_every_earlier_set_is_checked() -> None:
    """sites54's EARLIER lacks sites25: every earlier set's DESIGNS, imported here, is checked."""
    import importlib

    for n in range(2, 57):
        try:
            module = importlib.import_module(f"tests.heldout_sites{n}")
        except ModuleNotFoundError:
            continue
        assert not set(module.DESIGNS) & set(DESIGNS), n


def test_each_institution_is_english_on_its_own_host() -> None:
    assert sorted(FORMS.values()) == sorted(f for _, f, _, _ in IDEAS.values())
    assert len(set(HOSTS.values())) == 8
    for d in DESIGNS:
        name, form, _, _ = IDEAS[d]
        doc = " ".join((MODULES[d].__doc__ or "").split())
        assert name in doc and f"/{form}/" in doc, d
        for page in rendered(d, 5):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == MODULES[d].CHROME.lang in ("en-US", "en-GB", "en-AU"), d
            assert page.url.startswith(f"{HOSTS[d]}/{form}/"), page.url
            assert BRANDS[d] in page_text(page), (d, page.url)
            assert "reelguide" not in page.html.lower(), (d, page.url)


def test_links_to_other_titles_stay_in_the_catalogue() -> None:
    for d in DESIGNS:
        for page in rendered(d, 5):
            assert not re.search(r'href="/(movie|show)/', page.html), page.url
            assert re.search(rf'href="/{FORMS[d]}/(movie|show)/', page.html), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_each_institution_wears_its_own_markup_and_words(design: str) -> None:
    _, _, styles, words = IDEAS[design]
    assert set(styles) <= set(MODULES[design].SITE.styles), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-{FORMS[design]}">' in page.html, page.url


def test_the_institutions_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 11, (d, other, shared)


def test_the_theme_words_are_on_the_pages() -> None:
    """Year and country of production, running times, print and format notes, screenings
    with their venues, programme notes: the catalogue's and the programme's own words."""
    labels = {w for d in DESIGNS for w in MODULES[d].SITE.words.labels.values()}
    assert {"Year of production", "Country of production", "Running time"} <= labels
    heads = {MODULES[d].SITE.words.heads["about"] for d in DESIGNS}
    assert {"Programme note", "Program notes", "Program note"} <= heads
    formats = ("35mm", "16mm", "DCP", "Super 8", "Digibeta", "HDCAM", "Digital")
    for d in DESIGNS:
        assert any(
            f in v for _, v in MODULES[d].SITE.extra_rows(None, random.Random(3)) for f in formats
        ), d
        for page in rendered(d, 5):
            assert any(f in details(page) for f in formats) or "Screening format" in details(
                page
            ), page.url


@cache  # two tests grep the same files
def _earlier_source() -> str:
    earlier = checks.earlier_generators(59, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 59))
    assert any("heldout_sites56/" in str(p) for p in earlier)
    assert any("heldout_sites55/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_no_earlier_generator_names_these_institutions() -> None:
    source = _earlier_source()
    for design in DESIGNS:
        assert design not in source, design
        assert BRANDS[design] not in source, design
        assert HOSTS[design].split("//", 1)[1] not in source, design


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them its team's
    own, the third an earlier set's."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) == 2
    pages = rendered(design, 60)
    for style in styles:
        having = sum(MARKERS[style] in details(p) for p in pages)
        assert 0 < having < len(pages), (style, having)
    assert sum(sum(MARKERS[s] in details(p) for s in styles) == 1 for p in pages) == len(pages)


def test_every_new_markup_is_used_by_one_design() -> None:
    used = [s for m in MODULES.values() for s in m.SITE.styles if s in NEW_STYLES]
    assert sorted(used) == sorted(NEW_STYLES) == sorted(TELLS) and len(used) == 16


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier_source()
    c = Classes("x", random.Random(1))
    for style, tell in TELLS.items():
        assert tell in facts59(c, style, [("Genre", "Drama")]), style
        assert tell not in source, tell
    assert "data-catalogue-form=" not in source


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Length", "111 mins"),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Colour", "Colour"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Length", "111 mins"),
        ("Genre", "Drama"),
        ("Colour", "Colour"),
    ]
    for style in NEW_STYLES:
        out = facts59(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 mins"], style
    shown = {style: facts59(c, style, rows) for style in NEW_STYLES}
    expect = {
        "archive-field-rows": '<div class="nfa-field__label">Length</div><div class="nfa-field__value">111 mins</div>',
        "archive-catalogue-card": '<p class="nfa-card__line"><span class="nfa-card__tag">Length</span> &nbsp; 111 mins</p>',
        "museum-tombstone": '<p class="tombstone__line"><span class="tombstone__key">Length</span> 111 mins</p>',
        "museum-object-details": '<details class="object-detail" open><summary>Length</summary><p>111 mins</p></details>',
        "festival-film-info": '<strong class="film-info__label">Length</strong> <span class="film-info__data">111 mins</span>',
        "festival-credit-lines": '<span class="credit-line__role">Length</span> <span class="credit-line__name">111 mins</span>',
        "presskit-tech-specs": '<th scope="row" class="tech-spec__name">Length</th><td class="tech-spec__val">111 mins</td>',
        "presskit-factsheet": '<p class="factsheet-entry">Length<span class="factsheet-sep"> | </span>111 mins</p>',
        "cinematheque-meta-lines": '<em class="screening-meta__k">Length</em> 111 mins</div>',
        "cinematheque-spec-grid": '<div class="spec-grid__cell"><small>Length</small><br>111 mins</div>',
        "docfest-entry-terms": '<div class="entry-fact" data-field="length"><span class="entry-fact__term">Length</span> <span class="entry-fact__desc">111 mins</span></div>',
        "docfest-sidebar-stats": '<span class="sidebar-stat__head">Length</span><br><span class="sidebar-stat__body">111 mins</span>',
        "heritage-meta-pairs": '<span class="heritage-meta__term">Length</span><span class="heritage-meta__desc">111 mins</span>',
        "heritage-catalogue-card": '<span class="catalogue-card__field">Length.</span> 111 mins</p>',
        "museum-wall-text": '<span class="wall-text__caption">Length</span><span class="wall-text__body">111 mins</span>',
        "museum-credit-items": '<li class="credit-item" data-role="length"><span class="credit-item__role">Length</span>: <span class="credit-item__name">111 mins</span></li>',
    }
    assert set(expect) == set(NEW_STYLES)
    for style, piece in expect.items():
        assert piece in shown[style], style


def test_the_catalogue_card_closes_each_label_with_a_full_stop() -> None:
    """The heritage catalogue card writes 'Director. Ada Gallo', as a library's card does: the
    full stop closes the label and is not part of the value."""
    found = _own_pages("heritage-catalogue-card")
    assert len(found) > 3
    for _design, page, markup in found:
        assert re.findall(r'catalogue-card__field">[^<]*\.</span>', markup), page.url
        for k, v in _pairs(markup) or []:
            assert not k.endswith(".") and not v.startswith("."), page.url


def test_the_disclosures_are_open() -> None:
    """The museum's object details are <details open>: every value is shown, not folded."""
    found = _own_pages("museum-object-details")
    assert len(found) > 3
    for _design, page, markup in found:
        assert markup.count("<details") == markup.count('<details class="object-detail" open>'), (
            page.url
        )


def test_every_value_sits_after_its_label_in_the_teams_markup() -> None:
    """The value follows its label in document order in every new markup, and is never one
    of the design's labels."""
    for design in DESIGNS:
        for style in IDEAS[design][2]:
            for own, page, markup in _own_pages(style):
                if own != design:
                    continue
                pairs = _pairs(markup) or []
                assert pairs and all(html.unescape(k) in _labels(design) for k, _ in pairs), (
                    page.url
                )
                assert not any(html.unescape(v) in _labels(design) for _, v in pairs), page.url
                for k, v in pairs:
                    at = markup.index(k)
                    assert markup.index(v, at + len(k)) > at, page.url


def test_director_of_photography_and_abbreviations_are_read_right() -> None:
    """'Director of Photography' (the press kit and the art museum) and 'Ph.' (the
    cinematheque) are not the director; the director is under 'Director' or 'Dir.'."""
    for design, trap, own in (
        ("saltmarsh_presskit", "Director of Photography", "Director"),
        ("grayfield_museum", "Director of photography", "Director"),
        ("larchmere_cinematheque", "Ph.", "Dir."),
    ):
        assert trap == label(design, "camera") and own == label(design, "director")
        for page in rendered(design, COUNT):
            markup = details(page)
            found = values_after(markup, trap)
            assert len(found) == 1 and found[0] not in page.expected["directors"], page.url
            want = page.expected["directors"]
            assert values_after(markup, own) == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "northvale_archive": r"[\d,]+ record views",
        "halloway_museum": r"[\d,]+ visitors this month",
        "riverlight_festival": r"[\d,]+ added to planners",
        "saltmarsh_presskit": r"[\d,]+ kit downloads",
        "larchmere_cinematheque": r"[\d,]+ on watchlists",
        "emberbay_docfest": r"[\d,]+ people interested",
        "kestrel_heritage": r"[\d,]+ catalogue views",
        "grayfield_museum": r"[\d,]+ saves",
    }
    assert set(words) == set(DESIGNS)
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


def test_only_the_festival_and_the_cinematheque_count_votes() -> None:
    counting = {d for d in DESIGNS if "user_rating_count" not in NOT_SHOWN[d]}
    assert counting == {"riverlight_festival", "larchmere_cinematheque"}
    assert riverlight_festival.votes(1234) == "Audience score from 1,234 votes"
    assert larchmere_cinematheque.votes(1) == "1 member rating"


def read_money(text: str) -> tuple[int, str]:
    """What a reader makes of a budget: a bare '$' is US dollars, '£' pounds sterling, else
    the currency's code before the figure, given in full."""
    if text[0] in "$£":
        code, rest = {"$": "USD", "£": "GBP"}[text[0]], text[1:]
    else:
        code, rest = text.split(" ", 1)
    assert re.fullmatch(r"\d{1,3}(,\d{3})*", rest), text
    return int(rest.replace(",", "")), code


MONEY = ("saltmarsh_presskit", "kestrel_heritage")  # the only ones giving money


@pytest.mark.parametrize("design", MONEY)
def test_money_reads_back_as_the_record_says(design: str) -> None:
    """Every budget and gross, as the page prints it, reads back to the record's amount and
    currency: the press kit's in the title's own money, the regional archive's in pounds or
    US dollars."""
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 60):
        for key in ("budget", "box_office"):
            m = page.expected[key]
            if not m:
                continue
            shown = site.money(Money(int(m["amount"]), m["currency"]))
            assert read_money(shown) == (int(m["amount"]), m["currency"]), shown
            assert shown in html.unescape(details(page)), (page.url, shown)
            seen[m["currency"]] = seen.get(m["currency"], 0) + 1
    assert len(seen) > 1 and seen.get("USD", 0) > 3, (design, seen)
    if design == "kestrel_heritage":
        assert set(seen) == {"USD", "GBP"}, seen


def test_the_others_give_no_money() -> None:
    for design in DESIGNS:
        if design not in MONEY:
            assert {"budget", "box_office"} <= NOT_SHOWN[design], design
    assert "box_office" in NOT_SHOWN["kestrel_heritage"]


def test_money_formats() -> None:
    assert saltmarsh_presskit.money(Money(3600000, "USD")) == "$3,600,000"
    assert saltmarsh_presskit.money(Money(3600000, "EUR")) == "EUR 3,600,000"
    assert kestrel_heritage.money(Money(3600000, "GBP")) == "£3,600,000"
    assert kestrel_heritage.money(Money(3600000, "USD")) == "USD 3,600,000"


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert northvale_archive.date_(d, True) == "7 October 1995"
    assert northvale_archive.date_(d, False) == "1995-10-07"
    assert halloway_museum.date_(d, True) == "October 7, 1995"
    assert halloway_museum.date_(d, False) == "10/07/1995"
    assert saltmarsh_presskit.date_(d, False) == "1995-10-07"
    assert larchmere_cinematheque.date_(d, False) == "10/07/1995"
    assert kestrel_heritage.date_(d, True) == "7 October 1995"
    assert grayfield_museum.date_(d, True) == "October 7, 1995"
    assert northvale_archive.running(111, True) == "111 minutes"
    assert northvale_archive.running(111, False) == "111 mins"
    assert halloway_museum.running(111, True) == "111 min."
    assert halloway_museum.running(111, False) == "1 hr 51 min"
    assert riverlight_festival.running(111, True) == "111 min"
    assert riverlight_festival.running(111, False) == "111'"
    assert saltmarsh_presskit.running(111, False) == "01:51:00"
    assert saltmarsh_presskit.running(45, False) == "00:45:00"
    assert larchmere_cinematheque.running(111, False) == "1h 51m"
    assert emberbay_docfest.running(120, False) == "2 hr"
    assert kestrel_heritage.running(111, False) == "1h 51min"
    assert grayfield_museum.running(111, False) == "1 hour 51 minutes"
    assert grayfield_museum.running(1, True) == "1 minute"


BOARDS = {
    "northvale_archive": {"U", "PG", "12A", "15", "18"},
    "kestrel_heritage": {"U", "PG", "12A", "15", "18"},
    "halloway_museum": set(MPA),
    "saltmarsh_presskit": set(MPA),
}


def test_certificates_are_the_boards() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 60)} - {None}
        if design not in BOARDS:
            assert not seen and "content_rating" in NOT_SHOWN[design], design
            continue
        assert seen <= BOARDS[design] and len(seen) >= 3, (design, seen)
        assert set(MODULES[design].BOARD.values()) == BOARDS[design], design


def test_dates_are_month_first_named_or_iso() -> None:
    """An American page writes a numeric date month first ('06/05/1995') or as ISO; a British
    or Australian page writes the day first with the month's name, or ISO: never a numeric
    date a reader could take either way."""
    d = date(1995, 6, 5)
    for design in DESIGNS:
        site = MODULES[design].SITE
        us = MODULES[design].CHROME.lang == "en-US"
        assert site.date(d, False) in (("06/05/1995", "1995-06-05") if us else ("1995-06-05",)), (
            design
        )
        assert re.search(r"\bJune?\b", site.date(d, True)), design
        assert re.search(r"\b0?5\b", site.date(d, True)), design


def test_festival_entries_give_no_release_date() -> None:
    """A festival's programme entry gives the year of production; its screening dates are the
    festival's, not a release."""
    for design in ("riverlight_festival", "emberbay_docfest"):
        assert "release_date" in NOT_SHOWN[design]
        for page in rendered(design, COUNT):
            assert page.expected["release_date"] is None
            assert page.expected["release_year"] is None or str(
                page.expected["release_year"]
            ) in details(page)


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("northvale_archive", "Access and copying"),
        ("halloway_museum", "Screenings and tickets"),
        ("riverlight_festival", "Screenings"),
        ("saltmarsh_presskit", "Licensing"),
        ("larchmere_cinematheque", "Showtimes"),
        ("emberbay_docfest", "Sessions"),
        ("kestrel_heritage", "Copies and licensing"),
        ("grayfield_museum", "Admission"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(r"[$£]\d", block.group(1)), (design, page.url)
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in block.group(1)
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert site.money(Money(int(m["amount"]), m["currency"])) not in block.group(1)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 60):
        e, markup = page.expected, details(page)

        def under(key: str, want: set[str] | None) -> None:
            found = values_after(markup, label(design, key))  # noqa: B023
            if want is None:
                assert not found, (page.url, key, found)  # noqa: B023
            else:
                assert found and found[0] in want, (page.url, key, found, want)  # noqa: B023
                seen[key] = seen.get(key, 0) + 1

        suffix = site.per_episode if e["kind"] == "show" else ""
        n = e["runtime_minutes"]
        under("runtime", {site.runtime(n, long) + suffix for long in (True, False)} if n else None)
        d = date.fromisoformat(e["release_date"]) if e["release_date"] else None
        under("released", {site.date(d, long) for long in (True, False)} if d else None)
        for key, rec in (
            ("director", "directors"),
            ("writer", "writers"),
            ("genre", "genres"),
            ("country", "countries"),
            ("studio", "studios"),
        ):
            under(key, {", ".join(e[rec])} if e[rec] else None)
        under("rating", {e["content_rating"]} if e["content_rating"] else None)
        under("seasons", {str(e["seasons"])} if e["seasons"] else None)
        under("year", {str(e["release_year"])} if e["release_year"] else None)
        for key in ("budget", "box_office"):
            m = e[key]
            under(key, {site.money(Money(int(m["amount"]), m["currency"]))} if m else None)
        if e["user_rating_count"]:
            assert site.votes(e["user_rating_count"]) in page_text(page), page.url
    assert all(n > 3 for n in seen.values()) and len(seen) >= 8, seen


@pytest.mark.parametrize("design", DESIGNS)
def test_a_later_date_under_the_trap_label_is_after_the_release(design: str) -> None:
    site = MODULES[design].SITE
    if not site.later:
        assert "release_date" in NOT_SHOWN[design]
        return
    later = 0
    for page in rendered(design, 60):
        found = values_after(details(page), site.later)
        released = page.expected["release_date"]
        if not released:
            assert not found, page.url
            continue
        d = date.fromisoformat(released)
        for value in found:
            dates = {
                site.date(d.fromordinal(d.toordinal() + k), long)
                for k in range(7, 401)
                for long in (True, False)
            }
            assert value in dates, (page.url, value)
            later += 1
    assert later > 5


@pytest.mark.parametrize("design", DESIGNS)
def test_crew_in_other_jobs_is_never_a_director_writer_or_actor(design: str) -> None:
    traps = [label(design, k) for k in ("music", "producer", "camera")]
    for page in rendered(design, COUNT):
        found = [v for t in traps for v in values_after(details(page), t)]
        assert len(found) == 3, (page.url, found)
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
            assert name not in [c["actor"] for c in e["cast"]], (page.url, name)


@pytest.mark.parametrize("design", DESIGNS)
def test_episodes_carry_their_own_directors(design: str) -> None:
    shows = [p for p in rendered(design, 60) if p.expected["kind"] == "show"]
    episodic = [p for p in shows if "-episode-" in p.html]
    assert episodic
    for page in episodic:
        names = re.findall(r"</p><p>[^<]*?(?::|by) ([^<]+?)</p>", page.html)
        assert names, page.url
        assert not {html.unescape(n) for n in names} & set(page.expected["directors"]), page.url


def test_view_counters_are_not_the_votes() -> None:
    for design in DESIGNS:
        seen = 0
        for page in rendered(design, COUNT):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views, (design, page.url)
            count = int(re.sub(r"\D", "", html.unescape(views.group(1))))
            assert count != page.expected["user_rating_count"]
            seen += page.expected["user_rating_count"] is not None
        assert seen > 10 or "user_rating_count" in NOT_SHOWN[design], design


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in details(p)]
        assert 0 < len(folded) < len(pages), design
        for page in folded:
            fold = re.search(r'aria-controls="([^"]+)">[^<]+</button></h2><div id="\1"', page.html)
            assert fold, page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_weigh_what_real_pages_weigh(design: str) -> None:
    """The design system's CSS, the icon sprite and the config blob bring a page to 40-80 KB."""
    for page in rendered(design, 10):
        assert 40_000 <= len(page.html.encode("utf-8")) <= 80_000, (page.url, len(page.html))
        prefix = MODULES[design].SITE.prefix
        config = re.search(
            rf'<script type="application/json" id="{prefix}-config">(.*?)</script>', page.html
        )
        assert config and f'<style id="{prefix}-design-system">' in page.html, page.url
        blob = json.loads(config.group(1))
        assert set(blob) == {"routes", "flags", "strings", "build"}
        assert page.expected["title"] not in config.group(1), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_deterministic_per_seed(design: str) -> None:
    checks.deterministic_per_seed(lambda seed: site_pages(design, 5, seed=seed))


@pytest.mark.parametrize("design", DESIGNS)
def test_markup_varies_from_page_to_page(design: str) -> None:
    checks.markup_varies_from_page_to_page(rendered(design, 12, seed=2))


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_has_the_spec_keys_and_source_id(design: str) -> None:
    """checks.spec_keys_and_source_id, but the page is on the institution's host under its
    catalogue's path: the source_id is still '<kind>/<slug>' from the canonical path's last
    two steps."""
    form = FORMS[design]
    for page in rendered(design, COUNT):
        assert tuple(page.expected) == tuple(SPEC_KEYS)
        assert page.design == design
        kind, slug = page.expected["source_id"].split("/")
        assert page.url == f"{HOSTS[design]}/{form}/{kind}/{slug}"
        assert kind == page.expected["kind"] in ("movie", "show")
        assert (page.expected["seasons"] is not None) == (kind == "show")
        assert f'<link rel="canonical" href="{page.url}">' in page.html
        assert f'href="{HOSTS[design]}/{kind}/{slug}"' not in page.html


@pytest.mark.parametrize("design", DESIGNS)
def test_every_expected_string_is_on_the_page(design: str) -> None:
    checks.expected_strings_on_the_page(
        rendered(design, COUNT), page_text, lambda p: strings(p.expected)
    )


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_values_follow_the_spec(design: str) -> None:
    checks.expected_values_follow_the_spec(rendered(design, COUNT))


@pytest.mark.parametrize("design", DESIGNS)
def test_fields_are_absent_on_some_titles_and_present_on_others(design: str) -> None:
    checks.fields_absent_on_some_and_present_on_others(
        rendered(design, 60), SPEC_KEYS, NOT_SHOWN[design]
    )


def test_designs_differ() -> None:
    checks.designs_differ({d: rendered(d, 1, seed=0)[0] for d in DESIGNS})


@pytest.mark.parametrize("design", DESIGNS)
def test_rail_titles_values_differ_from_the_titles_own(design: str) -> None:
    checks.rail_values_differ(rendered(design, COUNT), page_text, nulls_may_match=True)


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_have_real_size_furniture(design: str) -> None:
    checks.real_size_furniture(rendered(design, 10), ("window.__",))
    assert all('role="dialog"' in p.html for p in rendered(design, 10))


def test_schema_org_is_on_some_pages_of_every_design() -> None:
    share = {d: sum(bool(schema_blocks(p)) for p in rendered(d, 30)) for d in DESIGNS}
    assert all(0 < n < 30 for n in share.values()), share


@pytest.mark.parametrize("design", DESIGNS)
def test_schema_org_says_only_what_the_record_says(design: str) -> None:
    for page in rendered(design, COUNT):
        e = page.expected
        for block in schema_blocks(page):
            assert block["name"] == e["title"] and block["url"] == page.url
            for key, rec in (("director", "directors"), ("author", "writers")):
                if key in block:
                    assert [p["name"] for p in block[key]] == e[rec]
            assert block.get("genre", e["genres"]) == e["genres"]
            assert block.get("contentRating", e["content_rating"]) == e["content_rating"]
            assert block.get("datePublished", e["release_date"]) == e["release_date"]
            assert block.get("numberOfSeasons", e["seasons"]) == e["seasons"]
            if "aggregateRating" in block:
                assert block["aggregateRating"]["ratingCount"] == e["user_rating_count"]


def _own_pages(style: str) -> list[tuple[str, SitePage, str]]:
    found = []
    for design in DESIGNS:
        if style not in MODULES[design].SITE.styles:
            continue
        for page in rendered(design, COUNT):
            markup = details(page)
            if MARKERS[style] in markup:
                found.append((design, page, markup))
    return found


def _labels(design: str) -> set[str]:
    site = MODULES[design].SITE
    return set(site.words.labels.values()) | {site.later} | EXTRA[design]


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name, label or show things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(
        re.findall(r'(?:alt|title|aria-label|content|label|value|data-value)="([^"]*)"', body)
    )
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def details(page: SitePage) -> str:
    """The facts block alone (the menus, rails and episodes carry some label words too)."""
    found = re.search(r'-details-[0-9a-f]{5}">(.*?)</section>', page.html, re.S)
    assert found, page.url
    return found.group(1)


def label(design: str, key: str) -> str:
    return str(MODULES[design].SITE.words.labels[key])


def schema_blocks(page: SitePage) -> list[Any]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.html, re.S)
    return [json.loads(block) for block in found]


def strings(expected: dict[str, Any]) -> list[str]:
    found = [expected[k] for k in ("title", "synopsis", "content_rating") if expected[k]]
    for key in ("genres", "countries", "studios", "directors", "writers"):
        found += expected[key]
    for credit in expected["cast"]:
        found += [v for v in credit.values() if v]
    return found


def test_the_captions_label_is_drawn_by_the_stylesheet_alone() -> None:
    found = _own_pages("caption")
    assert len(found) > 2
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and all(k in _labels(design) for k, _ in pairs), page.url
        text = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
        visible = re.sub(r"<[^>]+>", "\n", text)
        assert not any(k in visible.split("\n") for k, _ in pairs), page.url


def test_tiles_put_the_value_before_its_label() -> None:
    found = _own_pages("stats")
    assert len(found) > 2
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<sub>") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_leader_lines_hold_a_label_a_hidden_leader_and_a_value() -> None:
    found = _own_pages("leaders")
    assert len(found) > 2
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("&hellip;") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url


# the tag in the page's <head> by which each institution says what it is
HEAD_TELLS = {
    "northvale_archive": 'type="application/marcxml+xml"',
    "halloway_museum": 'name="museum:department" content="Film"',
    "riverlight_festival": 'name="festival:edition"',
    "saltmarsh_presskit": 'type="application/pdf"',
    "larchmere_cinematheque": 'type="text/calendar"',
    "emberbay_docfest": 'name="festival:catalogue"',
    "kestrel_heritage": 'name="dcterms.type"',
    "grayfield_museum": 'content="Department of Film"',
}


def test_each_institution_announces_itself_in_the_head() -> None:
    assert set(HEAD_TELLS) == set(DESIGNS)
    for design in DESIGNS:
        for page in rendered(design, 5):
            head = page.html.split("</head>", 1)[0]
            for other, tell in HEAD_TELLS.items():
                assert (tell in head) == (other == design), (design, other, page.url)
            assert "{url}" not in page.html, page.url
