"""The fault server misbehaves exactly as documented, seen from the socket."""

from __future__ import annotations

import http.client
import re
import socket
import time
import zlib
from collections.abc import Iterator

import pytest

from tests.faultserver import (
    CHARSET_TITLE,
    CONTROL_TITLE,
    LONG_TITLE,
    SITE,
    FaultServer,
    RobotsMode,
    fixture_pages,
)


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer(aliases={"/movie/limited": "/ratelimit/2/3"}, bomb_size=101 << 20) as srv:
        yield srv


def get(srv: FaultServer, path: str, timeout: float = 5) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=timeout)
    conn.request("GET", path)
    return conn.getresponse()


def raw(srv: FaultServer, path: str, timeout: float = 0.5) -> tuple[bytes, BaseException | None]:
    """Everything the server sends before closing or going silent, and how it ended."""
    sock = socket.create_connection(("127.0.0.1", srv.port), timeout=timeout)
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except (TimeoutError, ConnectionResetError) as exc:
        return data, exc
    finally:
        sock.close()
    return data, None


def test_title_pages_and_the_duplicate_url(server: FaultServer) -> None:
    heat = get(server, "/movie/heat").read()
    assert heat == fixture_pages()["/movie/heat"].replace(SITE.encode(), server.base.encode())
    assert f'rel="canonical" href="{server.base}/movie/heat"'.encode() in heat
    assert get(server, "/movie/heat-1995").read() == heat
    assert get(server, "/movie/no-such-title").status == 404


def test_robots_and_sitemaps_point_at_the_server(server: FaultServer) -> None:
    robots = get(server, "/robots.txt").read().decode()
    assert f"Sitemap: {server.base}/sitemap_index.xml" in robots
    index = get(server, "/sitemap_index.xml").read().decode()
    assert f"<loc>{server.base}/sitemaps/titles-1.xml</loc>" in index
    locs = re.findall(r"<loc>([^<]+)</loc>", get(server, "/sitemaps/titles-1.xml").read().decode())
    assert f"{server.base}/movie/heat" in locs
    assert all(loc.startswith(server.base + "/") for loc in locs)


def test_sitemap_lists_only_the_chosen_paths() -> None:
    with FaultServer(sitemap=["/status/500", "/movie/heat"]) as srv:
        body = get(srv, "/sitemaps/titles-1.xml").read().decode()
    assert re.findall(r"<loc>([^<]+)</loc>", body) == [
        f"{srv.base}/status/500",
        f"{srv.base}/movie/heat",
    ]


@pytest.mark.parametrize(("mode", "status"), [("500", 500), ("404", 404), ("html", 200)])
def test_robots_modes(mode: RobotsMode, status: int) -> None:
    with FaultServer(robots=mode) as srv:
        response = get(srv, "/robots.txt")
        body = response.read()
    assert response.status == status
    assert b"Sitemap:" not in body


def test_robots_hang() -> None:
    with FaultServer(robots="hang") as srv:
        data, ended = raw(srv, "/robots.txt")
    assert (data, type(ended)) == (b"", TimeoutError)


def test_status_codes(server: FaultServer) -> None:
    assert [get(server, f"/status/{code}").status for code in (500, 503, 403)] == [500, 503, 403]


def test_slow_response_arrives_after_the_delay(server: FaultServer) -> None:
    started = time.monotonic()
    response = get(server, "/slow?delay=0.4")
    assert response.status == 200
    assert b"Slow 0.4" in response.read()
    assert time.monotonic() - started >= 0.4


def test_hang_before_headers(server: FaultServer) -> None:
    data, ended = raw(server, "/hang/before")
    assert (data, type(ended)) == (b"", TimeoutError)


def test_hang_after_headers(server: FaultServer) -> None:
    data, ended = raw(server, "/hang/after")
    assert data.startswith(b"HTTP/1.1 200") and data.endswith(b"\r\n\r\n")
    assert isinstance(ended, TimeoutError)


@pytest.mark.parametrize("path", ["/drop/mid-body", "/short-length", "/chunked/no-last"])
def test_truncated_bodies_are_incomplete(server: FaultServer, path: str) -> None:
    with pytest.raises(http.client.IncompleteRead):
        get(server, path).read()


