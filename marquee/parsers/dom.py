"""Small tree helpers shared by both layouts: text, headings and their sections."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, cast

from lxml import etree

Element = etree._Element

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CHROME = ("header", "nav", "footer")
# inside main/article: content; inside other chrome: removed with it
_KEEP_OR_DONE = {"main", "article", *_CHROME}
_CONTENT = frozenset({"main", "article"})


def squash(text: str | None) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split()) if text else ""


def raw_text(element: Element) -> str:
    """The element's text as in the page, whitespace untouched."""
    if len(element) == 0:  # a leaf: its own text, without serialising (10x cheaper)
        return element.text or ""
    return str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))


def text_of(element: Element) -> str:
    """The element's visible text, whitespace collapsed."""
    # raw_text and squash inlined: ~40 calls a page
    if len(element) == 0:
        text = element.text
    else:
        text = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    return " ".join(text.split()) if text else ""


def first(elements: list[Element]) -> Element | None:
    return elements[0] if elements else None


@lru_cache(maxsize=256)
def compiled(path: str) -> etree.XPath:
    return etree.XPath(path)


def xpath_strings(node: Element, path: str) -> list[str]:
    found = compiled(path)(node)
    assert isinstance(found, list)
    return [str(item) for item in found]


AttributeTests = dict[str, Callable[[str], bool]]
Attributed = list[tuple[Element, list[tuple[str, str]]]]


def attributed(root: Element) -> Attributed:
    """Each element with attributes, in page order, with its (name, value) pairs: one walk that
    several attribute tests share (`owners`) while nothing changes the tree's attributes."""
    found = [(element, items) for element in root.iter(etree.Element) if (items := element.items())]
    return cast("Attributed", found)  # HTML: no bytes (one cast, not a call an element)


def attribute_owners(root: Element, tests: AttributeTests) -> list[Element]:
    """The elements in page order, once each, with an attribute whose value passes its name's
    test. On the pruned tree the readers read (~100 elements), a walk of the attributes costs
    half or less of an attribute XPath's union, which makes a string of every value it finds."""
    return owners(attributed(root), tests)


def owners(elements: Attributed, tests: AttributeTests) -> list[Element]:
    """attribute_owners among elements already walked (`attributed`)."""
    found: list[Element] = []
    for element, items in elements:
        for name, value in items:
            test = tests.get(name)
            if test is not None and test(value):
                found.append(element)
                break
    return found


def in_chrome(element: Element, ids: frozenset[str] = frozenset()) -> bool:
    """True inside the site's header, navigation or footer, or a block with one of `ids`
    (older pages' div#footer). Inside main or an article, a header or footer is content (a
    section's header, a sticky bar, a credits footer), as is a header holding the title."""
    chrome = False
    for ancestor in element.iterancestors():
        if ancestor.tag in _CONTENT:
            return False
        if ancestor.tag in _CHROME or (ids and ancestor.get("id") in ids):
            chrome = chrome or ancestor.tag != "header" or next(ancestor.iter("h1"), None) is None
    return chrome


def drop_site_chrome(root: Element) -> None:
    """Remove the site's own header, navigation and footer, so no reader walks them.

    Only chrome outside main/article, and none holding an h1 or a details list: an
    <article><header><h1>, or a title hero in a <header>, is content. Tail text
    (text that follows the element in its parent) is kept.
    """
    chrome = [
        element
        for element in root.iter(*_CHROME)
        if not any(ancestor.tag in _KEEP_OR_DONE for ancestor in element.iterancestors())
        and next(element.iter("h1", "dl"), None) is None  # a title or details: content
    ]
    for element in chrome:
        remove_keeping_tail(element)


