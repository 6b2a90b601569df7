"""What a browser shows that the tree holds outside its text: a read-only field's value, an
embedded document (`<iframe srcdoc>`), a ruby annotation above its base, a value a stylesheet
draws from a `data-value` attribute beside a label, words a stylesheet draws before or after an
element of a class (`.f3::before{content:"Runtime: "}`), a list box's group labels
(`<optgroup label>`) and the lines of an SVG card (`<text>` elements on one baseline). Each is
made plain text where it is shown, so the readers read it as any other row; nothing else on the
page changes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, cast

import lxml.html
from lxml import etree

from marquee.parsers.dom import Element, squash, text_of
from marquee.parsers.labels import row_field_for

# one walk for the four kinds; most pages have none of them
_SHOWN = etree.XPath(
    "//*[self::ruby or @srcdoc or @data-value or (self::input and @value) or self::optgroup"
    " or (self::svg and .//*[local-name()='text'])]"
)
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


def drawn_words(root: Element) -> dict[str, tuple[str, str]]:
    """Per class, the words its stylesheet draws before and after each element of it (read
    before the style elements go); words without a letter (an icon font's glyph, a bullet)
    are left out."""
    drawn: dict[str, tuple[str, str]] = {}
    for style in root.iter("style"):
        css = style.text or ""
        if "content" not in css:
            continue
        for name, where, double, single in _DRAWN.findall(css):
            words = _CSS_ESCAPE.sub(_unescaped, double or single)
            if not _LETTER.search(words) or len(words) > _MAX_LABEL + 2:
                continue
            before, after = drawn.get(name, ("", ""))
            drawn[name] = (words, after) if where == "before" else (before, words)
    return drawn


def show_hidden_values(root: Element, drawn: Mapping[str, tuple[str, str]] | None = None) -> None:
    if drawn:
        _show_drawn_words(root, drawn)
    for element in cast(list[Any], _SHOWN(root)):
        if element.getparent() is None:
            continue  # inside an element replaced before it
        if element.tag == "input":
            _show_input(element)
        elif element.tag == "ruby":
            _show_ruby(element)
        elif element.tag == "iframe" and element.get("srcdoc"):
            _show_document(element)
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
