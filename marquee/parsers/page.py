"""One page in, raw fields out: decode, build the tree, pick the layout's reader."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from marquee.errors import PageRejected
from marquee.normalizers.cldr import numeric_date_order
from marquee.parsers import common, reader, schema_org, scope
from marquee.parsers.attributes import labels_from_attributes
from marquee.parsers.crew import is_crew_role
from marquee.parsers.decode import parser_input
from marquee.parsers.dom import (
    Attributed,
    Element,
    attributed,
    drop_site_chrome,
    remove_keeping_tail,
    text_of,
)
from marquee.parsers.errors import FieldShapeError
from marquee.parsers.fields import NO_TITLE
from marquee.parsers.jsonld import JsonObject, own_object, read_jsonld
from marquee.parsers.labels import field_for
from marquee.parsers.layout import detect_layout
from marquee.parsers.learned import LearnedLayout, needs_learned, read_learned
from marquee.parsers.raw import Layout, RawTitle
from marquee.parsers.shown import page_styles, show_hidden_values

# a page at a title URL whose JSON-LD says it is about something else
_NOT_TITLES = frozenset(
    {"person", "profilepage", "searchresultspage", "organization", "collectionpage", "itemlist"}
)
_INVISIBLE = ("script", "style", "noscript", "template")
_END_TAGS = re.compile(rb"</(?:html|body)\s*>", re.IGNORECASE)
# no IGNORECASE and no copy: about 3x faster than lower() and two `in` tests
_END_TAG_START = re.compile(rb"</(?:[hH][tT][mM][lL]|[bB][oO][dD][yY])")


@lru_cache(maxsize=32)
def _parser(encoding: str) -> etree.HTMLParser:
    # huge_tree: libxml2 otherwise cuts a page nested deeper than 256 or with a text node
    # over 10 MB (an inline script), silently dropping what follows
    return etree.HTMLParser(encoding=encoding, huge_tree=True)


def _open_fallbacks(root: Element) -> None:
    """What a reader sees though it is in an element that hides it from scripts: a noscript's
    fallback (the page without JavaScript) and a declarative shadow root (a component's
    rendered content) become plain blocks; a template without shadowrootmode stays inert."""
    for element in list(root.iter("noscript", "template")):
        shadow_root = bool(element.get("shadowrootmode") or element.get("shadowroot"))
        if shadow_root:
            _compose_shadow_root(element)
        if element.tag == "noscript" or shadow_root:
            element.tag = "div"


def _compose_shadow_root(template: Element) -> None:
    """A declarative shadow root as the page shows it: the host's children (its light DOM)
    moved into the root's <slot>s, by slot="name" or else into the unnamed one, so a label in
    the shadow tree stands before its slotted value (<rg-detail><template shadowrootmode=open>
    <span>Country</span> <span><slot></slot></span></template>China</rg-detail>). Children no
    slot takes are not shown, and go; a root with no slot is left as it is."""
    host = template.getparent()
    slots = list(template.iter("slot"))
    if host is None or not slots:
        return
    named = {str(slot.get("name")): slot for slot in slots if slot.get("name")}
    unnamed = next((slot for slot in slots if not slot.get("name")), None)
    light = [child for child in host if child is not template]
    assigned: dict[Element, list[Element | str]] = {}
    text = " ".join(part.strip() for part in (host.text, template.tail) if part and part.strip())
    host.text, template.tail = None, None
    if text and unnamed is not None:
        assigned[unnamed] = [text]
    for child in light:
        host.remove(child)
        target = named.get(str(child.get("slot"))) if child.get("slot") else unnamed
        if target is not None:
            assigned.setdefault(target, []).append(child)
    for slot, content in assigned.items():  # assigned content replaces the fallback
        slot.text = content[0] if isinstance(content[0], str) else None
        del slot[:]
        slot.extend(node for node in content if not isinstance(node, str))
    for slot in slots:
        slot.tag = "span"


def _break_preformatted_lines(root: Element) -> None:
    """A <pre> block's line ends as <br> elements, the line breaks every reader knows
    ("Runtime    : 170 min\nGenre      : Crime" is two lines, as the browser shows it)."""
    for pre in root.iter("pre"):
        if pre.text and "\n" in pre.text.strip("\n"):
            first, *lines = pre.text.strip("\n").split("\n")
            pre.text = first
            for index, line in enumerate(lines):
                line_break = etree.Element("br")
                line_break.tail = line
                pre.insert(index, line_break)


def _early_end_tag(data: bytes) -> bool:
    """An </html> or </body> before the page's last few hundred bytes."""
    return _END_TAG_START.search(data, 0, max(len(data) - 512, 0)) is not None


