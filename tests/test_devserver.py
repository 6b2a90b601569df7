"""The fixture site server: routes, conditional requests, keep-alive, synthesized pages."""

from __future__ import annotations

import http.client
import re
import urllib.request
from collections.abc import Iterator

import pytest

from marquee.devserver import SITEMAP_MAX_URLS, RunningServer, Site, serve_in_thread
from marquee.extract import extract
from marquee.items import TitleRecord


@pytest.fixture(scope="module")
def site() -> Iterator[RunningServer]:
    with serve_in_thread() as server:
        yield server


Answer = tuple[int, dict[str, str], bytes]


def get(server: RunningServer, path: str, headers: dict[str, str] | None = None) -> Answer:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request("GET", path, headers=headers or {})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, dict(response.getheaders()), body


def test_robots_and_sitemaps_point_at_the_server_itself(site: RunningServer) -> None:
    _, _, robots = get(site, "/robots.txt")
    assert f"Sitemap: {site.base_url}/sitemap_index.xml".encode() in robots
    _, _, index = get(site, "/sitemap_index.xml")
    assert f"<loc>{site.base_url}/sitemaps/titles-1.xml</loc>".encode() in index
    _, _, urls = get(site, "/sitemaps/titles-1.xml")
    assert urls.count(b"<url>") == 23
    assert b"reelguide.example" not in urls


def test_title_page_with_validators_and_304(site: RunningServer) -> None:
    status, headers, body = get(site, "/movie/heat")
    assert status == 200 and int(headers["Content-Length"]) == len(body)
    assert b'rel="canonical" href="' + site.base_url.encode() + b'/movie/heat"' in body
    assert get(site, "/movie/heat", {"If-None-Match": headers["ETag"]})[0] == 304
    assert get(site, "/movie/heat", {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert get(site, "/movie/heat", {"If-None-Match": '"other"'})[0] == 200
    assert get(site, "/movie/no-such-title")[0] == 404


def test_keep_alive_serves_many_requests_on_one_connection(site: RunningServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", site.port, timeout=10)
    for path in ("/movie/heat", "/show/the-office", "/robots.txt"):
        conn.request("GET", path)
        response = conn.getresponse()
        assert response.status == 200 and response.read()
    conn.close()


def test_route_table_takes_new_handlers() -> None:
    from marquee.devserver import FixtureServer, HttpRequest, HttpResponse

    server = FixtureServer()

    async def teapot(_request: HttpRequest) -> HttpResponse:
        return HttpResponse(418, b"short and stout")

    server.routes["/teapot"] = teapot
    with serve_in_thread(server=server) as running:
        assert get(running, "/teapot")[0] == 418


def test_synthesized_pages_are_distinct_valid_titles_linked_to_each_other() -> None:
    site = Site.synthesized("http://127.0.0.1:1", 120, sitemap_size=50)
    assert site.sitemap_count() == 3
    records = [extract(f"http://127.0.0.1:1{p}", page.render()) for p, page in site.pages.items()]
    assert all(isinstance(r, TitleRecord) for r in records)
    titles = [r for r in records if isinstance(r, TitleRecord)]
    assert len({r.source_id for r in titles}) == len({r.title for r in titles}) == 120
    assert len({r.imdb_id for r in titles if r.imdb_id}) == sum(1 for r in titles if r.imdb_id)
    links = re.findall(rb'href="(/(?:movie|show)/[^"]+)"', next(iter(site.pages.values())).render())
    assert links and all(link.decode() in site.pages for link in links)


def test_sitemaps_hold_at_most_50000_urls() -> None:
    site = Site.synthesized("http://127.0.0.1:1", SITEMAP_MAX_URLS + 1)
    assert site.sitemap_count() == 2
    last = site.sitemap_xml(2)
    assert last is not None and last.count(b"<url>") == 1


def test_serve_fixtures_command_prints_its_address() -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", "marquee.cli", "serve-fixtures", "--port=0", "--pages=30"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as server:
        assert server.stdout is not None
        url = server.stdout.readline().strip().removeprefix("serving ")
        try:
            assert b"/sitemap_index.xml" in urllib.request.urlopen(f"{url}/robots.txt").read()
        finally:
            server.terminate()
