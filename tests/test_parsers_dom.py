"""Site chrome is dropped before the readers walk the tree; content is never dropped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from marquee.parsers.common import canonical_url
from marquee.parsers.dom import _any_of, drop_site_chrome, text_of
from marquee.parsers.page import parse_html


def _dropped(html: str) -> etree._Element:
    root = etree.HTML(html)
    drop_site_chrome(root)
    return root


def test_site_header_nav_and_footer_outside_main_are_dropped() -> None:
    root = _dropped(
        "<body><header><a href='/'>Logo</a></header><nav><li>Movies</li></nav>"
        "<main><h1>Heat</h1></main><footer><p>Help: ask</p></footer></body>"
    )
    assert [el.tag for el in root.iter("header", "nav", "footer")] == []
    main = root.find(".//main")
    assert main is not None and text_of(main) == "Heat"


def test_chrome_inside_main_or_article_is_content() -> None:
    root = _dropped(
        "<body><main><article><header><h1>Heat</h1></header><footer>Credits</footer>"
        "</article></main></body>"
    )
    assert [el.tag for el in root.iter("header", "footer")] == ["header", "footer"]


def test_a_header_holding_the_title_or_details_is_kept() -> None:
    root = _dropped(
        "<body><header><h1>Heat</h1></header><footer><dl><dt>Budget</dt><dd>$1</dd></dl>"
        "</footer><main></main></body>"
    )
    assert [el.tag for el in root.iter("header", "footer")] == ["header", "footer"]


def test_text_after_dropped_chrome_is_kept() -> None:
    root = _dropped("<body><div>before<nav>menu</nav>after<nav>x</nav> end</div></body>")
    div = root.find(".//div")
    assert div is not None and text_of(div) == "beforeafter end"


def test_canonical_in_body_beats_og_url_in_head() -> None:
    """The head-first shortcut must not change the order: canonical anywhere, then og:url."""
    page = (
        b'<html><head><meta property="og:url" content="https://a.example/movie/og">'
        b'<link rel="canonical" href=" "></head>'
        b'<body><link rel="canonical" href="/movie/body"><h1>X</h1></body></html>'
    )
    root = parse_html(page)
    assert canonical_url(root, "https://a.example/x", None) == "https://a.example/movie/body"


_WORDS = ("irect", "rit", "ote", "감독", "ежиссёр", "éalis", "egi", "egisse", "במאי", "ạo diễn")


@given(st.text(alphabet="irectoveaglsé감독ежиссёрבמאיạdiễn Rr ", max_size=40))
@settings(max_examples=400, deadline=None)
def test_the_word_finder_is_a_substring_test(text: str) -> None:
    # a trie of the words, and the words outside ASCII tried only on texts that are not ASCII
    assert _any_of(_WORDS)(text) == any(word in text for word in _WORDS)
