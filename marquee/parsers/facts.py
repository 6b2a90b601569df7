"""Labelled values wherever the page puts them: dt/dd, th/td, "Label: value" lines.

Rows are read by their label (see labels.py), never by position; the first
occurrence of a field wins, except that a row with a better-ranked label wins wherever it
comes (see labels.label_rank), and unknown labels are ignored.
"""

from __future__ import annotations

import re
from itertools import islice

from marquee.normalizers.text import is_placeholder
from marquee.parsers.crew import looks_like_name
from marquee.parsers.dom import (
    Element,
    Headings,
    in_chrome,
    own_container,
    raw_text,
    squash,
    text_of,
)
from marquee.parsers.forms import CERTIFICATE, certificate_alone, genres_alone, runtime_alone
from marquee.parsers.labels import (
    CREDIT_FIRST_WORDS,
    PEOPLE_OR_COMPANIES,
    SHAPED_FIRST_WORDS,
    field_for,
    label_rank,
    normalize_label,
    row_field_for,
    singular,
)
from marquee.parsers.places import countries_in

# "+3 more", "(+1 more)", "and 2 others", "Show 1 more", "(+1)": how many more the page has;
# the same on localized pages: "et 3 autres", "und 2 weitere", "y 2 más", "e altri 2", "외 3곳"
_MORE = re.compile(
    r"[(\[]?\s*(?:(?:\+|\band\b|\bshow\b|\bsee\b|\bview\b)\s*(\d+)\s*(?:more|others?|autres?"
    r"|outr[oa]s?|otr[oa]s?|altr[ieoa]|anderen?|weitere[rn]?|meer|mais|más|flere|fler"
    r"|inn(?:ych|e|y)|dalš(?:í|ích)|други[ех]|diğer)\b"
    r"|\+\s*(\d+)(?=\s*[)\]]|\s*$)"
    # "+2 ещё", "+1 muu": a number and one lower-case word of any language ends the list
    r"|\+\s*(\d+)\s+(?-i:(?![A-ZÀ-ÞА-ЯЁΑ-Ω])[^\W\d_]+)\.?(?=\s*[)\]]|\s*$)"
    r"|\b(?:et|und|y|e|en|og|och|i)\s+(\d+)\s+(?:autres?|weiter(?:e|er|es)|más|mas|otr[oa]s?"
    r"|altr[ieoa]|outr[oa]s?|mais|meer|anderen?|flere|fler|inn(?:ych|e|y))\b"
    r"|\b(?:e altri|e altre|e mais|e outros|e outras|et encore)\s+(\d+)\b"
    r"|\s*(?:외|他|ほか)\s*(\d+)\s*(?:곳|명|개|社|名|件|人)?(?=\s*[)\]]|\s*$)"
    # Arabic "و 3 أخرى" (and 3 others)
    r"|\s+و\s*(\d+)\s*(?:أخرى|آخرين|آخرون|أخريات))\s*[)\]]?",
    re.IGNORECASE,
)
# "A / B 等4家": how many there are in all (Chinese: "and others, 4 companies")
_IN_ALL = re.compile(r"\s*等\s*(\d+)\s*(?:家|个|個|部|位|名|人)")
_LOCALIZED_MORE = re.compile(
    "autre|weiter|más|mas|otr|altr|outr|meer|ander|flere|fler|inn|encore|외|他|ほか|أخر|آخر"
)
# links that open the rest of a list: "(more)", "See more »", "See all", "1 more credit »"
_MORE_LINK = re.compile(
    r"\s*(?:\(\s*more\s*\)|\b(?:see|view|show)\s+(?:more|all)\b\s*»?"
    # a lone » after a space is a "more" arrow; one right after a word closes a «quote»
    r"|\b\d+\s+more\s+credits?\b\s*»?|(?<!\S)»)\s*"
    # a list's last link to the title's keywords (Kinopoisk's genres end "..., слова")
    r"|^(?:ключевые )?слова$|^keywords$",
    re.IGNORECASE,
)
_BLOCKS = ("p", "div", "li", "ul", "ol", "table", "dl", "section")
# elements that each hold one value of a list when nothing but separators lies between them
_ITEMS = frozenset({"span", "li", "div", "p"})
_SEPARATORS = " \t\n\r\xa0,;|·•/"
_MAX_LABEL = 40
_VALUE_TAG = {"dt": "dd", "th": "td", "td": "td"}
# "Runtime · 2h", "Genre — Drama", "Rating | R": a label, a separator with spaces, a value
_SEPARATED = re.compile(r"([^·•|—–]{1,40}?)\s+([·•|—–])(?:\s+(.*)|$)")
_LEADING_SEPARATOR = re.compile(r"\s*([·•|—–])\s+")
_BY_LABEL = re.compile(r"\s*(?:directed|written|screenplay|teleplay|story) by\s*", re.IGNORECASE)
# a show's episodes (an episode guide, "Latest Episode", "S1.E1 · Pilot"): their rows and
# guest stars are the episode's, not the show's
EPISODES = r"\bepisodes?\b|\bs\d{1,2}\s*[.:·-]?\s*e\d{1,3}\b"
# headings of sections whose "Label:" lines are about other things than the title's facts
_IGNORED_SECTION = re.compile(
    r"\btrivia\b|did you know|\bfaqs?\b|frequently asked|\bawards?\b|nominations|\bnews\b"
    r"|\bgoofs\b|\bquotes\b|\breviews?\b|\bcomments\b|q\s*&\s*a|\bsoundtracks?\b|\bsongs\b"
    r"|\bbreakdown\b|\bdemographics?\b|more like this|\brelated\b|\bsimilar\b|\brecommend"
    r"|also (?:like|viewed|watched)|" + EPISODES
)
# a heading that also names the title's facts ("Series Info & Episodes", "Details & Trivia")
# heads them: its section is neither ignored nor a side section
_DETAILS_HEADING = re.compile(r"\b(?:details?|facts?|overview|info(?:rmation)?|seasons)\b")
# side sections: their rows count only when the details lack the field
_SIDE_SECTION = re.compile(
    r"technical spec|tech specs|release (?:info|dates)|box office|alternate versions"
    r"|parents?'? guide|content advisory"
)
_SIDE_PENALTY = 3  # label ranks are 0-2: a side section's row ranks below every other
_FEW = 6  # facts: below this, the page's details are looked for in looser forms
# (an <i> holding a label's words is one: <p><i>Director</i> Bao Ivanova</p>; an icon's is empty)
_LABEL_TAGS = frozenset({"span", "strong", "b", "em", "i", "label", "div", "small", "h3", "h4",
                         "h5", "h6", "p", "dfn", "legend", "figcaption", "header", "cite"})


# a company's words, and a person's name (two to four capitalised words): "Produced by" and
# "Production" rows name the one or the other
_COMPANY_WORD = re.compile(
    r"\b(?:pictures|productions?|entertainment|films?|studios?|media|company|corporation|corp"
    r"|inc|ltd|llc|gmbh|group|animation|television|tv|network|releasing|distribution|features"
    r"|bros|e&a|co|cinema|partners|ventures|works|house)\b\.?",
    re.IGNORECASE,
)
_PERSON = re.compile(r"[A-Z][\w'’.-]*(?: (?:[a-z]{1,3} )?[A-Z][\w'’.-]*){1,3}")


_LEADER_MARKS = frozenset("….·")
_LEADER = r"…|\.{2,}|·{2,}"
_LEADERS = re.compile(rf"(?:{_LEADER})(?:\s+|(?=[A-Z0-9]))")  # "… R", "…PG-13"
_LEADER_ONLY = re.compile(_LEADER)  # a leader's own element, no item of the value
# a separator between a label and its value in an element of its own ("<b>Directed by</b>
# <i>/</i> <span>A</span>": sites61), leading the value's text or an item of it alone
_SEPARATOR_MARKS = frozenset("/|•—–:")
_SEPARATOR_LEAD = re.compile(r"[/|•—–:]\s+")
_SEPARATOR_ONLY = re.compile(r"[/|•—–:·]+")


