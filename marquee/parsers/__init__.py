"""Parsers: pure functions from (URL, page bytes, optional HTTP headers) to raw page text.

No Scrapy here. `parse_page` reads any layout with one reader (docs/parser.md: channels,
scope, resolution); `related_title_urls` lists the title links a crawler may follow.
"""

from marquee.parsers.page import parse_page, related_title_urls
from marquee.parsers.raw import Layout, RawStreaming, RawTitle

# Bump when a change to the parsers can change the records they give.
PARSER_VERSION = "2.13.0"

__all__ = [
    "PARSER_VERSION",
    "Layout",
    "RawStreaming",
    "RawTitle",
    "parse_page",
    "related_title_urls",
]