def test_no_length_closed_early_looks_complete_but_is_cut(server: FaultServer) -> None:
    response = get(server, "/no-length/close-early")
    assert response.getheader("Content-Length") is None
    assert response.getheader("Transfer-Encoding") is None
    body = response.read()
    assert b"<h1" in body and not body.rstrip().endswith(b"</html>")


def test_reset_before_any_data(server: FaultServer) -> None:
    data, ended = raw(server, "/reset")
    assert data == b""
    assert isinstance(ended, ConnectionResetError)


@pytest.mark.parametrize("path", ["/big/300000", "/big/300000/chunked"])
def test_big_body_has_the_asked_size(server: FaultServer, path: str) -> None:
    response = get(server, path)
    assert response.getheader("Content-Length") == (None if "chunked" in path else "300000")
    assert len(response.read()) == 300000


def test_gzip_bomb_inflates_past_100_mb(server: FaultServer) -> None:
    response = get(server, "/gzip-bomb")
    assert response.getheader("Content-Encoding") == "gzip"
    body = response.read()
    assert len(body) < 1 << 20
    inflater, inflated, data = zlib.decompressobj(31), 0, body
    while data:
        inflated += len(inflater.decompress(data, 1 << 24))
        data = inflater.unconsumed_tail
    assert inflated > 100 << 20


def test_redirect_loop_chain_and_offsite(server: FaultServer) -> None:
    assert get(server, "/redirect/loop/a").getheader("Location") == "/redirect/loop/b"
    assert get(server, "/redirect/loop/b").getheader("Location") == "/redirect/loop/a"
    assert get(server, "/redirect/chain/5").getheader("Location") == "/redirect/chain/4"
    end = get(server, "/redirect/chain/0")
    assert end.status == 200 and b"Chain End" in end.read()
    offsite = get(server, "/redirect/offsite").getheader("Location")
    assert offsite == f"http://127.0.0.2:{server.port}/movie/heat"


def test_ratelimit_counts_hits_per_path(server: FaultServer) -> None:
    first, second, third = (get(server, "/movie/limited") for _ in range(3))
    assert (first.status, second.status, third.status) == (429, 429, 200)
    assert first.getheader("Retry-After") == "3"
    assert server.hits("/movie/limited") == server.hits("/ratelimit/2/3") == 3


def test_traps_link_onwards_without_end(server: FaultServer) -> None:
    assert b'href="/trap/8"' in get(server, "/trap/7").read()
    page = get(server, "/movie/trap-41").read()
    assert b'href="/movie/trap-42"' in page and b"movie/trap-41" in page


def test_error_pages_answer_200(server: FaultServer) -> None:
    soft = get(server, "/soft-404")
    assert soft.status == 200 and b"couldn't find that title" in soft.read()
    down = get(server, "/maintenance")
    assert down.status == 200 and b"temporarily unavailable" in down.read()


def test_charset_declared_and_sent_disagree(server: FaultServer) -> None:
    latin = get(server, "/charset/cp1252-as-utf8")
    assert latin.getheader("Content-Type") == "text/html; charset=utf-8"
    body = latin.read()
    assert CHARSET_TITLE.encode("cp1252") in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    utf8 = get(server, "/charset/utf8-as-cp1252")
    assert utf8.getheader("Content-Type") == "text/html; charset=cp1252"
    assert CHARSET_TITLE.encode() in utf8.read()


def test_bad_content_pages(server: FaultServer) -> None:
    assert b"</html>\x01" in get(server, "/malformed").read()
    assert CONTROL_TITLE.encode() in get(server, "/control-chars").read()
    assert len(LONG_TITLE) == 300
    assert f">{LONG_TITLE}</h1>".encode() in get(server, "/long-title").read()


def test_every_request_is_logged_with_host_and_time(server: FaultServer) -> None:
    before = time.time()
    get(server, "/status/418").read()
    (entry,) = server.requests("/status/418")
    assert entry.method == "GET" and entry.host == f"127.0.0.1:{server.port}"
    assert before <= entry.at <= time.time()


def test_offsite_host_answers_and_is_told_apart(server: FaultServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.2", server.port, timeout=5)
    conn.request("GET", "/status/204")
    assert conn.getresponse().status == 204
    assert server.requests("/status/204", host="127.0.0.2")


def test_related_links_can_be_stripped() -> None:
    with FaultServer(related=False) as srv:
        page = get(srv, "/movie/heat").read()
    assert b'href="/movie/trainspotting"' not in page and b"<h1" in page
