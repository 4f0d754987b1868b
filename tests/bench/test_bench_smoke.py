"""A tiny run of the benchmark's load generator against the running assistant.

No timing assertions: the machine is shared. What must hold at any speed: no
failed turn, and every conversation ends at its script's triage level.
"""

import asyncio

import pytest

from bench.load import SCRIPTS, outcomes, run_load

pytestmark = [pytest.mark.e2e, pytest.mark.bench]


def test_two_concurrent_triages_of_each_script(assistant):
    conversations = 2 * len(SCRIPTS)
    result = asyncio.run(run_load(assistant.base_url, concurrency=2, conversations=conversations))
    assert dict(result.failures) == {}
    assert result.turns == 2 * sum(len(script.messages) for script in SCRIPTS)
    assert len(result.latencies) == result.turns
    for sender, script in result.senders:
        said = [e["text"] for e in assistant.tracker(sender)["events"] if e["event"] == "user"]
        assert said == list(script.messages)
    tally = asyncio.run(outcomes(assistant.base_url, assistant.token, result.senders))
    assert dict(tally) == {"reached": conversations}
