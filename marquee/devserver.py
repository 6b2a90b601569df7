"""The local ReelGuide fixture site: a small, fast asyncio HTTP/1.1 server (tests, demo, bench).

It serves the bundled pages (marquee/site_data) at /movie/<slug> and /show/<slug>, robots.txt,
/sitemap_index.xml and /sitemaps/titles-N.xml, with the public base URL rewritten to its own
address. `Site.synthesized(base, n)` makes n distinct title pages from the bundled ones.

Requests are dispatched through `FixtureServer.routes` (exact path -> handler) and
`FixtureServer.prefix_routes` (path prefix -> handler), so fault paths can be added by
putting a handler in the table.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email.utils
import hashlib
import re
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

PUBLIC_SITE = "https://www.reelguide.example"
SITEMAP_MAX_URLS = 50_000
DEFAULT_LASTMOD = dt.date(2026, 1, 1)
# pages that are not distinct titles of their own: a duplicate cut-off copy and an error page
_NOT_TITLES = ("v2-truncated-heat.html", "v2-soft-404.html")
_CANONICAL = re.compile(
    rb'rel="canonical" href="' + re.escape(PUBLIC_SITE.encode()) + rb'(/[^"]+)"'
)
_TITLE_HREF = re.compile(rb'href="/(?:movie|show)/[^"]+"')
_IMDB_ID = re.compile(rb"tt\d{5,10}")
_H1 = re.compile(rb"<h1[^>]*>([^<]+)")
_YEAR_SUFFIX = re.compile(rb"\s*\(\d{4}\)\s*$")


@dataclass(frozen=True, slots=True)
class HttpRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names


@dataclass(slots=True)
class HttpResponse:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[HttpRequest], Awaitable[HttpResponse]]

_REASONS = {200: "OK", 304: "Not Modified", 404: "Not Found", 500: "Internal Server Error",
            503: "Service Unavailable", 429: "Too Many Requests", 301: "Moved Permanently",
            302: "Found", 400: "Bad Request"}


# --- the site: pages, robots.txt and sitemaps ---------------------------------------------


@dataclass(slots=True)
class Page:
    path: str
    lastmod: dt.date
    render: Callable[[], bytes]
    etag: str
    in_sitemap: bool = True

    @property
    def last_modified(self) -> str:
        moment = dt.datetime.combine(self.lastmod, dt.time(), tzinfo=dt.UTC)
        return email.utils.format_datetime(moment, usegmt=True)


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


def _constant(body: bytes) -> Callable[[], bytes]:
    return lambda: body


def _site_file(*parts: str) -> bytes:
    return resources.files("marquee.site_data").joinpath(*parts).read_bytes()


def _bundled_page_files() -> list[str]:
    folder = resources.files("marquee.site_data").joinpath("pages")
    names = sorted(item.name for item in folder.iterdir() if item.name.endswith(".html"))
    # current layout first, so /show/the-office is the v2 page, as on the live site
    return sorted(names, key=lambda name: not name.startswith("v2-"))


def _fixture_lastmods() -> dict[str, dt.date]:
    xml = _site_file("site", "titles-1.xml").decode()
    pairs = re.findall(r"<loc>([^<]+)</loc><lastmod>([^<]+)</lastmod>", xml)
    return {loc.removeprefix(PUBLIC_SITE): dt.date.fromisoformat(day) for loc, day in pairs}


@dataclass(frozen=True, slots=True)
class _Template:
    path: str
    title: bytes
    body: bytes  # still with the public base URL


def _templates() -> list[_Template]:
    found: dict[str, _Template] = {}
    for name in _bundled_page_files():
        if name in _NOT_TITLES:
            continue
        body = _site_file("pages", name)
        canonical, h1 = _CANONICAL.search(body), _H1.search(body)
        if canonical and h1:
            path = canonical.group(1).decode()
            title = _YEAR_SUFFIX.sub(b"", h1.group(1).strip())
            found.setdefault(path, _Template(path, title, body))
    return list(found.values())


class Site:
    """What the fixture server serves; tests may change it while the server runs."""

    def __init__(self, base_url: str, *, sitemap_size: int = SITEMAP_MAX_URLS) -> None:
        self.base_url = base_url.rstrip("/")
        self.sitemap_size = min(sitemap_size, SITEMAP_MAX_URLS)
        self.pages: dict[str, Page] = {}
        self.robots = self.rewrite(_site_file("site", "robots.txt"))

    def rewrite(self, body: bytes) -> bytes:
        return body.replace(PUBLIC_SITE.encode(), self.base_url.encode())

    def put(self, path: str, body: bytes, lastmod: dt.date, *, in_sitemap: bool = True) -> Page:
        """Add or change a page (body given with the public base URL)."""
        served = self.rewrite(body)
        page = Page(path, lastmod, _constant(served), _etag(served), in_sitemap)
        self.pages[path] = page
        return page

    @classmethod
    def bundled(cls, base_url: str, *, sitemap_size: int = SITEMAP_MAX_URLS) -> Site:
        site = cls(base_url, sitemap_size=sitemap_size)
        lastmods = _fixture_lastmods()
        for path in lastmods:  # sitemap order first
            site.pages[path] = Page(path, lastmods[path], _constant(b""), "")
        for template in _templates():
            lastmod = lastmods.get(template.path, DEFAULT_LASTMOD)
            site.put(template.path, template.body, lastmod, in_sitemap=template.path in lastmods)
        return site

    @classmethod
    def synthesized(
        cls, base_url: str, count: int, *, sitemap_size: int = SITEMAP_MAX_URLS
    ) -> Site:
        site = cls(base_url, sitemap_size=sitemap_size)
        templates, lastmods = _templates(), _fixture_lastmods()
        paths = [_synth_path(templates[i % len(templates)], i) for i in range(count)]
        for i, path in enumerate(paths):
            template = templates[i % len(templates)]
            lastmod = lastmods.get(template.path, DEFAULT_LASTMOD)
            render = _synth_renderer(site, template, i, paths)
            etag = f'"s{i}-{_etag(template.body)[1:9]}"'
            site.pages[path] = Page(path, lastmod, render, etag)
        return site

    def sitemap_paths(self) -> list[str]:
        return [path for path, page in self.pages.items() if page.in_sitemap]

    def sitemap_count(self) -> int:
        return max(1, -(-len(self.sitemap_paths()) // self.sitemap_size))

    def sitemap_index_xml(self) -> bytes:
        newest = max((page.lastmod for page in self.pages.values()), default=DEFAULT_LASTMOD)
        entries = "".join(
            f"  <sitemap><loc>{self.base_url}/sitemaps/titles-{n}.xml</loc>"
            f"<lastmod>{newest.isoformat()}</lastmod></sitemap>\n"
            for n in range(1, self.sitemap_count() + 1)
        )
        return _xml("sitemapindex", entries)

    def sitemap_xml(self, number: int) -> bytes | None:
        if not 1 <= number <= self.sitemap_count():
            return None
        start = (number - 1) * self.sitemap_size
        chunk = self.sitemap_paths()[start : start + self.sitemap_size]
        entries = "".join(
            f"  <url><loc>{escape(self.base_url + path)}</loc>"
            f"<lastmod>{self.pages[path].lastmod.isoformat()}</lastmod></url>\n"
            for path in chunk
        )
        return _xml("urlset", entries)


def _xml(root: str, entries: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</{root}>\n'
    ).encode()


def _synth_path(template: _Template, index: int) -> str:
    return f"{template.path}-s{index}"


def _synth_renderer(
    site: Site, template: _Template, index: int, paths: list[str]
) -> Callable[[], bytes]:
    """Rendered on request: 20,000 pages are never all held in memory."""

    def render() -> bytes:
        body = template.body.replace(
            f'{PUBLIC_SITE}{template.path}"'.encode(), f"{PUBLIC_SITE}{paths[index]}\"".encode()
        )
        title = re.compile(rb"(?<![\w-])" + re.escape(template.title) + rb"(?![\w-])")
        body = title.sub(template.title + b" " + _letters(index), body)
        body = _IMDB_ID.sub(f"tt{90_000_000 + index:08d}".encode(), body)
        body = _TITLE_HREF.sub(_neighbours(index, paths), body)
        return site.rewrite(body)

    return render


def _letters(index: int) -> bytes:
    """A distinct title suffix without digits (bijective base 26), so no title reads like "404":

    >>> _letters(0), _letters(25), _letters(26), _letters(701), _letters(702)
    (b'A', b'Z', b'Aa', b'Zz', b'Aaa')
    """
    out, n = b"", index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = bytes([97 + rest]) + out
    return out.capitalize()


def _neighbours(index: int, paths: list[str]) -> Callable[[re.Match[bytes]], bytes]:
    links = iter(range(1, 1 << 30))

    def link(_: re.Match[bytes]) -> bytes:
        target = paths[(index + next(links) * 7919) % len(paths)]
        return f'href="{target}"'.encode()

    return link


# --- request handling ----------------------------------------------------------------------


def not_modified(request: HttpRequest, page: Page) -> bool:
    if "if-none-match" in request.headers:
        tags = {tag.strip() for tag in request.headers["if-none-match"].split(",")}
        return "*" in tags or page.etag in tags
    since = request.headers.get("if-modified-since")
    if since is None:
        return False
    with contextlib.suppress(TypeError, ValueError):
        moment = email.utils.parsedate_to_datetime(since)
        page_moment = dt.datetime.combine(page.lastmod, dt.time(), tzinfo=dt.UTC)
        return moment >= page_moment
    return False


class FixtureServer:
    """The HTTP server: a route table over a `Site`, and a log of every request served."""

    def __init__(
        self, site_factory: Callable[[str], Site] = Site.bundled, *, public_base: str | None = None
    ) -> None:
        self._site_factory = site_factory
        # the origin the pages name (links, sitemaps, canonical); None: the server's own address
        self.public_base = public_base
        self.site: Site | None = None
        self.routes: dict[str, Handler] = {
            "/robots.txt": self.robots,
            "/sitemap_index.xml": self.sitemap_index,
        }
        self.prefix_routes: list[tuple[str, Handler]] = [
            ("/sitemaps/", self.sitemap),
            ("/movie/", self.title_page),
            ("/show/", self.title_page),
        ]
        self.log: list[tuple[str, int]] = []  # (path, status), in order served
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.StreamWriter] = set()

    @property
    def the_site(self) -> Site:
        assert self.site is not None, "server not started"
        return self.site

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        self._server = await asyncio.start_server(self._serve_connection, host, port)
        bound_port: int = self._server.sockets[0].getsockname()[1]
        self.site = self._site_factory(self.public_base or f"http://{host}:{bound_port}")
        return bound_port

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._connections):
                writer.close()
            await self._server.wait_closed()

    # --- handlers

    async def robots(self, request: HttpRequest) -> HttpResponse:
        return HttpResponse(200, self.the_site.robots, {"Content-Type": "text/plain"})

    async def sitemap_index(self, request: HttpRequest) -> HttpResponse:
        return _xml_response(self.the_site.sitemap_index_xml())

    async def sitemap(self, request: HttpRequest) -> HttpResponse:
        match = re.fullmatch(r"/sitemaps/titles-(\d+)\.xml", request.path)
        body = self.the_site.sitemap_xml(int(match.group(1))) if match else None
        return _xml_response(body) if body is not None else _not_found()

    async def title_page(self, request: HttpRequest) -> HttpResponse:
        page = self.the_site.pages.get(request.path)
        if page is None:
            return _not_found()
        headers = {"ETag": page.etag, "Last-Modified": page.last_modified}
        if not_modified(request, page):
            return HttpResponse(304, b"", headers)
        headers["Content-Type"] = "text/html; charset=utf-8"
        return HttpResponse(200, page.render(), headers)

    # --- HTTP/1.1

    def _handler(self, path: str) -> Handler | None:
        if path in self.routes:
            return self.routes[path]
        return next((h for prefix, h in self.prefix_routes if path.startswith(prefix)), None)

    async def respond(self, request: HttpRequest) -> HttpResponse:
        handler = self._handler(request.path)
        if request.method not in ("GET", "HEAD"):
            return HttpResponse(405, b"method not allowed\n")
        return await handler(request) if handler else _not_found()

    async def _serve_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self._connections.add(writer)
        with contextlib.suppress(
            ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError
        ):
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                response = await self.respond(request)
                self.log.append((request.path, response.status))
                writer.write(_encode(request, response))
                await writer.drain()
                if request.headers.get("connection", "").lower() == "close":
                    break
        self._connections.discard(writer)
        writer.close()


async def _read_request(reader: asyncio.StreamReader) -> HttpRequest | None:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        return None
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    if length:
        await reader.readexactly(length)
    # a proxy's request names the whole URL: the page is its path, whatever the origin
    path = urlsplit(parts[1]).path or "/"
    return HttpRequest(parts[0].upper(), path, headers)


def _encode(request: HttpRequest, response: HttpResponse) -> bytes:
    reason = _REASONS.get(response.status, "Status")
    headers = {"Server": "marquee-fixtures", **response.headers}
    headers["Content-Length"] = str(len(response.body))
    head = f"HTTP/1.1 {response.status} {reason}\r\n" + "".join(
        f"{name}: {value}\r\n" for name, value in headers.items()
    )
    body = b"" if request.method == "HEAD" else response.body
    return head.encode("latin-1") + b"\r\n" + body


def _xml_response(body: bytes) -> HttpResponse:
    return HttpResponse(200, body, {"Content-Type": "application/xml"})


def _not_found() -> HttpResponse:
    return HttpResponse(404, b"<html><body><h1>Not Found</h1></body></html>",
                        {"Content-Type": "text/html"})


# --- running it ----------------------------------------------------------------------------


def site_factory(pages: int | None, sitemap_size: int = SITEMAP_MAX_URLS) -> Callable[[str], Site]:
    if pages:
        return lambda base: Site.synthesized(base, pages, sitemap_size=sitemap_size)
    return lambda base: Site.bundled(base, sitemap_size=sitemap_size)


@dataclass(slots=True)
class RunningServer:
    server: FixtureServer
    port: int
    loop: asyncio.AbstractEventLoop

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def site(self) -> Site:
        return self.server.the_site

    def call(self, func: Callable[[], object]) -> None:
        """Run `func` on the server's loop (for changing the site while it serves)."""
        done = threading.Event()

        def run() -> None:
            func()
            done.set()

        self.loop.call_soon_threadsafe(run)
        done.wait(10)