class Fact:
    """One labelled value: its label, its text, and (on demand) the texts of its links and
    the items its markup separates. `elements` is the value's element, or several (a dt
    with more than one dd)."""

    __slots__ = ("_items", "_jumps", "_links", "elements", "label", "text")

    def __init__(
        self,
        label: str,
        elements: tuple[Element, ...],
        text: str,
        *,
        links: list[str] | None = None,
        items: list[str] | None = None,
    ) -> None:
        self.label = label
        self.elements = elements
        # dot leaders between a label and its value ("MPA … R") lead no value
        if text[:1] in _LEADER_MARKS:
            text = _LEADERS.sub("", text)
        elif text[:1] in _SEPARATOR_MARKS and (lead := _SEPARATOR_LEAD.match(text)):
            text = text[lead.end():]
        self.text = text
        self._links = links  # None: read from the elements when first asked for
        self._items = items
        self._jumps: list[str] = []

    @property
    def links(self) -> list[str]:
        if self._links is None:
            self._read_anchors()
            assert self._links is not None
        return self._links

    def _read_anchors(self) -> None:
        # cached by hand: functools.cached_property takes a lock on every first read (3.11)
        first = self.elements[0]
        if len(self.elements) == 1 and len(first) == 0:  # bare text: no iter() to set up
            self._links = []
            return
        anchors = [a for element in self.elements for a in element.iter("a")]
        self._jumps = [text_of(a) for a in anchors if _jumps_on_the_page(a)]
        texts = [text_of(a) for a in anchors if not _jumps_on_the_page(a)]
        self._links = [text for text in texts if text and not is_more_link(text)]

    @property
    def text_without_jumps(self) -> str:
        """The text without a closing link to another part of the page ("ужасы, триллер
        <a href="#keywords">слова</a>": the keywords section's link, not a genre)."""
        text = self.text_without_more
        if self._links is None:
            self._read_anchors()
        if self._jumps and text.endswith(self._jumps[-1]):
            return text[: -len(self._jumps[-1])].rstrip(" ,;·|")
        return text

    @property
    def items(self) -> list[str]:
        """["South Korea", "France"] when the markup separates the values (<br>, one span or
        li each, several dd) without commas; [] when it does not."""
        if self._items is None:
            if len(self.elements) > 1:
                found = [text_of(element) for element in self.elements]
            else:
                found = _separated_items(self.elements[0])
            self._items = [text for text in (without_more(item) for item in found)
                           if text and not _LEADER_ONLY.fullmatch(text)
                           and not _SEPARATOR_ONLY.fullmatch(text)]  # fmt: skip
        return self._items

    @property
    def more(self) -> int:
        """N of a "+N more" note in the value, else 0."""
        found = _MORE.search(self.text) if _may_say_more(self.text) else None
        return int(next(group for group in found.groups() if group)) if found else 0

    @property
    def in_all(self) -> int | None:
        """N of an "等N家" note (how many in all), else None."""
        found = _IN_ALL.search(self.text) if "等" in self.text else None
        return int(found.group(1)) if found else None

    @property
    def text_without_more(self) -> str:
        return without_more(self.text)


def _jumps_on_the_page(anchor: Element) -> bool:
    """A link to another part of the page ("#keywords") or to an action ("/add": "None found,
    <a>add some</a>"): no value of the row it ends."""
    href = anchor.get("href") or ""
    if len(href) > 1 and href[0] == "#":
        return True
    return href.split("?")[0].rstrip("/").rsplit("/", 1)[-1] in _ACTIONS


_ACTIONS = frozenset({"add", "edit", "new", "submit", "contribute", "login", "signup", "register"})


def without_more(text: str) -> str:
    if "等" in text:
        text = _IN_ALL.sub("", text)
    if not _may_say_more(text):
        return "" if _MORE_LINK.fullmatch(text) else text
    if _AGE_SIGN.fullmatch(text):
        return text  # "+16" alone follows no list: a certificate, no "+N more"
    return squash(_MORE_LINK.sub(" ", _MORE.sub(" ", text)))


_AGE_SIGN = re.compile(r"\s*\+\d{1,2}\s*")


def is_more_link(text: str) -> bool:
    """ "+3 more", "(more)", "See all", "1 more credit »": a link to more, not a value."""
    return _MORE.search(text) is not None or _MORE_LINK.fullmatch(text) is not None


def _may_say_more(text: str) -> bool:
    """A cheap test before the regex: substring tests, no lower-cased copy."""
    return (
        "+" in text or "ore" in text or "ther" in text or "ORE" in text or "THER" in text
        or "ee all" in text or "»" in text or _LOCALIZED_MORE.search(text) is not None
    )  # fmt: skip


def _separated_items(element: Element) -> list[str]:
    children = [child for child in element if isinstance(child.tag, str)]
    if not children:
        return []
    if any(child.tag == "br" for child in children):
        return line_texts(element)
    if len(children) == 1 and (
        children[0].tag in {"ul", "ol"}
        or not ((element.text or "").strip() or (children[0].tail or "").strip())
    ):
        return _separated_items(children[0])  # a list, or a wrapper: <font>A<br>B</font>
    texts = [(child, text_of(child)) for child in children]
    items = [(child, text) for child, text in texts if not _MORE.fullmatch(text)]
    between = (element.text or "") + "".join(child.tail or "" for child in element)
    if len(items) < 2 or between.strip(_SEPARATORS) or any(c.tag not in _ITEMS for c, _ in items):
        return []  # text outside the items, or inline markup: the text is the value
    return [text for _, text in items]


_ONE_A_ROW = frozenset({"directors", "writers", "cast", "genres", "countries", "studios"})


def _joined_rows(rows: list[tuple[str, Fact]]) -> list[tuple[str, Fact]]:
    """Rows side by side with one label for a list ("Writer | A", "Writer | B"): one row."""
    joined: list[tuple[str, Fact]] = []
    for name, fact in rows:
        if joined and name in _ONE_A_ROW:
            last_name, last = joined[-1]
            same = last_name == name and last.label == fact.label
            if same and _side_by_side(last.elements[-1], fact.elements[0]):
                values = last.elements + fact.elements
                items = (last.items or [last.text]) + (fact.items or [fact.text])
                items = list(dict.fromkeys(items))
                links = list(dict.fromkeys((last.links or []) + (fact.links or [])))
                merged = Fact(last.label, values, ", ".join(items), links=links, items=items)
                joined[-1] = (name, merged)
                continue
        joined.append((name, fact))
    return joined


def _genres_as_categories(name: str, fact: Fact) -> tuple[str, Fact]:
    """A blog's "Categories: Crime, Horror": a kind's label ("Category: TV Series") that
    gives genres' names alone gives the genres."""
    return ("genres", fact) if name == "kind" and genres_alone(fact.text) else (name, fact)


def _side_by_side(first: Element, second: Element) -> bool:
    """Values of neighbouring rows: their rows share a parent."""
    a, b = first.getparent(), second.getparent()
    return a is not None and b is not None and a.getparent() is b.getparent()


def collect_facts(root: Element, heads: Headings | None = None) -> dict[str, Fact]:
    """The page's labelled values by field. With the page's headings, rows under an
    unrelated heading (Trivia, FAQ, Awards, Reviews, News) are not the title's facts, and
    rows under a side heading (Technical Specs, Release Info, Box Office) give way to the
    details' own rows."""
    rows = [_genres_as_categories(name, fact) for name, fact in _joined_rows(_rows(root))]
    # few fields with a value: the details may be laid out loosely (a widget's or a skeleton's
    # rows elsewhere on the page do not count as the details found)
    if len({name for name, fact in rows if not is_placeholder(fact.text)}) < _FEW:
        rows += _loose_rows(root)
    return _chosen(rows, _side_sections(heads) if heads is not None else {})


# blocks whose first child may be their label: <fieldset><legend>, <figure><figcaption>, a
# form's <label><span>Writer</span> <input readonly ...></label>, a card's <article><header>
_BOXES = frozenset({"div", "span", "button", "fieldset", "figure", "label", "article", "aside"})