def remove_keeping_tail(element: Element) -> None:
    """Take the element out of the tree; the text that follows it (its tail) stays."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def remove_all_keeping_tails(elements: Iterable[Element]) -> None:
    """remove_keeping_tail of each element in turn, a parent's children at once: each tail
    joins the nearest sibling before it that stays (or the parent's text) by one assignment,
    not one a removed element (a rail's 200 cards)."""
    by_parent: dict[Element, set[Element]] = {}
    for element in elements:
        parent = element.getparent()
        if parent is not None:
            by_parent.setdefault(parent, set()).add(element)
    for parent, doomed in by_parent.items():
        remove_children_keeping_tails(parent, doomed)


def remove_children_keeping_tails(parent: Element, doomed: set[Element]) -> None:
    """remove_all_keeping_tails of some of one parent's children (a rail's cards)."""
    if len(doomed) == len(parent):  # every child (a rail's list): its tails join the text
        if all_tails := [tail for child in parent if (tail := child.tail)]:
            parent.text = (parent.text or "") + "".join(all_tails)
        del parent[:]
        return
    tails: dict[Element | None, list[str]] = {}  # a staying sibling (None: the parent) -> tails
    kept: Element | None = None
    runs: list[list[int]] = []  # [start, end) of doomed children side by side
    for index, child in enumerate(parent):
        if child not in doomed:
            kept = child
            continue
        if tail := child.tail:
            tails.setdefault(kept, []).append(tail)
        if runs and runs[-1][1] == index:
            runs[-1][1] = index + 1
        else:
            runs.append([index, index + 1])
    for owner, added in tails.items():
        if owner is None:
            parent.text = (parent.text or "") + "".join(added)
        else:
            owner.tail = (owner.tail or "") + "".join(added)
    for start, end in reversed(runs):  # a rail's cards in one deletion, not a call a card
        del parent[start:end]


Headings = list[tuple[str, Element]]


def headings(root: Element) -> Headings:
    """(lower-cased text, element) of every heading outside the site chrome, in page order."""
    found = list(root.iter(*HEADINGS))
    # chrome outside main/article is gone (drop_site_chrome): test ancestors only if some is left
    if found and next(root.iter(*_CHROME), None) is not None:
        # a footer's headings are the site's even inside main ("About ReelGuide")
        found = [el for el in found if not in_chrome(el) and not _in_footer(el)]
    return [(text_of(element).casefold(), element) for element in found]


def _in_footer(element: Element) -> bool:
    return any(ancestor.tag == "footer" for ancestor in element.iterancestors())


def section_for(heading: Element) -> list[Element]:
    """What a heading heads: its own section (see own_container), or the siblings up to the
    next heading."""
    container = own_container(heading)
    if container is not None:
        return [container]
    siblings: list[Element] = []
    for sibling in heading_block(heading).itersiblings():
        if isinstance(sibling.tag, str) and sibling.tag in HEADINGS:
            break
        siblings.append(sibling)
    return siblings


_SECTION_TAGS = frozenset({"section", "article", "aside", "li", "div"})


def own_container(heading: Element) -> Element | None:
    """The element a heading heads as a whole: its parent, when the heading is the parent's
    only heading, or (in a section, article, list item or div) its first and highest one, as
    an Episodes section with an h3 per episode. None for a heading among siblings it does
    not head (older pages): what follows it may run on into the title's own facts. A
    wrapper holding only the heading (and a "See all" link) stands for the heading."""
    block = heading_block(heading)
    parent = block.getparent()
    if parent is None or parent.tag in {"body", "main", "html"}:
        return None
    others = [el for el in parent.iter(*HEADINGS) if el is not heading]
    if not others:
        return parent
    first = next(parent.iter(*HEADINGS))
    if parent.tag in _SECTION_TAGS and first is heading and all(
        str(other.tag) > str(heading.tag) for other in others
    ):
        return parent
    return None


_WRAPPERS = frozenset({"div", "header", "hgroup", "span"})
_BESIDE_HEADING = frozenset({"a", "button", "span", "svg", "img", "small", "i"})


def heading_block(heading: Element) -> Element:
    """The heading, or the wrapper it alone fills (<div class="hd"><h2>Cast</h2><a>See
    all</a></div>, <header><h2>..</h2></header>)."""
    parent = heading.getparent()
    if parent is None or parent.tag not in _WRAPPERS or (parent.text or "").strip():
        return heading
    others = [child for child in parent if child is not heading and isinstance(child.tag, str)]
    if any(child.tag not in _BESIDE_HEADING or len(text_of(child)) > 30 for child in others):
        return heading
    return parent


def find_heading(heads: Headings, matches: Callable[[str], bool]) -> Element | None:
    """The first heading but the title's whose text matches, or None."""
    return next((heading for text, heading in heads if heading.tag != "h1" and matches(text)),
                None)


def find_section(heads: Headings, matches: Callable[[str], bool]) -> list[Element] | None:
    """The content under the first heading whose text matches, or None."""
    heading = find_heading(heads, matches)
    return section_for(heading) if heading is not None else None


def is_custom(element: Element) -> bool:
    """A web component (<rg-fact>, <rt-text>): its name holds a hyphen, by the HTML standard."""
    return "-" in str(element.tag)


def heading_matcher(pattern: str) -> Callable[[str], bool]:
    compiled = re.compile(pattern)
    return lambda text: compiled.search(text) is not None


_LINE_TAGS = frozenset({"p", "li", "div", "span", "dd", "td"})
_LINE_BLOCKS = _LINE_TAGS - {"span"}
BLOCK_LINES = _LINE_BLOCKS  # lines whose spans are parts, not lines of their own


def lines_around(
    owners: Sequence[Element], longest: int, tags: frozenset[str] = _LINE_TAGS
) -> list[tuple[Element, str]]:
    """The lines (a p, li, div... holding no block of its own) around the elements that hold
    some text (scan), with their text, once each, in page order; lines longer than
    `longest` are prose."""
    found: dict[Element, None] = {}
    for owner in owners:
        line: Element | None = owner
        while line is not None and line.tag not in tags and not is_custom(line):
            line = line.getparent()  # a custom element (<rg-score>) is a line of its own too
        if line is not None and not any(child.tag in _LINE_BLOCKS for child in line):
            found.setdefault(line, None)
    lines = []
    for element in found:
        text = text_of(element)
        if 0 < len(text) <= longest:
            lines.append((element, text))
    return lines


def scan(root: Element, groups: dict[str, tuple[str, ...]]) -> dict[str, list[Element]]:
    """One walk of the page for several readers: per group, the elements whose own text or a
    child's tail holds any of its words, in page order (substring tests: a predicate XPath on
    text() costs several walks). Web components (<rg-fact>) are renamed to the divs they render
    as on the way: a component library's fact card is a label and a value to the readers."""
    found: dict[str, dict[Element, None]] = {name: {} for name in groups}
    patterns = [(found[name], _any_of(words)) for name, words in groups.items()]
    anything = _any_of(tuple(word for words in groups.values() for word in words))
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if "-" in tag:
            element.tag = "div"
        text, tail = element.text, element.tail
        if text and anything(text):
            for owners, words in patterns:
                if words(text):
                    owners.setdefault(element, None)
        if tail and anything(tail):
            parent = element.getparent()
            for owners, words in patterns:
                if parent is not None and words(tail):
                    owners.setdefault(parent, None)
    return {name: list(owners) for name, owners in found.items()}


@lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> Callable[[str], bool]:
    """A test finding any of the words as substrings (`word in text`). The words as a trie
    (one branch a shared prefix), and those outside ASCII tried only on texts that are: an
    alternation of a hundred literals is tried word by word at every position of the text."""
    latin = _trie_pattern([word for word in words if word.isascii()])
    other = _trie_pattern([word for word in words if not word.isascii()])

    def found(text: str) -> bool:
        if latin is not None and latin.search(text):
            return True
        return other is not None and not text.isascii() and other.search(text) is not None

    return found


def _trie_pattern(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here: a text holding it holds every longer word's start
    return re.compile(_branches(trie))


def _branches(node: dict[str, Any]) -> str:
    if "" in node:
        return ""  # the shorter word already matches
    alternatives = [re.escape(char) + _branches(child) for char, child in sorted(node.items())]
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
