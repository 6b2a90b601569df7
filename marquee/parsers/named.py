"""Values named only by their element's class, id or test id (`<div class="genres">`,
`<span class="film__duration">`, `data-testid="runtime"`): pages that label a fact in markup
and show the reader its value alone ("Akční / Hudební", "Polsko, 2013").

The last channel but the questions, filling only what labelled values, schema.org data and
the hero line leave empty. A field is read only when every element named for it says the
same: two different values (a rail card the scope kept, a second deploy's block) give none.
Hashed names ("css-1x2y3z", "fw-count-855bd") name nothing here: only their words count.
"""

from __future__ import annotations

import re

from marquee.parsers.dom import Attributed, AttributeTests, Element, owners, squash, text_of
from marquee.parsers.labels import field_for
from marquee.parsers.raw import Layout, RawTitle

# the words of a class or id that name a field (after splitting on - _ and camelCase)
_WORDS: dict[str, str] = {
    "genre": "genres", "genres": "genres",
    "country": "countries", "countries": "countries", "origin": "countries",
    "runtime": "runtime", "duration": "runtime",
    "release": "release_date", "released": "release_date", "releasedate": "release_date",
    "premiere": "release_date",
    "certificate": "content_rating", "certification": "content_rating", "mpaa": "content_rating",
    "studio": "studios", "studios": "studios",
    "budget": "budget", "gross": "box_office", "boxoffice": "box_office",
    "seasons": "seasons",
}  # fmt: skip
# a name with one of these words is the label, the icon or a control, not the value
_NOT_VALUE = frozenset(
    {"label", "title", "header", "heading", "head", "icon", "btn", "button", "link", "nav",
     "filter", "menu", "tab", "tabs", "key", "name", "caption", "tooltip", "select", "option",
     "sort", "search", "input", "form", "list", "item", "card", "episode", "episodes", "review",
     "reviews", "rail", "related", "similar", "more", "trending", "recommendation", "user"}
)  # fmt: skip
_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_LIST_FIELDS = frozenset({"genres", "countries", "studios"})
_SEPARATORS = re.compile(r"\s*[,/·|•;]\s*")
# parts of an origin line that are another field's ("Polsko, 2013, 2 h 4 min"): a country's or
# a genre's name holds no digit; a company's may ("20th Century Studios"), but is no year
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\(?\d{4}\)?")
_MAX_TEXT = 120
_CHILD_TAGS = frozenset({"a", "span", "b", "strong", "em", "i", "time", "abbr", "small"})


# case-sensitive stems (an IGNORECASE alternation costs several times more on every value)
_MAY_NAME = re.compile(
    "enre|ountr|rigin|untime|uration|elease|remiere|ertific|mpaa|MPAA|tudio|udget|ross"
    "|oxoffice|oxOffice|easons")
# one regex on each value of the attributes that name an element (dom.owners)
_NAMES: AttributeTests = dict.fromkeys(
    ("class", "id", "data-testid"), lambda v: _MAY_NAME.search(v) is not None
)


def named_values(attributed: Attributed, url: str, layout: Layout) -> RawTitle | None:
    """The fields that elements named for them give, each given once, or None; among the
    page's elements with attributes (dom.attributed)."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for element in owners(attributed, _NAMES):
        field = _field_named(element)
        if field is None:
            continue
        value = _value(element, field)
        if value:
            found.setdefault(field, set()).add(value)
    agreed = {field: next(iter(values)) for field, values in found.items() if len(values) == 1}
    if not agreed:
        return None
    raw = RawTitle(url=url, layout=layout, title="", channel="element names")
    for field, value in agreed.items():
        if field in _LIST_FIELDS:
            setattr(raw, field, list(value))
        else:
            setattr(raw, field, value[0])
    return raw


def _field_named(element: Element) -> str | None:
    if not isinstance(element.tag, str):
        return None
    name = " ".join(str(element.get(attr) or "") for attr in ("class", "id", "data-testid"))
    if not name.strip():
        return None
    words = [word.casefold() for word in _SPLIT.split(name) if word]
    if any(word in _NOT_VALUE for word in words):
        return None
    fields = {_WORDS[word] for word in words if word in _WORDS}
    return fields.pop() if len(fields) == 1 else None


def _value(element: Element, field: str) -> tuple[str, ...] | None:
    """The element's text as the field's value: short, holding only inline parts, and not
    itself a label ("Genres")."""
    if any(isinstance(c.tag, str) and c.tag not in _CHILD_TAGS for c in element.iterdescendants()):
        return None  # a block holding a label and a value, or more: not the value alone
    text = text_of(element)
    if not text or len(text) > _MAX_TEXT or field_for(text) is not None:
        return None
    if field not in _LIST_FIELDS:
        return (text,)
    links = [squash(text_of(a)) for a in element.iter("a")]
    parts = links if links else _SEPARATORS.split(text)
    other = _YEAR.fullmatch if field == "studios" else _DIGIT.search
    names = [p for p in parts if p and not other(p)]
    return tuple(dict.fromkeys(names)) or None
