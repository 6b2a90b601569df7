# ruff: noqa: E501  (HTML patterns read best on one line)
"""The sixty-third held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites63.py does)."""

from __future__ import annotations

import html
import importlib
import json
import pathlib
import random
import re
from datetime import date
from decimal import Decimal
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites57
import tests.heldout_sites58
import tests.heldout_sites59
import tests.heldout_sites60
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites63 import (
    DESIGNS,
    FORMS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    reelguide_confluence,
    reelguide_gdocs,
    reelguide_libreoffice,
    reelguide_mailchimp,
    reelguide_markdown,
    reelguide_obsidian,
    reelguide_pdf,
    reelguide_word,
    site_pages,
)
from tests.heldout_sites63.common import NEW_STYLES, TEMPLATES, Classes, facts56
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites60_gen import EARLIER as BEFORE_SITES60

COUNT = 30
# sites60's EARLIER chains from sites56 (sites57-60 were written alongside each other): every
# one of them is unioned in here
EARLIER = (
    BEFORE_SITES60
    | set(tests.heldout_sites57.DESIGNS)
    | set(tests.heldout_sites58.DESIGNS)
    | set(tests.heldout_sites59.DESIGNS)
    | set(tests.heldout_sites60.DESIGNS)
)
ALONGSIDE = (61, 62, 64)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        reelguide_word,
        reelguide_gdocs,
        reelguide_pdf,
        reelguide_libreoffice,
        reelguide_markdown,
        reelguide_obsidian,
        reelguide_confluence,
        reelguide_mailchimp,
    )
}
# each form: the format its docstring names, its path, its two markups, and the words its
# facts use that set it apart
IDEAS = {
    "reelguide_word": ("Save as Web Page", "word", ("word-mso-paragraphs", "word-mso-table"), ("Director(s)", "Running Time", "MPAA Rating", "DP")),
    "reelguide_gdocs": ("Publish to web", "docs", ("gdocs-span-paragraphs", "gdocs-table"), ("Genres", "Released", "Box office gross")),
    "reelguide_pdf": ("pdf2htmlEX", "pdf", ("pdf2html-lines", "pdf2html-columns"), ("U.S. release", "Production budget", "Running time")),
    "reelguide_libreoffice": ("LibreOffice Writer", "odt", ("lo-western-paragraphs", "lo-writer-table"), ("Run Time", "Opening Date", "Production Co.")),
    "reelguide_markdown": ("pandoc", "md", ("gfm-bold-list", "pandoc-pipe-table"), ("Screenwriter", "Budget (estimated)", "Director of photography")),
    "reelguide_obsidian": ("Obsidian Publish", "publish", ("obsidian-properties", "obsidian-callout"), ("runtime", "released", "box office")),
    "reelguide_confluence": ("Confluence", "kb", ("confluence-table", "confluence-info-macro"), ("Screenplay", "MPA Rating", "Gross (worldwide)")),
    "reelguide_mailchimp": ("Mailchimp", "mail", ("mcn-text-content", "mcn-boxed-text"), ("Runtime", "Opens", "Rated")),
}  # fmt: skip
# each new markup's tell, the string grepped for in every earlier generator
TELLS = {
    "word-mso-paragraphs": "mso-bidi-font-weight",
    "word-mso-table": "MsoTableGrid",
    "gdocs-span-paragraphs": '<p class="c4"><span class="c9">',
    "gdocs-table": 'rowspan="1"><p class="c3">',
    "pdf2html-lines": 'class="_ _1"',
    "pdf2html-columns": "x9 h3",
    "lo-western-paragraphs": "Liberation Serif",
    "lo-writer-table": '<col width="85*"/>',
    "gfm-bold-list": "markdown-body",
    "pandoc-pipe-table": '<tr class="header">',
    "obsidian-properties": "metadata-property-key",
    "obsidian-callout": "data-callout=",
    "confluence-table": "confluenceTh",
    "confluence-info-macro": "confluence-information-macro-body",
    "mcn-text-content": "mcnTextContent",
    "mcn-boxed-text": "mcnBoxedTextContentColumn",
}
# each tool's own words, none of them in an earlier ReelGuide design
FORMAT_WORDS = {
    "reelguide_word": ("Microsoft Word", "Word.Document", "MsoNormal", "mso-"),
    "reelguide_gdocs": ("Google Docs", "kix-favicon", "Publish to web"),
    "reelguide_pdf": ("pdf2htmlEX", "data-page-no"),
    "reelguide_libreoffice": ("LibreOffice", 'class="western"'),
    "reelguide_markdown": ("pandoc", "markdown-body"),
    "reelguide_obsidian": ("Obsidian", "metadata-property", "data-callout"),
    "reelguide_confluence": ("Confluence", "confluenceTable", "ajs-page-id"),
    "reelguide_mailchimp": ("Mailchimp", "mcnText", "x-apple-disable-message-reformatting"),
}
MPA = ("G", "PG", "PG-13", "R", "NC-17")
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-export-source="{style}"' for style in TEMPLATES} | {
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "dl": "<dt>",
    "table": "<tr><th>",
}


