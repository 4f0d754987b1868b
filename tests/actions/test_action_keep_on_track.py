"""The fallback: always a way on, and before any outcome the check starts."""

import pytest
from rasa_sdk.events import FollowupAction, SlotSet
from sent_messages import responses, said

from actions.action_keep_on_track import ActionKeepOnTrack


@pytest.mark.parametrize(
    "slots, loop, intent, expected_responses, expected_text, expected_events",
    [
        # before any outcome, a message it cannot place starts the check
        ({}, None, None, ["utter_intro"], "I'm a self-care guide", [SlotSet("intro_given", True)]),
        ({"intro_given": True}, None, None, ["utter_not_understood"], "one at a time", []),
        (
            {"intro_given": True},
            None,
            "out_of_scope",
            ["utter_out_of_scope"],
            "outside what I can help with",
            [],
        ),
        (
            {"triage_outcome": "self_care_routine"},
            None,
            None,
            ["utter_not_understood_after_outcome"],
            "start over",
            [],
        ),
        (
            {"triage_outcome": "self_care_routine"},
            None,
            "out_of_scope",
            ["utter_out_of_scope"],
            "outside what I can help with",
            [],
        ),
        (
            {"requested_slot": "neck_pain"},
            "triage_form",
            None,
            ["utter_not_understood_in_check"],
            "didn't catch that",
            [FollowupAction("triage_form")],
        ),
    ],
)
async def test_fallback_always_offers_a_way_on(
    tracker,
    dispatcher,
    domain,
    slots,
    loop,
    intent,
    expected_responses,
    expected_text,
    expected_events,
):
    t = tracker(slots, intent=intent, active_loop=loop)
    events = await ActionKeepOnTrack().run(dispatcher, t, domain)
    assert events == expected_events
    assert responses(dispatcher) == expected_responses
    assert expected_text in said(domain, dispatcher)[0]
