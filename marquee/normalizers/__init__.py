"""Normalizers: small pure functions from page text to a typed value or None.

None means "no value" (placeholder, junk, a range where one amount is wanted);
ordinary bad input never raises.
"""

from marquee.normalizers.counts import parse_count
from marquee.normalizers.dates import PartialDate, parse_date
from marquee.normalizers.money import Money, parse_money
from marquee.normalizers.runtime import parse_runtime
from marquee.normalizers.text import clean_text, is_placeholder

__all__ = [
    "Money",
    "PartialDate",
    "clean_text",
    "is_placeholder",
    "parse_count",
    "parse_date",
    "parse_money",
    "parse_runtime",
]