@cache  # every test reads the same pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 80:
        return site_pages(design, count, seed)
    return _first_80(design, 0)[:count]


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
        ("{y}", r"[0-9a-f]+"),
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
    every: set[str] = set()
    for n in ("", *range(2, 61)):  # every earlier set's DESIGNS (sites54's EARLIER lacks sites25)
        every |= set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS)
    assert not every & set(DESIGNS)
    for n in (57, 58, 59, 60):
        assert set(getattr(tests, f"heldout_sites{n}").DESIGNS) <= EARLIER, n
    assert {"reelguide_notion", "reelguide_digest", "reelguide_wiki", "reelguide_embed"} <= EARLIER
    assert all(d.startswith("reelguide_") for d in DESIGNS)
    assert not EARLIER & set(DESIGNS)


def test_each_form_is_us_english_under_its_path() -> None:
    assert sorted(FORMS.values()) == sorted(f for _, f, _, _ in IDEAS.values())
    for d in DESIGNS:
        name, form, _, _ = IDEAS[d]
        assert name in (MODULES[d].__doc__ or "") and f"/{form}/" in (MODULES[d].__doc__ or "")
        for page in rendered(d, 5):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == "en-US", d
            assert page.url.startswith(f"https://www.reelguide.example/{form}/"), page.url
            assert "ReelGuide" in page_text(page), (d, page.url)


def test_links_to_other_titles_stay_in_the_form() -> None:
    for d in DESIGNS:
        for page in rendered(d, 5):
            assert not re.search(r'href="/(movie|show)/', page.html), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_each_form_wears_its_own_markup_and_words(design: str) -> None:
    _, _, styles, words = IDEAS[design]
    assert set(styles) <= set(MODULES[design].SITE.styles), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-{FORMS[design]}">' in page.html, page.url


def test_the_forms_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 11, (d, other, shared)