def _rows(root: Element) -> list[tuple[str, Fact]]:
    """Every labelled row of the page, in page order."""
    rows: list[tuple[str, Fact]] = []
    for element in root.iter(
        "dt", "th", "td", "p", "li", "div", "span", "summary", "h3", "h4", "h5", "h6", "button",
        "fieldset", "figure", "label", "article", "aside",
    ):
        if element.tag == "summary":  # <details><summary>Studio</summary><div>..</div></details>
            pair = _summary_pair(element)
            if pair is not None:
                rows.append(pair)
            continue
        if element.tag in _BOXES:
            if len(element) >= _MIN_COLUMN_CELLS and not len(element) % 2 and (
                    columns := _column_pairs(element) or _grid_pairs(element, only_classed=True)):
                # <div><span>Runtime</span><span>Genre</span><span>2h</span>.. or
                # <div><div>Runtime</div><div>2h</div><div>Genre</div>..: a grid of cells
                rows += columns
            elif _label_element(element) is not None or _colon_label_first(element):
                rows += _inline(element)  # <div><span>Screenplay</span> <a>..</a></div>
            elif _row_among_labelled(element):
                rows += _inline(element, among_labelled=True)  # <span>Nacionalidad</span> ..
            elif len(element) == 0 and _SEGMENTED.search(element.text or ""):
                rows += _segment_facts(element)  # <div>ジャンル：ドラマ／上映時間：111分</div>
            elif _of_inline_leaves(element) and _SEGMENTED.search(raw_text(element)):
                # <div><span>Director: A</span> · <span>Length: 40 min</span></div>
                rows += _segment_facts(element)
            elif len(element) == 0 and (pair := _shaped_colon_line(element)) is not None:
                rows.append(pair)  # <div>مدة الحلقة: 45 دقيقة</div>
            elif (pair := _label_over_list(element)) is not None:
                rows.append(pair)  # <div>导演<span>（3）</span></div><ul><li>..</li></ul>
            elif (pair := _label_among_chips(element)) is not None:
                rows.append(pair)  # <div><span>A</span><span>Year:</span><span>1960</span></div>
            elif _tile(element) and (pair := _value_first_pair(element)) is not None:
                rows.append(pair)  # <div><strong>2h 50m</strong><span>Runtime</span></div>
            elif len(element) == 0 and (pair := _words_line(element, credits=False)):
                rows.append(pair)  # <span>Rated R</span>
            elif (pair := _value_then_label_text(element)) is not None:
                rows.append(pair)  # <div><span>1h 30m</span>Runtime</div>
            continue
        if element.tag in _LABEL_HEADINGS:
            pair = _heading_pair(element)
            if pair is not None:
                rows.append(pair)
        elif element.tag in _VALUE_TAG:
            pair = _pair(element)
            if pair is not None:
                rows.append(pair)
            elif element.tag == "td" and _leads_with_label(element):
                rows += _inline(element)  # <td><b>Genre:</b> Drama</td>: one cell holds both
        elif len(element) == 0 and (pair := _words_line(element)) is not None:
            rows.append(pair)  # <p>Starring Ada Kim, Wen Rossi</p>, <li>Rated R</li>
        elif len(element) == 0 and not _may_be_labelled(element.text or ""):
            continue  # a bare line without a colon (most cast-card p): no call at all
        elif len(element) == 1 and (pair := _value_then_label_text(element)) is not None:
            rows.append(pair)  # <p><span>1 hr. 30 min.</span>Runtime</p>
        elif len(element) == 0 and _SEGMENTED.search(element.text or ""):
            rows += _segment_facts(element)
        elif _leads_with_label(element):  # most p and li do not: skip the call to _inline
            rows += _inline(element)
        elif element.tag == "li" and len(element) > 1 and element[0].tag in _LABEL_TAGS:
            if element[1].tag == "br":  # <li><strong>Runtime</strong><br>1h 46m</li>
                rows += _lines_facts(element)
                continue
            # (the value first where the last part is a listed label: "<b>Studio Ember</b>
            # <sub>Studio</sub>", whose value holds a label's key word)
            pair = _value_first_pair(element) or _item_pair(element)
            if pair is not None:
                rows.append(pair)
    for block in _lined_blocks(root):
        rows += _lines_facts(block)
    return rows


_CHIP_VALUES = frozenset({"span", "a", "b", "strong", "time", "data", "em"})


def _label_among_chips(label_el: Element) -> tuple[str, Fact] | None:
    """A "Label:" span among sibling chips, its value the chip after it: a row of its own
    only where the parent's first child is another chip (else the parent is the row)."""
    if len(label_el) or label_el.getprevious() is None:
        return None
    value_el = label_el.getnext()
    if value_el is None or value_el.tag not in _CHIP_VALUES or (label_el.tail or "").strip():
        return None
    name = _chip_label(label_el.text or "")
    value = squash(text_of(value_el))
    if name is None or not value or value.endswith((":", "：")):
        return None
    parent = label_el.getparent()  # a row of labelled chips, not a card with one (an episode's)
    labels = 0 if parent is None else sum(
        1 for chip in parent if not len(chip) and _chip_label(chip.text or "") is not None)
    label = squash(label_el.text or "").rstrip(":：").strip()
    return (name, Fact(label, (value_el,), value)) if labels >= 2 else None


def _chip_label(text: str) -> str | None:
    label = squash(text).rstrip(":：").strip()
    if not text.rstrip().endswith((":", "：")) or len(label) > _MAX_LABEL:
        return None
    return field_for(label)


def _chosen(
    rows: list[tuple[str, Fact]], sections: dict[Element, bool]
) -> dict[str, Fact]:
    """A row for each field: one with a value ("Loading…" and "—" are none: a skeleton of
    the details), then one outside a side section, then one whose value can be the field's
    (a bare year gives way to a date even under a "Release Date (US)" label), then the best
    ranked label, then the one in the page's details block (the block with the most rows: a
    score widget in the hero is not the details), then the first; rows in ignored sections
    are left out. Ranked only when two rows meet: most pages have one row a field."""
    first: dict[str, tuple[int, Fact]] = {}  # field -> (penalty of its section, row)
    more: dict[str, list[tuple[int, Fact]]] = {}  # field -> all its rows, when it has several
    for name, fact in rows:
        penalty = 0
        if sections:
            ignored = _section_of(fact, sections)
            if ignored:
                continue
            penalty = 0 if ignored is None else _SIDE_PENALTY
        if name not in first:
            first[name] = (penalty, fact)
        else:
            more.setdefault(name, [first[name]]).append((penalty, fact))
    chosen = {name: fact for name, (_, fact) in first.items()}
    if not more:
        return chosen
    others = [fact for found in more.values() for _, fact in found[1:]]
    details = _details_block([fact for _, fact in first.values()] + others)
    for name, found in more.items():
        chosen[name] = min(
            found,
            key=lambda ranked: (
                is_placeholder(ranked[1].text),  # no value at all: as if the row were not there
                ranked[0],
                _misfit(name, ranked[1].text),
                _producers(name, ranked[1], found),
                _shorter_list(name, ranked[1], found),
                label_rank(ranked[1].label),
                not _in_details(ranked[1].elements[0]),
                _block(ranked[1]) is not details,
            ),
        )[1]
    return chosen


def _producers(name: str, fact: Fact, found: list[tuple[int, Fact]]) -> bool:
    """A studios row labelled "Produced by" or "Production" that names people (the
    producers) where another row names a company ("Production: Ember Road Productions")."""
    return (name == "studios" and _names_producers(fact)
            and any(_COMPANY_WORD.search(other.text) is not None and not _names_producers(other)
                    for _, other in found if other is not fact))


def _names_producers(fact: Fact) -> bool:
    return normalize_label(fact.label) in PEOPLE_OR_COMPANIES and names_people(
        fact.text, fact.items or _LIST_PARTS.split(fact.text))


def names_people(text: str, names: list[str]) -> bool:
    """Names of people only (two or more capitalised words each, no company's word)."""
    return bool(names) and all(_PERSON.fullmatch(name) for name in names) and (
        _COMPANY_WORD.search(text) is None)


def _shorter_list(name: str, fact: Fact, found: list[tuple[int, Fact]]) -> bool:
    """A cast another row holds whole and more ("Starring: A, B" in the hero, "Cast: A, B, C,
    D" in the details): the teaser gives way to the whole list. Only the cast: a genre or
    studio row that holds more is as often a block of several facts run together."""
    if name != "cast":
        return False
    mine = _item_set(fact)
    return bool(mine) and any(
        other is not fact and mine < _item_set(other) for _, other in found)


def _item_set(fact: Fact) -> frozenset[str]:
    # "Starring: A, B, C" as one text: its comma-parted names
    items = fact.links or fact.items or _NAMES_LINE.split(fact.text)
    return frozenset(squash(item).strip(",;").casefold() for item in items if item.strip())


_NAMES_LINE = re.compile(r"\s*[,،、，;]\s*")
# "8.1/10", "94%", "4.5 stars", "7.7", "3 out of 5 stars": a score, which is neither a
# certificate nor a count
_SCORE = re.compile(
    r"\d{1,3}(?:[.,]\d{1,2})?\s*(?:/\s*\d{1,3}|%|★|stars?)(?:\W.*)?|\d[.,]\d", re.IGNORECASE
)
_SCORE_IN = re.compile(r"\d\s?%|\d[.,]\d|\d\s*/\s*(?:5|10|100)\b|★|\d out of (?:4|5|10|100)\b")
_YEAR_ONLY = re.compile(r"\(?\d{4}\)?(?:\s*[–-]\s*(?:\d{4})?)?")


def looks_like_score(text: str) -> bool:
    return _SCORE.fullmatch(text.strip()) is not None


def holds_score(text: str) -> bool:
    """A score anywhere in the text ("JustWatch 78% (48.9K) IMDb 7.6"): no certificate holds
    a percent, a decimal or a score out of 5, 10 or 100."""
    return looks_like_score(text) or _SCORE_IN.search(text) is not None


def _misfit(name: str, text: str) -> int:
    """How far a value is from the field where another row may give it: a score for the
    certificate or the vote count; for the release date, a bare year (1), no year at all
    ("In Release: 244 days", 2)."""
    if name == "content_rating":
        return int(holds_score(text))
    if name == "user_rating_count":
        return int(looks_like_score(text))
    if name in _NAMED_FIELDS:
        return 2 * (_LETTER.search(text) is None)  # "Ел: 1998": a year, no country's name
    if name != "release_date":
        return 0
    if _YEAR_ONLY.fullmatch(text.strip()) is not None:
        return 1
    return 2 if _FOUR_DIGITS.search(text) is None else 0


_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_NAMED_FIELDS = frozenset({"countries", "genres", "studios"})
_LETTER = re.compile(r"[^\W\d_]")


_BLOCK_TAGS = frozenset({"dl", "table", "ul", "ol"})


