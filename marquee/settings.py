"""Scrapy settings for marquee: flat, grouped, every default written down.

Environment overrides are read here and nowhere else:
  MARQUEE_SITE         site base URL                     (default https://www.reelguide.example)
  MARQUEE_DB_URL       database URL                      (default: marquee.db resolves sqlite:///marquee.db)
  MARQUEE_ARCHIVE_DIR  WARC archive directory; "" = off  (default ./archive)
  MARQUEE_PAGE_LIMIT   most title pages one run requests (default 100000)
  MARQUEE_DEPTH_LIMIT  most link hops from robots.txt    (default 8)
  MARQUEE_LOG_LEVEL    Scrapy log level                  (default INFO)
`marquee crawl` options override these in turn (marquee.crawl.crawl_settings).
"""

from __future__ import annotations

import os

_ENV = os.environ

# --- project ---------------------------------------------------------------------------------
BOT_NAME = "marquee"
SPIDER_MODULES = ["marquee.spiders"]
NEWSPIDER_MODULE = "marquee.spiders"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = _ENV.get("MARQUEE_LOG_LEVEL", "INFO")
TELNETCONSOLE_ENABLED = False
COOKIES_ENABLED = False

# --- what to crawl, where results go -----------------------------------------------------------
MARQUEE_SITE = _ENV.get("MARQUEE_SITE", "https://www.reelguide.example")
MARQUEE_SITE_NAME = "reelguide"  # crawl_runs.site
MARQUEE_DB_URL = _ENV.get("MARQUEE_DB_URL")  # None: the storage layer's default
MARQUEE_ARCHIVE_DIR = _ENV.get("MARQUEE_ARCHIVE_DIR", "archive")
MARQUEE_RUN_NAME = None  # archive sub-directory of this run; None: a UTC timestamp
MARQUEE_FULL = False  # True: fetch every title outright, no conditional requests

# --- bounds: a crawler trap cannot run forever ----------------------------------------------
MARQUEE_PAGE_LIMIT = int(_ENV.get("MARQUEE_PAGE_LIMIT", "100000"))  # title requests per run
DEPTH_LIMIT = int(_ENV.get("MARQUEE_DEPTH_LIMIT", "8"))  # robots 0, index 1, sitemap 2, title 3..
# backstop only: the spider stops scheduling at MARQUEE_PAGE_LIMIT titles
CLOSESPIDER_PAGECOUNT = 2 * MARQUEE_PAGE_LIMIT + 1000
CLOSESPIDER_TIMEOUT = 0  # seconds; 0 = no time limit (cron wrappers may set one)

# --- politeness ----------------------------------------------------------------------------
USER_AGENT = "marquee/0.1 (title-page crawler; +https://github.com/marquee-crawler/marquee)"
ROBOTSTXT_OBEY = True  # failure policy: marquee.middlewares.RobotsPolicyMiddleware
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_DELAY = 0.25
DOWNLOAD_DELAY_JITTER = 0.5  # each delay varies by up to +-50%
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
AUTOTHROTTLE_DEBUG = False

# --- downloads -----------------------------------------------------------------------------
# items and requests handled at once per response; Scrapy's 100 spawns 100 asyncio tasks per
# response, which costs more than our one page plus a few related links need
CONCURRENT_ITEMS = 8
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
REDIRECT_ENABLED = True
REDIRECT_MAX_TIMES = 5
# only http and https: a file://, ftp://, s3:// or data: URL is never fetched, whatever a
# sitemap, link or redirect says (the scope itself: marquee.scope); ftp also ignored
# DOWNLOAD_TIMEOUT and wedged the crawl
DOWNLOAD_HANDLERS = {"file": None, "ftp": None, "s3": None, "data": None}

# --- retries (marquee.middlewares.BackoffRetryMiddleware) ------------------------------------
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
MARQUEE_RETRY_BACKOFF_BASE = 1.0  # seconds before the first retry; doubles each time
MARQUEE_RETRY_BACKOFF_MAX = 60.0
MARQUEE_RETRY_AFTER_MAX = 300.0  # a longer Retry-After is not waited for: the page fails

