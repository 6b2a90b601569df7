"""Distributed runs: pages/second with 1, 2 and 4 workers sharing one frontier.

(a) the fixture site as it is (the CPU is the limit: on a 2-core machine, workers compete
    for it), and (b) the site answering each title page after 200 ms with 4 requests in
    flight per worker (the site is the limit: this should scale near linearly).
Baseline, measured in the same run and the same conditions: one `marquee crawl` without a
frontier. Each configuration crawls a fresh SQLite database with `--full`, through
`marquee crawl --workers N` and a private redis-server; pages/s over the whole run (first
worker's start to the whole-run row's end) and over the command's wall time.

Usage: python benchmarks/distributed.py [--pages 1000] [--slow-pages 600] [--workers 1,2,4]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SLOW_DELAY = 0.2
PLAIN = {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0", "LOG_LEVEL": "WARNING",
         "CONCURRENT_REQUESTS": "16", "CONCURRENT_REQUESTS_PER_DOMAIN": "16"}  # fmt: skip
SLOW = {**PLAIN, "CONCURRENT_REQUESTS": "4", "CONCURRENT_REQUESTS_PER_DOMAIN": "4"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve_main(pages: int, delay: float) -> None:
    """The fixture server, each title page answered after `delay` s (in its own process)."""
    from marquee.devserver import FixtureServer, HttpRequest, HttpResponse, site_factory

    class Slow(FixtureServer):
        async def title_page(self, request: HttpRequest) -> HttpResponse:
            await asyncio.sleep(delay)
            return await super().title_page(request)

    async def main() -> None:
        server = Slow(site_factory(pages))
        port = await server.start()
        print(f"http://127.0.0.1:{port}", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


def start_server(pages: int, delay: float) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, __file__, "--serve", str(pages), str(delay)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    return server, server.stdout.readline().strip()


def start_redis(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
               "--appendonly", "no", "--dir", str(folder)]  # fmt: skip
    redis = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    for _ in range(100):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return redis, f"redis://127.0.0.1:{port}/0"
        time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


def crawl(site: str, work: Path, settings: dict[str, str], workers: int | None,
          frontier: str | None, run: str) -> dict[str, Any]:
    db = f"sqlite:///{work / f'{run}.db'}"
    sets = [f"--set={name}={value}" for name, value in settings.items()]
    command = [sys.executable, "-m", "marquee.cli", "crawl", "--site", site, "--db", db,
               "--archive-dir", str(work / "archive"), "--full", *sets]  # fmt: skip
    if workers:
        command += ["--workers", str(workers), "--frontier", str(frontier), "--run", run]
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - began
    row = _last_run(db)
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
    span = (row["finished_at"] - row["started_at"]).total_seconds()
    return {"status": row["status"], "pages": row["counts"]["pages"], "span_s": round(span, 2),
            "wall_s": round(wall, 2), "pages_per_s": round(row["counts"]["pages"] / span, 1),
            "pages_per_wall_s": round(row["counts"]["pages"] / wall, 1)}  # fmt: skip


def _last_run(db_url: str) -> dict[str, Any]:
    import sqlalchemy as sa

    from marquee.db import schema
    from marquee.db.rows import as_utc

    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        r = schema.crawl_runs
        row = dict(conn.execute(sa.select(r).order_by(r.c.id.desc())).mappings().first() or {})
    engine.dispose()
    counts = row["counts"]
    row["counts"] = json.loads(counts) if isinstance(counts, str) else counts
    row["started_at"], row["finished_at"] = as_utc(row["started_at"]), as_utc(row["finished_at"])
    return row


def scenario(name: str, pages: int, delay: float, settings: dict[str, str],
             counts: list[int], work: Path, frontier: str) -> None:
    server, site = start_server(pages, delay)
    try:
        base = crawl(site, work, settings, None, None, f"{name}-baseline")
        print(f"{name}: {pages} pages, page delay {delay}s, "
              f"{settings['CONCURRENT_REQUESTS']} requests in flight per worker")  # fmt: skip
        print(f"  baseline (no frontier): {base}")
        for n in counts:
            result = crawl(site, work, settings, n, frontier, f"{name}-{n}-{time.time_ns()}")
            ratio = result["pages_per_s"] / base["pages_per_s"]
            print(f"  {n} worker(s): {result}  x{ratio:.2f} of the baseline")
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--slow-pages", type=int, default=600)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--serve", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve_main(int(args.serve[0]), float(args.serve[1]))
        return
    counts = [int(n) for n in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="marquee-dist-") as folder:
        work = Path(folder)
        redis, frontier = start_redis(work)
        try:
            scenario("plain", args.pages, 0.0, PLAIN, counts, work, frontier)
            scenario("slow-site", args.slow_pages, SLOW_DELAY, SLOW, counts, work, frontier)
        finally:
            redis.terminate()
            redis.wait()


if __name__ == "__main__":
    main()
