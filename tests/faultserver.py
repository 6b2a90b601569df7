"""A ReelGuide site on loopback that also misbehaves on request, in the spirit of Scrapy's
tests/mockserver.py.

Title pages from tests/fixtures/pages are served at /movie/<slug> and /show/<slug>, with a
robots.txt and sitemaps pointing at the server itself; every other path below is one fault.
HTTP is written by hand on the raw stream so that it can be broken on purpose.

    server = FaultServer(sitemap=["/movie/heat", "/status/503"])
    base = server.start()          # "http://127.0.0.1:<port>", served from a thread
    ...
    server.hits("/status/503")     # requests seen, from the request log
    server.stop()

Or by hand: `python -m tests.faultserver --port 8765`.

Fault paths:
    /status/<code>                 that status, a small HTML body
    /slow/<seconds>                a title page after a delay (also /slow?delay=s)
    /hang/before, /hang/after      no response at all; headers then no body
    /drop/mid-body                 Content-Length sent, part of the body, then close
    /reset                         TCP RST before any byte (SO_LINGER 0)
    /short-length                  whole page, Content-Length larger than it, close
    /chunked/no-last               chunked body without its last (zero) chunk
    /no-length/close-early         no length, part of the page, close
    /big/<bytes>[/chunked]         a body of that size, declared or streamed
    /gzip-bomb                     a small gzip body inflating past `bomb_size`
    /redirect/loop/a <-> /redirect/loop/b, /redirect/chain/<n>, /redirect/offsite
    /redirect/to/<name>            302 to `redirect_targets[name]` (any URL: another port...)
    /refresh/to/<name>             a 200 page whose meta refresh goes there
    /ratelimit/<times>/<seconds>   429 + Retry-After for the first `times` hits, then a page
    /trap/<n>, /movie/trap-<n>     title-like pages, each linking to the next, without end
    /soft-404, /maintenance        HTTP 200 pages that are really errors
    /charset/cp1252-as-utf8, /charset/utf8-as-cp1252
    /malformed, /control-chars, /long-title
    /movie/heat-1995               the page of /movie/heat (same canonical link)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import json
import re
import socket
import struct
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qs, urlsplit

PAGES = Path(__file__).parent / "fixtures" / "pages"
SITE = "https://www.reelguide.example"
_BASE: ContextVar[str] = ContextVar("base", default=SITE)  # the serving server's base URL
RobotsMode = Literal["ok", "500", "hang", "html", "404"]
LONG_TITLE = ("The Extraordinarily Long and Winding Chronicle of " * 7)[:299] + "X"
CONTROL_TITLE = "Control\x00 Chars\x07 In\x1b The\x7f Title"
CONTROL_TITLE_CLEAN = "Control Chars In The Title"
CHARSET_TITLE = "Amélie’s Café – Naïve"  # differs in cp1252 and utf-8, all in cp1252
MAINTENANCE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Temporarily unavailable |"
    " ReelGuide</title></head><body><main><h1>We'll be right back</h1><p>ReelGuide is"
    " temporarily unavailable for scheduled maintenance. Please try again later.</p>"
    "</main></body></html>"
)


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    method: str
    path: str
    routed: str  # the path served in its place (after aliases)
    host: str
    headers: Mapping[str, str]
    at: float  # time.time()
    monotonic: float


@dataclass(slots=True)
class Request:
    method: str
    target: str
    headers: dict[str, str]

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(urlsplit(self.target).query).items()}


Writer = asyncio.StreamWriter
Handler = Callable[["FaultServer", Request, Writer, re.Match[str]], Awaitable[None]]


# --- pages -------------------------------------------------------------------------------


@cache
def fixture_pages() -> dict[str, bytes]:
    """Site path -> page bytes, from the fixtures' canonical links (v2 wins over v1)."""
    pages: dict[str, bytes] = {}
    for page in sorted(PAGES.glob("v*.html")):
        data = page.read_bytes()
        found = re.search(rb'rel="canonical" href="https?://[^/"]+(/[^"]+)"', data)
        if found and "truncated" not in page.name and "soft-404" not in page.name:
            pages.setdefault(found.group(1).decode(), data)
    return pages