NOT_HTML = "not HTML"
TOO_DEEP = "nested too deep"
_MAX_DEPTH = 2048  # libxml2's limit with huge_tree
_CONTROL = bytes([*range(9), *range(14, 32)])


def _not_markup(data: bytes, encoding: str) -> bool:
    """No tag at all, or binary: control bytes in the first kilobyte (a wide encoding's
    zero bytes aside)."""
    if b"<" not in data:
        return True
    if encoding.casefold().startswith(("utf-16", "utf-32", "utf16", "utf32")):
        return False
    head = data[:1024]
    control = len(head) - len(head.translate(None, _CONTROL))
    return control * 20 > len(head)


def _blank(data: bytes) -> bool:
    """Nothing but whitespace, as `not data.strip()` without copying the page."""
    return not data or data.isspace()


def parse_html(body: bytes, headers: Mapping[str, str] | None = None) -> Element:
    """The page's element tree; an empty page, or bytes that are no markup, are rejected."""
    data, encoding = parser_input(body, headers)
    if not _blank(data) and _not_markup(data, encoding):
        raise PageRejected(NOT_HTML, f"{len(body)} bytes that are no HTML (binary or plain text)")
    # libxml2 drops what follows a stray </html> or </body>; browsers read on, and so do we
    if _early_end_tag(data):
        data = _END_TAGS.sub(b"", data)
    parser = _parser(encoding)
    root = etree.fromstring(data, parser) if not _blank(data) else None
    if root is None:
        raise PageRejected("empty page", f"{len(body)} bytes without markup")
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        # libxml2 stops at its depth limit and drops the rest: a record from what came before
        # would be silently emptied
        raise PageRejected(TOO_DEEP, f"markup nested deeper than {_MAX_DEPTH} levels")
    return root


@dataclass(slots=True)
class _Prepared:
    """The tree as the readers see it: scripts, site chrome and other titles' blocks gone."""

    root: Element
    url: str
    layout: Layout
    schema: RawTitle | None
    other_types: set[str]
    attributes: Attributed  # its elements with attributes, in page order (dom.attributed)


def _prepare(url: str, body: bytes, headers: Mapping[str, str] | None) -> _Prepared:
    root = parse_html(body, headers)
    layout = detect_layout(root)
    # read before the scripts go: JSON-LD about something else marks a non-title page
    linked = common.linked_url(root, url)
    jsonld, types = read_jsonld(root, linked)
    other = types & _NOT_TITLES if jsonld is None else set()
    _open_fallbacks(root)
    styles = page_styles(root)  # what the stylesheets change, before the style elements go
    etree.strip_elements(root, *_INVISIBLE, with_tail=False)
    _break_preformatted_lines(root)
    for line_break in root.iter("br"):  # a line break separates words as a space does
        line_break.tail = " " + (line_break.tail or "")
    page_url = common.canonical_url(root, url, jsonld, linked)
    schema = _schema_channel(root, page_url, jsonld, layout, _schema_marks(root))
    drop_site_chrome(root)
    scope.drop_other_topics(root, page_url)
    show_hidden_values(root, styles)  # on the pruned tree: a walk of what the readers read
    _drop_icon_buttons_and_notes(root)
    # one walk of the attributes for the attribute labels and the readers' hints (dom.owners)
    attributes = attributed(root)
    if labels_from_attributes(root, common.names_a_section, attributes):
        attributes = attributed(root)  # elements went, with their attributes: walk again
    _plain_components(root)
    return _Prepared(root, page_url, layout, schema, other, attributes)


