"""What a browser shows that the tree holds outside its text: a read-only field's value, an
embedded document (`<iframe srcdoc>`), a ruby annotation above its base, and a value a
stylesheet draws from a `data-value` attribute beside a label. Each is made plain text where it
is shown, so the readers read it as any other row; nothing else on the page changes."""

from __future__ import annotations

from typing import Any, cast

import lxml.html
from lxml import etree

from marquee.parsers.dom import Element, squash, text_of
from marquee.parsers.labels import row_field_for

# one walk for the four kinds; most pages have none of them
_SHOWN = etree.XPath("//*[self::ruby or @srcdoc or @data-value or (self::input and @value)]")
# whether the page has any of them: name tests and attribute steps, no predicate on every
# element (the walk above costs libxml2 ~0.5 us an element, 50-85 us on a ~95-element pruned
# tree; this ~9 us)
_ANY_SHOWN = etree.XPath("boolean(//ruby | //@srcdoc | //@data-value | //input/@value)")
_TEXT_INPUTS = frozenset({"", "text", "search", "url", "email", "tel", "number", "date"})
_MAX_LABEL = 40
_MAX_DOCUMENT = 200_000


def show_hidden_values(root: Element) -> None:
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
