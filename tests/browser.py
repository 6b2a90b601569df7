"""Headless Chromium (Debian's package) through playwright: load a page, and tell what it
asked the network for, what it logged as errors, and what it drew."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import ConsoleMessage, Page, Request, sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

# every chart's drawing: its SVG shapes and canvases, with the size they take on the page
DRAWN = """() => [...document.querySelectorAll('.chart')].map(chart => ({
  id: chart.querySelector('.plotly-graph-div')?.id ?? null,
  marks: chart.querySelectorAll('svg path, svg rect, svg image').length,
  traces: chart.querySelectorAll('g.trace, g.hm, image').length,
  width: chart.getBoundingClientRect().width,
  height: chart.getBoundingClientRect().height,
}))"""


@dataclass
class Visit:
    """What one page load did."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    page: Page | None = None

    def watch(self, page: Page) -> None:
        self.page = page
        page.on("request", self._request)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))

    def _request(self, request: Request) -> None:
        self.requests.append(request.url)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def evaluate(self, script: str) -> Any:
        assert self.page is not None
        return self.page.evaluate(script)


@contextmanager
def visit(url: str, screenshot: Path | None = None, width: int = 1200) -> Iterator[Visit]:
    """Load `url` in a fresh headless Chromium, wait for the network to go quiet."""
    found = Visit()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            found.watch(page)
            page.goto(url, wait_until="networkidle")
            if screenshot is not None:
                page.screenshot(path=str(screenshot), full_page=True)
            yield found
        finally:
            browser.close()