def _drop_icon_buttons_and_notes(root: Element) -> None:
    """In one walk: a button of no words (a copy or share icon: "⧉", "✕") is a control
    beside a value, no part of it (sites62: "Brazil⧉"); and a note in lower case that closes
    every row of a block the same way (a wiki item's "preferred rank" or "1 reference" after
    each statement's value: sites66) is the block's furniture. Roles and names ("Director",
    "as Narrator") are kept."""
    found = list(root.iter("button", "ul", "ol", "tbody", "table", "dl", "div", "section"))
    for element in found:
        if element.tag == "button":
            if not any(char.isalnum() for char in text_of(element)):
                remove_keeping_tail(element)
        elif len(element) >= _NOTED_ROWS:
            _drop_repeated_notes(element)


def _drop_repeated_notes(block: Element) -> None:
    """The last leaves of the block's rows that are one note repeated (_is_note) go."""
    lasts = [leaf for row in block if len(row) >= 2 and (leaf := _last_leaf(row)) is not None]
    if len(lasts) < _NOTED_ROWS:
        return
    counts = Counter(text_of(last) for last in lasts)
    for last in lasts:
        text = text_of(last)
        if counts[text] >= _NOTED_ROWS and 0 < len(text) <= _MAX_NOTE and _is_note(text):
            remove_keeping_tail(last)


def _last_leaf(row: Element) -> Element | None:
    """The row's last element of no elements, down its last children."""
    leaf = row[-1]
    while len(leaf):
        leaf = leaf[-1]
    return leaf if isinstance(leaf.tag, str) else None


def _is_note(text: str) -> bool:
    """Words in lower case, not a number alone ("1 reference", "preferred rank"); a role,
    a label or a name ("Director", "as Narrator") is what the row is."""
    return (any(char.isalpha() for char in text) and not any(char.isupper() for char in text)
            and field_for(text) is None and not is_crew_role(text))


_NOTED_ROWS = 3  # rows (li, tr, div) a note must close to be the block's own
_MAX_NOTE = 30


def _plain_components(root: Element) -> None:
    """Web components (<sl-card>, <ion-item>), their attribute labels read, as the blocks they
    render: a card's slotted header is then a row's label as a div's would be."""
    for element in root.iter(etree.Element):
        if "-" in element.tag:
            element.tag = "div"


# microdata's and RDFa's attributes in one attribute-only XPath (each `//@name` of a union
# costs a fraction of the walk a call of its own makes): most pages have neither, and neither
# reader is called (a reader tests its attribute again, on the pages that have it)
_SCHEMA_MARKS = etree.XPath("//@itemscope | //@typeof")


def _schema_marks(root: Element) -> frozenset[str]:
    """Which of itemscope (microdata) and typeof (RDFa) the page has."""
    found = _SCHEMA_MARKS(root)
    assert isinstance(found, list)
    return frozenset(str(v.attrname) for v in found if isinstance(v, etree._ElementUnicodeResult))


def content_tree(url: str, body: bytes, headers: Mapping[str, str] | None = None) -> Element:
    """The tree the readers read (what `marquee learn` looks for stored values in)."""
    return _prepare(url, body, headers).root


