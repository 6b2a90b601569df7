"""Parsers: pure functions from (URL, page bytes, optional HTTP headers) to raw page text.

No Scrapy here. `parse_page` detects the layout and hands the tree to the matching
layout module; `related_title_urls` lists the title links a crawler may follow.
"""

from marquee.parsers.page import parse_page, related_title_urls
from marquee.parsers.raw import Layout, RawStreaming, RawTitle

# Bump when a change to the parsers can change the records they give.
PARSER_VERSION = "1.17.0"

__all__ = [
    "PARSER_VERSION",
    "Layout",
    "RawStreaming",
    "RawTitle",
    "parse_page",
    "related_title_urls",
]
