"""Country names in the languages title pages are written in, from the Unicode CLDR (Babel):
a part of a hero line that is only country names ("China, South Korea", "Itálie / Japonsko",
"メキシコ") is the countries, though no label says so."""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

# the languages of the localized labels (labels.py), and a few more film sites write in
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ru", "uk", "tr", "sv",
              "da", "nb", "fi", "hu", "ro", "ja", "zh", "zh_Hant", "ko", "el", "hr", "sr", "bg",
              "vi", "id", "he", "ar", "th", "hi",
              # and the other languages of the media apps' labels (data/ui_labels.json)
              "fa", "ur", "bn", "ta", "te", "mr", "ms", "lt", "lv", "et", "sl", "ca", "eu", "gl",
              "is", "ka", "hy", "az", "kk", "fil", "mk", "be", "bs", "sq", "sr_Latn",
              "af")  # fmt: skip
# codes CLDR names that are no country a film comes from (the EU, the UN, "Unknown Region")
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})
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
    names = set(_MORE)
    for code in _LANGUAGES:
        for key, name in Locale.parse(code).territories.items():
            if len(key) == 2 and key.isalpha() and key not in _NOT_COUNTRIES:
                names.add(name.casefold())
    return frozenset(names)


def countries_in(text: str) -> list[str]:
    """The countries a text names when it is only country names, else []."""
    if len(text) > _MAX_LINE or any(char.isdigit() for char in text):
        return []  # a country's name holds no digit: most parts tested are years and runtimes
    names = _names()
    if text.strip().casefold() in names:
        return [text.strip()]  # "Bosnia and Herzegovina", "Trinidad and Tobago"
    parts = [part for part in _SPLIT.split(text.strip()) if part]
    if not parts or any(len(part) > _MAX_NAME or any(c.isdigit() for c in part) for part in parts):
        return []
    return parts if all(part.casefold() in names for part in parts) else []