def _block(fact: Fact) -> Element | None:
    """The list or table a row belongs to, else its value's parent."""
    element = fact.elements[0]
    for ancestor in element.iterancestors():
        if ancestor.tag in _BLOCK_TAGS:
            return ancestor
    return element.getparent()


def _details_block(facts: list[Fact]) -> Element | None:
    """The block inside id="details", else the one holding the most rows."""
    counts: dict[Element | None, int] = {}
    for fact in facts:
        block = _block(fact)
        counts[block] = counts.get(block, 0) + 1
    marked = [block for block in counts if block is not None and _in_details(block)]
    return marked[0] if marked else max(counts, key=counts.__getitem__)


def _in_details(element: Element) -> bool:
    """Inside the page's details section (id="details"), whatever its rows' markup."""
    return any(node.get("id") == "details" for node in (element, *element.iterancestors()))


def _side_sections(heads: Headings) -> dict[Element, bool]:
    """The section of every heading of another topic: ignored (True) or a side one."""
    found: dict[Element, bool] = {}
    for text, heading in heads:
        if heading.tag == "h1":
            continue  # the title's heading ("Broadcast News") heads the whole page
        ignored = _IGNORED_SECTION.search(text) is not None
        side = not ignored and _SIDE_SECTION.search(text) is not None
        if not (ignored or side) or _heads_the_details(text, heading, ignored):
            continue
        container = own_container(heading)
        if container is not None:
            found.setdefault(container, ignored)
    return found


def is_other_topic(heading_text: str) -> bool:
    """A (lower-cased) heading of another topic than the title's facts and prose."""
    if _IGNORED_SECTION.search(heading_text) or _SIDE_SECTION.search(heading_text):
        return True
    return heading_text.strip(" :") in {"details", "cast", "crew"}


def names_the_details(heading_text: str) -> bool:
    """A heading that names the title's facts, whatever else it names ("Series Info &
    Episodes"): its section is the title's own."""
    return _DETAILS_HEADING.search(heading_text.casefold()) is not None


def _heads_the_details(text: str, heading: Element, ignored: bool) -> bool:
    """ "Details & Trivia", "Series Info & Episodes", a section with id="details": the
    title's own facts under a heading that names another topic too. ("Release Info" alone
    stays a side section: "info" counts only beside an ignored topic.)"""
    words = _DETAILS_HEADING.findall(text)
    if any(word != "info" or ignored for word in words):
        return True
    container = heading.getparent()
    return container is not None and container.get("id") == "details"


def _section_of(fact: Fact, sections: dict[Element, bool]) -> bool | None:
    """True in an ignored section, False in a side section, None elsewhere."""
    element = fact.elements[0]
    for node in (element, *element.iterancestors()):
        if node in sections:
            return sections[node]
    return None


def _loose_rows(root: Element) -> list[tuple[str, Fact]]:
    """Details laid out without dl or th: <div><span>Runtime</span><span>2h</span></div>
    rows and <tr><td>Runtime</td><td>2h</td></tr>. Looked for only on a page where the
    usual forms gave almost nothing: every div is a candidate."""
    found: list[tuple[str, Fact]] = []
    for element in root.iter("div", "tr", "section", "aside"):
        if element.tag == "tr" and len(element) and _under_column_heads(element[0]):
            continue  # a row of a schedule's or a chart's table
        if len(element) > 1 and element[0].tag in _LABEL_TAGS | {"td"}:
            grid = _grid_pairs(element)
            pair = _item_pair(element) if not grid else None
            found += grid or ([pair] if pair is not None else [])
    return found


def _grid_pairs(element: Element, *, only_classed: bool = False) -> list[tuple[str, Fact]]:
    """<div><div>Runtime</div><div>2h</div><div>Rating</div><div>R</div>..</div>: label and
    value cells alternating in one grid, without a wrapper a row. `only_classed`: only where
    the cells' classes alternate too."""
    cells = [child for child in element if isinstance(child.tag, str)]
    if len(cells) < 4 or len(cells) % 2 or any(len(label) for label in cells[::2]):
        return []  # a label cell holds text only: cells holding rows are rows
    if any(len(value) == 0 and _is_label(value) for value in cells[1::2]):
        return []  # labels in value cells: no alternation (all labels first, say)
    # the cells' classes alternate ("lab", "val", "lab" ...): labels and values for certain,
    # so a label no list holds is read by its value's shape
    classed = _alternating_classes(cells)
    if only_classed and not classed:
        return []  # (among every page's boxes, only a grid its classes mark as one)
    pairs = []
    for label_el, value in zip(cells[::2], cells[1::2], strict=True):
        label = text_of(label_el).rstrip(":").strip()
        name = row_field_for(label) if label and len(label) <= _MAX_LABEL else None
        if name is None and classed:
            name = _by_shape(label, text_of(value))
        if name is not None:
            pairs.append((name, Fact(label, (value,), text_of(value))))
    enough = len(pairs) >= 2 if classed else 2 * len(pairs) >= len(cells) // 2
    return pairs if enough else []


def _alternating_classes(cells: list[Element]) -> bool:
    labels = {cell.get("class") for cell in cells[::2]}
    values = {cell.get("class") for cell in cells[1::2]}
    return len(labels) == 1 == len(values) and labels != values and None not in labels


_MIN_COLUMN_CELLS = 6


def _column_pairs(element: Element) -> list[tuple[str, Fact]]:
    """<div><span>Director</span><span>Runtime</span><span>A</span><span>1h 34m</span></div>:
    a grid laid out by columns, every label first, then every value in the same order; read
    when most of the first half are listed labels and none of the second half is."""
    cells = list(element)
    if any(not isinstance(cell.tag, str) or len(cell) for cell in cells):
        return []  # cells of text only
    half = len(cells) // 2
    labels = [text_of(cell).rstrip(":").strip() for cell in cells[:half]]
    if any(":" in label or any(char.isdigit() for char in label) for label in labels):
        return []  # a value among them: labels and values alternate, or no grid at all
    names = [row_field_for(label) if 0 < len(label) <= _MAX_LABEL else None for label in labels]
    if 2 * sum(name is not None for name in names) <= half:
        return []
    if any(field_for(text_of(cell)) is not None for cell in cells[half:]):
        return []  # labels in the second half too: another layout
    pairs = [(name, Fact(label, (value,), text_of(value)))
             for name, label, value in zip(names, labels, cells[half:], strict=True)
             if name is not None]  # fmt: skip
    if any(_shaped_otherwise(name, fact.text) for name, fact in pairs):
        return []  # a runtime under "Genre": the values stand in another order than the labels
    return pairs


def _shaped_otherwise(name: str, value: str) -> bool:
    """The value's shape names another field than its label does, or none may hold it."""
    shaped = _by_shape("value", value)
    return (shaped is not None and shaped != name) or _misfit(name, value) > 1


def _item_pair(item: Element) -> tuple[str, Fact] | None:
    """<li><span>Runtime</span><span>49m</span></li> (or a div or tr row): a label
    element, then the value."""
    if (item.text or "").strip() or sum(1 for part in item[0] if text_of(part)) > 1:
        return None  # text before the label, or a first child that is a row itself
    label = text_of(item[0]).rstrip(":").strip()
    if ":" in label:
        return None  # "Release Date: 2027": a whole row, not a label
    # a heading first ("<li><h3>Studio Movie Grill</h3>...": a theatre's card) labels only
    # with a listed wording, not by a key word
    read = _heading_field if item[0].tag in _HEADING_TAGS else row_field_for
    name = read(label) if label and len(label) <= _MAX_LABEL else None
    if name is None:
        return None
    values = tuple(child for child in list(item)[1:] if isinstance(child.tag, str))
    if all(value.tag == "br" for value in values):
        return None  # "<strong>Runtime</strong><br>1h 46m": lines, read as lines
    if not values or _holds_labels(list(values)):
        return None  # a section's heading over rows of its own ("Box office" over "Budget: ..")
    text = squash(" ".join(text_of(value) for value in values))
    return name, Fact(label, values, text)


def _tile(element: Element) -> bool:
    """A stat tile: two or three leaf elements and no text of its own."""
    return (1 < len(element) < 4 and not (element.text or "").strip()
            and all(isinstance(child.tag, str) and len(child) == 0 for child in element))


def _value_first_pair(item: Element) -> tuple[str, Fact] | None:
    """<li><span>170 min</span><span>Runtime</span></li>: a stat tile, the value above its
    label; only when the last part is a listed label and the first is none."""
    parts = [child for child in item if isinstance(child.tag, str) and text_of(child)]
    if len(parts) < 2 or (item.text or "").strip() or item.get("role") == "tablist":
        return None  # (tabs' names, "Overview" beside "Release info", head panels, no values)
    *values, label_el = parts  # "<span>87</span><span>min</span><span>Runtime</span>"
    label = text_of(label_el)
    name = field_for(label) if len(label) <= _MAX_LABEL else None
    if name is None or any(field_for(text_of(value)) is not None for value in values):
        return None
    return name, Fact(label, tuple(values), squash(" ".join(map(text_of, values))))