def _template() -> str:
    return (PAGES / "v2-heat.html").read_text("utf-8")


def title_page(slug: str, title: str, related: Iterable[str] = (), kind: str = "movie") -> str:
    """A current-layout page (v2-heat's) retitled as `kind/slug`, linking to `related`;
    its canonical link names the server that sends it, as the real site's does."""
    page = own_site(_template()).replace(
        f"{_BASE.get()}/movie/heat", f"{_BASE.get()}/{kind}/{slug}"
    )
    page = page.replace('"name": "Heat"', f'"name": {json.dumps(title)}', 1)
    page = page.replace('data-testid="title">Heat<', f'data-testid="title">{html.escape(title)}<')
    page = page.replace("<title>Heat -", f"<title>{html.escape(title)} -")
    page = page.replace('og:title" content="Heat"', f'og:title" content="{html.escape(title)}"')
    return set_related(page, related)


def own_site(page: str) -> str:
    return page.replace(SITE, _BASE.get())


def set_related(page: str, related: Iterable[str]) -> str:
    """Replace the "More Like This" list by links to `related` paths."""
    cards = "".join(f'<li><a href="{path}"><span>{path}</span></a></li>' for path in related)
    return re.sub(
        r'(<ul class="[^"]*rellist">).*?(</ul>)', rf"\g<1>{cards}\g<2>", page, count=1, flags=re.S
    )


def strip_related(page: bytes) -> bytes:
    """No links to other titles left (both deploys' "More Like This", and any other)."""
    return re.sub(rb'href="/(?:movie|show)/[^"]*"', b'href="#"', page)


def malformed_page() -> str:
    page = title_page("malformed", "Malformed Markup")
    page = page.replace("</p>", "", 5).replace("</section>", "</html>\x01<<>>&&;", 1)
    return page.replace("<main", "<div><span><main", 1) + "</div></body></html>\x00garbage<"


def control_chars_page() -> str:
    page = title_page("control-chars", "Control Chars In The Title")
    page = page.replace(json.dumps("Control Chars In The Title"), json.dumps(CONTROL_TITLE))
    page = page.replace('title">Control Chars In The Title<', f'title">{CONTROL_TITLE}<')
    return page.replace("A Los Angeles crime saga.", "A Los\x00 Angeles\x0b crime\x1f saga.")


