"""Crawl throughput and memory.

1. pages/second of `marquee crawl --full` (robots, sitemaps, extract, SQLite, WARC archive)
   against a bare Scrapy spider that fetches the same title pages and does nothing; same
   concurrency, same run, same local asyncio fixture server (in its own process).
2. peak and sampled RSS of a 20,000-page `marquee crawl` (with its extraction worker process),
   to show memory stays flat.

Usage: python benchmarks/crawl.py [--pages 2000] [--memory-pages 20000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CONCURRENCY = 16
FAST = {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0", "LOG_LEVEL": "WARNING",
        "CONCURRENT_REQUESTS": str(CONCURRENCY),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(CONCURRENCY)}
MARQUEE_EXTRA = dict(x.split("=", 1) for x in os.environ.get("BENCH_SET", "").split(",") if x)


def start_server(pages: int) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "marquee.cli", "serve-fixtures", "--port", "0",
               "--pages", str(pages)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    line = server.stdout.readline().strip()
    return server, line.removeprefix("serving ")


def run_marquee(site: str, work: Path) -> dict[str, Any]:
    db, archive = f"sqlite:///{work / 'bench.db'}", work / "archive"
    chosen = {**FAST, **MARQUEE_EXTRA}
    sets = [arg for name, value in chosen.items() for arg in ("--set", f"{name}={value}")]
    command = [sys.executable, "-m", "marquee.cli", "crawl", "--site", site, "--db", db,
               "--archive-dir", str(archive), "--full", *sets]
    rss, cpu = _run_sampled(command)
    counts = _last_counts(db)
    return {"pages": counts["pages"], "seconds": counts["duration_s"],
            "stored": counts["stored"], "rss": rss, "cpu": cpu}


def run_bare(site: str) -> dict[str, Any]:
    command = [sys.executable, __file__, "--bare-spider", site]
    before = _children_cpu()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["cpu"] = [_children_cpu() - before]
    return result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_sampled(command: list[str]) -> tuple[list[int], list[float]]:
    """Run to the end, sampling the RSS (kB) of the child and its extraction worker, added
    up, every 0.25 s; with the CPU seconds each process had used when last seen (the crawl
    process first: start-up included)."""
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples: list[int] = []
    cpu: dict[int, float] = {}
    while child.poll() is None:
        tree = _tree(child.pid)
        if rss := sum(_rss(pid) for pid in tree):  # 0: it has just exited
            samples.append(rss)
        cpu.update((pid, seconds) for pid in tree if (seconds := _cpu(pid)) is not None)
        time.sleep(0.25)
    return samples, list(cpu.values())


def _cpu(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _tree(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return [pid]
    return [pid, *(grandchild for child in children for grandchild in _tree(int(child)))]


def _rss(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
        return next(int(x.split()[1]) for x in status if x.startswith("VmRSS"))
    except (OSError, StopIteration):
        return 0


def _last_counts(db_url: str) -> dict[str, Any]:
    import sqlalchemy as sa

    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        raw: Any = conn.execute(sa.text("SELECT counts FROM crawl_runs ORDER BY id DESC")).scalar()
    engine.dispose()
    loaded: dict[str, Any] = json.loads(raw) if isinstance(raw, str) else raw
    return loaded


# --- the bare spider (runs in its own process) ----------------------------------------------


def bare_spider_main(site: str) -> None:
    import scrapy
    from scrapy.crawler import AsyncCrawlerProcess
    from scrapy.utils.sitemap import Sitemap

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self) -> Any:
            yield scrapy.Request(f"{site}/sitemap_index.xml", callback=self.index)

        def index(self, response: Any) -> Any:
            for entry in Sitemap(response.body):
                yield scrapy.Request(entry["loc"], callback=self.sitemap)

        def sitemap(self, response: Any) -> Any:
            for entry in Sitemap(response.body):
                yield scrapy.Request(entry["loc"], callback=self.page)

        def page(self, response: Any) -> None:
            self.crawler.stats.inc_value("bare/pages")

    process = AsyncCrawlerProcess({**FAST, "ROBOTSTXT_OBEY": False,
                                   "TELNETCONSOLE_ENABLED": False})
    crawler = process.create_crawler(Bare)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    print(json.dumps({"pages": stats.get("bare/pages", 0),
                      "seconds": stats["elapsed_time_seconds"]}))


# --- driver ----------------------------------------------------------------------------------


def throughput(pages: int, repeat: int) -> None:
    server, site = start_server(pages)
    try:
        for attempt in range(1, repeat + 1):
            bare = run_bare(site)
            with tempfile.TemporaryDirectory() as work:
                full = run_marquee(site, Path(work))
            bare_rate, full_rate = bare["pages"] / bare["seconds"], full["pages"] / full["seconds"]
            print(f"run {attempt}: bare {bare['pages']} pages {bare_rate:.0f}/s; "
                  f"marquee {full['pages']} pages ({full['stored']} stored) {full_rate:.0f}/s; "
                  f"ratio {full_rate / bare_rate:.0%}; CPU s (start-up included): "
                  f"bare {_seconds(bare['cpu'])}, marquee {_seconds(full['cpu'])}")
    finally:
        server.terminate()


def _seconds(cpu: list[float]) -> str:
    """CPU seconds a process: the crawl process, then its extraction worker if any."""
    return " + ".join(f"{seconds:.1f}" for seconds in cpu)


def memory(pages: int) -> None:
    server, site = start_server(pages)
    try:
        with tempfile.TemporaryDirectory() as work:
            full = run_marquee(site, Path(work))
    finally:
        server.terminate()
    rss = full["rss"]
    quarters = [rss[min(len(rss) - 1, len(rss) * q // 4)] // 1024 for q in (1, 2, 3, 4)]
    print(f"memory: {full['pages']} pages in {full['seconds']:.0f}s; peak RSS "
          f"{max(rss) // 1024} MB; RSS at 25/50/75/100% of the run: {quarters} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--memory-pages", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--bare-spider", metavar="SITE")
    args = parser.parse_args()
    if args.bare_spider:
        bare_spider_main(args.bare_spider)
        return
    os.environ.setdefault("MARQUEE_LOG_LEVEL", "WARNING")
    throughput(args.pages, args.repeat)
    if args.memory_pages:
        memory(args.memory_pages)


if __name__ == "__main__":
    main()