_BOLD_LABELS = frozenset({"strong", "b", "label", "dfn", "dt", "th", "h3", "h4", "h5", "h6"})


def _value_then_label_text(line: Element) -> tuple[str, Fact] | None:
    """<p><span>1 hr. 30 min.</span>Runtime</p>: the value in an element of its own (floated
    to one side), the row's listed label the text after it."""
    if len(line) != 1 or (line.text or "").strip() or not isinstance(line[0].tag, str):
        return None
    value_el = line[0]
    if value_el.tag in _BOLD_LABELS:
        return None  # <p><strong>Status</strong> Released</p>: a label, then its value
    label = squash(value_el.tail or "").rstrip(":：")
    value = text_of(value_el)
    if not value or not label or len(label) > _MAX_LABEL or field_for(value) is not None:
        return None
    name = field_for(label)
    return (name, Fact(label, (value_el,), value)) if name is not None else None


def _pair(label_el: Element) -> tuple[str, Fact] | None:
    """dt -> dd, th -> td, and <td>Label:</td><td>value</td> rows."""
    if label_el.tag == "td" and (not _first_with_text(label_el) or _under_column_heads(label_el)):
        return None  # (a schedule's "M-Net Movies Premiere | 16 December 2026" is a cell of data)
    value_el = _next_sibling(label_el, _VALUE_TAG[label_el.tag])
    after_colon = _next_sibling(value_el, value_el.tag) if (
        value_el is not None and _is_colon_cell(value_el)) else None
    colon_cell = after_colon is not None
    if colon_cell:  # <td>Genre</td><td>:</td><td>Horror</td>: the colon has a cell of its own
        value_el = after_colon
    # a spacer cell (most cells are decided by their leading text): the value is next
    while value_el is not None and not (value_el.text or "").strip() and _is_spacer(value_el):
        following = _next_sibling(value_el, value_el.tag)
        if following is None and _image_text(value_el):
            break  # no spacer: the value is an image ("PG-13" as a certificate's picture)
        value_el = following
    beside = value_el is not None
    if value_el is None and label_el.tag == "th":
        value_el = _cell_below(label_el)
    if value_el is None or (beside and len(value_el) == 0 and _is_label(value_el)):
        return None  # "Writer" beside "Genre": a column of labels, their values elsewhere
    label = text_of(label_el)
    in_facts = label_el.tag != "td" or (":" not in label and _in_fact_table(label_el))
    if (
        label_el.tag == "td"
        and not label.endswith(":")
        and not colon_cell
        and ((field_for(label) is None and not in_facts) or not _two_cell_row(label_el))
    ):
        return None
    name = row_field_for(label)
    if name is None and beside and label_el.tag != "dd" and in_facts:
        # a row's own label, not a column's head (a "Market" column of a gross-by-region table)
        name = _by_shape(label, text_of(value_el))
    if name is None:
        return None
    following = value_el.getnext()
    spans = label_el.get("rowspan")
    if (following is None or following.tag != "dd") and not spans:  # one value, as nearly always
        return name, Fact(label, (value_el,), text_of(value_el) or _image_text(value_el))
    values = _values_after(value_el) + _rows_below(label_el)
    return name, Fact(label, values, ", ".join(map(text_of, values)))


def _by_shape(label: str, value: str) -> str | None:
    """A detail row whose label no list knows ("Kesto", "Tuotantomaa"), read by its value's
    shape alone where the shape belongs to one field: a runtime with its unit, a certificate
    with its board's letters, only country names, only genres' names. Any listed row for the
    field wins."""
    if not label or len(label) > _MAX_LABEL or any(char.isdigit() for char in label):
        return None
    if _READING.search(label):
        return None  # a blog theme's "Reading time: 4 min" is the post's, not the film's
    if _series_count(label, value):
        return "seasons"
    if runtime_alone(value):
        return "runtime"
    if certificate_alone(value):
        return "content_rating"
    if countries_in(value):
        return "countries"
    if genres_alone(value):
        return "genres"
    return "studios" if _companies_alone(value) else None


_READING = re.compile(r"\bread(?:ing)?\b", re.IGNORECASE)


def _series_count(label: str, value: str) -> bool:
    """British television's "Series: 4", the count of seasons ("Series" before anything else
    is the kind of title, and no label)."""
    return _SERIES_COUNT.fullmatch(value.strip()) is not None and normalize_label(label) in _SERIES


_SERIES = frozenset({"series", "number of series", "no. of series", "no of series"})
_SERIES_COUNT = re.compile(r"\d{1,2}")
# words that make a name a production company's ("Marble Road Productions", "Weiss Films");
# a distributor's ("Distribution", "Releasing") and a channel's are not among them
_STUDIO_WORD = re.compile(
    r"\b(?:pictures|productions?|entertainment|films?|studios?|media|company|inc|ltd|llc|gmbh"
    r"|animation|bros|features|ventures|producciones|produzioni|filmproduktion)\b\.?",
    re.IGNORECASE)
_PARTNERS = re.compile(r"[A-Z][\w'’-]+ & [A-Z][\w'’-]+")  # "Kowalski & Weiss"
_LIST_PARTS = re.compile(r"\s*[,;/·|]\s*")


def _companies_alone(value: str) -> bool:
    """Production companies only: two names or more, each with a company's word or two
    partners' names ("Weiss Films, Kowalski & Weiss"); one name may be a distributor's."""
    parts = [part for part in _LIST_PARTS.split(value) if part]
    return len(parts) > 1 and all(
        _STUDIO_WORD.search(part) or _PARTNERS.fullmatch(part) for part in parts)


