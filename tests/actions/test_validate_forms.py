"""Form validation: "not sure" asks again; a red flag or a non-self-care outcome stops."""

import pytest
from rasa_sdk.events import SlotSet

from actions.validate_forms import ValidateRoutineForm, ValidateSummaryForm, ValidateTriageForm


@pytest.mark.parametrize(
    "slot, value, expected",
    [
        ("neck_pain", "unsure", {"neck_pain": None, "unsure_about": "neck_pain"}),
        ("knot_location", "unsure", {"knot_location": None, "unsure_about": "knot_location"}),
        ("red_flags", "unsure", {"red_flags": None, "unsure_about": "red_flags"}),
        ("neck_pain", True, {"neck_pain": True}),
        ("red_flags", [], {"red_flags": []}),
        ("knot_location", "mid_back", {"knot_location": "mid_back"}),
    ],
)
def test_triage_validators(slot, value, expected, tracker, dispatcher, domain):
    validate = getattr(ValidateTriageForm(), f"validate_{slot}")
    assert validate(value, dispatcher, tracker(), domain) == expected


@pytest.mark.parametrize(
    "slots, expected",
    [
        ({"red_flags": ["chest_pain"]}, SlotSet("requested_slot", None)),
        ({"red_flags": []}, None),
        ({"red_flags": "unsure"}, None),
        ({}, None),
    ],
)
async def test_red_flag_ends_the_triage_questions(slots, expected, tracker, dispatcher, domain):
    result = await ValidateTriageForm().next_requested_slot(dispatcher, tracker(slots), domain)
    assert result == expected


@pytest.mark.parametrize(
    "slots, expected",
    [
        ({"triage_outcome": "self_care_routine"}, None),
        ({"triage_outcome": "self_care_routine", "has_foam_roller": True}, None),
        ({"triage_outcome": "self_care_routine", "has_foam_roller": False}, None),
        ({"triage_outcome": "self_care_routine", "has_foam_roller": False, "knot_since": "2026-10-01"},
         SlotSet("requested_slot", None)),
        ({"triage_outcome": "see_professional"}, SlotSet("requested_slot", None)),
        ({"triage_outcome": "emergency"}, SlotSet("requested_slot", None)),
    ],
)
async def test_routine_questions_stop_when_not_needed(slots, expected, tracker, dispatcher, domain):
    result = await ValidateRoutineForm().next_requested_slot(dispatcher, tracker(slots), domain)
    assert result == expected


async def test_triage_form_run_turns_unsure_into_follow_up(tracker, dispatcher, domain):
    slots = {"knot_location": "mid_back", "red_flags": [], "neck_pain": "unsure",
             "requested_slot": "neck_pain"}
    events = await ValidateTriageForm().run(
        dispatcher,
        tracker(slots, text="not sure", intent="unsure", active_loop="triage_form",
                events_after_message=[{"event": "slot", "name": "neck_pain", "value": "unsure"}]),
        domain,
    )
    assert SlotSet("neck_pain", None) in events
    assert SlotSet("unsure_about", "neck_pain") in events


@pytest.mark.parametrize(
    "outcome, expected",
    [("see_professional", None), ("self_care_routine", SlotSet("requested_slot", None)),
     ("emergency", SlotSet("requested_slot", None))],
)
async def test_summary_question_only_for_see_professional(outcome, expected, tracker, dispatcher, domain):
    t = tracker({"triage_outcome": outcome})
    assert await ValidateSummaryForm().next_requested_slot(dispatcher, t, domain) == expected
