"""Drift alarms: profiles of a run's records, compared with the last finished runs'."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from marquee.crawl import DEGRADED, FINISHED, RunTally, with_drift
from marquee.db import open_database
from marquee.db import schema as s
from marquee.devserver import PUBLIC_SITE, Site
from marquee.drift import DriftLimits, find_drift
from marquee.items import TitleRecord
from marquee.reparse import main as reparse_main
from tests.test_export import sample_records

LIMITS = DriftLimits(min_records=10, min_values=5)


def _profile(records: list[TitleRecord]) -> dict[str, Any]:
    tally = RunTally()
    for record in records:
        tally.extracted(record)
    return tally.profile()


def _changed(change: Callable[[TitleRecord], dict[str, Any]]) -> list[TitleRecord]:
    return [r.model_copy(update=change(r)) for r in sample_records()]


def _named(drift: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(found["field"], found["measure"]) for found in drift}


def test_the_same_records_do_not_drift() -> None:
    profile = _profile(sample_records())
    assert profile["records"] >= LIMITS.min_records
    assert find_drift(profile, [profile, profile], LIMITS) == []


def test_runtimes_read_from_the_wrong_element_drift_by_median_and_spread() -> None:
    before = _profile(sample_records())
    after = _profile(_changed(lambda r: {"runtime_minutes": 12 if r.runtime_minutes else None}))
    drift = find_drift(after, [before], LIMITS)
    assert _named(drift) == {("runtime_minutes", "median"), ("runtime_minutes", "spread")}
    median = next(found for found in drift if found["measure"] == "median")
    assert median["value"] == 12
    assert median["baseline"] == before["numbers"]["runtime_minutes"]["median"]
    assert "runtime_minutes: median 12" in median["text"]


def test_a_field_gone_null_drifts_by_share_null() -> None:
    before = _profile(sample_records())
    after = _profile(_changed(lambda r: {"user_rating_count": None}))
    assert ("user_rating_count", "share null") in _named(find_drift(after, [before], LIMITS))


def test_certificates_never_seen_before_drift() -> None:
    before = _profile(sample_records())
    after = _profile(_changed(lambda r: {"content_rating": "Rated " + (r.content_rating or "")}))
    assert _named(find_drift(after, [before], LIMITS)) == {("content_rating", "new values")}


def test_cast_lists_cut_to_one_drift_by_mean_size() -> None:
    before = _profile(sample_records())
    after = _profile(_changed(lambda r: {"cast": r.cast[:1]}))
    assert _named(find_drift(after, [before], LIMITS)) == {("cast", "mean size")}


def test_too_few_records_on_either_side_judge_nothing() -> None:
    records = sample_records()
    moved = _changed(lambda r: {"runtime_minutes": 12})
    small = DriftLimits(min_records=len(records) + 1)
    assert find_drift(_profile(moved), [_profile(records)], small) == []


def test_numbers_with_too_few_values_are_not_judged() -> None:
    before = _profile(sample_records())
    after = _profile(_changed(lambda r: {"runtime_minutes": 12 if r.runtime_minutes else None}))
    few = DriftLimits(min_records=10, min_values=before["numbers"]["runtime_minutes"]["n"] + 1)
    assert find_drift(after, [before], few) == []


def test_the_baseline_is_the_median_of_the_last_runs() -> None:
    records = sample_records()
    doubled = _profile(_changed(lambda r: {"runtime_minutes": (r.runtime_minutes or 0) * 2}))
    normal = _profile(records)
    # one odd run among three normal ones does not move the baseline
    assert find_drift(normal, [doubled, normal, normal], LIMITS) == []
    assert ("runtime_minutes", "median") in _named(find_drift(doubled, [normal] * 3, LIMITS))
    # only the last `runs` runs count
    assert find_drift(normal, [normal, doubled, doubled], DriftLimits(runs=1, min_records=10)) == []


def test_drift_degrades_a_finished_run_and_is_named() -> None:
    drift = [{"text": "runtime_minutes: median 12, last runs 120"}]
    assert with_drift(FINISHED, [], drift) == (
        DEGRADED, ["drift: runtime_minutes: median 12, last runs 120"]
    )
    assert with_drift(FINISHED, [], []) == (FINISHED, [])
    assert with_drift("failed", ["x"], drift)[0] == "failed"


def test_limits_come_from_the_settings() -> None:
    from scrapy.settings import Settings

    assert DriftLimits.from_settings() == DriftLimits()
    settings = Settings()
    settings.setmodule("marquee.settings")
    settings.setdict({"MARQUEE_DRIFT_RUNS": "3", "MARQUEE_DRIFT_MEDIAN_CHANGE": "0.5"})
    limits = DriftLimits.from_settings(settings)
    assert (limits.runs, limits.median_change, limits.min_records) == (3, 0.5, 20)


# --- re-parse runs ------------------------------------------------------------------------------

WRONG_RUNTIME = "12 min"


def moved_runtimes(body: bytes) -> bytes:
    """The page with its runtime replaced by another number, in the details and in JSON-LD."""
    body = re.sub(rb'"duration": "PT[0-9HM]+"', b'"duration": "PT12M"', body)
    return re.sub(rb"(Runtime</dt><dd[^>]*>)[^<]*", rb"\g<1>" + WRONG_RUNTIME.encode(), body)


def _site_pages(directory: Path, edit: Callable[[bytes], bytes] = lambda body: body) -> Path:
    directory.mkdir()
    for path, page in Site.bundled(PUBLIC_SITE).pages.items():
        if path.startswith(("/movie/", "/show/")):
            name = path.strip("/").replace("/", "-") + ".html"
            (directory / name).write_bytes(edit(page.render()))
    return directory


def _runs(db_url: str) -> list[Any]:
    r = s.crawl_runs
    with open_database(db_url) as db, db.engine.connect() as conn:
        return list(conn.execute(sa.select(r.c.status, r.c.drift, r.c.profile).order_by(r.c.id)))


def test_a_reparse_whose_runtimes_moved_ends_degraded_with_the_drift_named(
    db_url: str, tmp_path: Path, capsys: Any
) -> None:
    normal = _site_pages(tmp_path / "normal")
    moved = _site_pages(tmp_path / "moved", moved_runtimes)
    assert reparse_main([normal], db_url, 1) == 0
    assert reparse_main([normal], db_url, 1) == 0  # all unchanged: the same distribution
    capsys.readouterr()

    assert reparse_main([moved], db_url, 1) == 1

    out = capsys.readouterr().out
    assert "drift: runtime_minutes: median 12" in out
    (first, again, drifted) = _runs(db_url)
    assert (first.status, again.status, drifted.status) == ("finished", "finished", "degraded")
    assert again.drift == [] and again.profile["records"] >= 20
    assert {(d["field"], d["measure"]) for d in drifted.drift} >= {("runtime_minutes", "median")}
    assert {d["field"] for d in drifted.drift} == {"runtime_minutes"}
