"""Transport faults: one crawl meets every broken answer at once, then each case is checked
in the run's accounting, in the database and in the server's request log."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from tests import reliability
from tests.faultserver import FaultServer, gzip_bomb
from tests.reliability import (
    Crawl,
    assert_accounting,
    fault_url,
    mount,
    reasons,
    run_crawl,
    stored_titles,
)

TITLES = ["/movie/heat", "/movie/amelie", "/show/breaking-bad", "/movie/parasite"]
RETRIED = ["/status/500", "/status/503"]
NOT_RETRIED = ["/status/404", "/status/403"]
HANGS = ["/hang/before", "/hang/after"]
TRUNCATED = ["/drop/mid-body", "/short-length", "/chunked/no-last"]
TOO_BIG = ["/big/67108864", "/big/67108864/chunked", "/gzip-bomb"]
REDIRECTS = ["/redirect/loop/a", "/redirect/chain/3", "/redirect/chain/12", "/redirect/offsite"]
RATE = ["/ratelimit/2/1", "/ratelimit/5/60"]
FAULTS = [*RETRIED, *NOT_RETRIED, *HANGS, *TRUNCATED, "/reset", "/slow/0.3", *TOO_BIG,
          *REDIRECTS, *RATE, "/no-length/close-early"]  # fmt: skip
TIMEOUT = 1.0
RETRY_TIMES = 2
module_db = reliability.module_db
SETTINGS = {
    "DOWNLOAD_TIMEOUT": str(TIMEOUT),
    "RETRY_TIMES": str(RETRY_TIMES),
    "DOWNLOAD_MAXSIZE": str(4 << 20),
    "DOWNLOAD_WARNSIZE": str(1 << 20),
    "REDIRECT_MAX_TIMES": "5",
    "MARQUEE_RETRY_AFTER_MAX": "5",
}


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    srv = mount(*FAULTS, titles=TITLES)
    srv.bomb_size = 256 << 20
    gzip_bomb(srv.bomb_size)  # made before the crawl, so that it is not slow to come
    with srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server: FaultServer, module_db: str, tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    server.clear_log()
    return run_crawl(server, module_db, tmp_path_factory.mktemp("crawl"), settings=SETTINGS)


@pytest.fixture(scope="module")
def titles(crawl: Crawl, module_db: str) -> dict[str, dict[str, object]]:
    return stored_titles(module_db)


def hits(server: FaultServer, fault: str) -> int:
    return server.hits(fault_url(fault))


def test_accounting_holds(crawl: Crawl, server: FaultServer, module_db: str) -> None:
    assert_accounting(crawl, server, module_db)
    assert crawl.counts["requests"] == len(TITLES) + len(FAULTS)


def test_run_is_degraded_not_finished(crawl: Crawl) -> None:
    # a third of the requests failing is past the failure threshold: exit status 1, loudly
    assert (crawl.status, crawl.returncode) == ("degraded", 1)
    assert "requests failed" in crawl.output


def test_good_pages_are_stored_despite_the_faults(titles: dict[str, dict[str, object]]) -> None:
    for path in TITLES:
        assert path.strip("/") in titles


@pytest.mark.parametrize("fault", RETRIED)
def test_server_errors_are_retried_then_failed_with_reason(
    crawl: Crawl, server: FaultServer, fault: str
) -> None:
    assert hits(server, fault) == RETRY_TIMES + 1
    assert reasons(crawl, "failed")[f"http_{fault[-3:]}"] == 1


@pytest.mark.parametrize("fault", NOT_RETRIED)
def test_client_errors_fail_at_once(crawl: Crawl, server: FaultServer, fault: str) -> None:
    assert hits(server, fault) == 1
    assert reasons(crawl, "failed")[f"http_{fault[-3:]}"] == 1


def test_hangs_time_out_after_retries(crawl: Crawl, server: FaultServer) -> None:
    for fault in HANGS:
        assert hits(server, fault) == RETRY_TIMES + 1
    assert reasons(crawl, "failed")["DownloadTimeoutError"] == len(HANGS)


def test_a_hang_does_not_stall_other_requests(crawl: Crawl, server: FaultServer) -> None:
    first_hang = min(e.monotonic for f in HANGS for e in server.requests(fault_url(f)))
    good = [e.monotonic for path in TITLES for e in server.requests(path)]
    assert max(good) < first_hang + TIMEOUT  # all fetched while the first hang was pending


def test_a_slow_answer_within_the_timeout_is_stored(
    crawl: Crawl, server: FaultServer, titles: dict[str, dict[str, object]]
) -> None:
    assert hits(server, "/slow/0.3") == 1
    assert "movie/slow-0.3" in titles


def test_truncated_bodies_are_failed_never_parsed(
    crawl: Crawl, server: FaultServer, titles: dict[str, dict[str, object]]
) -> None:
    assert reasons(crawl, "failed")["ResponseDataLossError"] == len(TRUNCATED)
    assert reasons(crawl, "failed")["truncated"] == 1  # /no-length/close-early
    for fault in TRUNCATED:
        assert hits(server, fault) == RETRY_TIMES + 1
        assert f"movie/{fault.strip('/').replace('/', '-')}" not in titles
    assert not any(key.startswith("movie/drop-") for key in titles)


def test_a_reset_connection_is_retried_then_failed(crawl: Crawl, server: FaultServer) -> None:
    assert hits(server, "/reset") == RETRY_TIMES + 1
    assert reasons(crawl, "failed")["DownloadFailedError"] == 1


def test_a_body_without_length_cut_short_is_not_a_record(
    crawl: Crawl, server: FaultServer, titles: dict[str, dict[str, object]]
) -> None:
    # no Content-Length: the cut shows only in the page (no </html>); failed, not stored
    assert hits(server, "/no-length/close-early") == 1
    assert "movie/no-length" not in titles


def test_oversized_bodies_are_refused(crawl: Crawl, server: FaultServer) -> None:
    for fault in TOO_BIG:
        assert hits(server, fault) == 1  # not retried: it would only be too large again
    assert reasons(crawl, "failed")["too_large"] == len(TOO_BIG)


@pytest.fixture(scope="module")
def baseline_peak_mb(tmp_path_factory: pytest.TempPathFactory) -> float:
    """Peak memory of the same crawl without the faults: the crawler's own size."""
    workdir = tmp_path_factory.mktemp("baseline")
    with mount(titles=TITLES) as quiet:
        db = f"sqlite:///{workdir / 'baseline.db'}"
        return run_crawl(quiet, db, workdir, settings=SETTINGS).peak_rss_mb


