"""The crawl's scope: the site's own origin (scheme, host and port) over http or https.

A URL on any other origin is never requested: not from a sitemap, a link or a redirect.
`out_of_scope` is the one check; the spider applies it before it asks for a URL
(`marquee.spiders.titles`), `marquee.middlewares.ScopeMiddleware` to every request before
it is sent (redirects and meta refreshes included), and `marquee.guards` to a title's
redirect target, so that it fails as `offsite` rather than as a bare 3xx.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest

DEFAULT_PORTS = {"http": 80, "https": 443}
OUT_OF_SCOPE = "marquee/out_of_scope"  # stats prefix: one count per reason


class OutOfScope(IgnoreRequest):
    """A request off the site's origin, refused before it is sent; fails as `offsite`."""

    reason = "offsite"

    def __init__(self, url: str, why: str) -> None:
        super().__init__(f"offsite: {url} ({why})")
        self.why = why


def origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an http(s) URL; None for another scheme or no host.

    >>> origin("HTTPS://WWW.Example.org/a")
    ('https', 'www.example.org', 443)
    >>> origin("http://127.0.0.1:8000/movie/heat")
    ('http', '127.0.0.1', 8000)
    >>> origin("file://127.0.0.1:8000/etc/passwd") is None
    True
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname, port or DEFAULT_PORTS[scheme]


def out_of_scope(url: str, site: str) -> str | None:
    """None when `url` is on the origin of `site`, else why not (a short reason to count).

    >>> site = "http://127.0.0.1:8000"
    >>> out_of_scope("http://127.0.0.1:8000/movie/heat", site) is None
    True
    >>> [out_of_scope(u, site) for u in ("file://127.0.0.1:8000/etc/passwd",
    ...  "https://127.0.0.1:8000/", "http://127.0.0.1:8001/", "http://127.0.0.2:8000/")]
    ['scheme_file', 'other_scheme', 'other_port', 'other_host']
    >>> out_of_scope("http://127.0.0.1:80/", "http://127.0.0.1/") is None
    True
    """
    here, there = origin(site), origin(url)
    if there is not None and there == here:
        return None
    if there is None or here is None:
        scheme = _scheme(url)
        return f"scheme_{scheme}" if scheme not in DEFAULT_PORTS else "bad_url"
    if there[1] != here[1]:
        return "other_host"
    return "other_scheme" if there[0] != here[0] else "other_port"


def same_origin(url: str, site: str) -> bool:
    return out_of_scope(url, site) is None


def _scheme(url: str) -> str:
    try:
        return urlsplit(url.strip()).scheme.lower() or "none"
    except ValueError:
        return "none"
