"""One crawl over many workers: a shared frontier in Redis (scrapy-redis), keyed by run name.

Every key of a run is under `marquee:<run>:`:
  requests         sorted set: the shared queue (scrapy_redis.queue.PriorityQueue)
  seen             set: request fingerprints (scrapy_redis RFPDupeFilter): once per run
  leases           hash: a request a worker took -> "<worker>|<score>"; it goes back to the
                   queue when that worker's heartbeat expires (the worker died)
  alive:<worker>   the worker's heartbeat, renewed every half second, expires after
                   MARQUEE_FRONTIER_LEASE_SECONDS
  workers          hash: worker -> its crawl_runs row id
  active           set: workers that joined and have not left
  dead             set: workers whose leases were taken back
  discovery        the worker that queued robots.txt: discovery happens once per run (the
                   claim and the queued request are one step)
  finished         the whole-run row's id, set by the last worker to leave
  undecodable      list: queued requests no worker could read back as a request (corrupt, or
                   of another spider's making), dropped from the run and kept here to look at

A request's lease ends when its outcome is durable: a title page once its record is in the
database, anything else once its callback has run and the requests it found are queued, or at
the latest when the worker is idle. The run is done when discovery has begun, the queue is
empty and no lease is held: until then a worker waits, since any lease may still add
requests. So no step may leave the frontier empty while requests are still to come: a lease
ends only after its requests are in the queue (LeaseMiddleware queues them itself: Scrapy's
scraper takes a callback's output ahead of scheduling it), and discovery is
claimed in the same step that queues robots.txt. Nor may a request be seen and not queued
(every worker would drop it as seen): its fingerprint goes into seen in the step that queues
it. Nothing is ever flushed at start: a new run
name is a new, empty set of keys.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import redis
from scrapy_redis.scheduler import Scheduler

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

log = logging.getLogger(__name__)
REDIS_ERRORS = (redis.ConnectionError, redis.TimeoutError)
FRONTIER_LOST = "frontier_lost"  # the spider's close reason when Redis goes away mid-run
DISCOVERY_META = "marquee_discovery"  # the spider's robots.txt request that starts the run
UNDECODABLE_STAT = "marquee/frontier/undecodable"  # queued requests dropped: not decodable
STALLED_STAT = "marquee/frontier/stalled"  # times this worker's heartbeat lapsed mid-run
RUN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$")
KEEP_SECONDS = 7 * 24 * 3600  # a finished run's keys are kept this long, for --status

# pop the best request and lease it to a worker, in one step: no moment where it is in
# neither place (another worker would take the run for done)
_TAKE = """
local top = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #top == 0 then return false end
redis.call('ZREM', KEYS[1], top[1])
redis.call('HSET', KEYS[2], top[1], ARGV[1] .. '|' .. top[2])
return top[1]
"""
# claim the run's discovery and queue its first request, in one step: no moment where the run
# has begun with nothing queued or leased (another worker would take it for done)
_DISCOVER = """
if not redis.call('SET', KEYS[1], ARGV[1], 'NX') then return 0 end
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[4])
return 1
"""
# a request into the queue and its fingerprint into seen, in one step: a worker killed
# between the two would leave it seen (every other worker's copy dropped) and never queued
_QUEUE = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""
# end leases, only those still this worker's (one taken back and leased again is another's)
_END = """
local ended = 0
for i = 2, #ARGV do
  local value = redis.call('HGET', KEYS[1], ARGV[i])
  if value and string.sub(value, 1, #ARGV[1] + 1) == ARGV[1] .. '|' then
    redis.call('HDEL', KEYS[1], ARGV[i])
    ended = ended + 1
  end
end
return ended
"""
# drop a lease this worker holds on a request it cannot decode, keeping it for operators: its
# lease is never held locally, so no other step would end it (the run would never be done)
_DROP = """
local value = redis.call('HGET', KEYS[1], ARGV[2])
if not value or string.sub(value, 1, #ARGV[1] + 1) ~= ARGV[1] .. '|' then return 0 end
redis.call('HDEL', KEYS[1], ARGV[2])
redis.call('RPUSH', KEYS[2], ARGV[2])
return 1
"""
# claim the recording of the whole run: unless it is recorded, or claimed by a worker still
# alive (one killed between claiming and recording it would leave the run with no row)
_CLAIM_FINISH = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local owner = redis.call('GET', KEYS[1])
if owner and owner ~= ARGV[1] and redis.call('EXISTS', ARGV[2] .. owner) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
return 1
"""
# a lease back to the queue, if it is still the one seen (its worker may have acked it)
_RETURN = """
if redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
return 1
"""


class FrontierUnavailable(Exception):
    """Redis cannot be reached: nothing can be crawled (at start) or scheduled (mid-run)."""


def check_run_name(name: str) -> str:
    if not RUN_NAME.match(name):
        raise ValueError(f"run name {name!r}: letters, digits and . _ : - only (up to 120)")
    return name


@dataclass(frozen=True, slots=True)
class RunKeys:
    run: str

    def key(self, part: str) -> str:
        return f"marquee:{self.run}:{part}"

    @property
    def requests(self) -> str:
        return self.key("requests")

    @property
    def seen(self) -> str:
        return self.key("seen")

    @property
    def leases(self) -> str:
        return self.key("leases")

    def alive(self, worker: str) -> str:
        return self.key(f"alive:{worker}")

    def all(self) -> list[str]:
        parts = ("requests", "seen", "leases", "workers", "active", "dead", "discovery")
        return [self.key(part) for part in (*parts, "finishing", "finished", "undecodable")]


def connect(url: str) -> redis.Redis:
    """A client for `url` that answers, or FrontierUnavailable with a one-line reason."""
    try:
        client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        client.ping()
    except (*REDIS_ERRORS, ValueError) as error:
        raise FrontierUnavailable(f"cannot reach the frontier {url}: {error}") from error
    return client


class Frontier:
    """A worker's side of a run's keys (Scrapy-free: the scheduler and pipeline drive it)."""

    def __init__(self, client: redis.Redis, run: str, *, lease_seconds: float = 10.0) -> None:
        self.client = client
        self.keys = RunKeys(check_run_name(run))
        self.worker = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.lease_ms = int(lease_seconds * 1000)
        self._held: dict[bytes, str] = {}  # lease member -> its request URL
        self._unwritten: set[str] = set()  # title pages whose record is not written yet
        self._lock = threading.Lock()  # acks come from the writer thread too
        self._beaten = False  # a heartbeat was set once: one missing since has lapsed
        self._take = client.register_script(_TAKE)
        self._return = client.register_script(_RETURN)
        self._discover = client.register_script(_DISCOVER)
        self._queue = client.register_script(_QUEUE)
        self._end = client.register_script(_END)
        self._drop = client.register_script(_DROP)
        self._claim_finish = client.register_script(_CLAIM_FINISH)

    # --- joining and leaving

    def join(self, row_id: int) -> None:
        self.beat()
        self.client.hset(self.keys.key("workers"), self.worker, row_id)
        self.client.sadd(self.keys.key("active"), self.worker)

    def beat(self) -> bool:
        """Renew the heartbeat; True if it had lapsed since the last beat (this worker stalled
        past its lease: what it held may have been taken back and fetched again elsewhere)."""
        pipe = self.client.pipeline(transaction=True)
        pipe.exists(self.keys.alive(self.worker))
        pipe.set(self.keys.alive(self.worker), 1, px=self.lease_ms)
        existed, _ = pipe.execute()
        lapsed = self._beaten and not existed
        self._beaten = True
        return lapsed

    def begin_discovery(self, member: bytes, score: float, fingerprint: str) -> bool:
        """Queue discovery's first request (robots.txt) if no worker of the run has: True for
        the one worker that does, and the claim and the queued request are one step."""
        keys = [self.keys.key("discovery"), self.keys.seen, self.keys.requests]
        return bool(self._discover(keys=keys, args=[self.worker, fingerprint, score, member]))

    def queue(self, member: bytes, score: float, fingerprint: str | None) -> bool:
        """Queue a request unless its fingerprint is seen (none: never filtered); True if so."""
        keys = [self.keys.seen, self.keys.requests]
        return bool(self._queue(keys=keys, args=[fingerprint or "", score, member]))

    def discovers(self) -> bool:
        """This worker began the run's discovery."""
        return self.client.get(self.keys.key("discovery")) == self.worker.encode()

    def leave(self) -> bool:
        """Leave the run; True if no other worker is still alive in it (this one is last)."""
        active = self.keys.key("active")
        self.client.srem(active, self.worker)
        others = [m.decode() for m in self.client.smembers(active)]  # type: ignore[union-attr]
        return not any(self.is_alive(w) for w in others)

    def is_alive(self, worker: str) -> bool:
        return bool(self.client.exists(self.keys.alive(worker)))

    def claim_finish(self) -> bool:
        """True for the one worker that records the whole run: the first to claim it, or a
        later one when that worker died before recording it (its heartbeat expired). The
        claimant's heartbeat is renewed here: recording must end within the lease."""
        self.beat()
        keys = [self.keys.key("finishing"), self.keys.key("finished")]
        return bool(self._claim_finish(keys=keys, args=[self.worker, self.keys.alive("")]))

    @contextmanager
    def beating(self) -> Iterator[None]:
        """The heartbeat goes on while the block runs (the scheduler's ticker may have
        stopped): recording the whole run may outlast a lease, and a claim whose worker
        looks dead is taken over."""
        stop = threading.Event()

        def beat() -> None:
            while not stop.wait(self.lease_ms / 3000):
                try:
                    self.beat()
                except REDIS_ERRORS:
                    return

        beater = threading.Thread(target=beat, name="marquee-heartbeat", daemon=True)
        beater.start()
        try:
            yield
        finally:
            stop.set()
            beater.join()

    def finished(self, whole_run_id: int) -> None:
        """The whole run is recorded: later workers refuse it; its keys go after a week."""
        self.client.set(self.keys.key("finished"), whole_run_id)
        for key in self.keys.all():
            self.client.expire(key, KEEP_SECONDS)

    # --- requests

    def take(self) -> bytes | None:
        member = self._take(keys=[self.keys.requests, self.keys.leases], args=[self.worker])
        return member if isinstance(member, bytes) else None

    def drop(self, member: bytes) -> bool:
        """A request this worker took cannot be decoded: its lease ends and it is kept in the
        run's undecodable list instead (True if the lease was still this worker's)."""
        keys = [self.keys.leases, self.keys.key("undecodable")]
        return bool(self._drop(keys=keys, args=[self.worker, member]))

    def hold(self, member: bytes, url: str) -> None:
        with self._lock:
            self._held[member] = url

    def unwritten(self, url: str) -> None:
        with self._lock:
            self._unwritten.add(url)

    def done(self, urls: Iterable[str]) -> None:
        """These URLs' outcomes are durable: their leases end."""
        wanted = set(urls)
        with self._lock:
            self._unwritten -= wanted
            members = [m for m, url in self._held.items() if url in wanted]
            for member in members:
                del self._held[member]
        self._end_leases(members)

    def release_idle(self) -> None:
        """The worker is idle: every lease it holds but a record still to write is done."""
        with self._lock:
            members = [m for m, url in self._held.items() if url not in self._unwritten]
            for member in members:
                del self._held[member]
        self._end_leases(members)

    def _end_leases(self, members: list[bytes]) -> None:
        if members:
            self._end(keys=[self.keys.leases], args=[self.worker, *members])

    def release_all(self, *, requeue: bool) -> None:
        """Closing: this worker's leases end (done) or go back to the queue (interrupted)."""
        mine = self._leases_of({self.worker})
        self._held.clear()
        for member, value, score in mine:
            if requeue:
                self._return(keys=[self.keys.requests, self.keys.leases],
                             args=[member, value, score])  # fmt: skip
            else:
                self._end_leases([member])

    def reclaim(self) -> int:
        """Leases of workers whose heartbeat expired go back to the queue; how many."""
        owners = {value.split(b"|", 1)[0].decode() for value in self._lease_values()}
        dead = {w for w in owners if not self.client.exists(self.keys.alive(w))}
        if not dead:
            return 0
        self.client.sadd(self.keys.key("dead"), *dead)
        back = 0
        for member, value, score in self._leases_of(dead):
            back += int(self._return(keys=[self.keys.requests, self.keys.leases],
                                     args=[member, value, score]))  # fmt: skip
        log.warning("worker(s) %s gone: %d request(s) back in the frontier", sorted(dead), back)
        return back

    def _lease_values(self) -> list[bytes]:
        return list(self.client.hvals(self.keys.leases))  # type: ignore[arg-type]

    def _leases_of(self, workers: set[str]) -> list[tuple[bytes, bytes, float]]:
        found = []
        leases: dict[bytes, bytes] = self.client.hgetall(self.keys.leases)  # type: ignore[assignment]
        for member, value in leases.items():
            owner, _, score = value.decode().partition("|")
            if owner in workers:
                found.append((member, value, float(score or 0)))
        return found

    # --- the run's state

    def queued(self) -> int:
        return int(self.client.zcard(self.keys.requests))

    def run_done(self) -> bool:
        """Discovery has begun, nothing is queued and no worker holds a lease."""
        pipe = self.client.pipeline(transaction=True)
        pipe.exists(self.keys.key("discovery"))
        pipe.zcard(self.keys.requests)
        pipe.hlen(self.keys.leases)
        started, queued, leased = pipe.execute()
        return bool(started) and not queued and not leased

    def finished_run_id(self) -> int | None:
        value = self.client.get(self.keys.key("finished"))
        return int(value) if value is not None else None

    def worker_rows(self) -> dict[str, int]:
        rows: dict[bytes, bytes] = self.client.hgetall(self.keys.key("workers"))  # type: ignore[assignment]
        return {w.decode(): int(row) for w, row in rows.items()}

    def dead_workers(self) -> set[str]:
        members: set[bytes] = self.client.smembers(self.keys.key("dead"))  # type: ignore[assignment]
        return {m.decode() for m in members}

    def progress(self) -> dict[str, Any]:
        """The run as the frontier has it (`marquee crawl --frontier ... --status`)."""
        workers = self.worker_rows()
        active: set[bytes] = self.client.smembers(self.keys.key("active"))  # type: ignore[assignment]
        alive = sorted(w for w in workers if self.client.exists(self.keys.alive(w)))
        discovery = self.client.get(self.keys.key("discovery"))
        return {
            "run": self.keys.run,
            "started": discovery is not None,
            "queued": self.queued(),
            "in_flight": int(self.client.hlen(self.keys.leases)),
            "seen": int(self.client.scard(self.keys.seen)),
            "workers": len(workers),
            "alive": alive,
            "active": len(active),
            "dead": sorted(self.dead_workers()),
            "undecodable": int(self.client.llen(self.keys.key("undecodable"))),
            "finished_run_id": self.finished_run_id(),
        }


# --- Scrapy's side ------------------------------------------------------------------------------


def frontier_of(crawler: Crawler) -> Frontier | None:
    """The crawl's frontier (made on first use), or None for a single-process crawl."""
    found: Frontier | None = getattr(crawler, "marquee_frontier", None)
    url = crawler.settings.get("MARQUEE_FRONTIER")
    if found is None and url:
        lease = crawler.settings.getfloat("MARQUEE_FRONTIER_LEASE_SECONDS")
        found = Frontier(connect(url), crawler.settings.get("MARQUEE_FRONTIER_RUN"),
                         lease_seconds=lease)  # fmt: skip
        crawler.marquee_frontier = found  # type: ignore[attr-defined]
    return found


class FrontierScheduler(Scheduler):  # type: ignore[misc]
    """scrapy-redis's scheduler with leases, a heartbeat, and a worker that waits while the
    run can still grow, then leaves when it is done."""

    crawler: Crawler
    frontier: Frontier
    _ticker: asyncio.Task[None] | None = None
    _closing: asyncio.Future[None] | None = None
    _queued: int = 0
    _queued_at: float = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierScheduler:
        scheduler: FrontierScheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        frontier = frontier_of(crawler)
        assert frontier is not None, "FrontierScheduler needs MARQUEE_FRONTIER"
        scheduler.frontier = frontier
        return scheduler

    def open(self, spider: Any) -> None:
        from scrapy import signals

        super().open(spider)
        self.crawler.signals.connect(self._stay, signal=signals.spider_idle)
        self._ticker = asyncio.ensure_future(self._tick_forever())

    def _stay(self) -> None:
        from scrapy.exceptions import DontCloseSpider

        raise DontCloseSpider  # the ticker decides when the run is done

    def next_request(self) -> Request | None:
        if self._closing is not None:
            return None
        while True:
            try:
                member = self.frontier.take()
                if member is None:
                    return None
                request = self._decoded(member)
            except REDIS_ERRORS as error:
                self._lost(error)
                return None
            if request is not None:
                break
        self.frontier.hold(member, request.url)
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis", spider=self.spider)
        return request

    def _decoded(self, member: bytes) -> Request | None:
        """The request `member` holds, or None when it cannot be read back (corrupt, or queued
        by an incompatible version or spider): it is dropped from the run, logged and counted,
        not left leased forever (every worker would wait on it and the run never end)."""
        try:
            request: Request = self.queue._decode_request(member)
        except Exception as error:
            self.frontier.drop(member)
            log.error("undecodable request dropped from the frontier (%s: %s): %d bytes %r",
                      type(error).__name__, error, len(member), member[:64])  # fmt: skip
            self.crawler.stats.inc_value(UNDECODABLE_STAT)
            return None
        return request

    def enqueue_request(self, request: Request) -> bool:
        """scrapy-redis's dupefilter and queue, in one step (marquee.frontier._QUEUE); the
        spider's robots.txt request only for the worker that claims discovery with it."""
        discovery = request.meta.pop(DISCOVERY_META, False)
        member = self.queue._encode_request(request)
        score = -request.priority
        try:
            fingerprint = self.df.request_fingerprint(request)
            if discovery:  # the other workers' is dropped
                queued = self.frontier.begin_discovery(member, score, fingerprint)
            else:
                filtered = None if request.dont_filter else fingerprint
                queued = self.frontier.queue(member, score, filtered)
                if not queued:
                    self.df.log(request, self.spider)
        except REDIS_ERRORS as error:
            self._lost(error)
            self.crawler.stats.inc_value("marquee/frontier/not_enqueued")
            return False
        if queued and self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return queued

    def has_pending_requests(self) -> bool:
        # asked on every turn of the engine's loop: one round trip per 0.2 s, not per turn
        now = time.monotonic()
        if now - self._queued_at > 0.2:
            try:
                self._queued = self.frontier.queued()
            except REDIS_ERRORS:
                self._queued = 0
            self._queued_at = now
        return self._queued > 0

    def close(self, reason: str) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
        try:  # persist: the run's keys outlive a worker; nothing here can wipe a live run
            self.frontier.release_all(requeue=reason != "finished")
        except REDIS_ERRORS as error:
            log.error("leases left to expire (frontier unreachable): %s", error)

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(0.5)
            try:
                self._tick()
            except REDIS_ERRORS as error:
                self._lost(error)
                return

    def _tick(self) -> None:
        if self.frontier.beat():
            # its leases may have gone to other workers: their copies are fetched too, and
            # this worker's outcomes for them end no lease of theirs (marquee.frontier._END)
            log.warning("worker %s stalled past its lease (%.1f s): requests it held may be"
                        " fetched twice", self.frontier.worker, self.frontier.lease_ms / 1000)
            self.crawler.stats.inc_value(STALLED_STAT)
        self.frontier.reclaim()
        engine = self.crawler.engine
        if engine is None or self._closing is not None or not engine.spider_is_idle():
            if self.frontier.queued() and engine is not None and engine._slot is not None:
                engine._slot.nextcall.schedule()  # requests other workers queued
            return
        self.frontier.release_idle()
        if self.frontier.run_done():
            self._close("finished")

    def _lost(self, error: Exception) -> None:
        if self._closing is None:
            log.error("frontier lost: %s", error)
            self.crawler.stats.set_value("marquee/frontier/lost", str(error))
            self._close(FRONTIER_LOST)

    def _close(self, reason: str) -> None:
        assert self.crawler.engine is not None
        self._closing = asyncio.ensure_future(self.crawler.engine.close_spider_async(reason=reason))


class LeaseMiddleware:
    """Queues the requests a callback yields as it yields them, and ends the lease of a page
    that is not a title's (robots.txt, a sitemap) once its output is all taken: the requests
    it found are in the frontier by then. Scrapy's scraper takes the output ahead of scheduling
    it (into a queue its workers drain), so a lease ended at the output's end could leave the
    frontier empty (the run done, to the other workers) with requests still to be queued, and
    a worker killed then lost them. The items come after the requests, so a title's record
    (whose writing ends its lease) is never written before the links found on it are queued.
    Outermost spider middleware, so the last to see the output."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeaseMiddleware:
        return cls(crawler)

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        items: list[Any] = []
        try:
            for output in result:
                if not self._queued(output):
                    items.append(output)
        except Exception:
            yield from items  # the output before the error, as without this middleware
            raise
        self._done(response)
        yield from items

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        items: list[Any] = []
        try:
            async for output in result:
                if not self._queued(output):
                    items.append(output)
        except Exception:
            for item in items:
                yield item
            raise
        self._done(response)
        for item in items:
            yield item

    def _queued(self, output: Any) -> bool:
        """A request is scheduled now, as the scraper would schedule it later."""
        from scrapy.http import Request

        if not isinstance(output, Request):
            return False
        assert self.crawler.engine is not None
        self.crawler.engine.crawl(output)
        return True

    def _done(self, response: Response) -> None:
        from marquee.middlewares import TITLE_META

        frontier = frontier_of(self.crawler)
        if frontier is None or response.meta.get(TITLE_META):
            return  # a title's lease ends when its record is written
        try:  # the URL it was leased under, before any redirect
            frontier.done([(response.meta.get("redirect_urls") or [response.url])[0]])
        except REDIS_ERRORS as error:
            log.warning("lease not ended (frontier unreachable): %s", error)
