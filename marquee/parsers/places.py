"""Country names in the languages title pages are written in, from the Unicode CLDR (Babel,
through data/country_names.json):
a part of a hero line that is only country names ("China, South Korea", "Itálie / Japonsko",
"メキシコ") is the countries, though no label says so."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

# names film pages use that CLDR does not list: short forms and countries that no longer exist
_MORE = frozenset(
    {"usa", "u.s.", "u.s.a.", "us", "uk", "u.k.", "great britain", "britain", "england",
     "scotland", "wales", "northern ireland", "velká británie", "wielka brytania",
     "grossbritannien", "großbritannien", "grande-bretagne", "gran bretaña", "gran bretagna",
     "grã-bretanha", "великобритания", "korea", "south korea", "hong kong", "taiwan",
     "soviet union", "ussr", "west germany", "east germany", "czechoslovakia", "yugoslavia",
     "ссср", "sssr", "brd", "ddr", "frg", "gdr"}
)  # fmt: skip
_SPLIT = re.compile(r"\s*(?:,|،|/|·|／|、|，|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\be\b)\s*")
_MAX_NAME = 40
_MAX_LINE = 200


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """The CLDR's country names in 59 languages (data/country_names.json, built from Babel by
    scripts/country_names.py), and the short and former names film pages use."""
    data = json.loads(resources.files(__package__).joinpath("data/country_names.json")
                      .read_text(encoding="utf-8"))
    return frozenset(data["names"]) | _MORE


def countries_in(text: str) -> list[str]:
    """The countries a text names when it is only country names, else []."""
    if len(text) > _MAX_LINE or any(char.isdigit() for char in text):
        return []  # a country's name holds no digit: most parts tested are years and runtimes
    names = _names()
    # a country's name is capitalised wherever letters have case: "saksa" (German, the
    # language, in Estonian) is no "Saksa" (Germany, in Finnish)
    if text.strip()[:1].islower():
        return []
    if text.strip().casefold() in names:
        return [text.strip()]  # "Bosnia and Herzegovina", "Trinidad and Tobago"
    parts = [part for part in _SPLIT.split(text.strip()) if part]
    if not parts or any(len(part) > _MAX_NAME or any(c.isdigit() for c in part) for part in parts):
        return []
    if any(part[0].islower() for part in parts):
        return []
    return parts if all(part.casefold() in names for part in parts) else []
