"""Scope: the parts of a page that are about something else than its title go before any
field is read, found by structure rather than by their headings' words.

- A rail: two or more sibling cards, each linking to another title's page ("More like this",
  "Trending now", "Because you watched ..."); their years, runtimes and ratings are theirs.
- Repeated items of reviews or comments, or of a show's episodes (an item that names an
  episode: "S1 E2", "Episode 3"); what they say is about one episode or one viewer's view.
- Dialogs (cookie banners, newsletter sign-ups).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from urllib.parse import urljoin, urlsplit

from lxml import etree

from marquee.parsers.common import is_title_path
from marquee.parsers.dom import (
    Element,
    attribute_owners,
    remove_all_keeping_tails,
    remove_children_keeping_tails,
    remove_keeping_tail,
    text_of,
)
from marquee.parsers.facts import names_the_details
from marquee.parsers.labels import field_for

_EPISODE_ITEM = re.compile(
    r"\b[ST]\d{1,2}\s*[·.:|-]?\s*E\d{1,3}\b|\bepisode\s+\d{1,3}\b"  # T: temporada, Spanish
    # the same on localized pages: "Épisode 3", "Episodio 3", "Folge 3", "3 серия", "第3集",
    # "第3話", "3화"
    r"|\b(?:[ée]pisode|episodio|epis[óo]dio|folge|odcinek|aflevering)\s+\d{1,3}\b"
    r"|\b\d{1,3}\s+серия\b|第\s*\d{1,3}\s*[集話话回]|\d{1,3}\s*[화회]\b"
    r"|^\s*\d{1,2}x\d{2}\b",  # "7x01": season 7, episode 1 (an episode guide's first cell)
    re.I,
)
# the cheap test's words, as one pattern: a generator of `in` tests per element cost ~1 ms a page
_EPISODE_WORDS = re.compile("pisod|PISOD|olge|dcinek|flevering|ерия|第|화|회")
_EPISODE_START = re.compile(r"\s*\d{1,2}x\d")
# items under these headings are other people's words about the title, or news beside it
_REVIEWS = re.compile(r"\b(?:reviews?|comments?|reactions?|news|stories|articles)\b", re.I)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_MIN_ITEMS = 2
_EPISODE_DEPTH = 6  # levels from an episode's name up to the item holding it


def drop_other_topics(root: Element, page_url: str) -> None:
    """Remove rails of other titles, episode and review items (by their words or their
    headings), and dialogs from the tree."""
    links, marks = _links_and_marks(root)
    rails = _rail_cards(root, links, page_url)
    doomed = _episode_items(marks) + _reviews_and_episodes(root)  # found before anything goes
    for parent, cards in rails:  # grouped by parent already: no lookup of each card's
        remove_children_keeping_tails(parent, cards)
    remove_all_keeping_tails(doomed)
    # numbered items and dialogs are looked for in the smaller tree (a rail's lists went with
    # it: a real-size page's hundreds of them cost the numbered items' walk 15% of the page)
    remove_all_keeping_tails(_numbered_items(root) + _headed_items(root))
    for element in _dialogs(root):
        remove_keeping_tail(element)


# the links TITLE_HINT would find, by substring (a predicate XPath costs several walks)
_TITLE_WORD = re.compile(r"movie/|show/|film/|tv/|series/")
_MANY = ""  # below a node: links to two or more titles (no title path is empty)


Link = tuple[Element, str]  # an element with an href, and the href


def _links_and_marks(root: Element) -> tuple[list[Link], list[Element]]:
    """One walk of the page for the rails and the episodes: every element with an href (an <a>
    or a web component's <rg-title-card href=...>), and every node whose text names an
    episode ("S1 E2", "Episode 3"; a comment's too), each in page order. ~1,000 nodes a
    real-size page: the proxies one walk makes cost less than an attribute XPath's strings."""
    links: list[Link] = []
    marks: list[Element] = []
    for node in root.iter():
        href = node.get("href")  # a comment's is None
        if href is not None and isinstance(node.tag, str):  # a PI's get() reads its text
            links.append((node, href))
        # a cheap test before the regex, inline ("Episode 3", "S1 E2", "S01E02", "7x01")
        if (text := node.text) and (
            (("S" in text or "T" in text) and "E" in text)
            or _EPISODE_WORDS.search(text) is not None
            or ("x" in text and _EPISODE_START.match(text) is not None)
        ) and _EPISODE_ITEM.search(text[:80]):
            marks.append(node)
    return links, marks


Rail = tuple[Element, set[Element]]  # a parent and its children that are cards of a rail


def _rail_cards(root: Element, links: list[Link], page_url: str) -> list[Rail]:
    """Cards of a rail, by parent: elements holding links to exactly one other title, two or
    more of them side by side under one parent. One walk up from each title link, stopping
    where an earlier walk has been; linear."""
    below, many = _titles_below(links, page_url)
    title_heading = next(root.iter("h1"), None)
    hero = set(title_heading.iterancestors()) if title_heading is not None else set()
    rails: list[Rail] = []
    seen_below = below.get
    # a rail's parent holds links to many titles: its children holding one title's are its
    # cards (looked for among the few such parents' children, not from every node below a
    # link up: a real-size page has ~500 of those, these parents ~150 children)
    for parent in many:
        singles = [child for child in parent if seen_below(child)]  # _MANY and None are falsy
        if len(singles) >= _MIN_ITEMS and (cards := {c for c in singles if c not in hero}):
            rails.append((parent, cards))
    return rails


def _titles_below(links: list[Link], page_url: str) -> tuple[dict[Element, str], list[Element]]:
    """Each element holding a link to another title: that title's path, or _MANY; and the
    elements that are _MANY, in the order they became so."""
    own = urlsplit(page_url).path.rstrip("/")
    below: dict[Element, str] = {}
    many: list[Element] = []
    seen_below, usual = below.get, _ROOT_TITLE.match  # ~250 links a real-size page
    for link, href in links:
        if link.tag in _NOT_LINKS or not href:
            continue
        found = usual(href)
        path = found.group() if found is not None else _title_path(href, page_url)
        if path is None or path == own:
            continue
        below[link] = path  # new: no earlier link is inside it (they come before it)
        node = link.getparent()
        while node is not None:
            seen = seen_below(node)
            if seen is None:
                below[node] = path
            elif seen in (_MANY, path):
                break  # its ancestors have it too
            else:
                below[node] = _MANY
                many.append(node)
            node = node.getparent()
    return below, many


_NOT_LINKS = frozenset({"link", "base"})  # the head's stylesheets and the document's base


# the usual link to a title page, "/movie/slug" (a query or fragment after it): its path
# is the match; any other href goes the whole way (_title_path)
_ROOT_TITLE = re.compile(r"/(?:movie|show|film|tv|series)/[^/?#\s]+(?=/*(?:[?#]|\Z))")


def _title_path(href: str, page_url: str) -> str | None:
    """The path of a link to a title page (see _path), or None for another link."""
    if _TITLE_WORD.search(href) is None:
        return None
    path = _path(href, page_url)
    return path if is_title_path(path) else None


def _path(href: str, page_url: str) -> str:
    """The path of a link, absolute, without a trailing slash (no urljoin for the usual
    root-relative href: ~3 µs a link on a page of a hundred cards)."""
    href = href.strip()
    if href.startswith("/") and not href.startswith("//"):
        return href.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return urlsplit(urljoin(page_url, href)).path.rstrip("/")


# "Episodes", or one season's heading ("Season 5", "Staffel 2", "シーズン2")
_EPISODES_HEADING = re.compile(
    r"\bepisodes?\b|\bépisodes\b|\bfolgen\b|\bepisodios\b|分集"
    r"|\b(?:season|staffel|saison|temporada|stagione|sezon|seizoen|сезон)\s+\d|シーズン\s*\d|第\d+季",
    re.IGNORECASE,
)


def _lone_episode(mark: Element) -> Element | None:
    """A show's only episode listed: the list item naming it, when its list's heading says
    episodes ("Episodes: 1. Episode 1: ... Directed by ..."); nothing else is known to be one."""
    item = next((a for a in (mark, *mark.iterancestors()) if a.tag == "li"), None)
    listing = item.getparent() if item is not None else None
    heading = listing.getprevious() if listing is not None else None
    if heading is None or heading.tag not in {"h2", "h3", "h4", "h5"}:
        return None
    return item if _EPISODES_HEADING.search(text_of(heading)) else None


_NUMBERED = re.compile(r"\s*([^\W\d_][^\d]{0,19}?)\s*(\d{1,3})(?!\d)")


def _numbered_items(root: Element) -> list[Element]:
    """List items that each open with one word and the next number ("পর্ব 1", "পর্ব 2":
    episode 1, 2 in a language no list names): a show's episodes or parts, not the title's.
    One such item only under a heading holding its word."""
    found: list[Element] = []
    for block in root.iter("ul", "ol"):
        lead = next(block.iterchildren("li"), None)
        first = _NUMBERED.match(_first_text(lead)) if lead is not None else None
        if first is None:
            continue  # most lists: their first item opens with no numbered word
        items = list(block.iterchildren("li"))
        word, number = first.group(1).casefold(), int(first.group(2))
        for offset, item in enumerate(items[1:], 1):
            opened = _NUMBERED.match(_first_text(item))
            if opened is None or opened.group(1).casefold() != word or int(
                    opened.group(2)) != number + offset:
                break
        else:
            heading = block.getprevious()
            if len(items) >= _MIN_ITEMS or (  # one item: under a heading of its word
                    heading is not None and heading.tag in _HEADINGS
                    and word in text_of(heading).casefold()):
                found.extend(items)
    return found


# "Režija: Ana Gil", "Leikstjórn: A · Handrit: B": a credit or a date as a labelled line
_LABEL_LINE = re.compile(r"\s*([^\W\d_][^:：]{0,38}?)\s*[:：]\s*\S")
_ITEM_FIELDS = frozenset({"directors", "writers", "release_date", "runtime"})


def _headed_items(root: Element) -> list[Element]:
    """List items holding a credit, a date or a runtime as a labelled line ("Režija: A"), with
    a heading of their own that is no label ("<li><h3>Pilot</h3>..."), or two or more side by
    side with the same label and more than that line (an episode's title and date): an
    episode's, a season's, another title's, whatever the language of their words."""
    found: list[Element] = []
    alike: dict[tuple[Element | None, str], list[Element]] = {}
    for item in root.iter("li"):
        label = _item_label(item)
        if label is None:
            continue
        heading = next((child for child in item if child.tag in _HEADINGS), None)
        if heading is not None and field_for(text_of(heading)) is None and _numbered(item):
            found.append(item)
        else:
            alike.setdefault((item.getparent(), label), []).append(item)
    for items in alike.values():
        if len(items) >= _MIN_ITEMS:
            found.extend(items)
    return found


def _item_label(item: Element) -> str | None:
    """The label of the item's labelled credit, date or runtime line, when the item holds more
    than that line (a list of "Director: A" rows is the title's)."""
    for line in item.iter("p", "div", "span"):
        found = _LABEL_LINE.match(line.text or "")
        if found is not None and field_for(found.group(1)) in _ITEM_FIELDS:
            more = len(text_of(item)) > len(text_of(line)) + _MORE_THAN_A_LINE
            return found.group(1).casefold() if line is not item and more else None
    return None


_MORE_THAN_A_LINE = 8


def _numbered(item: Element) -> bool:
    """A line with a figure that is no labelled line ("1. hooaeg, 1. osa · 49 min"): an
    episode's number, date or length; a card of the title's own details ("<h3>Crew</h3>
    <p>Director: A</p>") has figures only after labels, if any."""
    for line in item.iter("p", "div", "span", "small", "time"):
        text = line.text or ""
        if any(char.isdigit() for char in text) and _LABEL_LINE.match(text) is None:
            return True
    return False


def _first_text(item: Element) -> str:
    return next((str(t) for t in item.itertext() if t.strip()), "")


def _episode_items(marks: list[Element]) -> list[Element]:
    """Items that each name an episode ("S1 E2", "Episode 3"), two or more side by side: from
    each node whose text names one (`marks`), up to the first block whose parent holds another
    such block."""
    if len(marks) < _MIN_ITEMS:
        return [item for mark in marks if (item := _lone_episode(mark)) is not None]
    marked: dict[Element, set[Element]] = {}  # parent -> its children holding a mark
    chains = []
    for mark in marks:
        chain = [mark, *_ancestors(mark, _EPISODE_DEPTH)]
        chains.append(chain)
        for child, parent in pairwise(chain):
            marked.setdefault(parent, set()).add(child)
    items: dict[Element, None] = {}
    for chain in chains:
        cards = [child for child, parent in pairwise(chain) if _repeats(marked[parent], parent)]
        if cards:
            items.setdefault(cards[-1], None)  # the highest: an episode's card, not its parts
    return list(items)


def _repeats(marked: set[Element], parent: Element) -> bool:
    """Two or more alike children (one tag) name an episode, and most of the children do."""
    children = sum(1 for child in parent if isinstance(child.tag, str))
    alike = len({child.tag for child in marked}) == 1
    return len(marked) >= _MIN_ITEMS and alike and 2 * len(marked) >= children


def _ancestors(element: Element, depth: int) -> list[Element]:
    found: list[Element] = []
    parent = element.getparent()
    while parent is not None and len(found) < depth:
        found.append(parent)
        parent = parent.getparent()
    return found


def _reviews_and_episodes(root: Element) -> list[Element]:
    """Under a reviews or comments heading, the items of its list: alike blocks, each with an
    author and a text; under an episodes heading, its episodes (each with its own length,
    date and director, whatever words name them: "Ep 1", "1. Pilot")."""
    items: list[Element] = []
    for heading in root.iter(*_HEADINGS):
        container = heading.getparent()
        if container is None:
            continue
        text = text_of(heading)
        episodes = _EPISODES_HEADING.search(text) is not None and not names_the_details(text)
        if not episodes and not _REVIEWS.search(text):
            continue
        least = 1 if episodes else _MIN_ITEMS  # a show's one episode listed
        for parent in _under(heading, container):
            blocks = [c for c in parent if isinstance(c.tag, str) and c.tag not in _HEADINGS]
            if len(blocks) >= least and _alike(blocks):
                items.extend(blocks)
                break
    # a region named only by its aria-label (<section aria-label="Episodes">): no heading
    for region in attribute_owners(root, {"aria-label": _names_episodes}):
        if region.tag in {"section", "ul", "ol"}:
            blocks = [c for c in region if isinstance(c.tag, str) and c.tag not in _HEADINGS]
            if blocks and _alike(blocks):
                items.extend(blocks)
    return items


def _names_episodes(label: str) -> bool:
    return _EPISODES_HEADING.search(label) is not None and not names_the_details(label)


def _under(heading: Element, container: Element) -> Iterator[Element]:
    """The lists and blocks the heading heads: its container when it heads the whole of it,
    then what follows the heading up to the next heading (a "Statistics" block before
    "Reviews" is not theirs)."""
    if not any(child.tag in _HEADINGS for child in container if child is not heading):
        yield container
    for sibling in heading.itersiblings():
        if sibling.tag in _HEADINGS:
            return
        if isinstance(sibling.tag, str):
            yield from sibling.iter("ul", "ol", "div", "section")


def _alike(blocks: list[Element]) -> bool:
    """Repeated items: one tag, each with markup of its own (an author, a score) and text."""
    return len({b.tag for b in blocks}) == 1 and all(len(b) and text_of(b) for b in blocks)


_DIALOG_ATTRIBUTES = etree.XPath(
    "//@role[. = 'dialog' or . = 'alertdialog'] | //@aria-modal[. = 'true']"
)


def _dialogs(root: Element) -> list[Element]:
    """Dialogs: <dialog>, and elements whose role or aria-modal says so (an attribute-only
    XPath: it walks attributes, not every element)."""
    found = _DIALOG_ATTRIBUTES(root)
    assert isinstance(found, list)
    values = [value for value in found if isinstance(value, etree._ElementUnicodeResult)]
    owners = [value.getparent() for value in values]
    dialogs = [*root.iter("dialog"), *(el for el in owners if el is not None)]
    # a modal holding a video is the title's trailer player, not a banner
    return [el for el in dialogs if next(el.iter("iframe", "video"), None) is None]
