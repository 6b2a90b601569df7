"""`marquee demo`: the whole job on embedded defaults, with no network beyond 127.0.0.1.

Starts the bundled fixture site in-process, crawls it into ./marquee.db (SQLite) with the
page archive under ./archive, then prints the run summary and an example analyst query.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator

import sqlalchemy as sa
from rich.console import Console
from rich.table import Table

from marquee.crawl import CrawlOptions, run_crawl
from marquee.devserver import RunningServer, serve_in_thread

DEMO_PORT = 8765

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
                       "MARQUEE_RETRY_BACKOFF_BASE": 0.1}


def run_demo(*, db_url: str, archive_dir: str, echo: Callable[[str], object] = print) -> int:
    """Returns the crawl's exit status."""
    with _fixture_site() as server:
        echo(f"fixture site: {server.base_url} (the ReelGuide pages bundled with marquee)")
        options = CrawlOptions(site=server.base_url, db_url=db_url, archive_dir=archive_dir,
                               settings=LOCAL_SITE_SETTINGS)
        result = run_crawl(options)
    echo(result.summary)
    echo(f"archive: {result.counts.get('archive_dir')}\n")
    echo(f"example analyst query ({db_url}):\n{EXAMPLE_QUERY};\n")
    echo(query_table(db_url, EXAMPLE_QUERY))
    return result.exit_status


@contextlib.contextmanager
def _fixture_site() -> Iterator[RunningServer]:
    """On a fixed port when it is free, so a second demo run is an incremental re-crawl."""
    try:
        context = serve_in_thread(port=DEMO_PORT)
        server = context.__enter__()
    except OSError:
        context = serve_in_thread(port=0)
        server = context.__enter__()
    try:
        yield server
    finally:
        context.__exit__(None, None, None)


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