@cache  # two tests grep the same files: read them once a process
def _earlier_source() -> str:
    earlier = checks.earlier_generators(63, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 63))
    assert any("heldout_sites60/" in str(p) for p in earlier)
    assert any("heldout_sites57/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


REDESIGNS = (33, 35, 38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 58)


@cache
def _reelguide_redesigns() -> list[str]:
    files = [
        f.read_text(encoding="utf-8")
        for n in REDESIGNS
        for f in sorted(pathlib.Path(__file__).parent.glob(f"heldout_sites{n}/*.py"))
    ]
    assert "ReelGuide" in "".join(files)
    return files


def _reelguide_design_modules() -> list[str]:
    """The earlier sets' ReelGuide designs themselves (those sets also hold other sites)."""
    files = [
        f.read_text(encoding="utf-8")
        for n in REDESIGNS
        for f in sorted(pathlib.Path(__file__).parent.glob(f"heldout_sites{n}/reelguide_*.py"))
    ]
    assert len(files) >= 48
    return files


def test_earlier_reelguide_redesigns_had_other_ideas() -> None:
    """sites33 .. 58 redesigned ReelGuide too (a Notion page, an e-mail digest, mail-like
    tables, a MediaWiki-style wiki, print, an e-book chapter among them); none as a document
    tool's export: no tool's name or markup, no form's path before the title's, no design of
    these names."""
    redesigns = "".join(_reelguide_redesigns())
    for design in DESIGNS:
        assert not re.search(rf"\b{design}\b", redesigns), design
        for word in FORMAT_WORDS[design]:
            assert word not in redesigns, (design, word)
    for tell in TELLS.values():
        assert tell not in redesigns, tell
    for form in FORMS.values():
        assert f"reelguide.example/{form}/" not in redesigns, form
        assert f'href="/{form}/' not in redesigns, form
    # the angles earlier sets did take, which this set takes from the side
    for used in (
        "reelguide_notion",
        "notion-collection",
        "reelguide_digest",
        "mailer",
        "reelguide_wiki",
    ):
        assert used in redesigns, used


def test_no_earlier_reelguide_used_these_words_for_these_facts() -> None:
    """No earlier ReelGuide design words its length, release, rating, studio, budget and
    gross as any one of these does."""
    keys = ("runtime", "released", "rating", "studio", "budget", "box_office")
    for design in DESIGNS:
        labels = MODULES[design].SITE.words.labels
        for source in _reelguide_redesigns():
            assert not all(f'"{k}": "{labels[k]}"' in source for k in keys), design


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them its team's
    own, the third an earlier set's."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) == 2
    pages = rendered(design, 80)
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
        assert tell in facts56(c, style, [("Genre", "Drama")]), style
        assert tell not in source, tell
    assert "data-export-source=" not in source


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
        out = facts56(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 mins"], style
    shown = {style: facts56(c, style, rows) for style in NEW_STYLES}
    expect = {
        "word-mso-paragraphs": '<p class="MsoNormal"><b style="mso-bidi-font-weight:normal"><span lang="EN-US">Length:</span></b><span lang="EN-US"> 111 mins<o:p></o:p></span></p>',
        "word-mso-table": '<p class="MsoNormal" style="margin-bottom:0in;line-height:normal"><b>Length</b></p></td>',
        "gdocs-span-paragraphs": '<p class="c4"><span class="c9">Length:</span><span class="c0"> 111 mins</span></p>',
        "gdocs-table": '<p class="c3"><span class="c9">Length</span></p></td><td class="c10" colspan="1" rowspan="1"><p class="c3"><span class="c0">111 mins</span></p>',
        "pdf2html-lines": '<div class="t m0 x2 h4 y23 ff1 fs2 fc0 sc0 ls0 ws0">Length:<span class="_ _1"> </span>111 mins</div>',
        "pdf2html-columns": '<div class="t m0 x4 h3 y23 ff2 fs2 fc0 sc0 ls0 ws0">Length</div><div class="t m0 x9 h3 y23 ff1 fs2 fc0 sc0 ls0 ws0">111 mins</div>',
        "lo-western-paragraphs": '<font face="Liberation Serif, serif"><b>Length:</b></font> 111 mins</p>',
        "lo-writer-table": '<p class="western" align="left"><b>Length</b></p></td>',
        "gfm-bold-list": "<li><strong>Length:</strong> 111 mins</li>",
        "pandoc-pipe-table": '<tr><td style="text-align: left;">Length</td><td style="text-align: left;">111 mins</td></tr>',
        "obsidian-properties": '<div class="metadata-property" data-property-key="length"><div class="metadata-property-key">Length</div><div class="metadata-property-value">111 mins</div></div>',
        "obsidian-callout": "<p><strong>Length</strong>: 111 mins</p>",
        "confluence-table": '<tr><th class="confluenceTh">Length</th><td class="confluenceTd">111 mins</td></tr>',
        "confluence-info-macro": "<p><strong>Length:</strong> 111 mins</p>",
        "mcn-text-content": "<strong>Length:</strong> 111 mins<br>",
        "mcn-boxed-text": '<td class="mcnBoxedTextContentColumn" valign="top"><span style="font-size:12px">Length</span><br><span style="font-size:16px">111 mins</span></td>',
    }
    assert set(expect) == set(NEW_STYLES)
    for style, piece in expect.items():
        assert piece in shown[style], style


def test_the_newsletter_lines_share_one_cell() -> None:
    """The newsletter's text block writes its facts as lines of one mcnTextContent cell,
    broken by <br>."""
    found = _own_pages("mcn-text-content")
    assert len(found) > 3
    for _design, page, markup in found:
        cell = re.search(r'<td class="mcnTextContent" valign="top">(.*?)</td>', markup)
        assert cell and "<p>" not in cell.group(1), page.url
        assert cell.group(1).count("<br>") == cell.group(1).count("<strong>"), page.url


def test_the_pdf_columns_share_a_baseline() -> None:
    """pdf2htmlEX sets a label and its value as two line divs with the same y class, each
    fact on its own baseline."""
    found = _own_pages("pdf2html-columns")
    assert len(found) > 3
    for _design, page, markup in found:
        lines = re.findall(r'<div class="t m0 (x\d) h3 (y\w+) ', markup)
        assert lines and len(lines) % 2 == 0, page.url
        for (x1, y1), (x2, y2) in zip(lines[::2], lines[1::2], strict=True):
            assert y1 == y2 and (x1, x2) == ("x4", "x9"), page.url
        assert len({y for _, y in lines}) == len(lines) // 2, page.url  # a baseline a fact


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
    """'Director of photography' (the Markdown page) and 'DP' (the Word export) are not the
    director; the director is under 'Director', 'Director(s)' or 'director'."""
    for design, trap, own in (
        ("reelguide_markdown", "Director of photography", "Director"),
        ("reelguide_word", "DP", "Director(s)"),
        ("reelguide_obsidian", "cinematographer", "director"),
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
        "reelguide_word": r"[\d,]+ document views",
        "reelguide_gdocs": r"[\d,]+ viewers",
        "reelguide_pdf": r"[\d,]+ downloads",
        "reelguide_libreoffice": r"[\d,]+ file opens",
        "reelguide_markdown": r"[\d,]+ stars",
        "reelguide_obsidian": r"[\d,]+ backlinks",
        "reelguide_confluence": r"[\d,]+ page views",
        "reelguide_mailchimp": r"[\d,]+ subscribers",
    }
    assert set(words) == set(DESIGNS)
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


SCALE = {"": 1, "M": 10**6, " million": 10**6, "B": 10**9, " billion": 10**9}
FULL = ("reelguide_gdocs", "reelguide_confluence")  # the money in full, in the title's own currency


def read_money(text: str) -> tuple[int, str]:
    """What a reader makes of a budget: a bare '$' is US dollars, else the currency's code;
    the figure, then the magnitude word or letter."""
    code, rest = ("USD", text[1:]) if text.startswith("$") else text.split(" ", 1)
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(|M|B| million| billion)", rest)
    assert m, text
    amount = Decimal(m.group(1).replace(",", "")) * SCALE[m.group(2)]
    assert amount == int(amount), text
    return int(amount), code


@pytest.mark.parametrize("design", DESIGNS)
def test_money_reads_back_as_the_record_says(design: str) -> None:
    """Every budget and gross, as the form prints it, reads back to the record's amount and
    currency; the Google Doc and the wiki in the title's own money, the rest in US dollars."""
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 80):
        for key in ("budget", "box_office"):
            m = page.expected[key]
            if not m:
                continue
            shown = site.money(Money(int(m["amount"]), m["currency"]))
            assert read_money(shown) == (int(m["amount"]), m["currency"]), shown
            assert shown in html.unescape(details(page)), (page.url, shown)
            seen[m["currency"]] = seen.get(m["currency"], 0) + 1
    if design in FULL:
        assert len(seen) > 1 and seen.get("USD", 0) > 3, (design, seen)
    else:
        assert set(seen) == {"USD"} and seen["USD"] > 10, (design, seen)


def test_money_formats() -> None:
    assert reelguide_word.money(Money(150000000, "USD")) == "$150M"
    assert reelguide_word.money(Money(1200000000, "USD")) == "$1.2B"
    assert reelguide_word.money(Money(800000, "USD")) == "$800,000"
    assert reelguide_gdocs.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    assert reelguide_gdocs.money(Money(3600000, "USD")) == "$3,600,000"
    assert reelguide_pdf.money(Money(3600000, "USD")) == "$3.6 million"
    assert reelguide_libreoffice.money(Money(3600000, "USD")) == "$3.6M"
    assert reelguide_markdown.money(Money(1250000000, "USD")) == "$1.25 billion"
    assert reelguide_obsidian.money(Money(150000000, "USD")) == "$150M"
    assert reelguide_confluence.money(Money(150000000, "USD")) == "$150,000,000"
    assert reelguide_mailchimp.money(Money(150000000, "USD")) == "$150 million"


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert reelguide_word.date_(d, True) == "Oct 7, 1995"
    assert reelguide_word.date_(d, False) == "10/07/1995"
    assert reelguide_gdocs.date_(d, True) == "October 7, 1995"
    assert reelguide_gdocs.date_(d, False) == "1995-10-07"
    assert reelguide_pdf.date_(d, True) == "Oct. 7, 1995"
    assert reelguide_pdf.date_(date(1995, 3, 3), True) == "March 3, 1995"
    assert reelguide_libreoffice.date_(d, False) == "1995-10-07"
    assert reelguide_markdown.date_(d, True) == "October 7, 1995"
    assert reelguide_obsidian.date_(d, True) == "Oct 7, 1995"
    assert reelguide_confluence.date_(d, True) == "October 7, 1995"
    assert reelguide_mailchimp.date_(d, True) == "Saturday, October 7, 1995"
    assert reelguide_word.running(111, True) == "1h 51m"
    assert reelguide_word.running(111, False) == "111 min"
    assert reelguide_gdocs.running(111, True) == "111 minutes"
    assert reelguide_gdocs.running(111, False) == "1 hr 51 min"
    assert reelguide_pdf.running(111, True) == "1 hour 51 minutes"
    assert reelguide_pdf.running(120, True) == "2 hours"
    assert reelguide_libreoffice.running(111, False) == "111m"
    assert reelguide_markdown.running(111, False) == "1 hr. 51 min."
    assert reelguide_obsidian.running(111, False) == "1h51m"
    assert reelguide_confluence.running(111, False) == "1 h 51 min"
    assert reelguide_mailchimp.running(111, False) == "111 mins"
    assert reelguide_confluence.votes(1234) == "1,234 ratings"
    assert reelguide_word.votes(1) == "1 rating"


def test_certificates_are_the_mpas() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= set(MPA) and len(seen) >= 3, (design, seen)
        assert set(MODULES[design].BOARD.values()) == set(MPA), design


def test_dates_are_month_first_named_or_iso() -> None:
    """A US page writes a numeric date month first ('06/05/1995') or as ISO ('1995-06-05');
    a date with the month's name may put the day first (RFC 822's 'Mon, 05 Jun 1995')."""
    d = date(1995, 6, 5)
    for design in DESIGNS:
        site = MODULES[design].SITE
        assert site.date(d, False) in ("06/05/1995", "1995-06-05"), design
        assert re.search(r"\bJune?\b", site.date(d, True)), design
        assert re.search(r"\b0?5\b", site.date(d, True)), design


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("reelguide_word", "Rent or buy"),
        ("reelguide_gdocs", "Rent or buy"),
        ("reelguide_pdf", "Subscriber offer"),
        ("reelguide_libreoffice", "Watch options"),
        ("reelguide_markdown", "Tickets"),
        ("reelguide_obsidian", "Watch it"),
        ("reelguide_confluence", "Licensing"),
        ("reelguide_mailchimp", "Deals"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(r"\$\d", block.group(1)), (design, page.url)
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in block.group(1)
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert site.money(Money(int(m["amount"]), m["currency"])) not in block.group(1)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 80):
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
    later = 0
    for page in rendered(design, 80):
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
    shows = [p for p in rendered(design, 80) if p.expected["kind"] == "show"]
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
        pages = rendered(design, 80)
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
    """checks.spec_keys_and_source_id, but the page is under its form's path: the
    source_id is still '<kind>/<slug>' from the canonical path's last two steps."""
    form = FORMS[design]
    for page in rendered(design, COUNT):
        assert tuple(page.expected) == tuple(SPEC_KEYS)
        assert page.design == design
        kind, slug = page.expected["source_id"].split("/")
        assert page.url == f"https://www.reelguide.example/{form}/{kind}/{slug}"
        assert kind == page.expected["kind"] in ("movie", "show")
        assert (page.expected["seasons"] is not None) == (kind == "show")
        assert f'<link rel="canonical" href="{page.url}">' in page.html
        assert f'href="https://www.reelguide.example/{kind}/{slug}"' not in page.html


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
        rendered(design, 80), SPEC_KEYS, NOT_SHOWN[design]
    )


