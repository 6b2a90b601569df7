"""What a browser shows that the tree holds outside its text, or in another order: a read-only
field's value, an embedded document (`<iframe srcdoc>`), a ruby annotation above its base, a value
a stylesheet draws from a `data-value` attribute beside a label, words a stylesheet draws before or
after an element of a class (`.f3::before{content:"Runtime: "}`) or from the element's own style
(`--k: "Runtime"` drawn by `content: var(--k)`), a list box's group labels (`<optgroup label>`),
the lines of an SVG card (`<text>` on one baseline), the table parts and headings ARIA roles make
of divs, and the order a grid's template areas or a reversed flex row lay cells out in. Each is
made plain text or plain order where it is shown, so the readers read it as any other row;
nothing else on the page changes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

import lxml.html
from lxml import etree

from marquee.parsers.dom import Element, squash, text_of
from marquee.parsers.labels import row_field_for

# one walk for the four kinds; most pages have none of them
_SHOWN = etree.XPath(
    "//*[self::ruby or @srcdoc or @data-value or (self::input and @value) or self::optgroup"
    " or (self::svg and .//*[local-name()='text'])"
    " or ((self::div or self::span) and (@role='table' or @role='grid' or @role='rowgroup'"
    " or @role='row' or @role='columnheader' or @role='rowheader' or @role='cell'"
    " or @role='gridcell' or @role='term' or @role='definition' or @role='heading'))]"
)
# whether the page may have any of them: name tests and attribute steps, no predicate at every
# element (libxml2 evaluates the walk's above at each, ~0.5 us an element: 50-85 us a pruned
# tree of ~95 elements with its first four kinds alone); most pages have none
_ANY_SHOWN = etree.XPath(
    "boolean(//ruby | //@srcdoc | //@data-value | //input/@value | //optgroup | //svg"
    " | //@role[. = 'table' or . = 'grid' or . = 'rowgroup' or . = 'row' or . = 'columnheader'"
    " or . = 'rowheader' or . = 'cell' or . = 'gridcell' or . = 'term' or . = 'definition'"
    " or . = 'heading'])"
)
# what a generic element is to assistive technology when its role says so: the element whose
# markup the readers know (a table of divs is a table)
_ROLE_TAGS = {
    "table": "table", "grid": "table", "rowgroup": "tbody", "row": "tr", "columnheader": "th",
    "rowheader": "th", "cell": "td", "gridcell": "td", "term": "dt", "definition": "dd",
}
_TEXT_INPUTS = frozenset({"", "text", "search", "url", "email", "tel", "number", "date"})
_MAX_LABEL = 40
_MAX_DOCUMENT = 200_000


# `.name::before { ... content: "Runtime: " ... }`: a class's drawn words (a string, not attr())
_DRAWN = re.compile(
    r"\.([A-Za-z_][\w-]*)::?(before|after)\s*\{[^}]*?\bcontent\s*:\s*(?:\"([^\"]*)\"|'([^']*)')"
)
_LETTER = re.compile(r"[^\W\d_]")
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?")  # "\f101": an icon font's code point


def _unescaped(found: re.Match[str]) -> str:
    code = int(found.group(1), 16)
    return chr(code) if 0 < code <= 0x10FFFF else ""


@dataclass(slots=True)
class Styles:
    """What the page's stylesheets change in what is shown, per class: words drawn before and
    after an element, a grid's areas (the order its cells are laid out in), flex rows drawn
    right to left and lists flowed into columns."""

    words: dict[str, tuple[str, str]] = field(default_factory=dict)
    areas: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)  # grid: places
    placed: dict[str, str] = field(default_factory=dict)  # class -> its grid area's name
    reversed: list[tuple[str, str]] = field(default_factory=list)  # (class, descendant tag)
    # (class, descendant tag, before or after, custom property, words after it): a label kept
    # in each element's own style ("--k: 'Runtime'") and drawn by `content: var(--k) ": "`
    variables: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)  # class -> its column count
    # attribute -> (before or after, words drawn after its value): a label kept in an
    # attribute and drawn by `[data-caption]::before { content: attr(data-caption) }`
    attributes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.words or self.areas or self.reversed or self.variables or self.columns
                    or self.attributes)


def page_styles(root: Element) -> Styles:
    """The stylesheets' effects the readers need (read before the style elements go); drawn
    words without a letter (an icon font's glyph, a bullet) are left out."""
    styles = Styles()
    for style in root.iter("style"):
        css = style.text or ""
        if "content" in css:
            _drawn_words(css, styles.words)
            styles.variables += _VARIABLE.findall(css)
            for where, name, double, single in _DRAWN_ATTRIBUTE.findall(_without_media(css)):
                if name not in _READ_ATTRIBUTES:
                    styles.attributes[name] = (where, double or single)
        if "grid-template-areas" in css:
            for name, rows in _TEMPLATE.findall(css):
                styles.areas[name] = {
                    area: (row, column)
                    for row, line in enumerate(_QUOTED.findall(rows))
                    for column, area in enumerate(line.split())
                }
            styles.placed.update(_AREA.findall(css))
        if "row-reverse" in css:
            styles.reversed += _REVERSED.findall(css)
        if "column" in css:
            styles.columns.update((name, int(count)) for name, count in _COLUMNS.findall(css))
    return styles


def _drawn_words(css: str, drawn: dict[str, tuple[str, str]]) -> None:
    for name, where, double, single in _DRAWN.findall(css):
        words = _CSS_ESCAPE.sub(_unescaped, double or single)
        if not _LETTER.search(words) or len(words) > _MAX_LABEL + 2:
            continue
        before, after = drawn.get(name, ("", ""))
        drawn[name] = (words, after) if where == "before" else (before, words)


# `[data-caption]::before { content: attr(data-caption) ": " }`
_DRAWN_ATTRIBUTE = re.compile(
    r"::?(before|after)\s*\{[^}]*?\bcontent\s*:\s*attr\(\s*([\w-]+)\s*\)\s*"
    r"(?:\"([^\"]*)\"|'([^']*)')?"
)
_MEDIA = re.compile(r"@media[^{]*\{")
# attributes read where they are (the attribute labels, a value beside its label: _show_drawn_value)
_READ_ATTRIBUTES = frozenset({"data-value", "label", "aria-label", "title"})


def _without_media(css: str) -> str:
    """The stylesheet without its @media blocks: what a desktop browser shows (a narrow
    screen's table draws each cell's header before it, `td::before{content:attr(data-th)}`)."""
    while (found := _MEDIA.search(css)) is not None:
        depth, end = 1, found.end()
        while depth and end < len(css):
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        css = css[: found.start()] + css[end:]
    return css


# `.facts li::before { content: var(--k) ": " }`
_VARIABLE = re.compile(
    r"\.([\w-]+)(?:\s+([a-z][a-z0-9]*))?::?(before|after)\s*\{[^}]*?\bcontent\s*:\s*"
    r"var\(\s*(--[\w-]+)\s*\)\s*(?:\"([^\"]*)\")?"
)
_PROPERTY = re.compile(r"(--[\w-]+)\s*:\s*(?:\"([^\"]*)\"|'([^']*)')")
# `.box { display: grid; grid-template-areas: "l0 v0" "l1 v1" }`, `.box .l0 { grid-area: l0 }`
_TEMPLATE = re.compile(r"\.([\w-]+)\s*\{[^}]*?grid-template-areas\s*:\s*((?:\s*\"[^\"]*\")+)")
_QUOTED = re.compile(r"\"([^\"]*)\"")
_AREA = re.compile(r"\.([\w-]+)\s*\{[^}]*?\bgrid-area\s*:\s*([A-Za-z_][\w-]*)\s*[;}]")
_DIGIT = re.compile(r"\d")
# `.list { column-count: 2 }` (or `columns: 2`): the children flow down one column, then the next
_COLUMNS = re.compile(r"\.([\w-]+)\s*\{[^}]*?\bcolumns?(?:-count)?\s*:\s*(\d+)\b")
# `.list li { display: flex; flex-direction: row-reverse }`: each li's children drawn backwards
_REVERSED = re.compile(
    r"\.([\w-]+)(?:\s+([a-z][a-z0-9]*))?\s*\{[^}]*?flex-direction\s*:\s*row-reverse")


# elements that mean to a reader what a span or a list does: a <mark> pill holding a label, a
# <menu> of facts (a list by the HTML standard); <font> stays (legacy tables' readers know it)
_PLAIN = {"mark": "span", "ins": "span", "u": "span", "kbd": "span", "samp": "span",
          "var": "span", "tt": "span", "big": "span", "bdo": "span", "output": "span",
          "menu": "ul", "dir": "ul"}


def show_hidden_values(root: Element, styles: Styles | None = None) -> None:
    for element in root.iter(*_PLAIN):
        element.tag = _PLAIN[str(element.tag)]
    if styles:
        _show_drawn_words(root, styles.words)
        if styles.variables:
            _draw_variables(root, styles)
        if styles.attributes:
            _show_drawn_attributes(root, styles.attributes)
        _lay_out(root, styles)
    if not _ANY_SHOWN(root):
        return
    for element in cast(list[Any], _SHOWN(root)):
        if element.getparent() is None:
            continue  # inside an element replaced before it
        if element.tag == "input":
            _show_input(element)
        elif element.tag == "ruby":
            _show_ruby(element)
        elif element.tag == "iframe" and element.get("srcdoc"):
            _show_document(element)
        elif element.get("role") in _ROLE_TAGS or element.get("role") == "heading":
            _take_role(element)
        elif element.tag == "optgroup":
            _show_group(element)
        elif element.tag == "svg":
            _show_svg_lines(element)
        elif element.get("data-value") is not None:
            _show_drawn_value(element)


def _replace(element: Element, new: Element) -> None:
    new.tail = element.tail
    parent = element.getparent()
    if parent is not None:
        parent.replace(element, new)


def _show_input(field: Element) -> None:
    """<input readonly value="Ada Kim">: a field that shows its value (not a hidden one)."""
    if str(field.get("type") or "").casefold() not in _TEXT_INPUTS:
        return
    if field.get("readonly") is None and field.get("disabled") is None:
        return  # a field to fill in: its value is a suggestion, not the page's
    span = etree.Element("span")
    span.text = squash(str(field.get("value") or ""))
    _replace(field, span)


def _show_ruby(ruby: Element) -> None:
    """<ruby>Ada Kim<rt>Director</rt></ruby>: the annotation drawn above the base, which
    labels it when it is a listed label ("Director: Ada Kim"); a reading aid otherwise."""
    notes = [text_of(rt) for rt in ruby.iter("rt")]
    label = squash(" ".join(notes))
    for note in list(ruby.iter("rt", "rp")):
        parent = note.getparent()
        if parent is not None:
            parent.remove(note)  # (their tails are empty in ruby markup)
    if not label or len(label) > _MAX_LABEL or row_field_for(label) is None:
        return
    span = etree.Element("span")
    lead = etree.SubElement(span, "span")
    lead.text = f"{label}:"
    lead.tail = " " + text_of(ruby)
    _replace(ruby, span)


def _show_document(frame: Element) -> None:
    """<iframe srcdoc="...">: the embedded document's body, shown in place."""
    source = str(frame.get("srcdoc") or "")
    if not source.strip() or len(source) > _MAX_DOCUMENT:
        return
    try:
        document = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        return
    etree.strip_elements(document, "script", "style", "noscript", "template", with_tail=False)
    body = document.find("body")
    block = etree.Element("div")
    for child in list(body if body is not None else document):
        block.append(child)
    _replace(frame, block)


def _show_drawn_value(element: Element) -> None:
    """<li data-value="Ada Kim">Director</li>, the value drawn by the stylesheet after the
    label (`content: attr(data-value)`): only beside a listed label."""
    label = text_of(element)
    if len(element) or not label or len(label) > _MAX_LABEL or row_field_for(label) is None:
        return
    value = squash(str(element.get("data-value") or ""))
    if not value:
        return
    element.text = None
    lead = etree.SubElement(element, "span")
    lead.text = f"{label}:"
    lead.tail = f" {value}"


def _show_drawn_attributes(root: Element, drawn: Mapping[str, tuple[str, str]]) -> None:
    """Each element with an attribute the stylesheet draws before or after it (a caption,
    a label) gets the attribute's words as an element of its own, as a browser shows them."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in {"td", "th"} or "-" in element.tag:
            continue  # (a table's cells have their headers; a custom element's are read)
        for name, (where, joiner) in drawn.items():
            words = squash(str(element.get(name) or ""))
            if not words or len(words) > _MAX_LABEL:
                continue
            shown = etree.Element("span")
            shown.text = words + joiner
            if where == "before":
                shown.tail, element.text = element.text, None
                element.insert(0, shown)
            else:
                element.append(shown)


def _show_drawn_words(root: Element, drawn: Mapping[str, tuple[str, str]]) -> None:
    """Each element of a class whose stylesheet draws words before or after it gets them as
    its text, as a browser shows it."""
    for element in root.iter():
        classes = element.get("class") if isinstance(element.tag, str) else None
        if not classes:
            continue
        for name in str(classes).split():
            words = drawn.get(name)
            if words is None:
                continue
            before, after = words
            if before:
                element.text = before + (element.text or "")
            if after:
                tail = etree.SubElement(element, "span")
                tail.text = after


def _show_group(group: Element) -> None:
    """<optgroup label="Director"><option>Ada Kim</option>...: the group's label over its
    options, as a list box shows them; a row "Director: Ada Kim, ..." here."""
    label = squash(str(group.get("label") or ""))
    options = [squash(text_of(option)) for option in group.iter("option")]
    options = [option for option in options if option]
    if not label or not options or len(label) > _MAX_LABEL:
        return
    row = etree.Element("div")
    lead = etree.SubElement(row, "span")
    lead.text = f"{label}:"
    lead.tail = " " + ", ".join(options)
    _replace(group, row)
    select = row.getparent()
    if select is not None and select.tag == "select":
        select.tag = "div"  # a list box shown open: its groups are rows


def _show_svg_lines(svg: Element) -> None:
    """An SVG card whose <text> elements stand on shared baselines: each baseline a row, its
    first text (by x) the label cell and the rest the value, as the card shows them side by
    side; an SVG without two such rows (a chart's axis, a logo) is left alone."""
    lines: dict[str, list[tuple[float, str]]] = {}
    for text in svg.iter("{*}text", "text"):
        words = squash("".join(str(part) for part in text.itertext()))
        if words:
            lines.setdefault(str(text.get("y") or ""), []).append((_number(text.get("x")), words))
    rows = [sorted(line) for line in lines.values() if len(line) >= 2]
    if len(rows) < 2:
        return
    table = etree.Element("table")
    for line in rows:
        row = etree.SubElement(table, "tr")
        etree.SubElement(row, "th").text = line[0][1]
        etree.SubElement(row, "td").text = " ".join(words for _, words in line[1:])
    _replace(svg, table)


def _number(text: object) -> float:
    try:
        return float(str(text))
    except ValueError:
        return 0.0


def _take_role(element: Element) -> None:
    """<div role="columnheader">Director</div> as <th>; a heading role as its level's heading
    (<div role="heading" aria-level="3"> as <h3>). A table's parts are taken only inside a
    table of roles, so that a lone "row" div in a carousel stays a div."""
    role = str(element.get("role"))
    if role == "heading":
        level = str(element.get("aria-level") or "2")
        element.tag = f"h{level}" if level in {"1", "2", "3", "4", "5", "6"} else "h2"
    elif role in {"table", "grid", "term", "definition"} or any(
        ancestor.get("role") in {"table", "grid"} or ancestor.tag == "table"
        for ancestor in element.iterancestors()
    ):
        element.tag = _ROLE_TAGS[role]
        if role == "rowgroup" and _headers_only(element):
            element.tag = "thead"
    del element.attrib["role"]


def _headers_only(group: Element) -> bool:
    roles = [str(cell.get("role")) for cell in group.iterdescendants()
             if cell.get("role") not in (None, "row")]  # fmt: skip
    return bool(roles) and all(role == "columnheader" for role in roles)


def _draw_variables(root: Element, styles: Styles) -> None:
    """Each element's label kept in its own style as a custom property, drawn before (or
    after) it by a rule of its list's class: made its text."""
    by_class: dict[str, list[tuple[str, str, str, str]]] = {}
    for name, tag, where, variable, suffix in styles.variables:
        by_class.setdefault(name, []).append((tag, where, variable, suffix))
    for element in root.iter():
        classes = str(element.get("class") or "").split() if isinstance(element.tag, str) else []
        for name in classes:
            for tag, where, variable, suffix in by_class.get(name, ()):
                for row in element.iter(tag) if tag else (element,):
                    _draw_property(row, variable, where, suffix)


def _draw_property(row: Element, variable: str, where: str, suffix: str) -> None:
    own = {key: a or b for key, a, b in _PROPERTY.findall(str(row.get("style") or ""))}
    words = own.get(variable)
    if not words or not _LETTER.search(words) or len(words) > _MAX_LABEL:
        return
    if where == "before":
        row.text = f"{words}{suffix}" + (row.text or "")
    else:
        etree.SubElement(row, "span").text = f"{suffix}{words}"


def _lay_out(root: Element, styles: Styles) -> None:
    """Children in the order the stylesheet lays them out: a grid's cells by their areas' rows
    and columns ("l0 v0" "l1 v1": each label beside its value, whatever the markup's order),
    a reversed flex row's children backwards, a two-column list's items row by row (the first
    half beside the second: labels listed before their values)."""
    if not styles.areas and not styles.reversed and not styles.columns:
        return
    for element in root.iter():
        classes = str(element.get("class") or "").split() if isinstance(element.tag, str) else []
        for name in classes:
            places = styles.areas.get(name)
            if places:
                _in_grid_order(element, places, styles.placed)
            if styles.columns.get(name) == 2:
                _in_row_order(element)
            for box, tag in styles.reversed:
                if box == name:
                    for row in element.iter(tag) if tag else (element,):
                        _reverse(row)


def _in_grid_order(
    grid: Element, places: dict[str, tuple[int, int]], placed: dict[str, str]
) -> None:
    cells = [child for child in grid if isinstance(child.tag, str)]
    where = []
    for cell in cells:
        area = next((placed[c] for c in str(cell.get("class") or "").split() if c in placed), None)
        if area not in places:
            return  # a cell the areas do not place: the markup's order stands
        where.append(places[area])
    for _, cell in sorted(zip(where, cells, strict=True), key=lambda pair: pair[0]):
        grid.append(cell)  # (moved to the end in turn: the grid's order)


def _in_row_order(box: Element) -> None:
    """A two-column list whose first column reads as labels (no digit in any item) and whose
    second holds some digits becomes the list of terms and details a reader sees."""
    items = [child for child in box if isinstance(child.tag, str)]
    half = len(items) // 2
    if half < 2 or len(items) % 2 or len({item.tag for item in items}) > 1:
        return  # an odd count or mixed items: where each column breaks is not known
    texts = ["".join(str(part) for part in item.itertext()) for item in items]
    if any(_DIGIT.search(t) for t in texts[:half]) or not any(map(_DIGIT.search, texts[half:])):
        return
    box.tag = "dl"
    for left, right in zip(items[:half], items[half:], strict=True):
        left.tag, right.tag = "dt", "dd"
        box.append(left)
        box.append(right)


def _reverse(row: Element) -> None:
    children = [child for child in row if isinstance(child.tag, str)]
    if len(children) < 2 or (row.text or "").strip():
        return
    for child in reversed(children):
        child.tail = " " + (child.tail or "").strip()
        row.append(child)
