"""The `titles` spider: decides which ReelGuide title pages to fetch, and hands each one on.

Discovery: robots.txt -> its Sitemap: lines (or /sitemap_index.xml) -> sitemaps -> /movie/
and /show/ URLs, plus related-title links on fetched pages. Incremental by default: a title
whose sitemap lastmod is newer than its last successful fetch is fetched outright, any
other known title with a conditional request (If-None-Match / If-Modified-Since), so an
unchanged page costs a 304. MARQUEE_FULL fetches everything outright.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from marquee.fetched import FetchedPage, FetchOutcome, Outcome
from marquee.frontier import DISCOVERY_META, frontier_of
from marquee.guards import known_reason
from marquee.jobdir import NOT_FETCHED_STAT
from marquee.middlewares import ROBOTS_META, ROBOTS_UNREACHABLE, TITLE_META
from marquee.parsers.links import title_links
from marquee.scope import OUT_OF_SCOPE, out_of_scope, same_origin

log = logging.getLogger(__name__)
TITLE_PREFIXES = ("/movie/", "/show/")
DISCOVERY_FAILED = "marquee/discovery/failed"


def is_title_url(url: str, site: str) -> bool:
    """A /movie/<slug> or /show/<slug> page on the site's own origin (marquee.scope)."""
    path = urlsplit(url).path
    return same_origin(url, site) and path.startswith(TITLE_PREFIXES) and path.count("/") == 2


