"""The planning questions: asked only for a self-care outcome, and only those left."""

import pytest
from rasa_sdk.events import SlotSet
from sent_messages import responses

from actions.validate_routine_form import ValidateRoutineForm


@pytest.mark.parametrize(
    "slots, expected",
    [
        ({"triage_outcome": "self_care_routine"}, "knot_since"),
        (
            {
                "triage_outcome": "self_care_routine",
                "has_foam_roller": True,
                "knot_since": "2026-10-01",
            },
            "can_kneel",
        ),
        ({"triage_outcome": "self_care_routine", "has_foam_roller": False}, "knot_since"),
        (
            {
                "triage_outcome": "self_care_routine",
                "has_foam_roller": False,
                "knot_since": "2026-10-01",
            },
            None,
        ),
        ({"triage_outcome": "see_professional"}, None),
        ({"triage_outcome": "emergency"}, None),
        ({}, None),
    ],
)
async def test_routine_questions_stop_when_not_needed(slots, expected, tracker, dispatcher, domain):
    result = await ValidateRoutineForm().next_requested_slot(dispatcher, tracker(slots), domain)
    assert result == SlotSet("requested_slot", expected)
    assert responses(dispatcher) == ([f"utter_question_{expected}"] if expected else [])


@pytest.mark.parametrize(
    "slot, value, expected",
    [
        ("knot_since", "unsure", {"knot_since": None, "unsure_about": "knot_since"}),
        ("can_kneel", False, {"can_kneel": False}),
        ("has_foam_roller", "unsure", {"has_foam_roller": None, "unsure_about": "has_foam_roller"}),
    ],
)
def test_routine_validators(slot, value, expected, tracker, dispatcher, domain):
    validate = getattr(ValidateRoutineForm(), f"validate_{slot}")
    assert validate(value, dispatcher, tracker(), domain) == expected
