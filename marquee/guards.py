"""Every title request ends in an answer or in a failure with a reason, never in silence.

Scrapy alone drops some title requests without a word: a redirect back to a URL already
requested is eaten by the duplicate filter, an off-site redirect by the offsite filter; and
a body sent without a length and cut short arrives as if whole. `FetchGuardMiddleware`
turns each of these into a failure the spider's errback records, and `known_reason` names
the failures Scrapy reports only in prose (too large, too many redirects).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.http import Request, Response
from w3lib.url import safe_url_string

from marquee.middlewares import TITLE_META
from marquee.scope import OUT_OF_SCOPE, OutOfScope, out_of_scope

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

_TOO_LARGE = re.compile(r"max size|MAXSIZE", re.IGNORECASE)
_HTML_END = re.compile(rb"</html\s*>\s*$", re.IGNORECASE)


class FetchRefused(IgnoreRequest):
    """A title request given up on purpose; `reason` is what the run's counts record."""

    def __init__(self, reason: str, details: str) -> None:
        super().__init__(f"{reason}: {details}")
        self.reason = reason


class BodyTooLarge(StopDownload):
    """A body streamed past DOWNLOAD_MAXSIZE: stopped at once and failed as `too_large`
    (Scrapy's own cancel says only "cancelled")."""

    reason = "too_large"

    def __init__(self) -> None:
        super().__init__(fail=True)


def known_reason(error: BaseException | None) -> str | None:
    """A short reason for failures Scrapy describes only in its message, else None.

    >>> known_reason(FetchRefused("redirect_loop", "/a"))
    'redirect_loop'
    >>> known_reason(IgnoreRequest("max redirections reached"))
    'redirect_limit'
    >>> known_reason(IgnoreRequest("... exceeded DOWNLOAD_MAXSIZE (10 B) during decompression."))
    'too_large'
    >>> known_reason(ValueError("boom")) is None
    True
    """
    if isinstance(error, FetchRefused | BodyTooLarge | OutOfScope):
        return error.reason
    text = str(error)
    if isinstance(error, IgnoreRequest) and "max redirections" in text:
        return "redirect_limit"
    if _TOO_LARGE.search(text):
        return "too_large"
    return None


class FetchGuardMiddleware:
    """Sits between the archive and RedirectMiddleware (priority 650), on title requests only.

    A followed redirect bypasses the duplicate filter (so it is fetched, or refused here
    with a reason); a redirect off the site's origin (`marquee.scope`: scheme, host and
    port), back to a URL of its own chain or past REDIRECT_MAX_TIMES fails; a response
    without a length whose HTML stops before `</html>` fails as `truncated` (Scrapy flags
    such responses "partial"); a body streamed past DOWNLOAD_MAXSIZE fails as `too_large`.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.site = crawler.settings.get("MARQUEE_SITE")
        self.max_redirects = crawler.settings.getint("REDIRECT_MAX_TIMES")
        self.maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        self._received: WeakKeyDictionary[Request, int] = WeakKeyDictionary()
        crawler.signals.connect(self.bytes_received, signal=signals.bytes_received)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchGuardMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Any = None) -> None:
        if request.meta.get(TITLE_META):
            # inherited by the redirects built from it; the spider already de-duplicates
            request.dont_filter = True

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        if request.meta.get(TITLE_META):
            if 300 <= response.status < 400 and b"Location" in response.headers:
                self._check_redirect(request, response)
            elif "partial" in response.flags and _cut_short(response):
                raise FetchRefused("truncated", f"{response.url}: no length, HTML ends early")
        return response

    def bytes_received(self, data: bytes, request: Request, spider: Any = None) -> None:
        limit = request.meta.get("download_maxsize", self.maxsize)
        if limit and request.meta.get(TITLE_META):
            received = self._received[request] = self._received.get(request, 0) + len(data)
            if received > limit:
                raise BodyTooLarge

    def _check_redirect(self, request: Request, response: Response) -> None:
        location = (response.headers.get(b"Location") or b"").decode("latin-1")
        target = urljoin(request.url, safe_url_string(location))
        if why := out_of_scope(target, self.site):
            self.crawler.stats.inc_value(f"{OUT_OF_SCOPE}/{why}")
            raise FetchRefused("offsite", f"redirect from {request.url} to {target} ({why})")
        if target in (*request.meta.get("redirect_urls", ()), request.url):
            raise FetchRefused("redirect_loop", f"{request.url} -> {target}")
        if request.meta.get("redirect_times", 0) + 1 > self.max_redirects:
            raise FetchRefused("redirect_limit", f"more than {self.max_redirects} redirects")


def _cut_short(response: Response) -> bool:
    if response.headers.get(b"Content-Encoding"):
        return False  # still compressed here; a cut gzip stream fails to decompress later
    return _HTML_END.search(response.body[-512:]) is None