@cache
def gzip_bomb(size: int) -> bytes:
    """A gzip stream of `size` zero bytes: about a thousandth of its inflated size."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [packer.compress(block) for _ in range(size >> 20)]
    parts.append(packer.compress(bytes(size & ((1 << 20) - 1))))
    return b"".join([*parts, packer.flush()])


# --- raw HTTP ----------------------------------------------------------------------------

REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 404: "Not Found", 429: "Too Many"}


def head(status: int, headers: Mapping[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}"]
    lines += [f"{k}: {v}" for k, v in {"Connection": "close", **(headers or {})}.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def send(
    writer: Writer,
    status: int,
    body: bytes | str = b"",
    content_type: str = "text/html; charset=utf-8",
    headers: Mapping[str, str] | None = None,
) -> None:
    data = body.encode("utf-8") if isinstance(body, str) else body
    all_headers = {"Content-Type": content_type, "Content-Length": str(len(data))}
    writer.write(head(status, {**all_headers, **(headers or {})}) + data)
    await writer.drain()


async def redirect(writer: Writer, location: str, status: int = 302) -> None:
    await send(writer, status, f'<a href="{location}">moved</a>', headers={"Location": location})


async def forever() -> None:
    await asyncio.Event().wait()


# --- routes ------------------------------------------------------------------------------


async def _status(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    code = int(m["code"])
    await send(w, code, f"<html><body><h1>Status {code}</h1></body></html>")


async def _slow(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    delay = float(m["delay"] or req.query.get("delay", "1"))
    await asyncio.sleep(delay)
    await send(w, 200, title_page(f"slow-{m['delay'] or 'q'}", f"Slow {delay:g}"))


async def _hang_before(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    await forever()


async def _hang_after(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    w.write(head(200, {"Content-Type": "text/html", "Content-Length": "5000"}))
    await w.drain()
    await forever()


def _truncating_page(slug: str) -> bytes:
    return title_page(slug, f"Truncated {slug}").encode()


async def _drop_mid_body(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    body = _truncating_page("drop-mid-body")
    w.write(head(200, {"Content-Type": "text/html", "Content-Length": str(len(body))}))
    w.write(body[: len(body) * 3 // 5])
    await w.drain()


async def _reset(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    sock = w.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    w.transport.abort()


async def _short_length(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    body = _truncating_page("short-length")
    w.write(head(200, {"Content-Type": "text/html", "Content-Length": str(len(body) + 500)}))
    w.write(body)
    await w.drain()


async def _chunked_no_last(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    body = _truncating_page("chunked-no-last")
    w.write(head(200, {"Content-Type": "text/html", "Transfer-Encoding": "chunked"}))
    for start in range(0, len(body), 4096):
        chunk = body[start : start + 4096]
        w.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
    await w.drain()


async def _no_length(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    body = _truncating_page("no-length")
    w.write(head(200, {"Content-Type": "text/html"}) + body[: len(body) * 3 // 5])
    await w.drain()


async def _big(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    size, chunked = int(m["size"]), bool(m["chunked"])
    length = {"Transfer-Encoding": "chunked"} if chunked else {"Content-Length": str(size)}
    w.write(head(200, {"Content-Type": "text/html", **length}))
    block = b"<p>" + b"x" * 65529 + b"</p>"
    for sent in range(0, size, len(block)):
        piece = block[: size - sent]
        w.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece)
        await w.drain()
    if chunked:
        w.write(b"0\r\n\r\n")
    await w.drain()


async def _gzip_bomb(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    body = await asyncio.get_running_loop().run_in_executor(None, gzip_bomb, srv.bomb_size)
    await send(w, 200, body, headers={"Content-Encoding": "gzip"})


async def _loop(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    await redirect(w, "/redirect/loop/b" if m["end"] == "a" else "/redirect/loop/a")


async def _chain(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    left = int(m["n"])
    if left > 0:
        await redirect(w, f"/redirect/chain/{left - 1}")
    else:
        await send(w, 200, title_page("chain-end", "Chain End"))


async def _offsite(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    await redirect(w, f"{srv.offsite_base}/movie/heat")


async def _redirect_to(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    await redirect(w, srv.redirect_targets[m["name"]])


async def _refresh_to(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    target = html.escape(srv.redirect_targets[m["name"]])
    page = f'<html><head><meta http-equiv="refresh" content="0; url={target}"></head></html>'
    await send(w, 200, page)


async def _ratelimit(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    if srv.hits(req.path) <= int(m["times"]):
        await send(w, 429, "<h1>Slow down</h1>", headers={"Retry-After": m["after"]})
    else:
        await send(w, 200, title_page(f"ratelimit-{m['times']}", "Rate Limited Title"))


async def _trap(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    n = int(m["n"])
    nxt = f"/trap/{n + 1}" if m["prefix"] == "/trap/" else f"/movie/trap-{n + 1}"
    await send(w, 200, title_page(f"trap-{n}", f"Trap Page {n}", [nxt]))


async def _fixed(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    await send(w, 200, FIXED[m["name"]]())


async def _charset(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    sent, declared = ("cp1252", "utf-8") if m["case"] == "cp1252-as-utf8" else ("utf-8", "cp1252")
    page = title_page(f"charset-{m['case']}", CHARSET_TITLE).replace('<meta charset="utf-8">', "")
    await send(w, 200, page.encode(sent), content_type=f"text/html; charset={declared}")


async def _robots(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    mode = srv.robots
    if mode == "hang":
        await forever()
    elif mode == "ok":
        await send(w, 200, srv.robots_txt(), content_type="text/plain")
    elif mode == "html":
        await send(w, 200, MAINTENANCE)
    else:
        await send(w, int(mode), f"<h1>{mode}</h1>")


async def _sitemap_index(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    await send(w, 200, srv.sitemap_index(), content_type="application/xml")


async def _sitemap(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    await send(w, 200, srv.sitemap_xml(), content_type="application/xml")


async def _title(srv: FaultServer, req: Request, w: Writer, m: re.Match[str]) -> None:
    while srv.hold_titles is not None and not srv.hold_titles.is_set():
        await asyncio.sleep(0.01)
    path = "/movie/heat" if req.path == "/movie/heat-1995" else req.path
    page = fixture_pages().get(path)
    if page is None:
        await send(w, 404, (PAGES / "v2-soft-404.html").read_bytes())
        return
    page = srv.rewrite(page.replace(SITE.encode(), srv.base.encode()))
    await send(w, 200, page if srv.related else strip_related(page))


FIXED: dict[str, Callable[[], str]] = {
    "soft-404": lambda: (PAGES / "v2-soft-404.html").read_text("utf-8"),
    "maintenance": lambda: MAINTENANCE,
    "malformed": malformed_page,
    "control-chars": control_chars_page,
    "long-title": lambda: title_page("long-title", LONG_TITLE),
}

ROUTES: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(pattern), handler)
    for pattern, handler in [
        (r"/robots\.txt", _robots),
        (r"/sitemap_index\.xml", _sitemap_index),
        (r"/sitemaps/titles-1\.xml", _sitemap),
        (r"/status/(?P<code>\d{3})", _status),
        (r"/slow(?:/(?P<delay>[\d.]+))?", _slow),
        (r"/hang/before", _hang_before),
        (r"/hang/after", _hang_after),
        (r"/drop/mid-body", _drop_mid_body),
        (r"/reset", _reset),
        (r"/short-length", _short_length),
        (r"/chunked/no-last", _chunked_no_last),
        (r"/no-length/close-early", _no_length),
        (r"/big/(?P<size>\d+)(?P<chunked>/chunked)?", _big),
        (r"/gzip-bomb", _gzip_bomb),
        (r"/redirect/loop/(?P<end>[ab])", _loop),
        (r"/redirect/chain/(?P<n>\d+)", _chain),
        (r"/redirect/offsite", _offsite),
        (r"/redirect/to/(?P<name>[\w-]+)", _redirect_to),
        (r"/refresh/to/(?P<name>[\w-]+)", _refresh_to),
        (r"/ratelimit/(?P<times>\d+)/(?P<after>\d+)", _ratelimit),
        (r"(?P<prefix>/trap/|/movie/trap-)(?P<n>\d+)", _trap),
        (r"/(?P<name>soft-404|maintenance|malformed|control-chars|long-title)", _fixed),
        (r"/charset/(?P<case>cp1252-as-utf8|utf8-as-cp1252)", _charset),
        (r"/(?:movie|show)/[^/]+", _title),
    ]
]


# --- the server --------------------------------------------------------------------------


@dataclass
class FaultServer:
    """The fault site. `sitemap`: paths listed in the sitemap (default: every fixture title);
    `aliases`: path -> path served in its place (a fault mounted at a title-like path);
    `related=False` empties the "More Like This" lists so crawls stay small; `index_extra`
    and `sitemap_extra`: URLs listed as they are in the sitemap index and the title sitemap;
    `disallow`: paths robots.txt forbids; `hold_titles`: title pages are answered only once
    this event is set; `connections`: TCP connections accepted, logged
    request or not (a TLS or FTP client shows only here)."""

    robots: RobotsMode = "ok"
    sitemap: list[str] | None = None
    aliases: dict[str, str] = field(default_factory=dict)
    related: bool = True
    bomb_size: int = 128 << 20
    port: int = 0
    offsite: bool = True  # also listen on 127.0.0.2, the "other host" of /redirect/offsite
    rewrite: Callable[[bytes], bytes] = lambda page: page  # fixture title pages, as sent
    index_extra: list[str] = field(default_factory=list)
    sitemap_extra: list[str] = field(default_factory=list)
    disallow: list[str] = field(default_factory=list)
    redirect_targets: dict[str, str] = field(default_factory=dict)
    hold_titles: threading.Event | None = None  # title pages wait until it is set
    connections: int = field(default=0, init=False)
    log: list[LoggedRequest] = field(default_factory=list, init=False)
    _loop: asyncio.AbstractEventLoop | None = field(default=None, init=False)
    _thread: threading.Thread | None = field(default=None, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set, init=False)
    _stopping: asyncio.Event = field(default_factory=asyncio.Event, init=False)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def offsite_base(self) -> str:
        return f"http://127.0.0.2:{self.port}"

    # log queries

    def requests(self, path: str | None = None, host: str | None = None) -> list[LoggedRequest]:
        with self._lock:
            return [
                r
                for r in self.log
                if (path is None or path in (r.path, r.routed))
                and (host is None or r.host.startswith(host))
            ]

    def hits(self, path: str) -> int:
        return len(self.requests(path))

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()
            self.connections = 0

    # site files

    def robots_txt(self) -> str:
        rules = "".join(f"Disallow: {path}\n" for path in ["/search", "/watchlist", *self.disallow])
        return f"User-agent: *\n{rules}\nSitemap: {self.base}/sitemap_index.xml\n"

    def sitemap_index(self) -> str:
        locs = [f"{self.base}/sitemaps/titles-1.xml", *self.index_extra]
        entries = "".join(
            f"  <sitemap><loc>{html.escape(loc)}</loc><lastmod>2026-03-05</lastmod></sitemap>\n"
            for loc in locs
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}</sitemapindex>\n"
        )

    def sitemap_xml(self) -> str:
        paths = sorted(fixture_pages()) if self.sitemap is None else self.sitemap
        locs = [self.base + p for p in paths] + self.sitemap_extra
        urls = "".join(
            f"  <url><loc>{html.escape(loc)}</loc><lastmod>2026-01-10</lastmod></url>\n"
            for loc in locs
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{urls}</urlset>\n"
        )

    # serving

    async def _handle(self, reader: asyncio.StreamReader, writer: Writer) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        with self._lock:
            self.connections += 1
        try:
            request = await self._read_request(reader)
            if request is not None:
                await self._dispatch(request, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass  # stop(): hanging handlers end here, quietly
        finally:
            self._tasks.discard(task)
            if not writer.transport.is_closing():
                writer.close()

    async def _read_request(self, reader: asyncio.StreamReader) -> Request | None:
        raw = await reader.readuntil(b"\r\n\r\n")
        first, *lines = raw.decode("latin-1").split("\r\n")
        parts = first.split()
        if len(parts) != 3:
            return None
        headers = {}
        for line in lines:
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        return Request(parts[0], parts[1], headers)

    async def _dispatch(self, request: Request, writer: Writer) -> None:
        path = self.aliases.get(request.path, request.path)
        entry = LoggedRequest(
            request.method,
            request.path,
            path,
            request.headers.get("host", ""),
            request.headers,
            time.time(),
            time.monotonic(),
        )
        with self._lock:
            self.log.append(entry)
        query = urlsplit(request.target).query
        request.target = f"{path}?{query}" if query else path
        _BASE.set(self.base)
        for pattern, handler in ROUTES:
            found = pattern.fullmatch(path)
            if found:
                await handler(self, request, writer, found)
                return
        await send(writer, 404, "<h1>Not Found</h1>")

    async def _serve(self, ready: threading.Event) -> None:
        server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
        self.port = server.sockets[0].getsockname()[1]
        servers = [server]
        if self.offsite:
            # without it the other host is unreachable, which is also off-site enough
            with contextlib.suppress(OSError):
                servers.append(await asyncio.start_server(self._handle, "127.0.0.2", self.port))
        ready.set()
        await self._stopping.wait()
        for srv in servers:
            srv.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def start(self) -> str:
        """Serve from a background thread; return the base URL."""
        ready = threading.Event()
        self._stopping = asyncio.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_until_complete, args=(self._serve(ready),), daemon=True
        )
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fault server did not start")
        return self.base

    def stop(self) -> None:
        if self._loop is None or self._thread is None:
            return
        self._loop.call_soon_threadsafe(self._stopping.set)
        self._thread.join(10)
        self._loop.close()
        self._loop = self._thread = None

    def __enter__(self) -> FaultServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--robots", default="ok", choices=["ok", "500", "hang", "html", "404"])
    parser.add_argument("--no-related", action="store_true")
    args = parser.parse_args(argv)
    server = FaultServer(robots=args.robots, port=args.port, related=not args.no_related)
    print(f"serving on {server.start()}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
