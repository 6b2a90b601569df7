"""`marquee browse`: Datasette with marquee's metadata, canned queries and facets, on SQLite
and on PostgreSQL through its snapshot; fetched as JSON and loaded in headless Chromium."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from marquee.browse import canned_queries, datasette_metadata
from marquee.db import open_database
from tests.browser import visit
from tests.test_export import load_sample
from tests.test_queries_doc import doc_queries


def test_the_metadata_says_what_each_column_holds_and_in_which_unit() -> None:
    found = datasette_metadata("marquee")["databases"]["marquee"]
    titles = found["tables"]["titles"]
    assert titles["description"].startswith("One row per title")
    assert titles["columns"]["runtime_minutes"] == "per episode for shows (minutes)"
    assert titles["units"] == {"runtime_minutes": "min"}
    assert titles["columns"]["budget_currency"] == "ISO 4217"
    assert "UTC" in titles["columns"]["first_seen_at"]
    assert titles["facets"] == ["kind", "content_rating", "budget_currency", "box_office_currency"]
    assert found["tables"]["v_title_genres"]["facets"][0] == "genre"
    assert found["tables"]["v_title_countries"]["facets"][0] == "country"


def test_every_documented_query_is_a_canned_query_titled_by_its_question() -> None:
    queries = canned_queries()
    without_names = {name: sql.split("\n", 1)[1] for name, sql in doc_queries().items()}
    assert {name: query["sql"] for name, query in queries.items()} == without_names
    assert queries["titles_per_genre"]["title"] == "How many titles are there in each genre?"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def browsing(db_url: str) -> Iterator[str]:
    """`marquee browse` on a free loopback port; its base URL once it answers."""
    port = _free_port()
    command = [sys.executable, "-m", "marquee.cli", "browse", "--db", db_url, "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.communicate()[0]
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "browse did not start"
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(30)
        assert process.stdout is not None
        process.stdout.close()


def _json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as answer:
        return json.load(answer)


def _sqlite_copy(db_url: str, tmp_path: Path) -> str:
    """SQLite as it is; PostgreSQL through `marquee export --format sqlite`."""
    if make_url(db_url).get_backend_name() == "sqlite":
        return db_url
    target = tmp_path / "snapshot.db"
    command = [sys.executable, "-m", "marquee.cli", "export", "--db", db_url, "--format",
               "sqlite", "--output", str(target)]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return f"sqlite:///{target}"


def _sql(db_url: str, sql: str) -> list[dict[str, Any]]:
    with open_database(db_url) as db, db.engine.connect() as conn:
        return [dict(row) for row in conn.execute(sa.text(sql)).mappings()]


def test_browse_serves_tables_canned_queries_and_facets(db_url: str, tmp_path: Path) -> None:
    records = load_sample(db_url)
    browsed = _sqlite_copy(db_url, tmp_path)
    name = Path(make_url(browsed).database or "").stem
    with browsing(browsed) as base:
        tables = {t["name"]: t for t in _json(f"{base}/{name}.json")["tables"]}
        assert tables["titles"]["count"] == len(records)
        assert {"credits", "title_genres", "rejects", "crawl_runs"} <= set(tables)
        titles = _json(f"{base}/{name}/titles.json?_shape=objects")
        assert sorted(row["source_id"] for row in titles["rows"]) == sorted(
            r.source_id for r in records)  # fmt: skip
        assert {"kind", "content_rating", "budget_currency"} <= set(titles["facet_results"])
        ratings = {v["value"]: v["count"] for v in
                   titles["facet_results"]["content_rating"]["results"]}  # fmt: skip
        assert ratings == Counter(r.content_rating for r in records if r.content_rating)
        canned = _json(f"{base}/{name}/titles_per_genre.json?_shape=array")
        assert canned == _sql(db_url, doc_queries()["titles_per_genre"])
        genres = _json(f"{base}/{name}/v_title_genres.json?_size=0")["facet_results"]["genre"]
        assert {v["value"]: v["count"] for v in genres["results"]} == Counter(
            g for r in records for g in r.genres)  # fmt: skip
        described = _json(f"{base}/-/metadata.json")["databases"][name]["tables"]["titles"]
        assert described["units"] == {"runtime_minutes": "min"}
        pages = ((f"/{name}/titles", "per episode for shows (minutes)"),
                 (f"/{name}/titles_per_genre", "Drama"))  # fmt: skip
        for path, shown in pages:
            with visit(base + path) as page:
                assert page.errors == []
                assert all(url.startswith(base) for url in page.requests), page.requests
                text = page.evaluate("() => document.body.innerText")
            assert shown in text, text[:500]


def test_browse_of_a_postgresql_database_serves_its_snapshot(pg_database: str) -> None:
    records = load_sample(pg_database)
    with browsing(pg_database) as base:
        tables = {t["name"]: t for t in _json(f"{base}/marquee.json")["tables"]}
    assert tables["titles"]["count"] == len(records)


def test_browse_of_a_missing_file_says_so(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "marquee.cli", "browse", "--db",
               f"sqlite:///{tmp_path / 'none.db'}", "--port", str(_free_port())]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "none.db: no such database file" in done.stderr
    assert not (tmp_path / "none.db").exists()
