"""Build marquee/parsers/data/country_names.json: the names the Unicode CLDR (through Babel)
gives countries in the languages title pages are written in, lower-cased, so that a line of
country names is known by its words without loading fifty-nine locales at a process's first
page (about 0.9 s; the file loads in a few milliseconds).

Run: python scripts/country_names.py
Rebuilding is a deliberate step (a new language, a Babel upgrade); the parser only reads the
JSON. The languages are those of the localized labels and of data/ui_labels.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "marquee" / "parsers" / "data" / "country_names.json"
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ru", "uk", "tr", "sv",
             "da", "nb", "fi", "hu", "ro", "ja", "zh", "zh_Hant", "ko", "el", "hr", "sr", "bg",
             "vi", "id", "he", "ar", "th", "hi", "fa", "ur", "bn", "ta", "te", "mr", "ms", "lt",
             "lv", "et", "sl", "ca", "eu", "gl", "is", "ka", "hy", "az", "kk", "fil", "mk", "be",
             "bs", "sq", "sr_Latn", "af")  # fmt: skip
# codes CLDR names that are no country a film comes from (the EU, the UN, "Unknown Region")
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


def names() -> list[str]:
    found: set[str] = set()
    for code in LANGUAGES:
        for key, name in Locale.parse(code).territories.items():
            if len(key) == 2 and key.isalpha() and key not in NOT_COUNTRIES:
                found.add(name.casefold())
    return sorted(found)


if __name__ == "__main__":
    data = {"source": f"Unicode CLDR through Babel {babel.__version__}",
            "languages": list(LANGUAGES), "names": names()}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(OUT, len(data["names"]))
