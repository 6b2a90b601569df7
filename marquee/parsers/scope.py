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
from urllib.parse import urljoin, urlsplit

from marquee.parsers.common import TITLE_HINT, is_title_path
from marquee.parsers.dom import Element, text_of

_EPISODE_ITEM = re.compile(r"\bS\d{1,2}\s*[·.:|-]?\s*E\d{1,3}\b|\bepisode\s+\d{1,3}\b", re.I)
_REVIEWS = re.compile(r"\b(?:reviews?|comments?|reactions?)\b", re.I)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_MIN_ITEMS = 2


def drop_other_topics(root: Element, page_url: str) -> None:
    """Remove rails of other titles, episode and review items, and dialogs from the tree."""
    doomed = _rail_cards(root, page_url) + _episode_and_review_items(root) + _dialogs(root)
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            _keep_tail(element)
            parent.remove(element)


def _keep_tail(element: Element) -> None:
    if not element.tail or not element.tail.strip():
        return
    previous = element.getprevious()
    parent = element.getparent()
    if previous is not None:
        previous.tail = (previous.tail or "") + element.tail
    elif parent is not None:
        parent.text = (parent.text or "") + element.tail


def _rail_cards(root: Element, page_url: str) -> list[Element]:
    """Cards of a rail: elements holding links to exactly one other title, two or more of
    them side by side under one parent."""
    own = urlsplit(page_url).path.rstrip("/")
    titles_below: dict[Element, set[str]] = {}
    title_heading = next(root.iter("h1"), None)
    for link in root.iter("a"):
        href = str(link.get("href") or "")
        if not TITLE_HINT.search(href):
            continue
        path = urlsplit(urljoin(page_url, href.strip())).path.rstrip("/")
        if path == own or not is_title_path(path):
            continue
        for node in (link, *link.iterancestors()):
            seen = titles_below.setdefault(node, set())
            if path in seen or len(seen) >= _MIN_ITEMS:
                break  # its ancestors have it too
            seen.add(path)
    cards: list[Element] = []
    for node, paths in titles_below.items():
        parent = node.getparent()
        if len(paths) != 1 or parent is None or len(titles_below.get(parent, ())) < _MIN_ITEMS:
            continue
        if title_heading is not None and _contains(node, title_heading):
            continue
        siblings = [s for s in parent if len(titles_below.get(s, ())) == 1]
        if len(siblings) >= _MIN_ITEMS:
            cards.append(node)
    return cards


def _contains(node: Element, element: Element) -> bool:
    return any(ancestor is node for ancestor in element.iterancestors())


def _episode_and_review_items(root: Element) -> list[Element]:
    """Items of a list (li, article, or repeated blocks) that each name an episode, or that sit
    under a reviews or comments heading."""
    items: list[Element] = []
    for parent in root.iter("ul", "ol", "div", "section"):
        children = [child for child in parent if isinstance(child.tag, str)]
        if len(children) < _MIN_ITEMS:
            continue
        blocks = [c for c in children if c.tag not in _HEADINGS and len(c)]
        if len(blocks) < _MIN_ITEMS:
            continue
        episodes = [c for c in blocks if _names_an_episode(c)]
        if len(episodes) >= _MIN_ITEMS:
            items.extend(episodes)
        elif _under_reviews_heading(parent) and _alike(blocks):
            items.extend(blocks)
    return items


def _names_an_episode(block: Element) -> bool:
    first = next((el for el in block.iter() if el is not block and el.text and el.text.strip()),
                 block)  # fmt: skip
    return _EPISODE_ITEM.search(text_of(first)[:80]) is not None


def _alike(blocks: list[Element]) -> bool:
    """Repeated items: same tag, each with two or more parts (an author and a text)."""
    return len({b.tag for b in blocks}) == 1 and all(len(b) >= _MIN_ITEMS for b in blocks)


def _under_reviews_heading(parent: Element) -> bool:
    for node in (parent, *parent.iterancestors()):
        heading = next((c for c in node if c.tag in _HEADINGS), None)
        if heading is not None:
            return _REVIEWS.search(text_of(heading)) is not None
        if node.tag in {"section", "article", "main", "body"}:
            return False
    return False


def _dialogs(root: Element) -> list[Element]:
    return [
        element
        for element in root.iter()
        if element.tag == "dialog"
        or element.get("role") in _DIALOG_ROLES
        or element.get("aria-modal") == "true"
    ]
