"""`marquee demo`: the whole job on embedded defaults, with no network beyond 127.0.0.1.

Starts the bundled fixture site in-process, crawls it into ./marquee.db (SQLite) with the
page archive under ./archive, then prints the run summary and an example analyst query.

The site is crawled as `DEMO_SITE`, with the local server as the crawl's HTTP proxy, so no URL
names the port the server happens to get: when `DEMO_PORT` is taken and another port is used,
a second run is still an incremental re-crawl of the same pages (304s), not a new site.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterator

import sqlalchemy as sa
from rich.console import Console
from rich.table import Table

from marquee.crawl import CrawlOptions, render_brief, run_crawl
from marquee.devserver import RunningServer, serve_in_thread
from marquee.progress import Tick, progress

DEMO_PORT = 8765
DEMO_LOG = "marquee-demo.log"  # Scrapy's log, in the working directory beside marquee.db
# the origin every demo URL names, whatever port serves it (reached only through the proxy)
DEMO_SITE = "http://www.reelguide.example"
_PROXY_VARIABLES = ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY")

EXAMPLE_QUERY = """\
-- which titles earned most per unit of budget? (only where both are in one currency)
SELECT title, release_year, budget_currency AS currency, budget_amount, box_office_amount,
       ROUND(CAST(box_office_to_budget AS NUMERIC), 1) AS times_budget
FROM v_titles
WHERE box_office_to_budget IS NOT NULL
ORDER BY box_office_to_budget DESC, source_id
LIMIT 5"""

# our own server on loopback: no need to throttle
LOCAL_SITE_SETTINGS = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0,
                       "MARQUEE_RETRY_BACKOFF_BASE": 0.1, "HTTPPROXY_ENABLED": True}


def run_demo(
    *, db_url: str, archive_dir: str, echo: Callable[[str], object] = print,
    terminal: bool = False, log_file: str = DEMO_LOG,
) -> int:
    """Returns the crawl's exit status. Scrapy's log goes to `log_file`, named in the summary;
    on a `terminal` a progress bar shows while the crawl runs, else plain lines only."""
    with _fixture_site() as server, _proxied_by(server.base_url):
        echo(f"fixture site: {DEMO_SITE}, served by {server.base_url}")
        options = CrawlOptions(site=DEMO_SITE, db_url=db_url, archive_dir=archive_dir,
                               settings=LOCAL_SITE_SETTINGS)
        with _progress(terminal) as on_page:
            result = run_crawl(options, log_file=log_file, on_page=on_page)
    echo(render_brief(result.run_id, result.status, result.reasons, result.counts,
                      result.coverage).rstrip("\n"))  # fmt: skip
    echo(f"  archive: {result.counts.get('archive_dir')}; Scrapy's log: {log_file}\n")
    echo(f"example analyst query ({db_url}):\n{EXAMPLE_QUERY};")
    echo(query_table(db_url, EXAMPLE_QUERY).rstrip("\n"))
    return result.exit_status


@contextlib.contextmanager
def _progress(terminal: bool) -> Iterator[Callable[[Tick], object] | None]:
    """A transient progress bar on a terminal (gone once the crawl ends); nothing otherwise:
    the demo's plain output is its summary."""
    if not terminal:
        yield None
        return
    with progress("crawling", Console(), transient=True) as report:
        yield report


@contextlib.contextmanager
def _fixture_site() -> Iterator[RunningServer]:
    """On a fixed port when it is free, so a second demo run is an incremental re-crawl."""
    try:
        context = serve_in_thread(port=DEMO_PORT, public_base=DEMO_SITE)
        server = context.__enter__()
    except OSError:
        context = serve_in_thread(port=0, public_base=DEMO_SITE)
        server = context.__enter__()
    try:
        yield server
    finally:
        context.__exit__(None, None, None)


@contextlib.contextmanager
def _proxied_by(proxy: str) -> Iterator[None]:
    """Plain-HTTP requests go through `proxy` while the crawl runs (Scrapy's
    HttpProxyMiddleware reads the environment when the crawler is made); nothing bypasses it."""
    saved = {name: os.environ.pop(name) for name in _PROXY_VARIABLES if name in os.environ}
    os.environ["http_proxy"] = proxy
    try:
        yield
    finally:
        os.environ.pop("http_proxy", None)
        os.environ.update(saved)


def query_table(db_url: str, sql: str) -> str:
    from marquee.db import resolve_db_url

    engine = sa.create_engine(resolve_db_url(db_url))
    try:
        with engine.connect() as conn:
            result = conn.execute(sa.text(sql))
            table = Table(*result.keys())
            for row in result:
                table.add_row(*("" if value is None else str(value) for value in row))
    finally:
        engine.dispose()
    buffer = io.StringIO()
    Console(file=buffer, width=110, color_system=None).print(table)
    return buffer.getvalue()