_LABEL_HEADINGS = frozenset({"h3", "h4", "h5", "h6"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_HEADED_VALUE = 200  # a label heading's value is a short block, never a section's prose


_MAX_VALUE_WORDS = 12
_SENTENCE_WORDS = 6


def _prose(text: str) -> bool:
    """A sentence, not a value: many words, or several ending in a full stop ("S. S. Rajamouli"
    and "Warner Bros." are values)."""
    words = len(text.split())
    return words > _MAX_VALUE_WORDS or (words >= _SENTENCE_WORDS and text.endswith("."))


def _summary_pair(summary: Element) -> tuple[str, Fact] | None:
    label = text_of(summary)
    name = field_for(label) if label and len(label) <= _MAX_LABEL else None
    values = tuple(el for el in summary.itersiblings() if isinstance(el.tag, str))
    text = squash(" ".join(text_of(value) for value in values))
    if name is None or not text or len(text) > _MAX_HEADED_VALUE or _holds_labels(list(values)):
        return None  # an accordion named "Box office" over rows of its own
    return name, Fact(label, values, text)


def _heading_label(heading: Element) -> str:
    """A label heading's text; "Writers" of <h3><span>Writers</span><span>Wri.</span></h3>
    (a long and a short form side by side) when the whole is no label."""
    label = text_of(heading)
    if field_for(label) is None and len(heading) > 1 and not (heading.text or "").strip():
        first = text_of(heading[0])
        return first if field_for(first) is not None else label
    return label


def _heading_field(label: str) -> str | None:
    """A heading's field: a listed wording, or a key word that ends it ("Originally Released",
    "Worldwide Gross"); "Studio Movie Grill" names a theatre."""
    found = row_field_for(label)
    if found is None or field_for(label) is not None:
        return found
    return found if row_field_for(label.split()[-1]) == found else None


def _heading_pair(heading: Element) -> tuple[str, Fact] | None:
    """<h5>Director:</h5><div>James Cameron</div> (older templates), <h4>Country:</h4> United
    Kingdom, <h3>Genre</h3><div><a>Drama</a></div>: a small heading with a listed label (a
    colon, or its whole text) labels the short value after it: its tail and the siblings up
    to the next heading, or the next block."""
    label = _heading_label(heading)
    # a heading's unlisted wording is read by its key word only with a colon: "Studio Movie
    # Grill" heads a theatre's showtimes, "Production Studio:" labels a value
    labelled = label.rstrip().endswith((":", "："))
    read = row_field_for if labelled else _heading_field
    name = read(label) if label and len(label) <= _MAX_LABEL else None
    if name is None:
        return None
    tail = squash(heading.tail)
    following: list[Element] = []
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _HEADING_TAGS or (following and following[0].tag in _VALUE_BLOCKS):
            break  # the next label, or the one block after the heading was its value
        following.append(sibling)
    text = squash(" ".join([tail, *(text_of(el) for el in following)]))
    if not text or len(text) > _MAX_HEADED_VALUE or _holds_labels(following) or _prose(text):
        return None  # a section's heading ("Box Office") over rows of its own, or an article's
    parent = heading.getparent()
    elements = tuple(following) if not tail and following else (parent if parent is not None
                                                                  else heading,)  # fmt: skip
    if tail:  # "<h4>Country:</h4> <a>United Kingdom</a>": the value is the rest of the block
        links = [text_of(a) for el in following for a in el.iter("a") if text_of(a)]
        links += [text_of(el) for el in following if el.tag == "a"]
        links = [link for link in links if not is_more_link(link)]
        return name, Fact(label, elements, text, links=links or None)
    return name, Fact(label, elements, text)


_VALUE_BLOCKS = frozenset({"div", "p", "ul", "ol", "dl", "table", "section"})
_INNER_LABELS = ("h4", "h5", "h6", "dt", "th", "strong", "b", "label", "span")


def _holds_labels(elements: list[Element]) -> bool:
    """Rows of their own inside: a label element, or a "Label: value" / "Label · value" line;
    or two elements that are listed labels themselves (a row of column headers after the first:
    "Director | Writer | Genre")."""
    if sum(_is_label(element) for element in elements[:3]) >= 2:
        return True
    for element in elements:
        for inner in element.iter(*_INNER_LABELS):
            text = text_of(inner)
            if text.endswith(":") or (len(text) <= _MAX_LABEL and field_for(text) is not None):
                return True
        for line in element.iter("li", "p", "tr"):
            label = _label_and_rest(line)[0]
            if len(label) <= _MAX_LABEL and field_for(label) is not None:
                return True
    return False


def _is_label(element: Element) -> bool:
    text = text_of(element).rstrip(":：").strip()
    return 0 < len(text) <= _MAX_LABEL and field_for(text) is not None


def _is_colon_cell(cell: Element) -> bool:
    return len(cell) == 0 and (cell.text or "").strip() in {":", "："}


def _is_spacer(cell: Element) -> bool:
    """A cell without text: empty, or holding only a spacer image or a <br>."""
    if (cell.text or "").strip():
        return False
    if len(cell) == 0:
        return True
    first = cell[0].text  # "<dd><a>Crime</a>, ..": decided without serialising the cell
    return not (first and first.strip()) and not text_of(cell)


def _image_text(cell: Element) -> str:
    return next((squash(str(img.get("alt"))) for img in cell.iter("img") if img.get("alt")), "")


def _cell_below(label_el: Element) -> Element | None:
    """<tr><th>Genre:</th></tr><tr><td>Drama</td></tr>: a label row's value in the row
    below it; a header row of labels over one row of values (the thead's row over the
    tbody's first) gives each label the cell in its column."""
    row = label_el.getparent()
    below = _row_below(row) if row is not None else None
    if row is None or below is None:
        return None
    cells = [cell for cell in row if isinstance(cell.tag, str)]
    values = [cell for cell in below if isinstance(cell.tag, str)]
    if len(cells) != len(values) or any(value.tag != "td" for value in values):
        return None
    if len(cells) > 1 and _row_of_values(below.getnext(), len(cells)):
        return None  # a column of many rows ("Market | Release Date | Gross" by region)
    labels = sum(row_field_for(text_of(cell)) is not None for cell in cells)
    if 2 * labels < len(cells):
        return None  # a header of other words ("Episode", "Title"): a list's, not the facts'
    return values[cells.index(label_el)]


def _row_of_values(row: Element | None, width: int) -> bool:
    cells = [cell for cell in row if isinstance(cell.tag, str)] if row is not None else []
    return row is not None and row.tag == "tr" and len(cells) == width and all(
        cell.tag == "td" for cell in cells)


def _row_below(row: Element) -> Element | None:
    """The row under a label row; under a thead's, the tbody's only row (a table of several
    rows under one header compares titles: its first row is no title's own); above a
    tfoot's, the same."""
    below = row.getnext()
    section = row.getparent()
    if below is None and section is not None and section.tag in ("thead", "tfoot"):
        # a tfoot's labels name the columns of the one row above them (drawn under it)
        body = section.getnext() if section.tag == "thead" else section.getprevious()
        rows = list(body.iterchildren("tr")) if body is not None else []
        below = rows[0] if len(rows) == 1 else None
    return below if below is not None and below.tag == "tr" else None


def _two_cell_row(cell: Element) -> bool:
    """<tr><td>Director</td><td>James Cameron</td></tr>: a listed label needs no colon in a
    row of two cells (a cast row has three: name, "as", character)."""
    parent = cell.getparent()
    return parent is not None and sum(1 for c in parent if c.tag in {"td", "th"}) == 2


def _under_column_heads(cell: Element) -> bool:
    """A data cell of a table whose head names its columns (<thead><tr><th scope="col">):
    a row of values, never a label and its value."""
    row = cell.getparent()
    body = row.getparent() if row is not None else None
    table = body.getparent() if body is not None and body.tag == "tbody" else body
    if table is None:
        return False
    head = next((child for child in table if child.tag == "thead"), None)
    return head is not None and sum(1 for _ in head.iter("th")) >= 3


def _in_fact_table(cell: Element) -> bool:
    """<td>Länge</td><td>24 Minuten</td> in a table of two-cell rows two or more of which have
    listed labels (an infobox): a row of facts, though its label is unknown. A table of other
    titles ("Voyage | 97 Minuten") has none."""
    row = cell.getparent()
    table = row.getparent() if row is not None else None
    if table is None or not _two_cell_row(cell):
        return False
    listed = 0
    for other in table:
        cells = [c for c in other if c.tag in {"td", "th"}]
        listed += len(cells) == 2 and field_for(text_of(cells[0])) is not None
        if listed >= 2:
            return True
    return False


def _first_with_text(cell: Element) -> bool:
    """No text in the cells before it: a poster cell in front of the first row's label."""
    for before in cell.itersiblings(preceding=True):
        if not isinstance(before.tag, str):
            continue  # a comment (<!-- google_ad_section_start -->) is no cell
        if before.tag == "th" or (before.text or "").strip():
            return False  # the usual case, decided without serialising the cell
        if len(before) and text_of(before):
            return False
    return True


def _rows_below(label_el: Element) -> tuple[Element, ...]:
    """<th rowspan="2">Genre:</th><td>Action</td></tr><tr><td>Drama</td></tr>: the values
    in the rows a spanning label covers."""
    try:
        spanned = int(str(label_el.get("rowspan") or "1"))
    except ValueError:
        return ()
    row, values = label_el.getparent(), []
    for _ in range(min(spanned, 50) - 1):
        row = row.getnext() if row is not None else None
        if row is None or row.tag != "tr":
            break
        cells = [cell for cell in row if cell.tag in {"td", "th"}]
        if cells and cells[0].tag == "td":
            values.append(cells[0])
    return tuple(values)


def _inline(element: Element, *, among_labelled: bool = False) -> list[tuple[str, Fact]]:
    """<p><strong>Director:</strong> Ada Ulloa</p>, <p>Written by: <a>..</a></p>, and
    <li>Genres · <ul><li>Drama</li></ul></li>: a label, then its value (a nested list too).
    `among_labelled`: a row whose label no list knows among listed rows (_row_among_labelled)."""
    if any(child.tag == "br" for child in element):
        found = _lines_facts(element)
    elif segments := _segment_facts(element):
        found = segments
    else:
        label, sign, rest = _label_and_rest(element, among_labelled)
        name = field_for(label) if len(label) <= _MAX_LABEL else None
        value = squash(rest) or _image_text(element)  # "<b>Certificate:</b> <img alt=PG-13>"
        if name is None and (sign in {":", "："} or among_labelled):
            name = _by_shape(label, value)  # "بلد الإنتاج: إيطاليا": a label no list knows
        values = _value_elements(element, label)
        found = [] if name is None else [(name, Fact(label, values, value))]
        # "<div><h3>Box office</h3><ul><li>Rozpočet: ...": a section heading over rows
        if found and values != (element,) and _holds_labels(list(values)):
            return []
    # the tree tests last: most "Label:" lines name no field
    if found and (in_chrome(element) or (_holds_rows(element) and not _captioned(element))):
        return []
    return found


def _captioned(element: Element) -> bool:
    """<fieldset><legend>Writer</legend><p>A</p></fieldset>, a figure and its caption, a card
    and its header: the blocks after the caption are its value, unless they hold labels of
    their own."""
    if len(element) < 2:
        return False
    lead = _after_icons(element)
    captioned = element.tag in {"fieldset", "figure", "article"} and lead is element[0] and (
        lead.tag in {"legend", "figcaption", "header"})
    # a card's title block over its body (<article><p class="title">Genres</p><div
    # class="body"><p>Drama</p></div>): the title is only a listed label
    after = _children_after(element, lead) if lead is not None else []
    titled = lead is not None and lead.tag in _CARD_TITLES and len(after) == 1 and field_for(
        text_of(lead)) is not None  # (one body: rows alternate label and value blocks)
    return (captioned or titled) and not _holds_labels(after)


_CARD_TITLES = frozenset({"p", "div", "span", "strong", "b", "h5", "h6", "header"})


# "ジャンル：ドラマ／上映時間：111分／製作国：日本", "Genre: Drama | Runtime: 111 min": labelled
# parts of one line between separators that no value holds; a semicolon only before the
# next part's label ("Screenwriter: A; Music: B": "Genre: Drama; Crime" is one value)
# ... and sentences of facts, a full stop before the next label ("Screenplay by: A. Score: B.")
_NEXT_LABEL = r"[^\W\d_][^.:：]{0,39}[:：]"  # a short label and its colon, after a full stop
_SEGMENT = re.compile(
    rf"\s*(?:／|｜|\s[|·•/]\s|;(?=\s*[^;:：]{{1,40}}[:：])|\.\s+(?={_NEXT_LABEL}))\s*"
)
_SEGMENTED = re.compile(r"[:：][^／｜|·•/;]*(?:／|｜|\s[|·•/]\s|;|\.\s)[^:：]*[:：]")


def _of_inline_leaves(element: Element) -> bool:
    """A line of inline elements holding text only (a blog theme's post-meta line of
    "Label: value" spans)."""
    return len(element) > 1 and all(
        isinstance(child.tag, str) and child.tag in _INLINE and len(child) == 0
        for child in element
    )


_INLINE = frozenset({"span", "a", "b", "strong", "em", "i", "small", "time", "abbr", "bdi"})


def _segment_facts(element: Element) -> list[tuple[str, Fact]]:
    """One fact a labelled part of a line, when two parts or more have listed labels."""
    text = squash(raw_text(element))
    if text.count(":") + text.count("：") < 2 or not _SEGMENT.search(text):
        return []
    found: list[tuple[str, Fact]] = []
    sentences = _SENTENCE_SEGMENT.search(text) is not None
    for part in _SEGMENT.split(text):
        label, colon, rest = _partition(part)
        name = field_for(label) if colon and len(label) <= _MAX_LABEL else None
        if sentences:  # each fact a sentence: its full stop is none of the value
            rest = without_full_stop(rest)
        if name is not None and rest.strip():
            found.append((name, Fact(label, (_part_holder(element, part),), squash(rest))))
    return found if len(found) >= 2 else []


_SENTENCE_SEGMENT = re.compile(rf"\.\s+{_NEXT_LABEL}")


def without_full_stop(text: str) -> str:
    """A sentence without its closing full stop ("Cast: A, B (Hanna).", "Genre: Drama."):
    after a bracket or a word of three letters or more, never an initial's or "Jr."'s."""
    return _FULL_STOP.sub("", text)


_FULL_STOP = re.compile(r"(?:(?<=\))|(?<=[^\W\d_]{3}))\.\s*$")


def _part_holder(element: Element, part: str) -> Element:
    """The child that holds a labelled part of the line whole (a post-meta line's span), so
    that a list is read from that part's items alone; else the line."""
    for child in element:
        if isinstance(child.tag, str) and squash(text_of(child)).rstrip(".") == part.strip(
                ).rstrip("."):
            return child
    return element


def _value_elements(element: Element, label: str) -> tuple[Element, ...]:
    """The elements after a label that is an element of its own (<span>Genres:</span>
    <span>A · B</span>, or one span an item), so the label is no item of a list; else the
    element itself."""
    lead = _after_icons(element)
    if lead is None or (element.text or "").strip() or (lead.tail or "").strip():
        return (element,)
    rest = tuple(c for c in _children_after(element, lead) if isinstance(c.tag, str))
    if not rest:
        return (element,)
    if len(rest) == 1:
        return rest
    only_label = squash(text_of(lead)).rstrip(":：").strip() == squash(label)
    alike = len({child.tag for child in rest}) == 1 and not any(len(child) for child in rest)
    return rest if only_label and alike else (element,)


def _holds_rows(element: Element) -> bool:
    """Blocks inside a line: rows of their own, unless they are one list of plain items
    (the value's: "Genres · <ul><li>Drama</li><li>Crime</li></ul>")."""
    blocks = [c for c in element.iterdescendants() if c.tag in _BLOCKS]
    if blocks and blocks[0] is element[0] and not len(blocks[0]) and field_for(
            text_of(blocks[0])):
        blocks = blocks[1:]  # <div><div>Director</div>Ada Kim</div>: the label's own block
    if not blocks:
        return False
    lists = [b for b in blocks if b.tag in {"ul", "ol"}]
    return len(lists) != 1 or any(
        b.tag not in {"ul", "ol", "li"} or (b.tag == "li" and len(b)) for b in blocks
    )


def _label_and_rest(element: Element, among_labelled: bool = False) -> tuple[str, str, str]:
    """ "Director: X" -> ("Director", ":", "X"); "<b>Directed by</b> X" -> ("Directed by",
    "", "X"): a label without a colon only as an element of its own, never in prose;
    "Runtime · 2h" with a listed label before a dot, dash or bar separator."""
    text = squash(raw_text(element))
    lead = element[0] if len(element) and not (element.text or "").strip() else None
    by_label = _BY_LABEL.fullmatch(lead.text or "") if lead is not None else None
    if by_label and ":" not in text:
        label = squash(by_label.group(0))
        rest = text[len(label) :]
        dash = _LEADING_SEPARATOR.match(rest)  # "<b>Directed by</b> — A, B"
        return (label, dash.group(1), rest[dash.end() :]) if dash else (label, "", rest)
    separated = _SEPARATED.match(text)
    if separated and ":" not in separated.group(1) and field_for(separated.group(1)):
        return separated.group(1), separated.group(2), separated.group(3) or ""
    label_el = _label_element(element)  # "<span>Running time</span> 3:07": a colon in the value
    if label_el is not None and ":" not in text_of(label_el):
        label = text_of(label_el)
        rest = text[len(label) :] if text.startswith(label) else text
        # "<span>Cast</span>: A, B": the colon after the label element is the label's
        colon = _LEADING_COLON.match(rest)
        return (label, ":", rest[colon.end() :]) if colon else (label, "", rest)
    if label_el is None and ":" not in text and among_labelled and (
            cell := _two_cells(element)) is not None:
        value = cell.getnext()
        return text_of(cell), "", text_of(value) if value is not None else ""  # an unlisted label
    return _partition(text)


_LEADING_COLON = re.compile(r"\s*[:：]\s*")


def _has_colon(text: str) -> bool:
    return ":" in text or "：" in text  # a full-width colon on Japanese and Chinese pages


def _partition(text: str) -> tuple[str, str, str]:
    """ "Label: value" at its first colon, ASCII or full-width ("劇場公開日：2003年5月21日")."""
    cut = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
    return (text[:cut], ":", text[cut + 1:]) if cut >= 0 else (text, "", "")


def _lined_blocks(root: Element) -> list[Element]:
    """Blocks other than p and li whose lines are split by <br> (a legacy crew div)."""
    blocks: dict[Element, None] = {}
    for br in root.iter("br"):
        parent = br.getparent()
        if parent is not None and parent.tag not in {"p", "li"}:
            blocks.setdefault(parent, None)
    return [
        block
        for block in blocks
        if not in_chrome(block)
        and not any(child.tag in _BLOCKS for child in block.iterdescendants())
    ]


def _lines_facts(block: Element) -> list[tuple[str, Fact]]:
    """ "Director: <a>..</a><br>Writer: <a>..</a>": one fact per labelled line; a line
    without a label continues the fact above it ("Writers: A<br>B<br>C")."""
    found: list[tuple[str, list[str], list[str], str]] = []  # field, items, links, label
    continued = False  # the line above was a field's: a line without a label goes on with it
    for text, links in _lines(block):
        label, colon, rest = _partition(text)
        labelled = bool(colon) and 0 < len(label) <= _MAX_LABEL
        name = field_for(label) if labelled else None
        if name is None and labelled and _series_count(label, rest):
            name = "seasons"
        alone = field_for(text) if name is None and not colon and len(text) <= _MAX_LABEL else None
        if alone is not None:
            # "<strong>Runtime</strong><br>1h 46m": a label alone on its line, its value below
            found.append((alone, [], [], text))
            continued = True
            continue
        if name is not None:
            found.append((name, [squash(rest)], [], label))
        elif labelled or not continued:
            continued = False  # "语言: 英语": a label we do not read ends the fact above
            continue
        else:
            found[-1][1].append(text)
        continued = True
        found[-1][2].extend(link for link in links if link and not _MORE.search(link))
    return [
        (name, Fact(label, (block,), ", ".join(item for item in items if item), links=links,
                    items=[kept for item in items if (kept := without_more(item))]))
        for name, items, links, label in found if any(items)
    ]


def line_texts(block: Element) -> list[str]:
    """The texts of a block's <br>-separated lines."""
    return [text for text, _ in _lines(block)]


def _lines(block: Element) -> list[tuple[str, list[str]]]:
    """(text, link texts) of each <br>-separated line of a block."""
    lines: list[tuple[list[str], list[str]]] = [([block.text or ""], [])]
    for child in block:
        if child.tag == "br":
            lines.append(([child.tail or ""], []))
            continue
        parts, links = lines[-1]
        if isinstance(child.tag, str):  # comments and processing instructions add no text
            parts.append(raw_text(child))
            links += [text_of(a) for a in child.iter("a")]
        parts.append(child.tail or "")
    return [(squash("".join(parts)), links) for parts, links in lines]


def _leads_with_label(element: Element) -> bool:
    """A colon in the element's leading text, or in the text or tail of its first child,
    or of that child's first child (<p><font><b>Director:</b></font> ...)."""
    text = element.text
    if text and _has_colon(text):
        return True
    node = element
    for _ in range(2):
        if len(node) == 0:
            # (<p><b>Studio</b> <a>Warner Bros.</a></p>: a listed label, then its value's
            # elements; a list item's are read as an item's label and value, below)
            if _label_before_separator(element):
                return True
            if element.tag == "li":
                return _label_then_text(element)
            return _label_element(element) is not None
        node = node[0]
        text, tail = node.text, node.tail
        if (text and (_has_colon(text) or _BY_LABEL.fullmatch(text))) or (
                tail and _has_colon(tail)):
            return True
    return _label_before_separator(element) or _label_element(element) is not None


def _label_then_text(element: Element) -> bool:
    """ "<li><label>Runtime</label>4h 49m</li>": a label element, no colon, the value as
    bare text after it and nothing else."""
    return len(element) == 1 and bool((element[0].tail or "").strip()) and (
        _label_element(element) is not None)


def _label_element(element: Element) -> Element | None:
    """<p><strong><bdi>Budget</bdi></strong> $60M</p>, <div><span>Screenplay</span> <a>..</a>
    </div>: a first child that is only a listed label (no colon), something after it."""
    if len(element) < 1 or (element.text or "").strip():
        return None
    lead = _after_icons(element)
    if lead is None or (lead.tag not in _LABEL_TAGS and lead.tag != "bdi"):
        return None
    label = text_of(lead)
    if not label or len(label) > _MAX_LABEL or field_for(label) is None:
        return None
    rest = (lead.tail or "").strip() or any(text_of(c) for c in _children_after(element, lead))
    return lead if rest else None


def _children_after(element: Element, child: Element) -> list[Element]:
    children = list(element)
    return children[children.index(child) + 1 :]


def _after_icons(element: Element) -> Element | None:
    """The first child that shows text, after icons (<span><i class="fa-folder"></i></span>,
    an <svg>) that show none: a theme's icon before each label."""
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if text_of(child) or (child.tail or "").strip():
            return child
    return None


def _shaped_colon_line(element: Element) -> tuple[str, Fact] | None:
    """A bare "Label: value" block whose label no list knows, read by the value's shape alone
    (a runtime, a certificate): listed labels in bare blocks are left to the readers that know
    their places (an episode's "Director: ..." line is the episode's)."""
    text = element.text or ""
    if len(text) > _MAX_HEADED_VALUE or not _has_colon(text):
        return None
    label, _, value = _partition(squash(text))
    label, value = label.strip(), value.strip()
    if not label or field_for(label) is not None:
        return None
    name = _by_shape(label, value)
    return (name, Fact(label, (element,), value)) if name in _SHAPED_LINE_FIELDS else None


_SHAPED_LINE_FIELDS = frozenset({"runtime", "content_rating"})


def _label_over_list(element: Element) -> tuple[str, Fact] | None:
    """A block that is only a listed label (and a count: "导演（3）") over a list of values."""
    following = element.getnext()
    if following is None or following.tag not in {"ul", "ol"} or len(element) > 1:
        return None
    if len(element) == 1 and (element[0].tag not in _LABEL_TAGS or len(element[0])):
        return None
    label = text_of(element)
    name = field_for(label) if 0 < len(label) <= _MAX_LABEL else None
    return (name, Fact(label, (following,), text_of(following))) if name else None


def _row_among_labelled(element: Element) -> bool:
    """<div><span>Nacionalidad</span> <span>Polonia</span></div> among rows of the same
    shape two of which have listed labels ("Presupuesto", "Año de producción"): a row of the
    details, though no list knows its label, for the value's shape to name."""
    label = _two_cells(element)
    parent = element.getparent()
    if label is None or parent is None or len(label) or len(parent) < 3:
        return False
    listed = 0
    for row in islice(parent, _MAX_ROWS_LOOKED_AT):
        if row.tag == element.tag and (cell := _two_cells(row)) is not None and field_for(
                text_of(cell)) is not None:
            listed += 1
            if listed == 2:
                return True
    return False


def _two_cells(element: Element) -> Element | None:
    """The label cell of a row of two cells (after an icon, if any: a theme's
    <i class="fa-folder">), when it is a label's tag; else None."""
    if (element.text or "").strip():
        return None
    lead = _after_icons(element)
    if lead is None or lead.tag not in _LABEL_TAGS:
        return None
    return lead if len(_children_after(element, lead)) == 1 else None


_MAX_ROWS_LOOKED_AT = 30


def _colon_label_first(element: Element) -> bool:
    """<div><span>Ţara:</span> <span>Brazilia</span></div>: a label no list knows, shown as
    one by its colon, for the value's shape to name (facts._by_shape)."""
    if len(element) < 2 or (element.text or "").strip() or element[0].tag not in _LABEL_TAGS:
        return False
    label = (element[0].text or "").rstrip()
    return label.endswith((":", "：")) and len(element[0]) == 0 and len(label) <= _MAX_LABEL


# a credit's listed label and, with no colon, the names: "Starring A, B, C", "Directed by A"
_CREDIT_FIELDS = frozenset({"cast", "directors", "writers"})
_LABEL_WORDS = 3


def _words_line(element: Element, *, credits: bool = True) -> tuple[str, Fact] | None:
    """A line of a listed label and its value with no colon between them: a credit when every
    part after the label is a name ("Starring A, B, C", "Directed by A"), or a short chip whose
    rest has its field's shape ("Rated R", "Runtime 2h 50m", "Released December 15, 1995")."""
    text = squash(element.text or "")
    if ":" in text or len(text) > _MAX_CREDIT_LINE or not text[:1].isupper():
        return None
    if text.endswith("."):
        text = _SENTENCE_END.sub("", text)  # "Rated PG-13.": one sentence a fact
    words = text.split(" ")
    first = words[0].casefold()
    if len(words) < 2 or (first not in _LINE_FIRST_WORDS
                          and singular(first) not in CREDIT_FIRST_WORDS):
        return None  # most lines: one or two set lookups, no field_for of their first words
    for size in range(1, min(_LABEL_WORDS, len(words) - 1) + 1):
        label, rest = " ".join(words[:size]), " ".join(words[size:])
        name = field_for(label)
        if name is None:
            continue
        if name in _CREDIT_FIELDS:
            fits = credits and all(looks_like_name(part) for part in rest.split(", "))
        else:  # "FSK 16": a board's name is part of its certificate, no label before it
            fits = (len(text) <= _MAX_CHIP and not CERTIFICATE.fullmatch(text)
                    and _has_shape(name, rest))
        return (name, Fact(label, (element,), rest)) if fits else None
    return None


_MAX_CREDIT_LINE = 400
# a sentence's full stop after a word of three letters or more, or a figure (not "Jr.")
_SENTENCE_END = re.compile(r"(?:(?<=[^\W_]{3})|(?<=\d))\.$")
_LINE_FIRST_WORDS = CREDIT_FIRST_WORDS | SHAPED_FIRST_WORDS


_MAX_CHIP = 60
_DATE_WORDS = 4
_MONEY = re.compile(r"\S*[^\w\s,.]\S*\s?[\d.,]+(?:\s?[^\W\d_]{1,8})?|[\d.,]+\s?[^\w\s,.]")


def _has_shape(name: str, value: str) -> bool:
    """Whether a value after a label with no colon is the field's: a certificate or a runtime
    alone, a date of a few words with its year, an amount with its currency's sign."""
    if name == "runtime":
        return runtime_alone(value)
    if name == "content_rating":
        return CERTIFICATE.fullmatch(value) is not None
    if name == "release_date":
        return len(value.split(" ")) <= _DATE_WORDS and _FOUR_DIGITS.search(value) is not None
    if name in {"budget", "box_office"}:
        return _MONEY.fullmatch(value) is not None
    return False


def _may_be_labelled(text: str) -> bool:
    return _has_colon(text) or any(mark in text for mark in "·•|—–")


def _label_before_separator(element: Element) -> bool:
    text = element.text or (element[0].text if len(element) else None)
    if not text or not any(mark in text for mark in "·•|—–"):
        return False
    found = _SEPARATED.match(squash(text))
    return found is not None and field_for(found.group(1)) is not None


def _values_after(value: Element) -> tuple[Element, ...]:
    """The dd and any further dd before the next dt (one dt may have several)."""
    values = [value]
    if value.tag == "dd":
        sibling = value.getnext()
        while sibling is not None and sibling.tag == "dd":
            values.append(sibling)
            sibling = sibling.getnext()
    return tuple(values)


def _next_sibling(element: Element, tag: str) -> Element | None:
    sibling = element.getnext()
    while sibling is not None:
        if sibling.tag == tag:
            return sibling
        if sibling.tag == element.tag:
            return None
        sibling = sibling.getnext()
    return None