def test_memory_stays_flat_under_the_gzip_bomb_and_big_bodies(
    crawl: Crawl, baseline_peak_mb: float
) -> None:
    # a 256 MB bomb and two 64 MB bodies against a 4 MB size cap: at most a few capped
    # buffers above the crawler's own size, nowhere near the bodies' size
    growth = crawl.peak_rss_mb - baseline_peak_mb
    assert growth < 40, (crawl.peak_rss_mb, baseline_peak_mb)


def test_redirect_loop_fails_when_it_comes_round(crawl: Crawl, server: FaultServer) -> None:
    # /movie/fault-redirect-loop-a (served as loop/a) -> loop/b -> loop/a -> (loop/b: refused)
    assert hits(server, "/redirect/loop/a") == 1
    assert (server.hits("/redirect/loop/a"), server.hits("/redirect/loop/b")) == (2, 1)
    assert reasons(crawl, "failed")["redirect_loop"] == 1


def test_long_redirect_chain_stops_at_the_limit(crawl: Crawl, server: FaultServer) -> None:
    followed = [n for n in range(13) if server.hits(f"/redirect/chain/{n}")]
    assert followed == [0, 1, 2, 3, 7, 8, 9, 10, 11, 12]  # 3 to its end; 12 for five hops
    assert reasons(crawl, "failed")["redirect_limit"] == 1


def test_short_redirect_chain_is_followed(titles: dict[str, dict[str, object]]) -> None:
    assert "movie/chain-end" in titles


def test_offsite_redirect_is_refused(crawl: Crawl, server: FaultServer) -> None:
    assert server.requests(host="127.0.0.2") == []
    assert reasons(crawl, "failed")["offsite"] == 1


def test_retry_after_is_honoured(
    crawl: Crawl, server: FaultServer, titles: dict[str, dict[str, object]]
) -> None:
    seen = server.requests(fault_url("/ratelimit/2/1"))
    assert len(seen) == 3
    gaps = [later.monotonic - earlier.monotonic for earlier, later in itertools.pairwise(seen)]
    assert all(gap >= 1.0 for gap in gaps), gaps
    assert "movie/ratelimit-2" in titles


def test_a_retry_after_too_long_is_not_waited_for(crawl: Crawl, server: FaultServer) -> None:
    assert hits(server, "/ratelimit/5/60") == 1
    assert reasons(crawl, "failed")["http_429"] == 1