@contextlib.contextmanager
def serve_in_thread(
    *, pages: int | None = None, port: int = 0, server: FixtureServer | None = None,
    public_base: str | None = None,
) -> Iterator[RunningServer]:
    """Start the fixture site on 127.0.0.1 in a background thread; stop it on exit.
    `public_base`: the origin its pages name, when it is reached as a proxy for that origin."""
    fixture = server or FixtureServer(site_factory(pages), public_base=public_base)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="marquee-fixtures", daemon=True)
    thread.start()
    bound = asyncio.run_coroutine_threadsafe(fixture.start("127.0.0.1", port), loop).result(30)
    try:
        yield RunningServer(fixture, bound, loop)
    finally:
        asyncio.run_coroutine_threadsafe(fixture.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


def check_port(port: int) -> None:
    """A TCP port number or 0 (any free port); asyncio would raise OverflowError past 65535."""
    if not 0 <= port <= 65535:
        raise ValueError("not a TCP port: choose 1 to 65535, or 0 for any free port")


def serve_forever(
    *, host: str = "127.0.0.1", port: int = 8080, pages: int | None = None,
    on_ready: Callable[[str], None] = print,
) -> None:
    """The `marquee serve-fixtures` command: serve until interrupted."""

    async def main() -> None:
        fixture = FixtureServer(site_factory(pages))
        bound = await fixture.start(host, port)
        on_ready(f"http://{host}:{bound}")
        await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
