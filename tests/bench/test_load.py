"""The load generator: percentiles, and a tiny smoke run against the real assistant."""

import asyncio

import pytest

from bench.load import SCRIPTS, LoadResult, percentile, run_load


@pytest.mark.parametrize(
    "values, share, expected",
    [([], 95, 0.0), ([5.0], 50, 5.0), ([1, 2, 3, 4], 50, 2), ([1, 2, 3, 4], 95, 4),
     (list(range(1, 101)), 99, 99), (list(range(1, 101)), 50, 50), ([3, 1, 2], 100, 3)],
)
def test_percentile(values, share, expected):
    assert percentile(values, share) == expected


def test_turns_per_second_counts_successful_turns():
    result = LoadResult(latencies=[0.1] * 30, failed=2, seconds=3.0)
    assert (result.turns, result.turns_per_second) == (32, 10.0)


@pytest.mark.e2e
def test_50_concurrent_triages_lose_no_turn(assistant):
    result = asyncio.run(run_load(assistant.base_url, concurrency=50, conversations=50))
    assert result.failed == 0
    assert result.turns == sum(len(SCRIPTS[i % len(SCRIPTS)]) for i in range(50))
    for sender, script in result.senders:
        said = [e["text"] for e in assistant.tracker(sender)["events"] if e["event"] == "user"]
        assert said == list(script)
