"""Run accounting and the status rules: failed, degraded, interrupted, finished."""

from __future__ import annotations

from typing import Any

import pytest

from marquee.crawl import (
    DEGRADED,
    FAILED,
    FINISHED,
    INTERRUPTED,
    RunResult,
    RunTally,
    Thresholds,
    build_counts,
    combine_counts,
    combine_coverage,
    judge,
    parse_setting_pairs,
)

RULES = Thresholds(key_fields=("title", "directors"), coverage_min_records=10)


def counts(**overrides: Any) -> dict[str, Any]:
    tally = RunTally(pages=100)
    tally.failed_by_reason.update({"http_404": 2})
    tally.skipped_by_reason.update({"not_modified": 10})
    written = {"inserted": 80, "updated": 5, "unchanged": 3, "rejected": 2, "failed": 0}
    built = build_counts(tally, written, {"marquee/requests": 102})
    return {**built, **overrides}


def test_counts_add_up_with_reasons() -> None:
    built = counts()
    assert built["stored"] == 88
    assert built["requests"] == 88 + 2 + 10 + 2
    assert built["unaccounted"] == 0
    assert built["failed_by_reason"] == {"http_404": 2}


def test_storage_failures_are_failures_with_a_reason() -> None:
    built = build_counts(RunTally(), {"inserted": 1, "failed": 3}, {"marquee/requests": 4})
    assert built["failed_by_reason"] == {"storage": 3}
    assert built["unaccounted"] == 0


def test_a_clean_run_is_finished() -> None:
    assert judge(counts(), {"title": 1.0}, {"title": 1.0}, RULES) == (FINISHED, [])


def test_nothing_requested_is_failed() -> None:
    status, reasons = judge(counts(requests=0), {}, None, RULES)
    assert status == FAILED and "no title pages requested" in reasons[0]


def test_all_unchanged_is_not_a_failure() -> None:
    quiet = counts(requests=10, pages=0, stored=0, inserted=0, updated=0, unchanged=0,
                   rejected=0, failed=0, failed_by_reason={}, unaccounted=0)
    assert judge(quiet, {}, {"title": 1.0}, RULES)[0] == FINISHED


def test_no_records_and_nothing_unchanged_is_failed() -> None:
    empty = counts(stored=0, skipped_by_reason={})
    assert judge(empty, {}, None, RULES)[0] == FAILED


def test_robots_unreachable_is_failed() -> None:
    assert judge(counts(robots_unreachable="x: http_503"), {}, None, RULES)[0] == FAILED


def test_errors_past_the_threshold_degrade() -> None:
    status, reasons = judge(counts(failed=20), {}, None, RULES)
    assert status == DEGRADED and "20 of 102 requests failed" in reasons


def test_unaccounted_requests_degrade() -> None:
    assert judge(counts(unaccounted=1), {}, None, RULES)[0] == DEGRADED


def test_key_field_coverage_falling_well_below_the_last_good_run_degrades() -> None:
    status, reasons = judge(counts(), {"title": 1.0, "directors": 0.2},
                            {"title": 1.0, "directors": 0.9}, RULES)
    assert status == DEGRADED
    assert reasons == ["coverage of directors fell to 20% (last good run 90%)"]


def test_small_coverage_wobble_is_fine() -> None:
    assert judge(counts(), {"directors": 0.8}, {"directors": 0.9}, RULES)[0] == FINISHED


def test_too_few_records_to_judge_coverage() -> None:
    few = counts(stored=3)
    assert judge(few, {"directors": 0.0}, {"directors": 0.9}, RULES)[0] == FINISHED


def test_closed_early_is_interrupted_with_a_nonzero_exit() -> None:
    status, _ = judge(counts(finish_reason="shutdown"), {}, None, RULES)
    assert status == INTERRUPTED
    assert RunResult(1, status, [], {}, {}, "").exit_status == 1
    assert RunResult(1, FAILED, [], {}, {}, "").exit_status == 2
    assert RunResult(1, FINISHED, [], {}, {}, "").exit_status == 0


def test_setting_pairs() -> None:
    assert parse_setting_pairs(["A=1", "B=x=y"]) == {"A": "1", "B": "x=y"}
    with pytest.raises(ValueError, match="NAME=VALUE"):
        parse_setting_pairs(["nope"])


# --- a distributed run: the workers' counts added up -------------------------------------------


def test_a_whole_run_adds_up_its_workers_and_keeps_the_invariant():
    one, two = counts(), counts()
    two["failed_by_reason"] = {"http_404": 1, "http_500": 1}
    whole = combine_counts([one, two])
    assert whole["requests"] == 204 and whole["stored"] == 176 and whole["unaccounted"] == 0
    assert whole["failed_by_reason"] == {"http_404": 3, "http_500": 1}
    assert whole["skipped_by_reason"] == {"not_modified": 20}
    assert (whole["workers"], whole["abandoned_workers"]) == (2, 0)
    assert judge(whole, {}, None, RULES) == (FINISHED, [])


def test_a_dead_worker_counts_the_pages_it_wrote():
    dead = {"pages_stored": 7, "pages_rejected": 1, "abandoned": "worker gone"}
    whole = combine_counts([counts(), dead])
    assert (whole["stored"], whole["rejected"]) == (88 + 7, 2 + 1)
    assert whole["requests"] == 102 + 8 and whole["unaccounted"] == 0
    assert whole["abandoned_workers"] == 1 and whole["finish_reason"] == "finished"


def test_a_worker_that_lost_redis_does_not_interrupt_the_whole_run():
    lost = {**counts(), "finish_reason": "frontier_lost", "frontier_lost": "connection refused"}
    assert judge(lost, {}, None, RULES, worker=True)[0] == FAILED
    assert combine_counts([counts(), lost])["finish_reason"] == "finished"
    shut = {**counts(), "finish_reason": "shutdown"}
    assert combine_counts([counts(), shut])["finish_reason"] == "shutdown"


def test_an_idle_worker_is_not_a_failed_one():
    idle = build_counts(RunTally(), {}, {})
    assert judge(idle, {}, None, RULES)[0] == FAILED
    assert judge(idle, {}, None, RULES, worker=True) == (FINISHED, [])


def test_whole_run_coverage_is_weighted_by_records():
    whole = combine_coverage([({"title": 1.0, "directors": 0.5}, 30), ({"title": 0.5}, 10)])
    assert whole == {"directors": 0.375, "title": 0.875}
    assert combine_coverage([({}, 0)]) == {}
