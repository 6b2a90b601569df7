"""Downloader middlewares: scope, robots.txt failure policy, retries with backoff, archive,
accounting.

Robots policy (RFC 9309, section 2.3.1): robots.txt answered 2xx is obeyed; 4xx means
"no rules" (crawl everything); 5xx after retries, a timeout or a connection error means the
site cannot tell us its rules, so nothing is crawled (fail closed) and the run is failed with
the reason in its counts (`robots_unreachable`). robots.txt is fetched once per run: the
spider's own request (for its Sitemap: lines) is the one the policy reads.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import functools
import logging
import random
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.defer import deferred_to_future
from scrapy.utils.misc import build_from_crawler
from twisted.internet import task
from twisted.internet.defer import Deferred

from marquee.archive import WarcArchive
from marquee.scope import OUT_OF_SCOPE, OutOfScope, out_of_scope

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"
TITLE_META = "marquee_title"  # set by the spider on title-page requests
ROBOTS_META = "marquee_robots"  # set by the spider on its robots.txt request
ROBOTS_UNREACHABLE = "marquee/robots/unreachable"
log = logging.getLogger(__name__)


class ScopeMiddleware:
    """Refuses every request off the site's origin before it is sent, whoever made it:
    the spider, a redirect, a meta refresh or robots.txt handling (`marquee.scope`)."""

    def __init__(self, crawler: Crawler) -> None:
        self.site = crawler.settings.get("MARQUEE_SITE")
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScopeMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        why = out_of_scope(request.url, self.site)
        if why is not None:
            self.stats.inc_value(f"{OUT_OF_SCOPE}/{why}")
            log.warning("out of scope (%s), not requested: %s", why, request.url)
            raise OutOfScope(request.url, why)


class RobotsPolicyMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware with an explicit policy when robots.txt fails to load,
    reading the spider's own robots.txt answer instead of fetching the file a second time.

    The spider asks for robots.txt before anything else, so its answer (after retries and
    redirects) is in place before the first request that needs the rules; only a request
    for another netloc, or one resumed from a job directory, makes Scrapy fetch the file.
    """

    async def process_response(self, request: Request, response: Response) -> Response:
        netloc = self._robots_netloc(request)
        if netloc is not None:
            self._parsers[netloc] = Deferred()
            self._stats.inc_value("robotstxt/request_count")
            await self._parse_robots(response, netloc, request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        netloc = self._robots_netloc(request)
        if netloc is not None:
            self._parsers[netloc] = Deferred()
            self._stats.inc_value("robotstxt/request_count")
            self._robots_error(exception, netloc)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            self._fail_closed(netloc, f"http_{response.status}")
            return
        if response.status >= 400:
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if isinstance(exc, IgnoreRequest) and not isinstance(exc, OutOfScope):
            super()._robots_error(exc, netloc)
        else:
            self._fail_closed(netloc, type(exc).__name__)

    def _robots_netloc(self, request: Request) -> str | None:
        """The netloc whose rules the spider's robots.txt request brings, if not known yet."""
        if not request.meta.get(ROBOTS_META):
            return None
        first = request.meta.get("redirect_urls") or [request.url]
        netloc = urlsplit(first[0]).netloc
        return None if netloc in self._parsers else netloc

    def _fail_closed(self, netloc: str, why: str) -> None:
        self._stats.set_value(ROBOTS_UNREACHABLE, f"{netloc}: {why}")
        parser = build_from_crawler(self._parserimpl, self.crawler, DISALLOW_ALL)
        pending = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(pending, Deferred):
            pending.callback(parser)


def retry_after_seconds(value: bytes | str | None, now: dt.datetime) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent or unreadable.

    >>> retry_after_seconds(b"120", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    120.0
    >>> retry_after_seconds("Thu, 01 Jan 2026 00:00:30 GMT", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    30.0
    >>> retry_after_seconds("soon", dt.datetime(2026, 1, 1, tzinfo=dt.UTC)) is None
    True
    """
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    if text.strip().isdigit():
        return float(text.strip())
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - now).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, waiting before each one: exponential backoff with jitter, or
    Retry-After when the server gives it (a wait longer than MARQUEE_RETRY_AFTER_MAX
    is not retried: the response goes on as a failure)."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("MARQUEE_RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("MARQUEE_RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("MARQUEE_RETRY_AFTER_MAX")

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"), dt.datetime.now(dt.UTC))
        if wait is not None and wait > self.retry_after_max:
            self.crawler.stats.inc_value("marquee/retry/retry_after_too_long")
            return response
        retry = self._retry(request, f"http_{response.status}")
        if retry is None:
            return response
        await self._sleep(max(wait or 0.0, self._backoff(request)))
        return retry

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        retry = super().process_exception(request, exception)
        if isinstance(retry, Request):
            await self._sleep(self._backoff(request))
        return retry

    def _backoff(self, request: Request) -> float:
        attempt = int(request.meta.get("retry_times", 0))
        delay: float = min(self.backoff_max, self.backoff_base * 2**attempt)
        return delay * random.uniform(0.5, 1.0)

    async def _sleep(self, seconds: float) -> None:
        from twisted.internet import reactor  # the installed one: never import it at module load

        if seconds > 0:
            await deferred_to_future(task.deferLater(reactor, seconds, lambda: None))


ARCHIVE_DIR_STAT, ARCHIVE_RUN_STAT = "marquee/archive/dir", "marquee/archive/run"


class ArchiveMiddleware:
    """Writes every response as received (before decompression) to the run's WARC files.

    Sits close to the downloader, so retried and redirected responses are kept too; the
    location and fetch time of the response handed to the spider end up in request.meta.
    """

    def __init__(self, crawler: Crawler) -> None:
        directory = crawler.settings.get("MARQUEE_ARCHIVE_DIR")
        if not directory:
            raise NotConfigured
        run_name = crawler.settings.get("MARQUEE_RUN_NAME") or _run_stamp()
        self.archive = WarcArchive(directory, run_name)
        self.stats = crawler.stats
        self.stats.set_value(ARCHIVE_DIR_STAT, str(self.archive.directory))
        self.stats.set_value(ARCHIVE_RUN_STAT, run_name)
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="archive")
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Response:
        fetched_at = dt.datetime.now(dt.UTC)
        write = functools.partial(
            self.archive.write,
            url=response.url, status=response.status, reason=_reason(response.status),
            headers=_header_pairs(response), body=response.body, fetched_at=fetched_at,
        )
        # gzip and file I/O in the archive's own thread; one thread keeps records in order
        location = await asyncio.wrap_future(self._pool.submit(write))
        request.meta["marquee_archive"] = (location.path, location.offset)
        request.meta["marquee_fetched_at"] = fetched_at
        self.stats.inc_value("marquee/archive/records")
        return response

    def spider_closed(self) -> None:
        self._pool.shutdown()
        self.archive.close()


class AccountingMiddleware:
    """Counts title-page requests once each, whatever retries and redirects follow."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AccountingMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        meta = request.meta
        if meta.get(TITLE_META) and not meta.get("marquee_counted"):
            meta["marquee_counted"] = True
            self.stats.inc_value("marquee/requests")


def _run_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _header_pairs(response: Response) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in response.headers.items()
        for value in values
    ]
