"""The reply to a progress report: keep going, how to progress, or see someone."""

from datetime import date, timedelta

import pytest
from rasa_sdk.events import SlotSet
from sent_messages import responses, texts

from actions.action_follow_up_outcome import ActionFollowUpOutcome


def _weeks_ago(weeks):
    return (date.today() - timedelta(weeks=weeks)).isoformat()


@pytest.mark.parametrize(
    "weeks, progress, level, reasons, phrase",
    [
        (2, "same", "self_care_routine", ["routine_in_progress"], "keep going. A change usually"),
        (4, "same", "see_professional", ["no_improvement_after_routine"], "no better after 28"),
        (6, "same", "see_professional", ["no_improvement_after_routine"], "no better after 42"),
        (1, "worse", "see_professional", ["no_improvement_after_routine"], "it's getting worse"),
        (6, "better", "self_care_routine", ["routine_helping"], "hold each lift for 2-3 seconds"),
    ],
)
async def test_follow_up_outcome(
    tracker, dispatcher, domain, weeks, progress, level, reasons, phrase
):
    slots = {"routine_started_on": _weeks_ago(weeks), "routine_progress": progress}
    events = await ActionFollowUpOutcome().run(dispatcher, tracker(slots), domain)
    assert events == [
        SlotSet("triage_outcome", level),
        SlotSet("triage_reasons", reasons),
        SlotSet("check_complete", True),
    ]
    assert phrase in " ".join(texts(dispatcher))
    assert set(responses(dispatcher)) == {None}  # composed: the advice depends on the dates
    summary_given = any(text.startswith("Summary to show them:") for text in texts(dispatcher))
    assert summary_given is (level != "self_care_routine")


async def test_follow_up_with_a_red_flag_escalates(tracker, dispatcher, domain):
    slots = {
        "routine_started_on": _weeks_ago(2),
        "routine_progress": "better",
        "red_flags": ["chest_pain"],
    }
    events = await ActionFollowUpOutcome().run(dispatcher, tracker(slots), domain)
    assert events == [
        SlotSet("triage_outcome", "emergency"),
        SlotSet("triage_reasons", ["red_flag:chest_pain"]),
        SlotSet("check_complete", True),
    ]
    assert texts(dispatcher)[0].startswith("🚨 EMERGENCY")