def parse_lastmod(text: str | None) -> dt.datetime | None:
    """A sitemap <lastmod> (W3C datetime) as an aware UTC datetime; a bare date is midnight UTC."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class TitlesSpider(scrapy.Spider):
    name = "titles"
    # a conditional request's "not modified" is an answer, not an error
    handle_httpstatus_list: ClassVar[list[int]] = [304]
    allowed_domains: list[str]
    site: str
    netloc: str
    full: bool
    page_limit: int
    depth_limit: int
    db_url: str | None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fetch_state: Mapping[str, Any] = {}
        # what this crawl has scheduled; with JOBDIR it lives in `self.state`, which Scrapy
        # saves on pause, so a resumed crawl keeps its page limit and its discovery progress
        self._seen: set[str] = set()
        self._progress: dict[str, int] = {"sitemaps_pending": 0}
        # a resumed crawl's titles already stored from the archive of the killed run it resumes
        self._recovered: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> TitlesSpider:
        spider: TitlesSpider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.site = settings.get("MARQUEE_SITE").rstrip("/")
        spider.netloc = urlsplit(spider.site).netloc
        spider.allowed_domains = [urlsplit(spider.site).hostname or spider.netloc]
        spider.full = settings.getbool("MARQUEE_FULL")
        spider.page_limit = settings.getint("MARQUEE_PAGE_LIMIT")
        spider.depth_limit = settings.getint("DEPTH_LIMIT")
        spider.db_url = settings.get("MARQUEE_DB_URL")
        return spider

    async def start(self) -> AsyncIterator[Request]:
        self._resume()
        if not self.full:
            self.fetch_state = _load_fetch_state(self.db_url)
        frontier = frontier_of(self.crawler)
        # the only robots.txt request of the run: RobotsPolicyMiddleware reads its rules from it;
        # in a distributed run the scheduler queues it for the first worker only, which claims
        # the run's discovery in the same step (marquee.frontier)
        meta = {"dont_obey_robotstxt": True, ROBOTS_META: True}
        if frontier is not None:
            meta[DISCOVERY_META] = True
        yield Request(
            f"{self.site}/robots.txt", callback=self.parse_robots, errback=self.robots_failed,
            meta=meta, priority=10,
        )
        if frontier is not None:
            if not frontier.discovers():
                return  # another worker of the run does discovery; this one takes from the frontier
            # the sitemaps are read by whichever workers take them, so no one worker can
            # tell when they are all read: titles known from earlier runs are queued now
            for url in list(self.fetch_state):
                for request in self._title_request(url, None, 1):
                    yield request

    def recovered(self, urls: set[str]) -> None:
        """These titles were fetched for this crawl by the run it resumes (found in that run's
        archive, now stored): not requested again, but counted toward the page limit."""
        self._recovered |= urls

    def _resume(self) -> None:
        state = getattr(self, "state", None)  # set by Scrapy's SpiderState when JOBDIR is
        if isinstance(state, dict):
            self._seen = state.setdefault("seen", self._seen)
            self._progress = state.setdefault("progress", self._progress)

    @property
    def _sitemaps_pending(self) -> int:
        return self._progress["sitemaps_pending"]

    @_sitemaps_pending.setter
    def _sitemaps_pending(self, value: int) -> None:
        self._progress["sitemaps_pending"] = value

    # --- discovery

    def parse_robots(self, response: Response) -> Iterator[Request]:
        sitemaps = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        yield from self._sitemap_requests(sitemaps or [f"{self.site}/sitemap_index.xml"])

    def robots_failed(self, failure: Failure) -> Iterator[Request]:
        response = getattr(failure.value, "response", None)
        if response is not None and 400 <= response.status < 500:
            # no robots.txt: no rules and no Sitemap: lines; try the usual sitemap index
            yield from self._sitemap_requests([f"{self.site}/sitemap_index.xml"])
        else:  # fail closed (see marquee.middlewares): no discovery, nothing fetched
            self._discovery_failed("robots", failure)
            why = f"{self.netloc}: {_failure_reason(failure)}"
            self.crawler.stats.set_value(ROBOTS_UNREACHABLE, why)

    def _sitemap_requests(self, urls: list[str]) -> Iterator[Request]:
        for url in urls:
            if not self._in_scope(url, "sitemap"):
                continue
            self._sitemaps_pending += 1
            yield Request(url, callback=self.parse_sitemap, errback=self.sitemap_failed, priority=5)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        self._sitemaps_pending -= 1
        body = _sitemap_body(response)
        sitemap = Sitemap(body) if body else None
        if sitemap is None:
            self.crawler.stats.inc_value(f"{DISCOVERY_FAILED}/bad_sitemap")
        elif sitemap.type == "sitemapindex":
            yield from self._sitemap_requests([entry["loc"] for entry in sitemap])
        else:
            depth = _depth(response) + 1
            for entry in sitemap:
                lastmod = parse_lastmod(entry.get("lastmod"))
                yield from self._title_request(entry["loc"], lastmod, depth, "sitemap")
        yield from self._known_titles_when_done()

    def sitemap_failed(self, failure: Failure) -> Iterator[Request]:
        self._sitemaps_pending -= 1
        self._discovery_failed("sitemap", failure)
        yield from self._known_titles_when_done()

    def _known_titles_when_done(self) -> Iterator[Request]:
        """Titles seen by earlier runs but absent from the sitemaps (found by links)."""
        if self._sitemaps_pending == 0:
            for url in list(self.fetch_state):
                yield from self._title_request(url, None, 1)

    def _in_scope(self, url: str, kind: str) -> bool:
        """On the site's origin; else counted by reason and logged, never requested."""
        why = out_of_scope(url, self.site)
        if why is None:
            return True
        self.crawler.stats.inc_value(f"{OUT_OF_SCOPE}/{why}")
        level = logging.WARNING if kind == "sitemap" else logging.INFO
        log.log(level, "%s URL out of scope (%s), not requested: %.200s", kind, why, url)
        return False

    def _discovery_failed(self, step: str, failure: Failure) -> None:
        reason = _failure_reason(failure)
        self.crawler.stats.inc_value(f"{DISCOVERY_FAILED}/{step}_{reason}")
        log.error("discovery step %s failed: %s", step, reason)

    # --- title pages

    def _title_request(
        self, url: str, lastmod: dt.datetime | None, depth: int, source: str = "link"
    ) -> Iterator[Request]:
        url = url.split("#", 1)[0]
        if url in self._seen or not self._in_scope(url, source):
            return
        if url in self._recovered:
            self._seen.add(url)
            self.crawler.stats.inc_value(NOT_FETCHED_STAT)
            return
        if not is_title_url(url, self.site):
            return
        if self.depth_limit and depth > self.depth_limit:
            # not marked seen: the same title may still come from a sitemap at a lower depth
            self.crawler.stats.inc_value("marquee/depth_limit_reached")
            return
        if len(self._seen) >= self.page_limit:
            self.crawler.stats.inc_value("marquee/page_limit_reached")
            return
        self._seen.add(url)
        yield Request(
            url, callback=self.parse_title, errback=self.title_failed,
            headers=self._conditional_headers(url, lastmod), meta={TITLE_META: True},
        )

    def _conditional_headers(self, url: str, lastmod: dt.datetime | None) -> dict[str, str]:
        state = None if self.full else self.fetch_state.get(url)
        if state is None or (lastmod is not None and _newer(lastmod, state.fetched_at)):
            return {}
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        return headers

    def parse_title(self, response: Response) -> Iterator[Request | FetchedPage | FetchOutcome]:
        if response.status == 304:
            yield FetchOutcome(response.url, Outcome.SKIPPED, "not_modified")
            return
        page = _fetched_page(response)
        yield page
        yield from self._related(page, _depth(response) + 1)

    def _related(self, page: FetchedPage, depth: int) -> Iterator[Request]:
        # a byte-level pass (marquee.parsers.links), cheap enough for the reactor thread:
        # the page itself is parsed once, by the pipeline
        for url in title_links(page.url, page.body, page.headers):
            yield from self._title_request(url, None, depth)

    def title_failed(self, failure: Failure) -> Iterator[FetchOutcome]:
        request = failure.request  # type: ignore[attr-defined]
        outcome = Outcome.FAILED
        reason = _failure_reason(failure)
        if reason == "robots_disallowed":
            outcome = Outcome.SKIPPED
        yield FetchOutcome(request.url, outcome, reason)