# --- components ------------------------------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    "marquee.middlewares.AccountingMiddleware": 40,
    "marquee.middlewares.ScopeMiddleware": 50,  # the site's origin only, redirects included
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "marquee.middlewares.RobotsPolicyMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "marquee.middlewares.BackoffRetryMiddleware": 550,
    "marquee.guards.FetchGuardMiddleware": 650,  # no title request ends in silence
    "marquee.middlewares.ArchiveMiddleware": 950,
}
ITEM_PIPELINES = {
    "marquee.pipelines.scrapy_pipeline.StorePipeline": 300,
}
JOBDIR = None  # set (e.g. `marquee crawl --jobdir state/`) to pause with Ctrl-C and resume
EXTENSIONS = {"marquee.jobdir.JobDirGuard": 100}  # a crashed JOBDIR is moved aside, not resumed

# --- distributed runs (marquee crawl --frontier; marquee.frontier) -----------------------------
MARQUEE_FRONTIER = None  # redis://HOST:PORT/DB shared by the run's workers; None: one process
MARQUEE_FRONTIER_RUN = None  # the run's name: its keys in Redis, its rows in crawl_runs
MARQUEE_FRONTIER_LEASE_SECONDS = 10.0  # a silent worker's requests go back after this long

# --- storage and extraction --------------------------------------------------------------------
MARQUEE_BATCH_SIZE = 500  # records per database write
MARQUEE_FLUSH_SECONDS = 2.0  # and at least this often: what a killed crawl can lose; 0 = off
MARQUEE_SPOOL_DIR = None  # where unwritten batches are kept if the database is gone
# extraction in N worker processes: on 2 cores the crawl process's CPU a page drops by a third
# (benchmarks.crawl, 2026-12-06), but a 20,000-page crawl peaks ~95 MB higher (301 vs 206 MB)
MARQUEE_EXTRACT_PROCESSES = 0
MARQUEE_EXTRACT_THREADS = 2  # with no worker process (0), extraction threads; 0: inline

# --- run status: degraded / failed ------------------------------------------------------------
MARQUEE_MAX_FAILURE_RATE = 0.10  # failed title requests / title requests
MARQUEE_MAX_REJECT_RATE = 0.25  # rejected pages / fetched pages
MARQUEE_KEY_FIELDS = ["title", "release_year", "runtime_minutes", "genres", "directors", "cast"]
MARQUEE_COVERAGE_DROP = 0.5  # degraded when a key field's share < this x the last good run's
MARQUEE_COVERAGE_MIN_RECORDS = 10  # too few records to judge coverage below this

# --- drift alarms (marquee.drift): a run's records against the last finished runs' -------------
# A drift ends the run degraded and is named in its summary and in crawl_runs.drift. Runs with
# fewer records than MARQUEE_DRIFT_MIN_RECORDS are neither judged nor used to judge others.
MARQUEE_DRIFT_RUNS = 5  # compare with this many last finished runs (the median of their figures)
MARQUEE_DRIFT_MIN_RECORDS = 20  # records a run needs to be judged or to judge by
MARQUEE_DRIFT_MIN_VALUES = 10  # values a number or vocabulary needs (e.g. budgets in one currency)
MARQUEE_DRIFT_SHARE_CHANGE = 0.20  # share null of a field, share with cast: absolute change
MARQUEE_DRIFT_MEDIAN_CHANGE = 0.25  # runtime, votes, money per currency: relative median change
MARQUEE_DRIFT_SPREAD_RATIO = 2.0  # their spread (p75 - p25): this many times wider or narrower
MARQUEE_DRIFT_NEW_VALUE_SHARE = 0.10  # certificates, currencies: share of values never seen
MARQUEE_DRIFT_CAST_SIZE_CHANGE = 0.25  # mean cast size: relative change
