"""The load generator's pure parts: percentiles, failure reasons, pauses, scripts."""

from collections import Counter

import pytest

from bench.load import SCRIPTS, LoadResult, failure_reason, pauses, percentile
from bench.run import conversations_for
from triage.contract import LEVELS


@pytest.mark.parametrize(
    "values, share, expected",
    [
        ([], 95, 0.0),
        ([5.0], 50, 5.0),
        ([5.0], 99, 5.0),
        ([1, 2, 3, 4], 50, 2),
        ([1, 2, 3, 4], 95, 4),
        ([4, 3, 2, 1], 25, 1),
        ([3, 1, 2], 100, 3),
        (list(range(1, 101)), 50, 50),
        (list(range(1, 101)), 95, 95),
        (list(range(1, 101)), 99, 99),
        (list(range(1, 21)), 95, 19),
        (list(range(1, 11)), 99, 10),
    ],
)
def test_percentile_is_nearest_rank(values, share, expected):
    assert percentile(values, share) == expected


@pytest.mark.parametrize(
    "status, body, error, expected",
    [
        (200, [{"text": "hi"}], None, None),
        (200, [], None, "empty reply"),
        (200, None, None, "empty reply"),
        (500, None, None, "HTTP 500"),
        (400, [{"text": "x"}], None, "HTTP 400"),
        (None, None, TimeoutError(), "TimeoutError"),
        (None, None, ConnectionResetError(), "ConnectionResetError"),
    ],
)
def test_failure_reason(status, body, error, expected):
    assert failure_reason(status, body, error) == expected


def test_summary_counts_failed_turns_but_times_only_answered_ones():
    result = LoadResult(
        latencies=[0.010] * 19 + [0.200],
        seconds=2.0,
        failures=Counter({"HTTP 500": 1, "empty reply": 2}),
    )
    summary = result.summary()
    assert (result.turns, result.failed) == (23, 3)
    assert summary["turns_per_s"] == 10.0
    assert summary["p50_ms"] == pytest.approx(10.0)
    assert summary["p95_ms"] == pytest.approx(10.0)
    assert summary["p99_ms"] == pytest.approx(200.0)
    assert (summary["failed"], summary["turns"]) == (3, 23)


def test_an_empty_run_has_no_rate():
    assert LoadResult().summary()["turns_per_s"] == 0.0


@pytest.mark.parametrize("think, turns", [(0.0, 5), (2.0, 5), (1.0, 1)])
def test_pauses(think, turns):
    waits = pauses(think, turns, seed=3)
    assert len(waits) == turns
    if not think:
        assert waits == [0.0] * turns
    else:
        assert 0 <= waits[0] <= think
        assert all(0.5 * think <= wait <= 1.5 * think for wait in waits[1:])
        assert waits == pauses(think, turns, seed=3)


def test_scripts_cover_three_levels_with_full_triages():
    assert {script.outcome for script in SCRIPTS} == {
        "self_care_routine",
        "emergency",
        "see_professional",
    }
    assert all(script.outcome in LEVELS for script in SCRIPTS)
    assert all(len(script.messages) >= 3 for script in SCRIPTS)


@pytest.mark.parametrize(
    "concurrency, quick, expected",
    [(1, False, 9), (10, False, 20), (50, False, 100), (1, True, 3), (2, True, 3), (50, True, 50)],
)
def test_conversations_per_run_are_bounded(concurrency, quick, expected):
    assert conversations_for(concurrency, quick) == expected