def _load_fetch_state(db_url: str | None) -> Mapping[str, Any]:
    from marquee.db import open_database

    database = open_database(db_url)
    try:
        return database.page_fetch_state()
    finally:
        close = getattr(database, "close", None)
        if close is not None:
            close()


def _depth(response: Response) -> int:
    return int(response.meta.get("depth", 0))


def _newer(lastmod: dt.datetime, fetched_at: dt.datetime | None) -> bool:
    if fetched_at is None:
        return True
    fetched = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=dt.UTC)
    return lastmod > fetched


def _sitemap_body(response: Response) -> bytes | None:
    body = response.body
    if body[:2] == b"\x1f\x8b":
        try:
            return gunzip(body, max_size=50 * 1024 * 1024)
        except (OSError, ValueError):
            return None
    return body if b"<" in body[:512] else None


def _fetched_page(response: Response) -> FetchedPage:
    meta = response.meta
    archive = meta.get("marquee_archive") or (None, None)
    headers = {
        name.decode("latin-1").lower(): values[-1].decode("latin-1")
        for name, values in response.headers.items()
        if values
    }
    return FetchedPage(
        url=response.url,
        status=response.status,
        body=response.body,
        fetched_at=meta.get("marquee_fetched_at") or dt.datetime.now(dt.UTC),
        headers=headers,
        archive_path=archive[0],
        archive_offset=archive[1],
    )


def _failure_reason(failure: Failure) -> str:
    error = failure.value
    if known := known_reason(error):
        return known
    if isinstance(error, HttpError):
        return f"http_{error.response.status}"
    if isinstance(error, IgnoreRequest):
        text = str(error)
        if "robots.txt" in text:
            return "robots_disallowed"
        if "offsite" in text:
            return "offsite"
        return "ignored"
    return type(error).__name__
