"""Distributed runs (marquee.frontier): workers sharing one frontier in a private Redis."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
import sqlalchemy as sa
from scrapy import Request
from scrapy_redis import picklecompat

from marquee.db import schema
from marquee.frontier import RunKeys
from marquee.middlewares import ROBOTS_META
from marquee.spiders.titles import TitlesSpider
from tests.crawling import ALL_TITLES, finish, site, start_crawl
from tests.faultserver import FaultServer
from tests.redisserver import RedisServer, free_port
from tests.reliability import FAST, TITLE_PATH, crawl_env, query, stored_titles

# a page every ~0.15 s per worker: two workers both get a share of the 29 titles
SHARED = {"DOWNLOAD_DELAY": "0.15", "MARQUEE_FRONTIER_LEASE_SECONDS": "2"}


@pytest.fixture
def frontier(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path / "redis").start()
    try:
        yield server
    finally:
        server.stop()


def worker(server: FaultServer, db_url: str, workdir: Path, redis_url: str, run: str,
           **settings: str) -> subprocess.Popen[str]:
    workdir.mkdir(parents=True, exist_ok=True)
    return start_crawl(server, db_url, workdir, "--frontier", redis_url, "--run", run,
                       settings={**SHARED, **settings})  # fmt: skip


def title_hits(server: FaultServer) -> Counter[str]:
    return Counter(r.path for r in server.requests(host="127.0.0.1") if TITLE_PATH.match(r.path))


def runs_named(db_url: str, run: str) -> list[dict[str, Any]]:
    r = schema.crawl_runs
    return query(db_url, sa.select(r).where(r.c.run_name == run).order_by(r.c.id))


def whole_and_workers(db_url: str, run: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rows = runs_named(db_url, run)
    [whole] = [row for row in rows if row["pid"] is None]
    return whole, [row for row in rows if row["pid"] is not None]


def test_two_workers_share_one_run_and_fetch_each_title_once(db_url, tmp_path, frontier):
    both_joined = threading.Event()
    with site(hold_titles=both_joined) as server:
        # titles wait until both workers have joined (one slow to start under load would
        # find the run done): long enough a timeout that no held request is retried
        first = worker(server, db_url, tmp_path / "a", frontier.url, "shared",
                       DOWNLOAD_TIMEOUT="60")  # fmt: skip
        second = worker(server, db_url, tmp_path / "b", frontier.url, "shared",
                        DOWNLOAD_TIMEOUT="60")  # fmt: skip
        _wait_for_workers(frontier.client(), "shared", 2, (first, second))
        both_joined.set()
        (code_a, out_a), (code_b, out_b) = finish(first), finish(second)
        hits = title_hits(server)
    assert (code_a, code_b) == (0, 0), out_a[-3000:] + out_b[-3000:]
    assert hits == Counter({path: 1 for path in ALL_TITLES}), hits
    # discovery once per run; robots.txt's rules are read by each worker that obeys them
    assert server.hits("/sitemap_index.xml") == server.hits("/sitemaps/titles-1.xml") == 1
    assert server.hits("/robots.txt") <= 2
    assert set(stored_titles(db_url)) == {path.lstrip("/") for path in ALL_TITLES}
    whole, workers = whole_and_workers(db_url, "shared")
    assert whole["status"] == "finished", whole["counts"]
    assert whole["counts"]["requests"] == len(ALL_TITLES) == whole["counts"]["stored"]
    assert whole["counts"]["unaccounted"] == 0
    assert [w["status"] for w in workers] == ["finished", "finished"]
    assert all(w["parent_id"] == whole["id"] for w in workers)
    assert all(w["counts"]["requests"] > 0 for w in workers), [w["counts"] for w in workers]
    assert sum(w["counts"]["requests"] for w in workers) == len(ALL_TITLES)
    assert sum("whole run shared:" in out for out in (out_a, out_b)) == 1


def test_a_new_run_name_fetches_again_and_a_finished_run_takes_no_worker(tmp_path, frontier):
    db_url = f"sqlite:///{tmp_path / 'marquee.db'}"
    with site() as server:
        code, output = finish(worker(server, db_url, tmp_path / "one", frontier.url, "monday"))
        assert code == 0, output[-3000:]
        server.clear_log()
        code, output = finish(worker(server, db_url, tmp_path / "two", frontier.url, "tuesday"))
        assert code == 0, output[-3000:]
        assert title_hits(server) == Counter({path: 1 for path in ALL_TITLES})
        server.clear_log()
        code, output = finish(worker(server, db_url, tmp_path / "three", frontier.url, "monday"))
        assert code == 2
        assert "run monday has finished" in output
        assert not server.requests()


def test_a_killed_worker_s_requests_go_back_and_the_run_still_finishes(db_url, tmp_path, frontier):
    client = frontier.client()
    with site() as server:
        doomed = worker(server, db_url, tmp_path / "a", frontier.url, "kill",
                        MARQUEE_BATCH_SIZE="500")  # fmt: skip
        survivor = worker(server, db_url, tmp_path / "b", frontier.url, "kill",
                          MARQUEE_BATCH_SIZE="500")  # fmt: skip
        deadline = time.monotonic() + 60
        while not (len(title_hits(server)) >= 8 and _holds_a_lease(client, "kill", doomed.pid)):
            assert time.monotonic() < deadline and doomed.poll() is None
            time.sleep(0.02)
        doomed.kill()
        doomed.wait(10)
        code, output = finish(survivor)
        hits = title_hits(server)
    assert code == 0, output[-3000:]
    assert set(hits) == set(ALL_TITLES)
    # what the killed worker held was fetched again; a third time only if the survivor
    # stalled past its lease too (under load) and the killed worker took its requests back
    stalled = {w for w in frontier.client().smembers(RunKeys("kill").key("dead"))
               if f"-{doomed.pid}-".encode() not in w}  # fmt: skip
    assert max(hits.values()) == 2 or (stalled and max(hits.values()) == 3), hits
    assert server.hits("/sitemaps/titles-1.xml") == 1  # its callback had run: not again
    assert set(stored_titles(db_url)) == {path.lstrip("/") for path in ALL_TITLES}
    whole, workers = whole_and_workers(db_url, "kill")
    assert whole["status"] == "finished", whole["counts"]
    assert sorted(w["status"] for w in workers) == ["abandoned", "finished"]
    assert whole["counts"]["abandoned_workers"] == 1
    assert whole["counts"]["unaccounted"] == 0


def test_the_frontier_never_looks_done_while_requests_are_still_to_come(tmp_path, frontier):
    """Another worker takes the run for done (and leaves) when discovery has begun and nothing
    is queued or leased. Replaying a worker's commands to Redis: that is so only once the run
    is done, never between a lease ending and the requests its page found being queued (nor
    between discovery being claimed and robots.txt queued): a worker idle then left early, and
    when the one doing the work was killed, the titles it had yet to queue were never fetched.
    And a request is marked seen only in the step that queues it: one killed between the two
    would be dropped by every worker as seen and never fetched."""
    db_url = f"sqlite:///{tmp_path / 'marquee.db'}"
    with _Monitor(frontier) as monitor, site() as server:
        code, output = finish(worker(server, db_url, tmp_path / "a", frontier.url, "alone"))
    assert code == 0, output[-3000:]
    keys, started, queued, leased = RunKeys("alone"), False, set(), set()
    looked_done: list[str] = []  # the command after which it did
    for args, scripted, in_step in monitor.commands():
        name, key = args[0].upper(), args[1] if len(args) > 1 else b""
        if name == b"SADD" and key == keys.seen.encode():
            assert scripted, "a request marked seen in a step of its own, not the one queuing it"
        elif name == b"SET" and key == keys.key("discovery").encode():
            started = True
        elif name == b"ZADD" and key == keys.requests.encode():
            assert not looked_done, f"queued after the run looked done at {looked_done[0]}"
            queued.add(args[3])
        elif name == b"ZREM" and key == keys.requests.encode():
            queued.discard(args[2])
        elif name == b"HSET" and key == keys.leases.encode():
            leased.add(args[2])
        elif name == b"HDEL" and key == keys.leases.encode():
            leased.difference_update(args[2:])
        else:
            continue
        if started and not queued and not leased and not looked_done and not in_step:
            looked_done.append(" ".join(_readable(arg) for arg in args[:3]))
    assert looked_done, "the run never looked done"


def _readable(arg: bytes) -> str:
    """A key, or a request by its URL."""
    url = re.search(rb"https?://[^\\\\\"]+", arg)
    return (url.group() if url else arg[:60]).decode("latin-1")


class _Monitor:
    """Every command the Redis server runs (those of its Lua scripts too), as MONITOR has
    them, each as its arguments (still escaped: the same bytes read the same), whether a Lua
    script runs it and whether that script goes on (no other client sees the keys until it
    ends)."""

    ARG = re.compile(rb'"((?:[^"\\]|\\.)*)"')

    def __init__(self, server: RedisServer) -> None:
        self.client = redis.Redis(port=server.port, socket_timeout=None)  # waits for any line
        self.lines: list[bytes] = []
        self.connection = self.client.connection_pool.get_connection()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.stop = threading.Event()

    def __enter__(self) -> _Monitor:
        self.connection.send_command("MONITOR")  # type: ignore[no-untyped-call]
        assert self.connection.read_response() in (b"OK", "OK")
        self.reader.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.client.ping()  # one more line, so the reader sees it is stopped
        self.reader.join(60)
        assert not self.reader.is_alive(), "MONITOR's reader did not stop"
        self.connection.disconnect()  # type: ignore[no-untyped-call]

    def _read(self) -> None:
        while not self.stop.is_set():
            line = self.connection.read_response()
            self.lines.append(line if isinstance(line, bytes) else line.encode())

    def commands(self) -> list[tuple[list[bytes], bool, bool]]:
        lines = list(self.lines)
        scripted = [b"[0 lua]" in line for line in lines]
        steps = zip(lines, scripted, [*scripted[1:], False], strict=False)
        return [(self.ARG.findall(line), lua, more) for line, lua, more in steps]


def _wait_for_workers(client: Any, run: str, count: int,
                      processes: tuple[subprocess.Popen[str], ...]) -> None:  # fmt: skip
    deadline = time.monotonic() + 60
    while client.hlen(RunKeys(run).key("workers")) < count:
        assert time.monotonic() < deadline, "the workers did not join"
        assert all(p.poll() is None for p in processes), "a worker ended before joining"
        time.sleep(0.02)


def _holds_a_lease(client: Any, run: str, pid: int) -> bool:
    owners = [value.decode().split("|")[0] for value in client.hvals(RunKeys(run).leases)]
    return any(f"-{pid}-" in owner for owner in owners)


def _robots_request(server: FaultServer) -> bytes:
    """robots.txt's request as a worker queues it (scrapy-redis's serialisation)."""
    spider = TitlesSpider()
    request = Request(f"{server.base}/robots.txt", callback=spider.parse_robots,
                      errback=spider.robots_failed, priority=10,
                      meta={"dont_obey_robotstxt": True, ROBOTS_META: True})  # fmt: skip
    return bytes(picklecompat.dumps(request.to_dict(spider=spider)))


def test_a_worker_on_an_empty_frontier_waits_for_discovery(tmp_path, frontier):
    db_url = f"sqlite:///{tmp_path / 'marquee.db'}"
    client, keys = frontier.client(), RunKeys("late")
    with site() as server:
        # another worker began discovery and holds robots.txt: the queue is empty meanwhile
        client.set(keys.key("discovery"), "ghost")
        client.set(keys.alive("ghost"), 1, px=60_000)
        client.hset(keys.leases, _robots_request(server), "ghost|-10")
        late = worker(server, db_url, tmp_path / "late", frontier.url, "late")
        time.sleep(6)
        assert late.poll() is None, finish(late)[1][-3000:]  # it waits: the run can grow
        assert not title_hits(server)
        client.delete(keys.alive("ghost"))  # that worker dies: its request comes back
        code, output = finish(late)
        hits = title_hits(server)
    assert code == 0, output[-3000:]
    assert hits == Counter({path: 1 for path in ALL_TITLES})
    whole, [row] = whole_and_workers(db_url, "late")
    assert whole["status"] == row["status"] == "finished"


def test_redis_unreachable_at_start_is_one_line_and_exit_2(tmp_path):
    url = f"redis://127.0.0.1:{free_port()}/0"
    done = subprocess.run(
        [sys.executable, "-m", "marquee.cli", "crawl", "--frontier", url, "--run", "x",
         "--db", f"sqlite:///{tmp_path / 'm.db'}"],
        capture_output=True, text=True, timeout=60, env=crawl_env(tmp_path), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: cannot reach the frontier {url}: ")
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not (tmp_path / "m.db").exists()  # stopped before any work


def test_redis_lost_mid_run_stops_the_worker_and_the_run_resumes_when_it_is_back(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'marquee.db'}"
    redis_server = RedisServer(tmp_path / "redis", keep=True).start()
    try:
        with site() as server:
            lost = worker(server, db_url, tmp_path / "a", redis_server.url, "outage",
                          MARQUEE_BATCH_SIZE="500")  # fmt: skip
            deadline = time.monotonic() + 60
            while len(title_hits(server)) < 8:
                assert time.monotonic() < deadline and lost.poll() is None
                time.sleep(0.02)
            redis_server.stop()
            code, output = finish(lost)
            assert code == 2, output[-3000:]
            assert "frontier lost" in output
            [row] = runs_named(db_url, "outage")
            assert row["status"] == "failed"
            # what it had parsed is written
            assert len(stored_titles(db_url)) == row["counts"]["stored"] > 0
            redis_server.start()
            code, output = finish(worker(server, db_url, tmp_path / "b", redis_server.url,
                                         "outage"))  # fmt: skip
            hits = title_hits(server)
    finally:
        redis_server.stop()
    assert code == 0, output[-3000:]
    assert set(hits) == set(ALL_TITLES)
    assert set(stored_titles(db_url)) == {path.lstrip("/") for path in ALL_TITLES}
    whole, workers = whole_and_workers(db_url, "outage")
    assert whole["status"] == "finished", whole["counts"]
    assert [w["status"] for w in workers] == ["failed", "finished"]


def test_workers_n_starts_n_local_workers_of_one_run_and_status_shows_it(tmp_path, frontier):
    db_url = f"sqlite:///{tmp_path / 'marquee.db'}"
    with site() as server:
        pairs = [f"--set={k}={v}" for k, v in {**FAST, **SHARED}.items()]
        command = [sys.executable, "-m", "marquee.cli", "crawl", "--site", server.base,
                   "--db", db_url, "--archive-dir", str(tmp_path / "archive"), "--workers", "2",
                   "--frontier", frontier.url, "--run", "pair", *pairs]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, timeout=180,
                              env=crawl_env(tmp_path), cwd=tmp_path)  # fmt: skip
        hits = title_hits(server)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert done.stdout.startswith("whole run pair:")
    assert "Dumping Scrapy stats" not in done.stdout  # the summary, not a worker's log
    assert hits == Counter({path: 1 for path in ALL_TITLES})
    whole, workers = whole_and_workers(db_url, "pair")
    assert whole["status"] == "finished" and len(workers) == 2
    status = subprocess.run(
        [sys.executable, "-m", "marquee.cli", "crawl", "--frontier", frontier.url, "--run",
         "pair", "--status"], capture_output=True, text=True, timeout=60, env=crawl_env(tmp_path),
    )  # fmt: skip
    assert status.returncode == 0, status.stderr
    lines = dict(line.split(": ", 1) for line in status.stdout.splitlines())
    assert lines["finished_run_id"] == str(whole["id"])
    seen = 3 + len(ALL_TITLES)  # robots.txt, the sitemap index, its one sitemap, the titles
    assert (lines["queued"], lines["in_flight"], lines["seen"]) == ("0", "0", str(seen))


def test_an_undecodable_queued_request_is_dropped_reported_and_the_run_finishes(
    tmp_path, frontier
):
    """A member of the queue that cannot be read back as a request (corrupt bytes, or a
    request of another spider's making) was leased and never let go: every worker waited on
    it and an unattended run hung. It is dropped from the frontier, logged at ERROR by its
    first bytes, counted in the run's row, and the run finishes (degraded)."""
    db_url = f"sqlite:///{tmp_path / 'marquee.db'}"
    client, keys = frontier.client(), RunKeys("corrupt")
    garbage = b"\x80\x05not a pickle at all"
    alien = bytes(picklecompat.dumps({"url": "http://127.0.0.1:1/x", "callback": "no_such"}))
    client.zadd(keys.requests, {garbage: -100, alien: -99})  # taken first
    with site() as server:
        process = worker(server, db_url, tmp_path / "a", frontier.url, "corrupt")
        try:
            code, output = finish(process, timeout=90)
        except subprocess.TimeoutExpired:
            process.kill()
            output = process.communicate()[0]
            pytest.fail("the run hung on an undecodable request:\n" + output[-3000:])
        hits = title_hits(server)
    assert hits == Counter({path: 1 for path in ALL_TITLES}), output[-3000:]
    assert not client.zcard(keys.requests) and not client.hlen(keys.leases)
    assert set(client.lrange(keys.key("undecodable"), 0, -1)) == {garbage, alien}
    errors = [line for line in output.splitlines() if "ERROR" in line and "undecodable" in line]
    assert len(errors) == 2, output[-3000:]
    assert any(repr(garbage[:16])[2:-1] in line for line in errors), errors
    whole, [row] = whole_and_workers(db_url, "corrupt")
    assert row["counts"]["undecodable"] == whole["counts"]["undecodable"] == 2
    assert whole["counts"]["unaccounted"] == 0
    assert whole["status"] == "degraded", whole["counts"]
    summary = output[output.index("whole run corrupt:"):]
    assert "2 queued requests undecodable" in summary, summary
    assert code == 1, output[-3000:]  # degraded: the run went on without them


def test_a_run_whose_finisher_died_before_recording_it_is_recorded_by_a_later_worker(
    tmp_path, frontier
):
    """A worker killed between claiming the whole run's recording and recording it left the
    claim behind: every later worker of the run was refused it and the run had no whole-run
    row. A claim whose worker is no longer alive is taken over."""
    db_url = f"sqlite:///{tmp_path / 'marquee.db'}"
    client, keys = frontier.client(), RunKeys("orphan")
    client.set(keys.key("finishing"), "ghost")  # claimed; "ghost" has no heartbeat: it died
    with site() as server:
        process = worker(server, db_url, tmp_path / "a", frontier.url, "orphan")
        code, output = finish(process)
    assert code == 0, output[-3000:]
    whole, [row] = whole_and_workers(db_url, "orphan")
    assert whole["status"] == row["status"] == "finished", whole["counts"]
    assert row["parent_id"] == whole["id"]
    assert client.get(keys.key("finished")) == str(whole["id"]).encode()
    assert "whole run orphan:" in output


def test_a_live_worker_s_claim_on_the_whole_run_is_not_taken_over(frontier):
    from marquee.frontier import Frontier

    client = frontier.client()
    first, second = Frontier(client, "claims"), Frontier(client, "claims")
    assert first.claim_finish()  # renews its heartbeat: alive
    assert not second.claim_finish()
    client.delete(first.keys.alive(first.worker))  # it dies before recording
    assert second.claim_finish()
    second.finished(7)
    assert not first.claim_finish() and not Frontier(client, "claims").claim_finish()


def test_the_recording_worker_stays_alive_past_its_lease(frontier):
    """Recording the whole run may outlast a lease after the scheduler's ticker stopped: its
    claim must not look dead meanwhile (another worker would record the run again)."""
    from marquee.frontier import Frontier

    client = frontier.client()
    recorder = Frontier(client, "slow", lease_seconds=0.3)
    assert recorder.claim_finish()
    with recorder.beating():
        time.sleep(1.0)
        assert recorder.is_alive(recorder.worker)
        assert not Frontier(client, "slow").claim_finish()


def test_a_worker_stalled_past_its_lease_rejoins_and_the_run_still_adds_up(
    db_url, tmp_path, frontier
):
    """A worker alive but stalled (stopped) past its heartbeat: the other takes its leases
    back and fetches them; when it goes on, it fetches what it had in flight too (a double
    fetch, said in its log and counts), its late outcomes end none of the other's leases, and
    the run finishes with every title stored once and every request accounted for."""
    client = frontier.client()
    with site() as server:
        stalled = worker(server, db_url, tmp_path / "a", frontier.url, "stall",
                         MARQUEE_BATCH_SIZE="500")  # fmt: skip
        other = worker(server, db_url, tmp_path / "b", frontier.url, "stall",
                       MARQUEE_BATCH_SIZE="500")  # fmt: skip
        deadline = time.monotonic() + 60
        while not (len(title_hits(server)) >= 8 and _holds_a_lease(client, "stall", stalled.pid)):
            assert time.monotonic() < deadline and stalled.poll() is None
            time.sleep(0.02)
        stalled.send_signal(signal.SIGSTOP)
        try:
            deadline = time.monotonic() + 30
            while not any(f"-{stalled.pid}-".encode() in w
                          for w in client.smembers(RunKeys("stall").key("dead"))):  # fmt: skip
                assert time.monotonic() < deadline, "its leases were not taken back"
                time.sleep(0.05)
        finally:
            stalled.send_signal(signal.SIGCONT)
        (code_a, out_a), (code_b, out_b) = finish(stalled), finish(other)
        hits = title_hits(server)
    assert (code_a, code_b) == (0, 0), out_a[-3000:] + out_b[-3000:]
    assert set(hits) == set(ALL_TITLES)
    assert "stalled past its lease" in out_a
    assert set(stored_titles(db_url)) == {path.lstrip("/") for path in ALL_TITLES}
    whole, workers = whole_and_workers(db_url, "stall")
    assert whole["status"] == "finished", whole["counts"]
    assert whole["counts"]["unaccounted"] == 0
    assert sum(w["counts"].get("stalled", 0) for w in workers) >= 1
    assert not client.hlen(RunKeys("stall").leases)
