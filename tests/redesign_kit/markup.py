"""HTML helpers: class names in the design's style, and the facts block in its markup."""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape

from .design import Design

ICON_PATH = '<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z"/>'


def esc(text: str) -> str:
    return escape(text, quote=True)


def slugify(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


class Classes:
    """Class attributes as the design writes them: hashed per deploy, BEM, or plain words."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self._rng = rng
        self._style = style
        self._hashes: dict[str, str] = {}
        self._suffix = rng.random() < 0.6

    def __call__(self, name: str) -> str:
        if self._style == "plain":
            return f' class="{name}"'
        if self._style == "bem":
            return f' class="title-page__{name}"'
        digest = self._hashes.setdefault(name, f"{self._rng.getrandbits(24):06x}")
        return f' class="css-{digest}-{name}"' if self._suffix else f' class="css-{digest}"'


@dataclass
class Fact:
    """One labelled fact: `field` is the record key (or "release"/"kind"), `value` inner HTML."""

    field: str
    label: str
    value: str


def facts_block(facts: list[Fact], design: Design, cls: Classes, key: str) -> str:
    render = {
        "dl": _dl,
        "th-table": _table,
        "card-group": _cards,
        "tiles": _tiles,
        "colon-list": _colon_list,
        "dot-list": _dot_list,
    }[design.facts_markup]
    return render(facts, design, cls, key)


def _dl(facts: list[Fact], design: Design, cls: Classes, key: str) -> str:
    rows = "".join(
        f"<div{cls('drow')}><dt{cls('dt')}>{esc(f.label)}</dt><dd{cls('dd')}>{f.value}</dd></div>"
        if design.colon_inner
        else f"<dt>{esc(f.label)}</dt><dd>{f.value}</dd>"
        for f in facts
    )
    return f"<dl{cls('facts')}>{rows}</dl>"


def _table(facts: list[Fact], design: Design, cls: Classes, key: str) -> str:
    rows = "".join(
        f'<tr><th scope="row"{cls("th")}>{esc(f.label)}</th><td{cls("td")}>{f.value}</td></tr>'
        for f in facts
    )
    return f"<table{cls('facts-table')}><tbody>{rows}</tbody></table>"


def _cards(facts: list[Fact], design: Design, cls: Classes, key: str) -> str:
    cards = "".join(
        f'<div role="group"{cls("fact-card")}>{_labelled(f, design, cls, key)}</div>' for f in facts
    )
    return _labelledby_pool(facts, design, key) + f"<div{cls('fact-grid')}>{cards}</div>"


def _tiles(facts: list[Fact], design: Design, cls: Classes, key: str) -> str:
    tiles = "".join(f"<li{cls('tile')}>{_labelled(f, design, cls, key)}</li>" for f in facts)
    return _labelledby_pool(facts, design, key) + f"<ul{cls('tiles')}>{tiles}</ul>"


def _colon_list(facts: list[Fact], design: Design, cls: Classes, key: str) -> str:
    if design.colon_inner:
        items = "".join(f"<li><strong>{esc(f.label)}:</strong> {f.value}</li>" for f in facts)
    else:
        items = "".join(f"<li>{esc(f.label)}: {f.value}</li>" for f in facts)
    return f"<ul{cls('facts-list')}>{items}</ul>"


def _dot_list(facts: list[Fact], design: Design, cls: Classes, key: str) -> str:
    if design.colon_inner:
        items = "".join(
            f"<li><span{cls('k')}>{esc(f.label)}</span> · <span{cls('v')}>{f.value}</span></li>"
            for f in facts
        )
    else:
        items = "".join(f"<li>{esc(f.label)} · {f.value}</li>" for f in facts)
    return f"<ul{cls('facts-list')}>{items}</ul>"


def _label_id(key: str, fact: Fact) -> str:
    return f"lbl-{key}-{fact.field}"


def _labelledby_pool(facts: list[Fact], design: Design, key: str) -> str:
    if design.label_style != "aria-labelledby":
        return ""
    spans = "".join(f'<span id="{_label_id(key, f)}">{esc(f.label)}</span>' for f in facts)
    return f"<div hidden>{spans}</div>"


def _labelled(fact: Fact, design: Design, cls: Classes, key: str) -> str:
    """A label element and a value element, the label carried as the design says."""
    label, value = esc(fact.label), fact.value
    style = design.label_style
    if style == "aria-label-icon":
        icon = f'<svg role="img" aria-label="{label}" viewBox="0 0 24 24">{ICON_PATH}</svg>'
        return f"{icon}<span{cls('value')}>{value}</span>"
    if style == "svg-title-icon":
        icon = f'<svg role="img" viewBox="0 0 24 24"><title>{label}</title>{ICON_PATH}</svg>'
        return f"{icon}<span{cls('value')}>{value}</span>"
    if style == "i-title-icon":
        icon = f'<i class="icon icon-{fact.field}" title="{label}"></i>'
        return f"{icon}<span{cls('value')}>{value}</span>"
    if style == "aria-label-value":
        return f'<span{cls("value")} aria-label="{label}">{value}</span>'
    if style == "aria-labelledby":
        return f'<span{cls("value")} aria-labelledby="{_label_id(key, fact)}">{value}</span>'
    if style == "sr-only":
        return f'<span class="sr-only">{label}</span><span{cls("value")}>{value}</span>'
    return f"<span{cls('label')}>{label}</span><span{cls('value')}>{value}</span>"
