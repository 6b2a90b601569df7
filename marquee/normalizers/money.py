"""Money text -> Money(amount, ISO 4217 currency), on top of price-parser.

price-parser reads the number (separators, decimal marks); this module adds
what film pages need and it lacks: magnitude words ("$3.6 million", "₹187 crore",
"155억 원"), ISO codes for symbols and words, a code or country-named currency after the
amount overriding a bare "$" ("$50 million MXN"), country hints for "¥" and "kr", and refusing
ranges ("$10–15 million") and unknown magnitude abbreviations ("$3.6 Mx") rather
than taking a bare number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from price_parser import Price
from price_parser._currencies import CURRENCIES, CURRENCY_NATIONAL_SYMBOLS, CURRENCY_SYMBOLS

from marquee.normalizers.text import clean_text


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str | None  # ISO 4217, or None when the text does not say


Countries = Sequence[str] | str | None
_Resolver = Callable[[frozenset[str]], str | None]

# --- magnitudes -------------------------------------------------------------------------

_MAGNITUDES: dict[str, int] = {
    "thousand": 10**3, "k": 10**3, "tsd": 10**3, "tausend": 10**3,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "लाख": 10**5,
    "million": 10**6, "millions": 10**6, "mil": 10**6, "mill": 10**6, "mln": 10**6,
    "mn": 10**6, "m": 10**6, "mio": 10**6, "millionen": 10**6, "milioni": 10**6,
    "millones": 10**6, "milhões": 10**6, "миллионов": 10**6, "млн": 10**6,
    "crore": 10**7, "crores": 10**7, "cr": 10**7, "करोड़": 10**7, "\u0915\u0930\u094b\u095c": 10**7,
    "കോടി": 10**7,
    "billion": 10**9, "billions": 10**9, "bn": 10**9, "b": 10**9, "mrd": 10**9,
    "milliarden": 10**9, "milliarde": 10**9, "milliard": 10**9, "milliards": 10**9,
    "miliardi": 10**9, "mil millones": 10**9, "млрд": 10**9,
    # finance and press abbreviations: "$3.6MM", "$1.2 bil", "mld. Kč", "5 tys. zł", "R$ 2 bi"
    "mm": 10**6, "mi": 10**6, "bil": 10**9, "bill": 10**9, "bln": 10**9, "bi": 10**9,
    "mld": 10**9, "mlrd": 10**9, "thou": 10**3, "tys": 10**3, "tis": 10**3, "тыс": 10**3,
    "тис": 10**3, "trillion": 10**12, "trillions": 10**12, "tn": 10**12, "trn": 10**12,
    "трлн": 10**12, "bio": 10**12, "billionen": 10**12,  # German "Bio." is 10**12
    # Danish/Norwegian, Swedish, Finnish, Dutch: "25 millioner kroner", "2 mia. kr."
    "millioner": 10**6, "miljoner": 10**6, "miljoonaa": 10**6, "miljoen": 10**6,
    "milliarder": 10**9, "miljarder": 10**9, "miljardia": 10**9, "miljard": 10**9,
    "mia": 10**9,
}  # fmt: skip
# Korean, Japanese and Chinese units sit right after the number with no space before the
# currency ("155억원", "5億円"), and come in descending runs ("1조 2000억", "3억 5천만")
_CJK_UNITS: dict[str, int] = {
    "만": 10**4, "万": 10**4, "萬": 10**4, "십만": 10**5, "백만": 10**6, "百万": 10**6,
    "천만": 10**7, "千万": 10**7, "억": 10**8, "億": 10**8, "亿": 10**8, "조": 10**12, "兆": 10**12,
}  # fmt: skip
_CJK_UNIT = "|".join(sorted(_CJK_UNITS, key=len, reverse=True))
_CJK_PART = re.compile(rf"\s*(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\s*(?P<unit>{_CJK_UNIT})")
# "1만 5000원": the units below the last word may be written as a bare number
_CJK_REST = re.compile(r"\s*(?P<num>\d{1,4})(?=\s*(?:원|円|元)|\s*$)")
_UNREAD_NUMBER = re.compile(r"\s*\d")
_MAGNITUDE = re.compile(
    r"\s*\+?\s*(?P<mag>"
    + "|".join(re.escape(word) for word in sorted(_MAGNITUDES, key=len, reverse=True))
    + r")\.?(?![^\W\d_]|/)",
    re.IGNORECASE,
)

# --- the number: consistent digit groups, then an optional decimal part ----------------

_NUMBER = re.compile(
    r"(?<![\d.,])(?:"
    r"\d{1,2}(?:,\d{2})+,\d{3}"  # Indian grouping: 1,00,00,000
    r"|\d{1,3}(?P<sep>[,.' ])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?"
    r"|\.\d+"
    r")"
)

# --- ranges and footnotes ----------------------------------------------------------------

_FOOTNOTE = re.compile(r"\[(?:\w{1,3}|nb \d+|note \d+)\]", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# what film pages put after an amount: a date, a year, a theater count
_TRAILING_NOISE = re.compile(
    rf"[,;]?\s*\(?\b\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}\)?"
    rf"|[,;]?\s*\(?\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\)?"
    r"|\s*\(\s*\d{4}\s*\)"
    r"|\s+[\d,.]+\s+(?:theaters|theatres|screens|cinemas|locations)\b",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"\d\s*(?:[^\W\d_]{1,9}\.?)?\s*(?:[-–—]|\bto\b|\bbis\b)\s*(?:[^\w\s]{1,3}\s*)?\d"
    r"|\bbetween\b[^\d]*\d.*\band\b[^\d]*\d"
    r"|\bfrom\b[^\d]*\d.*\bto\b[^\d]*\d",
    re.IGNORECASE,
)

# --- currencies ---------------------------------------------------------------------------

_NORDIC = {
    "sweden": "SEK", "se": "SEK", "swe": "SEK",
    "norway": "NOK", "no": "NOK", "nor": "NOK",
    "denmark": "DKK", "dk": "DKK", "dnk": "DKK",
    "iceland": "ISK", "is": "ISK", "isl": "ISK",
}  # fmt: skip
_CHINA = frozenset({"china", "cn", "chn", "people's republic of china", "prc"})
_JAPAN = frozenset({"japan", "jp", "jpn"})


def _kroner(countries: frozenset[str]) -> str | None:
    found = {_NORDIC[country] for country in countries if country in _NORDIC}
    return found.pop() if len(found) == 1 else None


def _yen_or_yuan(countries: frozenset[str]) -> str | None:
    return "CNY" if countries & _CHINA and not countries & _JAPAN else "JPY"


# symbols are matched as written; words are matched whole and case-insensitively
_SYMBOLS: dict[str, str | _Resolver] = {
    "US$": "USD", "U.S.$": "USD", "CA$": "CAD", "C$": "CAD", "Can$": "CAD",
    "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "MX$": "MXN", "R$": "BRL",
    "NT$": "TWD", "S$": "SGD", "$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "￦": "KRW",
    "₹": "INR", "₽": "RUB", "CN¥": "CNY", "¥": _yen_or_yuan, "￥": _yen_or_yuan,
    "円": "JPY", "元": "CNY", "원": "KRW", "₺": "TRY", "₴": "UAH", "฿": "THB", "₱": "PHP",
    "₪": "ILS", "₫": "VND", "₦": "NGN", "zł": "PLN", "Kč": "CZK",
}  # fmt: skip
_WORDS: dict[str, str | _Resolver] = {
    "Rs": "INR", "Rs.": "INR", "rupees": "INR", "rupee": "INR", "रुपये": "INR",
    "रुपए": "INR", "₹.": "INR",
    "kr": _kroner, "kr.": _kroner, "kroner": _kroner, "kronor": "SEK", "krónur": "ISK",
    "DM": "DEM", "D-Mark": "DEM", "Mark": "DEM", "FF": "FRF",
    "руб": "RUB", "руб.": "RUB", "рублей": "RUB", "rubles": "RUB", "roubles": "RUB",
    "euro": "EUR", "euros": "EUR", "euroa": "EUR", "dollar": "USD", "dollars": "USD",
    "bucks": "USD",
    "US-Dollar": "USD", "pounds": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "forint": "HUF", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "RMB": "CNY",
    "lire": "ITL", "pesetas": "ESP", "CHF": "CHF", "Fr.": "CHF", "NTD": "TWD", "won": "KRW",
    # French press writes British budgets in "livres" (sterling): the old French livre
    # predates film, and the other pounds are named ("livres libanaises")
    "livre": "GBP", "livres": "GBP", "livres libanaises": "LBP", "livres égyptiennes": "EGP",
    "livres syriennes": "SYP", "pesos mexicanos": "MXN", "Mexican pesos": "MXN",
}  # fmt: skip
# a country-named currency: says which dollar (or franc) a bare "$" before the amount meant
_NAMED: dict[str, str] = {
    **{
        f"{country} {unit}": iso
        for country, iso in (
            ("Canadian", "CAD"), ("Australian", "AUD"), ("New Zealand", "NZD"),
            ("Hong Kong", "HKD"), ("Singapore", "SGD"), ("Taiwan", "TWD"),
            ("New Taiwan", "TWD"), ("Mexican", "MXN"), ("US", "USD"), ("U.S.", "USD"),
            ("American", "USD"),
        )
        for unit in ("dollar", "dollars")
    },
    "Swiss franc": "CHF", "Swiss francs": "CHF",
}  # fmt: skip
_WORDS.update(_NAMED)
# what a later, named currency overrides: a bare "$" is used by many countries' dollars
_BARE_DOLLAR = frozenset({"$", "dollar", "dollars"})
_CASE_SENSITIVE_WORDS = frozenset({"Rs", "Rs.", "DM", "FF", "Mark", "RMB", "CHF", "Fr.", "NTD"})
# price-parser's table also keys a few non-ISO abbreviations (RMB, NTD, ...): not codes
_NOT_ISO = frozenset({"AFL", "GGP", "IMP", "JEP", "NTD", "PRB", "RMB", "TVD", "VAL", "XTS", "XXX"})
_CODES = frozenset(
    code for code in CURRENCIES if len(code) == 3 and code.isupper() and code not in _NOT_ISO
)
_LETTER_EDGE = r"(?<![^\W\d_]){}(?![^\W\d_])"


def _word_pattern(word: str) -> str:
    body = re.escape(word)
    if word not in _CASE_SENSITIVE_WORDS:
        body = f"(?i:{body})"
    return _LETTER_EDGE.format(body)


_CURRENCY = re.compile(
    "|".join(
        [re.escape(symbol) for symbol in sorted(_SYMBOLS, key=len, reverse=True)]
        + [_word_pattern(word) for word in sorted(_WORDS, key=len, reverse=True)]
        + [_LETTER_EDGE.format("(?:" + "|".join(sorted(_CODES)) + ")")]
    )
)
_CURRENCY_OF: dict[str, str | _Resolver] = {
    **{code: code for code in _CODES},
    **{symbol: iso for symbol, iso in _SYMBOLS.items()},
    **{word.casefold(): iso for word, iso in _WORDS.items()},
}

# --- what may follow the number -----------------------------------------------------------

# a short word right after the number must be a magnitude, a currency or one of these: any
# other that begins like a magnitude ("$3.6MM" before "mm" was listed) may be one we do not
# know, and reading the bare number would give a wrong, tiny amount that nothing flags
_QUALIFIERS = (
    "est", "estd", "appr", "apx", "aprx", "abt", "ca", "circ",
    "inc", "incl", "inkl", "excl", "exkl", "ex", "exc", "zzgl", "plus",
    "net", "vat", "gst", "tax", "ttc", "ht", "mwst", "ust",
    "per", "each", "ea", "only", "now", "was", "over", "up", "with",
    "a", "an", "the", "and", "or", "to", "for", "from", "in", "at", "on", "of", "by", "us",
    "trên",  # Vietnamese "out of": "5.00 trên 5"
)  # fmt: skip
# a word "looks like a magnitude" when it begins like one: currency abbreviations ("Ft",
# "грн.", "KD") keep their number, as price-parser's tables have far fewer than the world
_MAGNITUDE_INITIALS = frozenset(word[0] for word in [*_MAGNITUDES, *_CJK_UNITS, "천", "千"])
_AFTER_NUMBER = re.compile(r"\s*(?P<word>[^\W\d_]{1,4}\.?)(?![^\W\d_])")
_QUALIFIER = re.compile(
    r"(?i:u\.s\.?|" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + r")\.?(?![^\W\d_])"
)
# price-parser's symbols and codes beyond ours, in any case ("lei", "Lek", "TL", "CHf"), and
# abbreviations its table lacks that begin like a magnitude
_OTHER_CURRENCIES = {
    *CURRENCY_SYMBOLS, *CURRENCY_NATIONAL_SYMBOLS, *CURRENCIES, "Ks", "MT", "BTC", "Kwz", "lari",
}  # fmt: skip
_OTHER_CURRENCY = re.compile(
    "(?i:"
    + "|".join(
        re.escape(symbol)
        for symbol in sorted(_OTHER_CURRENCIES, key=len, reverse=True)
        if symbol[:1].isalpha()
    )
    + ")"
)


def _unknown_word_after(text: str, end: int) -> bool:
    """Whether the number ending at `end` is followed by a short word that is neither a
    currency nor a qualifier."""
    found = _AFTER_NUMBER.match(text, end)
    if found is None or found.group("word")[0].casefold() not in _MAGNITUDE_INITIALS:
        return False
    start, stop = found.span("word")
    return not any(
        (known := pattern.match(text, start)) is not None and known.end() >= stop
        for pattern in (_CURRENCY, _OTHER_CURRENCY, _QUALIFIER)
    )


def parse_money(text: str | None, *, country: Countries = None) -> Money | None:
    """A money amount as written to Money; None for junk, placeholders and ranges.

    `country` (the title's countries, names or ISO codes) settles "¥" and "kr".

    >>> parse_money("$3,600,000")
    Money(amount=Decimal('3600000'), currency='USD')
    >>> parse_money("$3.6 million (estimated)")
    Money(amount=Decimal('3600000'), currency='USD')
    >>> [str(parse_money(t).amount) for t in ("$135m", "£1.6bn", "₹187 crore", "60k")]
    ['135000000', '1600000000', '1870000000', '60000']
    >>> [parse_money(t).currency for t in ("€11,400,000", "A$5", "CA$2", "₩15,500", "R$ 3")]
    ['EUR', 'AUD', 'CAD', 'KRW', 'BRL']
    >>> [parse_money(t).currency for t in ("3.6 million dollars", "EUR 1,6 Mio", "70.000 Euro")]
    ['USD', 'EUR', 'EUR']
    >>> parse_money("¥1,900,000,000", country=["Japan"]).currency
    'JPY'
    >>> parse_money("¥1,900,000,000", country=["China", "Hong Kong"]).currency
    'CNY'
    >>> parse_money("50 000 kr", country="Sweden"), parse_money("50 000 kr")
    (Money(amount=Decimal('50000'), currency='SEK'), Money(amount=Decimal('50000'), currency=None))
    >>> parse_money("$727,327, 25 September 1994")
    Money(amount=Decimal('727327'), currency='USD')
    >>> parse_money("$129 million [4]")
    Money(amount=Decimal('129000000'), currency='USD')
    >>> parse_money("RMB 100 million")
    Money(amount=Decimal('100000000'), currency='CNY')
    >>> [parse_money(t).currency for t in ("$50 million MXN", "2 million Canadian dollars")]
    ['MXN', 'CAD']
    >>> parse_money("₩155억")
    Money(amount=Decimal('15500000000'), currency='KRW')
    >>> [parse_money(t) for t in ("$10–15 million", "500k-750k", "between $10 and $15 million")]
    [None, None, None]
    >>> [str(parse_money(t).amount) for t in ("$3.6MM", "$1.2 bil", "₩2.5 tn")]
    ['3600000', '1200000000', '2500000000000']
    >>> parse_money("$3.6 Mx") is None  # a magnitude we do not know: not 3.6 dollars
    True
    >>> [parse_money(t) for t in ("N/A", "—", "unknown", "", None, "$")]
    [None, None, None, None, None, None]
    """
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    plain = _plain_amount(cleaned)
    if plain is not None:
        return plain
    cleaned = _TRAILING_NOISE.sub(" ", _FOOTNOTE.sub(" ", cleaned))
    if _RANGE.search(cleaned):
        return None
    amount = _amount(cleaned)
    if amount is None:
        return None
    return Money(amount, _currency(cleaned, _country_set(country)))


# the site's usual forms, "$3,600,000" and "$3.6 million": read by hand, the general rules
# (price-parser and the currency search) cost ~5-10 µs a call
_PLAIN = re.compile(r"(?P<symbol>[$€£₩₹])(?P<digits>\d{1,3}(?:,\d{3})*)")
_PLAIN_MAGNITUDE = re.compile(
    r"(?P<symbol>[$€£₩₹])(?P<digits>\d+(?:\.\d+)?)"
    r"(?: (?P<word>thousand|million|billion|crore|lakh)|(?P<suffix>k|m|bn|K|M|B|BN))"
)
_PLAIN_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR"}


def _plain_amount(text: str) -> Money | None:
    """A symbol and whole comma-grouped digits, or a symbol, a number and a magnitude,
    nothing else; None for any other text."""
    found = _PLAIN.fullmatch(text)
    if found is not None:
        amount = Decimal(found.group("digits").replace(",", ""))
        return Money(amount, _PLAIN_CURRENCY[found.group("symbol")])
    found = _PLAIN_MAGNITUDE.fullmatch(text)
    if found is None:
        return None
    scale = _MAGNITUDES[(found.group("word") or found.group("suffix")).casefold()]
    amount = _whole(Decimal(found.group("digits")) * scale)
    return Money(amount, _PLAIN_CURRENCY[found.group("symbol")])


def _amount(text: str) -> Decimal | None:
    """price-parser reads plain prices; a number with a magnitude word is read here."""
    number = _NUMBER.search(text)
    if number is None:
        return Price.fromstring(text).amount
    if _CJK_PART.match(text, number.start()):
        return _cjk_amount(text, number.start())
    magnitude = _MAGNITUDE.match(text, number.end())
    if magnitude is None:
        return None if _unknown_word_after(text, number.end()) else Price.fromstring(text).amount
    digits = number.group(0)
    # "2.187 billion" is 2.187e9: with a magnitude a lone dot is a decimal point
    decimal_point = "." if digits.count(".") == 1 and "," not in digits else None
    amount = Price.fromstring(digits, decimal_separator=decimal_point).amount
    if amount is None:
        return None
    return _whole(amount * _MAGNITUDES[magnitude.group("mag").casefold()])


def _cjk_amount(text: str, start: int) -> Decimal | None:
    """ "155억" or "1조 2000억 원": a descending run of number-unit pairs; None when a unit
    does not come smaller than the one before ("5만 3억") or a number is left over."""
    total, last, end = Decimal(0), 10**13, start
    while (part := _CJK_PART.match(text, end)) is not None:
        unit = _CJK_UNITS[part.group("unit")]
        if unit >= last:
            return None
        total += Decimal(part.group("num").replace(",", "")) * unit
        last, end = unit, part.end()
    rest = _CJK_REST.match(text, end)
    if rest is not None and int(rest.group("num")) < last:
        total += Decimal(rest.group("num"))
        end = rest.end()
    # "1억 2천": a number left unread would make the total silently wrong
    return None if _UNREAD_NUMBER.match(text, end) else _whole(total)


def _whole(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount


def _country_set(country: Countries) -> frozenset[str]:
    if country is None:
        return frozenset()
    names = [country] if isinstance(country, str) else country
    return frozenset(" ".join(name.split()).casefold() for name in names)


def _currency(text: str, countries: frozenset[str]) -> str | None:
    match = _CURRENCY.search(text)
    if match is None:
        return None
    token = match.group(0)
    if token.casefold() in _BARE_DOLLAR:
        named = _named_after_amount(text)
        if named is not None:
            return named
    return _iso(token, countries)


def _iso(token: str, countries: frozenset[str]) -> str | None:
    iso = _CURRENCY_OF.get(token) or _CURRENCY_OF.get(token.casefold())
    if iso is None or isinstance(iso, str):
        return iso
    return iso(countries)


# "$50 million MXN", "$2,000,000 (CAD)", "2 million dollars (CAD)", "$2 million in Canadian
# dollars": a code or a country-named currency right after the amount, unless a number
# follows it ("$5 million (EUR 4 million)" gives a second amount, not the first's currency)
_NAMED_AFTER = re.compile(
    r"\s*(?i:dollars?\b)?\s*\(?\s*(?:in\s+)?(?P<token>"
    + _CURRENCY.pattern
    + r")(?!\s*[^\w\s]{0,3}\s*\d)"
)
_NAMED_WORDS = frozenset(word.casefold() for word in _NAMED)


def _named_after_amount(text: str) -> str | None:
    """The ISO code that a code or country-named currency after the first amount gives."""
    number = _NUMBER.search(text)
    if number is None:
        return None
    end = number.end()
    magnitude = _MAGNITUDE.match(text, end)
    found = _NAMED_AFTER.match(text, magnitude.end() if magnitude else end)
    if found is None:
        return None
    token = found.group("token")
    if token not in _CODES and token.casefold() not in _NAMED_WORDS:
        return None
    iso = _CURRENCY_OF.get(token) or _CURRENCY_OF.get(token.casefold())
    return iso if isinstance(iso, str) else None
