"""Interruption: SIGINT during a --jobdir crawl then resume; SIGKILL then restart.

Across a pause and resume, each run is its own crawl_runs row and its own accounting:
`requests` counts the title pages that run downloaded, so the two runs' requests add up to
the titles of the whole crawl, each fetched once (the resumed run takes over the queue).
"""

from __future__ import annotations

import json
import pickle
import signal
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import sqlalchemy as sa

from marquee import jobdir
from marquee.archive import archive_files, read_archive
from marquee.db import schema
from marquee.reparse import is_partial, skip_reason
from tests.crawling import ALL_TITLES, SLOW, finish, recorded, site, start_crawl, wait_for_titles
from tests.faultserver import FaultServer
from tests.reliability import (
    TITLE_PATH,
    assert_accounting,
    count_rows,
    fault_url,
    query,
    run_crawl,
    stored_titles,
    title_requests_seen,
)


def _source_ids(paths: set[str]) -> set[str]:
    return {path.lstrip("/") for path in paths}


def test_sigint_pauses_and_resume_fetches_each_title_once(db_url, tmp_path):
    state = tmp_path / "job"
    with site() as server:
        crawl = start_crawl(server, db_url, tmp_path, "--jobdir", str(state))
        wait_for_titles(server, crawl, 6)
        crawl.send_signal(signal.SIGINT)
        paused = recorded(db_url, *finish(crawl))
        first = title_requests_seen(server)

        assert paused.returncode == 1, paused.output
        assert paused.status == "interrupted" and "INTERRUPTED" in paused.output
        assert paused.counts["finish_reason"] == "shutdown"
        assert_accounting(paused, server, db_url)
        assert 6 <= len(first) < len(ALL_TITLES)
        assert json.loads((state / jobdir.MARKER).read_text())["state"] == "paused"

        server.clear_log()
        resumed = run_crawl(server, db_url, tmp_path, "--jobdir", str(state), settings=SLOW)
        second = title_requests_seen(server)

    assert resumed.returncode == 0, resumed.output
    assert resumed.status == "finished"
    assert_accounting(resumed, server, db_url)
    assert first.isdisjoint(second)  # no page fetched twice
    assert first | second == set(ALL_TITLES)  # none lost
    assert paused.counts["requests"] + resumed.counts["requests"] == len(ALL_TITLES)
    assert set(stored_titles(db_url)) == _source_ids(first | second)
    assert count_rows(db_url, schema.titles) == len(ALL_TITLES)
    assert count_rows(db_url, schema.pages) == len(ALL_TITLES)
    with (state / "spider.state").open("rb") as file:
        assert len(pickle.load(file)["seen"]) == len(ALL_TITLES)  # the page limit spans both


# the parsed records wait for a batch far larger than the crawl, and no timed flush: a kill
# loses every one of them, and only the archive has the pages
UNFLUSHED = {"MARQUEE_BATCH_SIZE": "500", "MARQUEE_FLUSH_SECONDS": "0"}


def _killed_mid_crawl(
    server: FaultServer, db_url: str, workdir: Path, *args: str
) -> tuple[set[str], set[str], set[str]]:
    """SIGKILL an unflushed crawl after 10 titles: (titles the server was asked for, title
    pages complete in its archive, those cut short there)."""
    crawl = start_crawl(server, db_url, workdir, *args, settings=UNFLUSHED)
    wait_for_titles(server, crawl, 10)
    crawl.kill()
    crawl.wait(10)
    complete: set[str] = set()
    cut: set[str] = set()
    for record in read_archive(archive_files(workdir / "archive")):
        if skip_reason(record) is None and TITLE_PATH.match(urlsplit(record.url).path):
            (cut if is_partial(record) else complete).add(urlsplit(record.url).path)
    return title_requests_seen(server), complete, cut