def test_designs_differ() -> None:
    checks.designs_differ({d: rendered(d, 1, seed=0)[0] for d in DESIGNS})


@pytest.mark.parametrize("design", DESIGNS)
def test_rail_titles_values_differ_from_the_titles_own(design: str) -> None:
    checks.rail_values_differ(rendered(design, 20), page_text, nulls_may_match=True)


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
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and all(k in _labels(design) for k, _ in pairs), page.url
        text = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
        visible = re.sub(r"<[^>]+>", "\n", text)
        assert not any(k in visible.split("\n") for k, _ in pairs), page.url


def test_tiles_put_the_value_before_its_label() -> None:
    found = _own_pages("stats")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<sub>") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_leader_lines_hold_a_label_a_hidden_leader_and_a_value() -> None:
    found = _own_pages("leaders")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("&hellip;") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url


# the tag in the page's <head> by which each tool says it made the page
HEAD_TELLS = {
    "reelguide_word": 'content="Word.Document"',
    "reelguide_gdocs": "kix-favicon",
    "reelguide_pdf": 'content="pdf2htmlEX"',
    "reelguide_libreoffice": 'content="LibreOffice',
    "reelguide_markdown": 'content="pandoc"',
    "reelguide_obsidian": "publish.obsidian.md",
    "reelguide_confluence": 'name="ajs-page-id"',
    "reelguide_mailchimp": "x-apple-disable-message-reformatting",
}


def test_each_form_announces_itself_in_the_head() -> None:
    assert set(HEAD_TELLS) == set(DESIGNS)
    for design in DESIGNS:
        for page in rendered(design, 5):
            head = page.html.split("</head>", 1)[0]
            for other, tell in HEAD_TELLS.items():
                assert (tell in head) == (other == design), (design, other, page.url)
            assert "{url}" not in page.html, page.url
