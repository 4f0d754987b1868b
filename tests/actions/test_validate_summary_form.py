"""The onset question, asked only for a see-a-professional outcome."""

import pytest
from rasa_sdk.events import FollowupAction, SlotSet
from sent_messages import responses

from actions.validate_summary_form import ValidateSummaryForm


@pytest.mark.parametrize(
    "outcome, expected",
    [("see_professional", "knot_since"), ("self_care_routine", None), ("emergency", None)],
)
async def test_summary_question_only_for_see_professional(
    outcome, expected, tracker, dispatcher, domain
):
    t = tracker({"triage_outcome": outcome})
    result = await ValidateSummaryForm().next_requested_slot(dispatcher, t, domain)
    assert result == SlotSet("requested_slot", expected)
    assert responses(dispatcher) == (["utter_question_knot_since"] if expected else [])


async def test_a_correction_to_self_care_hands_over_to_the_planning_questions(
    tracker, dispatcher, domain
):
    slots = {"triage_outcome": "self_care_routine", "requested_slot": "knot_since"}
    corrected = [{"event": "slot", "name": "triage_outcome", "value": "self_care_routine"}]
    t = tracker(slots, intent="inform", active_loop="summary_form", events_after_message=corrected)
    events = await ValidateSummaryForm().run(dispatcher, t, domain)
    assert events == [
        SlotSet("triage_outcome", "self_care_routine"),
        SlotSet("requested_slot", None),
        FollowupAction("routine_form"),
    ]
    assert dispatcher.messages == []