def test_sigkill_then_restart_recovers_the_archived_pages_and_fetches_only_the_rest(
    db_url, tmp_path
):
    """The killed run's job directory is damaged: moved aside, and the restart resumes the
    same work. What the killed run fetched is in its WARC: stored from there, not fetched."""
    state = tmp_path / "job"
    with site() as server:
        killed, archived, cut = _killed_mid_crawl(server, db_url, tmp_path, "--jobdir", str(state))
        assert json.loads((state / jobdir.MARKER).read_text())["state"] == "running"
        assert count_rows(db_url, schema.titles) == 0  # the batch in memory was lost
        server.clear_log()
        restarted = run_crawl(server, db_url, tmp_path, "--jobdir", str(state), settings=SLOW)
        second = title_requests_seen(server)

    assert restarted.returncode == 0, restarted.output
    assert restarted.status == "finished"
    assert "is damaged (the crawl using it never closed" in restarted.output
    assert "damaged" in restarted.counts["jobdir_reset"]
    [aside] = tmp_path.glob("job.damaged-*")
    assert (aside / jobdir.MARKER).exists()
    # every page the killed run had received is in its archive (the kill may beat one answer)
    assert len(archived) >= 9 and archived <= killed and len(killed - archived - cut) <= 1
    recovered = restarted.counts["recovered_from_archive"]
    assert restarted.counts["recovered_pages"] == recovered["pages"] == len(archived | cut)
    assert recovered["inserted"] == len(archived | cut) and recovered["partial"] == len(cut)
    assert f"recovered {len(archived | cut)} pages from the archive" in restarted.output
    assert second.isdisjoint(archived)  # not fetched again
    assert second | archived == set(ALL_TITLES)  # and nothing left out
    assert recovered["not_fetched"] == len(archived)
    assert restarted.counts["requests"] == len(ALL_TITLES) - len(archived)
    assert_accounting(restarted, server, db_url)
    assert set(stored_titles(db_url)) == _source_ids(set(ALL_TITLES))
    assert count_rows(db_url, schema.titles) == len(ALL_TITLES)
    assert count_rows(db_url, schema.pages) == len(ALL_TITLES)  # nothing stored twice
    assert count_rows(db_url, schema.credits) == _credits_once(db_url)
    runs = query(db_url, sa.select(schema.crawl_runs).order_by(schema.crawl_runs.c.id))
    # the killed run is never "finished": the restart closed it as abandoned
    assert [run["status"] for run in runs] == ["abandoned", "finished"]
    # what it recorded at its start, and the restart found its archive by
    archive = runs[0]["counts"]["archive"]
    assert Path(archive["dir"]) == tmp_path / "archive" / archive["run"]
    assert runs[0]["counts"]["jobdir"] == str(state)


def test_a_plain_crawl_after_a_kill_stores_the_archived_pages_and_crawls_by_its_own_rules(
    db_url, tmp_path
):
    """No job directory taken over: a new crawl, which fetches every title as usual (with
    conditional requests, so a page recovered unchanged costs a 304 on a site that has them);
    the killed run's pages are stored first, and the new crawl finds them unchanged."""
    with site() as server:
        _, archived, cut = _killed_mid_crawl(server, db_url, tmp_path)
        server.clear_log()
        restarted = run_crawl(server, db_url, tmp_path, settings=SLOW)

    assert restarted.returncode == 0, restarted.output
    recovered = restarted.counts["recovered_from_archive"]
    assert len(archived) >= 9 and recovered["pages"] == len(archived | cut)
    assert recovered["inserted"] == len(archived | cut) and recovered["not_fetched"] == 0
    assert restarted.counts["requests"] == len(ALL_TITLES)
    assert restarted.counts["unchanged"] == len(archived)  # the same bytes fetched again
    assert_accounting(restarted, server, db_url)
    assert count_rows(db_url, schema.titles) == len(ALL_TITLES)
    assert count_rows(db_url, schema.pages) == len(ALL_TITLES)


def _credits_once(db_url: str) -> int:
    c = schema.credits
    # a credit written twice would repeat (title, person, role, character) at a new ordinal
    columns = (c.c.title_id, c.c.person_id, c.c.role, c.c.character)
    distinct = sa.select(*columns).distinct().subquery()
    rows = query(db_url, sa.select(sa.func.count()).select_from(distinct))
    return int(next(iter(rows[0].values())))


# --- the job directory check, without a crawl ---------------------------------------------


def _paused_jobdir(path: Path) -> Path:
    (path / "requests.queue").mkdir(parents=True)
    (path / "requests.queue" / "active.json").write_text("{}")
    (path / "spider.state").write_bytes(pickle.dumps({"seen": {"x"}}))
    jobdir.mark(path, jobdir.PAUSED)
    return path


def test_a_cleanly_paused_jobdir_is_resumed(tmp_path):
    state = _paused_jobdir(tmp_path / "job")
    assert jobdir.prepare(state) is None
    assert (state / "spider.state").exists()


def test_a_truncated_spider_state_is_damage(tmp_path):
    state = _paused_jobdir(tmp_path / "job")
    (state / "spider.state").write_bytes(pickle.dumps({"seen": {"x"}})[:9])
    assert "unreadable state" in (jobdir.damage(state) or "")
    assert "moved to" in (jobdir.prepare(state) or "")
    assert not state.exists() and len(list(tmp_path.glob("job.damaged-*"))) == 1


def test_a_missing_queue_index_or_marker_is_damage(tmp_path):
    state = _paused_jobdir(tmp_path / "job")
    (state / "requests.queue" / "active.json").unlink()
    assert jobdir.damage(state) == "missing active.json"
    (state / jobdir.MARKER).unlink()
    assert "not closed by marquee" in (jobdir.damage(state) or "")