def parse_page(
    url: str,
    body: bytes,
    headers: Mapping[str, str] | None = None,
    learned: Sequence[LearnedLayout] = (),
) -> RawTitle:
    """Raw fields of a title page; raises PageRejected (with its reason) for what is none.

    One reader reads every page: the layout is recorded, never a reason to reject. Locators
    learned from stored records (`learned`) are the last channel: they fill only what every
    built-in reader leaves empty."""
    page = _prepare(url, body, headers)
    raw = reader.read(page.root, page.url, page.layout, page.schema is not None, page.attributes)
    raw.language, raw.date_order = _language(page.root), _date_order(page.root)
    if learned and needs_learned(raw, page.schema, learned):
        found = read_learned(page.root, raw, learned)
        if found is not None:
            raw.fallbacks.append(found)
    if page.other_types and not _has_details(raw):
        kind = sorted(page.other_types)[0]
        raise FieldShapeError("title", NO_TITLE, f"the page describes a {kind}")
    # a heading is not enough: error and maintenance pages come at title URLs too
    if page.schema is None and not raw.fallbacks and not _has_details(raw):
        raise FieldShapeError("title", NO_TITLE, "a heading but no title page")
    if page.schema is not None:
        raw.jsonld_type = page.schema.jsonld_type
        raw.fallbacks.insert(0, page.schema)  # schema.org before the hero line
    for channel in raw.fallbacks:
        channel.language, channel.date_order = raw.language, raw.date_order
    return raw


def _schema_channel(
    root: Element, url: str, jsonld: JsonObject | None, layout: Layout, marks: frozenset[str]
) -> RawTitle | None:
    """The title's fields from its schema.org data, JSON-LD first, then microdata, RDFa and
    OpenGraph, each filling what the ones before lack; None when the page has none. `marks`:
    the attributes the page has of itemscope (microdata) and typeof (RDFa)."""
    objects = [jsonld] if jsonld is not None else []
    microdata = schema_org.microdata_objects(root, url) if "itemscope" in marks else []
    rdfa = schema_org.rdfa_objects(root, url) if "typeof" in marks else []
    for found in (microdata, rdfa):
        own = own_object(root, list(schema_org.title_objects(found)), url)
        if own is not None:
            objects.append(own)
    graph = schema_org.opengraph_object(root)
    if graph is not None:
        objects.append(graph)
    if not objects:
        return None
    merged = schema_org.schema_title(objects[0], url, layout)
    for obj in objects[1:]:
        merged = schema_org.filled(merged, schema_org.schema_title(obj, url, layout))
    merged.channel = "schema.org"
    return merged


_LANGUAGE = re.compile(r"[a-zA-Z]{2,3}")


def _language(root: Element) -> str | None:
    """The primary language subtag of <html lang>, lower-cased ("pt-BR" gives "pt")."""
    found = _LANGUAGE.match(_declared(root))
    return found.group(0).lower() if found else None


def _date_order(root: Element) -> str | None:
    """An English page's numeric date order from its region ("en-GB": "DMY", "en-US": "MDY");
    other languages' own dates settle it (dateparser reads "03.04.2026" in German as DMY)."""
    declared = _declared(root)
    return numeric_date_order(declared) if declared[:3].lower() in ("en-", "en_") else None


def _declared(root: Element) -> str:
    html = root if root.tag == "html" else next(root.iterancestors("html"), None)
    return str(html.get("lang") or "").strip() if html is not None else ""


def _has_details(raw: RawTitle) -> bool:
    """Any of the details a title page gives (a person's page at a title URL has none; a link
    to the title's IMDb page is one: a person's page links to a name, not a title)."""
    return any(
        (raw.kind, raw.tagline, raw.synopsis, raw.release_date, raw.runtime, raw.content_rating,
         raw.genres, raw.countries, raw.studios, raw.budget, raw.box_office, raw.seasons, raw.cast,
         raw.directors, raw.writers, raw.imdb_id, raw.user_rating_count,
         raw.streaming and (raw.streaming.platforms or raw.streaming.count))
    )  # fmt: skip


def related_title_urls(
    url: str, body: bytes, headers: Mapping[str, str] | None = None
) -> list[str]:
    """Absolute URLs of the /movie/... and /show/... pages the page links to."""
    try:
        root = parse_html(body, headers)
    except PageRejected:
        return []
    return common.related_urls(root, common.canonical_url(root, url, None))
