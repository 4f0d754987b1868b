"""The follow-up questions: when the routine began, then how it went."""

import pytest
from rasa_sdk.events import SlotSet
from sent_messages import responses

from actions.validate_follow_up_form import ValidateFollowUpForm


@pytest.mark.parametrize(
    "slots, expected",
    [
        ({}, "routine_started_on"),
        ({"routine_started_on": "2026-11-01"}, "routine_progress"),
        ({"routine_started_on": "2026-11-01", "routine_progress": "better"}, None),
    ],
)
async def test_follow_up_questions_in_order(slots, expected, tracker, dispatcher, domain):
    result = await ValidateFollowUpForm().next_requested_slot(dispatcher, tracker(slots), domain)
    assert result == SlotSet("requested_slot", expected)
    assert responses(dispatcher) == ([f"utter_question_{expected}"] if expected else [])