def test_a_finished_jobdir_is_cleared_for_the_next_crawl(tmp_path):
    state = _paused_jobdir(tmp_path / "job")
    jobdir.mark(state, jobdir.FINISHED)
    assert jobdir.prepare(state) == "finished job cleared"
    assert not state.exists()


# --- requests waiting for a retry when the pause comes ------------------------------------

# 429 with Retry-After: 1, then the page (each fault's own count of hits, reset by clear_log)
LIMITED = {fault_url(f"/ratelimit/{n}/1"): f"/ratelimit/{n}/1" for n in range(1, 5)}
RETRYING = sorted(LIMITED)
SLOW_RETRIES = {"MARQUEE_RETRY_BACKOFF_BASE": "1.5", "MARQUEE_RETRY_BACKOFF_MAX": "3",
                "RETRY_TIMES": "8"}  # fmt: skip


def test_requests_waiting_for_a_retry_are_counted_once_across_pause_and_resume(db_url, tmp_path):
    """A 429 retried after a backoff that outlasts the Ctrl-C: the pause hands the retry to
    the queue, and the run that gets the outcome is the one that counts the request (it was
    counted by both, and the clean resume ended `degraded`: "-4 requests unaccounted for")."""
    state = tmp_path / "job"
    with FaultServer(sitemap=[*RETRYING, *ALL_TITLES], aliases=LIMITED, related=False) as server:
        crawl = start_crawl(server, db_url, tmp_path, "--jobdir", str(state),
                            settings=SLOW_RETRIES)  # fmt: skip
        _wait_for_first_tries(server, crawl)
        crawl.send_signal(signal.SIGINT)
        paused = recorded(db_url, *finish(crawl))
        server.clear_log()
        resumed = run_crawl(server, db_url, tmp_path, "--jobdir", str(state),
                            settings={**SLOW, **SLOW_RETRIES})  # fmt: skip
        second = title_requests_seen(server)

    assert paused.status == "interrupted", paused.output
    assert paused.counts["unaccounted"] == 0, paused.counts
    assert resumed.returncode == 0, resumed.output
    assert resumed.status == "finished", resumed.output
    assert resumed.counts["unaccounted"] == 0, resumed.counts
    assert set(RETRYING) <= second  # the retries were waiting: the resumed run made them
    total = len(RETRYING) + len(ALL_TITLES)
    assert paused.counts["requests"] + resumed.counts["requests"] == total
    assert paused.counts["stored"] + resumed.counts["stored"] == total
    assert resumed.counts["stored"] >= len(RETRYING)  # the waiting retries end in the resume
    assert count_rows(db_url, schema.pages) == total


def _wait_for_first_tries(server: FaultServer, crawl: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not set(RETRYING) <= title_requests_seen(server):
        assert crawl.poll() is None and time.monotonic() < deadline, "no 503 tried"
        time.sleep(0.01)


# --- records parsed before a SIGKILL -------------------------------------------------------

# one page every ~0.3 s, a batch far larger than the crawl: only the timed flush writes
UNBATCHED = {"DOWNLOAD_DELAY": "0.3", "MARQUEE_BATCH_SIZE": "500"}


def _killed_after(server: FaultServer, db_url: str, workdir: Path, titles: int,
                  flush_seconds: str) -> tuple[set[str], float]:
    """Crawl until the server has served `titles` title pages, SIGKILL: (what it had asked
    for more than 3 s before the kill, the share of those stored): 2 s of flush interval
    and up to 1 s to fetch and parse a page on a busy machine."""
    crawl = start_crawl(server, db_url, workdir,
                        settings={**UNBATCHED, "MARQUEE_FLUSH_SECONDS": flush_seconds})
    wait_for_titles(server, crawl, titles)
    killed_at = time.time()
    crawl.kill()
    crawl.wait(10)
    early = {r.path for r in server.requests(host="127.0.0.1")
             if r.path.startswith(("/movie/", "/show/")) and r.at < killed_at - 3.0}
    return early, len(set(stored_titles(db_url)) & _source_ids(early)) / max(len(early), 1)


def test_a_sigkilled_crawl_has_stored_what_it_parsed_more_than_two_seconds_before(
    db_url, tmp_path
):
    with site() as server:
        early, share = _killed_after(server, db_url, tmp_path, 16, "2")
    assert len(early) >= 5, early
    assert share == 1.0, early - set(stored_titles(db_url))


def test_without_the_timed_flush_a_sigkill_loses_the_unfinished_batch(tmp_path):
    # the contrast that shows the test above can fail: 500-record batches alone write nothing
    db_url = f"sqlite:///{tmp_path / 'marquee.db'}"
    with site() as server:
        early, share = _killed_after(server, db_url, tmp_path, 16, "0")
    assert len(early) >= 5, early
    assert share == 0.0
